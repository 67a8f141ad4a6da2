"""容缺受理 and 告知承诺制: accepting an incomplete application on a signed pledge or commitment.

A decision that would be a supplement (一次性告知) may instead be an acceptance when every
problem is one the applicant may promise to cure later:

- 容缺受理: every problem sits on a material marked `tolerable`; each is due
  `tolerable_days` working days after receipt (the day of receipt not counted);
- 告知承诺制: the item has `commitment: true` and every problem sits on a material named in
  `commitment_replaces`; the commitment replaces the material, and the office verifies it
  afterwards, by the promised date at the latest (国办发〔2020〕42号).

An applicant flagged as 失信 (a supervisor sets the flag) may use neither. The clerk's offer
is therefore a plain function of the item, the decision and that flag.

The acceptance keeps the item's promised date: the decision does not wait for a pledged
material (容缺后补), whose day comes from the catalog's `tolerable_days` and may fall after
it. The pledge is then the applicant's open obligation, queued to the supervisors when its
day passes; a hall that issues nothing before the material arrives says so in the item's
guide and gives the material a shorter `tolerable_days`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.catalog import ServiceItem
from counterdesk.domain.decision import Decision, Outcome, Problem, promised_date


class PledgeKind(StrEnum):
    TOLERANCE = "tolerance"  # 容缺受理: a material promised for later
    COMMITMENT = "commitment"  # 告知承诺: a commitment replaces the material


class PledgeRefusal(StrEnum):
    """Why an application cannot be accepted on a pledge or commitment."""

    NOT_A_SUPPLEMENT = "not_a_supplement"  # nothing to pledge: accepted or rejected already
    DISCREDITED = "discredited"  # the applicant is flagged 失信
    NOT_TOLERABLE = "not_tolerable"  # a problem sits on a material that cannot wait
    NO_COMMITMENT = "no_commitment"  # the item does not offer 告知承诺, or not for this material


@dataclass(frozen=True)
class PledgedMaterial:
    material: str
    name: str
    due: dt.date  # the day the material (容缺) or the verification (承诺) is due


@dataclass(frozen=True)
class PledgeOffer:
    kind: PledgeKind
    materials: tuple[PledgedMaterial, ...]
    promised_date: dt.date  # the acceptance's promised date, counted from receipt

    @property
    def last_due(self) -> dt.date:
        return max(m.due for m in self.materials)


@dataclass(frozen=True)
class PledgeUnavailable:
    kind: PledgeKind
    reason: PledgeRefusal
    materials: tuple[str, ...] = ()  # the materials that stand in the way, by id


def _problem_materials(problems: tuple[Problem, ...]) -> list[Problem]:
    seen: dict[str, Problem] = {}
    for problem in problems:
        seen.setdefault(problem.material, problem)
    return list(seen.values())


def offer(kind: PledgeKind, item: ServiceItem, decision: Decision, received_on: dt.date,
          calendar: WorkCalendar, discredited: bool) -> PledgeOffer | PledgeUnavailable:
    """What the clerk may offer an applicant whose application would be a supplement."""
    if decision.outcome != Outcome.SUPPLEMENT or not decision.problems:
        return PledgeUnavailable(kind, PledgeRefusal.NOT_A_SUPPLEMENT)
    if discredited:
        return PledgeUnavailable(kind, PledgeRefusal.DISCREDITED)
    problems = _problem_materials(decision.problems)
    promised = promised_date(item, received_on, calendar)
    if kind == PledgeKind.TOLERANCE:
        blocking = tuple(p.material for p in problems
                         if not (m := item.material(p.material)) or not m.tolerable)
        if blocking:
            return PledgeUnavailable(kind, PledgeRefusal.NOT_TOLERABLE, blocking)
        pledged = []
        for problem in problems:
            material = item.material(problem.material)
            assert material is not None
            due = calendar.add_workdays(received_on, material.tolerable_days)
            pledged.append(PledgedMaterial(problem.material, problem.name, due))
        return PledgeOffer(kind, tuple(pledged), promised)
    if not item.commitment:
        return PledgeUnavailable(kind, PledgeRefusal.NO_COMMITMENT)
    blocking = tuple(p.material for p in problems if p.material not in item.commitment_replaces)
    if blocking:
        return PledgeUnavailable(kind, PledgeRefusal.NO_COMMITMENT, blocking)
    return PledgeOffer(kind, tuple(PledgedMaterial(p.material, p.name, promised)
                                   for p in problems), promised)


class PledgeState(StrEnum):
    OPEN = "open"  # waiting for the material or the verification
    FULFILLED = "fulfilled"  # material received / commitment verified true
    BROKEN = "broken"  # material never came / commitment found untrue


def pledge_overdue(state: PledgeState, due: dt.date, today: dt.date) -> bool:
    """A pledge still open after its due day goes to the supervisors' queue."""
    return state == PledgeState.OPEN and today > due
