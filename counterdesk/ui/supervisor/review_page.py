"""The review queue: rejections, escalations, bad ratings, overdue cases and late or second
notices, each confirmed or overturned with the supervisor's comment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.accounts import Actor
from counterdesk.services.review import REVIEW_KINDS, REVIEW_STATUSES, ReviewService
from counterdesk.services.workspace import Workspace
from counterdesk.ui import words
from counterdesk.ui.supervisor import texts


class ReviewQueuePage(QWidget):
    # A decided review can reopen or reject a case: the log and the figures recount.
    reviews_changed = Signal()

    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = ReviewService(space)
        self.actor = actor
        self.reviews: list[dict[str, Any]] = []
        self.status_box = QComboBox()
        self.kind_box = QComboBox()
        self.refresh_button = QPushButton()
        self.table = QTableWidget(0, 7)
        self.detail = QLabel()
        self.comment = QPlainTextEdit()
        self.confirm_button = QPushButton()
        self.overturn_button = QPushButton()
        self.uphold_button = QPushButton()
        self.order_button = QPushButton()
        self._build()
        self.retranslate_ui()
        self.refresh()

    def _build(self) -> None:
        for status in REVIEW_STATUSES:
            self.status_box.addItem(texts.review_statuses()[status], status)
        self.kind_box.addItem(self.tr("全部类型"), "")
        for kind in REVIEW_KINDS:
            self.kind_box.addItem(texts.review_kinds()[kind], kind)
        self.status_box.currentIndexChanged.connect(self.show_queue)
        self.kind_box.currentIndexChanged.connect(self.show_queue)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.show_selected)
        for column, width in enumerate((120, 170, 90, 90, 160, 100)):
            self.table.setColumnWidth(column, width)
        self.detail.setWordWrap(True)
        self.comment.setMaximumHeight(70)
        self.confirm_button.clicked.connect(self.confirm)
        self.overturn_button.clicked.connect(self.overturn)
        self.uphold_button.clicked.connect(lambda: self.decide_escalation(True))
        self.order_button.clicked.connect(lambda: self.decide_escalation(False))
        self.filter_label, self.comment_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.status_box)
        top.addWidget(self.kind_box)
        top.addStretch()
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        for button in (self.confirm_button, self.overturn_button, self.uphold_button,
                       self.order_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addLayout(buttons)

    def retranslate_ui(self) -> None:
        self.filter_label.setText(self.tr("显示"))
        self.refresh_button.setText(self.tr("刷新"))
        self.table.setHorizontalHeaderLabels([
            self.tr("类型"), self.tr("受理编号"), self.tr("申请人"), self.tr("首问责任人"),
            self.tr("案件状态"), self.tr("期限"), self.tr("说明")])
        self.comment_label.setText(self.tr("处理意见（纠正和报备决定必须填写）"))
        self.confirm_button.setText(self.tr("确认无误"))
        self.overturn_button.setText(self.tr("予以纠正"))
        self.uphold_button.setText(self.tr("维持不予受理"))
        self.order_button.setText(self.tr("责令受理"))

    def showEvent(self, event: QShowEvent) -> None:
        """Reviews arrive while the page is hidden (a rejection, a bad rating): reload on sight."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Queue newly overdue cases, then show the list."""
        texts.run(self, lambda: self.service.refresh_overdue(self.actor))
        self.show_queue()

    def show_queue(self) -> None:
        found = texts.run(self, lambda: self.service.queue(
            self.actor, self.status_box.currentData(), self.kind_box.currentData()))
        self.reviews = found or []
        self.table.setRowCount(len(self.reviews))
        for row, review in enumerate(self.reviews):
            cells = (texts.review_kinds().get(review["kind"], review["kind"]),
                     review["tracking_no"], review["applicant_name"], review["owner_name"],
                     words.status(review["case_status"]), review["due_on"] or "",
                     self._explain(review))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(str(text)))
        self.show_selected()

    def _explain(self, review: dict[str, Any]) -> str:
        if review["status"] != "open":
            return self.tr("{who}：{comment}").format(who=review["reviewer_name"] or "",
                                                      comment=review["comment"])
        if review["decision_reason"]:
            return words.reject_reason(review["decision_reason"])
        if review["kind"] == "overdue":
            return self.tr("承诺办结日 {day}").format(day=review["promised_date"])
        return _event_text(review.get("event_details"))

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.reviews[rows[0].row()] if rows else None

    def show_selected(self) -> None:
        review = self.selected()
        is_open = review is not None and review["status"] == "open"
        escalation = is_open and review is not None and review["kind"] == "escalation"
        self.confirm_button.setEnabled(is_open and not escalation)
        self.overturn_button.setEnabled(is_open and not escalation)
        self.uphold_button.setEnabled(escalation)
        self.order_button.setEnabled(escalation)
        self.detail.setText("" if review is None else self.tr(
            "{kind} · {no} · 提交于 {at}").format(
            kind=texts.review_kinds().get(review["kind"], review["kind"]),
            no=review["tracking_no"], at=str(review["created_at"])[:16].replace("T", " ")))

    def _act(self, call: Any) -> None:
        review = self.selected()
        if review is None:
            return
        comment = self.comment.toPlainText()
        if texts.run(self, lambda: call(review["id"], comment) or True):
            self.comment.clear()
            self.show_queue()
            self.reviews_changed.emit()

    def confirm(self) -> None:
        self._act(lambda review_id, comment: self.service.confirm(self.actor, review_id,
                                                                  comment))

    def overturn(self) -> None:
        self._act(lambda review_id, comment: self.service.overturn(self.actor, review_id,
                                                                   comment))

    def decide_escalation(self, uphold: bool) -> None:
        self._act(lambda review_id, comment: self.service.decide_escalation(
            self.actor, review_id, uphold, comment))


def _event_text(details: str | None) -> str:
    import json

    if not details:
        return ""
    data = json.loads(details)
    if "rating" in data:
        return words.ratings().get(data["rating"], data["rating"]) + (
            f"：{data['comment']}" if data.get("comment") else "")
    return str(data.get("reason", ""))
