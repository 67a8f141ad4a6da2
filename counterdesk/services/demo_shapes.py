"""What each demo case goes through (registration, decisions, completion, rating) and the
decisions and document templates, worked out once per distinct case shape."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from typing import Any

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.cases import (
    BAD_RATINGS,
    Applicant,
    ApplicantKind,
    Rating,
    paper_case,
    status_after,
)
from counterdesk.domain.catalog import Material, ServiceItem
from counterdesk.domain.decision import Decision, MaterialReport, Outcome, Scenario, decide
from counterdesk.domain.ratings import DEFAULT_FOLLOW_UP_DAYS
from counterdesk.services import document_codec
from counterdesk.services.accounts import Actor, Role
from counterdesk.services.demo_random import SequentialIds, Weights, resident_ids
from counterdesk.services.documents import build_decision_document, item_info
from counterdesk.services.office import OfficeSettings

TOKENS = {"tracking": "@@TRACKING@@", "name": "@@APPLICANT@@", "id": "@@IDNUMBER@@",
          "clerk": "@@CLERK@@", "doc_no": "@@DOCNO@@"}
# Dates no real case has, replaced by each case's own (received and decided the same day).
STAND_IN_DAYS = {"received_on": dt.date(1900, 1, 1), "notice_due": dt.date(1900, 1, 2),
                 "promised_date": dt.date(1900, 1, 3)}
OTHER_OFFICE = "济宁市政务服务中心"
DOC_TYPE = {Outcome.ACCEPT: "acceptance_receipt", Outcome.SUPPLEMENT: "supplement_notice",
            Outcome.REJECT: "rejection_notice"}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力"
RATING_WEIGHTS = ((Rating.VERY_SATISFIED, 70), (Rating.SATISFIED, 20),
                  (Rating.FAIRLY_SATISFIED, 6), (Rating.DISSATISFIED, 3),
                  (Rating.VERY_DISSATISFIED, 1))
CHANNEL_WEIGHTS = (("onsite", 80), ("appointment", 10), ("extended", 5), ("home", 3),
                   ("green", 2))
ESCALATION_DETAILS = json.dumps({"reason": "申请人材料真实性存疑"}, ensure_ascii=False)


@dataclass
class CaseRows:
    """One chunk's rows by table, each with the case it belongs to."""

    tables: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)
    audit: list[tuple[str, int, str]] = field(default_factory=list)  # at, actor, case id

    def add(self, table: str, case_id: str, values: dict[str, Any]) -> None:
        self.tables.setdefault(table, []).append((case_id, values))

    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


@dataclass(frozen=True)
class DemoClerk:
    user_id: int
    name: str
    window_id: str



@dataclass(frozen=True)
class Shape:
    """One submission's item, answers, missing materials and jurisdiction, with the material
    check rows they call for (every column but the ids)."""

    item: ServiceItem
    answers: tuple[tuple[str, str], ...]
    missing: tuple[str, ...]
    in_jurisdiction: bool
    answers_json: str
    competent_office: str
    checks: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class ShapeDecision:
    """The art. 32 decision on a shape received on one day, ready to write."""

    decision: Decision
    problems_json: str
    notice_due: str | None
    promised_date: str | None
    status: str
    doc_type: str
    template: str  # the document with stand-in dates and case tokens still in


