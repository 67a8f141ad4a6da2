"""A supervisor extends an accepted case's limit (art. 42) or stops its clock (art. 45).

The rules are in `domain/clock.py`; this records them, moves the case's promised date (none
while the clock is stopped, so a paused case is never overdue), writes the timeline and the
audit log in one transaction, and returns what the notice to the applicant needs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from counterdesk.domain import aftercare_documents as later
from counterdesk.domain import documents as docs
from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.cases import Case, CaseStatus, with_promised_date
from counterdesk.domain.catalog import ServiceItem
from counterdesk.domain.clock import (
    DEFAULT_MAX_EXTENSION_DAYS,
    ClockError,
    ClockRefusal,
    Due,
    Extension,
    Pause,
    PauseKind,
    check_extension,
    check_pause,
    current_due,
)
from counterdesk.services.accounts import Actor, Role, require
from counterdesk.services.documents import applicant_of, header, issue_document, item_info
from counterdesk.services.intake import IntakeError, IntakeService
from counterdesk.services.office import OfficeService
from counterdesk.services.workspace import Workspace
from counterdesk.store.aftercare_repo import AftercareRepo
from counterdesk.store.case_repo import CaseRepo, new_id
from counterdesk.store.unit_of_work import UnitOfWork

__all__ = ["ClockError", "ClockRefusal", "ClockService", "ClockState", "PauseKind"]


@dataclass(frozen=True)
class ClockState:
    """An accepted case's clock: the promised date before any change, the changes, and the
    due date they give."""

    base_promised: dt.date
    extensions: tuple[Extension, ...]
    pauses: tuple[Pause, ...]
    due: Due
    # The notice just issued to the applicant, when a step issued one.
    document_id: str = ""
    doc_no: str = ""

    @property
    def open_pause(self) -> Pause | None:
        return next((p for p in self.pauses if p.end is None), None)


def _changes(rows: list[dict[str, Any]]) -> tuple[tuple[Extension, ...], tuple[Pause, ...]]:
    extensions, pauses = [], []
    for row in rows:
        start = dt.date.fromisoformat(str(row["start_on"]))
        if row["kind"] == "extension":
            extensions.append(Extension(int(row["days"]), str(row["approved_by"]),
                                        str(row["reasons"]), start))
        else:
            end = dt.date.fromisoformat(str(row["end_on"])) if row["end_on"] else None
            pauses.append(Pause(PauseKind(row["pause_kind"]), start, end))
    return tuple(extensions), tuple(pauses)


def moved_promised_date(rows: list[dict[str, Any]], base: dt.date, calendar: WorkCalendar,
                        today: dt.date) -> dt.date | None:
    """The promised date once the recorded changes are applied to `base` (a recomputed one
    after a year is declared); None while the clock is stopped."""
    extensions, pauses = _changes(rows)
    return current_due(base, extensions, pauses, calendar, today).date


class ClockService:
    def __init__(self, space: Workspace):
        self.space = space

    def state(self, case_id: str) -> ClockState | None:
        """None for a case that is not accepted with a promised date."""
        conn = self.space.db.conn
        case = CaseRepo(conn).get_case(case_id)
        if case is None:
            raise IntakeError("unknown_case", f"case {case_id} is not in the log")
        return self._state(AftercareRepo(conn), case)

    def _state(self, repo: AftercareRepo, case: Case) -> ClockState | None:
        rows = repo.clock_changes(case.id)
        if rows:
            base = dt.date.fromisoformat(str(rows[0]["base_promised"]))
        elif case.status == CaseStatus.ACCEPTED and case.promised_date is not None:
            base = case.promised_date
        else:
            return None
        extensions, pauses = _changes(rows)
        due = current_due(base, extensions, pauses, self.space.calendar, self.space.today())
        return ClockState(base, extensions, pauses, due)

    def extend(self, actor: Actor, case_id: str, days: int, approved_by: str, reasons: str,
               max_days: int = DEFAULT_MAX_EXTENSION_DAYS) -> ClockState:
        """行政许可法 art. 42: decided within the limit, approved by the body's head, with
        written reasons; at most `max_days` working days in all unless the item's law says
        otherwise."""
        require(actor, Role.SUPERVISOR)
        extension = Extension(days, approved_by.strip(), reasons.strip(), self.space.today())
        return self._record(actor, case_id, "extension", extension=extension, max_days=max_days)

    def pause(self, actor: Actor, case_id: str, kind: PauseKind, start: dt.date,
              reasons: str, expected_end: dt.date | None = None) -> ClockState:
        """行政许可法 art. 45: the clock stops from `start` until the period is ended; the
        applicant is told how long it is expected to take."""
        require(actor, Role.SUPERVISOR)
        if expected_end is None:
            raise IntakeError("expected_end_required",
                              "say by when the hearing, testing or review is expected to end")
        if expected_end < start:
            raise ClockError(ClockRefusal.PAUSE_END_BEFORE_START)
        return self._record(actor, case_id, "pause", pause=Pause(kind, start), reasons=reasons,
                            expected_end=expected_end)

    def resume(self, actor: Actor, case_id: str, end: dt.date) -> ClockState:
        """End the open period on its last day not counted; the due date moves by the working
        days it lasted."""
        require(actor, Role.SUPERVISOR)
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            repo, case = self._accepted(uow, case_id)
            state = self._state(repo, case)
            open_pause = state.open_pause if state else None
            row = next((r for r in repo.clock_changes(case_id)
                        if r["kind"] == "pause" and r["end_on"] is None), None)
            if open_pause is None or row is None:
                raise IntakeError("no_open_pause", "the case's clock is not stopped")
            if end < open_pause.start:
                raise ClockError(ClockRefusal.PAUSE_END_BEFORE_START, open_pause.start.isoformat())
            repo.end_pause(str(row["id"]), end.isoformat())
            state = self._apply(uow, repo, actor, case, at, "clock_resumed",
                                {"clock_change": str(row["id"]), "end_on": end.isoformat()})
            ended = replace(open_pause, end=end)
            expected = dt.date.fromisoformat(str(row["expected_end"])) \
                if row["expected_end"] else None
            notified = self._notify(uow, actor, case, state, pause=ended,
                                    reasons=str(row["reasons"]), expected_end=expected)
            uow.commit()
        return notified

    def _accepted(self, uow: UnitOfWork, case_id: str) -> tuple[AftercareRepo, Case]:
        case = uow.cases.get_case(case_id)
        if case is None:
            raise IntakeError("unknown_case", f"case {case_id} is not in the log")
        if case.status != CaseStatus.ACCEPTED:
            raise IntakeError("not_accepted", "only an accepted case has a limit to extend or stop")
        return uow.aftercare, case

    def _record(self, actor: Actor, case_id: str, kind: str, *,
                extension: Extension | None = None, pause: Pause | None = None,
                reasons: str = "", max_days: int = DEFAULT_MAX_EXTENSION_DAYS,
                expected_end: dt.date | None = None) -> ClockState:
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            repo, case = self._accepted(uow, case_id)
            state = self._state(repo, case)
            if state is None:
                raise IntakeError("no_promised_date", "the case has no promised date")
            row: dict[str, Any] = {"id": new_id(), "case_id": case_id, "kind": kind,
                                   "base_promised": state.base_promised.isoformat(),
                                   "recorded_by": actor.user_id, "recorded_at": at}
            if extension is not None:
                if state.due.date is None:
                    raise IntakeError("clock_stopped", "end the paused period first")
                check_extension(extension, state.extensions, state.due.date, max_days)
                row.update(days=extension.days, start_on=extension.decided_on.isoformat(),
                           approved_by=extension.approved_by, reasons=extension.reasons)
                details: dict[str, object] = {"days": extension.days,
                                              "approved_by": extension.approved_by,
                                              "clock_reasons": extension.reasons}
            else:
                assert pause is not None
                accepted = case.accepted_on or case.received_on
                assert accepted is not None  # an accepted case was received
                check_pause(pause, state.pauses, accepted)
                if state.due.date is not None and pause.start > state.due.date:
                    raise ClockError(ClockRefusal.TOO_LATE, state.due.date.isoformat())
                row.update(pause_kind=pause.kind.value, start_on=pause.start.isoformat(),
                           reasons=reasons.strip(),
                           expected_end=expected_end.isoformat() if expected_end else None)
                details = {"pause_kind": pause.kind.value, "start_on": pause.start.isoformat(),
                           "clock_reasons": reasons.strip()}
            repo.insert_clock_change(row)
            details["clock_change"] = row["id"]
            new_state = self._apply(uow, repo, actor, case, at, f"clock_{kind}", details)
            if extension is not None:
                assert state.due.date is not None
                notified = self._notify(uow, actor, case, new_state, extension=extension,
                                        previous_due=state.due.date)
            else:
                notified = self._notify(uow, actor, case, new_state, pause=pause,
                                        reasons=reasons.strip(), expected_end=expected_end)
            uow.commit()
        return notified

    def _apply(self, uow: UnitOfWork, repo: AftercareRepo, actor: Actor, case: Case,
               at: str, action: str, details: dict[str, object]) -> ClockState:
        case_id = case.id
        state = self._state(repo, case)
        assert state is not None
        promised = state.due.date.isoformat() if state.due.date else None
        uow.cases.save_case(case, with_promised_date(case, state.due.date, at))
        details = {**details, "promised_date": promised}
        uow.cases.insert_event(case_id, at, actor.user_id, action, details)
        uow.audit(at=at, actor_id=actor.user_id, action=action, entity="case",
                  entity_id=case_id, details=details)
        return state

    def _legal_due(self, item: ServiceItem, received: dt.date) -> dt.date:
        """The item's legal limit (法定办结时限) from receipt: statutory days only."""
        return self.space.calendar.statutory().add_workdays(received, item.legal_limit_days)

    def _notify(self, uow: UnitOfWork, actor: Actor, case: Case, state: ClockState, *,
                extension: Extension | None = None, previous_due: dt.date | None = None,
                pause: Pause | None = None, reasons: str = "",
                expected_end: dt.date | None = None) -> ClockState:
        """The applicant is told in writing (art. 42, art. 45): the notice is numbered in the
        same transaction as the change it announces."""
        today = self.space.today()
        settings = OfficeService(self.space).load()
        item = IntakeService(self.space).item_of(case)
        received = case.received_on or case.accepted_on
        assert received is not None  # an accepted case was received
        common: dict[str, Any] = {"applicant": applicant_of(case),
                                  "item": item_info(item, settings), "received_on": received}
        due = state.due.date
        provisional = due is not None and self.space.calendar.is_provisional(due)
        notice: later.ExtensionNotice | later.PauseNotice
        if extension is not None:
            assert previous_due is not None and due is not None
            notice = later.ExtensionNotice(
                header=header(docs.DocumentType.EXTENSION_NOTICE, case, settings, actor, today,
                              item=item),
                days=extension.days, previous_due=previous_due, new_due=due,
                reasons=extension.reasons, provisional=provisional,
                beyond_legal_limit=due > self._legal_due(item, received), **common)
        else:
            assert pause is not None
            notice = later.PauseNotice(
                header=header(docs.DocumentType.PAUSE_NOTICE, case, settings, actor, today,
                              item=item),
                pause_kind=pause.kind, start=pause.start, reasons=reasons, end=pause.end,
                new_due=due if pause.end is not None else None, provisional=provisional,
                expected_end=expected_end, **common)
        document_id, doc_no = issue_document(uow, case.id, None, actor,
                                             notice,  # type: ignore[arg-type]
                                             settings, today, self.space.now_text())
        return replace(state, document_id=document_id, doc_no=doc_no)
