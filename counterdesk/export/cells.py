"""Spreadsheet-safe CSV cells: text a spreadsheet would run as a formula is made plain text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

# OWASP "CSV injection": Excel, WPS and LibreOffice treat a cell starting with one of these
# as a formula (=HYPERLINK(…) sends data away, =cmd|'/c calc'!A0 runs a program), even
# inside quotes. A leading apostrophe makes the cell text and is not shown.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Text that would start a formula gets a leading `'`; anything else is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_rows(rows: Iterable[Sequence[object]], text_columns: Sequence[int]
              ) -> Iterator[Sequence[object]]:
    """Rows with the text of `text_columns` neutralised. Number and date columns are left
    alone, so -2 stays the number -2. A row with nothing to change is passed on as it is:
    the check costs one string test per text cell (an export of a million cases stays
    within its time budget)."""
    starts = FORMULA_STARTS
    for row in rows:
        for index in text_columns:
            value = row[index]
            if isinstance(value, str) and value.startswith(starts):
                yield tuple(neutralise(cell) if position in text_columns else cell
                            for position, cell in enumerate(row))
                break
        else:
            yield row
