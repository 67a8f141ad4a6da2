"""`counterdesk render SCENARIO.json --out DIR`: the document a decision calls for, as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from counterdesk.cli.check_cmd import add_scenario_arguments, decide_scenario
from counterdesk.cli.common import CliError
from counterdesk.domain.documents import UnprintableDocumentError
from counterdesk.services.documents import DocumentError, render_specimen


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "render", help="decide a scenario and write the document it calls for as a PDF "
                       "specimen (样张: not registered, no document number)")
    add_scenario_arguments(parser)
    parser.add_argument("--out", type=Path, required=True, help="folder for the PDF")
    parser.set_defaults(handler=_render)


def _render(args: argparse.Namespace) -> int:
    space, item, scenario, decision = decide_scenario(args)
    try:
        path = render_specimen(space, item, decision, scenario, args.out)
    except (UnprintableDocumentError, DocumentError) as error:
        raise CliError(str(error)) from error
    except OSError as error:
        raise CliError(f"cannot write into {args.out}: {error.strerror}") from error
    finally:
        space.close()
    print(path)
    return 0
