"""The clerk's unfinished intake form, kept as JSON so a crash loses nothing typed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from counterdesk.services.accounts import Actor
from counterdesk.services.workspace import Workspace
from counterdesk.store.case_repo import CaseRepo


@dataclass(frozen=True)
class Draft:
    saved_at: str
    body: dict[str, Any]


class DraftService:
    """One draft per clerk; registering or deciding drops it (IntakeService does that)."""

    def __init__(self, space: Workspace):
        self.space = space

    def save(self, actor: Actor, body: dict[str, Any]) -> None:
        text = json.dumps(body, ensure_ascii=False, sort_keys=True)
        with self.space.unit_of_work() as uow:
            uow.cases.save_draft(actor.user_id, self.space.now_text(), text)
            uow.commit()

    def load(self, actor: Actor) -> Draft | None:
        row = CaseRepo(self.space.db.conn).draft(actor.user_id)
        if row is None:
            return None
        try:
            body = json.loads(row["body"])
        except json.JSONDecodeError:
            # A draft is a convenience; one that cannot be read is not worth blocking log-in.
            return None
        return Draft(str(row["saved_at"]), body) if isinstance(body, dict) else None

    def drop(self, actor: Actor) -> None:
        with self.space.unit_of_work() as uow:
            uow.cases.drop_draft(actor.user_id)
            uow.commit()
