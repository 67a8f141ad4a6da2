"""好差评 by the applicant: five large choices (keys 1–5, mouse or touch), optional reasons
after a bad choice, a thank-you, then back to the desk. On a second monitor when one is
attached, else full-screen on the clerk's monitor turned round to the applicant. Esc (the
clerk) leaves without a rating only before the applicant has chosen: once chosen, the rating
is recorded however the screen is closed, with the reasons chosen so far."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.cases import BAD_RATINGS, Rating
from counterdesk.domain.ratings import BadReason
from counterdesk.services.accounts import Actor
from counterdesk.services.ratings import RatingService
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, words
from counterdesk.ui.keys import bind

OPEN_KEY = "F9"  # the clerk turns the screen to the applicant (case dialog)
THANKS_MS = 3000  # the thank-you shows this long, then the screen returns to the desk
# Best first, as 好差评 devices show them; key n chooses the n-th.
CHOICES = (Rating.VERY_SATISFIED, Rating.SATISFIED, Rating.FAIRLY_SATISFIED,
           Rating.DISSATISFIED, Rating.VERY_DISSATISFIED)
REASONS = tuple(BadReason)
_COLOURS = ("#1e8e3e", "#5bb974", "#f9ab00", "#e8710a", "#d93025")
# Every choice looks like something to touch: a framed, filled button; a chosen reason is
# filled blue.
_STYLE = ("QPushButton { font-size: 26px; padding: 18px; border-radius: 10px;"
          " border: 2px solid #8a8f98; background: #ffffff; color: #202124; }"
          "QPushButton:checked { background: #1a73e8; border-color: #1a73e8; color: white; }"
          "QLabel { font-size: 30px; }")


def applicant_screen(screens: Sequence[QScreen], clerk: QScreen | None) -> QScreen | None:
    """The monitor facing the applicant: another than the clerk's when one is attached;
    None means turn-around mode on the clerk's own monitor."""
    if len(screens) < 2:
        return None
    return next((screen for screen in screens if screen is not clerk), None)


