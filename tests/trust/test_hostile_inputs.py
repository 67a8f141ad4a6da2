"""Scenario files and item codes built to break the command line get one line on stderr, a
non-zero exit and no file outside the folder that was asked for."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from counterdesk.cli import main
from counterdesk.services.paths import file_name_part
from tests.conftest import FIXTURES

EXAMPLE_ITEM = FIXTURES / "example-item.yaml"
EXAMPLE_SCENARIO = FIXTURES / "example-scenario.json"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(code: int, err: str) -> bool:
    return code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("command", ["check", "render"])
@pytest.mark.parametrize("content, words", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"item": ' * 50_000 + "1" + "}" * 50_000, "nested too deeply"),
    ('{"item": "EXAMPLE-0001", "pad": "' + "x" * (1 << 20) + '"}', "larger than 1 MiB"),
])
def test_a_deeply_nested_or_huge_scenario_is_one_line(capsys, tmp_path, command, content,
                                                      words):
    scenario = tmp_path / "scenario.json"
    scenario.write_text(content, encoding="utf-8")
    extra = ["--out", tmp_path / "out"] if command == "render" else []
    code, out, err = run(capsys, command, scenario, "--catalog", EXAMPLE_ITEM, *extra)
    assert one_line(code, err) and words in err and out == ""
    assert not (tmp_path / "out").exists()


def test_a_deeply_nested_scenario_on_stdin_prints_no_traceback(tmp_path):
    finished = subprocess.run(
        [sys.executable, "-m", "counterdesk", "--home", str(tmp_path / "home"), "check", "-",
         "--catalog", str(EXAMPLE_ITEM)], input="[" * 100_000, capture_output=True,
        text=True, timeout=120)
    assert finished.returncode == 1
    assert finished.stderr.strip().splitlines() == [
        "counterdesk: error: the scenario - is nested too deeply to be a scenario"]


@pytest.mark.parametrize("code_text", ["EXAMPLE\x00-0001", "EXAMPLE-0001\n", "\x00"])
def test_a_control_character_in_the_item_code_is_a_clear_error(capsys, tmp_path, code_text):
    scenario = tmp_path / "scenario.json"
    body = json.loads(EXAMPLE_SCENARIO.read_text(encoding="utf-8")) | {"item": code_text}
    scenario.write_text(json.dumps(body), encoding="utf-8")
    code, _, err = run(capsys, "check", scenario, "--catalog", EXAMPLE_ITEM)
    assert one_line(code, err) and "control character" in err and "\x00" not in err


def catalog_with_code(tmp_path: Path, item_code: str) -> tuple[Path, Path]:
    text = EXAMPLE_ITEM.read_text(encoding="utf-8")
    start = text.index("code: ")
    end = text.index("\n", start)
    item = tmp_path / "item.yaml"
    item.write_text(text[:start] + "code: " + json.dumps(item_code) + text[end:],
                    encoding="utf-8")
    scenario = tmp_path / "scenario.json"
    body = json.loads(EXAMPLE_SCENARIO.read_text(encoding="utf-8")) | {"item": item_code}
    scenario.write_text(json.dumps(body), encoding="utf-8")
    return item, scenario


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize("item_code", ["../../escaped", "../../../../tmp/escaped",
                                       "/tmp/escaped", "sub/dir/code", "..\\..\\escaped",
                                       "C:escaped", "..", "EXAMPLE:0001*?<>|",
                                       "EXAMPLE 0001", "A" * 81])
def test_an_item_code_that_is_no_code_is_refused_and_nothing_is_rendered(capsys, tmp_path,
                                                                         item_code):
    # GIVEN a catalog whose item code is a path, or holds NUL, a space, or is over-long
    work = tmp_path / "work"
    work.mkdir()
    item, scenario = catalog_with_code(work, item_code)
    out = work / "deep" / "out"
    before = files_under(tmp_path)
    # WHEN its specimen is rendered
    code, printed, err = run(capsys, "render", scenario, "--catalog", item, "--out", out)
    # THEN the catalog is refused in one line naming the code; nothing is written anywhere
    assert one_line(code, err) and "bad code" in err and printed == ""
    assert files_under(tmp_path) - before - files_under(tmp_path / "home") == set()
    assert not out.exists()


@pytest.mark.parametrize("item_code", ["EXAMPLE-0001\x00", "EXAMPLE-\x1b[2J0001", "EX\t01"])
def test_catalog_validate_names_a_code_with_a_control_character_on_one_line(
        capsys, tmp_path, item_code):
    item, _ = catalog_with_code(tmp_path, item_code)
    code, _, err = run(capsys, "catalog", "validate", item)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "bad code" in err and "control character" in err
    assert "\x00" not in err and "\x1b" not in err and "\t" not in err


def test_a_link_planted_under_the_specimens_name_is_refused(capsys, tmp_path):
    item, scenario = catalog_with_code(tmp_path, "EXAMPLE-0001")
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere.pdf"
    (out / "supplement_notice-EXAMPLE-0001-2026-09-30.pdf").symlink_to(elsewhere)
    code, printed, err = run(capsys, "render", scenario, "--catalog", item, "--out", out)
    assert one_line(code, err) and "leads outside" in err and printed == ""
    assert not elsewhere.exists()


@pytest.mark.parametrize("text, name", [
    ("37082600ZR-QR-0012", "37082600ZR-QR-0012"), ("不动产_01", "不动产_01"),
    ("../a/b", "___a_b"), ("a\x00b", "a_b"), ("", "_"), ("C:\\x", "C__x"),
])
def test_file_name_parts_keep_letters_digits_dashes_and_underscores_only(text, name):
    assert file_name_part(text) == name