class ShapeBook:
    """Runs decide() once per (shape, day) and builds each document template once per shape
    and outcome; every case of that shape reuses them."""

    def __init__(self, calendar: WorkCalendar, settings: OfficeSettings):
        self.calendar = calendar
        self.settings = settings
        self._shapes: dict[tuple[Any, ...], Shape] = {}
        self._verdicts: dict[tuple[Any, ...], ShapeDecision] = {}
        self._templates: dict[tuple[Any, ...], str] = {}
        self._required: dict[tuple[Any, ...], tuple[Material, ...]] = {}

    def required(self, item: ServiceItem, answers: tuple[tuple[str, str], ...]
                 ) -> tuple[Material, ...]:
        key = (item.code, item.version, answers)
        found = self._required.get(key)
        if found is None:
            found = self._required[key] = item.required_materials(dict(answers))
        return found

    def shape(self, item: ServiceItem, answers: tuple[tuple[str, str], ...],
              missing: tuple[str, ...], in_jurisdiction: bool) -> Shape:
        key = (item.code, item.version, answers, missing, in_jurisdiction)
        found = self._shapes.get(key)
        if found is None:
            checks = tuple({"material_id": m.id, "name": m.name, "form": m.form.value,
                            "required_copies": m.copies, "received": int(m.id not in missing),
                            "defects": '["missing"]' if m.id in missing else "[]"}
                           for m in self.required(item, answers))
            found = self._shapes[key] = Shape(
                item, answers, missing, in_jurisdiction,
                json.dumps(dict(answers), ensure_ascii=False),
                "" if in_jurisdiction else OTHER_OFFICE, checks)
        return found

    def verdict(self, shape: Shape, day: dt.date) -> ShapeDecision:
        key = (shape.item.code, shape.item.version, shape.answers, shape.missing,
               shape.in_jurisdiction, day)
        found = self._verdicts.get(key)
        if found is None:
            scenario = self._scenario(shape, day)
            decision = decide(shape.item, scenario, self.calendar)
            found = self._verdicts[key] = ShapeDecision(
                decision, json.dumps(decision.to_json()["problems"], ensure_ascii=False),
                _iso(decision.notice_due), _iso(decision.promised_date),
                status_after(decision.outcome).value, DOC_TYPE[decision.outcome],
                self._template(shape, scenario, decision))
        return found

    def document(self, verdict: ShapeDecision, day: dt.date, tracking_no: str, applicant: str,
                 id_number: str, clerk_name: str, doc_no: str) -> str:
        """The numbered document body of one case, which prints rebuild from the log."""
        return (verdict.template.replace(_iso(STAND_IN_DAYS["received_on"]), day.isoformat())
                .replace(_iso(STAND_IN_DAYS["notice_due"]), verdict.notice_due or "")
                .replace(_iso(STAND_IN_DAYS["promised_date"]), verdict.promised_date or "")
                .replace(TOKENS["tracking"], tracking_no).replace(TOKENS["name"], applicant)
                .replace(TOKENS["id"], id_number).replace(TOKENS["clerk"], clerk_name)
                .replace(TOKENS["doc_no"], doc_no))

    def _scenario(self, shape: Shape, day: dt.date) -> Scenario:
        # Certificates with a maximum age were issued ten days before, well within any limit.
        answers = dict(shape.answers)
        reports = {m.id: MaterialReport(issued_on=day - dt.timedelta(days=10)
                                        if m.max_age_days else None)
                   for m in self.required(shape.item, shape.answers)
                   if m.id not in shape.missing}
        return Scenario(shape.item.code, day, in_jurisdiction=shape.in_jurisdiction,
                        competent_office=shape.competent_office or None, answers=answers,
                        materials=reports)

    def _template(self, shape: Shape, scenario: Scenario, decision: Decision) -> str:
        """The document with stand-in dates and names, so each case's own replace them."""
        key = (shape.item.code, shape.item.version, decision.outcome, decision.reason,
               decision.problems, shape.competent_office)
        template = self._templates.get(key)
        if template is None:
            stand_in = paper_case(TOKENS["tracking"], Applicant(
                ApplicantKind.PERSON, TOKENS["name"], id_number=TOKENS["id"]))
            actor = Actor(0, "", TOKENS["clerk"], Role.CLERK, "")
            dated = dataclasses.replace(
                decision, notice_due=STAND_IN_DAYS["notice_due"] if decision.notice_due else None,
                promised_date=STAND_IN_DAYS["promised_date"] if decision.promised_date else None)
            document = build_decision_document(
                stand_in, shape.item, dated,
                dataclasses.replace(scenario, received_on=STAND_IN_DAYS["received_on"]),
                self.settings, actor, STAND_IN_DAYS["received_on"])
            body = document_codec.dumps(document)
            template = self._templates[key] = body.replace(
                '"doc_number": ""', f'"doc_number": "{TOKENS["doc_no"]}"')
        return template


