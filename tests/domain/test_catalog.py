"""Catalog files: what imports, what is rejected, and how the error reads."""

import datetime as dt
import time
from pathlib import Path

import pytest

from counterdesk.domain.catalog import (
    LICENSING_LAW_BASIS,
    Catalog,
    CatalogError,
    Category,
    Issuer,
    ItemKind,
    ItemStatus,
    NoticeTiming,
    NoVersionInForceError,
    Procedure,
)
from counterdesk.domain.catalog_format import item_to_data, parse_item
from counterdesk.services.catalog_files import catalog_files, load_file, load_path
from tests.conftest import FIXTURES, REPO

EXAMPLE = (FIXTURES / "example-item.yaml").read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, name: str = "item.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, fragment: str) -> int:
    """The 1-based line of the first line holding the fragment, so tests follow the fixture."""
    return next(number for number, line in enumerate(text.splitlines(), 1) if fragment in line)


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
    line = line_of(EXAMPLE, "fee:")
    assert problem.line == line and "unknown key" in problem.message
    assert str(problem).startswith(
        f"{tmp_path / 'item.yaml'}:{line}: item EXAMPLE-0001: key 'fees'")


def test_a_when_naming_an_unknown_option_is_rejected_with_its_line(tmp_path):
    problem = only_problem(tmp_path, EXAMPLE.replace("{by_agent: 是}", "{by_agent: 可能}"))
    assert problem.key == "materials[2].when.by_agent"
    assert "可能" in problem.message and problem.line == line_of(EXAMPLE, "{by_agent: 是}")


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
    assert problem.key == "version" and "2026-02-30" in problem.message
    assert problem.line == line_of(EXAMPLE, "version:")


def problem_at(tmp_path: Path, text: str, key: str, fragment: str):
    """The one problem of the text: it names the item, the key and the line of the fragment."""
    problem = only_problem(tmp_path, text)
    assert (problem.item, problem.key) == ("EXAMPLE-0001", key), problem
    assert problem.line == line_of(text, fragment), problem
    return problem


def with_material_lines(lines: str) -> str:
    """The example with extra keys on its tax receipt (the last material)."""
    return EXAMPLE.replace("    name: 契税完税证明\n", "    name: 契税完税证明\n" + lines)


def without_block(text: str, start: str, end: str) -> str:
    return text[:text.index(start)] + text[text.index(end):]


@pytest.mark.parametrize(("old", "new", "key", "fragment"), [
    ("fee: 住宅每件80元，非住宅每件550元；小微企业免收", "fee: 80", "fee", "fee: 80"),
    ("court: 微山县人民法院", "court: [a]", "court", "court: [a]"),
    ("notice: on_the_spot ", "notice: later ", "procedure.notice", "notice: later"),
    ("deemed_accepted: true ", "deemed_accepted: 是 ", "procedure.deemed_accepted",
     "deemed_accepted: 是"),
    ("notice_days: 5 ", "notice_days: 0 ", "procedure.notice_days", "notice_days: 0"),
    ("category: 行政确认", "category: 行政服务", "category", "category: 行政服务"),
    ("seal: 微山县不动产登记中心不动产登记专用章", "stamp: 专用章", "issuer.stamp", "stamp:"),
])
def test_a_wrong_value_of_a_new_key_is_one_error_naming_file_item_key_and_line(
        tmp_path, old, new, key, fragment):
    assert old in EXAMPLE
    problem = problem_at(tmp_path, EXAMPLE.replace(old, new), key, fragment)
    assert str(problem).startswith(f"{tmp_path / 'item.yaml'}:{problem.line}: item EXAMPLE-0001")


def test_an_issuer_written_as_text_asks_for_a_mapping(tmp_path):
    text = without_block(EXAMPLE, "issuer:", "applicants:").replace(
        "applicants:", "issuer: 微山县自然资源和规划局\napplicants:")
    problem = problem_at(tmp_path, text, "issuer", "issuer:")
    assert "mapping" in problem.message


def test_an_issuer_without_a_name_is_rejected(tmp_path):
    text = EXAMPLE.replace("  name: 微山县自然资源和规划局         # default", "  # default")
    problem = problem_at(tmp_path, text, "issuer.name", "issuer:")
    assert "missing" in problem.message


