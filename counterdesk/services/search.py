"""Item search as the clerk types: name, code, department, pinyin initials (bdcdj → 不动产登记)."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from counterdesk.domain.catalog import ServiceItem

# Scores: a prefix beats a substring, the name beats the code, the code the department.
NAME_PREFIX, CODE_PREFIX, NAME_SUBSTRING, CODE_SUBSTRING, DEPARTMENT = 100, 90, 60, 50, 30
# Separates the fields of an entry's haystack; no query can contain it.
_FIELD_BREAK = "\x00"


@dataclass(frozen=True)
class SearchEntry:
    item: ServiceItem
    name: str
    code: str
    department: str
    initials: str
    department_initials: str

    @property
    def haystack(self) -> str:
        """Every field in one string: a token absent from it cannot match the entry."""
        return _FIELD_BREAK.join((self.name, self.initials, self.code, self.department,
                                  self.department_initials))


@cache
def initials(text: str) -> str:
    """Pinyin initials of the Chinese characters; other letters and digits kept, lowercased.

    Cached per text: departments repeat across items, and a reloaded catalog repeats all."""
    from pypinyin import Style, lazy_pinyin

    return "".join(part[:1] for part in lazy_pinyin(text, style=Style.FIRST_LETTER,
                                                    errors=lambda chars: list(chars))).lower()


class ItemSearchIndex:
    """In memory, ordered by code. Built on first use (pypinyin costs about 0.2 ms an item),
    so creating it at start-up is free; `prepare()` builds it ahead of the first keystroke.

    A keystroke that extends the query narrows the matches of what was typed before it, a
    backspace returns to them, and a fresh query starts from the entries holding its first
    character."""

    def __init__(self, items: Iterable[ServiceItem]):
        self._items = sorted(items, key=lambda item: item.code)
        self._entries: list[SearchEntry] | None = None
        self._haystacks: list[str] = []
        self._by_character: dict[str, list[int]] = {}
        self._fields: list[tuple[str, str, str, str, str]] = []
        self._typed: list[tuple[str, list[int]]] = []

    def __len__(self) -> int:
        return len(self._items)

    @property
    def entries(self) -> list[SearchEntry]:
        return self.prepare()

    def prepare(self) -> list[SearchEntry]:
        """Compute the pinyin initials and the character table once; return the entries."""
        if self._entries is not None:
            return self._entries
        entries = [SearchEntry(item, item.name.lower(), item.code.lower(),
                               item.department.lower(), initials(item.name),
                               initials(item.department))
                   for item in self._items]
        self._fields = [(entry.name, entry.initials, entry.code, entry.department,
                         entry.department_initials) for entry in entries]
        self._haystacks = [entry.haystack for entry in entries]
        by_character: dict[str, list[int]] = {}
        for position, haystack in enumerate(self._haystacks):
            for character in set(haystack):
                by_character.setdefault(character, []).append(position)
        self._by_character = by_character
        self._entries = entries
        return entries

    def search(self, query: str, limit: int = 50) -> list[ServiceItem]:
        entries = self.prepare()
        text = " ".join(query.lower().split())
        # The matches of the prefixes typed so far: a backspace returns to one of them.
        while self._typed and not text.startswith(self._typed[-1][0]):
            self._typed.pop()
        if not text:
            return [entry.item for entry in entries[:limit]]
        tokens = text.split(" ")
        if self._typed:
            pool = self._typed[-1][1]
            if self._typed[-1][0] == text:
                self._typed.pop()
        else:
            pool = self._by_character.get(text[0], [])
        haystacks, fields = self._haystacks, self._fields
        for token in tokens:
            pool = [position for position in pool if token in haystacks[position]]
        ranked = []
        for position in pool:
            score = _score(fields[position], tokens)
            if score:
                ranked.append((-score, position))
        self._typed.append((text, [position for _, position in ranked]))
        return [entries[position].item for _, position in heapq.nsmallest(limit, ranked)]


def _score(fields: tuple[str, str, str, str, str], tokens: list[str]) -> int:
    """The sum over the tokens; 0 when any token matches nothing."""
    name, name_initials, code, department, department_initials = fields
    total = 0
    for token in tokens:
        if name.startswith(token) or name_initials.startswith(token):
            total += NAME_PREFIX
        elif code.startswith(token):
            total += CODE_PREFIX
        elif token in name or token in name_initials:
            total += NAME_SUBSTRING
        elif token in code:
            total += CODE_SUBSTRING
        elif token in department or department_initials.startswith(token):
            total += DEPARTMENT
        else:
            return 0
    return total
