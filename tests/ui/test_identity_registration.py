"""首问登记 with the newer kinds of document, typed like a clerk: the foreign permanent resident's
card, the residence permit, passports, and the warning about a number on file under another
name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.services.intake import Applicant, IntakeService, Registration
from tests.ui.conftest import rows, when_modal
from tests.ui.desk import HOUSE_ITEM_QUERY, PERSON_ID, Keyboard, type_text

# 9 · 31 上海 · 840 United States · born 1980-01-01 · sequence 001 · MOD 11-2 check 7
FOREIGN_CARD = "931840198001010017"
HONG_KONG_PERMIT = "810000199001010019"


def answer(button: QMessageBox.StandardButton):
    return lambda box: box.button(button).click()


def choose_house_item_and_register(keys: Keyboard) -> None:
    keys.press(Qt.Key.Key_F3)
    keys.type(HOUSE_ITEM_QUERY)
    keys.press(Qt.Key.Key_Return)  # chooses the item; focus moves to 登记
    keys.press(Qt.Key.Key_Return)


def test_a_foreign_card_number_typed_by_keys_sets_its_kind_and_registers(qtbot, window, space):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    assert keys.focused() is page.name
    type_text(qtbot, page.name, "约翰·史密斯")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is page.id_type and page.id_type.currentData() == "resident_id"
    keys.press(Qt.Key.Key_Tab)
    keys.type(FOREIGN_CARD)

    assert page.id_type.currentData() == "foreign_permanent_resident"
    assert page.id_status.text() == "✓ 号码有效\n证件类型已按号码改为“外国人永久居留身份证”"
    keys.press(Qt.Key.Key_Return)
    assert keys.focused() is page.phone
    keys.type("13800000000")
    choose_house_item_and_register(keys)

    assert window.intake.currentWidget() is window.intake.checklist
    assert rows(space, "SELECT applicant_name, id_type, id_number, id_warning FROM cases") == [
        {"applicant_name": "约翰·史密斯", "id_type": "foreign_permanent_resident",
         "id_number": FOREIGN_CARD, "id_warning": ""}]


def test_the_kind_is_chosen_with_the_arrow_keys_and_a_permit_registers(qtbot, window, space):
    page = window.intake.registration
    keys = Keyboard(qtbot)
    type_text(qtbot, page.name, "陈大文")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    assert page.id_type.currentText() == "港澳台居民居住证"
    keys.press(Qt.Key.Key_Tab)
    keys.type(HONG_KONG_PERMIT)
    assert page.id_status.text() == "✓ 号码有效"
    choose_house_item_and_register(keys)

    assert rows(space, "SELECT id_type, id_number FROM cases") == [
        {"id_type": "hk_macau_taiwan_residence", "id_number": HONG_KONG_PERMIT}]


def test_a_foreign_card_that_does_not_check_says_what_is_wrong(qtbot, window):
    page = window.intake.registration
    type_text(qtbot, page.name, "约翰·史密斯")
    qtbot.keyClicks(page.id_number, "931156198001010010")
    assert page.id_type.currentData() == "foreign_permanent_resident"
    assert page.id_status.text().startswith("✗ 国籍代码不对（第4至6位应为外国的国家代码）")

    page.id_number.clear()
    qtbot.keyClicks(page.id_number, FOREIGN_CARD[:17] + "0")
    assert page.id_status.text() == "✗ 校验位不符"


def test_a_passport_number_that_is_too_short_says_how_long_it_must_be(qtbot, window):
    page = window.intake.registration
    page.id_type.setCurrentIndex(page.id_type.findData("passport"))
    qtbot.keyClicks(page.id_number, "E123")
    assert page.id_status.text() == "✗ 位数不对（护照号码应为5至17位）"
    qtbot.keyClicks(page.id_number, "45678")
    assert page.id_status.text() == "✓ 号码有效"
    assert page.id_type.currentData() == "passport"


def test_a_number_on_file_under_another_name_warns_and_the_clerk_may_go_on(qtbot, window,
                                                                          space, people):
    first = IntakeService(space).register(people["clerk"], Registration(
        Purpose.APPLY, Channel.ONSITE,
        Applicant(ApplicantKind.PERSON, "王小明", "resident_id", PERSON_ID),
        "37082600ZR-QR-0012"))
    page = window.intake.registration
    keys = Keyboard(qtbot)
    type_text(qtbot, page.name, "李四")
    qtbot.keyClicks(page.id_number, PERSON_ID)
    keys.press(Qt.Key.Key_F3)
    keys.type(HOUSE_ITEM_QUERY)
    keys.press(Qt.Key.Key_Return)

    seen = when_modal(qtbot, answer(QMessageBox.StandardButton.No))
    keys.press(Qt.Key.Key_Return)
    assert "王小明" in seen[0] and first.tracking_no in seen[0] and "李四" in seen[0]
    assert len(rows(space, "SELECT * FROM cases")) == 1
    assert window.focusWidget() is page.id_number
    window.activateWindow()  # the test platform does not hand activation back by itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.id_number, timeout=2000)

    when_modal(qtbot, answer(QMessageBox.StandardButton.Yes))
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.intake.currentWidget() is window.intake.checklist
    assert rows(space, "SELECT applicant_name, id_warning FROM cases ORDER BY tracking_no") == [
        {"applicant_name": "王小明", "id_warning": ""},
        {"applicant_name": "李四", "id_warning": "other_name"}]


def test_a_number_put_back_from_a_draft_keeps_the_kind_saved_with_it(qtbot, window):
    page = window.intake.registration
    page.restore({"id_type": "resident_id", "id_number": HONG_KONG_PERMIT, "name": "陈大文"})
    assert page.id_type.currentData() == "resident_id"
    assert page.id_status.text() == "✓ 号码有效"  # 81 still checks as a resident ID
