"""The retention rule: `counterdesk purge --before DATE` anonymises the personal data of cases
finished before that day, keeps what the statistics need, is audited, and `audit verify`
still passes afterwards."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from conftest import ALL_PRESENT, ANSWERS, PERSON, register

from counterdesk.cli import main
from counterdesk.domain.retention import ANONYMISED_NAME, latest_cutoff, scrub, years_before
from counterdesk.services.casework import CaseworkService
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import IntakeService, SubmissionInput
from counterdesk.services.integrity import verify_log
from counterdesk.services.office import OfficeService, SettingsError
from counterdesk.services.retention import RetentionError, purge
from counterdesk.services.workspace import Workspace

LATER = dt.datetime(2032, 10, 8, 10, tzinfo=dt.timezone(dt.timedelta(hours=8)))
OTHER = dataclasses.replace(PERSON, name="李四海", id_number="110105196001010033",
                            phone="13900000000")


@pytest.fixture
def finished(space, people):
    """In 2026: one case completed (with a receipt and a referral note), one consultation
    closed, one case left open; in 2031 one more completed."""
    clerk = people["clerk"]
    intake, casework = IntakeService(space), CaseworkService(space)
    completed = register(space, clerk)
    receipt = intake.decide(clerk, completed.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    casework.refer(clerk, completed.id, "W02", "", "申请人说13800000000白天联系")
    casework.complete(clerk, completed.id, "已发证，本人领取，电话13800000000")
    closed = register(space, clerk)
    casework.close_consultation(clerk, closed.id, "已答复，申请人住幸福路8号")
    still_open = register(space, clerk)
    space.clock.set_day(dt.date(2031, 6, 2))
    recent = IntakeService(space).register(clerk, dataclasses.replace(
        _registration(), applicant=OTHER))
    intake.decide(clerk, recent.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    casework.complete(clerk, recent.id, "已发证")
    space.clock.now = LATER
    return {"completed": completed, "closed": closed, "open": still_open, "recent": recent,
            "receipt": receipt}


def _registration():
    from conftest import ITEM

    from counterdesk.domain.cases import Channel, Purpose
    from counterdesk.services.intake import Registration

    return Registration(Purpose.APPLY, Channel.ONSITE, PERSON, ITEM)


def case_row(space, case_id):
    return dict(space.db.conn.execute("SELECT * FROM cases WHERE id = :id",
                                      {"id": case_id}).fetchone())


def set_rule(space, admin, years: str):
    OfficeService(space).save(admin, {"retention_years": years})


def test_purge_anonymises_finished_cases_and_keeps_their_statistics(space, people, finished):
    # GIVEN a retention rule of 5 years
    set_rule(space, people["admin"], "5")
    before = {key: case_row(space, finished[key].id) for key in finished if key != "receipt"}
    # WHEN cases finished before 2027 are purged
    done = purge(space, dt.date(2027, 1, 1), by="command line")
    # THEN the two finished in 2026 lost their personal data
    assert done.count == 2
    for key in ("completed", "closed"):
        row = case_row(space, finished[key].id)
        assert row["applicant_name"] == ANONYMISED_NAME
        assert row["id_number"] == row["phone"] == row["note"] == row["result"] == ""
        # AND keep what the statistics count
        for column in ("tracking_no", "item_code", "status", "registered_at", "closed_at",
                       "received_on", "accepted_on", "applicant_kind", "id_type"):
            assert row[column] == before[key][column]
    # AND the open and the recent case are untouched
    for key in ("open", "recent"):
        assert case_row(space, finished[key].id) == before[key]
    # AND the receipt keeps its number, loads, and names no one
    document_id = finished["receipt"].document_id
    row, document = DocumentService(space).load(document_id)
    assert row["doc_no"] == finished["receipt"].doc_no
    assert document.applicant.name == ANONYMISED_NAME and document.applicant.id_number == ""
    # AND no event, document or search term of those cases holds the name, ID or phone
    conn = space.db.conn
    texts = [r[0] for r in conn.execute(
        "SELECT details FROM case_events WHERE case_id IN (:a, :b) UNION ALL"
        " SELECT body FROM documents WHERE case_id IN (:a, :b)",
        {"a": finished["completed"].id, "b": finished["closed"].id})]
    for secret in (PERSON.name, PERSON.id_number, PERSON.phone, "幸福路"):
        assert not any(secret in text for text in texts)
    terms = {r[0] for r in conn.execute(
        "SELECT t.case_rowid FROM case_name_terms t WHERE t.term = '王小明'")}
    open_rowid = conn.execute("SELECT rowid FROM cases WHERE id = :id",
                              {"id": finished["open"].id}).fetchone()[0]
    assert terms == {open_rowid}
    # AND the audit log is intact and says who purged what
    assert verify_log(space).ok
    entry = conn.execute("SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1"
                         ).fetchone()
    details = json.loads(entry[1])
    assert entry[0] == "purge" and details["by"] == "command line"
    assert details["before"] == "2027-01-01" and details["count"] == 2
    assert details["retention_years"] == 5
    assert sorted(details["cases"]) == sorted([finished["completed"].id,
                                               finished["closed"].id])


def test_a_second_purge_finds_nothing_more_and_verify_still_passes(space, people, finished):
    set_rule(space, people["admin"], "5")
    assert purge(space, dt.date(2027, 1, 1), by="command line").count == 2
    assert purge(space, dt.date(2027, 1, 1), by="command line").count == 0
    assert verify_log(space).ok


def test_an_edit_after_the_purge_is_still_caught_by_verify(space, people, finished):
    set_rule(space, people["admin"], "5")
    purge(space, dt.date(2027, 1, 1), by="command line")
    space.db.conn.execute("UPDATE cases SET applicant_name = '王小明' WHERE id = :id",
                          {"id": finished["closed"].id})
    verdict = verify_log(space)
    assert not verdict.ok and "changed outside the program" in verdict.findings[0].message


def at_later(monkeypatch):
    """The shell's commands run on LATER (2032-10-08)."""
    from counterdesk.services import paths

    monkeypatch.setattr("counterdesk.cli.trust_cmd.workspace", lambda args: Workspace(
        paths.home_dir(args.home), clock=lambda: LATER))