@pytest.mark.parametrize(("lines", "key", "fragment"), [
    ('    proof: "yes"\n', "materials[3].proof", "proof:"),
    ("    shared: [税务部门]\n", "materials[3].shared", "shared:"),
    ("    legal_basis: {law: 条例}\n", "materials[3].legal_basis", "legal_basis: {law"),
    ("    tolerable: 1\n", "materials[3].tolerable", "tolerable:"),
    ("    tolerable_days: 5\n", "materials[3].tolerable_days", "tolerable_days:"),
    ("    tolerable: true\n    tolerable_days: 0\n", "materials[3].tolerable_days",
     "tolerable_days:"),
])
def test_a_wrong_value_of_a_new_material_key_names_the_material_key_and_line(
        tmp_path, lines, key, fragment):
    problem_at(tmp_path, with_material_lines(lines), key, fragment)


def test_tolerable_days_without_tolerable_says_what_it_needs(tmp_path):
    problem = only_problem(tmp_path, with_material_lines("    tolerable_days: 5\n"))
    assert "tolerable: true" in problem.message


def test_a_commitment_replacing_an_unknown_material_is_rejected_with_its_line(tmp_path):
    text = EXAMPLE.replace("kind: 承诺件", "kind: 承诺件\ncommitment: true\n"
                                         "commitment_replaces: [tax_receipt, deed]")
    problem = problem_at(tmp_path, text, "commitment_replaces[1]", "commitment_replaces:")
    assert "'deed'" in problem.message


def test_commitment_replaces_needs_commitment(tmp_path):
    text = EXAMPLE.replace("kind: 承诺件", "kind: 承诺件\ncommitment_replaces: [tax_receipt]")
    problem = problem_at(tmp_path, text, "commitment_replaces", "commitment_replaces:")
    assert "commitment: true" in problem.message


def test_commitment_must_be_true_or_false(tmp_path):
    problem_at(tmp_path, EXAMPLE.replace("kind: 承诺件", "kind: 承诺件\ncommitment: 是"),
               "commitment", "commitment:")


def test_a_non_licence_citing_the_licensing_law_is_refused(tmp_path):
    text = EXAMPLE.replace("basis: 《不动产登记暂行条例》第十七条",
                           "basis: 《中华人民共和国行政许可法》第三十二条")
    problem = problem_at(tmp_path, text, "procedure.basis", "basis:")
    assert "行政确认" in problem.message and "行政许可法" in problem.message


def test_a_licence_may_cite_the_licensing_law(tmp_path):
    text = EXAMPLE.replace("category: 行政确认", "category: 行政许可").replace(
        "basis: 《不动产登记暂行条例》第十七条", "basis: 《中华人民共和国行政许可法》第三十二条")
    assert load_file(write(tmp_path, text)).procedure.cites_licensing_law


def test_a_licence_without_procedure_follows_article_32_of_the_licensing_law(tmp_path):
    text = without_block(EXAMPLE, "procedure:", "issuer:").replace("category: 行政确认",
                                                                   "category: 行政许可")
    assert load_file(write(tmp_path, text)).procedure == Procedure(
        basis=LICENSING_LAW_BASIS, notice=NoticeTiming.WORKDAYS, notice_days=5,
        deemed_accepted=True)


def test_a_non_licence_without_procedure_has_the_same_timing_but_no_law_and_no_deeming(
        tmp_path):
    item = load_file(write(tmp_path, without_block(EXAMPLE, "procedure:", "issuer:")))
    assert item.category == Category.CONFIRMATION
    assert item.procedure == Procedure(basis=None, notice=NoticeTiming.WORKDAYS, notice_days=5,
                                       deemed_accepted=False)
    assert not item.procedure.cites_licensing_law


def test_a_non_licence_procedure_deems_acceptance_only_where_the_file_says_so(tmp_path):
    own_rule = "procedure:\n  basis: 《某某条例》第九条\n  notice_days: 3\n"
    text = without_block(EXAMPLE, "procedure:", "issuer:").replace("issuer:", own_rule + "issuer:")
    item = load_file(write(tmp_path, text))
    assert item.procedure == Procedure(basis="《某某条例》第九条", notice=NoticeTiming.WORKDAYS,
                                       notice_days=3, deemed_accepted=False)


def test_the_example_reads_its_procedure_and_issuer():
    item = load_file(FIXTURES / "example-item.yaml")
    assert item.procedure == Procedure(basis="《不动产登记暂行条例》第十七条",
                                       notice=NoticeTiming.ON_THE_SPOT, notice_days=5,
                                       deemed_accepted=True)
    assert item.issuer == Issuer("微山县自然资源和规划局", "微山县不动产登记中心不动产登记专用章")


def test_an_incomplete_item_may_have_no_materials_and_cannot_be_decided(tmp_path):
    text = EXAMPLE[:EXAMPLE.index("materials:")] + "status: 待完善\nmaterials: []\n"
    item = load_file(write(tmp_path, text))
    assert item.status == ItemStatus.INCOMPLETE and item.materials == ()
    assert not item.decidable


