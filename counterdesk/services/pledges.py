"""容缺受理 and 告知承诺 after the visit: pledges settled, overdue ones queued, 失信 flags.

Offering a pledge at the window is `domain/pledges.offer`; accepting on one is part of the
decision (`services/intake.py`). This module keeps the promise afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counterdesk.domain.cases import ReviewKind
from counterdesk.domain.pledges import PledgeState
from counterdesk.services.accounts import Actor, Role, require
from counterdesk.services.intake import IntakeError
from counterdesk.services.workspace import Workspace
from counterdesk.store.aftercare_repo import AftercareRepo
from counterdesk.store.case_repo import new_id
from counterdesk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Flag:
    flag_id: str
    name: str
    reason: str
    set_at: str


class PledgeService:
    def __init__(self, space: Workspace):
        self.space = space

    def flag_of(self, id_number: str) -> Flag | None:
        """The applicant's active 失信 flag, if any (by ID number)."""
        if not id_number.strip():
            return None
        row = AftercareRepo(self.space.db.conn).active_flag(id_number.strip().upper())
        return Flag(str(row["id"]), str(row["name"]), str(row["reason"]),
                    str(row["set_at"])) if row else None

    def set_flag(self, actor: Actor, id_number: str, name: str, reason: str) -> str:
        """A supervisor flags an applicant 失信: neither 容缺受理 nor 告知承诺 is offered."""
        require(actor, Role.SUPERVISOR)
        number = id_number.strip().upper()
        if not number:
            raise IntakeError("id_required", "the applicant's ID number is needed for a flag")
        if not reason.strip():
            raise IntakeError("flag_reason_required", "write why the applicant is flagged")
        at = self.space.now_text()
        flag_id = new_id()
        with self.space.unit_of_work() as uow:
            repo = uow.aftercare
            if repo.active_flag(number) is not None:
                raise IntakeError("already_flagged", "the applicant is flagged already")
            repo.insert_flag({"id": flag_id, "id_number": number, "name": name.strip(),
                              "reason": reason.strip(), "set_by": actor.user_id, "set_at": at})
            uow.audit(at=at, actor_id=actor.user_id, action="flag_set",
                      entity="applicant_flag", entity_id=flag_id,
                      details={"reason": reason.strip()})
            uow.commit()
        return flag_id

    def clear_flag(self, actor: Actor, flag_id: str) -> None:
        require(actor, Role.SUPERVISOR)
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            if not uow.aftercare.clear_flag(flag_id, actor.user_id, at):
                raise IntakeError("not_flagged", "the flag is cleared already")
            uow.audit(at=at, actor_id=actor.user_id, action="flag_cleared",
                      entity="applicant_flag", entity_id=flag_id, details={})
            uow.commit()

    def pledge(self, pledge_id: str) -> dict[str, Any] | None:
        return AftercareRepo(self.space.db.conn).pledge(pledge_id)

    def pledges(self, case_id: str) -> list[dict[str, Any]]:
        return AftercareRepo(self.space.db.conn).pledges(case_id)

    def settle(self, actor: Actor, pledge_id: str, state: PledgeState, note: str = "") -> None:
        """The promised material came (fulfilled), or never came / the commitment proved
        untrue (broken: a supervisor's decision, with a note)."""
        if state == PledgeState.OPEN:
            raise IntakeError("bad_state", "a pledge is settled as fulfilled or broken")
        if state == PledgeState.BROKEN:
            require(actor, Role.SUPERVISOR)
            if not note.strip():
                raise IntakeError("finding_required", "write what was found")
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            repo = uow.aftercare
            pledge = repo.pledge(pledge_id)
            if pledge is None:
                raise IntakeError("unknown_pledge", f"pledge {pledge_id} is not in the log")
            if not repo.settle_pledge(pledge_id, state.value, actor.user_id, at, note.strip()):
                raise IntakeError("already_settled", "the pledge is settled already")
            case_id = str(pledge["case_id"])
            details: dict[str, object] = {"pledge": pledge_id, "material": pledge["material_id"],
                                          "pledge_kind": pledge["kind"],
                                          "pledge_state": state.value, "note": note.strip()}
            uow.cases.insert_event(case_id, at, actor.user_id, "pledge_settled", details)
            uow.audit(at=at, actor_id=actor.user_id, action="pledge_settled",
                      entity="case", entity_id=case_id, details=details)
            uow.commit()

    @staticmethod
    def queue_overdue(uow: UnitOfWork, today: str, at: str) -> list[str]:
        """Inside the caller's transaction: queue each open pledge past its day once (review
        kind `pledge_overdue`, subject the pledge); the ids of the cases queued."""
        repo, cases = uow.cases, []
        for pledge in uow.aftercare.open_pledges_due_before(today):
            if repo.open_review(str(pledge["case_id"]), ReviewKind.PLEDGE_OVERDUE,
                                str(pledge["id"]), at, str(pledge["due_on"])):
                cases.append(str(pledge["case_id"]))
        return cases

    def overdue(self) -> list[dict[str, Any]]:
        """Open pledges past their day: the material never came, or the commitment's
        verification is due — for the supervisors' queue."""
        return AftercareRepo(self.space.db.conn).open_pledges_due_before(
            self.space.today().isoformat())
