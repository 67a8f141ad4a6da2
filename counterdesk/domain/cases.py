"""Case lifecycle: purposes, channels, statuses, and the one function that moves a case."""

from __future__ import annotations

from enum import StrEnum


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
