"""Item codes: every real 事项编码/实施编码 in the repository is valid; paths, NUL, spaces,
control characters and over-long text are not; a valid code is already a safe file name."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from counterdesk.domain.item_codes import CodeProblem, is_valid, message, problem, shown
from counterdesk.services.paths import file_name_part

REPO = Path(__file__).resolve().parents[2]
CATALOGS = [REPO / "data" / "catalog", REPO / "tests" / "fixtures",
            REPO.parent / "shared" / "catalog"]


def real_codes() -> set[str]:
    found = set()
    for folder in CATALOGS:
        for path in folder.rglob("*.yaml") if folder.is_dir() else ():
            found.update(re.findall(r"^code:\s*['\"]?([^'\"\s]+)", path.read_text("utf-8"),
                                    re.MULTILINE))
    return found


def test_every_code_in_the_repository_catalogs_is_valid():
    codes = real_codes()
    assert len(codes) >= 20
    assert [code for code in sorted(codes) if not is_valid(code)] == []


@pytest.mark.parametrize("code", [
    "000105410000",  # 基本编码
    "511Z07001006-511602000000-000-11511301008778183N-1-00",  # 实施编码
    "11100000000013127D3000105410000",  # 事项编码 with the department's credit code
    "37082600ZR-QR-0012", "370826-ZRZY-0012", "EXAMPLE-0001", "ZZZ-0001", "GOOD-001",
    "A" * 80,
])
def test_national_and_local_code_forms_are_valid(code):
    assert problem(code) is None


@pytest.mark.parametrize("code, why", [
    ("", CodeProblem.EMPTY),
    ("AB", CodeProblem.TOO_SHORT),
    ("A" * 81, CodeProblem.TOO_LONG),
    ("../x", CodeProblem.BAD_START),
    ("..", CodeProblem.BAD_START),
    ("-ABC", CodeProblem.BAD_START),
    ("/tmp/x", CodeProblem.BAD_START),
    ("A/001", CodeProblem.BAD_CHARACTER),
    ("A\\001", CodeProblem.BAD_CHARACTER),
    ("A 001", CodeProblem.BAD_CHARACTER),
    ("A.001", CodeProblem.BAD_CHARACTER),
    ("C:escaped", CodeProblem.BAD_CHARACTER),
    ("不动产-001", CodeProblem.BAD_START),
    ("ABC-不动产", CodeProblem.BAD_CHARACTER),
    ("ＡＢＣ-001", CodeProblem.BAD_START),  # full-width letters are not ASCII
    ("ABC\x00", CodeProblem.CONTROL_CHARACTER),
    ("ABC\n", CodeProblem.CONTROL_CHARACTER),
    ("AB\x7fC", CodeProblem.CONTROL_CHARACTER),
    ("\x1b[2JABC", CodeProblem.CONTROL_CHARACTER),
])
def test_paths_nul_spaces_control_characters_and_long_text_are_refused(code, why):
    assert problem(code) == why


def test_the_message_names_the_code_on_one_line_and_shows_the_rule():
    text = message("ABC\x00\n../", CodeProblem.CONTROL_CHARACTER)
    assert "\n" not in text and "\x00" not in text and "'ABC\\x00\\n../'" in text
    assert "511Z07001006-511602000000-000-11511301008778183N-1-00" in text
    assert shown("X" * 100).endswith("…") and len(shown("X" * 100)) < 50


def test_every_valid_code_is_already_a_plain_file_name():
    # GIVEN random codes the rule accepts WHEN each names a file THEN it is used unchanged,
    # with no separator, dot or drive letter, so it stays inside the folder it is put in
    rng = random.Random(15)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"
    codes = real_codes()
    while len(codes) < 2000:
        code = rng.choice(alphabet[:-1]) + "".join(
            rng.choice(alphabet) for _ in range(rng.randint(2, 79)))
        assert is_valid(code)
        codes.add(code)
    for code in codes:
        assert file_name_part(code) == code
        assert not {"/", "\\", ".", ":"} & set(code)
        assert (Path("/out") / f"x-{code}.pdf").parent == Path("/out")
