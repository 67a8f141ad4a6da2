"""A statistician reads a batch without the program: a data dictionary naming every column and
the meaning of every code, Chinese headers on request, the hall's local time, item names,
and ID numbers masked as on the printed documents."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from counterdesk.cli import main
from counterdesk.domain.hall_time import in_hall_time
from counterdesk.domain.ids import release_id
from counterdesk.export.columns import TABLES
from counterdesk.export.dictionary import (
    CODE_ENUMS,
    CODE_WORDS,
    CODED_COLUMNS,
    COLUMN_WORDS,
    DICTIONARY_NAME,
    codes_of,
)
from counterdesk.export.manifest import read_manifest
from counterdesk.services.catalog_service import import_bundled_if_empty
from counterdesk.services.demo import DemoSeeder
from counterdesk.services.exporting import export_batch
from counterdesk.services.workspace import Workspace
from tests.conftest import FakeClock
from tests.export.conftest import ITEM, RESIDENT_ID

TIMESTAMPS = {(table, name) for table, columns in TABLES.items()
              for name, kind in columns if kind == "timestamptz"}


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def rows_of(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def dictionary_codes(folder: Path) -> dict[tuple[str, str], dict[str, str]]:
    """(file, column) → {code: meaning} as the batch's dictionary file lists them."""
    listed: dict[tuple[str, str], dict[str, str]] = {}
    for row in read_csv(folder / DICTIONARY_NAME)[1:]:
        if row[5]:
            listed.setdefault((row[0], row[1]), {})[row[5]] = row[6]
    return listed


@pytest.fixture(scope="module")
def seeded_batch(tmp_path_factory) -> Path:
    """A demo-seeded PC (every outcome, status, review and rating) and its first batch."""
    home = tmp_path_factory.mktemp("seeded")
    space = Workspace(home, clock=FakeClock(dt.datetime(2026, 9, 30, 9, 30,
                                                        tzinfo=dt.UTC)))
    try:
        import_bundled_if_empty(space)
        DemoSeeder(space, seed=11).seed(400, 40)
        return export_batch(space, None, home / "out").folder
    finally:
        space.close()


# --- the dictionary -----------------------------------------------------------------------

def test_every_column_of_every_file_has_a_unique_chinese_name_and_a_meaning():
    for table, columns in TABLES.items():
        names = [name for name, _ in columns]
        assert list(COLUMN_WORDS[table]) == names, table
        chinese = [COLUMN_WORDS[table][name][0] for name in names]
        assert len(set(chinese)) == len(chinese), f"{table}: a Chinese name twice"
        for name in names:
            zh, meaning = COLUMN_WORDS[table][name]
            assert zh and meaning and not zh.isascii(), f"{table}.{name}"


@pytest.mark.parametrize("code_list", sorted(CODE_ENUMS))
def test_every_member_of_every_domain_enum_has_its_chinese_meaning(code_list):
    # WHEN the dictionary lists a code list taken from a domain enum
    listed = dict(codes_of(code_list))
    # THEN every member is there, with words (a new member without words fails here)
    for member in CODE_ENUMS[code_list]:
        assert listed.get(member.value), f"{code_list}: {member.value} has no Chinese meaning"


def test_the_review_codes_the_services_write_are_all_in_the_dictionary():
    from counterdesk.services.review import REVIEW_KINDS, REVIEW_STATUSES

    assert set(REVIEW_KINDS) <= set(CODE_WORDS["review_kind"])
    assert set(REVIEW_STATUSES) <= set(CODE_WORDS["review_status"])


