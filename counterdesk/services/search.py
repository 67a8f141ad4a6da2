"""Item search as the clerk types: name, code, department or pinyin initials (bdcdj → 不动产登记)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from counterdesk.domain.catalog import ServiceItem


@dataclass(frozen=True)
class SearchEntry:
    item: ServiceItem
    name: str
    code: str
    department: str
    initials: str
    department_initials: str


def initials(text: str) -> str:
    """Pinyin initials of the Chinese characters; other letters and digits kept, lowercased."""
    from pypinyin import Style, lazy_pinyin

    return "".join(part[:1] for part in lazy_pinyin(text, style=Style.FIRST_LETTER,
                                                    errors=lambda chars: list(chars))).lower()


class ItemSearchIndex:
    """In memory; each keystroke that extends the last query narrows the last result only."""

    def __init__(self, items: Iterable[ServiceItem]):
        self.entries = [SearchEntry(item, item.name, item.code.lower(), item.department,
                                    initials(item.name), initials(item.department))
                        for item in items]
        self._last_query = ""
        self._last_hits: list[tuple[int, SearchEntry]] = [(0, e) for e in self.entries]

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, query: str, limit: int = 50) -> list[ServiceItem]:
        text = " ".join(query.lower().split())
        if not text:
            self._last_query, self._last_hits = "", [(0, e) for e in self.entries]
            return [e.item for e in self.entries[:limit]]
        pool = (entry for _, entry in self._last_hits) \
            if self._last_query and text.startswith(self._last_query) else iter(self.entries)
        tokens = text.split(" ")
        hits = []
        for entry in pool:
            score = 0
            for token in tokens:
                token_score = _score(entry, token)
                if token_score == 0:
                    break
                score += token_score
            else:
                hits.append((score, entry))
        hits.sort(key=lambda hit: (-hit[0], hit[1].code))
        self._last_query, self._last_hits = text, hits
        return [entry.item for _, entry in hits[:limit]]


def _score(entry: SearchEntry, token: str) -> int:
    """Higher is better: a prefix beats a substring, the name beats the department."""
    if entry.name.startswith(token) or entry.initials.startswith(token):
        return 100
    if entry.code.startswith(token):
        return 90
    if token in entry.name or token in entry.initials:
        return 60
    if token in entry.code:
        return 50
    if token in entry.department or entry.department_initials.startswith(token):
        return 30
    return 0
