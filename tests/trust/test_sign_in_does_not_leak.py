"""Log-in and the idle lock's unlock: the same answer and the same work whether or not an
account exists, one lockout counter for both, every refusal audited and kept."""

from __future__ import annotations

import sqlite3
import statistics
import time

import pytest

from counterdesk.services.account_admin import AccountAdminService
from counterdesk.services.accounts import AccountError, AccountService
from counterdesk.services.integrity import verify_log
from counterdesk.store.db import DB_FILENAME


def refusal(call) -> AccountError:
    with pytest.raises(AccountError) as raised:
        call()
    return raised.value


def answers(accounts: AccountService, name: str, tries: int) -> list[tuple[str, str, str]]:
    found = []
    for _ in range(tries):
        error = refusal(lambda: accounts.log_in(name, "wrong-pass", "W01"))
        found.append((error.code, str(error), error.locked_until))
    return found


def committed(space, sql: str, **params):
    """Read through a second connection: only what was committed is there."""
    conn = sqlite3.connect(space.home / DB_FILENAME)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_an_unknown_name_gets_the_same_answers_as_a_wrong_password_and_locks_alike(space,
                                                                                  people):
    accounts = AccountService(space)
    known = answers(accounts, "zhang", 6)
    unknown = answers(accounts, "nobody", 6)
    assert known == unknown
    assert [code for code, _, _ in known] == ["bad_credentials"] * 4 + ["locked"] * 2


def test_a_deactivated_account_is_answered_like_an_unknown_name(space, people):
    AccountAdminService(space).deactivate(people["admin"], people["clerk"].user_id)
    accounts = AccountService(space)
    error = refusal(lambda: accounts.log_in("zhang", "clerk-pass-1", "W01"))
    assert (error.code, str(error)) == ("bad_credentials", "wrong user name or password")
    deactivated = [(error.code, str(error), error.locked_until), *answers(accounts, "zhang", 5)]
    assert deactivated == answers(accounts, "nobody", 6)


def test_an_unknown_name_costs_the_same_scrypt_work_as_a_wrong_password(space, people):
    accounts = AccountService(space)
    times: dict[str, list[float]] = {"zhang": [], "nobody": []}
    for _ in range(7):
        for name, spent in times.items():
            start = time.perf_counter()
            refusal(lambda name=name: accounts.log_in(name, "wrong-pass", "W01"))
            spent.append(time.perf_counter() - start)
    known, unknown = statistics.median(times["zhang"]), statistics.median(times["nobody"])
    assert unknown >= 0.3 * known and known >= 0.3 * unknown, (known, unknown)


def test_a_locked_name_is_refused_even_with_the_right_password_until_the_lockout_ends(
        space, people, clock):
    accounts = AccountService(space)
    answers(accounts, "zhang", 5)
    assert refusal(lambda: accounts.log_in("zhang", "clerk-pass-1", "W01")).code == "locked"
    answers(accounts, "nobody", 5)
    assert refusal(lambda: accounts.log_in("nobody", "wrong-pass", "W01")).code == "locked"
    clock.advance(minutes=5, seconds=1)
    assert accounts.log_in("zhang", "clerk-pass-1", "W01").username == "zhang"
    assert answers(accounts, "nobody", 1)[0][0] == "bad_credentials"


def test_failed_and_locked_attempts_are_committed_and_audited(space, people):
    accounts = AccountService(space)
    answers(accounts, "zhang", 3)
    assert committed(space, "SELECT failed_attempts FROM users WHERE username = 'zhang'") \
        == [(3,)]
    answers(accounts, "zhang", 3)  # two more lock it; the sixth meets the lock
    answers(accounts, "nobody", 6)
    logged = committed(space, "SELECT action, entity, COUNT(*) FROM audit_log WHERE action"
                              " IN ('login_failed', 'login_locked') GROUP BY action, entity"
                              " ORDER BY action, entity")
    assert logged == [("login_failed", "login_name", 5), ("login_failed", "user", 5),
                      ("login_locked", "login_name", 1), ("login_locked", "user", 1)]
    verdict = verify_log(space)
    assert verdict.ok, verdict.headline()


def test_the_idle_lock_shares_the_log_in_lockout_counter(space, people):
    accounts, clerk = AccountService(space), people["clerk"]
    answers(accounts, "zhang", 2)
    for _ in range(3):
        assert refusal(lambda: accounts.unlock(clerk, "wrong-pass")).code in (
            "bad_credentials", "locked")
    assert refusal(lambda: accounts.unlock(clerk, "clerk-pass-1")).code == "locked"
    assert refusal(lambda: accounts.log_in("zhang", "clerk-pass-1", "W01")).code == "locked"
    assert committed(space, "SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed'"
                            " AND entity_id = :id", id=str(clerk.user_id)) == [(5,)]


def test_a_right_unlock_clears_the_count_and_is_logged(space, people):
    accounts, clerk = AccountService(space), people["clerk"]
    assert refusal(lambda: accounts.unlock(clerk, "wrong-pass")).code == "bad_credentials"
    accounts.unlock(clerk, "clerk-pass-1")
    assert committed(space, "SELECT failed_attempts FROM users WHERE id = :id",
                     id=clerk.user_id) == [(0,)]
    details = committed(space, "SELECT details FROM audit_log WHERE action = 'login'"
                               " ORDER BY seq DESC LIMIT 1")[0][0]
    assert '"unlock":true' in details


def test_a_deactivated_clerk_cannot_unlock_the_desk(space, people):
    AccountAdminService(space).deactivate(people["admin"], people["clerk"].user_id)
    error = refusal(lambda: AccountService(space).unlock(people["clerk"], "clerk-pass-1"))
    assert error.code == "account_inactive"
