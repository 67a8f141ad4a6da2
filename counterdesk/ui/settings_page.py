"""设置: the signed-in account's own preferences (interface language, default printers).

They are kept with the account, not on the PC: a clerk's choice never changes the desk for
the next person. The language takes effect at the next log-in (Ctrl+Shift+L switches user at
once); the printers at once. The PC only remembers the language of the last log-in, so the
log-in screen speaks it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counterdesk.services.accounts import Actor
from counterdesk.services.preferences import (
    LANGUAGES,
    PreferenceError,
    Preferences,
    PreferencesService,
)
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, printers

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}
DESK_SETTINGS_FILE = "desk.ini"


def desk_settings(home: Path) -> QSettings:
    """Per data folder, so each window PC keeps its own and tests stay private."""
    return QSettings(str(home / DESK_SETTINGS_FILE), QSettings.Format.IniFormat)


def chosen_language(home: Path) -> str:
    """The language of the log-in screen: that of the last account signed in on this PC."""
    value = str(desk_settings(home).value("language", "zh_CN"))
    return value if value in LANGUAGES else "zh_CN"


def remember_login_language(home: Path, language: str) -> None:
    settings = desk_settings(home)
    settings.setValue("language", language)
    settings.sync()


class SettingsPage(QWidget):
    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.service = PreferencesService(space)
        self.preferences = self.service.load(actor)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(self.preferences.language))
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.available = printers.available_printers()
        self.printer_a4 = QComboBox()
        self.printer_slip = QComboBox()
        self.no_printer = QLabel()
        self.no_printer.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.language)
        self.form.addRow("", self.language_note)
        self.form.addRow(QLabel(), self.printer_a4)
        self.form.addRow(QLabel(), self.printer_slip)
        self.form.addRow("", self.no_printer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate_ui()

    def _fill_printers(self) -> None:
        """The PC's printers, plus a chosen one that is not attached now (kept, marked)."""
        for combo, chosen in ((self.printer_a4, self.preferences.printer_a4),
                              (self.printer_slip, self.preferences.printer_slip)):
            current = str(combo.currentData()) if combo.count() else chosen
            combo.clear()
            combo.addItem(self.tr("（不设默认：每次打印时选择）"), "")
            for name in self.available:
                combo.addItem(name, name)
            if current and current not in self.available:
                combo.addItem(self.tr("{name}（本机未找到）").format(name=current), current)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.no_printer.setVisible(not self.available)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("设置"))
        self.intro.setText(self.tr("以下设置只属于当前账户（{name}），不影响在本机登录的其他人。")
                           .format(name=self.actor.display_name))
        labels = {0: self.tr("界面语言"), 2: self.tr("A4 打印机"), 3: self.tr("80mm 小票打印机")}
        for row, text in labels.items():
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            assert isinstance(label, QLabel)
            label.setText(text)
        self.language_note.setText(self.tr(
            "界面语言在下次登录时生效（可按 Ctrl+Shift+L 退出登录后重新登录）。"))
        self.no_printer.setText(self.tr("未找到打印机：本机没有可用的打印机，打印时仍可另存为PDF。"))
        self._fill_printers()
        self.save_button.setText(self.tr("保存"))

    def chosen(self) -> Preferences:
        return dataclasses.replace(
            self.service.load(self.actor), language=str(self.language.currentData()),
            printer_a4=str(self.printer_a4.currentData() or ""),
            printer_slip=str(self.printer_slip.currentData() or ""))

    def save(self) -> None:
        wanted = self.chosen()
        try:
            changed = operations.run(self, lambda: self.service.save(self.actor, wanted))
        except PreferenceError as error:
            self.status.setText(self.tr("未保存：{reason}").format(reason={
                "bad_printer_name": self.tr("打印机名称无法识别，请重新选择打印机"),
                "unknown_language": self.tr("不支持该界面语言"),
            }.get(error.code, str(error))))
            return
        if changed is None:
            return
        self.preferences = wanted
        if not changed:
            self.status.setText(self.tr("没有改动。"))
        elif "language" in changed:
            self.status.setText(self.tr("已保存。界面语言在下次登录时生效，打印机设置立即生效。"))
        else:
            self.status.setText(self.tr("已保存，立即生效。"))
