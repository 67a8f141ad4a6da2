"""A restore never makes the centre lose a case or take a batch as already merged, and never
reuses a document number; a cloned PC gets its own source id."""

from __future__ import annotations

import datetime as dt
import shutil

import duckdb

from counterdesk.export.merge import merge
from counterdesk.services import backup, restore
from counterdesk.services.exporting import export_batch, source_id
from counterdesk.services.integrity import verify_log
from counterdesk.services.workspace import Workspace

NOON = dt.datetime(2026, 10, 8, 12, 0)


def reopen(pc, clock):
    pc.space.close()
    pc.space = Workspace(pc.space.home, clock=clock)


def test_export_restore_an_older_backup_register_more_and_the_centre_has_every_case(
        make_pc, tmp_path, clock):
    # GIVEN a window that issued one document, was backed up, then took two more cases
    pc = make_pc("W01")
    pc.register_and_accept("甲")
    older = backup.manual_backup(pc.space.home, NOON)
    pc.register_and_accept("乙")
    pc.register_and_accept("丙")
    first = export_batch(pc.space, None, tmp_path / "out")
    # WHEN the older backup is restored and three more cases are registered and exported
    pc.space.close()
    restore.restore(pc.space.home, older, NOON + dt.timedelta(hours=1))
    reopen(pc, clock)
    for name in ("丁", "戊", "己"):
        pc.register_and_accept(name)
    second = export_batch(pc.space, None, tmp_path / "out")
    # THEN the second batch follows the first, in a new lineage, and the centre has all six
    assert (first.batch_no, second.batch_no) == (1, 2)
    result = merge([tmp_path / "out"], tmp_path / "hall.duckdb")
    assert result.skipped == [] and len(result.loaded) == 2
    assert result.rows["cases"] == 6
    con = duckdb.connect(str(tmp_path / "hall.duckdb"))
    numbers = [row[0] for row in con.execute("SELECT doc_no FROM documents").fetchall()]
    con.close()
    assert len(numbers) == 6 and len(set(numbers)) == 6
    # AND the restored database still verifies (the skipped numbers are on record)
    assert verify_log(pc.space).ok, verify_log(pc.space).headline()


def test_a_copied_data_folder_gets_its_own_source_id_and_both_merge(make_pc, tmp_path, clock):
    # GIVEN a window that exported once
    pc = make_pc("W01")
    pc.register_and_accept("甲")
    export_batch(pc.space, None, tmp_path / "a")
    original = source_id(pc.space)
    # WHEN its whole data folder is copied to another PC (another place) and used there
    pc.space.close()
    clone_home = tmp_path / "clone"
    shutil.copytree(pc.space.home, clone_home)
    reopen(pc, clock)
    clone = Workspace(clone_home, clock=clock)
    try:
        # THEN the copy exports under a new source id, continuing after the original's batch
        assert source_id(clone) != original
        pc.register_and_accept("乙")
        export_batch(pc.space, None, tmp_path / "a")
        pc.space, kept = clone, pc.space
        pc.register_and_accept("丙")
        pc.space = kept
        made = export_batch(clone, None, tmp_path / "b")
        assert made.batch_no == 2
        result = merge([tmp_path / "a", tmp_path / "b"], tmp_path / "hall.duckdb")
        assert len(result.loaded) == 3 and result.rows["cases"] == 3
    finally:
        clone.close()
