"""Driving the desk like a clerk: typing, keys and clicks, with every key press counted."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from counterdesk.domain.ids import _USCC_CHARS, _USCC_VALUE, _USCC_WEIGHTS

PERSON_ID = "11010519491231002X"
COMPANY = "微山县明德商贸有限公司"
COMPANY_ITEM_QUERY = "yxzr"  # 有限责任公司设立登记: five materials with the default answers
HOUSE_ITEM_QUERY = "gmspfdj"  # 购买商品房登记（转移登记）


def valid_uscc(head: str = "91370826MA3C5K7L0") -> str:
    total = sum(_USCC_VALUE[ch] * w for ch, w in zip(head, _USCC_WEIGHTS, strict=True))
    return head + _USCC_CHARS[(31 - total % 31) % 31]


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """ASCII as key clicks; Chinese as a Chinese input method delivers it: committed text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


class Keyboard:
    """Every key goes to the widget that has focus, as it would for a clerk."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.presses = 0

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)
        self.presses += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)
        self.presses += len(text)


def type_person(qtbot, window, name: str = "王小明", id_number: str = PERSON_ID) -> None:
    page = window.intake.registration
    type_text(qtbot, page.name, name)
    type_text(qtbot, page.id_number, id_number)
    qtbot.keyClicks(page.phone, "13800000000")
    page.phone.setFocus()


def register_person_for(qtbot, window, initials: str) -> None:
    """Type a natural person and pick the item by its pinyin initials, then register."""
    type_person(qtbot, window)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F3)
    keys.type(initials)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    assert window.intake.currentWidget() is window.intake.checklist


def register_person_for_house(qtbot, window) -> None:
    """A natural person applying for 购买商品房登记."""
    register_person_for(qtbot, window, HOUSE_ITEM_QUERY)


def select_material(qtbot, window, material_id: str) -> None:
    checklist = window.intake.checklist
    row = [s.material.id for s in checklist.model.rows].index(material_id)
    rect = checklist.table.visualRect(checklist.model.index(row, 1))
    qtbot.mouseClick(checklist.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert checklist.editor.state.material.id == material_id


def close_preview(qtbot, window) -> None:
    preview = window.intake.preview
    assert preview is not None and preview.isVisible()
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def tick(qtbot, box: QWidget) -> None:
    """Click a check box on its indicator, where a clerk clicks it."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def lock_now(qtbot, window):
    """The idle lock falls at once (30 ms); its unlock dialog."""
    idle = window.idle_lock
    idle.timer.setInterval(30)
    idle.timer.start()
    qtbot.waitUntil(lambda: idle.locked, timeout=2000)
    return idle.dialog


def log_in_by_keys(qtbot, username: str, password: str):
    """What a clerk types into the log-in dialog (for `when_modal`)."""
    def act(dialog) -> None:
        type_text(qtbot, dialog.username, username)
        type_text(qtbot, dialog.password, password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return act


@contextmanager
def two_clerks_one_desk(qtbot, space, people):
    """A second clerk (wang / clerk-pass-2) exists; the first is signed in at a real desk
    session with 孙丽 typed into the registration. Yields (session, first window)."""
    from counterdesk.app import DeskSession
    from counterdesk.services.accounts import AccountService, Role

    AccountService(space).create_user(people["admin"], "wang", "王芳", "clerk-pass-2",
                                      Role.CLERK, "0537-8000002")
    session = DeskSession(space)
    try:
        session.open(people["clerk"])
        first = session.window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is first, timeout=2000)
        type_text(qtbot, first.intake.registration.name, "孙丽")
        yield session, first
    finally:
        if session.window is not None:
            session.window.close()
