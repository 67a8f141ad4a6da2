"""Catalog files: what imports, what is rejected, and how the error reads."""

import datetime as dt
from pathlib import Path

import pytest

from counterdesk.domain.catalog import (
    Catalog,
    CatalogError,
    ItemKind,
    NoVersionInForceError,
)
from counterdesk.domain.catalog_format import item_to_data, parse_item
from counterdesk.services.catalog_files import load_file, load_path
from tests.conftest import FIXTURES, REPO

EXAMPLE = (FIXTURES / "example-item.yaml").read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, name: str = "item.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def only_problem(tmp_path: Path, text: str):
    with pytest.raises(CatalogError) as raised:
        load_file(write(tmp_path, text))
    assert len(raised.value.problems) == 1, raised.value
    return raised.value.problems[0]


def test_the_example_of_the_format_imports_unchanged():
    item = load_file(FIXTURES / "example-item.yaml")
    assert item.code == "EXAMPLE-0001" and item.version == dt.date(2026, 3, 1)
    assert item.kind == ItemKind.PROMISED
    assert [m.id for m in item.materials] == [
        "application", "marriage_proof", "agent_authorization", "tax_receipt"]
    assert item.material("marriage_proof").copies == 0
    assert item.material("tax_receipt").max_age_days == 90


def test_every_bundled_guide_is_valid():
    result = load_path(REPO / "data" / "catalog")
    assert result.ok, "\n".join(map(str, result.problems))
    assert len({item.code for item in result.items}) >= 2


def test_an_unknown_key_is_one_error_naming_file_item_key_and_line(tmp_path):
    problem = only_problem(tmp_path, EXAMPLE.replace("fee:", "fees:"))
    assert problem.key == "fees" and problem.item == "EXAMPLE-0001"
    assert problem.line == 14 and "unknown key" in problem.message
    assert str(problem).startswith(f"{tmp_path / 'item.yaml'}:14: item EXAMPLE-0001: key 'fees'")


def test_a_when_naming_an_unknown_option_is_rejected_with_its_line(tmp_path):
    problem = only_problem(tmp_path, EXAMPLE.replace("{by_agent: 是}", "{by_agent: 可能}"))
    assert problem.key == "materials[2].when.by_agent"
    assert "可能" in problem.message and problem.line == 41


def test_a_when_naming_an_unknown_question_is_rejected(tmp_path):
    problem = only_problem(tmp_path, EXAMPLE.replace("{by_agent: 是}", "{agent: 是}"))
    assert problem.key == "materials[2].when.agent"
    assert "names no question" in problem.message


def test_a_promised_limit_above_the_legal_limit_is_rejected(tmp_path):
    problem = only_problem(tmp_path, EXAMPLE.replace("promised_limit_days: 1 ",
                                                     "promised_limit_days: 31 "))
    assert problem.key == "promised_limit_days" and "exceeds the legal limit" in problem.message


def test_duplicate_material_ids_are_rejected(tmp_path):
    problem = only_problem(tmp_path, EXAMPLE.replace("id: tax_receipt", "id: application"))
    assert "duplicate material id 'application'" in problem.message


def test_a_wrong_type_says_what_was_expected(tmp_path):
    broken = EXAMPLE.replace("legal_limit_days: 30", "legal_limit_days: 三十")
    problem = only_problem(tmp_path, broken)
    assert problem.key == "legal_limit_days" and "whole number" in problem.message


def test_an_unquoted_phone_number_asks_for_quotes(tmp_path):
    problem = only_problem(tmp_path, EXAMPLE.replace('complaint: "12345"', "complaint: 12345"))
    assert problem.key == "phones.complaint" and "quotes" in problem.message


def test_a_key_given_twice_is_rejected(tmp_path):
    twice = "court: 微山县人民法院\ncourt: 济宁市中级人民法院"
    problem = only_problem(tmp_path, EXAMPLE.replace("court: 微山县人民法院", twice))
    assert problem.key == "court" and "twice" in problem.message


def test_broken_yaml_is_reported_with_its_line(tmp_path):
    problem = only_problem(tmp_path, EXAMPLE.replace("questions:", "questions: [", 1))
    assert "not valid YAML" in problem.message and problem.line


def test_every_problem_of_a_file_is_reported_at_once(tmp_path):
    text = EXAMPLE.replace("fee:", "fees:").replace("{by_agent: 是}", "{by_agent: 可能}")
    with pytest.raises(CatalogError) as raised:
        load_file(write(tmp_path, text))
    assert {p.key for p in raised.value.problems} == {"fees", "materials[2].when.by_agent"}


def test_nothing_of_a_folder_loads_when_one_file_is_bad(tmp_path):
    write(tmp_path, EXAMPLE, "good.yaml")
    write(tmp_path, EXAMPLE.replace("code: EXAMPLE-0001", "code: EXAMPLE-0002")
          .replace("kind: 承诺件", "kind: 加急件"), "bad.yaml")
    result = load_path(tmp_path)
    assert not result.ok and result.problems[0].item == "EXAMPLE-0002"


def test_inspected_originals_must_have_zero_copies(tmp_path):
    problem = only_problem(tmp_path, EXAMPLE.replace("    form: 查验原件\n",
                                                     "    form: 查验原件\n    copies: 2\n"))
    assert problem.key == "materials[1].copies"


def test_a_case_keeps_the_version_in_force_on_its_receipt_date():
    old = load_file(FIXTURES / "example-item.yaml")
    data = item_to_data(old)
    data["version"] = "2026-10-01"
    data["materials"] = data["materials"][:1]
    new = parse_item(data, "new")
    catalog = Catalog([new, old])
    assert catalog.in_force("EXAMPLE-0001", dt.date(2026, 9, 30)) is old
    assert catalog.in_force("EXAMPLE-0001", dt.date(2026, 10, 1)) is new
    with pytest.raises(NoVersionInForceError):
        catalog.in_force("EXAMPLE-0001", dt.date(2026, 2, 28))


def test_an_item_written_back_to_data_parses_to_the_same_item():
    item = load_file(FIXTURES / "example-item.yaml")
    assert parse_item(item_to_data(item), item.source) == item


def test_an_impossible_date_is_reported_against_its_key(tmp_path):
    problem = only_problem(tmp_path, EXAMPLE.replace("version: 2026-03-01", "version: 2026-02-30"))
    assert problem.key == "version" and "2026-02-30" in problem.message and problem.line == 4