def test_a_dry_run_counts_and_changes_nothing(space, people, finished, capsys, monkeypatch):
    at_later(monkeypatch)
    set_rule(space, people["admin"], "5")
    space.close()
    home = str(space.home)
    file_before = (space.home / "counterdesk.sqlite3").read_bytes()
    assert main(["--home", home, "purge", "--before", "2027-01-01", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("2 case(s) closed before 2027-01-01 would be")
    assert (space.home / "counterdesk.sqlite3").read_bytes() == file_before


@pytest.mark.parametrize("rule, args, words", [
    ("5", ["--before", "2028-01-01"], "inside the retention rule of 5 year(s): the latest "
                                      "day allowed is"),
    ("", ["--before", "2027-01-01"], "add --yes"),
    ("", ["--before", "2099-01-01", "--yes"], "after today"),
    ("", ["--before", "2027-13-01", "--yes"], "2027-13-01"),
    ("", ["--before", "20270101", "--yes"], "20270101"),
])
def test_a_purge_outside_the_rule_is_one_line_and_changes_nothing(
        space, people, finished, capsys, monkeypatch, rule, args, words):
    at_later(monkeypatch)
    if rule:
        set_rule(space, people["admin"], rule)
    space.close()
    file_before = (space.home / "counterdesk.sqlite3").read_bytes()
    code = main(["--home", str(space.home), "purge", *args])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and words in err
    assert (space.home / "counterdesk.sqlite3").read_bytes() == file_before


def test_without_a_rule_yes_purges_from_the_shell(space, people, finished, capsys,
                                                  monkeypatch):
    at_later(monkeypatch)
    space.close()
    assert main(["--home", str(space.home), "purge", "--before", "2027-01-01", "--yes"]) == 0
    assert capsys.readouterr().out.startswith("anonymised 2 case(s) closed before 2027-01-01")
    again = Workspace(space.home)
    assert verify_log(again).ok
    again.close()


def test_the_purged_names_do_not_linger_in_the_database_file(space, people, finished):
    set_rule(space, people["admin"], "1")
    assert purge(space, dt.date(2031, 10, 1), by="command line").count == 3
    space.close()
    raw = b"".join(path.read_bytes() for path in space.home.glob("counterdesk.sqlite3*"))
    assert PERSON.id_number.encode() not in raw and OTHER.id_number.encode() not in raw


@pytest.mark.parametrize("value", ["0", "-1", "abc", "101", "1.5"])
def test_a_retention_setting_that_is_not_whole_years_is_refused(space, people, value):
    with pytest.raises(SettingsError, match="retention_years"):
        set_rule(space, people["admin"], value)


def test_an_empty_retention_setting_means_no_rule(space, people, finished):
    set_rule(space, people["admin"], "5")
    set_rule(space, people["admin"], "")
    with pytest.raises(RetentionError) as caught:
        purge(space, dt.date(2027, 1, 1), by="command line")
    assert caught.value.code == "no_rule"


def test_the_latest_cutoff_is_the_same_day_years_earlier():
    assert latest_cutoff(dt.date(2032, 10, 8), 5) == dt.date(2027, 10, 8)
    assert years_before(dt.date(2032, 2, 29), 1) == dt.date(2031, 2, 28)


def test_scrub_empties_personal_text_and_keeps_codes_and_shape():
    body = {"applicant": {"name": "王小明", "id_number": "1101", "kind": "person",
                          "agent": {"name": "李四", "id_number": "2202", "relation": "子女"}},
            "reason": "out_of_jurisdiction", "header": {"doc_number": "政服受〔2026〕1号",
                                                        "clerk_name": "张敏"},
            "problems": [{"material_name": "身份证", "detail": "王小明未签字"}]}
    assert scrub(body) == {
        "applicant": {"name": ANONYMISED_NAME, "id_number": "", "kind": "person",
                      "agent": {"name": ANONYMISED_NAME, "id_number": "", "relation": "子女"}},
        "reason": "out_of_jurisdiction", "header": {"doc_number": "政服受〔2026〕1号",
                                                    "clerk_name": "张敏"},
        "problems": [{"material_name": "身份证", "detail": ""}]}
