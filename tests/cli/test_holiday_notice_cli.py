"""`workdays parse-notice` and `declare-year --from-notice`: the State Council notice, read
whole, stored as its year, audited, and replacing an earlier declaration completely."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from counterdesk.cli import main
from counterdesk.services import backup, restore
from tests.cli.test_cli import needs_undeclared_2027
from tests.conftest import FIXTURES

NOTICE_2026 = FIXTURES / "notices" / "2026.txt"
# An invented 2027 notice (the real one is not published at the time of writing).
NOTICE_2027 = FIXTURES / "notices-test" / "2027-invented.txt"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_notice_prints_the_year_its_days_off_and_its_make_up_workdays(capsys):
    code, out, err = run(capsys, "workdays", "parse-notice", str(NOTICE_2026))
    parsed = json.loads(out)
    assert code == 0 and err == ""
    assert parsed["year"] == 2026
    assert "2026-02-15" in parsed["holidays"] and "2026-10-07" in parsed["holidays"]
    assert parsed["workdays"] == ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09",
                                  "2026-09-20", "2026-10-10"]


def test_a_notice_it_cannot_read_whole_is_one_line_naming_the_line(capsys, tmp_path):
    broken = tmp_path / "notice.txt"
    text = NOTICE_2026.read_text(encoding="utf-8").replace("9月25日", "9月31日")
    broken.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "workdays", "parse-notice", str(broken))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "line" in err


def test_parse_notice_of_a_file_that_is_not_text_is_a_clear_error(capsys, tmp_path):
    binary = tmp_path / "notice.txt"
    binary.write_bytes(b"\xff\xfe\x00garbage" * 10)
    code, _, err = run(capsys, "workdays", "parse-notice", str(binary))
    assert code == 1 and "UTF-8" in err


@needs_undeclared_2027
def test_declaring_the_notice_makes_its_year_known_and_audit_verify_still_passes(
        capsys, private_home):
    code, _, err = run(capsys, "workdays", "add", "2027-02-04", "1")
    assert "provisional" in err
    code, _, _ = run(capsys, "workdays", "declare-year", "2027", "--from-notice",
                     str(NOTICE_2027))
    assert code == 0
    # 5–12 February off, Saturday 20 February a make-up workday: nothing provisional.
    code, out, err = run(capsys, "workdays", "add", "2027-02-04", "1")
    assert out == "2027-02-15\n" and err == ""
    code, out, err = run(capsys, "workdays", "add", "2027-02-19", "1")
    assert out == "2027-02-20\n"
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 0, out


@needs_undeclared_2027
def test_declaring_a_year_again_replaces_it_completely(capsys, tmp_path):
    run(capsys, "workdays", "declare-year", "2027", "--holidays", "2027-01-01,2027-03-03")
    # The corrected declaration no longer lists Wednesday 3 March.
    run(capsys, "workdays", "declare-year", "2027", "--from-notice", str(NOTICE_2027))
    code, out, _ = run(capsys, "workdays", "add", "2027-03-02", "1")
    assert out == "2027-03-03\n"
    assert run(capsys, "audit", "verify")[0] == 0


@needs_undeclared_2027
def test_a_backup_taken_after_declaring_a_year_restores(capsys, private_home):
    run(capsys, "workdays", "declare-year", "2027", "--from-notice", str(NOTICE_2027))
    made = backup.manual_backup(private_home, dt.datetime(2026, 12, 2, 12))
    restore.restore(private_home, made, dt.datetime(2026, 12, 2, 13))
    assert run(capsys, "audit", "verify")[0] == 0
    assert run(capsys, "workdays", "add", "2027-02-04", "1")[1] == "2027-02-15\n"


@pytest.mark.parametrize("args, words", [
    (["2026", "--from-notice", str(NOTICE_2026)], "already has the official 2026"),
    (["2028", "--from-notice", str(NOTICE_2027)], "the notice is for 2027"),
    (["0", "--holidays", "2027-01-01"], "1901"),
    (["2027"], "--from-notice"),
])
def test_a_declaration_that_cannot_be_used_is_refused_in_one_line(capsys, args, words):
    code, out, err = run(capsys, "workdays", "declare-year", *args)
    assert code == 1 and out == "" and words in err and len(err.strip().splitlines()) == 1


@needs_undeclared_2027
def test_a_declared_year_exported_on_one_pc_imports_on_another(capsys, tmp_path, monkeypatch):
    run(capsys, "workdays", "declare-year", "2027", "--from-notice", str(NOTICE_2027))
    hall_file = tmp_path / "hall-2027.yaml"
    code, out, _ = run(capsys, "workdays", "export-year", "2027", "--out", str(hall_file))
    assert code == 0 and hall_file.exists()
    monkeypatch.setenv("COUNTERDESK_HOME", str(tmp_path / "other-pc"))
    code, out, err = run(capsys, "workdays", "import-year", str(hall_file))
    assert code == 0, err
    assert run(capsys, "workdays", "add", "2027-02-04", "1")[1] == "2027-02-15\n"
    assert run(capsys, "workdays", "add", "2027-09-25", "1")[1] == "2027-09-26\n"


def test_a_provisional_year_is_not_exported(capsys, tmp_path):
    code, out, err = run(capsys, "workdays", "export-year", "2031", "--out",
                         str(tmp_path / "x.yaml"))
    assert code == 1 and "not known" in err and not (tmp_path / "x.yaml").exists()


def test_a_calendar_file_with_aliases_is_refused_in_one_line(capsys, tmp_path):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text('a: &a ["x","x"]\nb: &b [*a,*a]\nyears: {2027: {holidays: *b}}\n',
                    encoding="utf-8")
    code, _, err = run(capsys, "workdays", "import-year", str(bomb))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "alias" in err
