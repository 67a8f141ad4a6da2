"""Office settings: document number patterns and what every document prints."""

import pytest

from counterdesk.services.accounts import PermissionDenied
from counterdesk.services.office import OfficeService, SettingsError


def test_an_admin_changes_the_number_pattern_and_numbers_follow_it(space, people):
    pattern = "{office}受字〔{year}〕第{seq:05d}号"
    settings = OfficeService(space).save(people["admin"], {
        "office_short": "微政服", "pattern_acceptance_receipt": pattern})
    assert settings.doc_number("acceptance_receipt", 2026, 7) == "微政服受字〔2026〕第00007号"


@pytest.mark.parametrize("changes, words", [
    ({"pattern_supplement_notice": "{office}补〔{year}〕号"}, "needs {seq}"),
    ({"pattern_supplement_notice": "{office}补〔{yr}〕{seq}号"}, "unknown field"),
    ({"office_name": "  "}, "cannot be empty"),
    ({"idle_lock_minutes": "0"}, "from 1 to 240"),
    ({"colour": "red"}, "unknown setting"),
])
def test_a_bad_setting_is_refused_and_nothing_is_saved(space, people, changes, words):
    with pytest.raises(SettingsError, match=words):
        OfficeService(space).save(people["admin"], changes)
    assert OfficeService(space).load().office_name == "政务服务中心"


def test_a_clerk_cannot_change_office_settings(space, people):
    with pytest.raises(PermissionDenied):
        OfficeService(space).save(people["clerk"], {"office_name": "某中心"})
