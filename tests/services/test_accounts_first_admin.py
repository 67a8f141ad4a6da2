"""First start: the first administrator comes with the first window, or not at all."""

import pytest

from counterdesk.services.accounts import AccountError, AccountService


@pytest.mark.parametrize("window_id, window_name", [("", "综合窗口"), ("W01", " ")])
def test_the_first_admin_is_refused_without_a_window(space, window_id, window_name):
    accounts = AccountService(space)
    with pytest.raises(AccountError) as raised:
        accounts.create_first_admin("admin", "管理员", "admin-pass-1", window_id, window_name)
    assert raised.value.code == "window_required"
    assert accounts.needs_first_admin()
