"""Accepting at the window on a pledge (容缺受理) or a commitment (告知承诺).

`domain/pledges.offer` says whether the applicant may; this turns the would-be supplement into
an acceptance counted from the day of receipt, stores each pledged material with its day and
issues the letter the applicant signs, inside the decision's own transaction
(`IntakeService.decide` with `SubmissionInput.pledge`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from counterdesk.domain import aftercare_documents as later
from counterdesk.domain import documents as docs
from counterdesk.domain.cases import Case
from counterdesk.domain.catalog import ServiceItem
from counterdesk.domain.decision import Decision, Outcome
from counterdesk.domain.pledges import PledgeKind, PledgeOffer, PledgeUnavailable, offer
from counterdesk.services.accounts import Actor
from counterdesk.services.documents import applicant_of, header, issue_document, item_info
from counterdesk.services.intake_types import IntakeError
from counterdesk.services.office import OfficeSettings
from counterdesk.services.workspace import Workspace
from counterdesk.store.aftercare_repo import AftercareRepo
from counterdesk.store.case_repo import new_id
from counterdesk.store.unit_of_work import UnitOfWork


def applicant_discredited(space: Workspace, case: Case) -> bool:
    """失信: a supervisor flagged the applicant's ID number (or the agent's)."""
    repo = AftercareRepo(space.db.conn)
    numbers = [case.applicant.id_number.strip().upper()]
    if case.agent is not None:
        numbers.append(case.agent.id_number.strip().upper())
    return any(number and repo.active_flag(number) for number in numbers)


def pledge_offer(space: Workspace, case: Case, item: ServiceItem,
                 decision: Decision, received_on: dt.date, kind: PledgeKind
                 ) -> PledgeOffer | PledgeUnavailable:
    return offer(kind, item, decision, received_on, space.calendar,
                 applicant_discredited(space, case))


def accepted_on_pledge(space: Workspace, decision: Decision, pledged: PledgeOffer) -> Decision:
    """The supplement becomes an acceptance from the day of receipt; the problems stay on
    record (they are what was pledged)."""
    calendar = space.calendar
    provisional = calendar.any_provisional(pledged.promised_date,
                                           *(m.due for m in pledged.materials))
    return dataclasses.replace(decision, outcome=Outcome.ACCEPT, notice_due=None,
                               promised_date=pledged.promised_date, provisional=provisional)


def decision_on_pledge(space: Workspace, case: Case, item: ServiceItem,
                       decision: Decision, received_on: dt.date, kind: str
                       ) -> tuple[Decision, PledgeOffer]:
    """The acceptance on the pledge or commitment of `kind`; IntakeError naming why when the
    application may not be accepted that way."""
    if kind not in {k.value for k in PledgeKind}:
        raise IntakeError("bad_pledge", f"unknown pledge kind {kind!r}")
    result = pledge_offer(space, case, item, decision, received_on, PledgeKind(kind))
    if isinstance(result, PledgeUnavailable):
        raise IntakeError(f"pledge_{result.reason.value}",
                          f"{kind} is not open to this application ({result.reason.value}"
                          f"{': ' + ', '.join(result.materials) if result.materials else ''})")
    return accepted_on_pledge(space, decision, result), result


def record_pledges(uow: UnitOfWork, space: Workspace, actor: Actor,
                   case: Case, item: ServiceItem, pledged: PledgeOffer,
                   received_on: dt.date, settings: OfficeSettings, today: dt.date,
                   at: str) -> tuple[str, str]:
    """Store each pledged material with its day and issue the numbered pledge letter; the
    letter's (document id, number)."""
    case_id = case.id
    repo = uow.aftercare
    for material in pledged.materials:
        repo.insert_pledge({"id": new_id(), "case_id": case_id, "kind": pledged.kind.value,
                            "material_id": material.material, "name": material.name,
                            "due_on": material.due.isoformat(), "created_at": at,
                            "created_by": actor.user_id})
    letter = later.PledgeLetter(
        header=header(docs.DocumentType.PLEDGE_LETTER, case, settings, actor, today, item=item),
        applicant=applicant_of(case), item=item_info(item, settings), kind=pledged.kind,
        received_on=received_on,
        materials=tuple(later.PledgedItem(m.name, m.due) for m in pledged.materials),
        promised_date=None if item.promised_limit_days == 0 else pledged.promised_date,
        provisional=space.calendar.any_provisional(pledged.promised_date,
                                                   *(m.due for m in pledged.materials)))
    return issue_document(uow, case_id, None, actor, letter,  # type: ignore[arg-type]
                          settings, today, at)
