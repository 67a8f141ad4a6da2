"""The art. 32 decision engine against the catalog-format.md contract."""

import dataclasses
import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterdesk.domain.catalog import Category, NoticeTiming, default_procedure
from counterdesk.domain.catalog_format import parse_item
from counterdesk.domain.decision import (
    MaterialReport,
    Outcome,
    RejectReason,
    Scenario,
    ScenarioError,
    decide,
    parse_scenario,
)
from counterdesk.domain.defects import CORRECTABLE_ON_THE_SPOT, Defect
from counterdesk.services.catalog_files import load_file
from tests.conftest import FIXTURES

ITEM = load_file(FIXTURES / "example-item.yaml")
TODAY = dt.date(2026, 9, 30)
D = dt.date


def scenario(**changes) -> Scenario:
    data = json.loads((FIXTURES / "example-scenario.json").read_text(encoding="utf-8"))
    data.update(changes)
    return parse_scenario(data, TODAY)


def all_present(**extra) -> dict:
    materials = {"application": {"copies": 1}, "marriage_proof": {},
                 "tax_receipt": {"copies": 1, "issued_on": "2026-09-01"}}
    materials.update(extra)
    return materials


def test_the_example_scenario_gives_exactly_the_example_decision(calendar):
    # The contract's example decision is that of the default procedure (notice within five
    # working days); the example item itself is told on the spot (tested below).
    item = dataclasses.replace(ITEM, procedure=default_procedure(ITEM.category))
    decision = decide(item, scenario(), calendar)
    assert decision.to_json() == {
        "outcome": "supplement",
        "reason": None,
        "problems": [
            {"material": "marriage_proof", "name": "结婚证或户口簿", "defect": "missing"},
            {"material": "tax_receipt", "name": "契税完税证明", "defect": "expired"},
        ],
        "notice_due": "2026-10-13",
        "promised_date": None,
        "deemed_accepted": False,
        "provisional": False,
    }


def test_an_item_told_on_the_spot_has_its_notice_due_the_day_of_receipt(calendar):
    decision = decide(ITEM, scenario(), calendar)
    assert ITEM.procedure.notice == NoticeTiming.ON_THE_SPOT
    assert decision.outcome == Outcome.SUPPLEMENT and decision.notice_due == TODAY


def test_a_notice_not_given_on_the_spot_counts_as_acceptance_from_receipt(calendar):
    # 《不动产登记暂行条例》第十七条: not told on the spot in writing = accepted.
    decision = decide(ITEM, scenario(decided_on="2026-10-08"), calendar)
    assert decision.outcome == Outcome.ACCEPT and decision.deemed_accepted
    assert decision.promised_date == D(2026, 10, 8)  # one working day after 2026-09-30
    assert [p.material for p in decision.problems] == ["marriage_proof", "tax_receipt"]
    assert decision.notice_due == TODAY


def test_a_late_notice_is_still_a_notice_where_the_procedure_deems_nothing(calendar):
    item = dataclasses.replace(ITEM, procedure=default_procedure(Category.CONFIRMATION))
    decision = decide(item, scenario(decided_on="2026-10-20"), calendar)
    assert decision.outcome == Outcome.SUPPLEMENT and not decision.deemed_accepted


def test_a_licence_notice_after_five_working_days_counts_as_acceptance(calendar):
    licence = dataclasses.replace(ITEM, category=Category.LICENSE,
                                  procedure=default_procedure(Category.LICENSE))
    on_time = decide(licence, scenario(decided_on="2026-10-13"), calendar)
    late = decide(licence, scenario(decided_on="2026-10-14"), calendar)
    assert on_time.outcome == Outcome.SUPPLEMENT and not on_time.deemed_accepted
    assert late.outcome == Outcome.ACCEPT and late.deemed_accepted


def test_a_decision_before_receipt_is_a_bad_scenario():
    with pytest.raises(ScenarioError, match="before received_on"):
        scenario(decided_on="2026-09-29")


def test_a_date_not_written_yyyy_mm_dd_is_a_bad_scenario():
    for text in ("20260930", "2026W401", "2026-9-30", "9999-12-31"):
        with pytest.raises(ScenarioError):
            scenario(received_on=text)


