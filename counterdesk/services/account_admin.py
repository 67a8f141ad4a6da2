"""An administrator's account upkeep: the user list, deactivation, password reset, unlock."""

from __future__ import annotations

from typing import Any

from counterdesk.services.accounts import (
    AccountError,
    Actor,
    Role,
    check_password_rules,
    hash_password,
    require,
)
from counterdesk.services.workspace import Workspace
from counterdesk.store.users_repo import UsersRepo

# Columns the admin pages show; the password hash never leaves the store.
_LISTED = ("id", "username", "display_name", "role", "phone", "active", "failed_attempts",
           "locked_until", "created_at")


class AccountAdminService:
    def __init__(self, space: Workspace):
        self.space = space

    def users(self, admin: Actor) -> list[dict[str, Any]]:
        require(admin, Role.ADMIN)
        return [{key: user[key] for key in _LISTED}
                for user in UsersRepo(self.space.db.conn).all()]

    def deactivate(self, admin: Actor, user_id: int) -> None:
        """A person who leaves the hall can no longer log in; their cases and log entries
        stay under their name (首问责任 must remain traceable)."""
        if user_id == admin.user_id:
            raise AccountError("cannot_deactivate_self",
                               "an administrator cannot deactivate their own account")
        self._change(admin, user_id, "account_deactivate", {"active": 0}, {})

    def reactivate(self, admin: Actor, user_id: int) -> None:
        self._change(admin, user_id, "account_reactivate", {"active": 1}, {})

    def reset_password(self, admin: Actor, user_id: int, new_password: str) -> None:
        """A forgotten password is replaced, never read: only its scrypt hash is kept."""
        check_password_rules(new_password)
        self._change(admin, user_id, "password_reset",
                     {"password_hash": hash_password(new_password), "failed_attempts": 0,
                      "locked_until": None}, {})

    def unlock(self, admin: Actor, user_id: int) -> None:
        """Lift the lockout after five wrong passwords before its five minutes are up."""
        self._change(admin, user_id, "account_unlock",
                     {"failed_attempts": 0, "locked_until": None}, {})

    def _change(self, admin: Actor, user_id: int, action: str, values: dict[str, object],
                details: dict[str, object]) -> None:
        require(admin, Role.ADMIN)
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            repo = uow.users
            user = repo.by_id(user_id)
            if user is None:
                raise AccountError("unknown_user", f"there is no user with id {user_id}")
            repo.update(user_id, values)
            uow.audit(at=at, actor_id=admin.user_id, action=action, entity="user",
                      entity_id=str(user_id),
                      details={"username": user["username"], **details})
            uow.commit()
