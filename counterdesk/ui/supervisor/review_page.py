"""The review queue: rejections, escalations, bad ratings, overdue cases and late or second
notices, each confirmed or overturned with the supervisor's comment; escalations with the day
the applicant must be answered by, bad ratings with their 回访, 整改 and 申诉复核. Enter or a
double click opens the case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
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

from counterdesk.domain.ratings import AppealVerdict
from counterdesk.domain.refusal_grounds import RefusalGround, StatedGround
from counterdesk.services.accounts import Actor
from counterdesk.services.pledges import PledgeService
from counterdesk.services.ratings import RatingService
from counterdesk.services.review import REVIEW_KINDS, REVIEW_STATUSES, ReviewService
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, timeline_words, words
from counterdesk.ui.case_dialog import CaseDialog
from counterdesk.ui.document_preview_dialog import DocumentPreviewDialog
from counterdesk.ui.supervisor import texts
from counterdesk.ui.supervisor.follow_up_dialog import FollowUpDialog

OVERDUE_COLOUR = "#c5221f"


class ReviewQueuePage(QWidget):
    # A decided review can reopen or reject a case: the log and the figures recount.
    reviews_changed = Signal()

    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space = space
        self.service = ReviewService(space)
        self.ratings = RatingService(space)
        self.actor = actor
        self.reviews: list[dict[str, Any]] = []
        self.case_dialog: CaseDialog | None = None
        self.follow_up: FollowUpDialog | None = None
        self.preview: DocumentPreviewDialog | None = None
        self.empty = QLabel()
        # What the last action did, so the supervisor sees it happened.
        self.status_line = QLabel()
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
        self.visit_button = QPushButton()
        self.rectify_button = QPushButton()
        self.appeal_button = QPushButton()
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
        # Enter and a double click both activate a row: the case opens.
        self.table.activated.connect(self.open_case)
        for column, width in enumerate((150, 170, 90, 90, 160, 210)):
            self.table.setColumnWidth(column, width)
        self.detail.setWordWrap(True)
        self.comment.setMaximumHeight(70)
        self.confirm_button.clicked.connect(self.confirm)
        self.overturn_button.clicked.connect(self.overturn)
        self.uphold_button.clicked.connect(lambda: self.decide_escalation(True))
        self.order_button.clicked.connect(lambda: self.decide_escalation(False))
        self.visit_button.clicked.connect(lambda: self.ask_follow_up("visit"))
        self.rectify_button.clicked.connect(lambda: self.ask_follow_up("rectification"))
        self.appeal_button.clicked.connect(lambda: self.ask_follow_up("appeal"))
        self.empty.setWordWrap(True)
        self.status_line.setWordWrap(True)
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
                       self.order_button, self.visit_button, self.rectify_button,
                       self.appeal_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.ground_group)
        layout.addLayout(buttons)
        layout.addWidget(self.status_line)
        chain = [self.table, self.comment, self.ground_box, self.ground_law, self.ground_article,
                 self.competent_office, self.confirm_button, self.overturn_button,
                 self.uphold_button, self.order_button, self.visit_button, self.rectify_button,
                 self.appeal_button]
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
        self.table.setToolTip(self.tr("Enter 或双击打开案件"))
        self.comment_label.setText(self.tr("处理意见（纠正和报备决定必须填写）"))
        self.comment.setPlaceholderText(
            self.tr("撤销或维持不予受理时，本意见作为理由写入给申请人的通知书"))
        self.confirm_button.setText(self.tr("确认无误"))
        self.overturn_button.setText(self.tr("予以纠正"))
        self.uphold_button.setText(self.tr("维持不予受理"))
        self.order_button.setText(self.tr("责令受理"))
        self.visit_button.setText(self.tr("回访…"))
        self.rectify_button.setText(self.tr("整改…"))
        self.appeal_button.setText(self.tr("申诉复核…"))
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
                     words.status(review["case_status"]), self._deadline(review),
                     self._explain(review))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if review.get("overdue"):
                    item.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.reviews))
        self.empty.setVisible(not self.reviews)
        self.empty.setText(self._empty_text())
        self.show_selected()

    def _empty_text(self) -> str:
        if self.status_box.currentData() == "open":
            return self.tr("督查队列中没有待处理的事项：不予受理、窗口否决报备、差评和超期案件"
                           "出现时会列在这里。")
        return self.tr("没有符合所选条件的督查记录。")

    def _deadline(self, review: dict[str, Any]) -> str:
        """An escalation's answer-by day, a bad rating's follow-up day, any other due day;
        an open item past it says so."""
        day = review.get("answer_by") or review.get("due_on") or ""
        if not day:
            return ""
        if review["kind"] == "escalation":
            text = self.tr("{day} 前答复").format(day=day)
        elif review["kind"] == "bad_rating":
            text = self.tr("{day} 前回访").format(day=day)
        else:
            text = str(day)
        return self.tr("{deadline}（已超期）").format(deadline=text) if review.get("overdue") \
            else text

    def _explain(self, review: dict[str, Any]) -> str:
        if review["status"] != "open":
            return self.tr("{who}：{comment}").format(who=review["reviewer_name"] or "",
                                                      comment=review["comment"])
        if review["decision_reason"]:
            return words.reject_reason(review["decision_reason"])
        if review["kind"] == "overdue":
            return self.tr("承诺办结日 {day}").format(day=review["promised_date"])
        if review["kind"] == "pledge_overdue":
            pledge = PledgeService(self.space).pledge(str(review["subject_id"]))
            if pledge is not None:
                return self.tr("{kind}：{name}，{day} 到期").format(
                    kind=words.pledge_kinds().get(str(pledge["kind"]), ""), name=pledge["name"],
                    day=pledge["due_on"])
        text = _event_text(review.get("event_details"))
        if review["kind"] == "bad_rating":
            progress = [self.tr("回访 {n} 次").format(n=review.get("visits", 0)),
                        self.tr("整改 {n} 项").format(n=review.get("rectifications", 0))]
            if review.get("verdict"):
                progress.append(self.tr("申诉复核：{verdict}").format(
                    verdict=words.appeal_verdicts().get(review["verdict"], review["verdict"])))
            text = words.bracketed(text, timeline_words.comma().join(progress))
        return text

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
        # A bad rating is followed up while open; its appeal is decided once.
        rating = is_open and review is not None and review["kind"] == "bad_rating"
        self.visit_button.setEnabled(rating)
        self.rectify_button.setEnabled(rating)
        self.appeal_button.setEnabled(rating and review is not None
                                      and not review.get("verdict"))
        self.overturn_button.setEnabled(is_open and not escalation and not rating)
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

    def _act(self, call: Any, done: str) -> None:
        """Run a decision on the selected item; the status line names what was done."""
        review = self.selected()
        if review is None:
            return
        comment = self.comment.toPlainText()
        # (a 1-tuple: a decision that issues no paper returns None, which is no refusal)
        outcome = texts.run(self, lambda: (call(review["id"], comment),))
        if outcome is not None:
            self.comment.clear()
            self._clear_ground()
            self.show_queue()
            self.reviews_changed.emit()
            self.say_done(done, review)
            if outcome[0]:
                self.show_answer(str(outcome[0]))

    def show_answer(self, document_id: str) -> None:
        """The written answer the decision issued (不予受理通知书, 撤销通知): shown at once, to
        print for the applicant — the receipt promised it by its day."""
        dialog = operations.run(self, lambda: DocumentPreviewDialog(
            self.space, self.actor, document_id, self))
        if dialog is not None:
            self.preview = dialog
            dialog.open()

    def say_done(self, done: str, review: dict[str, Any]) -> None:
        self.status_line.setText(self.tr("{done}：{kind} {no}（{name}）").format(
            done=done, kind=texts.review_kinds().get(review["kind"], review["kind"]),
            no=review["tracking_no"], name=review["applicant_name"]))

    def confirm(self) -> None:
        self._act(lambda review_id, comment: self.service.confirm(self.actor, review_id,
                                                                  comment),
                  self.tr("已确认无误"))

    def overturn(self) -> None:
        self._act(lambda review_id, comment: self.service.overturn(self.actor, review_id,
                                                                   comment),
                  self.tr("已予以纠正"))

    def decide_escalation(self, uphold: bool) -> None:
        ground = self.chosen_ground() if uphold else None
        done = self.tr("已维持不予受理并出具不予受理通知书") if uphold else self.tr("已责令受理")
        self._act(lambda review_id, comment: self.service.decide_escalation(
            self.actor, review_id, uphold, comment, ground), done)

    def open_case(self, index: QModelIndex | None = None) -> None:
        """The case of the row, in the case dialog the desk uses."""
        row = index.row() if index is not None and index.isValid() else -1
        review = self.reviews[row] if 0 <= row < len(self.reviews) else self.selected()
        if review is None:
            return
        dialog = operations.run(self, lambda: CaseDialog(self.space, self.actor,
                                                         str(review["case_id"]), self))
        if dialog is not None:
            self.case_dialog = dialog
            dialog.finished.connect(lambda _code: self.show_queue())
            dialog.open()

    # -- a bad rating's follow-up --------------------------------------------------------------

    def ask_follow_up(self, step: str) -> None:
        review = self.selected()
        if review is None or review["kind"] != "bad_rating":
            return
        rating_id = str(review["subject_id"])
        dialog = FollowUpDialog(step, self.actor.display_name, self.space.today(), self)
        dialog.submit = lambda: self._follow_up(dialog, step, rating_id, review)
        self.follow_up = dialog
        dialog.open()

    def _follow_up(self, dialog: FollowUpDialog, step: str, rating_id: str,
                   review: dict[str, Any]) -> bool:
        verdict = AppealVerdict(dialog.verdict.currentData())
        calls: dict[str, tuple[Callable[[], None], str]] = {
            "visit": (lambda: self.ratings.record_visit(
                self.actor, rating_id, dialog.visited_by.text(), dialog.visited_on_day(),
                dialog.text.toPlainText()), self.tr("已记录回访")),
            "rectification": (lambda: self.ratings.record_rectification(
                self.actor, rating_id, dialog.text.toPlainText()), self.tr("已记录整改")),
            "appeal": (lambda: self.ratings.decide_appeal(
                self.actor, rating_id, dialog.appeal.toPlainText(), verdict,
                dialog.text.toPlainText()), self.tr("申诉复核：{verdict}").format(
                verdict=words.appeal_verdicts()[verdict.value])),
        }
        call, done = calls[step]
        if not operations.attempt(dialog, call):
            return False
        self.show_queue()
        self.reviews_changed.emit()
        self.say_done(done, review)
        return True


def _event_text(details: str | None) -> str:
    import json

    if not details:
        return ""
    data = json.loads(details)
    if "rating" in data:
        text = words.ratings().get(data["rating"], data["rating"])
        reasons = timeline_words.comma().join(words.rating_reasons().get(str(code), str(code))
                           for code in data.get("reasons", []))
        if reasons:
            text = words.bracketed(text, reasons)
        return text + (timeline_words.colon() + str(data["comment"]) if data.get("comment")
                       else "")
    return str(data.get("reason", ""))
