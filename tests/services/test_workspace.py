"""The opened data folder: catalog fallback and the calendar's local additions."""

import datetime as dt

from counterdesk.services.workspace import Workspace


def test_a_calendar_file_in_the_data_folder_adds_a_hall_closure(private_home, clock):
    # GIVEN the hall closes on Tuesday 2026-11-24 (written in the data folder's calendar.yaml)
    private_home.mkdir(parents=True)
    (private_home / "calendar.yaml").write_text(
        "overrides:\n  - {date: 2026-11-24, workday: false}\n", encoding="utf-8")
    space = Workspace(private_home, clock=clock)
    # THEN the next working day after Monday is Wednesday
    assert space.calendar.add_workdays(dt.date(2026, 11, 23), 1) == dt.date(2026, 11, 25)
    space.close()


def test_the_bundled_catalog_serves_until_one_is_imported(private_home, clock):
    from counterdesk.services.catalog_files import load_file
    from counterdesk.services.catalog_service import import_catalog
    from tests.conftest import FIXTURES

    private_home.mkdir(parents=True)
    space = Workspace(private_home, clock=clock)
    # GIVEN nothing imported: the bundled guides serve
    assert "37082600ZR-QR-0012" in space.catalog.codes()
    # WHEN a catalog is imported
    import_catalog(space, [load_file(FIXTURES / "example-item.yaml")], actor_id=None)
    # THEN the imported catalog alone serves
    assert space.catalog.codes() == ["EXAMPLE-0001"]
    space.close()
