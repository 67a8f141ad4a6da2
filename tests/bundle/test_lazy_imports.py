"""Start-up stays fast: heavy libraries load only when a feature first needs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Each costs tens to hundreds of milliseconds to import; none is needed before the login
# screen: reportlab prints, pypinyin builds the item search, QtCharts draws statistics,
# DuckDB merges exports.
HEAVY = ("reportlab", "pypinyin", "duckdb", "PySide6.QtCharts")


def loaded_heavy_modules(code: str, env: dict[str, str] | None = None) -> list[str]:
    """Run `code` in a fresh interpreter and list which HEAVY modules it left loaded."""
    probe = (f"{code}\nimport json, sys\n"
             f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))")
    finished = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True,
                              text=True, timeout=120, env={**os.environ, **(env or {})})
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout.strip().splitlines()[-1])


def test_the_probe_sees_a_heavy_module_that_was_imported():
    assert loaded_heavy_modules("import pypinyin") == ["pypinyin"]


def test_importing_the_command_line_and_the_app_loads_no_heavy_library():
    assert loaded_heavy_modules("import counterdesk.cli, counterdesk.app") == []


def test_the_login_screen_comes_up_without_any_heavy_library(tmp_path):
    code = ("from counterdesk.app import run_gui\n"
            "try:\n    run_gui(None)\nexcept SystemExit:\n    pass")
    env = {"COUNTERDESK_SMOKE_EXIT": "1", "COUNTERDESK_HOME": str(tmp_path / "home"),
           "QT_QPA_PLATFORM": "offscreen"}
    assert loaded_heavy_modules(code, env) == []
