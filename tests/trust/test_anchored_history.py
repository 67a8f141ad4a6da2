"""The audit chain's head is kept outside the database too: a database cut short or swapped
for an older copy is caught by `audit verify`, against exports, and by the centre's merge."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from counterdesk.cli import main
from counterdesk.export.merge import MergeError, merge
from counterdesk.services.exporting import export_batch
from counterdesk.services.paths import DATABASE_FILES
from counterdesk.services.workspace import Workspace
from tests.trust.conftest import register

NOON = dt.datetime(2026, 10, 8, 12, 0)


def roll_back(space, copy):
    """Put an older copy of the database in place by hand (no `counterdesk restore`)."""
    space.close()
    for name in DATABASE_FILES[1:]:
        (space.home / name).unlink(missing_ok=True)
    shutil.copyfile(copy, space.home / DATABASE_FILES[0])


def test_verify_catches_a_database_put_back_to_an_older_copy(space, people, history,
                                                              tmp_path, capsys):
    # GIVEN a copy of the database taken earlier, and more work after it
    space.close()
    shutil.copyfile(space.home / DATABASE_FILES[0], tmp_path / "older.sqlite3")
    again = Workspace(space.home, clock=space.clock)
    register(again, people["clerk"])
    again.close()
    # WHEN the older copy is put back by hand
    roll_back(again, tmp_path / "older.sqlite3")
    # THEN audit verify fails and says the database was rolled back
    assert main(["--home", str(space.home), "audit", "verify"]) == 2
    assert "rolled back" in capsys.readouterr().out


def test_verify_catches_the_newest_entries_cut_off_with_the_inner_head_moved_too(
        space, people, history, capsys):
    # GIVEN the newest audit entries deleted and the head inside the database fixed to match
    conn = space.db.conn
    newest = conn.execute("SELECT MAX(seq) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE seq > :s", {"s": newest - 2})
    seq, digest = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC").fetchone()
    conn.execute("UPDATE settings SET value = :v WHERE key = 'audit_head'",
                 {"v": f"{seq}:{digest}"})
    space.close()
    # THEN the head record outside the database still names the later entry
    assert main(["--home", str(space.home), "audit", "verify"]) == 2
    assert f"names entry {newest}" in capsys.readouterr().out


def test_verify_against_exports_names_an_export_the_chain_no_longer_reaches(
        space, people, history, tmp_path, capsys):
    space.close()
    shutil.copyfile(space.home / DATABASE_FILES[0], tmp_path / "older.sqlite3")
    again = Workspace(space.home, clock=space.clock)
    register(again, people["clerk"])
    export_batch(again, None, tmp_path / "out")
    roll_back(again, tmp_path / "older.sqlite3")
    assert main(["--home", str(space.home), "audit", "verify", "--against",
                 str(tmp_path / "out")]) == 2
    assert "exported at audit entry" in capsys.readouterr().out


def test_verify_against_intact_exports_passes(space, people, history, tmp_path):
    export_batch(space, None, tmp_path / "out")
    register(space, people["clerk"])
    export_batch(space, None, tmp_path / "out")
    space.close()
    assert main(["--home", str(space.home), "audit", "verify", "--against",
                 str(tmp_path / "out")]) == 0


@pytest.mark.parametrize("make_bad", ["missing", "no_manifest"])
def test_a_bad_against_folder_is_one_line_without_traceback(space, history, tmp_path, capsys,
                                                            make_bad):
    target = tmp_path / "nothing-here"
    if make_bad == "no_manifest":
        target.mkdir()
    space.close()
    code = main(["--home", str(space.home), "audit", "verify", "--against", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_a_damaged_head_record_is_reported_not_overwritten(space, history, capsys):
    (space.home / "audit-head.json").write_text("{not json", encoding="utf-8")
    space.close()
    assert main(["--home", str(space.home), "audit", "verify"]) == 2
    assert "audit-head.json" in capsys.readouterr().out


def test_merge_refuses_a_batch_whose_chain_head_does_not_extend_the_previous_one(
        space, people, history, tmp_path, capsys):
    # GIVEN batch 1 exported, then the database put back by hand to before it
    space.close()
    shutil.copyfile(space.home / DATABASE_FILES[0], tmp_path / "older.sqlite3")
    again = Workspace(space.home, clock=space.clock)
    export_batch(again, None, tmp_path / "out")
    roll_back(again, tmp_path / "older.sqlite3")
    rolled = Workspace(space.home, clock=space.clock)
    register(rolled, people["clerk"])
    second = export_batch(rolled, None, tmp_path / "out")
    rolled.close()
    # THEN the next batch keeps its number after batch 1 but the merge refuses it
    assert second.batch_no == 2
    with pytest.raises(MergeError, match="does not extend"):
        merge([tmp_path / "out"], tmp_path / "hall.duckdb")
    code = main(["merge", str(tmp_path / "out"), "--out", str(tmp_path / "hall2.duckdb")])
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and "Traceback" not in err