def test_a_material_the_office_fetches_by_data_sharing_is_never_a_problem(calendar):
    shared = dataclasses.replace(ITEM.materials[1], shared="民政部门婚姻登记信息")
    item = dataclasses.replace(
        ITEM, procedure=default_procedure(ITEM.category),
        materials=(ITEM.materials[0], shared, *ITEM.materials[2:]))
    decision = decide(item, scenario(), calendar)
    assert [p.material for p in decision.problems] == ["tax_receipt"]


def test_complete_materials_are_accepted_with_the_promised_date(calendar):
    decision = decide(ITEM, scenario(materials=all_present()), calendar)
    assert decision.outcome == Outcome.ACCEPT and decision.problems == ()
    assert decision.promised_date == D(2026, 10, 8) and decision.notice_due is None


def test_an_immediate_item_is_promised_for_the_day_of_receipt(calendar):
    data = {**_item_data(), "kind": "即办件", "promised_limit_days": 0}
    decision = decide(parse_item(data, "x"), scenario(materials=all_present()), calendar)
    assert decision.promised_date == TODAY


def test_no_permit_needed_is_rejected_before_any_material_is_looked_at(calendar):
    decision = decide(ITEM, scenario(permit_required=False), calendar)
    assert decision.outcome == Outcome.REJECT
    assert decision.reason == RejectReason.NO_PERMIT_NEEDED and decision.problems == ()


def test_an_item_that_needs_no_permit_rejects_every_application(calendar):
    item = parse_item({**_item_data(), "permit_required": False}, "x")
    assert decide(item, scenario(materials=all_present()), calendar).reason == \
        RejectReason.NO_PERMIT_NEEDED


def test_out_of_jurisdiction_is_rejected_with_that_reason(calendar):
    decision = decide(ITEM, scenario(in_jurisdiction=False, competent_office="济宁市某局"),
                      calendar)
    assert decision.to_json()["reason"] == "out_of_jurisdiction"
    assert decision.notice_due is None and decision.promised_date is None


def test_too_few_copies_is_found_from_the_count_and_reported_once(calendar):
    materials = all_present(application={"copies": 0, "defects": ["too_few_copies"]})
    decision = decide(ITEM, scenario(materials=materials), calendar)
    assert [(p.material, p.defect) for p in decision.problems] == [
        ("application", Defect.TOO_FEW_COPIES)]


def test_a_correction_on_the_spot_removes_the_problem(calendar):
    materials = all_present(application={"copies": 0, "corrected": ["too_few_copies"]})
    assert decide(ITEM, scenario(materials=materials), calendar).outcome == Outcome.ACCEPT


def test_materials_required_only_by_an_answer_follow_the_answers(calendar):
    answers = {"applicant_type": "个人", "by_agent": "是"}
    decision = decide(ITEM, scenario(answers=answers, materials=all_present()), calendar)
    assert [p.material for p in decision.problems] == ["agent_authorization"]


def test_a_material_within_its_age_limit_is_not_expired(calendar):
    materials = all_present(tax_receipt={"issued_on": "2026-07-02"})  # exactly 90 days
    assert decide(ITEM, scenario(materials=materials), calendar).outcome == Outcome.ACCEPT


def test_an_item_the_catalog_does_not_hold_is_named_in_the_error():
    from counterdesk.domain.catalog import Catalog, UnknownItemError

    with pytest.raises(UnknownItemError, match="unknown service item 'NOPE'"):
        Catalog([ITEM]).in_force(scenario(item="NOPE").item, TODAY)


@pytest.mark.parametrize("change, message", [
    ({"answers": {"applicant_type": "外星人", "by_agent": "否"}}, "not among the options"),
    ({"materials": {"passport": {}}}, "no material 'passport'"),
    ({"materials": {"application": {"defects": ["smudged"]}}}, "unknown defect"),
    ({"received_on": "2026-02-30"}, "not a valid date"),
    ({"materials": {"application": {"defects": ["missing"], "corrected": ["missing"]}}},
     "cannot be corrected on the spot"),
    ({"answers": {"applicant_type": "夫妻"}}, "'by_agent'"),
    ({"materials": all_present(tax_receipt={})}, "issued_on"),
])
def test_a_bad_scenario_is_an_error_that_says_what_is_wrong(calendar, change, message):
    with pytest.raises(ScenarioError, match=message):
        decide(ITEM, scenario(**change), calendar)


