"""The live art. 32 outcome while the clerk checks materials, and the ways to conclude."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.decision import Decision, Outcome
from counterdesk.domain.pledges import PledgeKind, PledgeOffer, PledgeRefusal, PledgeUnavailable
from counterdesk.ui import words
from counterdesk.ui.keys import with_key

_OUTCOME_STYLE = {Outcome.ACCEPT: "color: #1b7f3b;", Outcome.SUPPLEMENT: "color: #a15c00;",
                  Outcome.REJECT: "color: #b00020;"}


class DecisionPanel(QGroupBox):
    decide_requested = Signal()
    escalate_requested = Signal()
    # "tolerance" (容缺受理) or "commitment" (告知承诺): accept on the applicant's signature.
    pledge_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.decision: Decision | None = None
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.dates = QLabel()
        self.dates.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)  # a long material name still shows what is wrong
        self.decide_button = QPushButton()
        self.decide_button.clicked.connect(self.decide_requested)
        self.escalation_reason = QLineEdit()
        self.escalation_reason.returnPressed.connect(self.escalate_requested)
        # On Linux a line edit claims Ctrl+E (end of line); the hint promises it escalates.
        self.escalation_reason.installEventFilter(self)
        self.escalate_button = QPushButton()
        self.escalate_button.clicked.connect(self.escalate_requested)
        self.escalation_label = QLabel()
        self.escalation_label.setWordWrap(True)
        self.pledge_note = QLabel()
        self.pledge_note.setWordWrap(True)
        self.tolerance_button = QPushButton()
        self.tolerance_button.clicked.connect(
            lambda: self.pledge_requested.emit(PledgeKind.TOLERANCE.value))
        self.commitment_button = QPushButton()
        self.commitment_button.clicked.connect(
            lambda: self.pledge_requested.emit(PledgeKind.COMMITMENT.value))
        pledges = QHBoxLayout()
        pledges.addWidget(self.tolerance_button)
        pledges.addWidget(self.commitment_button)
        self.offers: dict[str, PledgeOffer | PledgeUnavailable] = {}
        escalation = QHBoxLayout()
        escalation.addWidget(self.escalation_reason, 1)
        escalation.addWidget(self.escalate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.outcome)
        layout.addWidget(self.dates)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.decide_button)
        layout.addWidget(self.pledge_note)
        layout.addLayout(pledges)
        layout.addWidget(self.escalation_label)
        layout.addLayout(escalation)
        self.retranslate_ui()

    def focus_chain(self) -> list[QWidget]:
        return [self.decide_button, self.tolerance_button, self.commitment_button,
                self.escalation_reason, self.escalate_button]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.escalation_reason and event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if (event.key() == Qt.Key.Key_E
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
                # Left unclaimed, the key reaches the page's Ctrl+E shortcut.
                return True
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("受理决定"))
        self.decide_button.setText(with_key(self.tr("作出决定并出具文书"), "Ctrl+Return"))
        self.escalation_label.setText(self.tr("窗口无否决权：以其他理由不能受理的，填写理由后"
                                              "按 Enter（或 Ctrl+E）报备督查决定。"))
        self.escalation_reason.setPlaceholderText(self.tr("否决报备理由"))
        self.escalate_button.setText(with_key(self.tr("窗口否决报备"), "Ctrl+E"))
        self.tolerance_button.setText(with_key(self.tr("容缺受理（签署承诺书）"), "F8"))
        self.commitment_button.setText(with_key(self.tr("告知承诺受理（签署承诺书）"), "F10"))
        self.show_decision(self.decision)
        self.show_pledges(self.offers)

    def show_decision(self, decision: Decision | None, blocker: str = "") -> None:
        """`blocker` says what must be filled in before any decision can be made."""
        self.decision = None if blocker else decision
        self.show_pledges({})
        self.problems.clear()
        self.decide_button.setEnabled(self.decision is not None)
        if blocker or decision is None:
            self.outcome.setStyleSheet("color: #555;")
            self.outcome.setText(blocker or self.tr("请先回答情形问题并核对材料。"))
            self.dates.setText("")
            return
        self.outcome.setStyleSheet(_OUTCOME_STYLE[decision.outcome]
                                   + " font-size: 14pt; font-weight: bold;")
        text = self.tr("预计结果：{outcome}").format(outcome=words.outcome(decision.outcome))
        if decision.reason is not None:
            text += "\n" + words.reject_reason(decision.reason.value)
        self.outcome.setText(text)
        if decision.promised_date is not None:
            self.dates.setText(self.tr("承诺最迟于 {day}（含）办结").format(
                day=decision.promised_date.isoformat()))
            if decision.deemed_accepted:
                self.dates.setText(self.dates.text() + "\n" + self.tr(
                    "未在告知期限（{day}）内告知补正，依法视为自收件之日起受理").format(
                    day=decision.notice_due.isoformat() if decision.notice_due else ""))
        elif decision.notice_due is not None:
            # Worded as the notice prints it: the last day counts.
            self.dates.setText(self.tr("本机关最迟于 {day}（含）告知；共 {count} 个问题").format(
                day=decision.notice_due.isoformat(), count=len(decision.problems)))
        else:
            self.dates.setText("")
        if decision.provisional:
            self.dates.setText(self.dates.text() + "\n" + self.tr(
                "（暂计：该年度节假日安排尚未公布，按法定节假日计算）"))
        for problem in decision.problems:
            self.problems.addItem(f"{problem.name} — {words.defect(problem.defect.value)}")

    def show_pledges(self, offers: dict[str, PledgeOffer | PledgeUnavailable]) -> None:
        """A would-be supplement the applicant may turn into an acceptance by signing (容缺
        受理, 告知承诺), with the materials and their days; or why a flagged applicant may
        not (失信)."""
        self.offers = offers
        notes = []
        for kind, button in ((PledgeKind.TOLERANCE, self.tolerance_button),
                             (PledgeKind.COMMITMENT, self.commitment_button)):
            offer = offers.get(kind.value)
            open_ = isinstance(offer, PledgeOffer)
            button.setVisible(open_)
            button.setEnabled(open_)
            if isinstance(offer, PledgeOffer):
                names = "、".join(m.name for m in offer.materials)
                if kind == PledgeKind.TOLERANCE:
                    notes.append(self.tr("可容缺受理：{names} 于 {day}（含）前补交").format(
                        names=names, day=offer.last_due.isoformat()))
                else:
                    notes.append(self.tr("可告知承诺受理：{names} 以承诺代替，{day} 前核查")
                                 .format(names=names, day=offer.last_due.isoformat()))
        if any(isinstance(o, PledgeUnavailable) and o.reason == PledgeRefusal.DISCREDITED
               for o in offers.values()):
            notes.append(self.tr("申请人已被督查标记为失信，不适用容缺受理和告知承诺，"
                                 "请按一次性告知办理。"))
        self.pledge_note.setText("\n".join(notes))
        self.pledge_note.setVisible(bool(notes))
