"""The PyInstaller bundle (dist/counterdesk, `make bundle`) runs with no Python installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from counterdesk.services.catalog_files import catalog_files

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "counterdesk"
PROGRAM = BUNDLE / ("counterdesk.exe" if sys.platform.startswith("win") else "counterdesk")
INTERNAL = BUNDLE / "_internal"

pytestmark = pytest.mark.skipif(
    not PROGRAM.is_file(),
    reason=f"no bundle at {BUNDLE}: build it with `make bundle`, then run pytest tests/bundle")


def run_bundle(*args: str, home: Path, timeout: float = 60,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the bundled program with a private data folder and without the source tree's
    Python packages reachable, as on a PC that has no Python."""
    clean = {key: value for key, value in os.environ.items()
             if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean.update({"COUNTERDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return subprocess.run([str(PROGRAM), *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, env=clean, cwd=home.parent)


def test_the_bundle_reports_its_version(tmp_path):
    finished = run_bundle("--version", home=tmp_path / "home")
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == "counterdesk 0.1.0"


def test_the_bundled_catalog_validates(tmp_path):
    catalog = INTERNAL / "data" / "catalog"
    finished = run_bundle("catalog", "validate", str(catalog), home=tmp_path / "home")
    assert finished.returncode == 0, finished.stderr
    shipped = len(catalog_files(REPO / "data" / "catalog"))
    assert finished.stdout.strip() == f"{shipped} item version(s) valid"


def test_the_bundle_decides_a_scenario_against_its_own_catalog_and_calendar(tmp_path):
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps({
        "item": "37082600ZR-QR-0012", "received_on": "2026-09-30",
        "answers": {"applicant_type": "个人", "by_agent": "否"},
        "materials": {"application": {}, "sale_contract": {}, "id_card": {}}},
        ensure_ascii=False), encoding="utf-8")
    finished = run_bundle("check", str(scenario), home=tmp_path / "home")
    assert finished.returncode == 0, finished.stderr
    decision = json.loads(finished.stdout)
    assert decision["outcome"] == "supplement"
    assert [p["material"] for p in decision["problems"]] == ["old_certificate"]
    # 不动产登记 is told on the spot (《不动产登记暂行条例》第十七条)
    assert decision["notice_due"] == "2026-09-30"


def test_the_bundle_renders_a_document_with_its_font_embedded(tmp_path):
    # GIVEN the example scenario of the catalog format (a one-time notice)
    fixtures = REPO / "tests" / "fixtures"
    out = tmp_path / "out"
    finished = run_bundle("render", str(fixtures / "example-scenario.json"), "--catalog",
                          str(fixtures / "example-item.yaml"), "--out", str(out),
                          home=tmp_path / "home")
    assert finished.returncode == 0, finished.stderr
    pdf = Path(finished.stdout.strip())
    assert pdf.parent == out and pdf.name.startswith("supplement_notice-")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows)


def test_a_bad_scenario_gets_a_one_line_error_from_the_bundle(tmp_path):
    scenario = tmp_path / "scenario.json"
    scenario.write_text('{"item": "NO-SUCH-ITEM"}', encoding="utf-8")
    finished = run_bundle("check", str(scenario), home=tmp_path / "home")
    assert finished.returncode != 0
    assert finished.stderr.startswith("counterdesk: error:") and "NO-SUCH-ITEM" in finished.stderr


def test_the_bundle_carries_the_embedded_pdf_font_and_the_migrations():
    fonts = [p for p in (INTERNAL / "resources" / "fonts").glob("*")
             if p.suffix.lower() in (".ttf", ".ttc")]
    assert fonts, "resources/fonts/ in the bundle holds no TrueType font"
    migrations = sorted(p.name for p in (INTERNAL / "counterdesk" / "store" / "migrations")
                        .glob("*.sql"))
    shipped = sorted(p.name for p in (REPO / "counterdesk" / "store" / "migrations")
                     .glob("*.sql"))
    assert migrations == shipped


def test_the_bundle_leaves_out_the_qt_modules_it_never_uses():
    unwanted = [p.name for p in INTERNAL.rglob("*")
                if any(name in p.name for name in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D",
                                                   "Multimedia"))]
    assert unwanted == []


def test_the_program_starts_offscreen_and_reports_its_first_screen(tmp_path):
    try:
        finished = run_bundle(home=tmp_path / "home", env={"COUNTERDESK_SMOKE_EXIT": "1"})
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"the program did not report a ready screen and quit within "
                    f"{expired.timeout:.0f} s (COUNTERDESK_SMOKE_EXIT=1); stdout: "
                    f"{expired.stdout!r}")
    assert finished.returncode == 0, finished.stderr
    ready = [line for line in finished.stdout.splitlines()
             if line.startswith("counterdesk: ready: ")]
    assert ready, f"no 'counterdesk: ready: <screen>' line; stdout: {finished.stdout!r}"
