"""Incremental CSV batches from several window PCs merge into one DuckDB view, each row once."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from counterdesk.cli import main
from counterdesk.export.columns import TABLES
from counterdesk.export.merge import MergeError, merge
from counterdesk.services.casework import CaseworkService
from counterdesk.services.exporting import export_batch
from tests.export.conftest import RESIDENT_ID

duckdb = pytest.importorskip("duckdb")


def case_ids(pc) -> set[str]:
    return {row[0] for row in pc.space.db.conn.execute("SELECT id FROM cases")}


def merged(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_three_windows_with_a_second_batch_merge_to_exactly_the_union_of_their_cases(
        make_pc, tmp_path, day_two):
    pcs = [make_pc(window) for window in ("W01", "W02", "W03")]
    for index, pc in enumerate(pcs):
        for n in range(index + 2):
            pc.register_and_accept("申请人" + "零一二"[index] + "甲乙丙丁"[n])
    out = tmp_path / "exports"
    first = [export_batch(pc.space, None, out) for pc in pcs]
    assert [result.batch_no for result in first] == [1, 1, 1]
    # GIVEN more work on one PC after its first batch: a new case and a completed one
    day_two()
    changed = next(iter(case_ids(pcs[0])))
    CaseworkService(pcs[0].space).complete(pcs[0].clerk, changed, "已办结")
    new_case = pcs[0].register_and_accept("新申请人")
    second = export_batch(pcs[0].space, None, out)
    assert second.batch_no == 2
    assert second.rows["cases"] == 2  # only the changed and the new case
    # WHEN every batch is merged
    hall = tmp_path / "hall.duckdb"
    result = merge([out], hall)
    # THEN each case appears once, in its latest version
    expected = set().union(*(case_ids(pc) for pc in pcs))
    rows = merged(hall, "SELECT uuid, status, window_id FROM cases")
    assert {row[0] for row in rows} == expected and len(rows) == len(expected)
    assert dict((row[0], row[1]) for row in rows)[changed] == "completed"
    assert new_case in {row[0] for row in rows}
    assert result.rows["cases"] == len(expected) == 10
    assert {row[2] for row in rows} == {"W01", "W02", "W03"}
    decisions = sum(pc.space.db.conn.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]
                    for pc in pcs)
    assert result.rows["decisions"] == decisions


def test_merging_the_same_batches_again_adds_nothing(make_pc, tmp_path):
    pc = make_pc("W01")
    pc.register_and_accept()
    export_batch(pc.space, None, tmp_path / "out")
    hall = tmp_path / "hall.duckdb"
    merge([tmp_path / "out"], hall)
    again = merge([tmp_path / "out"], hall)
    assert again.loaded == [] and len(again.skipped) == 1 and again.rows["cases"] == 1


def test_an_export_with_nothing_changed_writes_no_batch_and_the_series_has_no_gap(
        make_pc, tmp_path):
    pc = make_pc("W01")
    pc.register_and_accept("甲")
    export_batch(pc.space, None, tmp_path / "one")
    unchanged = export_batch(pc.space, None, tmp_path / "idle")
    assert unchanged.folder is None and unchanged.batch_no == 1 and unchanged.rows == {}
    assert not (tmp_path / "idle").exists()
    pc.register_and_accept("乙")
    second = export_batch(pc.space, None, tmp_path / "two")
    assert second.batch_no == 2 and second.rows["cases"] == 1
    with pytest.raises(MergeError, match="batch 1 of source .* is missing"):
        merge([tmp_path / "two"], tmp_path / "hall.duckdb")
    assert merge([tmp_path / "one", tmp_path / "two"], tmp_path / "hall.duckdb"
                 ).rows["cases"] == 2


def test_a_tampered_file_fails_the_manifest_check_naming_the_file(make_pc, tmp_path, capsys):
    pc = make_pc("W01")
    pc.register_and_accept()
    result = export_batch(pc.space, None, tmp_path / "out")
    decisions = result.folder / "decisions.csv"
    decisions.write_text(decisions.read_text(encoding="utf-8-sig").replace("accept", "reject"),
                         encoding="utf-8-sig")
    with pytest.raises(MergeError) as raised:
        merge([tmp_path / "out"], tmp_path / "hall.duckdb")
    assert str(decisions) in str(raised.value) and "SHA-256" in str(raised.value)
    code = main(["merge", str(tmp_path / "out"), "--out", str(tmp_path / "h2.duckdb")])
    assert code == 1 and "decisions.csv" in capsys.readouterr().err


def test_the_default_export_masks_resident_id_numbers_as_the_applicants_document_does(
        make_pc, tmp_path):
    from counterdesk.domain.cases import Applicant, ApplicantKind
    from counterdesk.domain.documents import CopyKind
    from counterdesk.printing.layout import id_for_copy

    pc = make_pc("W01")
    pc.register_and_accept()
    result = export_batch(pc.space, None, tmp_path / "out")
    raw = (result.folder / "cases.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    printed = id_for_copy(Applicant(ApplicantKind.PERSON, "王小明", id_number=RESIDENT_ID),
                          CopyKind.APPLICANT)
    assert rows[0]["id_number"] == printed == "**************002X"
    assert b"11010519491231002X" not in b"".join(
        path.read_bytes() for path in result.folder.iterdir())


def test_full_ids_need_a_supervisor_and_are_audited(make_pc, tmp_path):
    from counterdesk.services.accounts import PermissionDenied

    pc = make_pc("W01")
    pc.register_and_accept()
    with pytest.raises(PermissionDenied):
        export_batch(pc.space, pc.clerk, tmp_path / "a", full_ids=True)
    result = export_batch(pc.space, pc.supervisor, tmp_path / "b", full_ids=True)
    rows = list(csv.DictReader((result.folder / "cases.csv").read_text(
        encoding="utf-8-sig").splitlines()))
    assert rows[0]["id_number"] == "11010519491231002X"
    actions = [row[0] for row in pc.space.db.conn.execute(
        "SELECT action FROM audit_log WHERE actor_id = ?", (pc.supervisor.user_id,))]
    assert "export_full_ids" in actions


def test_every_file_has_the_documented_columns_and_the_manifest_lists_it(make_pc, tmp_path):
    pc = make_pc("W01")
    pc.register_and_accept()
    result = export_batch(pc.space, None, tmp_path / "out")
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert {entry["name"] for entry in manifest["files"]} == {f"{t}.csv" for t in TABLES} | {
        "data_dictionary.csv"}
    for table, columns in TABLES.items():
        with (result.folder / f"{table}.csv").open(encoding="utf-8-sig") as handle:
            header = next(csv.reader(handle))
        assert header == [name for name, _ in columns]
        assert header[:2] == ["uuid", "window_id"]
    assert {e["name"]: e["rows"] for e in manifest["files"]}["cases.csv"] == 1


def test_the_documented_postgresql_ddl_is_the_one_the_code_defines():
    from counterdesk.export.columns import postgres_ddl

    doc = (Path(__file__).resolve().parents[2] / "docs" / "export-format.md").read_text(
        encoding="utf-8")
    assert postgres_ddl() in doc
    for table, columns in TABLES.items():
        for name, _ in columns:
            assert f"`{name}`" in doc, f"{table}.{name} is not in the column dictionary"


def test_a_period_extract_is_outside_the_batch_series(make_pc, tmp_path):
    import datetime as dt

    pc = make_pc("W01")
    pc.register_and_accept()
    extract = export_batch(pc.space, None, tmp_path / "x", dt.date(2026, 9, 1),
                           dt.date(2026, 9, 30))
    assert extract.batch_no is None and extract.rows["cases"] == 1
    assert export_batch(pc.space, None, tmp_path / "y").batch_no == 1
    with pytest.raises(MergeError, match="period extract"):
        merge([tmp_path / "x"], tmp_path / "hall.duckdb")
