"""Printed documents as PDF (the only package that imports reportlab)."""

from counterdesk.printing.fonts import FontMissingError
from counterdesk.printing.render import UnsupportedLayoutError, render, render_bytes

__all__ = ["FontMissingError", "UnsupportedLayoutError", "render", "render_bytes"]
