"""The decision on receiving an application: accept, supplement or reject.

The five outcomes are those of 行政许可法 art. 32; an item that is not a licence follows the
same steps under its own procedure (catalog `procedure`): its notice period, whether a late
notice counts as acceptance, and the rule its documents cite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.catalog import Material, NoticeTiming, Procedure, ServiceItem
from counterdesk.domain.defects import DEFECT_ORDER, Defect, is_correctable

_MISSING = (Defect.MISSING,)


class Outcome(StrEnum):
    ACCEPT = "accept"
    SUPPLEMENT = "supplement"
    REJECT = "reject"


class RejectReason(StrEnum):
    NO_PERMIT_NEEDED = "no_permit_needed"  # art. 32 ¶1
    OUT_OF_JURISDICTION = "out_of_jurisdiction"  # art. 32 ¶2
    # 窗口无否决权: any other refusal is escalated (窗口否决报备); only a supervisor can uphold
    # it. decide() never returns this reason.
    ESCALATION_UPHELD = "escalation_upheld"


class ScenarioError(ValueError):
    """A scenario the engine cannot decide: unknown material, defect, answer or date."""


@dataclass(frozen=True)
class MaterialReport:
    """What the clerk recorded of one material at the window."""

    copies: int | None = None
    defects: tuple[Defect, ...] = ()
    corrected: tuple[Defect, ...] = ()
    issued_on: dt.date | None = None
    pages: int | None = None


@dataclass(frozen=True)
class Scenario:
    item: str
    received_on: dt.date
    permit_required: bool = True
    in_jurisdiction: bool = True
    competent_office: str | None = None
    answers: Mapping[str, str] = field(default_factory=dict)
    materials: Mapping[str, MaterialReport] = field(default_factory=dict)
    # The day the decision is made (default: received_on); a late notice may be too late.
    decided_on: dt.date | None = None

    @property
    def decision_day(self) -> dt.date:
        return self.decided_on or self.received_on


@dataclass(frozen=True)
class Problem:
    material: str
    name: str
    defect: Defect


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    reason: RejectReason | None
    problems: tuple[Problem, ...]
    notice_due: dt.date | None
    promised_date: dt.date | None
    deemed_accepted: bool = False
    # A date above falls in a year whose holiday schedule the program does not know yet.
    provisional: bool = False

    def to_json(self) -> dict[str, Any]:
        """The decision exactly as the `counterdesk check` contract prints it."""
        return {
            "outcome": self.outcome.value,
            "reason": self.reason.value if self.reason else None,
            "problems": [
                {"material": p.material, "name": p.name, "defect": p.defect.value}
                for p in self.problems
            ],
            "notice_due": self.notice_due.isoformat() if self.notice_due else None,
            "promised_date": self.promised_date.isoformat() if self.promised_date else None,
            "deemed_accepted": self.deemed_accepted,
            "provisional": self.provisional,
        }


# Dates a hall can meet: anything outside is a typing error, not a case.
EARLIEST_DATE = dt.date(1949, 10, 1)
LATEST_DATE = dt.date(2099, 12, 31)


def strict_date(value: str) -> dt.date:
    """A date written exactly YYYY-MM-DD within 1949-10-01..2099-12-31, else ValueError.

    dt.date.fromisoformat alone also takes 20260930 and 2026W401."""
    if len(value) != 10 or value[4] != "-" or value[7] != "-" or not (
            value[:4] + value[5:7] + value[8:]).isdigit():
        raise ValueError(f"not a date like 2026-09-30: {value!r}")
    day = dt.date.fromisoformat(value)
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValueError(f"{value} is outside {EARLIEST_DATE.year}–{LATEST_DATE.year}")
    return day


def _date(value: object, what: str) -> dt.date:
    if not isinstance(value, str):
        raise ScenarioError(f"{what} must be a date like 2026-09-30, got {value!r}")
    try:
        return strict_date(value)
    except ValueError as error:
        raise ScenarioError(f"{what} is not a valid date ({error})") from None


def _bool(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key, True)
    if value is None:
        return True
    if not isinstance(value, bool):
        raise ScenarioError(f"{key} must be true or false, got {value!r}")
    return value


def _defects(value: object, where: str) -> tuple[Defect, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ScenarioError(f"{where} must be a list of defect codes")
    result = []
    for code in value:
        try:
            result.append(Defect(code))
        except ValueError:
            known = ", ".join(d.value for d in Defect)
            raise ScenarioError(f"unknown defect {code!r} in {where} (known: {known})") from None
    return tuple(result)


_SCENARIO_KEYS = {"item", "received_on", "decided_on", "permit_required", "in_jurisdiction",
                  "competent_office", "answers", "materials"}
_REPORT_KEYS = {"copies", "defects", "corrected", "issued_on", "pages"}


def parse_scenario(data: object, today: dt.date) -> Scenario:
    """Build a Scenario from the JSON of catalog-format.md; `received_on` defaults to today."""
    if not isinstance(data, dict):
        raise ScenarioError("a scenario must be a JSON object")
    unknown = sorted(set(data) - _SCENARIO_KEYS)
    if unknown:
        raise ScenarioError(f"unknown scenario key(s): {', '.join(unknown)}")
    item = data.get("item")
    if not isinstance(item, str) or not item:
        raise ScenarioError("scenario needs \"item\": the service item's code")
    received = data.get("received_on")
    received_on = today if received is None else _date(received, "received_on")
    decided = data.get("decided_on")
    decided_on = None if decided is None else _date(decided, "decided_on")
    if decided_on is not None and decided_on < received_on:
        raise ScenarioError(f"decided_on ({decided_on}) is before received_on ({received_on})")
    office = data.get("competent_office")
    if office is not None and not isinstance(office, str):
        raise ScenarioError("competent_office must be text or null")
    answers = data.get("answers") or {}
    if not isinstance(answers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in answers.items()
    ):
        raise ScenarioError("answers must map question ids to answer text")
    raw_materials = data.get("materials") or {}
    if not isinstance(raw_materials, dict):
        raise ScenarioError("materials must map material ids to what was brought")
    materials = {}
    for material_id, report in raw_materials.items():
        materials[material_id] = _report(material_id, report)
    return Scenario(
        item=item, received_on=received_on,
        permit_required=_bool(data, "permit_required"),
        in_jurisdiction=_bool(data, "in_jurisdiction"),
        competent_office=office, answers=dict(answers), materials=materials,
        decided_on=decided_on,
    )


def _report(material_id: str, report: object) -> MaterialReport:
    if report is None:
        report = {}
    if not isinstance(report, dict):
        raise ScenarioError(f"material {material_id!r} must be an object")
    unknown = sorted(set(report) - _REPORT_KEYS)
    if unknown:
        raise ScenarioError(f"unknown key(s) for material {material_id!r}: {', '.join(unknown)}")
    copies = report.get("copies")
    if copies is not None and (not isinstance(copies, int) or isinstance(copies, bool)
                               or copies < 0):
        raise ScenarioError(f"copies of {material_id!r} must be a whole number >= 0")
    pages = report.get("pages")
    if pages is not None and (not isinstance(pages, int) or isinstance(pages, bool)
                              or pages < 0):
        raise ScenarioError(f"pages of {material_id!r} must be a whole number >= 0")
    issued = report.get("issued_on")
    return MaterialReport(
        copies=copies,
        defects=_defects(report.get("defects"), f"defects of {material_id!r}"),
        corrected=_defects(report.get("corrected"), f"corrected of {material_id!r}"),
        issued_on=None if issued is None else _date(issued, f"issued_on of {material_id!r}"),
        pages=pages,
    )


def validate_against_item(scenario: Scenario, item: ServiceItem) -> None:
    """Reject answers, materials and corrections the item does not know."""
    for qid, answer in scenario.answers.items():
        question = item.question(qid)
        if question is None:
            raise ScenarioError(f"item {item.code} has no question {qid!r}")
        if answer not in question.options:
            raise ScenarioError(
                f"answer {answer!r} to {qid!r} is not among the options "
                f"({', '.join(question.options)})"
            )
    received_on = scenario.received_on
    for material_id, report in scenario.materials.items():
        if item.material(material_id) is None:
            raise ScenarioError(f"item {item.code} has no material {material_id!r}")
        for defect in report.corrected:
            if not is_correctable(defect):
                raise ScenarioError(
                    f"{defect.value!r} of {material_id!r} cannot be corrected on the spot "
                    f"(art. 32 ¶3 allows only too_few_copies, unsigned, fill_error)"
                )
        if report.issued_on is not None and report.issued_on > received_on:
            raise ScenarioError(
                f"issued_on of {material_id!r} ({report.issued_on}) is after received_on"
            )


def material_defects(material: Material, report: MaterialReport | None,
                     received_on: dt.date) -> tuple[Defect, ...]:
    """Every uncorrected defect of one required material, each once, in defect-table order."""
    if report is None or Defect.MISSING in report.defects:
        return _MISSING
    too_few = report.copies is not None and report.copies < material.copies
    expired = (material.max_age_days is not None and report.issued_on is not None
               and (received_on - report.issued_on).days > material.max_age_days)
    if not (report.defects or too_few or expired):
        return ()
    found = set(report.defects)
    if too_few:
        found.add(Defect.TOO_FEW_COPIES)
    if expired:
        found.add(Defect.EXPIRED)
    found.difference_update(report.corrected)
    return tuple(sorted(found, key=DEFECT_ORDER.__getitem__))


def decide(item: ServiceItem, scenario: Scenario, calendar: WorkCalendar) -> Decision:
    """行政许可法 art. 32: reject on ¶1–2 before any material is looked at; otherwise list
    every uncorrected problem at once (¶4) or accept (¶5)."""
    validate_against_item(scenario, item)
    if not item.decidable:
        raise ScenarioError(f"item {item.code} is marked {item.status.value}: its guide has no "
                            f"materials yet, so applications can be registered but not decided")
    if not item.permit_required or not scenario.permit_required:
        return Decision(Outcome.REJECT, RejectReason.NO_PERMIT_NEEDED, (), None, None)
    if not scenario.in_jurisdiction:
        return Decision(Outcome.REJECT, RejectReason.OUT_OF_JURISDICTION, (), None, None)
    unanswered = item.conditioning_questions.difference(scenario.answers)
    if unanswered:
        question = next(q for q in item.questions if q.id in unanswered)
        raise ScenarioError(
            f"question {question.id!r} ({question.text}) is not answered; "
            f"it decides which materials are required"
        )
    problems: list[Problem] = []
    reports = scenario.materials
    for material in item.materials:
        if material.when and not material.required_for(scenario.answers):
            continue
        if material.shared:
            # 国务院令第716号 art. 7: what the office fetches by data sharing is never the
            # applicant's problem.
            continue
        report = reports.get(material.id)
        if (material.max_age_days is not None and report is not None
                and report.issued_on is None and Defect.MISSING not in report.defects):
            raise ScenarioError(
                f"material {material.id!r} is valid for {material.max_age_days} days: "
                f"its issued_on date is needed"
            )
        for defect in material_defects(material, report, scenario.received_on):
            problems.append(Problem(material.id, material.name, defect))
    if problems:
        due = notice_due(item.procedure, scenario.received_on, calendar)
        if item.procedure.deemed_accepted and scenario.decision_day > due:
            # 行政许可法 art. 32 ¶1(4), and rules like it: a notice not given in time is not
            # given; the application counts as accepted from the day it was received.
            promised = promised_date(item, scenario.received_on, calendar)
            return Decision(Outcome.ACCEPT, None, tuple(problems), due, promised,
                            deemed_accepted=True,
                            provisional=calendar.any_provisional(due, promised))
        return Decision(Outcome.SUPPLEMENT, None, tuple(problems), due, None,
                        provisional=calendar.any_provisional(due))
    promised = promised_date(item, scenario.received_on, calendar)
    return Decision(Outcome.ACCEPT, None, (), None, promised,
                    provisional=calendar.any_provisional(promised))


def notice_due(procedure: Procedure, received_on: dt.date, calendar: WorkCalendar) -> dt.date:
    """The last day the office may tell an incomplete application what is missing:
    the day of receipt where the rule says on the spot (e.g. 《不动产登记暂行条例》第十七条),
    else the procedure's `notice_days`th working day after receipt (行政许可法 art. 32: 5)."""
    if procedure.notice == NoticeTiming.ON_THE_SPOT:
        return received_on
    # A statutory period: a hall closure does not extend it (行政许可法 art. 82).
    return calendar.statutory().add_workdays(received_on, procedure.notice_days)


def promised_date(item: ServiceItem, accepted_on: dt.date, calendar: WorkCalendar) -> dt.date:
    """即办件 finish the day they are accepted; 承诺件 within their promised working days."""
    if item.promised_limit_days == 0:
        return accepted_on
    return calendar.add_workdays(accepted_on, item.promised_limit_days)


def missed_by_earlier_notice(noticed: Collection[str], problems: Sequence[Problem]
                             ) -> tuple[Problem, ...]:
    """一次性告知: the problems of a later supplement notice that the earlier notices of the
    case, which named the materials `noticed`, should have named: a problem of a material
    they did not mention. A material that expired since is no miss (time did it). None on a
    first notice (nothing noticed yet). A second notice is lawful only without misses;
    with one, a supervisor reviews it (`second_notice`)."""
    if not noticed:
        return ()
    return tuple(problem for problem in problems
                 if problem.material not in noticed and problem.defect != Defect.EXPIRED)
