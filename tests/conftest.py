"""Suite-wide set-up: headless Qt, a private data folder per test, a fixed clock."""

from __future__ import annotations

import os

# Tests run with no display (CI is headless); set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from counterdesk.domain.calendar import WorkCalendar  # noqa: E402
from counterdesk.services.holidays import build_calendar  # noqa: E402

# The suite is reproducible: property tests draw the same examples on every run, so a red
# run is the change's doing and reruns the same way; `make fuzz` draws fresh inputs. No
# deadline: a slow example on a busy machine is not a failure.
settings.register_profile("suite", derandomize=True, deadline=None)
settings.register_profile("fuzz", derandomize=False, deadline=None)
settings.load_profile(os.environ.get("COUNTERDESK_HYPOTHESIS", "suite"))

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


class FakeClock:
    """The only clock tests use: set it, advance it."""

    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def set_day(self, day: dt.date, hour: int = 10) -> None:
        self.now = dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=self.now.tzinfo)

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock(fixed_now: dt.datetime) -> FakeClock:
    return FakeClock(fixed_now)


@pytest.fixture
def space(private_home: Path, clock: FakeClock):
    """An opened data folder with the bundled catalog imported."""
    from counterdesk.services.catalog_service import import_bundled_if_empty
    from counterdesk.services.workspace import Workspace

    private_home.mkdir(parents=True, exist_ok=True)
    workspace = Workspace(private_home, clock=clock)
    import_bundled_if_empty(workspace)
    yield workspace
    workspace.close()


@pytest.fixture
def people(space):
    """An admin, a clerk and a supervisor at window W01, logged in."""
    from counterdesk.services.accounts import AccountService, Role

    accounts = AccountService(space)
    admin = accounts.create_first_admin("admin", "管理员", "admin-pass-1", "W01", "综合窗口1")
    accounts.add_window(admin, "W02", "不动产窗口")
    accounts.create_user(admin, "zhang", "张敏", "clerk-pass-1", Role.CLERK, "0537-8000001")
    accounts.create_user(admin, "li", "李强", "super-pass-1", Role.SUPERVISOR)
    clerk = accounts.log_in("zhang", "clerk-pass-1", "W01")
    supervisor = accounts.log_in("li", "super-pass-1", "W01")
    return {"admin": admin, "clerk": clerk, "supervisor": supervisor}
