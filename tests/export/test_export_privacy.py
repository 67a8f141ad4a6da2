"""Export batches are readable by their owner only, full-ID exports are on record with who and
where, and an interrupted export is finished or cleaned by the next one."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from counterdesk.cli import main
from counterdesk.services.exporting import export_batch


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The usual umask of a desktop session: new files 0644 unless the program says else."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_full_id_export_from_the_shell_is_private_and_audited_with_who_and_where(
        make_pc, tmp_path, monkeypatch, capsys, open_umask):
    # GIVEN an existing shared folder, and one the export must create
    pc = make_pc("W01")
    pc.register_and_accept()
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    out = shared / "2026" / "october"
    monkeypatch.setenv("COUNTERDESK_PASSWORD", "super-pass-1")
    # WHEN a supervisor exports full ID numbers
    assert main(["--home", str(pc.space.home), "export", "--out", str(out), "--full-ids",
                 "--user", "li"]) == 0
    [folder] = out.iterdir()
    # THEN every folder the export made is 0700 and every file 0600; the shared one is as it was
    assert mode(shared) == 0o755
    assert mode(shared / "2026") == mode(out) == mode(folder) == 0o700
    assert {mode(path) for path in folder.iterdir()} == {0o600}
    assert "11010519491231002X" in (folder / "cases.csv").read_text(encoding="utf-8-sig")
    # AND the audit log says who exported and where to
    action, actor_id, details = pc.space.db.conn.execute(
        "SELECT action, actor_id, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    details = json.loads(details)
    assert action == "export_full_ids" and actor_id == pc.supervisor.user_id
    assert details["by"] == "li" and details["path"] == str(folder)


def test_an_export_from_the_shell_without_a_user_is_recorded_as_the_command_line(
        make_pc, tmp_path, capsys):
    pc = make_pc("W01")
    pc.register_and_accept()
    assert main(["--home", str(pc.space.home), "export", "--out", str(tmp_path / "out")]) == 0
    details = json.loads(pc.space.db.conn.execute(
        "SELECT details FROM audit_log WHERE action = 'export'").fetchone()[0])
    assert details["by"] == "command line"
    assert details["path"].startswith(str(tmp_path / "out"))


def test_a_batch_folder_left_half_written_is_removed_and_the_batch_written_again(
        make_pc, tmp_path):
    # GIVEN an export killed while it wrote batch 1 (never recorded)
    pc = make_pc("W01")
    pc.register_and_accept()
    out = tmp_path / "out"
    anchor = pc.space.home / "audit-head.json"
    before = anchor.read_bytes()
    first = export_batch(pc.space, None, out)
    anchor.write_bytes(before)  # the head record is written only after a commit
    half = first.folder.with_name(f".{first.folder.name}.partial")
    first.folder.rename(half)
    (half / "manifest.json").unlink()
    pc.space.db.conn.execute("DELETE FROM export_batches")  # as if it had never committed
    # WHEN the next export runs
    again = export_batch(pc.space, None, out)
    # THEN it writes batch 1 again, whole, and nothing is left of the interrupted one
    assert again.batch_no == 1 and (again.folder / "manifest.json").is_file()
    assert sorted(path.name for path in out.iterdir()) == [again.folder.name]


def test_a_recorded_batch_that_was_not_yet_renamed_is_finished_by_the_next_export(
        make_pc, tmp_path):
    # GIVEN an export killed after batch 1 was recorded, before its folder took its name
    pc = make_pc("W01")
    pc.register_and_accept()
    out = tmp_path / "out"
    first = export_batch(pc.space, None, out)
    first.folder.rename(first.folder.with_name(f".{first.folder.name}.partial"))
    # WHEN the next export runs (here with nothing new to export)
    again = export_batch(pc.space, None, out)
    # THEN batch 1 is in place under its name and the series goes on from it
    assert again.folder is None and again.batch_no == 1
    assert sorted(path.name for path in out.iterdir()) == [first.folder.name]
    pc.register_and_accept()
    assert export_batch(pc.space, None, out).batch_no == 2


def test_an_export_into_a_file_is_one_line_and_writes_nothing(make_pc, tmp_path, capsys):
    pc = make_pc("W01")
    pc.register_and_accept()
    not_a_folder = tmp_path / "report.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    code = main(["--home", str(pc.space.home), "export", "--out", str(not_a_folder / "sub")])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not_a_folder.read_text(encoding="utf-8") == "x"
    assert pc.space.db.conn.execute("SELECT COUNT(*) FROM export_batches").fetchone()[0] == 0


# The shell's own limit on the size of a file this process writes: past it, a write fails
# as it would on a full disk (EFBIG instead of ENOSPC), with no mock in the program. 40 KiB
# leaves room for SQLite's 32 KiB shared-memory file, not for a 70-case table.
LIMITED = ("import resource, sys; from counterdesk.cli import main;"
           "resource.setrlimit(resource.RLIMIT_FSIZE, (40960, 40960));"
           "sys.exit(main(sys.argv[1:]))")


def test_an_export_that_runs_out_of_space_leaves_nothing_and_the_series_does_not_advance(
        make_pc, tmp_path):
    # GIVEN a PC with enough work for a file bigger than the space left
    pc = make_pc("W01")
    pc.register_and_accept()
    export_batch(pc.space, None, tmp_path / "earlier")
    for _ in range(70):
        pc.register_and_accept()
    out = tmp_path / "new" / "out"
    # WHEN the export runs out of space
    finished = subprocess.run([sys.executable, "-c", LIMITED, "--home", str(pc.space.home),
                               "export", "--out", str(out)],
                              capture_output=True, text=True, timeout=120)
    # THEN one line says so, the folders it made are gone, and batch 2 is still to come
    assert finished.returncode == 1, finished.stderr
    assert finished.stderr.startswith("counterdesk: error: cannot write the export")
    assert len(finished.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "new").exists()
    assert export_batch(pc.space, None, out).batch_no == 2
