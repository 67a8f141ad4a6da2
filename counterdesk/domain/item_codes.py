"""Item codes (事项编码 / 实施编码): what a catalog or an item list may call an item.

The national forms are runs of capital letters and digits joined by hyphens:

- 基本编码 / 事项编码, e.g. ``000105410000`` (12 digits) or with its department prefix;
- 实施编码 of one implementing body, e.g.
  ``511Z07001006-511602000000-000-11511301008778183N-1-00`` (the item, the 12-digit
  region, a serial, the body's 18-character unified social credit code, the level);
- the local codes provinces and halls give their lists, e.g. ``37082600ZR-QR-0012``.

One rule covers them all, and is the one `catalog import-list` always applied: 3 to 80 ASCII
letters, digits and hyphens, starting with a letter or digit. So a code never holds a path
separator, a dot, a space, NUL or any control character: it is safe in a document number,
a file name and a log line. (Lower-case letters are accepted as before; real codes are
upper case.)"""

from __future__ import annotations

import re
from enum import StrEnum

MIN_LENGTH, MAX_LENGTH = 3, 80
_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]*")
# The long national 实施编码, recognised to name it in messages (any code of the rule is valid).
IMPLEMENTATION_CODE = re.compile(
    r"[0-9A-Z]{12}-\d{12}-\d{3}-[0-9A-Z]{18}-\d-\d{2}")
BASIC_CODE = re.compile(r"\d{12}")
EXAMPLE = "511Z07001006-511602000000-000-11511301008778183N-1-00"


class CodeProblem(StrEnum):
    """Why a code is refused."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    CONTROL_CHARACTER = "control_character"
    BAD_CHARACTER = "bad_character"
    BAD_START = "bad_start"


def problem(code: str) -> CodeProblem | None:
    """None for a valid code, else why it is not one."""
    if not code:
        return CodeProblem.EMPTY
    if any(ord(char) < 32 or ord(char) == 127 for char in code):
        return CodeProblem.CONTROL_CHARACTER
    if len(code) > MAX_LENGTH:
        return CodeProblem.TOO_LONG
    if not code[0].isascii() or not code[0].isalnum():
        return CodeProblem.BAD_START
    if not _PATTERN.fullmatch(code):
        return CodeProblem.BAD_CHARACTER
    if len(code) < MIN_LENGTH:
        return CodeProblem.TOO_SHORT
    return None


def is_valid(code: str) -> bool:
    return problem(code) is None


def shown(code: str, limit: int = 40) -> str:
    """The code as a message can show it on one line: quoted, control characters escaped,
    cut after `limit` characters."""
    text = repr(code[:limit])
    return text + ("…" if len(code) > limit else "")


_WHY = {
    CodeProblem.EMPTY: "it is empty",
    CodeProblem.TOO_SHORT: f"it is shorter than {MIN_LENGTH} characters",
    CodeProblem.TOO_LONG: f"it is longer than {MAX_LENGTH} characters",
    CodeProblem.CONTROL_CHARACTER: "it holds a control character",
    CodeProblem.BAD_CHARACTER: "it holds a character other than a letter, digit or hyphen",
    CodeProblem.BAD_START: "it must start with a letter or digit",
}


def message(code: str, found: CodeProblem) -> str:
    """One line naming the code and the rule (English, as catalog problems are)."""
    return (f"bad code {shown(code)}: {_WHY[found]}; a 事项编码/实施编码 is {MIN_LENGTH}–"
            f"{MAX_LENGTH} letters, digits and hyphens (e.g. 37082600ZR-QR-0012 or {EXAMPLE})")
