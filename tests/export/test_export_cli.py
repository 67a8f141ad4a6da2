"""`counterdesk export` run by hand or by a scheduler: it says what happened in one line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from counterdesk.cli import main


def test_a_second_export_with_nothing_changed_says_so_and_writes_no_folder(make_pc, tmp_path,
                                                                          capsys):
    pc = make_pc("W01")
    pc.register_and_accept()
    home = str(pc.space.home)
    assert main(["--home", home, "export", "--out", str(tmp_path / "first")]) == 0
    capsys.readouterr()
    assert main(["--home", home, "export", "--out", str(tmp_path / "second")]) == 0
    assert capsys.readouterr().out.strip() == \
        "nothing changed since batch 1; no new batch was written"
    assert not (tmp_path / "second").exists()


def close_stdin() -> None:
    os.close(0)


@pytest.mark.parametrize("stdin_setup", [{"stdin": subprocess.DEVNULL},
                                         {"stdin": subprocess.DEVNULL,
                                          "preexec_fn": close_stdin}],
                         ids=["stdin at end", "stdin closed"])
def test_full_ids_without_a_terminal_or_password_fails_in_one_line(make_pc, tmp_path,
                                                                   stdin_setup):
    # GIVEN a scheduled run: no stdin to read, no controlling terminal, no COUNTERDESK_PASSWORD
    pc = make_pc("W01")
    env = {key: value for key, value in os.environ.items() if key != "COUNTERDESK_PASSWORD"}
    # WHEN it asks for unmasked ID numbers
    finished = subprocess.run(
        [sys.executable, "-m", "counterdesk", "--home", str(pc.space.home), "export",
         "--out", str(tmp_path / "out"), "--full-ids", "--user", "li"],
        **stdin_setup, capture_output=True, text=True, env=env,
        start_new_session=True, timeout=60, check=False)
    # THEN one line says what to do, and nothing is written
    assert finished.returncode != 0
    assert finished.stderr.strip().splitlines() == [
        "counterdesk: error: no password to read: set COUNTERDESK_PASSWORD or run it in a "
        "terminal"]
    assert not (tmp_path / "out").exists()
