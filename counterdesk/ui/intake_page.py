"""The intake desk: registration, materials check, decision; a draft survives a crash."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from counterdesk.domain.cases import Case, Purpose
from counterdesk.domain.decision import Outcome
from counterdesk.domain.pledges import PledgeKind, PledgeOffer
from counterdesk.services.accounts import Actor
from counterdesk.services.casework import CaseworkService
from counterdesk.services.completion import CompletionService
from counterdesk.services.drafts import DraftService
from counterdesk.services.errors import StoreError
from counterdesk.services.handouts import HandoutService
from counterdesk.services.intake import IntakeService
from counterdesk.services.search import ItemSearchIndex
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, words
from counterdesk.ui.checklist_page import ChecklistPage
from counterdesk.ui.completion_form import CompletionDialog
from counterdesk.ui.document_preview_dialog import DocumentPreviewDialog
from counterdesk.ui.outcome_panels import ConsultationPanel, DonePanel
from counterdesk.ui.registration_page import RegistrationPage, holds_input

DRAFT_DELAY_MS = 500


class IntakePage(QStackedWidget):
    cases_changed = Signal()
    notice = Signal(str)

    def __init__(self, space: Workspace, actor: Actor, index: ItemSearchIndex,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.intake = IntakeService(space)
        self.casework = CaseworkService(space)
        self.handouts = HandoutService(space)
        self.completion = CompletionService(space)
        self.completion_dialog: CompletionDialog | None = None
        self.drafts = DraftService(space)
        self.case: Case | None = None
        self.document_id = ""
        self.pledge_document_id = ""  # the 容缺受理/告知承诺 letter the applicant signs
        self.preview: DocumentPreviewDialog | None = None
        self._quiet = False
        self.registration = RegistrationPage(space, actor, index)
        self.checklist = ChecklistPage(space)
        self.consultation = ConsultationPanel()
        self.done = DonePanel()
        for page in (self.registration, self.checklist, self.consultation, self.done):
            self.addWidget(page)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.registration.changed.connect(self._form_changed)
        self.checklist.changed.connect(self._form_changed)
        self.registration.registered.connect(self._registered)
        self.checklist.decide_requested.connect(self.decide)
        self.checklist.escalate_requested.connect(self.escalate)
        self.checklist.pledge_requested.connect(self.decide_on_pledge)
        self.checklist.receive_requested.connect(self.receive)
        self.checklist.back_requested.connect(self.leave_checklist)
        self.consultation.close_requested.connect(self.close_consultation)
        self.consultation.guide_requested.connect(self.issue_guide_sheet)
        self.done.document_requested.connect(lambda: self.show_document(self.document_id))
        self.done.pledge_letter_requested.connect(
            lambda: self.show_document(self.pledge_document_id))
        self.done.materials_list_requested.connect(self.issue_materials_list)
        self.done.complete_requested.connect(self.complete_now)
        self.done.next_requested.connect(self.start_new)

    def retranslate_ui(self) -> None:
        for page in (self.registration, self.checklist, self.consultation, self.done):
            page.retranslate_ui()

    # -- drafts --------------------------------------------------------------------------

    def _form_changed(self) -> None:
        if not self._quiet:
            self.draft_timer.start()

    def draft_body(self) -> dict[str, Any] | None:
        """What to keep of the intake on screen; None when nothing typed is there to keep."""
        if self.currentWidget() is self.registration:
            form = self.registration.state()
            return {"stage": "registration", "form": form} if holds_input(form) else None
        if self.currentWidget() is self.checklist and self.case:
            return {"stage": "checklist", "case_id": self.case.id,
                    "form": self.checklist.state()}
        return None

    def save_draft(self) -> None:
        body = self.draft_body()
        try:
            if body is not None:
                self.drafts.save(self.actor, body)
            elif self.currentWidget() is self.registration:
                # The clerk cleared the form: an older draft would offer back what was erased.
                self.drafts.drop(self.actor)
        except StoreError as error:
            self.notice.emit(operations.explain(error)[1])

    @staticmethod
    def worth_offering(body: dict[str, Any]) -> bool:
        """A checklist draft always belongs to a registered case; a registration one only
        when the clerk typed something into it."""
        return body.get("stage") == "checklist" or holds_input(body.get("form") or {})

    def resume_draft(self, body: dict[str, Any]) -> None:
        """Put an unfinished intake back on screen exactly where it was left."""
        if body.get("stage") == "checklist":
            case = operations.run(self, lambda: self.intake.case(str(body.get("case_id"))))
            if case is not None:
                self._open_checklist(case, draft=body.get("form") or {})
                return
        self.start_new()
        self._quiet = True
        self.registration.restore(body.get("form") or {})
        self._quiet = False

    # -- steps ---------------------------------------------------------------------------

    def start_new(self) -> None:
        self.draft_timer.stop()
        self._quiet = True
        self.case, self.document_id = None, ""
        self.registration.reset()
        self.setCurrentWidget(self.registration)
        self._quiet = False
        self.registration.name.setFocus()

    def leave_checklist(self) -> None:
        """Back to a new registration; what was recorded is written as the clerk's draft
        first, not left to the timer."""
        self.draft_timer.stop()
        self.save_draft()
        self.start_new()

    def start_return(self, case_id: str) -> None:
        """The applicant is back with supplements: a new submission of the same case."""
        case = operations.run(self, lambda: self.intake.case(case_id))
        if case is None:
            return
        self._open_checklist(case, prefill=self.handouts.last_submission(case_id))

    def _open_checklist(self, case: Case, prefill: Any = None,
                        draft: dict[str, Any] | None = None) -> None:
        self._quiet = True
        self.case = case
        self.setCurrentWidget(self.checklist)
        loaded = self.checklist.load(case, prefill=prefill, draft=draft)
        self._quiet = False
        if not loaded:
            self.start_new()

    def _registered(self, case: Case) -> None:
        self.draft_timer.stop()
        self.cases_changed.emit()
        # A guide imported from the province's list (待完善) has no materials to check yet.
        guide_ready = not case.item_code or self.intake.item_of(case).decidable
        if case.purpose == Purpose.APPLY.value and guide_ready:
            self._open_checklist(case)
            return
        self.case = case
        self.setCurrentWidget(self.consultation)
        summary = self.tr("已登记 {tracking}（{purpose}）· {name}").format(
            tracking=case.tracking_no, purpose=words.purposes()[str(case.purpose)],
            name=case.applicant.name)
        if not guide_ready:
            summary += "\n" + self.tr("事项指南待完善：本事项暂不能受理审查，请登记咨询或联系管理员"
                                      "完善指南。")
        self.consultation.show_case(summary, bool(case.item_code) and guide_ready)

    def _confirmed(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def decide_on_pledge(self, kind: str) -> None:
        """容缺受理 / 告知承诺: said aloud before anything is numbered — what the applicant
        signs for, and by when."""
        offer = self.checklist.panel.offers.get(kind)
        if not isinstance(offer, PledgeOffer):
            return
        lines = "\n".join(self.tr("· {name}：{day} 前").format(name=m.name,
                                                                day=m.due.isoformat())
                          for m in offer.materials)
        title, text = ((self.tr("确认容缺受理"), self.tr(
            "申请人“{name}”将签署容缺受理承诺书，承诺在期限内补交：\n{lines}\n"
            "确定受理并出具受理通知书和承诺书吗？")) if kind == PledgeKind.TOLERANCE.value else
            (self.tr("确认告知承诺受理"), self.tr(
                "申请人“{name}”将签署告知承诺书，以承诺代替下列材料（期限内核查）：\n"
                "{lines}\n确定受理并出具受理通知书和承诺书吗？")))
        if self._confirmed(title, text.format(name=self.case.applicant.name, lines=lines)):
            self.decide(kind)

    def decide(self, pledge: str = "") -> None:
        """Committed first; only then is the document shown and printed (art. 32 last ¶)."""
        case_id = str(self.case.id)
        decision = self.checklist.panel.decision
        # A numbered 不予受理通知书 cannot be taken back: one key press is not enough.
        if decision is not None and decision.outcome == Outcome.REJECT and not self._confirmed(
                self.tr("确认不予受理"), self.tr(
                    "将对申请人“{name}”出具编号的不予受理通知书。\n理由：{ground}\n确定出具吗？")
                .format(name=self.case.applicant.name, ground=words.reject_reason(
                    decision.reason.value if decision.reason else ""))):
            return
        submission = dataclasses.replace(self.checklist.submission(), pledge=pledge)
        recorded = operations.run(self, lambda: self.intake.decide(
            self.actor, case_id, submission))
        if recorded is None:
            return
        self.draft_timer.stop()
        self.case = self.intake.case(case_id)
        self.document_id = recorded.document_id
        self.pledge_document_id = recorded.pledge_document_id
        self.cases_changed.emit()
        text = self.tr("{tracking}：{outcome}，已出具{doc_type} {doc_no}").format(
            tracking=self.case.tracking_no, outcome=words.outcome(recorded.decision.outcome),
            doc_type=words.document_type(recorded.doc_type), doc_no=recorded.doc_no)
        if recorded.deemed_accepted:
            text += "\n" + self.tr("未在依法告知期限内告知补正，依该事项的受理规定视为自收到材料"
                                   "之日起受理。")
        if recorded.decision.promised_date is not None:
            text += "\n" + self.tr("承诺最迟于 {day}（含）办结").format(
                day=recorded.decision.promised_date.isoformat())
        if recorded.pledge_doc_no:
            text += "\n" + self.tr("已出具承诺书 {doc_no}：请申请人签字后存档 (F8)").format(
                doc_no=recorded.pledge_doc_no)
        self.setCurrentWidget(self.done)
        at_once = recorded.decision.outcome == Outcome.ACCEPT and bool(operations.run(
            self, lambda: self.completion.completes_at_once(case_id)))
        if at_once:
            text += "\n" + self.tr("即办件：可当场办结 (F7)")
        self.done.show_result(text, True, True, at_once, bool(recorded.pledge_document_id))
        # The letter is signed before the applicant leaves; the receipt is one key away (F5).
        self.show_document(recorded.pledge_document_id or recorded.document_id)

    def complete_now(self) -> None:
        """即办件: the result is recorded before the applicant leaves the window."""
        case_id = str(self.case.id)
        dialog = operations.run(self, lambda: CompletionDialog(self.space, self.actor,
                                                               case_id, self))
        if dialog is None:
            return
        self.completion_dialog = dialog
        dialog.accepted.connect(self._completed_now)
        dialog.open()

    def _completed_now(self) -> None:
        self.cases_changed.emit()
        # The offer (F7) is answered: the line saying it was possible makes way for the fact.
        offer = "\n" + self.tr("即办件：可当场办结 (F7)")
        self.done.show_result(self.done.summary.text().replace(offer, "") + "\n"
                              + self.tr("已当场办结。"), True, True, False)

    def receive(self) -> None:
        """收件: the ticked materials are recorded and their 材料接收凭证 printed now, before
        any decision; the check goes on from the same day of receipt."""
        case_id = str(self.case.id)
        recorded = operations.run(self, lambda: self.intake.receive(
            self.actor, case_id, self.checklist.submission()))
        if recorded is None:
            return
        self.draft_timer.stop()
        self.case = self.intake.case(case_id)
        self.checklist.case = self.case
        self.checklist.recorded_day = recorded.received_on
        self.checklist._receipt_date_changed()
        self.cases_changed.emit()
        self.notice.emit(self.tr("{tracking}：已收件（{day}），已出具材料接收凭证 {doc_no}").format(
            tracking=self.case.tracking_no, day=recorded.received_on.isoformat(),
            doc_no=recorded.doc_no))
        # The check stays behind the receipt: its keys (Esc: back) wait until it is closed.
        self.checklist.setEnabled(False)
        self.show_document(recorded.document_id)
        if self.preview is not None and self.preview.isVisible():
            self.preview.finished.connect(self._back_to_checklist)
        else:
            self._back_to_checklist()

    def _back_to_checklist(self) -> None:
        self.checklist.setEnabled(True)
        self.checklist.table.setFocus()

    def escalate(self) -> None:
        case_id = str(self.case.id)
        reason = self.checklist.panel.escalation_reason.text()
        # An empty reason is refused by the service, worded by operations.
        if reason.strip() and not self._confirmed(
                self.tr("确认窗口否决报备"), self.tr(
                    "将对申请人“{name}”（{tracking}）作窗口否决报备，交督查决定。\n理由：{reason}\n"
                    "确定报备吗？").format(name=self.case.applicant.name,
                                         tracking=self.case.tracking_no,
                                         reason=reason.strip())):
            return
        submission = self.checklist.submission()
        recorded = operations.run(self, lambda: self.intake.escalate(self.actor, case_id,
                                                                     reason, submission),
                                  {"reason_required": self.checklist.panel.escalation_reason})
        if recorded is None:
            return
        self.draft_timer.stop()
        self.drafts.drop(self.actor)
        self.case = self.intake.case(case_id)
        self.document_id = recorded.document_id
        self.cases_changed.emit()
        self.setCurrentWidget(self.done)
        text = self.tr("{tracking}：已窗口否决报备，等待督查决定。理由：{reason}").format(
            tracking=self.case.tracking_no, reason=reason.strip())
        if recorded.answer_due is not None:
            text += "\n" + self.tr(
                "已出具材料接收凭证 {doc_no}：最迟于 {day} 书面答复申请人").format(
                doc_no=recorded.doc_no, day=recorded.answer_due.isoformat())
        self.done.show_result(text, True, True)
        self.show_document(recorded.document_id)

    def close_consultation(self) -> None:
        case_id = str(self.case.id)
        note = self.consultation.note.text()
        if not operations.attempt(self, lambda: self.casework.close_consultation(
                self.actor, case_id, note)):
            return
        self.cases_changed.emit()
        self.start_new()

    def issue_guide_sheet(self) -> None:
        case_id = str(self.case.id)
        issued = operations.run(self, lambda: self.handouts.issue_guide_sheet(self.actor,
                                                                              case_id))
        if issued is not None:
            self.show_document(issued[0])

    def issue_materials_list(self) -> None:
        case_id = str(self.case.id)
        # The receipt as recorded, an escalated case's with the day its answer is due.
        issued = operations.run(self, lambda: self.intake.issue_receipt(self.actor, case_id))
        if issued is not None:
            self.show_document(issued.document_id)

    def show_document(self, document_id: str) -> None:
        dialog = operations.run(self, lambda: DocumentPreviewDialog(
            self.space, self.actor, document_id, self))
        if dialog is None:
            return
        self.preview = dialog
        dialog.open()
