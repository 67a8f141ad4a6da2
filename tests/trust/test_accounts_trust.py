"""Accounts: no clear-text password anywhere, lockout after five failures, clerks stay clerks."""

from __future__ import annotations

import pytest

from counterdesk.services.accounts import (
    AccountError,
    AccountService,
    PermissionDenied,
    Role,
    require,
)
from counterdesk.services.office import OfficeService


def test_passwords_are_never_stored_or_logged_in_clear(space, people):
    accounts = AccountService(space)
    with pytest.raises(AccountError):
        accounts.log_in("zhang", "typo-pass-1", "W01")
    space.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = b"".join(p.read_bytes() for p in space.home.glob("counterdesk.sqlite3*"))
    for password in ("clerk-pass-1", "typo-pass-1", "admin-pass-1"):
        assert password.encode() not in stored
    hashes = [r[0] for r in space.db.conn.execute("SELECT password_hash FROM users")]
    assert all(h.startswith("scrypt$16384$8$1$") for h in hashes)


def test_five_wrong_passwords_lock_the_account_for_five_minutes_and_are_logged(space, people,
                                                                               clock):
    accounts = AccountService(space)
    codes = []
    for _ in range(5):
        with pytest.raises(AccountError) as raised:
            accounts.log_in("zhang", "wrong-pass", "W01")
        codes.append(raised.value.code)
    assert codes == ["bad_credentials"] * 4 + ["locked"]
    with pytest.raises(AccountError) as raised:
        accounts.log_in("zhang", "clerk-pass-1", "W01")
    assert raised.value.code == "locked"
    logged = space.db.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action ="
                                   " 'login_failed'").fetchone()[0]
    assert logged == 5
    clock.advance(minutes=5, seconds=1)
    assert accounts.log_in("zhang", "clerk-pass-1", "W01").username == "zhang"


def test_a_clerk_cannot_act_as_supervisor_or_admin(space, people):
    clerk = people["clerk"]
    with pytest.raises(PermissionDenied):
        require(clerk, Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        OfficeService(space).save(clerk, {"court": "某法院"})
    with pytest.raises(PermissionDenied):
        AccountService(space).create_user(clerk, "x", "某", "long-enough-1", Role.ADMIN)


def test_there_is_no_default_account_or_password(space):
    assert AccountService(space).needs_first_admin()
    with pytest.raises(AccountError):
        AccountService(space).log_in("admin", "admin", "W01")
