"""Keyboard helpers: buttons that answer Enter, shortcuts bound to a widget and shown on it,
the focus ring."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# A styled dropdown draws no focus frame of its own: without this a clerk cannot see which
# field the next key goes to.
FOCUS_RING_STYLE = "QComboBox:focus { border: 2px solid #1a73e8; border-radius: 3px; }"


class EnterButton(QPushButton):
    """Outside a dialog Qt buttons only answer Space; the desk advances with Enter."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in _ENTER_KEYS and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)


def bind(owner: QWidget, sequence: str | QKeySequence.StandardKey, slot: Callable[[], object],
         context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut
         ) -> QShortcut:
    """A shortcut active while focus is anywhere inside `owner`."""
    shortcut = QShortcut(QKeySequence(sequence), owner)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


def advance_on_enter(widget: QWidget, advance: Callable[[], object]) -> None:
    """Enter (main or keypad) on `widget` itself moves on, as it does in the line edits."""
    for key in ("Return", "Enter"):
        bind(widget, key, advance, Qt.ShortcutContext.WidgetShortcut)


def with_key(text: str, sequence: str) -> str:
    """A label that shows its shortcut, e.g. 全部收齐 (F2)."""
    native = QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({native})"