def test_every_code_found_in_a_seeded_batch_is_explained_by_its_dictionary(seeded_batch):
    # GIVEN a batch of a PC with every kind of case, and its own dictionary file
    listed = dictionary_codes(seeded_batch)
    seen: dict[tuple[str, str], set[str]] = {}
    for (table, column) in CODED_COLUMNS:
        values = seen.setdefault((f"{table}.csv", column), set())
        for row in rows_of(seeded_batch, table):
            cell = row[column]
            if column == "problems":  # material:defect pairs
                values.update(pair.rsplit(":", 1)[1] for pair in cell.split(";") if pair)
            elif column in ("defects", "corrected", "reasons"):
                values.update(code for code in cell.split(";") if code)
            elif cell:
                values.add(cell)
    # THEN the batch holds codes of the main lists, and each one has its meaning listed
    assert {"accept", "supplement", "reject"} <= seen[("decisions.csv", "outcome")]
    assert len(seen[("cases.csv", "status")]) >= 4
    for key, values in seen.items():
        for value in values:
            assert listed.get(key, {}).get(value), f"{key}: code {value!r} is not explained"


def test_the_dictionary_file_is_in_the_manifest_hashed_and_lists_every_column(seeded_batch):
    manifest = read_manifest(seeded_batch)  # checks every listed file's SHA-256
    entry = {e["name"]: e for e in manifest["files"]}[DICTIONARY_NAME]
    rows = read_csv(seeded_batch / DICTIONARY_NAME)
    assert rows[0] == ["file", "column", "column_zh", "type", "meaning", "code",
                       "code_meaning"]
    assert entry["rows"] == len(rows) - 1 and manifest["dictionary"] == DICTIONARY_NAME
    described = {(row[0], row[1]) for row in rows[1:] if not row[5]}
    assert described == {(f"{t}.csv", name) for t, cols in TABLES.items() for name, _ in cols}
    assert ("cases.csv", "status", "已办结") in {(r[0], r[1], r[6]) for r in rows}


# --- times, item names, masking -----------------------------------------------------------

def test_every_timestamp_is_the_halls_local_time_with_its_offset(seeded_batch):
    # GIVEN a PC whose clock runs in UTC (its stored times end +00:00)
    found = 0
    for table, column in TIMESTAMPS:
        for row in rows_of(seeded_batch, table):
            if row[column]:
                found += 1
                # THEN each exported time is written as +08:00 time
                assert row[column].endswith("+08:00"), (table, column, row[column])
                assert dt.datetime.fromisoformat(row[column]).utcoffset() == \
                    dt.timedelta(hours=8)
    assert found > 400


def test_a_utc_time_on_the_pc_is_exported_as_the_same_moment_in_hall_time(make_pc, tmp_path,
                                                                           clock):
    # GIVEN a PC set to UTC that registers a case at 02:15 UTC
    clock.now = dt.datetime(2026, 12, 2, 2, 15, tzinfo=dt.UTC)
    pc = make_pc("W01")
    pc.register_and_accept()
    # WHEN it exports
    folder = export_batch(pc.space, None, tmp_path / "out").folder
    [case] = rows_of(folder, "cases")
    # THEN the time reads 10:15 in the hall, as the domain converts it
    assert case["registered_at"] == "2026-12-02T10:15:00+08:00"
    assert in_hall_time("2026-12-02T02:15:00+00:00") == case["registered_at"]
    assert json.loads((folder / "manifest.json").read_text())["created_at"].endswith("+08:00")


def test_cases_carry_the_item_name_beside_the_item_code(make_pc, tmp_path):
    pc = make_pc("W01")
    pc.register_and_accept()
    [case] = rows_of(export_batch(pc.space, None, tmp_path / "out").folder, "cases")
    name = pc.space.db.conn.execute("SELECT name FROM catalog_items WHERE code = ?",
                                    (ITEM,)).fetchone()[0]
    assert case["item_code"] == ITEM and case["item_name"] == name and name


def test_one_masking_function_serves_documents_and_exports():
    assert release_id(RESIDENT_ID) == "**************002X"
    assert release_id("E1234") == "*1234" and release_id("123") == "***"


# --- Chinese headers and the merge --------------------------------------------------------

