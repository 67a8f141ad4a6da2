"""The supervisor's follow-up of a bad rating: 回访, 整改 or 申诉复核, in one small dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.ratings import AppealVerdict
from counterdesk.ui import words


class FollowUpDialog(QDialog):
    """回访 (who, on which day, what was said), 整改 (what was changed), or 申诉复核 (the
    applicant's appeal, the verdict and its reason). OK keeps the dialog open on a refusal."""

    def __init__(self, step: str, who: str, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        self.submit: Callable[[], bool] = lambda: True
        self.visited_by = QLineEdit(who)
        self.visited_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.visited_on.setCalendarPopup(True)
        self.visited_on.setDisplayFormat("yyyy-MM-dd")
        self.visited_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.appeal = QPlainTextEdit()
        self.verdict = QComboBox()
        for verdict in AppealVerdict:
            self.verdict.addItem(words.appeal_verdicts()[verdict.value], verdict.value)
        self.text = QPlainTextEdit()
        for edit in (self.appeal, self.text):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
        form = QFormLayout()
        if step == "visit":
            self.setWindowTitle(self.tr("差评回访"))
            form.addRow(self.tr("回访人"), self.visited_by)
            form.addRow(self.tr("回访日期"), self.visited_on)
            form.addRow(self.tr("回访情况"), self.text)
            self.text.setPlaceholderText(self.tr("申请人反映了什么，如何答复"))
        elif step == "rectification":
            self.setWindowTitle(self.tr("差评整改"))
            form.addRow(self.tr("整改措施"), self.text)
            self.text.setPlaceholderText(self.tr("针对差评改进了什么"))
        else:
            self.setWindowTitle(self.tr("差评申诉复核"))
            form.addRow(self.tr("申诉内容"), self.appeal)
            form.addRow(self.tr("复核结论"), self.verdict)
            form.addRow(self.tr("复核理由"), self.text)
            self.appeal.setPlaceholderText(self.tr("申请人或窗口提出的申诉理由"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def visited_on_day(self) -> dt.date:
        day = self.visited_on.date()
        return dt.date(day.year(), day.month(), day.day())

    def try_accept(self) -> None:
        if self.submit():
            self.accept()
