"""One data folder opened for use: the database, the catalog and the working-day calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.catalog import Catalog
from counterdesk.domain.hall_time import HALL_ZONE
from counterdesk.services import paths
from counterdesk.store.catalog_repo import CatalogRepo
from counterdesk.store.db import Database, open_database
from counterdesk.store.settings_repo import SettingsRepo
from counterdesk.store.unit_of_work import UnitOfWork

Clock = Callable[[], dt.datetime]


def local_now() -> dt.datetime:
    """The hall's time (Beijing time, UTC+8), whatever zone the PC is set to: a document's
    date, a day of receipt and every deadline are the hall's days, so a PC left on UTC
    must not date a 19:00 receipt (Beijing 03:00 next day) or an 07:00 decision wrongly."""
    return dt.datetime.now(HALL_ZONE)


class Workspace:
    """Opened lazily: a command that needs only the calendar does not open the catalog."""

    def __init__(self, home: Path, clock: Clock = local_now):
        self.home = home
        self.clock = clock

    @cached_property
    def db(self) -> Database:
        return open_database(self.home)

    def unit_of_work(self) -> UnitOfWork:
        """`with space.unit_of_work() as uow:` one write, kept only by `uow.commit()`."""
        return UnitOfWork(self.db)

    def today(self) -> dt.date:
        return self.clock().date()

    def now_text(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # The calendar and catalog readers (YAML) load on first use, not at start-up.
    @cached_property
    def calendar(self) -> WorkCalendar:
        from counterdesk.services.holidays import build_calendar

        settings = SettingsRepo(self.db.conn)
        return build_calendar([paths.bundled_calendar_file(), self.home / "calendar.yaml"],
                              settings.promise_overrides(), settings.declared_years())

    def reload_calendar(self) -> None:
        self.__dict__.pop("calendar", None)

    @cached_property
    def catalog(self) -> Catalog:
        """The imported catalog; the bundled one until anything has been imported."""
        repo = CatalogRepo(self.db.conn)
        if repo.count():
            return repo.load()
        from counterdesk.services.catalog_files import load_path

        result = load_path(paths.bundled_catalog_dir())
        return Catalog(result.items)

    def reload_catalog(self) -> None:
        self.__dict__.pop("catalog", None)

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()
