"""`counterdesk catalog lint` and `counterdesk catalog test`: checks a hall runs on its guides."""

import json
import textwrap

import yaml

from counterdesk.cli import main
from tests.conftest import FIXTURES, REPO

EXAMPLE = (FIXTURES / "example-item.yaml").read_text(encoding="utf-8")
BUNDLED = REPO / "data" / "catalog"

# The example scenario of catalog-format.md, without its item: a married couple without the
# marriage certificate and with a tax receipt older than 90 days.
INCOMPLETE = {
    "received_on": "2026-09-30",
    "answers": {"applicant_type": "夫妻", "by_agent": "否"},
    "materials": {"application": {"copies": 1, "defects": ["unsigned"],
                                  "corrected": ["unsigned"]},
                  "marriage_proof": {"defects": ["missing"]},
                  "tax_receipt": {"copies": 1, "issued_on": "2026-05-01"}},
}
COMPLETE = {
    "received_on": "2026-09-30",
    "answers": {"applicant_type": "个人", "by_agent": "否"},
    "materials": {"application": {}, "tax_receipt": {"issued_on": "2026-09-01"}},
}
PROBLEMS = [{"material": "marriage_proof", "name": "结婚证或户口簿", "defect": "missing"},
            {"material": "tax_receipt", "name": "契税完税证明", "defect": "expired"}]


