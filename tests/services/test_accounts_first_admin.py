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


def test_two_first_starts_at_once_make_one_administrator(space, clock):
    """Two connections race to create the first admin; the check and the insert share one
    write transaction, so the second finds the first one's account."""
    import threading

    from counterdesk.services.workspace import Workspace

    spaces = [space, Workspace(space.home, clock=clock)]
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def first_start(index: int) -> None:
        start.wait()
        try:
            AccountService(spaces[index]).create_first_admin(
                f"admin{index}", "管理员", "admin-pass-1", "W01", "综合窗口")
            outcomes.append("created")
        except AccountError as error:
            outcomes.append(error.code)

    threads = [threading.Thread(target=first_start, args=(index,)) for index in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    spaces[1].close()
    assert sorted(outcomes) == ["admin_exists", "created"]
    assert space.db.conn.execute("SELECT COUNT(*) FROM users WHERE role = 'admin'"
                                 ).fetchone()[0] == 1