class RatingScreen(QWidget):
    rated = Signal(str)  # the rating's id

    def __init__(self, space: Workspace, actor: Actor, case_id: str,
                 parent: QWidget | None = None):
        # A window of its own, so it can fill another monitor.
        super().__init__(parent, Qt.WindowType.Window)
        self.service = RatingService(space)
        self.actor, self.case_id = actor, case_id
        self.choice: Rating | None = None
        self.rating_id = ""
        self.setStyleSheet(_STYLE)
        self.pages = QStackedWidget()
        self.question = QLabel()
        self.choice_buttons = [QPushButton() for _ in CHOICES]
        self.reason_label = QLabel()
        self.reason_buttons = [QPushButton() for _ in REASONS]
        self.submit_button = QPushButton()
        self.thanks = QLabel()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.close)
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        choice_page = QWidget()
        column = QVBoxLayout(choice_page)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        column.addStretch(1)
        column.addWidget(self.question)
        row = QHBoxLayout()
        for index, (button, colour) in enumerate(zip(self.choice_buttons, _COLOURS,
                                                     strict=True)):
            button.setMinimumSize(180, 180)
            button.setStyleSheet(f"QPushButton {{ background: {colour}; color: white; }}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, n=index: self.choose(n + 1))
            row.addWidget(button)
        column.addLayout(row)
        column.addStretch(1)
        reason_page = QWidget()
        reasons = QVBoxLayout(reason_page)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason_label.setWordWrap(True)
        reasons.addStretch(1)
        reasons.addWidget(self.reason_label)
        grid = QGridLayout()
        for index, button in enumerate(self.reason_buttons):
            button.setCheckable(True)
            button.setMinimumHeight(90)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            grid.addWidget(button, index // 3, index % 3)
        reasons.addLayout(grid)
        self.submit_button.setMinimumHeight(90)
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button.clicked.connect(self.submit)
        reasons.addWidget(self.submit_button)
        reasons.addStretch(1)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setWordWrap(True)
        for page in (choice_page, reason_page, self.thanks):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        context = Qt.ShortcutContext.WindowShortcut
        for number in range(1, 6):
            bind(self, str(number), lambda n=number: self.key(n), context)
        for key in ("Return", "Enter"):
            bind(self, key, self.enter, context)
        bind(self, "Esc", self.close, context)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("请您评价"))
        self.question.setText(self.tr("请您对本次服务作出评价（按数字键或点击）"))
        for number, (button, rating) in enumerate(zip(self.choice_buttons, CHOICES,
                                                      strict=True), start=1):
            button.setText(f"{number}\n{words.ratings()[rating.value]}")
        self.reason_label.setText(self.tr("很抱歉！请告诉我们哪里做得不好（可多选，也可不选）"))
        for number, (button, reason) in enumerate(zip(self.reason_buttons, REASONS,
                                                      strict=True), start=1):
            button.setText(f"{number}  {words.rating_reasons()[reason.value]}")
        self.submit_button.setText(self.tr("提交评价 (Enter)"))
        self.thanks.setText(self.tr("感谢您的评价！"))

    # -- placing -------------------------------------------------------------------------------

    def show_to_applicant(self, clerk: QScreen | None = None) -> None:
        """Full-screen on the applicant's monitor, or on the clerk's turned round."""
        target = applicant_screen(QGuiApplication.screens(), clerk or self.screen())
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    # -- the applicant's keys and touches ------------------------------------------------------

    def page(self) -> str:
        return ("choice", "reasons", "thanks")[self.pages.currentIndex()]

    def key(self, number: int) -> None:
        if self.page() == "choice":
            self.choose(number)
        elif self.page() == "reasons":
            self.reason_buttons[number - 1].toggle()
        else:
            self.close()

    def enter(self) -> None:
        if self.page() == "reasons":
            self.submit()
        elif self.page() == "thanks":
            self.close()

    def choose(self, number: int) -> None:
        if self.page() != "choice":
            return
        self.choice = CHOICES[number - 1]
        if self.choice in BAD_RATINGS:
            self.pages.setCurrentIndex(1)
        else:
            self.submit()

    def chosen_reasons(self) -> list[BadReason]:
        return [reason for reason, button in zip(REASONS, self.reason_buttons, strict=True)
                if button.isChecked()]

    def submit(self) -> None:
        if self.choice is None or self.rating_id:
            return
        if not self._record():
            self.close()
            return
        self.pages.setCurrentIndex(2)
        self.timer.start(THANKS_MS)

    def _record(self) -> bool:
        """Record the applicant's choice, once; False when there is nothing to record or it
        was refused (the clerk has been told why)."""
        if self.choice is None or self.rating_id:
            return False
        choice, reasons = self.choice, self.chosen_reasons()
        found = operations.run(self, lambda: self.service.record_applicant(
            self.actor, self.case_id, choice, reasons))
        if found is None:
            self.choice = None  # refused: closing again asks nothing more
            return False
        self.rating_id = found
        self.rated.emit(found)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        # The applicant's choice is theirs: the clerk's Esc (or a log-out, or the window's
        # close button) must not drop a bad rating. Reasons are optional (check_choice), so
        # the rating is recorded with those chosen so far.
        self._record()
        super().closeEvent(event)
        # The clerk's keys go back to the window the screen was opened from.
        desk = self.parentWidget()
        if desk is not None:
            desk.window().activateWindow()


def open_rating_screen(parent: QWidget, space: Workspace, actor: Actor,
                       case_id: str) -> RatingScreen | None:
    """Turn the rating screen to the applicant for the case's latest service; None (after
    saying why to the clerk) when it was already rated or there is nothing to rate yet."""
    service = operations.run(parent, lambda: RatingService(space).service_to_rate(actor,
                                                                                  case_id))
    if service is None:
        return None
    screen = RatingScreen(space, actor, case_id, parent)
    screen.show_to_applicant(parent.screen())
    return screen
