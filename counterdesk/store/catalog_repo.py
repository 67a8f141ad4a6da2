"""Imported guide versions in the database; a case's version is kept after the guide changes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from counterdesk.domain.catalog import Catalog, ServiceItem
from counterdesk.domain.catalog_format import item_to_data, parse_item


class CatalogRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def save(self, items: Iterable[ServiceItem], at: str) -> int:
        """Insert or replace the given versions (inside the caller's transaction)."""
        count = 0
        for item in items:
            self.conn.execute(
                "INSERT INTO catalog_items (code, version, name, department, body, source_name,"
                " imported_at) VALUES (:code, :version, :name, :department, :body, :source, :at)"
                " ON CONFLICT (code, version) DO UPDATE SET name = excluded.name,"
                " department = excluded.department, body = excluded.body,"
                " source_name = excluded.source_name, imported_at = excluded.imported_at",
                {"code": item.code, "version": item.version.isoformat(), "name": item.name,
                 "department": item.department,
                 "body": json.dumps(item_to_data(item), ensure_ascii=False),
                 "source": item.source, "at": at},
            )
            count += 1
        return count

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM catalog_items").fetchone()[0])

    def load(self) -> Catalog:
        catalog = Catalog()
        for row in self.conn.execute("SELECT body, source_name FROM catalog_items"):
            catalog.add(parse_item(json.loads(row[0]), row[1]))
        return catalog
