"""`counterdesk purge --before DATE`: anonymise the personal data of cases finished before a
day, within the office's retention rule, in one audited transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counterdesk.domain.retention import (
    CutoffProblem,
    cutoff_problem,
    latest_cutoff,
    parse_retention_years,
)
from counterdesk.services.office import OfficeService
from counterdesk.services.workspace import Workspace
from counterdesk.store import retention_repo


class RetentionError(Exception):
    """A purge refused; `code` says why (CutoffProblem or "bad_setting"), the message what
    to do."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class PurgeResult:
    before: dt.date
    count: int
    dry_run: bool
    audit_seq: int | None = None


def retention_years(space: Workspace) -> int | None:
    try:
        return parse_retention_years(OfficeService(space).load().retention_years)
    except ValueError as error:
        raise RetentionError("bad_setting", f"the office setting {error}; correct it on the "
                                            f"office settings page") from None


def check(space: Workspace, before: dt.date, confirmed: bool) -> int | None:
    """The rule's years, or RetentionError when a purge before `before` is not allowed."""
    years = retention_years(space)
    today = space.today()
    problem = cutoff_problem(before, today, years, confirmed)
    if problem == CutoffProblem.IN_THE_FUTURE:
        raise RetentionError(problem, f"--before {before} is after today ({today}); cases "
                                      f"still open cannot be purged")
    if problem == CutoffProblem.INSIDE_RETENTION:
        assert years is not None
        raise RetentionError(problem, f"--before {before} is inside the retention rule of "
                                      f"{years} year(s): the latest day allowed is "
                                      f"{latest_cutoff(today, years)}")
    if problem == CutoffProblem.NO_RULE:
        raise RetentionError(problem, "no retention rule is set (office setting "
                                      "retention_years); add --yes to purge all the same")
    return years


def purge(space: Workspace, before: dt.date, *, by: str, actor_id: int | None = None,
          dry_run: bool = False, confirmed: bool = False) -> PurgeResult:
    """Anonymise the cases CLOSED or COMPLETED before `before` (a dry run only counts them).

    One audit entry records who (`by`, `actor_id`), the cutoff, the rule and the count, and
    lists the cases and documents it changed: it records their new digests, so `audit
    verify` holds them to their anonymised state from then on."""
    years = check(space, before, confirmed or dry_run)
    cutoff = before.isoformat()
    if dry_run:
        return PurgeResult(before, len(retention_repo.due_cases(space.db.conn, cutoff)), True)
    at = space.now_text()
    retention_repo.erase_freed_content(space.db.conn, True)
    try:
        with space.unit_of_work() as uow:
            due = retention_repo.due_cases(uow.conn, cutoff)
            documents = retention_repo.anonymise(uow.conn, due)
            seq = uow.audit(at=at, actor_id=actor_id, action="purge",
                            entity="retention", entity_id=cutoff,
                            details={"by": by, "before": cutoff, "retention_years": years,
                                     "count": len(due), "cases": due,
                                     "documents": documents})
            uow.commit()
        retention_repo.fold_log(space.db.conn)
    finally:
        retention_repo.erase_freed_content(space.db.conn, False)
    return PurgeResult(before, len(due), False, seq)
