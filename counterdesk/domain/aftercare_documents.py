"""Documents around and after acceptance, as plain frozen data: the applicant's signed pledge
(容缺受理承诺书) or commitment (告知承诺书), and the notices of an extended limit (延长期限
告知书) or of a period not counted (除外时间告知书)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counterdesk.domain.cases import Applicant
from counterdesk.domain.clock import PauseKind
from counterdesk.domain.documents import DocumentHeader, ItemInfo
from counterdesk.domain.pledges import PledgeKind

# The State Council's guideline on 告知承诺制 (国办发〔2020〕42号), cited by a 告知承诺书.
COMMITMENT_POLICY = ("《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的"
                     "指导意见》（国办发〔2020〕42号）")


@dataclass(frozen=True)
class PledgedItem:
    name: str
    due: dt.date


@dataclass(frozen=True)
class PledgeLetter:
    """Signed by the applicant at the window; the archive copy stays in the case file."""

    header: DocumentHeader
    applicant: Applicant
    item: ItemInfo
    kind: PledgeKind
    received_on: dt.date
    materials: tuple[PledgedItem, ...]
    promised_date: dt.date | None = None
    provisional: bool = False


@dataclass(frozen=True)
class ExtensionNotice:
    header: DocumentHeader
    applicant: Applicant
    item: ItemInfo
    received_on: dt.date
    days: int
    previous_due: dt.date
    new_due: dt.date
    reasons: str
    provisional: bool = False
    # The new date passes the item's legal limit (法定办结时限): for a licence that takes
    # 行政许可法 art. 42, which the notice then cites; within it, only the hall's own
    # promise moves and no law is cited.
    beyond_legal_limit: bool = False


@dataclass(frozen=True)
class PauseNotice:
    header: DocumentHeader
    applicant: Applicant
    item: ItemInfo
    received_on: dt.date
    pause_kind: PauseKind
    start: dt.date
    reasons: str
    # 行政许可法 art. 45: the applicant is told in writing how long the period will take.
    expected_end: dt.date | None = None
    # Issued again when the clock restarts: the last day not counted and the new due date.
    end: dt.date | None = None
    new_due: dt.date | None = None
    provisional: bool = False
