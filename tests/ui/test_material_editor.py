"""The material editor: an issue date typed key by key, and a wrong one kept to correct."""

import datetime as dt

from counterdesk.domain.catalog import Material, MaterialForm
from counterdesk.ui.checklist_table_model import MaterialState
from counterdesk.ui.material_editor import MaterialEditor

CERTIFICATE = Material("income_proof", "收入证明", MaterialForm.ORIGINAL, 1, max_age_days=90)


def editor_like_the_checklist(qtbot):
    """The checklist shows the current row again after every edit; do the same."""
    editor = MaterialEditor()
    qtbot.addWidget(editor)
    state = MaterialState(CERTIFICATE)
    state.mark_received()
    editor.show_state(state)
    editor.edited.connect(lambda: editor.show_state(state))
    return editor, state


def test_an_issue_date_can_be_typed_key_by_key(qtbot):
    editor, state = editor_like_the_checklist(qtbot)
    qtbot.keyClicks(editor.issued_on, "2026-11-01")
    assert editor.issued_on.text() == "2026-11-01"
    assert state.issued_on == dt.date(2026, 11, 1)


def test_an_impossible_date_stays_in_the_field_with_a_message(qtbot):
    editor, state = editor_like_the_checklist(qtbot)
    qtbot.keyClicks(editor.issued_on, "2026-02-30")
    assert editor.issued_on.text() == "2026-02-30"
    assert state.issued_on is None and "日期无效" in editor.date_status.text()


def test_words_on_a_problem_are_kept_in_the_draft_and_shown_only_while_it_lasts(qtbot):
    from counterdesk.domain.defects import Defect

    editor, state = editor_like_the_checklist(qtbot)
    editor.defect_boxes[Defect.ILLEGIBLE].setChecked(True)
    qtbot.keyClicks(editor.detail, "p.3")
    assert state.detail == "p.3" and state.described == "p.3"
    assert MaterialState.from_json(CERTIFICATE, state.to_json()).detail == "p.3"
    editor.defect_boxes[Defect.ILLEGIBLE].setChecked(False)
    assert not editor.detail.isEnabled() and state.described == ""
