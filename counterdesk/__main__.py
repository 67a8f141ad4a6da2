"""`python -m counterdesk`."""

import sys

from counterdesk.cli import main

sys.exit(main())
