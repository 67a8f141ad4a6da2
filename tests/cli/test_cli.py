"""The `counterdesk` command as scripts and reviewers use it."""

import json
import subprocess
import sys

import pytest

from counterdesk.cli import main
from tests.conftest import FIXTURES, REPO

EXAMPLE_ITEM = FIXTURES / "example-item.yaml"
EXAMPLE_SCENARIO = FIXTURES / "example-scenario.json"


def _chinesecalendar_knows_2027() -> bool:
    import chinese_calendar

    return any(day.year == 2027 for day in chinese_calendar.holidays)


# These tests are about a year the State Council has not published yet (2027 at the time of
# writing); a chinesecalendar release carrying 2027 makes them moot, not wrong.
needs_undeclared_2027 = pytest.mark.skipif(_chinesecalendar_knows_2027(),
                                           reason="chinesecalendar already knows 2027")


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _example_with_default_procedure(tmp_path):
    """The example item as a guide without its `procedure:` block (five working days)."""
    text = EXAMPLE_ITEM.read_text(encoding="utf-8")
    start, end = text.index("procedure:"), text.index("issuer:")
    path = tmp_path / "example.yaml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    return path


def test_check_prints_exactly_the_contract_decision_for_the_example(capsys, tmp_path):
    catalog = _example_with_default_procedure(tmp_path)
    code, out, err = run(capsys, "check", str(EXAMPLE_SCENARIO), "--catalog", str(catalog))
    assert code == 0 and err == ""
    assert json.loads(out) == {
        "outcome": "supplement", "reason": None,
        "problems": [
            {"material": "marriage_proof", "name": "结婚证或户口簿", "defect": "missing"},
            {"material": "tax_receipt", "name": "契税完税证明", "defect": "expired"}],
        "notice_due": "2026-10-13", "promised_date": None, "deemed_accepted": False,
        "provisional": False}


def test_check_on_the_spot_example_is_due_the_day_of_receipt_and_deemed_accepted_later(
        capsys, tmp_path):
    code, out, _ = run(capsys, "check", str(EXAMPLE_SCENARIO), "--catalog", str(EXAMPLE_ITEM))
    assert code == 0 and json.loads(out)["notice_due"] == "2026-09-30"
    late = json.loads(EXAMPLE_SCENARIO.read_text(encoding="utf-8")) | {"decided_on": "2026-10-09"}
    path = tmp_path / "late.json"
    path.write_text(json.dumps(late, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path), "--catalog", str(EXAMPLE_ITEM))
    decision = json.loads(out)
    assert decision["outcome"] == "accept" and decision["deemed_accepted"] is True
    assert decision["promised_date"] == "2026-10-08" and len(decision["problems"]) == 2


@needs_undeclared_2027
def test_check_of_a_supplement_received_on_28_december_gives_a_provisional_date(
        capsys, tmp_path):
    scenario = json.loads(EXAMPLE_SCENARIO.read_text(encoding="utf-8"))
    scenario["received_on"] = "2026-12-28"
    scenario["materials"]["tax_receipt"]["issued_on"] = "2026-12-01"
    path = tmp_path / "december.json"
    path.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    catalog = _example_with_default_procedure(tmp_path)
    code, out, err = run(capsys, "check", str(path), "--catalog", str(catalog))
    decision = json.loads(out)
    # 29, 30, 31 December; 1 January is New Year's Day; Monday 4 and Tuesday 5 January.
    assert code == 0 and err == ""
    assert decision["notice_due"] == "2027-01-05" and decision["provisional"] is True


@pytest.mark.parametrize("scenario, words", [
    ({"item": "NO-SUCH-ITEM", "received_on": "2026-09-30"}, "unknown service item"),
    ({"item": "EXAMPLE-0001", "received_on": "2026-13-01"}, "not a valid date"),
    ({"item": "EXAMPLE-0001", "received_on": "2026-09-30",
      "answers": {"by_agent": "也许"}}, "not among the options"),
    ({"item": "EXAMPLE-0001", "received_on": "2026-09-30",
      "materials": {"deed": {}}}, "no material 'deed'"),
    ({"item": "EXAMPLE-0001", "received_on": "2026-09-30",
      "materials": {"application": {"defects": ["torn"]}}}, "unknown defect"),
])
def test_a_bad_scenario_exits_non_zero_with_one_error_line(capsys, tmp_path, scenario, words):
    path = tmp_path / "s.json"
    path.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "check", str(path), "--catalog", str(EXAMPLE_ITEM))
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and words in err


def test_a_scenario_that_is_not_json_is_one_clear_error(capsys, tmp_path):
    path = tmp_path / "s.json"
    path.write_text("{item:", encoding="utf-8")
    code, _, err = run(capsys, "check", str(path), "--catalog", str(EXAMPLE_ITEM))
    assert code == 1 and "not valid JSON" in err


