"""An administrator's account upkeep against a real SQLite database in tmp_path."""

import json

import pytest

from counterdesk.services.account_admin import AccountAdminService
from counterdesk.services.accounts import AccountError, AccountService, PermissionDenied


def audit_actions(space, user_id):
    return [(row["action"], json.loads(row["details"]).get("username"))
            for row in space.db.conn.execute(
                "SELECT action, details FROM audit_log WHERE entity = 'user'"
                " AND entity_id = :id ORDER BY seq", {"id": str(user_id)})]


def test_the_user_list_shows_every_account_without_password_hashes(space, people):
    users = AccountAdminService(space).users(people["admin"])
    assert [u["username"] for u in users] == ["admin", "li", "zhang"]
    assert all("password_hash" not in u for u in users)


def test_a_deactivated_clerk_can_no_longer_log_in_and_the_change_is_audited(space, people):
    clerk = people["clerk"]
    AccountAdminService(space).deactivate(people["admin"], clerk.user_id)
    with pytest.raises(AccountError) as refused:
        AccountService(space).log_in("zhang", "clerk-pass-1", "W01")
    assert refused.value.code == "bad_credentials"
    assert ("account_deactivate", "zhang") in audit_actions(space, clerk.user_id)
    AccountAdminService(space).reactivate(people["admin"], clerk.user_id)
    assert AccountService(space).log_in("zhang", "clerk-pass-1", "W01").user_id == clerk.user_id


def test_an_admin_cannot_deactivate_their_own_account(space, people):
    with pytest.raises(AccountError) as refused:
        AccountAdminService(space).deactivate(people["admin"], people["admin"].user_id)
    assert refused.value.code == "cannot_deactivate_self"


def test_a_reset_password_replaces_the_old_one_and_lifts_a_lockout(space, people):
    accounts = AccountService(space)
    for _ in range(5):
        with pytest.raises(AccountError):
            accounts.log_in("zhang", "wrong-password", "W01")
    AccountAdminService(space).reset_password(people["admin"], people["clerk"].user_id,
                                              "new-clerk-pass")
    with pytest.raises(AccountError):
        accounts.log_in("zhang", "clerk-pass-1", "W01")
    assert accounts.log_in("zhang", "new-clerk-pass", "W01").username == "zhang"
    assert ("password_reset", "zhang") in audit_actions(space, people["clerk"].user_id)


def test_a_reset_password_follows_the_password_rules(space, people):
    with pytest.raises(AccountError) as refused:
        AccountAdminService(space).reset_password(people["admin"], people["clerk"].user_id,
                                                  "short")
    assert refused.value.code == "password_too_short"


def test_unlocking_a_locked_account_lets_the_clerk_log_in_at_once(space, people):
    accounts = AccountService(space)
    for _ in range(5):
        with pytest.raises(AccountError):
            accounts.log_in("zhang", "wrong-password", "W01")
    with pytest.raises(AccountError) as locked:
        accounts.log_in("zhang", "clerk-pass-1", "W01")
    assert locked.value.code == "locked"
    AccountAdminService(space).unlock(people["admin"], people["clerk"].user_id)
    assert accounts.log_in("zhang", "clerk-pass-1", "W01").username == "zhang"
    assert ("account_unlock", "zhang") in audit_actions(space, people["clerk"].user_id)


def test_only_an_admin_may_change_accounts(space, people):
    admin_service = AccountAdminService(space)
    with pytest.raises(PermissionDenied):
        admin_service.unlock(people["supervisor"], people["clerk"].user_id)
    with pytest.raises(PermissionDenied):
        admin_service.users(people["clerk"])


def test_changing_an_unknown_user_is_refused_and_nothing_is_audited(space, people):
    before = space.db.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    with pytest.raises(AccountError) as refused:
        AccountAdminService(space).unlock(people["admin"], 999)
    assert refused.value.code == "unknown_user"
    assert space.db.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == before
