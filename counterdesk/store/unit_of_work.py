"""One unit of work: a write transaction that owns the repositories and the audit log, reads
inside it, and keeps its writes only when told (`uow.commit()`).

    with space.unit_of_work() as uow:
        case = uow.cases.get_case(case_id)
        uow.cases.save_case(case, received(case, day, at))  # a step of domain/cases.py
        uow.audit(at=at, actor_id=actor.user_id, action="...", entity="case",
                  entity_id=case_id, details={...})
        uow.commit()

Leaving the block without `commit()`, or with an exception, rolls everything back. SQLite's
errors come out as the store's (disk full, busy, damaged); the database's after-commit
hooks (the audit head record beside the database) run once per commit.
"""

from __future__ import annotations

import sqlite3
from functools import cached_property
from types import TracebackType

from counterdesk.store import audit
from counterdesk.store.aftercare_repo import AftercareRepo
from counterdesk.store.audit import Entry
from counterdesk.store.case_repo import CaseRepo
from counterdesk.store.catalog_repo import CatalogRepo
from counterdesk.store.db import Database, StoreError, translate_error
from counterdesk.store.document_repo import DocumentRepo
from counterdesk.store.preferences_repo import PreferencesRepo
from counterdesk.store.rating_repo import RatingRepo
from counterdesk.store.review_repo import ReviewRepo
from counterdesk.store.settings_repo import SettingsRepo
from counterdesk.store.users_repo import UsersRepo


class UnitOfWork:
    """Begun IMMEDIATE on entering, so every read in the block sees the state the block's
    writes build on. After `commit()` a new transaction begins: anything written later in
    the block is kept only by another `commit()`."""

    def __init__(self, db: Database):
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self.commits = 0
        self._open = False

    def __enter__(self) -> UnitOfWork:
        self.db.begin()
        self._open = True
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.rollback()
        if isinstance(error, sqlite3.Error):
            raise translate_error(error) from error

    def commit(self) -> None:
        if not self._open:
            raise StoreError("this unit of work is not open")
        self._open = False
        self.db.commit()
        self.commits += 1
        self.db.begin()
        self._open = True

    def rollback(self) -> None:
        if self._open:
            self._open = False
            self.db.rollback()

    # -- the log -------------------------------------------------------------------------

    def audit(self, *, at: str, actor_id: int | None, action: str, entity: str,
              entity_id: str, details: dict[str, object] | None = None) -> int:
        """Append an audit entry after the rows it reports were written; its seq."""
        return audit.append(self.conn, at=at, actor_id=actor_id, action=action,
                            entity=entity, entity_id=entity_id, details=details)

    def audit_many(self, entries: list[Entry]) -> tuple[int, str]:
        """Append prepared entries at once (bulk writers); the new head (seq, hash)."""
        return audit.append_many(self.conn, entries)

    # -- the repositories ----------------------------------------------------------------

    @cached_property
    def cases(self) -> CaseRepo:
        return CaseRepo(self.conn)

    @cached_property
    def documents(self) -> DocumentRepo:
        return DocumentRepo(self.conn)

    @cached_property
    def reviews(self) -> ReviewRepo:
        return ReviewRepo(self.conn)

    @cached_property
    def ratings(self) -> RatingRepo:
        return RatingRepo(self.conn)

    @cached_property
    def aftercare(self) -> AftercareRepo:
        return AftercareRepo(self.conn)

    @cached_property
    def settings(self) -> SettingsRepo:
        return SettingsRepo(self.conn)

    @cached_property
    def users(self) -> UsersRepo:
        return UsersRepo(self.conn)

    @cached_property
    def catalog(self) -> CatalogRepo:
        return CatalogRepo(self.conn)

    @cached_property
    def preferences(self) -> PreferencesRepo:
        return PreferencesRepo(self.conn)
