"""`counterdesk merge` trusts nothing that came from a window PC before checking it, and never
writes where it should not: each refusal is one line on stderr and leaves no file behind."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from counterdesk.cli import main
from counterdesk.export.warehouse import connect
from counterdesk.services.exporting import export_batch

duckdb = pytest.importorskip("duckdb")


@pytest.fixture
def batch(make_pc, tmp_path) -> Path:
    """One window PC's first batch, alone in its own folder."""
    pc = make_pc("W01")
    pc.register_and_accept()
    return export_batch(pc.space, None, tmp_path / "exports").folder


def rewrite_manifest(folder: Path, change) -> Path:
    path = folder / "manifest.json"
    body = json.loads(path.read_text(encoding="utf-8"))
    change(body)
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def merge_cli(capsys, *args) -> tuple[int, str]:
    code = main(["merge", *map(str, args)])
    err = capsys.readouterr().err
    return code, err


def refused_in_one_line(code: int, err: str) -> bool:
    return code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def first_file(name):
    def change(body):
        body["files"][0]["name"] = name
    return change


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "..\\..\\boot.ini",
                                  "C:\\Windows\\win.ini", "sub/cases.csv", "..", ".",
                                  "cases.csv\x00.txt", ""])
def test_a_file_name_that_leaves_the_batch_folder_is_refused_naming_the_manifest(
        batch, tmp_path, capsys, name):
    manifest = rewrite_manifest(batch, first_file(name))
    code, err = merge_cli(capsys, batch, "--out", tmp_path / "hall.duckdb")
    assert refused_in_one_line(code, err)
    assert str(manifest) in err and "not a plain file name" in err
    assert not (tmp_path / "hall.duckdb").exists()


def set_key(key, value):
    def change(body):
        body[key] = value
    return change


def set_file_key(key, value):
    def change(body):
        body["files"][0][key] = value
    return change


@pytest.mark.parametrize("change, words", [
    (set_key("batch_no", "1"), "batch_no"),
    (set_key("batch_no", 1.5), "batch_no"),
    (set_key("batch_no", True), "batch_no"),
    (set_key("batch_no", 0), "batch_no"),
    (set_key("source_id", ["x"]), "source_id"),
    (set_key("high_version", "9"), "high_version"),
    (set_key("files", {"name": "cases.csv"}), "files must be a list"),
    (set_key("files", [["cases.csv", 1, "00"]]), "each file must be an object"),
    (set_file_key("rows", "1"), "rows of"),
    (set_file_key("rows", -1), "rows of"),
    (set_file_key("sha256", "abc"), "64 hexadecimal"),
    (set_file_key("sha256", "z" * 64), "64 hexadecimal"),
])
def test_a_manifest_of_the_wrong_shape_is_refused(batch, tmp_path, capsys, change, words):
    manifest = rewrite_manifest(batch, change)
    code, err = merge_cli(capsys, batch, "--out", tmp_path / "hall.duckdb")
    assert refused_in_one_line(code, err)
    assert str(manifest) in err and words in err
    assert not (tmp_path / "hall.duckdb").exists()


@pytest.mark.parametrize("content, words", [
    ("[" * 100_000, "nested too deeply"),
    ('{"format": "counterdesk-export/1", "pad": "' + "x" * (1 << 20) + '"}', "larger than"),
])
def test_a_deeply_nested_or_huge_manifest_is_one_line(batch, tmp_path, capsys, content, words):
    (batch / "manifest.json").write_text(content, encoding="utf-8")
    code, err = merge_cli(capsys, batch, "--out", tmp_path / "hall.duckdb")
    assert refused_in_one_line(code, err) and words in err


def test_a_file_listed_in_the_manifest_that_is_a_link_is_refused(batch, tmp_path, capsys):
    # a link named like a table, pointing at a file outside the batch
    outside = tmp_path / "secret.csv"
    shutil.copyfile(batch / "cases.csv", outside)
    (batch / "cases.csv").unlink()
    (batch / "cases.csv").symlink_to(outside)
    code, err = merge_cli(capsys, batch, "--out", tmp_path / "hall.duckdb")
    assert refused_in_one_line(code, err) and "not a plain file" in err


def test_merging_onto_a_file_that_is_not_a_duckdb_database_is_refused_and_leaves_it_alone(
        batch, tmp_path, capsys):
    for content in (b"central office notes\n", b""):
        precious = tmp_path / "notes.txt"
        precious.write_bytes(content)
        code, err = merge_cli(capsys, batch, "--out", precious)
        assert refused_in_one_line(code, err) and "not a DuckDB database" in err
        assert precious.read_bytes() == content


def test_merging_into_a_missing_folder_is_a_clear_error(batch, tmp_path, capsys):
    code, err = merge_cli(capsys, batch, "--out", tmp_path / "no" / "such" / "hall.duckdb")
    assert refused_in_one_line(code, err) and "no such folder" in err
    assert not (tmp_path / "no").exists()


def test_a_merge_that_fails_leaves_no_new_database_file(make_pc, tmp_path, capsys):
    # GIVEN batches 1 and 3 of a PC, batch 2 missing
    pc = make_pc("W01")
    for out in ("one", "two", "three"):
        pc.register_and_accept()
        export_batch(pc.space, None, tmp_path / out)
    hall = tmp_path / "hall.duckdb"
    code, err = merge_cli(capsys, tmp_path / "one", tmp_path / "three", "--out", hall)
    assert refused_in_one_line(code, err) and "batch 2" in err
    assert not hall.exists() and not Path(f"{hall}.wal").exists()


def test_an_unfinished_export_folder_is_not_merged(batch, tmp_path):
    from counterdesk.export.merge import merge

    half = batch.with_name(f".{batch.name.replace('000001', '000002')}.partial")
    shutil.copytree(batch, half)
    rewrite_manifest(half, set_key("batch_no", 2))
    result = merge([batch.parent], tmp_path / "hall.duckdb")
    assert [number for _, number in result.loaded] == [1]


def test_a_folder_whose_name_duckdb_would_expand_as_a_pattern_is_refused(batch, tmp_path,
                                                                         capsys):
    starred = batch.with_name("W01*")
    batch.rename(starred)
    code, err = merge_cli(capsys, starred, "--out", tmp_path / "hall.duckdb")
    assert refused_in_one_line(code, err) and "rename the folder" in err


def test_duckdb_never_installs_nor_loads_an_extension(tmp_path):
    con = connect(tmp_path / "hall.duckdb")
    try:
        settings = dict(con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN"
            " ('autoinstall_known_extensions', 'autoload_known_extensions',"
            " 'allow_community_extensions', 'lock_configuration')").fetchall())
        assert settings == {"autoinstall_known_extensions": "false",
                            "autoload_known_extensions": "false",
                            "allow_community_extensions": "false",
                            "lock_configuration": "true"}
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("SET autoload_known_extensions = true")
    finally:
        con.close()


def test_a_refused_merge_prints_no_traceback_from_the_shell(batch, tmp_path):
    rewrite_manifest(batch, first_file("../../etc/passwd"))
    finished = subprocess.run(
        [sys.executable, "-m", "counterdesk", "merge", str(batch), "--out",
         str(tmp_path / "hall.duckdb")], capture_output=True, text=True, timeout=120)
    assert finished.returncode == 1 and finished.stdout == ""
    assert finished.stderr.startswith("counterdesk: error: ")
    assert len(finished.stderr.strip().splitlines()) == 1
