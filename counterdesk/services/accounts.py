"""Accounts, roles, log-in and unlock: scrypt-hashed passwords, lockout after repeated
failures, the same answer whether or not an account exists."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from counterdesk.domain.validation import check_phone
from counterdesk.services.workspace import Workspace
from counterdesk.store.unit_of_work import UnitOfWork
from counterdesk.store.users_repo import UsersRepo

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 8
# scrypt (memory-hard): 16 MiB per hash, about 50 ms on a window PC.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
# Checked against for a name with no account, so that answer costs the same scrypt work as a
# wrong password; its digest (zeros) is no password's.
_DUMMY_HASH = (f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}$"
               f"{base64.b64encode(secrets.token_bytes(16)).decode()}$"
               f"{base64.b64encode(bytes(32)).decode()}")


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class AccountError(Exception):
    """Log-in or account change refused; `code` says why (the UI words it)."""

    def __init__(self, code: str, message: str = "", locked_until: str = ""):
        self.code = code
        # For 'locked': the ISO time the lockout ends, so the message can say until when.
        self.locked_until = locked_until
        super().__init__(message or code)


class PermissionDenied(AccountError):
    def __init__(self, needed: str):
        super().__init__("permission_denied", f"this needs the {needed} role")


@dataclass(frozen=True)
class Actor:
    """Who is working, at which window. Every service call acts as exactly this person."""

    user_id: int
    username: str
    display_name: str
    role: Role
    window_id: str
    phone: str = ""

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R,
                            p=_SCRYPT_P, dklen=32)
    encode = base64.b64encode
    return (f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}$"
            f"{encode(salt).decode()}${encode(digest).decode()}")


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt),
                                n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("password_too_short",
                           f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


class AccountService:
    def __init__(self, space: Workspace):
        self.space = space

    def needs_first_admin(self) -> bool:
        return UsersRepo(self.space.db.conn).count() == 0

    def create_first_admin(self, username: str, display_name: str, password: str,
                           window_id: str, window_name: str) -> Actor:
        """First start with an empty database: there is no built-in default password.

        The first window is required: log-in asks for a window, so an admin made without
        one could never log in to set one up. "No account yet" is checked inside the write
        transaction of the insert: two first starts at once make one administrator.
        """
        if not window_id.strip() or not window_name.strip():
            raise AccountError("window_required", "the first window needs an id and a name")
        return self._create(None, username, display_name, password, Role.ADMIN, "",
                            window_id.strip(), window_name.strip(), first=True)

    def create_user(self, admin: Actor, username: str, display_name: str, password: str,
                    role: Role, phone: str = "") -> int:
        """The phone is the one documents print as the handling clerk's (办公设置 “在文书上
        打印经办人本人电话”), so it follows the applicant's phone rule; empty is allowed."""
        require(admin, Role.ADMIN)
        actor = self._create(admin.user_id, username, display_name, password, role, phone,
                             None, None)
        return actor.user_id

    def _create(self, actor_id: int | None, username: str, display_name: str, password: str,
                role: Role, phone: str, window_id: str | None, window_name: str | None,
                first: bool = False) -> Actor:
        username = username.strip()
        if not username or not display_name.strip():
            raise AccountError("name_required", "user name and display name are required")
        checked_phone = check_phone(phone)
        if not checked_phone.ok:
            raise AccountError("account_phone_invalid",
                               f"{phone!r} is not a phone number ({checked_phone.reason})")
        phone = checked_phone.value
        check_password_rules(password)
        password_hash = hash_password(password)
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            repo = uow.users
            if first and repo.count():
                raise AccountError("admin_exists", "an administrator already exists")
            if repo.by_username(username):
                raise AccountError("username_taken", f"user name '{username}' is taken")
            if window_id:
                repo.upsert_window(window_id, window_name or window_id)
                uow.audit(at=at, actor_id=actor_id, action="window_save",
                          entity="window", entity_id=window_id,
                          details={"name": window_name or window_id, "department": ""})
            user_id = repo.insert({"username": username, "display_name": display_name.strip(),
                                   "role": role.value, "password_hash": password_hash,
                                   "phone": phone, "created_at": at})
            uow.audit(at=at, actor_id=actor_id, action="account_create",
                      entity="user", entity_id=str(user_id),
                      details={"username": username, "role": role.value})
            uow.commit()
        return Actor(user_id, username, display_name.strip(), role, window_id or "", phone)

    def add_window(self, admin: Actor, window_id: str, name: str, department: str = "") -> None:
        require(admin, Role.ADMIN)
        if not window_id.strip() or not name.strip():
            raise AccountError("window_required", "a window needs an id and a name")
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            uow.users.upsert_window(window_id.strip(), name.strip(), department.strip())
            uow.audit(at=at, actor_id=admin.user_id, action="window_save",
                      entity="window", entity_id=window_id.strip(),
                      details={"name": name.strip(), "department": department.strip()})
            uow.commit()

    def windows(self) -> list[dict[str, object]]:
        return UsersRepo(self.space.db.conn).windows()

    def log_in(self, username: str, password: str, window_id: str) -> Actor:
        """Five wrong passwords lock the name for five minutes; each refusal is logged.

        An unknown name, a deactivated account and a wrong password get the same answer
        after the same scrypt work, and an unknown name locks like an account, so neither
        the answer nor its delay tells whether an account exists.
        """
        name = username.strip()
        now = self.space.clock()
        at = now.isoformat(timespec="seconds")
        with self.space.unit_of_work() as uow:
            repo = uow.users
            user = repo.by_username(name)
            refusal = self._check(uow, name, user, password, now, at)
            if refusal is None and user is not None:
                if window_id not in {w["id"] for w in repo.windows()}:
                    refusal = AccountError("unknown_window",
                                           f"window '{window_id}' is not set up")
                else:
                    self._accepted(uow, user, at, {"window": window_id})
            uow.commit()
        # Raised only after the transaction committed: raising inside would roll back the
        # failure count and its audit entry, and the lockout would never come.
        if refusal is not None:
            raise refusal
        assert user is not None
        return Actor(user["id"], user["username"], user["display_name"], Role(user["role"]),
                     window_id, user["phone"])

    def unlock(self, actor: Actor, password: str) -> None:
        """Open the idle-locked desk: only the same clerk's password, checked and counted
        exactly as at log-in, so the lock is no way round the lockout."""
        now = self.space.clock()
        at = now.isoformat(timespec="seconds")
        with self.space.unit_of_work() as uow:
            user = uow.users.by_id(actor.user_id)
            refusal = self._check(uow, actor.username, user, password, now, at)
            if refusal is None and user is not None:
                self._accepted(uow, user, at, {"window": actor.window_id, "unlock": True})
            uow.commit()
        if refusal is not None:
            # The person at the desk is this clerk's session already: naming the deactivated
            # account tells nothing new, and says why the desk stays locked.
            if user is not None and not user["active"] and refusal.code == "bad_credentials":
                raise AccountError("account_inactive", "this account has been deactivated")
            raise refusal

    def _check(self, uow: UnitOfWork, name: str, user: dict[str, Any] | None, password: str,
               now: dt.datetime, at: str) -> AccountError | None:
        """None when the password opens an active, unlocked account; otherwise the refusal,
        with the attempt counted and logged in the caller's transaction."""
        # The same scrypt work for every attempt, locked or not, known name or not.
        matches = verify_password(password, user["password_hash"] if user else _DUMMY_HASH)
        if user is not None:
            failures, locked_until = user["failed_attempts"], user["locked_until"]
        else:
            failures, locked_until = _name_attempts(uow.users.last_name_attempt(name))
        subject = ("user", str(user["id"]), user["id"]) if user else ("login_name", name, None)
        if locked_until and dt.datetime.fromisoformat(locked_until) > now:
            uow.audit(at=at, actor_id=subject[2], action="login_locked",
                      entity=subject[0], entity_id=subject[1],
                      details={"reason": "locked", "locked_until": locked_until})
            return AccountError("locked", f"account locked until {locked_until}",
                                locked_until=locked_until)
        if matches and user is not None and user["active"]:
            return None
        reason = ("unknown_user" if user is None else
                  "inactive" if not user["active"] else "bad_password")
        return self._record_failure(uow, subject, user, failures, reason, now, at)

    def _record_failure(self, uow: UnitOfWork, subject: tuple[str, str, int | None],
                        user: dict[str, Any] | None, failures: int, reason: str,
                        now: dt.datetime, at: str) -> AccountError:
        failures += 1
        values: dict[str, object] = {"failed_attempts": failures}
        details: dict[str, object] = {"reason": reason, "attempt": failures}
        if failures >= MAX_FAILED_ATTEMPTS:
            until = (now + LOCKOUT).isoformat(timespec="seconds")
            values = {"failed_attempts": 0, "locked_until": until}
            details["locked_until"] = until
        if user is not None:
            uow.users.update(user["id"], values)
        uow.audit(at=at, actor_id=subject[2], action="login_failed",
                  entity=subject[0], entity_id=subject[1], details=details)
        if failures >= MAX_FAILED_ATTEMPTS:
            return AccountError("locked", f"account locked until {values['locked_until']}",
                                locked_until=str(values["locked_until"]))
        return AccountError("bad_credentials", "wrong user name or password")

    def _accepted(self, uow: UnitOfWork, user: dict[str, Any], at: str,
                  details: dict[str, object]) -> None:
        uow.users.update(user["id"], {"failed_attempts": 0, "locked_until": None})
        uow.audit(at=at, actor_id=user["id"], action="login", entity="user",
                  entity_id=str(user["id"]), details=details)


def _name_attempts(details: dict[str, Any] | None) -> tuple[int, str | None]:
    """(failures, locked_until) of a name without an account, as a user row would hold
    them: the count starts again once a lockout was set."""
    if not details:
        return 0, None
    locked_until = details.get("locked_until")
    if locked_until:
        return 0, str(locked_until)
    return int(details.get("attempt", 0)), None


def require(actor: Actor, role: Role) -> None:
    """A clerk can never act as a supervisor; an admin manages but also supervises."""
    allowed = {Role.CLERK: {Role.CLERK, Role.SUPERVISOR, Role.ADMIN},
               Role.SUPERVISOR: {Role.SUPERVISOR, Role.ADMIN},
               Role.ADMIN: {Role.ADMIN}}[role]
    if actor.role not in allowed:
        raise PermissionDenied(role.value)
