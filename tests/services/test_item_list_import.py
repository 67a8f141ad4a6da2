"""`counterdesk catalog import-list`: a province's item list (实施清单) as guides marked 待完善."""

import datetime as dt
import json
import time

import pytest
from openpyxl import Workbook

from counterdesk.cli import main
from counterdesk.domain.catalog import Category, ItemKind, ItemStatus
from counterdesk.domain.item_list import ItemListError, parse_workdays
from counterdesk.services.item_list_import import import_item_list, read_table
from counterdesk.services.workspace import Workspace

HEADERS = ["序号", "事项名称", "事项编码", "实施编码", "实施主体", "事项类型", "办件类型",
           "法定办结时限", "承诺办结时限"]
LONG_CODE = "511Z07001006-511602000000-000-11511301008778183N-1-00"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def listed_codes(capsys):
    """`catalog list` by code (its columns), or nothing when no catalog is imported."""
    code, out, _ = run(capsys, "catalog", "list")
    if code != 0:
        return {}
    return {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}


def write_csv(path, rows, encoding="utf-8"):
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding=encoding)
    return path


def row(name, code, department="宜宾市翠屏区民政局", category="行政确认", kind="承诺件",
        legal="20个工作日", promised="10"):
    return [name, "", code, department, category, kind, legal, promised]


CSV_HEADERS = HEADERS[1:]


def test_a_spreadsheet_of_1100_rows_imports_in_one_command_in_seconds(
        capsys, tmp_path, private_home):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["宜宾市翠屏区政务服务事项实施清单"])
    sheet.append(HEADERS)
    kinds = [("行政许可", "承诺件", "20个工作日", "5"), ("公共服务", "即办件", "即办", "即办"),
             ("行政处罚", "承诺件", 30, 15), ("行政给付", "承诺", "20工作日", "10个工作日")]
    for number in range(1, 1101):
        category, kind, legal, promised = kinds[number % len(kinds)]
        code = f"511Z07{number:06d}-511602000000-000-11511301008778183N-1-00"
        sheet.append([number, f"事项{number}", f"511Z07{number:06d}", code, "宜宾市翠屏区民政局",
                      category, kind, legal, promised])
    path = tmp_path / "清单.xlsx"
    workbook.save(path)
    started = time.perf_counter()
    code, out, err = run(capsys, "catalog", "import-list", str(path))
    assert time.perf_counter() - started < 10
    assert code == 0, err
    assert "imported 1100 item(s) marked 待完善" in out
    listed = listed_codes(capsys)
    first = listed["511Z07000001-511602000000-000-11511301008778183N-1-00"]
    assert first[3:] == ["事项1", "宜宾市翠屏区民政局", "待完善"]
    assert "37082600ZR-QR-0012" in listed, "the bundled guides stay beside the list"
    space = Workspace(private_home)
    try:
        item = space.catalog.in_force("511Z07000004-511602000000-000-11511301008778183N-1-00",
                                      space.today())
    finally:
        space.close()
    assert item.status == ItemStatus.INCOMPLETE and item.materials == ()
    assert item.category == Category.LICENSE and item.kind == ItemKind.PROMISED
    assert (item.legal_limit_days, item.promised_limit_days) == (20, 5)
    assert item.issuer.name == "宜宾市翠屏区民政局" and item.version == space.today()


