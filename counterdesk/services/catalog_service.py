"""Import guide versions into the database, all or nothing, and audit the import."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from counterdesk.domain.catalog import ServiceItem
from counterdesk.services import paths
from counterdesk.services.workspace import Workspace
from counterdesk.store.catalog_repo import CatalogRepo

if TYPE_CHECKING:
    from counterdesk.services.catalog_files import LoadResult


def import_catalog(space: Workspace, items: Sequence[ServiceItem], actor_id: int | None) -> int:
    """Save every given version in one transaction; the catalog is reloaded afterwards."""
    at = space.now_text()
    with space.unit_of_work() as uow:
        count = uow.catalog.save(items, at)
        uow.audit(at=at, actor_id=actor_id, action="catalog_import", entity="catalog",
                  entity_id="", details={"versions": sorted(
                      f"{item.code}@{item.version.isoformat()}" for item in items)})
        uow.commit()
    space.reload_catalog()
    return count


def import_bundled_if_empty(space: Workspace) -> LoadResult | None:
    """First start: import the bundled guides so the desk is usable at once."""
    if CatalogRepo(space.db.conn).count():
        return None
    # the YAML reader loads only on a first start (or an empty catalog), not at every start
    from counterdesk.services.catalog_files import load_path

    result = load_path(paths.bundled_catalog_dir())
    if result.ok and result.items:
        import_catalog(space, result.items, actor_id=None)
    return result


def imported_items(space: Workspace) -> list[ServiceItem]:
    """The latest imported version of each item; empty when nothing was imported (unlike
    `Workspace.catalog`, which falls back to the bundled guides)."""
    return CatalogRepo(space.db.conn).load().latest()