def test_chinese_headers_from_the_shell_name_every_column_as_the_dictionary_does(
        make_pc, tmp_path, capsys):
    pc = make_pc("W01")
    pc.register_and_accept()
    assert main(["--home", str(pc.space.home), "export", "--out", str(tmp_path / "out"),
                 "--headers", "zh"]) == 0
    [folder] = (tmp_path / "out").iterdir()
    for table, columns in TABLES.items():
        assert read_csv(folder / f"{table}.csv")[0] == [
            COLUMN_WORDS[table][name][0] for name, _ in columns]
    assert read_csv(folder / DICTIONARY_NAME)[0][:3] == ["文件", "列名", "中文列名"]
    assert json.loads((folder / "manifest.json").read_text())["headers"] == "zh"


def test_an_unknown_header_style_is_refused_in_one_line(make_pc, tmp_path, capsys):
    pc = make_pc("W01")
    with pytest.raises(SystemExit) as stopped:
        main(["--home", str(pc.space.home), "export", "--out", str(tmp_path / "out"),
              "--headers", "fr"])
    assert stopped.value.code != 0
    assert "--headers" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def seeded_pc(home: Path, clock: FakeClock) -> Workspace:
    home.mkdir()
    space = Workspace(home, clock=clock)
    import_bundled_if_empty(space)
    DemoSeeder(space, seed=5).seed(150, 20)
    return space


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-([0-9a-f]{12})")