@pytest.mark.parametrize("materials", ["materials: []\n", "materials:\n"])
def test_a_complete_item_without_materials_is_rejected(tmp_path, materials):
    problem = problem_at(tmp_path, EXAMPLE[:EXAMPLE.index("materials:")] + materials,
                         "materials", "materials:")
    assert "待完善" in problem.message


def test_an_unknown_status_is_rejected(tmp_path):
    problem_at(tmp_path, EXAMPLE.replace("kind: 承诺件", "kind: 承诺件\nstatus: 草稿"),
               "status", "status:")


def test_an_item_with_every_new_key_written_back_to_data_parses_to_the_same_item(tmp_path):
    text = EXAMPLE.replace("kind: 承诺件", "kind: 承诺件\ncommitment: true\n"
                                         "commitment_replaces: [tax_receipt]")
    text = text.replace("    form: 查验原件\n", "    form: 查验原件\n    proof: true\n"
                        "    legal_basis: [《婚姻登记条例》第七条, 《户口登记条例》第四条]\n")
    text = text.replace("    name: 授权委托书\n", "    name: 授权委托书\n    tolerable: true\n"
                        "    tolerable_days: 7\n")
    text = text.replace("    source: 税务部门\n", "    shared: 税务部门\n")
    item = load_file(write(tmp_path, text))
    assert item.commitment and item.commitment_replaces == ("tax_receipt",)
    assert item.material("marriage_proof").proof
    assert item.material("agent_authorization").tolerable_days == 7
    assert item.material("tax_receipt").shared == "税务部门"
    assert parse_item(item_to_data(item), item.source) == item


@pytest.mark.parametrize("category", list(Category))
def test_every_category_round_trips_with_and_without_its_default_procedure(category):
    item = load_file(FIXTURES / "example-item.yaml")
    data = item_to_data(item) | {"category": category.value}
    for procedure in (None, {"basis": "《某某条例》第九条", "notice": "workdays",
                             "notice_days": 10, "deemed_accepted": True}):
        data = {k: v for k, v in data.items() if k != "procedure"}
        if procedure:
            data["procedure"] = procedure
        parsed = parse_item(data, "x")
        assert parse_item(item_to_data(parsed), "x") == parsed


def test_an_incomplete_item_round_trips(tmp_path):
    text = EXAMPLE[:EXAMPLE.index("materials:")] + "status: 待完善\nmaterials: []\n"
    item = load_file(write(tmp_path, text))
    assert parse_item(item_to_data(item), item.source) == item


BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_billion_laughs_fails_fast_with_one_clear_message(tmp_path):
    started = time.perf_counter()
    problem = only_problem(tmp_path, EXAMPLE + BILLION_LAUGHS)
    assert time.perf_counter() - started < 1
    assert "aliases" in problem.message and problem.line == line_of(EXAMPLE + BILLION_LAUGHS, "&a")


def test_an_alias_alone_is_refused(tmp_path):
    text = EXAMPLE.replace("court: 微山县人民法院", "court: &court 微山县人民法院\nwindow2: *court")
    problem = only_problem(tmp_path, text)
    assert "anchors and aliases" in problem.message


@pytest.mark.parametrize("deep", ["[" * 100_000 + "]" * 100_000,
                                  "".join(f"{'  ' * level}k{level}:\n" for level in range(60)),
                                  "a: " + "{b: " * 5_000 + "1" + "}" * 5_000])
def test_deep_nesting_is_refused_with_a_message_not_a_recursion_error(tmp_path, deep):
    started = time.perf_counter()
    problem = only_problem(tmp_path, deep)
    assert time.perf_counter() - started < 1
    assert "nested more than 50 levels" in problem.message and problem.line


def test_nesting_a_guide_needs_is_accepted(tmp_path):
    assert load_file(write(tmp_path, EXAMPLE)).code == "EXAMPLE-0001"


def test_an_oversized_file_is_refused_without_being_parsed(tmp_path):
    text = EXAMPLE + "#" + "注" * 400_000 + "\n"
    problem = only_problem(tmp_path, text)
    assert "larger than 1024 KiB" in problem.message


def test_a_folder_skips_the_item_tests_beside_its_items(tmp_path):
    write(tmp_path, EXAMPLE, "EXAMPLE-0001.yaml")
    write(tmp_path, "- name: not an item\n", "EXAMPLE-0001.tests.yaml")
    write(tmp_path, "- name: not an item\n", "EXAMPLE-0001.tests.yml")
    assert catalog_files(tmp_path) == [tmp_path / "EXAMPLE-0001.yaml"]
    result = load_path(tmp_path)
    assert result.ok and [item.code for item in result.items] == ["EXAMPLE-0001"]
