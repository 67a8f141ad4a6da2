"""What a case is and how it moves: purposes, channels, statuses, the applicant, the typed
`Case`, and the lifecycle steps (register, receive, decide, escalate, review, complete,
close) that return the case as it becomes. Services record what these return; they never
set a status themselves."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from counterdesk.domain.agents import Agent
from counterdesk.domain.completion import Completion, ResultKind
from counterdesk.domain.decision import Decision, Outcome, missed_by_earlier_notice


class Purpose(StrEnum):
    CONSULT = "consult"  # 咨询
    APPLY = "apply"  # 办理
    COMPLAINT = "complaint"  # 投诉
    HELP = "help"  # 求助


class Channel(StrEnum):
    ONSITE = "onsite"  # 现场
    APPOINTMENT = "appointment"  # 预约
    EXTENDED = "extended"  # 延时 (outside office hours)
    HOME = "home"  # 上门
    GREEN = "green"  # 绿色通道


class ApplicantKind(StrEnum):
    PERSON = "person"
    ORG = "org"


class CaseStatus(StrEnum):
    """Where a case stands. Every status but COMPLETED and CLOSED is still the owner's
    responsibility (首问责任) and appears in "my cases"."""

    OPEN = "open"  # registered; consulting or materials not yet decided
    SUPPLEMENT_PENDING = "supplement_pending"  # 一次性告知 issued, awaiting the return visit
    ESCALATED = "escalated"  # 窗口否决报备: a supervisor decides
    ACCEPTED = "accepted"  # 受理: being handled until the promised date
    REJECTED = "rejected"  # 不予受理 on art. 32 ¶1–2; under supervisor review
    COMPLETED = "completed"  # 办结
    CLOSED = "closed"  # consultation answered, complaint or request settled, or withdrawn


_ALLOWED: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.OPEN: frozenset({CaseStatus.SUPPLEMENT_PENDING, CaseStatus.ACCEPTED,
                                CaseStatus.REJECTED, CaseStatus.ESCALATED, CaseStatus.CLOSED}),
    CaseStatus.SUPPLEMENT_PENDING: frozenset({CaseStatus.SUPPLEMENT_PENDING,
                                              CaseStatus.ACCEPTED, CaseStatus.REJECTED,
                                              CaseStatus.ESCALATED, CaseStatus.CLOSED}),
    # A supervisor confirms the refusal as a rejection or orders the window to proceed.
    CaseStatus.ESCALATED: frozenset({CaseStatus.REJECTED, CaseStatus.OPEN}),
    CaseStatus.ACCEPTED: frozenset({CaseStatus.COMPLETED}),
    # An overturned rejection reopens the case for its owner.
    CaseStatus.REJECTED: frozenset({CaseStatus.OPEN, CaseStatus.CLOSED}),
    CaseStatus.COMPLETED: frozenset(),
    CaseStatus.CLOSED: frozenset(),
}

OPEN_STATUSES: frozenset[CaseStatus] = frozenset(
    {CaseStatus.OPEN, CaseStatus.SUPPLEMENT_PENDING, CaseStatus.ESCALATED, CaseStatus.ACCEPTED,
     CaseStatus.REJECTED}
)


class TransitionError(ValueError):
    """A case was asked to move where the hall's rules do not let it go."""

    def __init__(self, current: CaseStatus, target: CaseStatus):
        self.current, self.target = current, target
        super().__init__(f"a case that is '{current.value}' cannot become '{target.value}'")


def transition(current: CaseStatus, target: CaseStatus) -> CaseStatus:
    """Check and return the new status; raise TransitionError when the move is not allowed."""
    if target not in _ALLOWED[current]:
        raise TransitionError(current, target)
    return target


class Rating(StrEnum):
    """好差评: the applicant's rating after each service."""

    VERY_SATISFIED = "very_satisfied"  # 非常满意
    SATISFIED = "satisfied"  # 满意
    FAIRLY_SATISFIED = "fairly_satisfied"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意
    VERY_DISSATISFIED = "very_dissatisfied"  # 非常不满意


BAD_RATINGS: frozenset[Rating] = frozenset({Rating.DISSATISFIED, Rating.VERY_DISSATISFIED})


