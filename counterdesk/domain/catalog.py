"""Service-item guides (办事指南): the model, its errors, and the catalog of all versions."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

FORMAT_TAG = "counterdesk-catalog/1"


class Category(StrEnum):
    LICENSE = "行政许可"
    CONFIRMATION = "行政确认"
    BENEFIT = "行政给付"
    ADJUDICATION = "行政裁决"
    REWARD = "行政奖励"
    LEVY = "行政征收"
    OTHER_POWER = "其他行政权力"
    PUBLIC_SERVICE = "公共服务"
    OTHER = "其他"


# 行政许可法 art. 32: the default procedure of a licence; other categories follow their own
# rule, which the guide names in `procedure.basis` (none is cited when it names none).
LICENSING_LAW_BASIS = "《中华人民共和国行政许可法》第三十二条"
DEFAULT_NOTICE_DAYS = 5
# 容缺受理: a tolerated material is due this many working days after acceptance by default.
DEFAULT_TOLERABLE_DAYS = 10


class NoticeTiming(StrEnum):
    """When an incomplete application must be told what is missing."""

    ON_THE_SPOT = "on_the_spot"
    WORKDAYS = "workdays"


class ItemStatus(StrEnum):
    """A guide imported from a province's list without materials cannot be decided yet."""

    COMPLETE = "完整"
    INCOMPLETE = "待完善"


@dataclass(frozen=True)
class Procedure:
    """How applications for an item are received: the rule cited and the notice period."""

    basis: str | None = LICENSING_LAW_BASIS
    notice: NoticeTiming = NoticeTiming.WORKDAYS
    notice_days: int = DEFAULT_NOTICE_DAYS
    deemed_accepted: bool = True

    @property
    def cites_licensing_law(self) -> bool:
        return bool(self.basis) and "行政许可法" in (self.basis or "")


def default_procedure(category: Category) -> Procedure:
    """catalog-format.md: licences default to art. 32; any other category gets the same
    timing, no cited law and no deemed acceptance."""
    if category == Category.LICENSE:
        return Procedure()
    return Procedure(basis=None, deemed_accepted=False)


@dataclass(frozen=True)
class Issuer:
    """实施主体: the body that decides and seals. None fields fall back to the office."""

    name: str
    seal: str | None = None


# The seal line of a body whose guide names no seal: the name is printed above it.
UNNAMED_SEAL = "印章"


@dataclass(frozen=True)
class IssuingBody:
    """In whose name a document of an item is issued, under which seal."""

    name: str
    seal: str
    is_office: bool  # the hall itself decides (a 行政审批局): its remedies may stand in


def issuing_body(issuer: Issuer | None, department: str, office_name: str, office_seal: str,
                 office_issues: bool) -> IssuingBody:
    """实施主体: the item's `issuer`; without one, the hall when it is itself an issuer
    (行政审批局, the office setting), else the item's implementing department — never a
    hall that only receives applications. A guide naming no department at a hall that is
    no issuer leaves only the hall's name (the catalog lint says so)."""
    if issuer is not None:
        name, seal = issuer.name.strip(), issuer.seal
    elif office_issues or not department.strip():
        return IssuingBody(office_name, office_seal, True)
    else:
        name, seal = department.strip(), None
    if name == office_name:
        return IssuingBody(office_name, seal or office_seal, True)
    return IssuingBody(name, seal or UNNAMED_SEAL, False)


class ItemKind(StrEnum):
    IMMEDIATE = "即办件"
    PROMISED = "承诺件"


class MaterialForm(StrEnum):
    ORIGINAL = "原件"
    COPY = "复印件"
    ORIGINAL_AND_COPY = "原件和复印件"
    INSPECT_ORIGINAL = "查验原件"
    ELECTRONIC = "电子"


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class Material:
    id: str
    name: str
    form: MaterialForm
    copies: int
    when: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    max_age_days: int | None = None
    source: str | None = None
    notes: str | None = None
    proof: bool = False
    legal_basis: tuple[str, ...] = ()
    shared: str | None = None
    tolerable: bool = False
    tolerable_days: int = DEFAULT_TOLERABLE_DAYS

    def required_for(self, answers: Mapping[str, str]) -> bool:
        """A material with no `when` is always required; else every listed answer must match."""
        if not self.when:
            return True
        return all(answers.get(qid) in allowed for qid, allowed in self.when.items())