def test_check_uses_the_bundled_catalog_when_none_is_imported(capsys, tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"item": "53011400SC-DJ-0001", "received_on": "2026-09-30",
                                "answers": {"by_agent": "否", "prior_permit": "否"},
                                "materials": {"application": {}, "operator_id": {},
                                              "premises_proof": {}}}), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0
    assert json.loads(out)["outcome"] == "accept"
    assert json.loads(out)["promised_date"] == "2026-09-30"  # 即办件


def test_workdays_add_counts_the_make_up_saturdays(capsys):
    assert run(capsys, "workdays", "add", "2026-09-30", "5")[1] == "2026-10-13\n"
    assert run(capsys, "workdays", "add", "2026-02-13", "1")[1] == "2026-02-14\n"


def test_workdays_between_counts_after_the_first_day(capsys):
    assert run(capsys, "workdays", "between", "2026-09-30", "2026-10-13")[1] == "5\n"


@needs_undeclared_2027
def test_workdays_into_an_undeclared_year_print_the_date_and_a_provisional_note(capsys):
    code, out, err = run(capsys, "workdays", "add", "2026-12-31", "1")
    assert code == 0 and out == "2027-01-04\n"
    assert len(err.strip().splitlines()) == 1 and "provisional" in err and "2027" in err


def test_id_check_prints_kind_validity_and_reason(capsys):
    code, out, _ = run(capsys, "id", "check", "11010519491231002x")
    assert code == 0
    assert json.loads(out) == {"kind": "resident_id", "valid": True, "reason": None}
    code, out, _ = run(capsys, "id", "check", "110105194912310021")
    assert code == 1 and json.loads(out)["reason"] == "checksum"


def test_the_bundled_catalog_validates(capsys):
    code, out, err = run(capsys, "catalog", "validate", str(REPO / "data" / "catalog"))
    assert code == 0, err


def test_a_broken_catalog_is_not_imported_at_all(capsys, tmp_path):
    good = EXAMPLE_ITEM.read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(good, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(good.replace("EXAMPLE-0001", "EXAMPLE-0002")
                                     .replace("fee:", "cost:"), encoding="utf-8")
    code, _, err = run(capsys, "catalog", "import", str(tmp_path))
    fee_line = next(n for n, line in enumerate(good.splitlines(), 1) if line.startswith("fee:"))
    assert code == 1 and f"b.yaml:{fee_line}: item EXAMPLE-0002: key 'cost'" in err
    code, _, err = run(capsys, "catalog", "list")
    assert code == 1 and "no catalog is imported" in err


def test_an_imported_catalog_is_listed_and_used(capsys, tmp_path):
    assert run(capsys, "catalog", "import", str(EXAMPLE_ITEM))[0] == 0
    code, out, _ = run(capsys, "catalog", "list")
    assert code == 0 and "EXAMPLE-0001\t2026-03-01" in out
    code, out, _ = run(capsys, "check", str(EXAMPLE_SCENARIO))
    assert code == 0 and json.loads(out)["outcome"] == "supplement"


def test_home_option_wins_over_the_environment(capsys, tmp_path):
    other = tmp_path / "other"
    assert run(capsys, "--home", str(other), "catalog", "import", str(EXAMPLE_ITEM))[0] == 0
    assert (other / "counterdesk.sqlite3").exists()


def test_the_console_script_runs_as_a_module():
    result = subprocess.run([sys.executable, "-m", "counterdesk", "--version"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0 and result.stdout.startswith("counterdesk ")


def test_a_year_declared_by_hand_makes_deadlines_into_it_computable(capsys):
    # GIVEN no official 2027 schedule is installed (test-only dates, not the real notice)
    code, _, err = run(capsys, "workdays", "declare-year", "2027", "--holidays",
                       "2027-01-01", "--workdays", "2027-01-02")
    assert code == 0, err
    # THEN Friday Jan 1 rests and Saturday Jan 2 works
    assert run(capsys, "workdays", "add", "2026-12-31", "1")[1] == "2027-01-02\n"


@pytest.mark.parametrize("args, words", [
    (["2026", "--holidays", "2026-10-01"], "official 2026 schedule"),
    (["2027", "--holidays", "2027-01-01", "--workdays", "2027-01-04"], "is a weekday"),
    (["2027", "--holidays", "2028-01-01"], "not in 2027"),
])
def test_a_wrong_year_declaration_is_refused_with_the_reason(capsys, args, words):
    code, _, err = run(capsys, "workdays", "declare-year", *args)
    assert code == 1 and words in err