def hall_content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every merged row but its source id; ids by their per-seed serial part (two seeds
    alike differ only in the random head of their ids)."""
    from counterdesk.export.warehouse import connect

    def serial(value: object) -> object:
        found = UUID.fullmatch(value) if isinstance(value, str) else None
        return found.group(1) if found else value

    con = connect(path, read_only=True)
    try:
        return {table: sorted(tuple(serial(value) for value in row) for row in con.execute(
            f"SELECT * EXCLUDE (source_id) FROM {table}").fetchall()) for table in TABLES}
    finally:
        con.close()


def test_a_batch_with_chinese_headers_merges_to_the_same_content_as_one_with_english(
        tmp_path, clock):
    pytest.importorskip("duckdb")
    from counterdesk.export.merge import merge

    # GIVEN two PCs seeded alike, one exporting English headers and one Chinese
    batches = {}
    for style in ("en", "zh"):
        space = seeded_pc(tmp_path / f"pc-{style}", clock)
        try:
            batches[style] = export_batch(space, None, tmp_path / style, headers=style)
        finally:
            space.close()
    assert read_csv(batches["zh"].folder / "cases.csv")[0][:2] == ["案件标识", "窗口编号"]
    # WHEN each is merged into its own hall file
    for style in ("en", "zh"):
        merge([tmp_path / style], tmp_path / f"{style}.duckdb")
    # THEN both hold the same rows, times still parse, and the item names came along
    english, chinese = (hall_content(tmp_path / f"{s}.duckdb") for s in ("en", "zh"))
    assert english == chinese and len(english["cases"]) == 150
    from counterdesk.export.warehouse import connect

    con = connect(tmp_path / "zh.duckdb", read_only=True)
    try:
        hours = con.execute("SELECT MIN(epoch(CAST(decided_at AS TIMESTAMPTZ)) - epoch(CAST("
                            "c.registered_at AS TIMESTAMPTZ))) FROM decisions d JOIN cases c"
                            " ON c.uuid = d.case_uuid").fetchone()[0]
        named = con.execute("SELECT COUNT(*) FROM cases WHERE item_code IS NOT NULL AND"
                            " item_name IS NULL").fetchone()[0]
    finally:
        con.close()
    assert hours is not None and hours >= 0 and named == 0


def test_a_file_whose_header_names_an_unknown_column_is_refused(make_pc, tmp_path):
    pytest.importorskip("duckdb")
    from counterdesk.export.manifest import sha256_of
    from counterdesk.export.merge import MergeError, merge

    pc = make_pc("W01")
    pc.register_and_accept()
    folder = export_batch(pc.space, None, tmp_path / "out").folder
    path = folder / "ratings.csv"
    path.write_text("\ufeffuuid,window_id,oops\n", encoding="utf-8")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["name"] == "ratings.csv":
            entry["sha256"] = sha256_of(path)
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(MergeError, match="unknown column 'oops'"):
        merge([folder], tmp_path / "hall.duckdb")
    assert not (tmp_path / "hall.duckdb").exists()


def test_a_hall_file_from_before_item_names_takes_new_batches(make_pc, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    from counterdesk.export.merge import merge

    # GIVEN a hall file whose raw_cases table has no item_name column (an older version)
    pc = make_pc("W01")
    pc.register_and_accept()
    merge([export_batch(pc.space, None, tmp_path / "a").folder], tmp_path / "hall.duckdb")
    con = duckdb.connect(str(tmp_path / "hall.duckdb"))
    con.execute("ALTER TABLE raw_cases DROP COLUMN item_name")
    con.close()
    # WHEN a new batch is merged into it
    pc.register_and_accept("李四")
    export_batch(pc.space, None, tmp_path / "a")
    result = merge([tmp_path / "a"], tmp_path / "hall.duckdb")
    # THEN it loads, with the new case's item name
    assert result.rows["cases"] == 2
    con = duckdb.connect(str(tmp_path / "hall.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT COUNT(item_name) FROM cases").fetchone()[0] >= 1
    finally:
        con.close()


# --- figures ------------------------------------------------------------------------------

def test_the_statistics_figures_carry_no_id_number_masked_or_full(space, people, tmp_path):
    from counterdesk.services.stats import StatsService
    from tests.export.conftest import WindowPC

    pc = WindowPC(space, people["clerk"], people["supervisor"])
    pc.register_and_accept()
    service = StatsService(space)
    board = service.dashboard(people["supervisor"], dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    written = service.export_csv(people["supervisor"], board, tmp_path / "figures")
    text = "".join(path.read_text(encoding="utf-8-sig") for path in written)
    assert written and RESIDENT_ID not in text and release_id(RESIDENT_ID) not in text
    assert "id_number" not in text and "002X" not in text
    by_item = board.figure("volume_by_item")
    assert by_item.columns[:2] == ("item_code", "item_name") and by_item.rows[0][1]


def test_a_manifest_naming_an_unknown_header_style_is_refused(make_pc, tmp_path):
    from counterdesk.export.manifest import ManifestError

    pc = make_pc("W01")
    pc.register_and_accept()
    folder = export_batch(pc.space, None, tmp_path / "out").folder
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["headers"] = "fr"
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ManifestError, match="headers must be en or zh"):
        read_manifest(folder)


# --- layering -----------------------------------------------------------------------------

def test_the_export_package_imports_only_the_domain_the_store_and_private_files():
    import ast

    allowed = ("counterdesk.domain", "counterdesk.store", "counterdesk.export",
               "counterdesk.private_files")
    package = Path(__file__).resolve().parents[2] / "counterdesk" / "export"
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                if name.startswith("counterdesk"):
                    assert name.startswith(allowed), f"{path.name} imports {name}"


@pytest.mark.parametrize("stored", ["2026-12-02T02:15:00+00:00", "2026-12-02T10:15:00+08:00",
                                    "2026-12-02T10:15:00.250000+08:00",
                                    "2026-12-01T21:15:00-05:00", "2026-12-31T23:59:59+00:00",
                                    "2026-12-02T10:15:00"])
def test_the_export_sql_and_the_domain_agree_on_the_halls_time(stored):
    import sqlite3

    from counterdesk.store.export_repo import hall_time_sql

    [(exported,)] = sqlite3.connect(":memory:").execute(
        f"SELECT {hall_time_sql(':at')}", {"at": stored}).fetchall()
    assert exported == in_hall_time(stored)