class ReviewKind(StrEnum):
    """Why a case sits in the supervisors' queue (督查)."""

    REJECTION = "rejection"  # a 不予受理 on art. 32 ¶1–2: checked afterwards
    ESCALATION = "escalation"  # 窗口否决报备: a supervisor decides before the applicant hears
    BAD_RATING = "bad_rating"  # 差评: follow-up (回访, 整改, 申诉复核)
    OVERDUE = "overdue"  # accepted and past its promised date
    LATE_NOTICE = "late_notice"  # 逾期未告知: deemed accepted
    SECOND_NOTICE = "second_notice"  # a later notice named what the first one missed
    DEADLINE_MOVED = "deadline_moved"  # a declared holiday year moved a promised date
    PLEDGE_OVERDUE = "pledge_overdue"  # 容缺/承诺 still open after its day


class ReviewStatus(StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    OVERTURNED = "overturned"


RESIDENT_ID = "resident_id"  # ids.IdKind.RESIDENT_ID: the id type a registration assumes


@dataclass(frozen=True)
class AgentInfo:
    """代理人 as printed: name, identity number (masked on the applicant copy), relation."""

    name: str
    id_number: str
    relation: str = ""


@dataclass(frozen=True)
class Applicant:
    """The person or organisation a case is for: as the clerk registers it, as the case
    keeps it, and as every document prints it (with the agent who applied, if one did).
    Documents carry only what they print: name, kind, id type and number, agent."""

    kind: ApplicantKind
    name: str
    id_type: str = RESIDENT_ID  # an ids.IdKind value, "other" (no rule) or "" (none given)
    id_number: str = ""
    phone: str = ""
    contact_person: str = ""
    agent: AgentInfo | None = None


@dataclass(frozen=True)
class Closing:
    """How a case ended: 办结 with its result, or closed (consultation answered …)."""

    at: str
    result: str = ""  # the words the applicant was given
    completion: Completion | None = None  # the recorded 办结 (result kind, document, delivery)


@dataclass(frozen=True)
class Case:
    """One contact at the window, from 首问登记 until it is completed or closed."""

    id: str
    tracking_no: str
    window_id: str
    owner_id: int
    purpose: Purpose
    channel: Channel
    applicant: Applicant
    status: CaseStatus
    registered_at: str
    updated_at: str
    queue_ticket: str = ""
    id_warning: str = ""  # codes the clerk registered past: checksum, other_name
    note: str = ""
    agent: Agent | None = None
    item_code: str | None = None
    item_version: dt.date | None = None  # the guide version the case is decided under
    received_on: dt.date | None = None  # the first day materials were received
    accepted_on: dt.date | None = None
    promised_date: dt.date | None = None
    closing: Closing | None = None
    row_version: int = 0

    @property
    def is_open(self) -> bool:
        """Still its owner's responsibility (首问责任): in "my cases"."""
        return self.status in OPEN_STATUSES

    @property
    def printed_applicant(self) -> Applicant:
        """The applicant as a document prints it: no phone or contact person (nothing a
        document does not print is kept in it), the agent beside the applicant."""
        agent = (AgentInfo(self.agent.name, self.agent.id_number, self.agent.relation)
                 if self.agent is not None else None)
        return Applicant(self.applicant.kind, self.applicant.name, self.applicant.id_type,
                         self.applicant.id_number, agent=agent)

    def moved(self, status: CaseStatus, at: str, **changes: object) -> Case:
        """The case in `status` (checked by `transition`), with other fields changed."""
        return dataclasses.replace(self, status=transition(self.status, status),
                                   updated_at=at, **changes)  # type: ignore[arg-type]


def paper_case(tracking_no: str, applicant: Applicant) -> Case:
    """A case that exists only on paper: a specimen document, or a template whose stand-in
    number and names each seeded case replaces."""
    return Case(id="", tracking_no=tracking_no, window_id="", owner_id=0,
                purpose=Purpose.APPLY, channel=Channel.ONSITE, applicant=applicant,
                status=CaseStatus.OPEN, registered_at="", updated_at="")


class ItemFixedError(ValueError):
    """The item of a case is fixed once materials were received."""


def with_item(case: Case, code: str, version: dt.date, at: str) -> Case:
    """Choose or change the case's item: only before any materials were received."""
    if case.received_on is not None:
        raise ItemFixedError("materials were received: the item is fixed")
    return dataclasses.replace(case, item_code=code, item_version=version, updated_at=at)


def received(case: Case, day: dt.date, at: str) -> Case:
    """收件: the first day of receipt stays the case's."""
    return dataclasses.replace(case, received_on=case.received_on or day, updated_at=at)


def escalated(case: Case, received_on: dt.date, at: str) -> Case:
    """窗口否决报备: a supervisor decides (queued as ESCALATION, answered by a set day)."""
    return case.moved(CaseStatus.ESCALATED, at, received_on=case.received_on or received_on)


_STATUS_OF: dict[Outcome, CaseStatus] = {
    Outcome.ACCEPT: CaseStatus.ACCEPTED,
    Outcome.SUPPLEMENT: CaseStatus.SUPPLEMENT_PENDING,
    Outcome.REJECT: CaseStatus.REJECTED,
}


def status_after(outcome: Outcome) -> CaseStatus:
    """Outcome → status: accepted, awaiting supplements, or rejected (under review)."""
    return _STATUS_OF[outcome]


@dataclass(frozen=True)
class EarlierDecision:
    """A decision the case already had: its outcome and the materials its notice named."""

    outcome: str
    noticed: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Decided:
    """What recording a decision does to a case."""

    case: Case
    reviews: tuple[ReviewKind, ...]  # the supervisors' queue entries it opens
    first_visit: bool  # accepted without any earlier notice or refusal (一次办好)
    deemed_accepted: bool  # the notice came too late: accepted by law from receipt


def decided(case: Case, decision: Decision, received_on: dt.date,
            earlier: Sequence[EarlierDecision], at: str) -> Decided:
    """The decision on receipt applied to the case: its status; the first day of receipt
    kept; an acceptance dated from receipt with its promised date; a rejection reviewed
    afterwards; a deemed acceptance reviewed (逾期未告知); a later notice naming what the
    earlier ones missed reviewed (一次性告知, `missed_by_earlier_notice`)."""
    changes: dict[str, object] = {"received_on": case.received_on or received_on}
    if decision.outcome == Outcome.ACCEPT:
        changes.update(accepted_on=received_on, promised_date=decision.promised_date)
    after = case.moved(status_after(decision.outcome), at, **changes)
    reviews: list[ReviewKind] = []
    if decision.outcome == Outcome.REJECT:
        reviews.append(ReviewKind.REJECTION)
    if decision.deemed_accepted:
        reviews.append(ReviewKind.LATE_NOTICE)
    if decision.outcome == Outcome.SUPPLEMENT:
        noticed: set[str] = set()
        for entry in earlier:
            if entry.outcome == Outcome.SUPPLEMENT:
                noticed |= entry.noticed
        if missed_by_earlier_notice(noticed, decision.problems):
            reviews.append(ReviewKind.SECOND_NOTICE)
    first_visit = decision.outcome == Outcome.ACCEPT and not any(
        entry.outcome in (Outcome.SUPPLEMENT, Outcome.REJECT) for entry in earlier)
    return Decided(after, tuple(reviews), first_visit, decision.deemed_accepted)


def reviewed(case: Case, status: CaseStatus, at: str) -> Case:
    """A supervisor's verdict moves the case: a confirmed escalation becomes a rejection,
    an overturned refusal reopens it for its owner, a confirmed rejection may close it."""
    return case.moved(status, at)


def completed(case: Case, at: str, result: str, completion: Completion | None = None
              ) -> Case:
    """办结: only an accepted case, with the result the applicant was given."""
    return case.moved(CaseStatus.COMPLETED, at,
                      closing=Closing(at, result, completion))


def closed(case: Case, at: str, result: str) -> Case:
    """Closed without a decision: a consultation answered, a request settled, withdrawn."""
    return case.moved(CaseStatus.CLOSED, at, closing=Closing(at, result))


def with_promised_date(case: Case, day: dt.date | None, at: str) -> Case:
    """The promised date moved: a declared holiday year, an extension (art. 42), or a
    paused clock (art. 45: no date while it is stopped)."""
    return dataclasses.replace(case, promised_date=day, updated_at=at)


def noticed_materials(problems: Collection[dict[str, object]]) -> frozenset[str]:
    """The materials a recorded notice named (its problems as stored)."""
    return frozenset(str(problem["material"]) for problem in problems)


__all__ = ["Agent", "AgentInfo", "Applicant", "ApplicantKind", "Case", "CaseStatus",
           "Channel", "Closing", "Decided", "EarlierDecision", "ItemFixedError", "Purpose",
           "Rating", "ResultKind", "ReviewKind", "ReviewStatus", "TransitionError",
           "closed", "completed", "decided", "escalated", "paper_case", "received", "reviewed",
           "status_after", "transition", "with_item", "with_promised_date"]
