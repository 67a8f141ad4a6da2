"""Decisions and document templates of demo cases, worked out once per distinct case shape."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.catalog import Material, ServiceItem
from counterdesk.domain.decision import Decision, MaterialReport, Outcome, Scenario, decide
from counterdesk.services import document_codec
from counterdesk.services.accounts import Actor, Role
from counterdesk.services.documents import build_decision_document
from counterdesk.services.office import OfficeSettings

TOKENS = {"tracking": "@@TRACKING@@", "name": "@@APPLICANT@@", "id": "@@IDNUMBER@@",
          "clerk": "@@CLERK@@", "doc_no": "@@DOCNO@@"}
# Dates no real case has, replaced by each case's own (received and decided the same day).
STAND_IN_DAYS = {"received_on": dt.date(1900, 1, 1), "notice_due": dt.date(1900, 1, 2),
                 "promised_date": dt.date(1900, 1, 3)}
OTHER_OFFICE = "济宁市政务服务中心"
STATUS = {Outcome.ACCEPT: "accepted", Outcome.SUPPLEMENT: "supplement_pending",
          Outcome.REJECT: "rejected"}
DOC_TYPE = {Outcome.ACCEPT: "acceptance_receipt", Outcome.SUPPLEMENT: "supplement_notice",
            Outcome.REJECT: "rejection_notice"}


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
class Verdict:
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
        self._verdicts: dict[tuple[Any, ...], Verdict] = {}
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

    def verdict(self, shape: Shape, day: dt.date) -> Verdict:
        key = (shape.item.code, shape.item.version, shape.answers, shape.missing,
               shape.in_jurisdiction, day)
        found = self._verdicts.get(key)
        if found is None:
            scenario = self._scenario(shape, day)
            decision = decide(shape.item, scenario, self.calendar)
            found = self._verdicts[key] = Verdict(
                decision, json.dumps(decision.to_json()["problems"], ensure_ascii=False),
                _iso(decision.notice_due), _iso(decision.promised_date),
                STATUS[decision.outcome], DOC_TYPE[decision.outcome],
                self._template(shape, scenario, decision))
        return found

    def document(self, verdict: Verdict, day: dt.date, tracking_no: str, applicant: str,
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
            stand_in = {"tracking_no": TOKENS["tracking"], "applicant_kind": "person",
                        "applicant_name": TOKENS["name"], "id_number": TOKENS["id"]}
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


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
