"""An account's phone prints on documents as the handling clerk's: it follows the applicant's
phone rule (domain/validation.py check_phone) before anything is stored."""

from __future__ import annotations

import pytest

from counterdesk.services.accounts import AccountError, AccountService, Role


def stored_phone(space, username: str) -> list[str]:
    return [row["phone"] for row in space.db.conn.execute(
        "SELECT phone FROM users WHERE username = :name", {"name": username})]


def test_a_phone_with_letters_is_refused_and_no_account_is_made(space, people):
    # GIVEN the walk-through's phone "abc1234567"
    accounts = AccountService(space)
    # WHEN the administrator adds an account with it
    with pytest.raises(AccountError) as refused:
        accounts.create_user(people["admin"], "clerk1", "李受理", "clerk-pass-1", Role.CLERK,
                             "abc1234567")
    # THEN it is refused by name, and neither the account nor its audit entry exists
    assert refused.value.code == "account_phone_invalid"
    assert stored_phone(space, "clerk1") == []
    assert list(space.db.conn.execute(
        "SELECT seq FROM audit_log WHERE action = 'account_create'"
        " AND details LIKE '%clerk1%'")) == []


@pytest.mark.parametrize("typed", ["1390537000", "0537-800000", "139 0537 0001 2"])
def test_a_number_of_the_wrong_length_is_refused(space, people, typed):
    with pytest.raises(AccountError) as refused:
        AccountService(space).create_user(people["admin"], "clerk1", "李受理", "clerk-pass-1",
                                          Role.CLERK, typed)
    assert refused.value.code == "account_phone_invalid"


def test_a_valid_phone_is_stored_as_the_documents_print_it(space, people):
    AccountService(space).create_user(people["admin"], "clerk1", "李受理", "clerk-pass-1",
                                      Role.CLERK, "139 0537 0001")
    assert stored_phone(space, "clerk1") == ["13905370001"]


def test_an_account_without_a_phone_is_still_allowed(space, people):
    AccountService(space).create_user(people["admin"], "clerk1", "李受理", "clerk-pass-1",
                                      Role.CLERK, "")
    assert stored_phone(space, "clerk1") == [""]
