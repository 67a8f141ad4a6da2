"""The main window: 首问登记, 我的案件, the supervisors' pages for their roles, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from counterdesk.services.accounts import AccountService, Actor, Role
from counterdesk.services.drafts import DraftService
from counterdesk.services.holidays import unknown_year_ahead
from counterdesk.services.office import OfficeService
from counterdesk.services.search import ItemSearchIndex
from counterdesk.services.workspace import Workspace
from counterdesk.ui import admin, supervisor, words
from counterdesk.ui.case_dialog import CaseDialog
from counterdesk.ui.idle_lock import IdleLock
from counterdesk.ui.intake_page import IntakePage
from counterdesk.ui.keys import FOCUS_RING_STYLE, bind, with_key
from counterdesk.ui.my_cases_page import MyCasesPage
from counterdesk.ui.rating_screen import OPEN_KEY as RATING_KEY
from counterdesk.ui.rating_screen import RatingScreen, open_rating_screen
from counterdesk.ui.settings_page import SettingsPage

NOTICE_MS = 10_000
LOG_OUT_KEY = "Ctrl+Shift+L"


def literal_tab_text(text: str) -> str:
    """A tab title shown as written: Qt takes a single & for a mnemonic and hides it."""
    return text.replace("&", "&&")


class MainWindow(QMainWindow):
    # The clerk logged out (the window is closed, the draft saved): the next one signs in.
    log_out_requested = Signal()

    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.case_dialog: CaseDialog | None = None
        self.window_name = next((str(w["name"]) for w in AccountService(space).windows()
                                 if w["id"] == actor.window_id), actor.window_id)
        index = ItemSearchIndex(space.catalog.latest())
        self.intake = IntakePage(space, actor, index)
        self.my_cases = MyCasesPage(space, actor)
        self.settings_page = SettingsPage(space, actor)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.intake, "")
        self.tabs.addTab(self.my_cases, "")
        # 窗口无否决权 and 首问责任 oversight: supervisor screens exist only for those roles
        # (the services check the role again on every call).
        self.supervisor_pages = supervisor.build_pages(space, actor) if actor.is_supervisor \
            else []
        for title, page in self.supervisor_pages:
            self.tabs.addTab(page, literal_tab_text(title))
        # Accounts, office settings and the calendar change what every clerk works under.
        self.admin_pages = admin.build_pages(space, actor) if actor.role == Role.ADMIN else []
        for title, page in self.admin_pages:
            # "Accounts & windows": an ampersand in a tab title would mark a mnemonic.
            self.tabs.addTab(page, literal_tab_text(title))
            changed = getattr(page, "catalog_changed", None)
            if changed is not None:
                changed.connect(self.refresh_item_search)
        self.tabs.addTab(self.settings_page, "")
        self.setCentralWidget(self.tabs)
        # A wrapping label rather than showMessage(): a long notice (a refused draft save
        # names its fix) would otherwise be cut off at the window's edge.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(NOTICE_MS)
        self.notice_timer.timeout.connect(self.notice.clear)
        self.who = QLabel()
        self.log_out_button = QPushButton()
        self.log_out_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log_out_button.clicked.connect(self.log_out)
        self.statusBar().addWidget(self.notice, 1)
        self.statusBar().addPermanentWidget(self.who)
        self.statusBar().addPermanentWidget(self.log_out_button)
        self.setStyleSheet(FOCUS_RING_STYLE)
        self.intake.cases_changed.connect(self.my_cases.refresh)
        self.intake.notice.connect(self.show_notice)
        self.my_cases.open_requested.connect(self.open_case)
        self.tabs.currentChanged.connect(self._tab_changed)
        context = Qt.ShortcutContext.WindowShortcut
        bind(self, "Ctrl+1", lambda: self.tabs.setCurrentWidget(self.intake), context)
        bind(self, "Ctrl+2", lambda: self.tabs.setCurrentWidget(self.my_cases), context)
        bind(self, LOG_OUT_KEY, self.log_out, context)
        # 好差评: the rating screen for the case being served, turned to the applicant.
        self.rating_screen: RatingScreen | None = None
        bind(self, RATING_KEY, self.ask_rating, context)
        minutes = OfficeService(space).load().idle_lock_minutes
        self.idle_lock = IdleLock(self, AccountService(space), actor, minutes)
        self.idle_lock.switch_user_requested.connect(self.log_out)
        self.logging_out = False  # set by log_out: questions still open are nobody's answer
        self.draft_offer_open = False
        self.retranslate_ui()
        self.intake.start_new()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("CounterDesk 窗口受理台 — {name} @ {window}").format(
            name=self.actor.display_name, window=self.window_name))
        self.tabs.setTabText(self.tabs.indexOf(self.intake), self.tr("首问登记 (Ctrl+1)"))
        self.tabs.setTabText(self.tabs.indexOf(self.my_cases), self.tr("我的案件 (Ctrl+2)"))
        self.tabs.setTabText(self.tabs.indexOf(self.settings_page), self.tr("设置"))
        self.who.setText(self.tr("当前：{name}（{role}） · 窗口 {window_id} {window}").format(
            name=self.actor.display_name, role=self._role_text(),
            window_id=self.actor.window_id, window=self.window_name))
        self.log_out_button.setText(with_key(self.tr("退出登录/切换用户"), LOG_OUT_KEY))
        self.intake.retranslate_ui()
        self.my_cases.retranslate_ui()
        self.settings_page.retranslate_ui()

    def refresh_item_search(self) -> None:
        """A guide published or imported here is found at the desk without a restart."""
        self.intake.registration.search.index = ItemSearchIndex(self.space.catalog.latest())

    def warn_unknown_year(self) -> None:
        """A year without the State Council's schedule never stops the desk (its dates are
        computed provisionally); administrators and supervisors are told to enter it, a
        clerk sees a quiet line in the status bar."""
        year = unknown_year_ahead(self.space.calendar, self.space.today())
        if year is None:
            return
        if self.actor.role == Role.ADMIN or self.actor.is_supervisor:
            QMessageBox.information(self, self.tr("节假日安排尚未录入"), self.tr(
                "{year}年的节假日安排尚未录入。期限延伸到{year}年的事项照常办理，日期暂按法定"
                "节假日计算并标注“暂计”。国务院公布通知后，请管理员在“日历”页点击"
                "“录入年度节假日安排…”，粘贴通知全文。").format(year=year))
        self.notice_timer.stop()
        self.notice.setText(self.tr("{year}年节假日安排尚未录入：相关日期为暂计").format(year=year))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice_timer.start()

    def ask_rating(self) -> None:
        """F9: the applicant rates the case being served — the selected row of my cases, or
        the case at the intake page."""
        case_id = self._served_case()
        if not case_id:
            self.show_notice(self.tr("请先在“我的案件”中选中要评价的案件，或在登记受理后再按 F9。"))
            return
        self.rating_screen = open_rating_screen(self, self.space, self.actor, case_id)

    def _served_case(self) -> str:
        if self.tabs.currentWidget() is self.my_cases:
            index = self.my_cases.table.currentIndex()
            return str(index.data(Qt.ItemDataRole.UserRole) or "") if index.isValid() else ""
        if self.tabs.currentWidget() is self.intake and self.intake.case:
            return self.intake.case.id if self.intake.case is not None else ""
        return ""

    def _role_text(self) -> str:
        return words.role(self.actor.role.value)

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.my_cases:
            self.my_cases.refresh()
            self.my_cases.table.setFocus()

    def offer_draft(self) -> None:
        """After a crash the unfinished intake is offered back at log-in."""
        drafts = DraftService(self.space)
        draft = drafts.load(self.actor)
        if draft is None:
            return
        if not self.intake.worth_offering(draft.body):
            drafts.drop(self.actor)
            return
        self.draft_offer_open = True  # closing meanwhile must not save the empty form over it
        answer = QMessageBox.question(
            self, self.tr("恢复未完成的登记"),
            self.tr("发现 {at} 保存的未完成登记。是否恢复？选择“否”将丢弃该草稿。")
            .format(at=draft.saved_at[:16].replace("T", " ")))
        self.draft_offer_open = False
        if answer == QMessageBox.StandardButton.Yes:
            self.intake.resume_draft(draft.body)
        elif not self.logging_out:
            drafts.drop(self.actor)
        # else the desk was locked and another clerk switched in while the question was open:
        # nobody answered it, so the draft waits for its clerk's next log-in.

    def open_case(self, case_id: str) -> None:
        dialog = CaseDialog(self.space, self.actor, case_id, self)
        dialog.return_visit_requested.connect(self._return_visit)
        dialog.finished.connect(lambda _code: self.my_cases.refresh())
        self.case_dialog = dialog
        dialog.open()

    def _return_visit(self, case_id: str) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.start_return(case_id)

    def log_out(self) -> None:
        """Another clerk takes the window: this one's draft is saved under their own account
        (closeEvent) and offered back when they sign in again; the program keeps running."""
        self.logging_out = True
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        if self.case_dialog is not None:
            self.case_dialog.close()
        if self.rating_screen is not None:
            self.rating_screen.close()
        if self.intake.preview is not None:
            self.intake.preview.close()
        self.close()
        self.log_out_requested.emit()

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        if not self.draft_offer_open:
            self.intake.save_draft()
        self.idle_lock.stop()
        super().closeEvent(event)
