"""办结 recorded: the result (准予 / 不予 / 办结), the deciding document's number and date, and
how the result reaches the applicant; a 即办件 accepted at the window is completed in the
same visit."""

from __future__ import annotations

from counterdesk.domain.cases import CaseStatus, completed, transition
from counterdesk.domain.completion import (
    Completion,
    CompletionError,
    ResultKind,
    allowed_results,
    check_completion,
    is_immediate,
)
from counterdesk.services.accounts import Actor
from counterdesk.services.intake import IntakeError, IntakeService
from counterdesk.services.workspace import Workspace


class CompletionService:
    def __init__(self, space: Workspace):
        self.space = space
        self.intake = IntakeService(space)

    def results_for(self, case_id: str) -> tuple[ResultKind, ...]:
        """The results the case's item may end with (by its category)."""
        return allowed_results(self.intake.item_of(self.intake.case(case_id)).category)

    def completes_at_once(self, case_id: str) -> bool:
        """An accepted 即办件: the desk offers completing it before the applicant leaves."""
        case = self.intake.case(case_id)
        return (case.status == CaseStatus.ACCEPTED and bool(case.item_code)
                and is_immediate(self.intake.item_of(case)))

    def complete(self, actor: Actor, case_id: str, completion: Completion) -> None:
        """办结 an accepted case with its recorded result, in one audited transaction."""
        case = self.intake._owned_open(actor, case_id)
        transition(case.status, CaseStatus.COMPLETED)
        item = self.intake.item_of(case)
        accepted = case.accepted_on
        now = self.space.clock()
        try:
            checked = check_completion(completion, item.category, accepted, now.date())
        except CompletionError as error:
            raise IntakeError(error.code, str(error)) from None
        at = now.isoformat(timespec="seconds")
        doc_date = checked.doc_date.isoformat() if checked.doc_date else None
        details: dict[str, object] = {
            "result_kind": checked.result.value, "result_doc_no": checked.doc_no,
            "result_doc_date": doc_date or "", "delivery": checked.delivery.value,
            "delivery_address": checked.address, "result": checked.note}
        with self.space.unit_of_work() as uow:
            repo = uow.cases
            case = self.intake._owned_open(actor, case_id, uow)  # as it is now
            repo.insert_event(case_id, at, actor.user_id, "completion", details)
            repo.save_case(case, completed(case, at, checked.note, checked))
            uow.audit(at=at, actor_id=actor.user_id, action="completion",
                      entity="case", entity_id=case_id, details=details)
            uow.commit()
