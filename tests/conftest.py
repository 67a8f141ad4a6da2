"""Suite-wide set-up: headless Qt, a private data folder per test, a fixed clock."""

from __future__ import annotations

import os

# Tests run with no display (CI is headless); set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from counterdesk.domain.calendar import WorkCalendar  # noqa: E402
from counterdesk.services.holidays import build_calendar  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the user's real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("COUNTERDESK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def calendar() -> WorkCalendar:
    return build_calendar()


@pytest.fixture
def fixed_now() -> dt.datetime:
    return dt.datetime(2026, 9, 30, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