@dataclass(frozen=True)
class ServiceItem:
    code: str
    version: dt.date
    name: str
    department: str
    kind: ItemKind
    legal_limit_days: int
    promised_limit_days: int
    materials: tuple[Material, ...]
    window: str = ""
    category: Category = Category.OTHER
    applicants: tuple[str, ...] = ()
    permit_required: bool = True
    fee: str = ""
    legal_basis: tuple[str, ...] = ()
    conditions: str = ""
    reconsideration_body: str = ""
    court: str = ""
    phones: Mapping[str, str] = field(default_factory=dict)
    questions: tuple[Question, ...] = ()
    source: str = ""
    # None: the category's default procedure (set in __post_init__).
    procedure: Procedure = None  # type: ignore[assignment]
    issuer: Issuer | None = None
    commitment: bool = False
    commitment_replaces: tuple[str, ...] = ()
    status: ItemStatus = ItemStatus.COMPLETE

    def __post_init__(self) -> None:
        if self.procedure is None:
            object.__setattr__(self, "procedure", default_procedure(self.category))

    @property
    def decidable(self) -> bool:
        """An item marked 待完善 has no materials yet: consultation only, no decision."""
        return self.status == ItemStatus.COMPLETE

    @cached_property
    def _materials_by_id(self) -> dict[str, Material]:
        return {material.id: material for material in self.materials}

    @cached_property
    def _questions_by_id(self) -> dict[str, Question]:
        return {question.id: question for question in self.questions}

    @cached_property
    def conditioning_questions(self) -> frozenset[str]:
        """Questions whose answer decides whether some material is required."""
        return frozenset(qid for material in self.materials for qid in material.when)

    def material(self, material_id: str) -> Material | None:
        return self._materials_by_id.get(material_id)

    def question(self, question_id: str) -> Question | None:
        return self._questions_by_id.get(question_id)

    def required_materials(self, answers: Mapping[str, str]) -> tuple[Material, ...]:
        return tuple(m for m in self.materials if m.required_for(answers))


@dataclass(frozen=True)
class CatalogProblem:
    """One thing wrong in a catalog file, located as precisely as the parser allows."""

    source: str
    item: str
    key: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        key = f"key '{self.key}'" if self.key else "whole file"
        return f"{where}: item {self.item or '?'}: {key}: {self.message}"


class CatalogError(Exception):
    """A catalog file that cannot be fully understood; nothing of it may be imported."""

    def __init__(self, problems: Sequence[CatalogProblem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UnknownItemError(LookupError):
    def __init__(self, code: str):
        self.code = code
        super().__init__(f"unknown service item '{code}'")


class NoVersionInForceError(LookupError):
    def __init__(self, code: str, on: dt.date, first: dt.date):
        self.code, self.on, self.first = code, on, first
        super().__init__(
            f"item '{code}' has no guide version in force on {on.isoformat()} "
            f"(the earliest version takes effect {first.isoformat()})"
        )


class Catalog:
    """All versions of all items; a case uses the version in force on its receipt date."""

    def __init__(self, items: Iterable[ServiceItem] = ()):
        self._versions: dict[str, list[ServiceItem]] = {}
        for item in items:
            self.add(item)

    def add(self, item: ServiceItem) -> None:
        versions = self._versions.setdefault(item.code, [])
        versions[:] = [v for v in versions if v.version != item.version]
        bisect.insort(versions, item, key=lambda v: v.version)

    def codes(self) -> list[str]:
        return sorted(self._versions)

    def versions(self, code: str) -> tuple[ServiceItem, ...]:
        if code not in self._versions:
            raise UnknownItemError(code)
        return tuple(self._versions[code])

    def latest(self) -> list[ServiceItem]:
        return [versions[-1] for _, versions in sorted(self._versions.items())]

    def in_force(self, code: str, on: dt.date) -> ServiceItem:
        versions = self.versions(code)
        index = bisect.bisect_right([v.version for v in versions], on)
        if index == 0:
            raise NoVersionInForceError(code, on, versions[0].version)
        return versions[index - 1]

    def __len__(self) -> int:
        return len(self._versions)
