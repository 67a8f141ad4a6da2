"""Dropdowns of the forms: labelled codes, relabelled on a change of language, and an
identity-type box that passes typed characters on to its number field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

_CHORDS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
           | Qt.KeyboardModifier.MetaModifier)


def choice_box(choices: dict[str, str]) -> QComboBox:
    """A dropdown of labelled codes (the code is each entry's data)."""
    combo = QComboBox()
    for code, text in choices.items():
        combo.addItem(text, code)
    return combo


def retitle(combo: QComboBox, choices: dict[str, str]) -> None:
    """The entries' labels again, in the interface language now chosen."""
    for index in range(combo.count()):
        combo.setItemText(index, choices[combo.itemData(index)])


class TypingGoesOn(QObject):
    """Typed on an identity-type dropdown, a character is part of the number: a closed dropdown
    would spend it searching its entries. The kind is chosen by arrow keys, F4 or the mouse."""

    def __init__(self, combo: QComboBox, field: QLineEdit):
        super().__init__(combo)
        self.field = field
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        typed = event.text()
        if not typed.strip() or not typed.isprintable() or event.modifiers() & _CHORDS:
            return False
        self.field.setFocus()
        self.field.end(False)
        QApplication.sendEvent(self.field, QKeyEvent(QEvent.Type.KeyPress, event.key(),
                                                     event.modifiers(), typed))
        return True
