"""Desk settings kept on this PC: the interface language (takes effect at the next start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

LANGUAGES = {"zh_CN": "中文", "en": "English"}
DESK_SETTINGS_FILE = "desk.ini"


def desk_settings(home: Path) -> QSettings:
    """Per data folder, so each window PC keeps its own choice and tests stay private."""
    return QSettings(str(home / DESK_SETTINGS_FILE), QSettings.Format.IniFormat)


def chosen_language(home: Path) -> str:
    value = str(desk_settings(home).value("language", "zh_CN"))
    return value if value in LANGUAGES else "zh_CN"


class SettingsPage(QWidget):
    def __init__(self, home: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.home = home
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(chosen_language(home)))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("设置"))
        self.form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setText(
            self.tr("界面语言"))
        self.save_button.setText(self.tr("保存"))

    def save(self) -> None:
        settings = desk_settings(self.home)
        settings.setValue("language", self.language.currentData())
        settings.sync()
        self.status.setText(self.tr("已保存，重新启动程序后生效。"))