def _item_data() -> dict:
    from counterdesk.domain.catalog_format import item_to_data

    return item_to_data(ITEM)


# Properties: the notice lists every uncorrected defect, and nothing else.

DEFECTS = st.lists(st.sampled_from(list(Defect)), unique=True, max_size=4)
# Issue dates from the day of receipt back to well past the tax receipt's 90 days.
ISSUED = st.integers(0, 200).map(lambda days: TODAY - dt.timedelta(days=days))
REPORTS = st.one_of(
    st.none(),
    st.builds(
        lambda defects, corrected, copies, issued_on: MaterialReport(
            copies=copies, defects=tuple(defects),
            corrected=tuple(d for d in corrected if d in CORRECTABLE_ON_THE_SPOT),
            issued_on=issued_on),
        DEFECTS, DEFECTS, st.one_of(st.none(), st.integers(0, 3)), ISSUED),
)
MATERIALS = st.fixed_dictionaries({}, optional={
    "application": REPORTS, "marriage_proof": REPORTS, "tax_receipt": REPORTS})


def _scenario_of(materials) -> Scenario:
    return Scenario(item=ITEM.code, received_on=TODAY,
                    answers={"applicant_type": "夫妻", "by_agent": "否"},
                    materials={k: v for k, v in materials.items() if v is not None})


@settings(max_examples=300, deadline=None)
@given(MATERIALS)
def test_the_problem_list_is_exactly_the_uncorrected_defects(calendar, materials):
    decision = decide(ITEM, _scenario_of(materials), calendar)
    # The contract, read literally: an absent or missing material is `missing` alone;
    # otherwise the recorded defects, plus too_few_copies when fewer copies were brought,
    # plus expired when issued more than max_age_days before receipt, less the corrected.
    expected = set()
    for material in ITEM.required_materials({"applicant_type": "夫妻", "by_agent": "否"}):
        report = materials.get(material.id)
        if report is None or Defect.MISSING in report.defects:
            expected.add((material.id, Defect.MISSING))
            continue
        found = set(report.defects)
        if report.copies is not None and report.copies < material.copies:
            found.add(Defect.TOO_FEW_COPIES)
        if material.max_age_days is not None and \
                (TODAY - report.issued_on).days > material.max_age_days:
            found.add(Defect.EXPIRED)
        expected |= {(material.id, d) for d in found - set(report.corrected)}
    got = [(p.material, p.defect) for p in decision.problems]
    assert len(got) == len(set(got)) and set(got) == expected
    assert (decision.outcome == Outcome.SUPPLEMENT) == bool(expected)
    order = [m.id for m in ITEM.materials]
    assert [order.index(m) for m, _ in got] == sorted(order.index(m) for m, _ in got)


@settings(max_examples=200, deadline=None)
@given(MATERIALS, st.sampled_from(["application", "marriage_proof", "tax_receipt"]),
       st.sampled_from([d for d in Defect if d not in CORRECTABLE_ON_THE_SPOT]))
def test_adding_a_defect_never_turns_a_supplement_into_an_accept(calendar, materials, name,
                                                                  defect):
    before = decide(ITEM, _scenario_of(materials), calendar)
    report = materials.get(name) or MaterialReport(issued_on=D(2026, 9, 1))
    worse = {**materials, name: MaterialReport(
        copies=report.copies, defects=tuple({*report.defects, defect}),
        corrected=report.corrected, issued_on=report.issued_on)}
    after = decide(ITEM, _scenario_of(worse), calendar)
    assert after.outcome == Outcome.SUPPLEMENT
    assert name in {p.material for p in after.problems}
    if before.outcome == Outcome.SUPPLEMENT:
        assert {p.material for p in before.problems} <= {p.material for p in after.problems}
