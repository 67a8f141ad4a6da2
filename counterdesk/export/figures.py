"""Statistics figures as plain tables, and their CSV files (UTF-8 with BOM for Excel)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from counterdesk.export.cells import safe_rows


@dataclass(frozen=True)
class Figure:
    """One table of the dashboard; column names and category values are codes."""

    key: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]

    def column(self, name: str) -> list[object]:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


def rate_row(name: str, numerator: int, denominator: int) -> tuple[object, ...]:
    """A rate with its parts, so the reader can check it; no denominator gives no rate."""
    value = round(numerator / denominator, 4) if denominator else None
    return (name, numerator, denominator, value)


def figure_by_key(figures: Sequence[Figure], key: str) -> Figure:
    for figure in figures:
        if figure.key == key:
            return figure
    raise KeyError(key)


def write_figures(figures: Sequence[Figure], folder: Path) -> list[Path]:
    """One CSV per figure, header row of column codes; empty values for missing numbers."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for figure in figures:
        path = folder / f"{figure.key}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(figure.columns)
            # Item codes and user names come from the windows' exports: never formulas.
            writer.writerows(safe_rows(figure.rows, range(len(figure.columns))))
        written.append(path)
    return written


def format_figures(figures: Sequence[Figure]) -> str:
    """Plain text for a terminal: each figure as a titled, tab-separated table."""
    lines: list[str] = []
    for figure in figures:
        lines.append(f"== {figure.key}")
        lines.append("\t".join(figure.columns))
        for row in figure.rows:
            lines.append("\t".join("" if value is None else str(value) for value in row))
        lines.append("")
    return "\n".join(lines)