class CaseFactory:
    """One demo case at a time, with every row it leaves: who registered it and when, its
    submissions, decisions and documents, and how it ended."""

    def __init__(self, rng: random.Random, calendar: WorkCalendar, settings: OfficeSettings,
                 items: list[ServiceItem], start: dt.datetime):
        self.rng, self.calendar, self.settings, self.items = rng, calendar, settings, items
        self.book = ShapeBook(calendar, settings)
        self.new_id = SequentialIds(start)
        self.tz = start.tzinfo
        self._ids = resident_ids(rng, 2000)
        self._channels = Weights(CHANNEL_WEIGHTS)
        self._ratings = Weights(RATING_WEIGHTS)

    def case(self, rows: CaseRows, staff: list[DemoClerk], workdays: list[dt.date],
              today: dt.date, tracking: dict[tuple[str, str], int],
              doc_seq: dict[tuple[str, int], int]) -> None:
        rng = self.rng
        clerk = rng.choice(staff)
        day = rng.choice(workdays)
        minutes = 510 + rng.randrange(480)
        at = dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60,
                         tzinfo=self.tz).isoformat(timespec="seconds")
        key = (clerk.window_id, day.strftime("%Y%m%d"))
        tracking[key] = tracking.get(key, 0) + 1
        item = rng.choice(self.items)
        case_id = self.new_id()
        case: dict[str, Any] = {
            "id": case_id, "tracking_no": f"{key[0]}-{key[1]}-{tracking[key]:04d}",
            "window_id": clerk.window_id, "owner_id": clerk.user_id, "purpose": "apply",
            "channel": self._channels.pick(rng), "applicant_kind": "person",
            "applicant_name": rng.choice(SURNAMES) + "".join(
                rng.choices(GIVEN, k=rng.choice((1, 2)))),
            "id_type": "resident_id", "id_number": rng.choice(self._ids),
            "phone": f"13{rng.randrange(10**9):09d}", "item_code": item.code,
            "item_version": item.version.isoformat(), "status": "open", "registered_at": at,
            "received_on": None, "accepted_on": None, "promised_date": None, "closed_at": None,
            "result": "", "updated_at": at}
        rows.add("cases", case_id, case)
        rows.audit.append((at, clerk.user_id, case_id))
        roll = rng.random()
        if roll < 0.12:
            case.update(purpose="consult", status="closed", closed_at=at, result="已答复")
        elif roll < 0.14:
            case["status"] = "escalated"
            event = self.new_id()
            rows.add("case_events", case_id, {
                "id": event, "case_id": case_id, "at": at, "user_id": clerk.user_id,
                "kind": "escalation", "details": ESCALATION_DETAILS})
            rows.add("reviews", case_id, {"id": self.new_id(), "case_id": case_id,
                                          "kind": "escalation", "subject_id": event,
                                          "created_at": at})
        else:
            self._application(rows, case, item, day, today, clerk, doc_seq)

    def _application(self, rows: CaseRows, case: dict[str, Any], item: ServiceItem,
                     day: dt.date, today: dt.date, clerk: DemoClerk,
                     doc_seq: dict[tuple[str, int], int]) -> None:
        rng = self.rng
        answers = tuple((q.id, rng.choice(q.options)) for q in item.questions)
        case["received_on"] = day.isoformat()
        roll = rng.random()
        if roll < 0.03 and self._remedies_named(item):
            self._decide(rows, case, self.book.shape(item, answers, (), False), day, clerk,
                         doc_seq)
            return
        missing: tuple[str, ...] = ()
        if roll < 0.28:
            required = self.book.required(item, answers)
            if required:
                picked = rng.sample(required, min(len(required), rng.choice((1, 1, 2))))
                missing = tuple(m.id for m in picked)
        verdict = self._decide(rows, case, self.book.shape(item, answers, missing, True), day,
                               clerk, doc_seq)
        if verdict.decision.outcome == Outcome.SUPPLEMENT:
            back = self.calendar.add_workdays(day, rng.choice((1, 2, 3, 5, 8)))
            if back > today or rng.random() < 0.2:
                return
            verdict = self._decide(rows, case, self.book.shape(item, answers, (), True), back,
                                   clerk, doc_seq, seq=2)
        promised = verdict.decision.promised_date
        if verdict.decision.outcome != Outcome.ACCEPT or promised is None:
            return
        late = rng.random() < 0.04
        if promised >= today and rng.random() < 0.5 or (late and rng.random() < 0.1):
            return  # still being handled; past its promised date it is an overdue case
        finished = self.calendar.add_workdays(promised, 1) if late else promised
        if finished > today:
            return
        closed_at = dt.datetime(finished.year, finished.month, finished.day, 16,
                                rng.randrange(60), tzinfo=self.tz).isoformat()
        case.update(status="completed", closed_at=closed_at, result="已办结", updated_at=closed_at)
        completion = self.new_id()
        rows.add("case_events", case["id"], {
            "id": completion, "case_id": case["id"], "at": closed_at, "user_id": clerk.user_id,
            "kind": "completion", "details": json.dumps({"result": "已办结"}, ensure_ascii=False)})
        if rng.random() < 0.6:
            self._rating(rows, case, finished, closed_at, clerk.user_id, completion)

    def _remedies_named(self, item: ServiceItem) -> bool:
        """A rejection slip cannot print without both remedies, so none is seeded then."""
        info = item_info(item, self.settings)
        return bool(info.reconsideration_body and info.court)

    def _rating(self, rows: CaseRows, case: dict[str, Any], finished: dt.date, at: str,
                clerk_id: int, completion: str) -> None:
        """The applicant rates the completion on the rating screen (好差评, one per service)."""
        rating = self._ratings.pick(self.rng)
        event = self.new_id()
        rows.add("case_events", case["id"], {
            "id": event, "case_id": case["id"], "at": at, "user_id": clerk_id, "kind": "rating",
            "details": json.dumps({"rating": rating.value, "reasons": [], "comment": "",
                                   "service": f"completion:{completion}",
                                   "source": "applicant"})})
        if rating in BAD_RATINGS:
            due = self.calendar.add_workdays(finished, DEFAULT_FOLLOW_UP_DAYS).isoformat()
            followed = self.rng.random() < 0.6
            rows.add("reviews", case["id"], {
                "id": self.new_id(), "case_id": case["id"], "kind": "bad_rating",
                "subject_id": event, "created_at": at, "due_on": due,
                "status": "confirmed" if followed else "open",
                "decided_at": at if followed else None,
                "comment": "已回访" if followed else ""})
            if followed:  # 回访 on the day, by telephone
                rows.add("case_events", case["id"], {
                    "id": self.new_id(), "case_id": case["id"], "at": at, "user_id": clerk_id,
                    "kind": "rating_visit", "details": json.dumps({
                        "rating_event": event, "visited_by": "督查组",
                        "visited_on": finished.isoformat(), "said": "已电话回访，申请人表示理解"},
                        ensure_ascii=False)})

    def _decide(self, rows: CaseRows, case: dict[str, Any], shape: Shape, day: dt.date,
                clerk: DemoClerk, doc_seq: dict[tuple[str, int], int], seq: int = 1
                ) -> ShapeDecision:
        verdict = self.book.verdict(shape, day)
        case_id = case["id"]
        received = day.isoformat()
        at = f"{received}{case['registered_at'][10:]}" if seq > 1 else case["registered_at"]
        submission = self.new_id()
        rows.add("submissions", case_id, {
            "id": submission, "case_id": case_id, "seq": seq, "received_on": received,
            "answers": shape.answers_json, "clerk_id": clerk.user_id,
            "in_jurisdiction": int(shape.in_jurisdiction),
            "competent_office": shape.competent_office, "created_at": at})
        for check in shape.checks:
            rows.add("material_checks", case_id,
                     {"id": self.new_id(), "submission_id": submission, **check})
        decision_id = self.new_id()
        outcome = verdict.decision.outcome
        rows.add("decisions", case_id, {
            "id": decision_id, "case_id": case_id, "submission_id": submission,
            "outcome": outcome.value,
            "reason": verdict.decision.reason.value if verdict.decision.reason else "",
            "competent_office": shape.competent_office, "problems": verdict.problems_json,
            "notice_due": verdict.notice_due, "promised_date": verdict.promised_date,
            "decided_on": received, "decided_at": at, "clerk_id": clerk.user_id,
            "first_visit": int(outcome == Outcome.ACCEPT and seq == 1)})
        case.update(status=verdict.status, updated_at=at)
        if outcome == Outcome.ACCEPT:
            case.update(accepted_on=received, promised_date=verdict.promised_date)
        elif outcome == Outcome.REJECT:
            rows.add("reviews", case_id, {"id": self.new_id(), "case_id": case_id,
                                          "kind": "rejection", "subject_id": decision_id,
                                          "created_at": at})
        counter = (verdict.doc_type, day.year)
        doc_seq[counter] = doc_seq.get(counter, 0) + 1
        doc_no = self.settings.doc_number(verdict.doc_type, day.year, doc_seq[counter])
        rows.add("documents", case_id, {
            "id": self.new_id(), "case_id": case_id, "decision_id": decision_id,
            "doc_type": verdict.doc_type, "doc_no": doc_no, "year": day.year,
            "seq": doc_seq[counter], "issued_at": at, "clerk_id": clerk.user_id,
            "body": self.book.document(verdict, day, case["tracking_no"],
                                       case["applicant_name"], case["id_number"], clerk.name,
                                       doc_no)})
        return verdict


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
