"""Preferences belong to the account: a clerk's language, preview size and printers never
change the desk for the next person; every change is audited with the account."""

import pytest

from counterdesk.services.integrity import verify_connection
from counterdesk.services.preferences import (
    PreferenceError,
    Preferences,
    PreferencesService,
)


def test_given_no_choice_when_loaded_then_the_defaults_are_chinese_and_no_printer(space, people):
    assert PreferencesService(space).load(people["clerk"]) == Preferences(
        language="zh_CN", preview_size=None, printer_a4="", printer_slip="")


def test_given_a_clerk_chooses_english_when_another_account_loads_then_it_stays_chinese(
        space, people):
    service = PreferencesService(space)
    changed = service.save(people["clerk"], Preferences(
        language="en", printer_a4="HP LaserJet 办公室", printer_slip="XP-80C"))
    assert changed == ["language", "printer_a4", "printer_slip"]
    assert service.load(people["clerk"]) == Preferences(
        language="en", printer_a4="HP LaserJet 办公室", printer_slip="XP-80C")
    assert service.load(people["supervisor"]).language == "zh_CN"


def test_given_a_change_when_saved_then_it_is_audited_with_the_account_and_verifies(
        space, people):
    service = PreferencesService(space)
    service.save(people["clerk"], Preferences(language="en"))
    row = space.db.conn.execute(
        "SELECT action, entity, entity_id, details FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert (row["action"], row["entity"], row["entity_id"]) == (
        "preferences_change", "user", str(people["clerk"].user_id))
    assert '"changed":["language"]' in row["details"]
    assert verify_connection(space.db.conn).ok


def test_given_a_preference_edited_outside_the_program_when_verified_then_it_shows(
        space, people):
    PreferencesService(space).save(people["clerk"], Preferences(printer_a4="HP"))
    space.db.conn.execute("UPDATE user_preferences SET value = 'Other' WHERE key = 'printer_a4'")
    assert not verify_connection(space.db.conn).ok


def test_given_nothing_changed_when_saved_again_then_nothing_is_written(space, people):
    service = PreferencesService(space)
    service.save(people["clerk"], Preferences(language="en"))
    before = space.db.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    assert service.save(people["clerk"], Preferences(language="en")) == []
    assert space.db.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == before


def test_given_back_to_the_defaults_when_saved_then_no_rows_are_left(space, people):
    service = PreferencesService(space)
    service.save(people["clerk"], Preferences(language="en", printer_a4="HP"))
    service.save(people["clerk"], Preferences())
    assert space.db.conn.execute("SELECT COUNT(*) FROM user_preferences").fetchone()[0] == 0
    assert service.load(people["clerk"]) == Preferences()


@pytest.mark.parametrize(("preferences", "code"), [
    (Preferences(language="fr"), "unknown_language"),
    (Preferences(printer_a4="HP\nLaserJet"), "bad_printer_name"),
    (Preferences(printer_slip="x" * 201), "bad_printer_name"),
    (Preferences(preview_size=(10, 10)), "bad_preview_size"),
])
def test_given_a_bad_preference_when_saved_then_it_is_refused_with_a_reason(
        space, people, preferences, code):
    with pytest.raises(PreferenceError) as refused:
        PreferencesService(space).save(people["clerk"], preferences)
    assert refused.value.code == code
    assert PreferencesService(space).load(people["clerk"]) == Preferences()


def test_given_a_preview_resized_when_remembered_then_the_next_load_has_it(space, people):
    service = PreferencesService(space)
    assert service.remember_preview_size(people["clerk"], 1000, 700)
    assert not service.remember_preview_size(people["clerk"], 1000, 700)
    assert not service.remember_preview_size(people["clerk"], 0, 0)
    assert service.load(people["clerk"]).preview_size == (1000, 700)
    assert service.load(people["supervisor"]).preview_size is None


def test_given_an_unreadable_stored_value_when_loaded_then_the_default_is_used(space, people):
    with space.db.transaction() as conn:
        conn.execute("INSERT INTO user_preferences (user_id, key, value) VALUES (?, ?, ?)",
                     (people["clerk"].user_id, "preview_size", "huge"))
        conn.execute("INSERT INTO user_preferences (user_id, key, value) VALUES (?, ?, ?)",
                     (people["clerk"].user_id, "language", "xx"))
    assert PreferencesService(space).load(people["clerk"]) == Preferences()