def case(name, scenario, **expect):
    return {"name": name, "scenario": scenario, "expect": expect}


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_item(folder, text=EXAMPLE, name="EXAMPLE-0001"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def write_tests(folder, tests, name="EXAMPLE-0001"):
    """Tests as data (written as YAML) or as the YAML text itself."""
    path = folder / f"{name}.tests.yaml"
    if not isinstance(tests, str):  # through JSON: shared dicts would be dumped as aliases
        tests = yaml.safe_dump(json.loads(json.dumps(tests)), allow_unicode=True,
                               sort_keys=False)
    path.write_text(textwrap.dedent(tests), encoding="utf-8")
    return path


def with_tax_receipt(lines: str) -> str:
    return EXAMPLE.replace("    name: 契税完税证明\n", "    name: 契税完税证明\n" + lines)


# --- lint ---------------------------------------------------------------------------------

def test_lint_lists_each_proof_without_a_legal_basis_as_one_line(capsys, tmp_path):
    item = write_item(tmp_path, with_tax_receipt("    proof: true\n"))
    code, out, _ = run(capsys, "catalog", "lint", str(tmp_path))
    assert code == 1
    assert out.splitlines() == [
        f"{item}: item EXAMPLE-0001: material tax_receipt (契税完税证明): "
        f"证明材料 without legal_basis"]


def test_lint_passes_a_proof_that_names_its_law(capsys, tmp_path):
    write_item(tmp_path, with_tax_receipt("    proof: true\n    legal_basis: 《契税法》第九条\n"))
    code, out, _ = run(capsys, "catalog", "lint", str(tmp_path))
    assert code == 0 and "no proofs without a legal basis" in out


def test_lint_of_a_catalog_that_does_not_load_prints_the_load_errors(capsys, tmp_path):
    write_item(tmp_path, EXAMPLE.replace("fee:", "fees:"))
    code, out, err = run(capsys, "catalog", "lint", str(tmp_path))
    assert code == 1 and out == "" and "key 'fees'" in err


def test_the_bundled_catalog_has_no_proof_without_a_legal_basis(capsys):
    code, out, err = run(capsys, "catalog", "lint", str(BUNDLED))
    assert code == 0, out + err


# --- test ---------------------------------------------------------------------------------

def test_item_tests_that_hold_pass_with_a_summary(capsys, tmp_path):
    write_item(tmp_path)
    write_tests(tmp_path, [
        case("缺结婚证且完税证明过期，当场告知", INCOMPLETE, outcome="supplement",
             notice_due="2026-09-30", problems=PROBLEMS),
        case("材料齐全，受理", COMPLETE, outcome="accept", promised_date="2026-10-08",
             problems=[])])
    code, out, err = run(capsys, "catalog", "test", str(tmp_path))
    assert (code, out, err) == (0, "2 passed, 0 failed\n", "")


def test_dates_may_be_written_without_quotes(capsys, tmp_path):
    write_item(tmp_path)
    write_tests(tmp_path, """\
        - name: 材料齐全，受理
          scenario:
            received_on: 2026-09-30
            answers: {applicant_type: 个人, by_agent: 否}
            materials: {application: {}, tax_receipt: {issued_on: 2026-09-01}}
          expect: {outcome: accept, promised_date: 2026-10-08}
        """)
    assert run(capsys, "catalog", "test", str(tmp_path))[:2] == (0, "1 passed, 0 failed\n")


def test_a_failing_item_test_names_file_test_and_each_differing_key(capsys, tmp_path):
    write_item(tmp_path)
    tests = write_tests(tmp_path, [
        case("以为五个工作日内告知", INCOMPLETE, outcome="supplement", notice_due="2026-10-13",
             reason=None),
        case("以为可以受理", INCOMPLETE, outcome="accept", deemed_accepted=True)])
    code, out, _ = run(capsys, "catalog", "test", str(tmp_path))
    assert code == 1
    assert out.splitlines() == [
        f"{tests}: test '以为五个工作日内告知': notice_due: expected \"2026-10-13\", "
        f"got \"2026-09-30\"",
        f"{tests}: test '以为可以受理': outcome: expected \"accept\", got \"supplement\"; "
        f"deemed_accepted: expected true, got false",
        "0 passed, 2 failed"]


def test_expected_problems_are_compared_as_the_whole_list(capsys, tmp_path):
    write_item(tmp_path)
    write_tests(tmp_path, [case("只列一项", INCOMPLETE, problems=PROBLEMS[:1])])
    code, out, _ = run(capsys, "catalog", "test", str(tmp_path))
    assert code == 1 and "problems: expected [" in out and "expired" in out


def test_a_late_decision_is_tested_as_deemed_accepted(capsys, tmp_path):
    write_item(tmp_path)
    late = INCOMPLETE | {"decided_on": "2026-10-09"}
    write_tests(tmp_path, [case("当场未告知，视为受理", late, outcome="accept",
                                deemed_accepted=True, promised_date="2026-10-08")])
    code, out, _ = run(capsys, "catalog", "test", str(tmp_path))
    assert (code, out) == (0, "1 passed, 0 failed\n")


def test_items_without_tests_and_nested_folders_are_fine(capsys, tmp_path):
    write_item(tmp_path / "a")
    write_item(tmp_path / "b", EXAMPLE.replace("EXAMPLE-0001", "EXAMPLE-0002"), "EXAMPLE-0002")
    write_tests(tmp_path / "b", [case("受理", COMPLETE, outcome="accept")], "EXAMPLE-0002")
    assert run(capsys, "catalog", "test", str(tmp_path))[:2] == (0, "1 passed, 0 failed\n")


def test_one_item_file_runs_its_own_tests(capsys, tmp_path):
    item = write_item(tmp_path)
    write_tests(tmp_path, [case("受理", COMPLETE, outcome="accept")])
    assert run(capsys, "catalog", "test", str(item))[:2] == (0, "1 passed, 0 failed\n")


def malformed(capsys, tmp_path, tests):
    write_item(tmp_path)
    path = write_tests(tmp_path, tests)
    code, out, err = run(capsys, "catalog", "test", str(tmp_path))
    assert code == 1 and out == "" and len(err.splitlines()) == 1, err
    assert str(path) in err
    return err


def test_a_tests_file_that_is_not_a_list_is_one_error(capsys, tmp_path):
    assert "must be a list of tests" in malformed(capsys, tmp_path, "name: 受理\n")


def test_an_entry_without_expect_names_its_entry(capsys, tmp_path):
    err = malformed(capsys, tmp_path, [case("受理", COMPLETE, outcome="accept"),
                                       {"name": "没有期望", "scenario": COMPLETE}])
    assert "test 2" in err and "name, scenario, expect" in err


def test_a_scenario_naming_an_item_is_refused(capsys, tmp_path):
    scenario = COMPLETE | {"item": "EXAMPLE-0001"}
    err = malformed(capsys, tmp_path, [case("指定事项", scenario, outcome="accept")])
    assert "'指定事项'" in err and "must not name an item" in err


def test_an_expect_key_the_decision_does_not_have_is_refused(capsys, tmp_path):
    err = malformed(capsys, tmp_path, [case("受理", COMPLETE, result="accept")])
    assert "unknown key(s) result" in err


def test_a_scenario_the_item_cannot_decide_names_the_test(capsys, tmp_path):
    scenario = COMPLETE | {"materials": {"deed": {}}}
    err = malformed(capsys, tmp_path, [case("未知材料", scenario, outcome="accept")])
    assert "test '未知材料'" in err and "no material 'deed'" in err


def test_two_tests_with_one_name_are_refused(capsys, tmp_path):
    err = malformed(capsys, tmp_path, [case("受理", COMPLETE, outcome="accept")] * 2)
    assert "used twice" in err


def test_a_tests_file_with_aliases_is_refused_like_a_catalog_file(capsys, tmp_path):
    err = malformed(capsys, tmp_path, """\
        - name: 受理
          scenario: &s {received_on: 2026-09-30}
          expect: {outcome: accept}
        - name: 同上
          scenario: *s
          expect: {outcome: accept}
        """)
    assert "aliases" in err


def test_a_tests_file_without_its_item_file_is_an_error(capsys, tmp_path):
    write_item(tmp_path)
    write_tests(tmp_path, "- {name: x, scenario: {}, expect: {outcome: accept}}\n",
                "EXAMPLE-0009")
    code, _, err = run(capsys, "catalog", "test", str(tmp_path))
    assert code == 1 and "EXAMPLE-0009.tests.yaml: no item file EXAMPLE-0009.yaml" in err


def test_item_tests_of_a_catalog_that_does_not_load_print_the_load_errors(capsys, tmp_path):
    write_item(tmp_path, EXAMPLE.replace("kind: 承诺件", "kind: 加急件"))
    code, _, err = run(capsys, "catalog", "test", str(tmp_path))
    assert code == 1 and "key 'kind'" in err


def test_every_bundled_guide_has_tests_and_they_pass(capsys):
    items = sorted(p for p in BUNDLED.glob("*.yaml") if not p.name.endswith(".tests.yaml"))
    assert all(p.with_name(p.stem + ".tests.yaml").is_file() for p in items)
    code, out, _ = run(capsys, "catalog", "test", str(BUNDLED))
    assert code == 0 and out.endswith(" 0 failed\n"), out
    assert int(out.split()[0]) >= 2 * len(items)


def test_the_bundled_catalog_still_validates(capsys):
    code, out, err = run(capsys, "catalog", "validate", str(BUNDLED))
    assert code == 0, err
