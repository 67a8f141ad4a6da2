"""The checklist's table model: Qt's model checks, changes through setData only, and exactly
the decision's verdict on each material (expiry included)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from counterdesk.domain.catalog import Material, MaterialForm
from counterdesk.domain.decision import material_defects
from counterdesk.domain.defects import Defect
from counterdesk.ui import words
from counterdesk.ui.checklist_table_model import (
    _PROBLEM_BACKGROUND,
    _RECEIVED_BACKGROUND,
    ChecklistTableModel,
    MaterialState,
)

RECEIVED_ON = dt.date(2026, 9, 30)
TAX_RECEIPT = Material("tax_receipt", "完税证明", MaterialForm.ORIGINAL, 1, max_age_days=90)
APPLICATION = Material("application", "申请书", MaterialForm.ORIGINAL, 2)
ID_CARD = Material("id_card", "身份证", MaterialForm.INSPECT_ORIGINAL, 1)
PROBLEMS = 4  # the column that names the problems left


def _model(*materials: Material) -> ChecklistTableModel:
    model = ChecklistTableModel()
    model.set_rows([MaterialState(m, received_on=RECEIVED_ON) for m in materials])
    return model


def test_the_checklist_model_passes_qts_model_checks_while_it_is_edited(qtmodeltester):
    # GIVEN a checklist of three materials
    model = _model(APPLICATION, TAX_RECEIPT, ID_CARD)
    qtmodeltester.check(model)
    # WHEN the clerk ticks one, records another whole, and marks all received
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    recorded = MaterialState(TAX_RECEIPT, True, 1, dt.date(2026, 9, 1))
    assert model.setData(model.index(1, 0), recorded, ChecklistTableModel.STATE_ROLE)
    model.mark_all_received()
    # THEN it still passes Qt's checks, and every row is received
    qtmodeltester.check(model)
    assert [model.data(model.index(row, 0), Qt.ItemDataRole.CheckStateRole)
            for row in range(3)] == [Qt.CheckState.Checked] * 3


def test_a_121_day_old_tax_receipt_with_a_90_day_limit_shows_as_expired(qtbot):
    # GIVEN a tax receipt valid for 90 days, issued 121 days before the materials came in
    model = _model(TAX_RECEIPT)
    issued = RECEIVED_ON - dt.timedelta(days=121)
    # WHEN the clerk records it received, in the right number of copies, with that date
    record = MaterialState(TAX_RECEIPT, True, 1, issued, received_on=RECEIVED_ON)
    model.setData(model.index(0, 0), record, ChecklistTableModel.STATE_ROLE)
    # THEN the row shows what the decision says: expired, on the problem colour
    verdict = material_defects(TAX_RECEIPT, record.report(), RECEIVED_ON)
    assert verdict == (Defect.EXPIRED,)
    assert model.data(model.index(0, PROBLEMS)) == words.defect("expired")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == _PROBLEM_BACKGROUND


def test_a_tax_receipt_within_its_90_days_shows_no_problem(qtbot):
    # GIVEN the same receipt issued 90 days before receipt, the last valid day
    model = _model(TAX_RECEIPT)
    record = MaterialState(TAX_RECEIPT, True, 1, RECEIVED_ON - dt.timedelta(days=90))
    # WHEN it is recorded
    model.setData(model.index(0, 0), record, ChecklistTableModel.STATE_ROLE)
    # THEN nothing is wrong with it, as for the decision
    assert material_defects(TAX_RECEIPT, record.report(), RECEIVED_ON) == ()
    assert model.data(model.index(0, PROBLEMS)) == ""
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == _RECEIVED_BACKGROUND


def test_each_change_through_setdata_announces_its_row_and_keeps_the_rows_object(qtbot):
    # GIVEN a checklist whose rows the page's draft also holds
    model = _model(APPLICATION, TAX_RECEIPT)
    kept = model.rows[1]
    # WHEN the second row's record is set
    record = MaterialState(TAX_RECEIPT, True, 1, dt.date(2026, 9, 1), {Defect.ILLEGIBLE},
                           detail="印章模糊")
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.setData(model.index(1, 0), record, ChecklistTableModel.STATE_ROLE)
    # THEN that row is announced, it is the same object, and it holds the record
    first, last = changed.args[:2]
    assert (first.row(), last.row(), last.column()) == (1, 1, ChecklistTableModel.COLUMNS - 1)
    assert model.rows[1] is kept
    assert model.data(model.index(1, 0), ChecklistTableModel.STATE_ROLE) is kept
    assert (kept.received, kept.issued_on, kept.defects, kept.detail) == (
        True, dt.date(2026, 9, 1), {Defect.ILLEGIBLE}, "印章模糊")


def test_a_record_of_another_material_or_an_unknown_role_is_refused(qtbot):
    # GIVEN a checklist with the application form first
    model = _model(APPLICATION, TAX_RECEIPT)
    # WHEN the tax receipt's record is set on the application's row, or text is typed in
    wrong_row = model.setData(model.index(0, 0), MaterialState(TAX_RECEIPT, True, 1),
                              ChecklistTableModel.STATE_ROLE)
    typed = model.setData(model.index(0, 1), "x", Qt.ItemDataRole.EditRole)
    # THEN both are refused and nothing was recorded
    assert (wrong_row, typed) == (False, False)
    assert not model.rows[0].received


def test_mark_all_received_announces_every_row_once(qtbot):
    # GIVEN three materials, none received
    model = _model(APPLICATION, TAX_RECEIPT, ID_CARD)
    seen = []
    model.dataChanged.connect(lambda first, last: seen.append((first.row(), last.row())))
    # WHEN the clerk presses 全部收齐
    model.mark_all_received()
    # THEN one change covers all three rows, each received in the copies the guide asks for
    assert seen == [(0, 2)]
    assert [(s.received, s.copies) for s in model.rows] == [(True, 2), (True, 1), (True, 1)]
