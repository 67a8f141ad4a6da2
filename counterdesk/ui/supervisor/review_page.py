"""The review queue: rejections, escalations, bad ratings, overdue cases and late or second
notices, each confirmed or overturned with the supervisor's comment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.refusal_grounds import RefusalGround, StatedGround
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
        # Upholding a refusal names its lawful ground (窗口无否决权: no refusal stands on
        # the office's say-so alone).
        self.ground_group = QGroupBox()
        self.ground_box = QComboBox()
        self.ground_law = QLineEdit()
        self.ground_article = QLineEdit()
        self.competent_office = QLineEdit()
        self.ground_basis = QLabel()
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
        self.ground_box.addItem("", "")
        for ground in RefusalGround:
            self.ground_box.addItem(texts.refusal_grounds()[ground.value], ground.value)
        for widget in (self.ground_law, self.ground_article, self.competent_office):
            widget.textChanged.connect(self.show_ground)
        self.ground_box.currentIndexChanged.connect(self.show_ground)
        self.ground_basis.setWordWrap(True)
        self.ground_form = QFormLayout(self.ground_group)
        for widget in (self.ground_box, self.ground_law, self.ground_article,
                       self.competent_office, self.ground_basis):
            label = QLabel()
            label.setBuddy(widget)
            self.ground_form.addRow(label, widget)
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
        layout.addWidget(self.ground_group)
        layout.addLayout(buttons)
        chain = [self.table, self.comment, self.ground_box, self.ground_law, self.ground_article,
                 self.competent_office, self.confirm_button, self.overturn_button,
                 self.uphold_button, self.order_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        # Tab leaves the comment for the ground instead of typing a tab into it.
        self.comment.setTabChangesFocus(True)

    def retranslate_ui(self) -> None:
        self.filter_label.setText(self.tr("显示"))
        self.refresh_button.setText(self.tr("刷新"))
        self.table.setHorizontalHeaderLabels([
            self.tr("类型"), self.tr("受理编号"), self.tr("申请人"), self.tr("首问责任人"),
            self.tr("案件状态"), self.tr("期限"), self.tr("说明")])
        self.comment_label.setText(self.tr("处理意见（纠正和报备决定必须填写）"))
        self.comment.setPlaceholderText(
            self.tr("撤销或维持不予受理时，本意见作为理由写入给申请人的通知书"))
        self.confirm_button.setText(self.tr("确认无误"))
        self.overturn_button.setText(self.tr("予以纠正"))
        self.uphold_button.setText(self.tr("维持不予受理"))
        self.order_button.setText(self.tr("责令受理"))
        self.ground_group.setTitle(self.tr("维持不予受理的法定理由"))
        self.ground_box.setItemText(0, self.tr("请选择法定理由"))
        for index, ground in enumerate(RefusalGround, start=1):
            self.ground_box.setItemText(index, texts.refusal_grounds()[ground.value])
        labels = (self.tr("理由"), self.tr("法律名称"), self.tr("条款"), self.tr("有权受理机关"),
                  self.tr("法律依据"))
        for row, text in enumerate(labels):
            self.ground_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.ground_law.setPlaceholderText(self.tr("如：《婚姻登记条例》"))
        self.ground_article.setPlaceholderText(self.tr("如：第六条"))
        self.competent_office.setPlaceholderText(self.tr("申请人应当向其申请的机关"))
        self.show_ground()

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
        self.ground_group.setEnabled(escalation)
        self.show_ground()
        self.detail.setText("" if review is None else self.tr(
            "{kind} · {no} · 提交于 {at}").format(
            kind=texts.review_kinds().get(review["kind"], review["kind"]),
            no=review["tracking_no"], at=str(review["created_at"])[:16].replace("T", " ")))

    def chosen_ground(self) -> StatedGround | None:
        code = self.ground_box.currentData()
        if not code:
            return None
        return StatedGround(RefusalGround(code), self.ground_law.text(),
                            self.ground_article.text(), self.competent_office.text())

    def show_ground(self) -> None:
        """Law and article only for 其他法定情形, the competent office only when the matter is
        not this office's; and the basis the notice will cite for this case's item."""
        ground = self.chosen_ground()
        code = ground.ground if ground else None
        self.ground_law.setEnabled(code == RefusalGround.OTHER)
        self.ground_article.setEnabled(code == RefusalGround.OTHER)
        self.competent_office.setEnabled(code == RefusalGround.OUT_OF_JURISDICTION)
        review = self.selected()
        basis = None
        if ground is not None and review is not None and review["kind"] == "escalation":
            basis = texts.run(self, lambda: self.service.cited_basis(self.actor, review["id"],
                                                                     ground))
        if ground is None or code == RefusalGround.OTHER:
            self.ground_basis.setText(basis or "")
        else:
            self.ground_basis.setText(basis or self.tr(
                "（该事项的办事指南未写明受理规定，通知书不引用法律条款）"))

    def _clear_ground(self) -> None:
        self.ground_box.setCurrentIndex(0)
        for widget in (self.ground_law, self.ground_article, self.competent_office):
            widget.clear()

    def _act(self, call: Any) -> None:
        review = self.selected()
        if review is None:
            return
        comment = self.comment.toPlainText()
        if texts.run(self, lambda: call(review["id"], comment) or True):
            self.comment.clear()
            self._clear_ground()
            self.show_queue()
            self.reviews_changed.emit()

    def confirm(self) -> None:
        self._act(lambda review_id, comment: self.service.confirm(self.actor, review_id,
                                                                  comment))

    def overturn(self) -> None:
        self._act(lambda review_id, comment: self.service.overturn(self.actor, review_id,
                                                                   comment))

    def decide_escalation(self, uphold: bool) -> None:
        ground = self.chosen_ground() if uphold else None
        self._act(lambda review_id, comment: self.service.decide_escalation(
            self.actor, review_id, uphold, comment, ground))


def _event_text(details: str | None) -> str:
    import json

    if not details:
        return ""
    data = json.loads(details)
    if "rating" in data:
        return words.ratings().get(data["rating"], data["rating"]) + (
            f"：{data['comment']}" if data.get("comment") else "")
    return str(data.get("reason", ""))
