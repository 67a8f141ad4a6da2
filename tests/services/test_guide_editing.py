"""The hall's own guides: drafts checked like `catalog validate`, item tests before publishing,
new versions by date, YAML export, folder import."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.domain.catalog import ItemStatus
from counterdesk.domain.catalog_format import item_to_data
from counterdesk.domain.decision import MaterialReport
from counterdesk.services.accounts import AccountError
from counterdesk.services.catalog_files import load_file, load_path
from counterdesk.services.guide_editing import GuideEditingError, GuideEditingService
from counterdesk.services.intake import Applicant, IntakeService, Registration, SubmissionInput
from counterdesk.services.item_list_import import import_item_list
from counterdesk.services.item_tests import ItemTestsError

HOUSE = "37082600ZR-DJ-0001"  # bundled, with three item tests
TODAY = dt.date(2026, 9, 30)


@pytest.fixture
def guides(space):
    return GuideEditingService(space)


def house_data(space) -> dict:
    return item_to_data(space.catalog.in_force(HOUSE, TODAY))


def audit_versions(space) -> list[list[str]]:
    return [json.loads(details)["versions"] for (details,) in space.db.conn.execute(
        "SELECT details FROM audit_log WHERE action = 'catalog_import' ORDER BY seq")]


def test_a_draft_with_a_broken_when_gets_the_message_catalog_validate_gives(guides, space,
                                                                             tmp_path):
    data = house_data(space)
    data["materials"][-1]["when"] = {"by_agent": "也许"}

    check = guides.check(data)

    assert not check.ok
    message = ("item 37082600ZR-DJ-0001: key 'materials[8].when.by_agent': answer '也许' is not "
               "an option of question 'by_agent' (否, 是)")
    assert [str(p) for p in check.problems] == [f"37082600ZR-DJ-0001.yaml: {message}"]
    import yaml

    (tmp_path / "guide.yaml").write_text(yaml.safe_dump(data, allow_unicode=True),
                                         encoding="utf-8")
    validated = load_path(tmp_path / "guide.yaml").problems
    assert [p.message for p in validated] == [p.message for p in check.problems]


def test_a_draft_lists_every_problem_at_once_and_its_proofs_without_a_law(guides, space):
    data = house_data(space)
    data["name"] = ""
    data["materials"][0]["copies"] = "两份"
    assert {p.key for p in guides.check(data).problems} == {"name", "materials[0].copies"}

    data = house_data(space)
    data["materials"][0]["proof"] = True
    check = guides.check(data)
    assert check.ok and [f.material.id for f in check.lint] == ["application"]


def test_a_published_version_is_in_force_from_its_date_and_earlier_cases_keep_theirs(
        guides, space, people):
    data = house_data(space)
    data["version"] = "2026-10-08"
    data["fee"] = "住宅每件80元"

    published = guides.publish(people["admin"], data, None)

    assert published.version == dt.date(2026, 10, 8)
    assert space.catalog.in_force(HOUSE, dt.date(2026, 10, 8)).fee == "住宅每件80元"
    assert space.catalog.in_force(HOUSE, dt.date(2026, 10, 7)).version == dt.date(2024, 6, 1)
    assert audit_versions(space)[-1] == ["37082600ZR-DJ-0001@2026-10-08"]


def test_publishing_refuses_to_rewrite_a_published_version_or_to_start_before_today(
        guides, space, people):
    data = house_data(space)
    with pytest.raises(GuideEditingError) as refused:
        guides.publish(people["admin"], data, None)
    assert refused.value.code == "version_in_past"
    data["version"] = TODAY.isoformat()
    guides.publish(people["admin"], data, None)
    data["fee"] = "免费"
    with pytest.raises(GuideEditingError) as refused:
        guides.publish(people["admin"], data, None)
    assert refused.value.code == "version_published"
    assert space.catalog.in_force(HOUSE, TODAY).fee != "免费"


def test_publishing_is_refused_when_an_item_test_fails(guides, space, people):
    data = house_data(space)
    data["version"] = "2026-10-08"
    data["promised_limit_days"] = 3
    before = audit_versions(space)

    with pytest.raises(GuideEditingError) as refused:
        guides.publish(people["admin"], data, None)

    assert refused.value.code == "tests_failed"
    failed = [str(f) for f in refused.value.run.failures]
    assert failed and all(f.startswith("37082600ZR-DJ-0001.tests.yaml: test ") for f in failed)
    assert space.catalog.in_force(HOUSE, dt.date(2026, 10, 8)).version == dt.date(2024, 6, 1)
    assert audit_versions(space) == before


def test_a_draft_that_does_not_validate_is_not_published(guides, space, people):
    data = house_data(space)
    data["version"], data["kind"] = "2026-10-08", "急办件"
    with pytest.raises(GuideEditingError) as refused:
        guides.publish(people["admin"], data, None)
    assert refused.value.code == "invalid" and refused.value.problems[0].key == "kind"


def test_only_an_administrator_publishes(guides, space, people):
    data = house_data(space)
    data["version"] = "2026-10-08"
    with pytest.raises(AccountError):
        guides.publish(people["clerk"], data, None)


def test_tests_typed_in_are_run_and_their_errors_name_the_item_not_a_temporary_file(
        guides, space):
    data = house_data(space)
    tests = ("- name: 只交申请书\n  scenario:\n    received_on: 2026-09-30\n"
             "    answers: {applicant_type: 个人, by_agent: 否}\n"
             "    materials: {application: {}}\n"
             "  expect: {outcome: supplement, notice_due: 2026-09-30}\n")
    run = guides.run_tests(data, tests)
    assert run.summary == "1 passed, 0 failed"

    with pytest.raises(ItemTestsError) as bad:
        guides.run_tests(data, tests.replace("expect:", "expected:"))
    assert str(bad.value).startswith("37082600ZR-DJ-0001.tests.yaml:1: test 1")


def test_the_bundled_tests_are_found_for_a_draft_of_a_later_version(guides, space):
    assert "name:" in guides.bundled_tests(HOUSE, dt.date(2026, 10, 8))
    assert guides.bundled_tests(HOUSE, dt.date(2020, 1, 1)) == ""
    marriage = "37082600MZ-HY-0001"
    assert guides.bundled_tests(marriage, dt.date(2025, 5, 10)) != guides.bundled_tests(
        marriage, dt.date(2025, 5, 9))


def test_an_exported_guide_loads_back_as_the_same_item(guides, space, tmp_path):
    item = space.catalog.in_force(HOUSE, TODAY)
    target = tmp_path / "house.yaml"

    written = guides.export(item_to_data(item), target, guides.bundled_tests(HOUSE, TODAY))

    assert written == [target, tmp_path / "house.tests.yaml"]
    assert load_file(target) == dataclasses.replace(item, source=str(target))
    assert target.read_text(encoding="utf-8").startswith(
        "# 国有建设用地使用权及房屋所有权首次登记（37082600ZR-DJ-0001，2024-06-01版）\n")


def test_every_bundled_guide_survives_the_export(guides, space, tmp_path):
    for item in space.catalog.latest():
        target = tmp_path / "guide.yaml"
        guides.export(item_to_data(item), target, "")
        assert load_file(target) == dataclasses.replace(item, source=str(target))


def test_completing_an_imported_item_lets_a_clerk_decide_a_case_with_it(guides, space,
                                                                        people, tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("事项名称,实施编码,实施主体,事项类型\n出生登记,NEW-0001,微山县公安局,"
                       "行政确认\n", encoding="utf-8")
    import_item_list(space, listing)
    incomplete = space.catalog.in_force("NEW-0001", TODAY)
    assert incomplete.status == ItemStatus.INCOMPLETE
    data = item_to_data(incomplete)
    data["materials"].append({"id": "birth_proof", "name": "出生医学证明", "form": "原件"})

    guides.publish(people["admin"], data, None)

    item = space.catalog.in_force("NEW-0001", TODAY)
    assert item.decidable and item.version == incomplete.version
    intake = IntakeService(space)
    case = intake.register(people["clerk"], Registration(
        Purpose.APPLY, Channel.ONSITE, Applicant(ApplicantKind.PERSON, "王小明"), "NEW-0001"))
    recorded = intake.decide(people["clerk"], str(case.id), SubmissionInput(
        materials={"birth_proof": MaterialReport(copies=1)}))
    assert recorded.decision.outcome.value == "accept"


def write_folder(guides, space, folder, tests: str):
    folder.mkdir()
    data = house_data(space)
    data["version"] = "2026-11-02"
    guides.export(data, folder / "house.yaml", tests)


def test_a_folder_of_guides_imports_when_its_tests_pass(guides, space, people, tmp_path):
    write_folder(guides, space, tmp_path / "guides", guides.bundled_tests(HOUSE, TODAY))

    imported = guides.import_folder(people["admin"], tmp_path / "guides")

    assert [(i.code, i.version) for i in imported] == [(HOUSE, dt.date(2026, 11, 2))]
    assert audit_versions(space)[-1] == ["37082600ZR-DJ-0001@2026-11-02"]


def test_a_folder_with_a_failing_test_or_a_broken_file_imports_nothing(guides, space, people,
                                                                      tmp_path):
    tests = guides.bundled_tests(HOUSE, TODAY).replace("outcome: accept", "outcome: reject", 1)
    write_folder(guides, space, tmp_path / "failing", tests)
    with pytest.raises(GuideEditingError) as refused:
        guides.import_folder(people["admin"], tmp_path / "failing")
    assert refused.value.code == "tests_failed"

    broken = tmp_path / "broken"
    write_folder(guides, space, broken, "")
    (broken / "other.yaml").write_text("format: counterdesk-catalog/1\ncode: X\n",
                                       encoding="utf-8")
    with pytest.raises(GuideEditingError) as refused:
        guides.import_folder(people["admin"], broken)
    assert refused.value.code == "invalid" and refused.value.problems
    assert space.catalog.in_force(HOUSE, dt.date(2026, 11, 2)).version == dt.date(2024, 6, 1)


def test_the_list_puts_items_still_to_be_completed_first(guides, space, tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("事项名称,实施编码\n出生登记,ZZZ-0001\n", encoding="utf-8")
    import_item_list(space, listing)
    codes = [item.code for item in guides.items()]
    assert codes[0] == "ZZZ-0001" and codes[1:] == sorted(codes[1:])