def test_row_values_are_read_as_the_lists_write_them(tmp_path, space):
    path = write_csv(tmp_path / "list.csv", [CSV_HEADERS,
                     row("低保", "A-001", category="行政给付", kind="承诺", promised="10工作日"),
                     row("检查", "A-002", category="行政检查", kind="即办", legal="即办",
                         promised=""),
                     row("处罚", "A-003", category="其他", kind="", legal="", promised="5"),
                     row("查询", "A-004", category="公共服务", kind="即办件", legal="3",
                         promised="0")])
    report = import_item_list(space, path, version=dt.date(2026, 3, 1))
    items = {listed.item.code: listed.item for listed in report.imported}
    assert (items["A-001"].category, items["A-001"].kind) == (Category.BENEFIT, ItemKind.PROMISED)
    assert (items["A-001"].legal_limit_days, items["A-001"].promised_limit_days) == (20, 10)
    assert items["A-002"].category == Category.OTHER_POWER
    assert (items["A-002"].kind, items["A-002"].legal_limit_days) == (ItemKind.IMMEDIATE, 0)
    assert items["A-003"].category == Category.OTHER_POWER
    assert (items["A-003"].legal_limit_days, items["A-003"].kind) == (5, ItemKind.PROMISED)
    assert (items["A-004"].legal_limit_days, items["A-004"].promised_limit_days) == (3, 0)
    assert all(item.version == dt.date(2026, 3, 1) for item in items.values())
    assert not items["A-004"].procedure.cites_licensing_law


@pytest.mark.parametrize(("text", "days"), [("20", 20), ("20个工作日", 20), ("20工作日", 20),
                                            ("即办", 0), ("即办件", 0), (" 15 个工作日 ", 15),
                                            ("20天", None), ("20个自然日", None), ("无", None)])
def test_time_limits_are_working_days_or_nothing(text, days):
    assert parse_workdays(text) == days


def test_a_csv_with_bad_rows_is_refused_naming_each_row(capsys, tmp_path):
    path = write_csv(tmp_path / "list.csv", [
        CSV_HEADERS,
        row("好事项", "GOOD-001"),
        row("", "NO-NAME"),
        row("斜杠编码", "A/001"),
        row("重复一", "DUP-001"),
        row("重复二", "DUP-001"),
        row("未知类型", "CAT-001", category="行政服务"),
        row("时限不明", "DAYS-001", legal="20天"),
        row("承诺超时", "OVER-001", legal="5", promised="10"),
        row("即办有时限", "KIND-001", kind="即办件", legal="5", promised="3"),
        row("空格 编码", "A 001"),
    ])
    code, out, err = run(capsys, "catalog", "import-list", str(path))
    assert code == 1 and out == ""
    lines = err.splitlines()
    for number, why in [(3, "missing 事项名称"), (4, "bad code 'A/001'"),
                        (5, "code DUP-001 is also on row(s) 6"),
                        (6, "code DUP-001 is also on row(s) 5"),
                        (7, "unknown 事项类型 '行政服务'"),
                        (8, "bad time limit 法定办结时限 '20天'"),
                        (9, "exceeds the legal limit"), (10, "即办件 must have 0"),
                        (11, "bad code 'A 001'")]:
        assert any(line.startswith(f"{path}: row {number}: ") and why in line
                   for line in lines), (number, err)
    assert "row 2:" not in err and "nothing imported: 9 bad row(s)" in lines[-1]
    assert listed_codes(capsys) == {}


def test_skip_bad_rows_imports_the_good_ones_and_names_the_others(capsys, tmp_path):
    path = write_csv(tmp_path / "list.csv", [CSV_HEADERS, row("好事项", "GOOD-001"),
                                            row("斜杠编码", "A/001"), row("好事项二", LONG_CODE)])
    code, out, err = run(capsys, "catalog", "import-list", str(path), "--skip-bad-rows")
    assert code == 0 and "row 3: 斜杠编码: bad code" in err
    assert "imported 2 item(s) marked 待完善, skipped 0, 1 bad row(s) left out" in out
    listed = listed_codes(capsys)
    assert {"GOOD-001", LONG_CODE} <= set(listed) and "A/001" not in listed


def test_map_reads_a_list_with_its_own_headers(capsys, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["办理项名称", "编号", "部门"],
                                            ["出生登记", "B-0001", "翠屏区公安分局"]])
    code, out, err = run(capsys, "catalog", "import-list", str(path), "--map", "办理项名称=name",
                         "--map", "编号=code", "--map", "部门=department")
    assert code == 0, err
    assert listed_codes(capsys)["B-0001"][3:] == ["出生登记", "翠屏区公安分局", "待完善"]


