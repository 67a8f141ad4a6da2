"""好差评: the applicant's rating from the rating screen, 未评价 recorded by the clerk, and a
bad rating's follow-up (回访, 整改, 申诉复核), every write audited. A bad rating lands in the
supervisors' review queue (kind bad_rating) with its follow-up due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from counterdesk.domain.cases import BAD_RATINGS, Case, Rating, ReviewKind
from counterdesk.domain.ratings import (
    NOT_RATED,
    AppealDecision,
    AppealVerdict,
    BadReason,
    FollowUpStep,
    RatingError,
    RatingRecord,
    RatingSource,
    ServiceEvent,
    ServiceKind,
    Visit,
    check_appeal,
    check_choice,
    check_rectification,
    check_visit,
    follow_up_due,
    service_to_rate,
)
from counterdesk.services.accounts import Actor, Role, require
from counterdesk.services.intake import IntakeError, IntakeService
from counterdesk.services.office import OfficeService
from counterdesk.services.workspace import Workspace
from counterdesk.store.rating_repo import RatingRepo


def refused(error: RatingError) -> IntakeError:
    """A rating refusal as the desk's refusals are raised (the UI words its code)."""
    return IntakeError(error.code, str(error))


class RatingService:
    def __init__(self, space: Workspace):
        self.space = space
        self.intake = IntakeService(space)

    # -- the rating itself ------------------------------------------------------------------

    def service_to_rate(self, actor: Actor, case_id: str) -> ServiceEvent:
        """The service the rating screen asks about: the case's latest, not yet rated."""
        self._case_of(actor, case_id)
        repo = RatingRepo(self.space.db.conn)
        services = [ServiceEvent(ServiceKind(kind), ref, at)
                    for kind, ref, at in repo.services(case_id)]
        try:
            return service_to_rate(services, repo.rated_services(case_id))
        except RatingError as error:
            raise refused(error) from error

    def rating_open(self, actor: Actor, case_id: str) -> bool:
        """Whether the case's latest service still waits for its rating (or 未评价)."""
        try:
            self.service_to_rate(actor, case_id)
        except IntakeError:
            return False
        return True

    def record_applicant(self, actor: Actor, case_id: str, rating: Rating,
                         reasons: Iterable[BadReason] = (), comment: str = "") -> str:
        """The applicant's own choice on the rating screen at `actor`'s window; returns the
        rating's id. A bad rating is queued for the supervisors with its follow-up date."""
        return self._record(actor, case_id, RatingSource.APPLICANT, rating, reasons, comment)

    def record_not_rated(self, actor: Actor, case_id: str) -> str:
        """未评价: the applicant did not rate the latest service; the clerk says so."""
        return self._record(actor, case_id, RatingSource.CLERK, None, (), "")

    def _record(self, actor: Actor, case_id: str, source: RatingSource, rating: Rating | None,
                reasons: Iterable[BadReason], comment: str) -> str:
        service = self.service_to_rate(actor, case_id)
        try:
            chosen = check_choice(source, rating, reasons)
        except RatingError as error:
            raise refused(error) from error
        due = None
        if rating in BAD_RATINGS:
            due = follow_up_due(self.space.today(), self.follow_up_days(), self.space.calendar)
        at = self.space.now_text()
        details: dict[str, object] = {
            "rating": rating.value if rating is not None else NOT_RATED,
            "reasons": [reason.value for reason in chosen], "comment": comment.strip(),
            "service": service.key, "source": source.value}
        with self.space.unit_of_work() as uow:
            if service.key in uow.ratings.rated_services(case_id):
                raise IntakeError("already_rated", "this service was already rated")
            repo = uow.cases
            event_id = repo.insert_event(case_id, at, actor.user_id, "rating", details)
            if due is not None:
                repo.open_review(case_id, ReviewKind.BAD_RATING, event_id, at, due.isoformat())
            uow.audit(at=at, actor_id=actor.user_id, action="rating", entity="case",
                      entity_id=case_id, details={**details, "event": event_id})
            uow.commit()
        return event_id

    def follow_up_days(self) -> int:
        return OfficeService(self.space).load().rating_follow_up_days

    def _case_of(self, actor: Actor, case_id: str) -> Case:
        case = self.intake.case(case_id)
        if case.owner_id != actor.user_id and not actor.is_supervisor:
            raise IntakeError("not_owner", "only the first-responsible clerk asks for a rating")
        return case

    # -- follow-up of a bad rating -----------------------------------------------------------

    def record(self, rating_id: str) -> RatingRecord:
        """The rating with its follow-up so far."""
        repo = RatingRepo(self.space.db.conn)
        row = repo.rating(rating_id)
        if row is None:
            raise IntakeError("unknown_rating", f"no rating {rating_id}")
        steps = repo.steps(rating_id)
        verdicts = [s["details"].get("verdict") for s in steps
                    if s["kind"] == FollowUpStep.APPEAL]
        due = row["follow_up_due"]
        return RatingRecord(
            rating=str(row["details"].get("rating", "")),
            rated_on=dt.date.fromisoformat(str(row["at"])[:10]),
            follow_up_due=dt.date.fromisoformat(due) if due else None,
            visits=sum(s["kind"] == FollowUpStep.VISIT for s in steps),
            rectifications=sum(s["kind"] == FollowUpStep.RECTIFICATION for s in steps),
            verdict=AppealVerdict(verdicts[-1]) if verdicts else None)

    def steps(self, rating_id: str) -> list[dict[str, Any]]:
        return RatingRepo(self.space.db.conn).steps(rating_id)

    def record_visit(self, actor: Actor, rating_id: str, visited_by: str,
                     visited_on: dt.date, said: str) -> None:
        """回访: who followed the applicant up, on which day, and what was said."""
        require(actor, Role.SUPERVISOR)
        try:
            visit = check_visit(self.record(rating_id), Visit(visited_by, visited_on, said),
                                self.space.today())
        except RatingError as error:
            raise refused(error) from error
        self._step(actor, rating_id, FollowUpStep.VISIT, {
            "visited_by": visit.visited_by, "visited_on": visit.visited_on.isoformat(),
            "said": visit.said})

    def record_rectification(self, actor: Actor, rating_id: str, change: str) -> None:
        """整改: what the office changed because of the bad rating."""
        require(actor, Role.SUPERVISOR)
        try:
            text = check_rectification(self.record(rating_id), change)
        except RatingError as error:
            raise refused(error) from error
        self._step(actor, rating_id, FollowUpStep.RECTIFICATION, {"change": text})

    def decide_appeal(self, actor: Actor, rating_id: str, appeal: str,
                      verdict: AppealVerdict, reason: str) -> None:
        """申诉复核: a supervisor decides the applicant's appeal. An overturned bad rating is
        kept but leaves the statistics, and its open review item closes as overturned."""
        require(actor, Role.SUPERVISOR)
        try:
            decision = check_appeal(self.record(rating_id),
                                    AppealDecision(appeal, verdict, reason))
        except RatingError as error:
            raise refused(error) from error
        self._step(actor, rating_id, FollowUpStep.APPEAL, {
            "appeal": decision.appeal, "verdict": decision.verdict.value,
            "comment": decision.reason}, close_review=verdict == AppealVerdict.OVERTURNED)

    def _step(self, actor: Actor, rating_id: str, step: FollowUpStep,
              details: dict[str, object], close_review: bool = False) -> None:
        row = RatingRepo(self.space.db.conn).rating(rating_id)
        assert row is not None  # record() checked it
        case_id = str(row["case_id"])
        at = self.space.now_text()
        recorded: dict[str, object] = {"rating_event": rating_id, **details}
        with self.space.unit_of_work() as uow:
            if step == FollowUpStep.APPEAL and any(
                    s["kind"] == FollowUpStep.APPEAL for s in uow.ratings.steps(rating_id)):
                raise IntakeError("appeal_decided", "the appeal was decided meanwhile")
            uow.cases.insert_event(case_id, at, actor.user_id, step.value, recorded)
            if close_review:
                review = next((r for r in uow.cases.reviews(case_id)
                               if r["kind"] == "bad_rating" and r["subject_id"] == rating_id
                               and r["status"] == "open"), None)
                if review is not None:
                    uow.reviews.decide(str(review["id"]), "overturned", actor.user_id, at,
                                       str(details.get("comment", "")))
            uow.audit(at=at, actor_id=actor.user_id, action=step.value, entity="case",
                      entity_id=case_id, details=recorded)
            uow.commit()