def test_a_list_without_a_code_column_asks_for_map(capsys, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["事项名称", "编号"], ["出生登记", "B-0001"]])
    code, _, err = run(capsys, "catalog", "import-list", str(path))
    assert code == 1 and "no column 实施编码 or 事项编码" in err and "--map HEADER=code" in err


def test_map_to_an_unknown_field_is_a_usage_error(capsys, tmp_path):
    path = write_csv(tmp_path / "list.csv", [CSV_HEADERS, row("好事项", "GOOD-001")])
    with pytest.raises(SystemExit):
        main(["catalog", "import-list", str(path), "--map", "编号=number"])
    assert "HEADER=FIELD" in capsys.readouterr().err


def test_implementation_code_wins_over_the_shared_item_code(tmp_path, space):
    path = write_csv(tmp_path / "list.csv", [["事项名称", "事项编码", "实施编码"],
                                            ["出生登记", "000112001000", LONG_CODE],
                                            ["死亡登记", "000112002000", ""]])
    report = import_item_list(space, path)
    assert [listed.item.code for listed in report.imported] == [LONG_CODE, "000112002000"]


def test_a_guide_already_complete_is_not_overwritten(capsys, tmp_path, space):
    path = write_csv(tmp_path / "list.csv", [CSV_HEADERS,
                                            row("购买商品房登记", "37082600ZR-QR-0012"),
                                            row("新事项", "NEW-0001")])
    report = import_item_list(space, path)
    assert [listed.item.code for listed in report.skipped] == ["37082600ZR-QR-0012"]
    space.reload_catalog()
    assert space.catalog.in_force("37082600ZR-QR-0012", space.today()).decidable
    assert not space.catalog.in_force("NEW-0001", space.today()).decidable


def test_the_import_is_audited_like_a_catalog_import(tmp_path, space):
    path = write_csv(tmp_path / "list.csv", [CSV_HEADERS, row("新事项", "NEW-0001")])
    import_item_list(space, path, version=dt.date(2026, 9, 1))
    action, details = space.db.conn.execute(
        "SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "catalog_import"
    assert json.loads(details)["versions"] == ["NEW-0001@2026-09-01"]


def test_dry_run_shows_the_rows_and_imports_nothing(capsys, tmp_path):
    path = write_csv(tmp_path / "list.csv", [CSV_HEADERS, row("新事项", "NEW-0001")])
    code, out, _ = run(capsys, "catalog", "import-list", str(path), "--dry-run")
    assert code == 0 and "row 2\tNEW-0001\t新事项" in out and "would import 1 item(s)" in out
    assert listed_codes(capsys) == {}


def test_item_version_sets_the_version(capsys, tmp_path):
    path = write_csv(tmp_path / "list.csv", [CSV_HEADERS, row("新事项", "NEW-0001")])
    assert run(capsys, "catalog", "import-list", str(path), "--item-version", "2026-01-01")[0] == 0
    assert listed_codes(capsys)["NEW-0001"][1] == "2026-01-01"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "utf-8"])
def test_csv_is_read_in_utf8_with_or_without_bom_and_in_gb18030(tmp_path, encoding):
    path = write_csv(tmp_path / "list.csv", [CSV_HEADERS, row("婚姻登记", "C-001")], encoding)
    assert read_table(path)[1][1][:3] == ["婚姻登记", "", "C-001"]


def test_a_file_that_is_no_list_is_one_clear_error(capsys, tmp_path):
    fake = tmp_path / "list.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    code, _, err = run(capsys, "catalog", "import-list", str(fake))
    assert code == 1 and "not a readable .xlsx" in err and len(err.splitlines()) == 1
    with pytest.raises(ItemListError, match=r"\.xlsx or \.csv"):
        read_table(tmp_path / "list.xls")
