"""Capture the clerk's, the supervisor's and the administrator's screens at 1366×768:
xvfb-run -a .venv/bin/python <this file> [en], or without X:
QT_QPA_PLATFORM=offscreen .venv/bin/python <this file> [en]."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from counterdesk.domain.defects import Defect

OUT = Path(__file__).resolve().parent


def main() -> int:
    from counterdesk.app import install_translation
    from counterdesk.services.accounts import AccountService, Role
    from counterdesk.services.catalog_service import import_bundled_if_empty
    from counterdesk.services.workspace import Workspace
    from counterdesk.ui.login_dialog import LoginDialog

    app = QApplication(sys.argv)
    language = sys.argv[1] if len(sys.argv) > 1 else "zh_CN"
    install_translation(app, language)
    home = Path(tempfile.mkdtemp())
    fixed = dt.datetime(2026, 9, 30, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    space = Workspace(home, clock=lambda: fixed)
    import_bundled_if_empty(space)
    accounts = AccountService(space)
    admin = accounts.create_first_admin("admin", "管理员", "admin-pass-1", "W01", "综合窗口1")
    accounts.create_user(admin, "zhang", "张敏", "clerk-pass-1", Role.CLERK)
    clerk = accounts.log_in("zhang", "clerk-pass-1", "W01")
    suffix = "" if language.startswith("zh") else f"-{language}"

    if not suffix:
        login = LoginDialog(accounts)
        login.username.setText("zhang")
        login.show()
        app.processEvents()
        login.grab().save(str(OUT / "login.png"))
        login.close()

    window = desk_with_registration(app, space, clerk, "王小明", "gmspfdj",
                                    before_register=f"registration{suffix}.png")
    checklist = window.intake.checklist
    checklist.mark_all_received()
    checklist.model.rows[1].received = False
    checklist.model.rows[0].defects = {Defect.UNSIGNED}
    checklist.model.dataChanged.emit(checklist.model.index(0, 0), checklist.model.index(3, 4))
    checklist.table.selectRow(0)
    app.processEvents()
    window.grab().save(str(OUT / f"checklist{suffix}.png"))
    if suffix:
        window.idle_lock.stop()
        window.close()
        capture_aftercare(app, suffix)
        return 0
    checklist.model.rows[0].defects = set()
    checklist.mark_all_received()
    app.processEvents()
    window.intake.decide()
    app.processEvents()
    preview = window.intake.preview
    assert preview is not None
    preview.resize(1000, 700)
    app.processEvents()
    window.grab().save(str(OUT / "decision.png"))
    preview.grab().save(str(OUT / "document-preview.png"))
    preview.close()
    window.tabs.setCurrentWidget(window.my_cases)
    app.processEvents()
    window.grab().save(str(OUT / "my-cases.png"))
    window.idle_lock.stop()
    window.close()
    capture_admin_pages(app, space, admin)
    capture_provisional(app)
    capture_aftercare(app, suffix)
    return 0


# One valid resident ID per person: the desk warns when a number on file has another name.
ID_NUMBERS = {"王小明": "11010519491231002X", "李秀英": "110105198001010016",
              "赵海燕": "11010519850505002X"}


def desk_with_registration(app: QApplication, space, clerk, name: str, query: str,
                           before_register: str = ""):
    """The main window at 1366×768 with an applicant registered for the first item the
    pinyin `query` finds; `before_register` saves the filled-in form first."""
    from counterdesk.ui.main_window import MainWindow

    window = MainWindow(space, clerk)
    window.resize(1366, 768)
    window.show()
    page = window.intake.registration
    page.name.setText(name)
    page.id_number.setText(ID_NUMBERS[name])
    page.phone.setText("13800000000")
    page.search.query.setText(query)
    page.search.refresh(query)
    app.processEvents()
    if before_register:
        window.grab().save(str(OUT / before_register))
    page.search.choose(page.search.index.search(query)[0])
    page.register()
    app.processEvents()
    return window


def capture_provisional(app: QApplication) -> None:
    """The desk on 31 December deciding a licence whose promised date falls in a year the
    State Council has not published yet: decided as usual, the date marked 暂计."""
    from counterdesk.services.accounts import AccountService
    from counterdesk.services.catalog_service import import_bundled_if_empty
    from counterdesk.services.workspace import Workspace

    home = Path(tempfile.mkdtemp())
    eve = dt.datetime(2026, 12, 31, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    space = Workspace(home, clock=lambda: eve)
    import_bundled_if_empty(space)
    accounts = AccountService(space)
    accounts.create_first_admin("admin", "管理员", "admin-pass-1", "W01", "综合窗口1")
    clerk = accounts.log_in("admin", "admin-pass-1", "W01")
    window = desk_with_registration(app, space, clerk, "赵海燕", "yljgzydj")
    window.intake.checklist.mark_all_received()
    app.processEvents()
    window.warn_unknown_year = lambda: None  # the modal is the admin page's business here
    window.grab().save(str(OUT / "checklist-provisional.png"))
    window.idle_lock.stop()
    window.close()


def capture_admin_pages(app: QApplication, space, admin) -> None:
    from counterdesk.services.accounts import AccountError, AccountService, Role
    from counterdesk.services.calendar_admin import CalendarAdminService
    from counterdesk.ui.main_window import MainWindow

    accounts = AccountService(space)
    accounts.add_window(admin, "W02", "不动产登记窗口", "县自然资源和规划局")
    accounts.add_window(admin, "W03", "社保医保窗口", "县人力资源和社会保障局")
    accounts.create_user(admin, "li", "李强", "super-pass-1", Role.SUPERVISOR)
    accounts.create_user(admin, "wang", "王芳", "clerk-pass-2", Role.CLERK, "0537-8000002")
    for _ in range(5):
        try:
            accounts.log_in("wang", "wrong-password", "W02")
        except AccountError:
            pass
    calendar = CalendarAdminService(space)
    calendar.set_override(admin, dt.date(2026, 10, 17), True, "不动产集中办理日")
    calendar.set_override(admin, dt.date(2026, 11, 6), False, "线路检修，闭厅一天")
    import_pending_items(space)
    window = MainWindow(space, admin)
    window.resize(1366, 768)
    window.show()
    pages = [page for _title, page in window.admin_pages]
    for name, page in zip(("admin-office", "admin-accounts", "admin-calendar"), pages[:3],
                          strict=True):
        window.tabs.setCurrentWidget(page)
        app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
    capture_notice_dialog(app, window, pages[2])
    capture_guide_editor(app, window, pages[3])
    window.idle_lock.stop()
    capture_pending_desk(app, space)


def import_pending_items(space) -> None:
    """Three rows of a province's list, imported 待完善: the guide editor lists them first."""
    from counterdesk.services.item_list_import import import_item_list

    listing = Path(tempfile.mkdtemp()) / "实施清单.csv"
    listing.write_text("事项名称,实施编码,实施主体,事项类型\n"
                       "出生医学证明补发,37082600WS-QT-0101,微山县卫生健康局,公共服务\n"
                       "养犬登记证核发,37082600GA-XK-0102,微山县公安局,行政许可\n"
                       "农村村民宅基地审批,37082600NY-XK-0103,微山县农业农村局,行政许可\n",
                       encoding="utf-8")
    import_item_list(space, listing)


def capture_guide_editor(app: QApplication, window, page) -> None:
    """管理 → 事项指南 with a bundled guide open: its form, its materials with a `when` naming
    an answer the question does not have (the validator's message below), the preview."""
    from PySide6.QtCore import Qt

    window.tabs.setCurrentWidget(page)
    code = "37082600ZR-QR-0012"
    page.open_item(next(item for item in page.all_items if item.code == code))
    page.list_view.selectRow(page.list_model.row_of(code))
    app.processEvents()
    window.grab().save(str(OUT / "guide-editor.png"))
    page.tabs.setCurrentIndex(2)
    when = page.materials_model.index(3, 4)  # marriage_proof
    page.materials_model.setData(when, "applicant_type: 夫妻、兄弟", Qt.ItemDataRole.EditRole)
    page.materials_view.setCurrentIndex(when)
    app.processEvents()
    window.grab().save(str(OUT / "guide-editor-materials.png"))
    page.materials_model.setData(when, "applicant_type: 夫妻", Qt.ItemDataRole.EditRole)
    page.tabs.setCurrentWidget(page.preview)
    page.list_view.scrollToTop()  # the items imported 待完善 lead the list
    page.preview.answer_boxes["applicant_type"].setCurrentText("夫妻")
    app.processEvents()
    window.grab().save(str(OUT / "guide-editor-preview.png"))


def capture_pending_desk(app: QApplication, space) -> None:
    """A clerk registers an application for an item still 待完善: no checklist, the desk says
    why and offers to close it as a consultation."""
    from counterdesk.services.accounts import AccountService

    clerk = AccountService(space).log_in("zhang", "clerk-pass-1", "W01")
    window = desk_with_registration(app, space, clerk, "李秀英", "csyxzm")
    window.grab().save(str(OUT / "guide-editor-desk-pending.png"))
    window.idle_lock.stop()
    window.close()


def capture_notice_dialog(app: QApplication, window, calendar_page) -> None:
    """录入年度节假日安排 over the 日历 page, with the invented 2027 notice read."""

    notice = OUT.parents[1] / "tests" / "fixtures" / "notices-test" / "2027-invented.txt"
    calendar_page.open_notice_dialog()
    dialog = calendar_page.notice_dialog
    dialog.notice.setPlainText(notice.read_text(encoding="utf-8"))
    dialog.parse()
    with_dialog(window, dialog).save(str(OUT / "admin-calendar-notice.png"))
    dialog.reject()


def with_dialog(window, dialog):
    """The window with `dialog` painted where it stands: grabbing the window leaves out a
    dialog, a window of its own."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter

    dialog.move(window.geometry().center() - dialog.rect().center())
    QApplication.processEvents()
    shot = window.grab()
    painter = QPainter(shot)
    corner = window.mapFromGlobal(dialog.mapToGlobal(QPoint(0, 0)))
    painter.drawPixmap(corner, dialog.grab())
    painter.setPen(QColor("#555555"))
    painter.drawRect(dialog.rect().translated(corner).adjusted(-1, -1, 0, 0))
    painter.end()
    return shot


def save_preview(window, name: str) -> None:
    """The document the desk just showed, over the desk, then closed."""
    preview = window.intake.preview
    assert preview is not None and preview.isVisible(), name
    preview.resize(1000, 700)
    with_dialog(window, preview).save(str(OUT / name))
    preview.reject()
    QApplication.processEvents()


def pick_material(checklist, material_id: str) -> None:
    from PySide6.QtCore import QItemSelectionModel

    row = [state.material.id for state in checklist.model.rows].index(material_id)
    checklist.table.selectionModel().setCurrentIndex(
        checklist.model.index(row, 1),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    QApplication.processEvents()
    assert checklist.editor.state.material.id == material_id


def answer_yes_after_shot(window, name: str):
    """In place of the desk's Yes/No question: show the same box, draw it over the desk,
    then answer Yes as the clerk would."""
    from PySide6.QtWidgets import QMessageBox

    def confirmed(title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          window)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.show()
        QApplication.processEvents()
        with_dialog(window, box).save(str(OUT / name))
        box.close()
        return True

    return confirmed


def register_at_desk(app: QApplication, window, name: str, query: str, code: str = "",
                     agent: tuple[str, str, str] | None = None) -> None:
    """Type the applicant (and an agent), pick the item by pinyin, register."""
    window.intake.start_new()
    page = window.intake.registration
    page.name.setText(name)
    page.id_number.setText(ID_NUMBERS[name])
    page.phone.setText("13800000000")
    if agent is not None:
        page.by_agent.setChecked(True)
        page.agent_name.setText(agent[0])
        page.agent_id_number.setText(agent[1])
        page.agent_relation.setCurrentText(agent[2])
    page.search.query.setText(query)
    page.search.refresh(query)
    found = page.search.index.search(query)
    chosen = next(item for item in found if not code or item.code == code)
    page.search.choose(chosen)
    page.register()
    app.processEvents()
    assert window.intake.currentWidget() is window.intake.checklist, name


def capture_aftercare(app: QApplication, suffix: str) -> None:
    """The screens after and around the decision, in both languages, on one office's data:
    an agent's application and its receipt (F6), a 窗口否决报备 receipt, 容缺受理 and
    告知承诺 offers, the rating screen, search, the supervisors' queue three weeks later,
    the case as a supervisor sees it, 办理期限, completion, settings."""
    from PySide6.QtWidgets import QMessageBox

    from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
    from counterdesk.domain.decision import MaterialReport
    from counterdesk.services.accounts import AccountService, Role
    from counterdesk.services.case_clock import ClockService
    from counterdesk.services.catalog_service import import_bundled_if_empty
    from counterdesk.services.intake import (
        Applicant,
        IntakeService,
        Registration,
        SubmissionInput,
    )
    from counterdesk.services.preferences import Preferences, PreferencesService
    from counterdesk.services.workspace import Workspace
    from counterdesk.ui import printers
    from counterdesk.ui.case_dialog import CaseDialog
    from counterdesk.ui.main_window import MainWindow
    from counterdesk.ui.rating_screen import RatingScreen
    from counterdesk.ui.supervisor.clock_dialog import ClockDialog

    # A message box would wait for a click that never comes: say it on the console instead.
    for kind in ("warning", "information", "critical"):
        setattr(QMessageBox, kind, staticmethod(
            lambda _parent, title, text, *_rest: print(f"{title}: {text}", file=sys.stderr)))
    home = Path(tempfile.mkdtemp())
    today = [dt.datetime(2026, 9, 30, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))]
    space = Workspace(home, clock=lambda: today[0])
    import_bundled_if_empty(space)
    accounts = AccountService(space)
    admin = accounts.create_first_admin("admin", "管理员", "admin-pass-1", "W01", "综合窗口1")
    accounts.create_user(admin, "zhang", "张敏", "clerk-pass-1", Role.CLERK, "0537-8000001")
    accounts.create_user(admin, "li", "李强", "super-pass-1", Role.SUPERVISOR)
    clerk = accounts.log_in("zhang", "clerk-pass-1", "W01")
    supervisor = accounts.log_in("li", "super-pass-1", "W01")
    # Two printers on this PC, chosen in the clerk's settings.
    printers.available_printers = lambda: ["HP LaserJet Pro M404dn", "XP-80C 热敏票据打印机"]
    PreferencesService(space).save(clerk, Preferences(
        printer_a4="HP LaserJet Pro M404dn", printer_slip="XP-80C 热敏票据打印机"))

    # Open cases of the morning, for search: a house purchase accepted, two only registered.
    intake = IntakeService(space)
    house = "37082600ZR-QR-0012"
    answers = {"applicant_type": "个人", "by_agent": "否"}
    brought = {m: MaterialReport() for m in
               ("application", "sale_contract", "id_card", "old_certificate")}
    made = {}
    for name, id_number, phone in (("欧阳娜娜", "370826196201067753", "13108258583"),
                                   ("王芳", "", ""), ("李秀英", ID_NUMBERS["李秀英"],
                                                     "13900000000")):
        made[name] = str(intake.register(clerk, Registration(
            Purpose.APPLY, Channel.ONSITE,
            Applicant(ApplicantKind.PERSON, name, "resident_id" if id_number else "",
                      id_number, phone), house)).id)
    intake.decide(clerk, made["李秀英"], SubmissionInput(answers, brought))
    intake.decide(clerk, made["欧阳娜娜"], SubmissionInput(answers, brought))
    ClockService(space).extend(supervisor, made["欧阳娜娜"], 10, "王主任", "需要实地核查房屋现状")

    window = MainWindow(space, clerk)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    # An agent hands in a house purchase: 授权委托书 is required; F6 prints the receipt.
    register_at_desk(app, window, "王小明", "gmspfdj", house,
                     agent=("李四", "110105194912310038", "受托人"))
    checklist = window.intake.checklist
    checklist.mark_all_received()
    pick_material(checklist, "agent_authorization")
    window.grab().save(str(OUT / f"checklist-agent{suffix}.png"))
    window.intake.receive()
    app.processEvents()
    save_preview(window, f"receipt-f6{suffix}.png")
    window.notice.clear()  # the notice's timer would have cleared it by now
    # The clerk doubts the contract: 窗口否决报备, with a receipt naming the answer day.
    checklist.panel.escalation_reason.setText("买卖合同签字疑似伪造，需核实")
    window.intake._confirmed = lambda _title, _text: True
    window.intake.escalate()
    app.processEvents()
    save_preview(window, f"escalation-receipt{suffix}.png")

    # 容缺受理: a food shop brings everything but the rules list.
    register_at_desk(app, window, "赵海燕", "spjyxk", "37082600SP-XK-0003")
    checklist.mark_all_received()
    pick_material(checklist, "health_certificates")
    checklist.editor.issued_on.setText("2026-06-01")
    pick_material(checklist, "rules_list")
    checklist.editor.received.setChecked(False)
    app.processEvents()
    window.grab().save(str(OUT / f"checklist-tolerance{suffix}.png"))
    window.intake._confirmed = answer_yes_after_shot(window, f"tolerance-confirm{suffix}.png")
    window.intake.decide_on_pledge("tolerance")
    app.processEvents()
    save_preview(window, f"tolerance-letter{suffix}.png")

    # 告知承诺: a freight licence without its safety rules.
    register_at_desk(app, window, "王小明", "dlhwy", "37082600SP-XK-0006")
    checklist.mark_all_received()
    pick_material(checklist, "safety_rules")
    checklist.editor.received.setChecked(False)
    app.processEvents()
    window.grab().save(str(OUT / f"checklist-commitment{suffix}.png"))
    window.intake.start_new()

    # The applicant rates the house purchase of 李秀英: the five choices, then the reasons.
    rating = RatingScreen(space, clerk, made["李秀英"], window)
    rating.resize(1366, 768)
    rating.show()
    app.processEvents()
    rating.grab().save(str(OUT / f"rating-screen{suffix}.png"))
    rating.choose(4)
    for number in (1, 3):
        rating.reason_buttons[number - 1].setChecked(True)
    app.processEvents()
    rating.grab().save(str(OUT / f"rating-screen-reasons{suffix}.png"))
    rating.submit()
    rating.timer.stop()
    rating.close()

    # 我的案件: the last four of an ID number typed.
    window.tabs.setCurrentWidget(window.my_cases)
    window.my_cases.refresh()
    window.my_cases.search.setText("7753")
    app.processEvents()
    window.grab().save(str(OUT / f"my-cases-search{suffix}.png"))
    window.my_cases.search.clear()
    # 设置: the language, the two printers, the preview size.
    window.tabs.setCurrentWidget(window.settings_page)
    app.processEvents()
    window.grab().save(str(OUT / f"settings{suffix}.png"))
    # 办结 in the case dialog of the accepted house purchase.
    done = CaseDialog(space, clerk, made["欧阳娜娜"], window)
    done.resize(1000, 700)
    done.show()
    done.complete_box.doc_no.setText("370826-2026-BDC-000321")
    app.processEvents()
    done.grab().save(str(OUT / f"case-completion{suffix}.png"))
    done.close()
    window.idle_lock.stop()
    window.close()

    # Three weeks later: the supervisor's queue has the escalation, the bad rating, the
    # pledge whose material never came and the cases past their promised date.
    today[0] = dt.datetime(2026, 10, 21, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    desk = MainWindow(space, supervisor)
    desk.resize(1366, 768)
    desk.show()
    queue, log, _statistics = (page for _title, page in desk.supervisor_pages)
    desk.tabs.setCurrentWidget(queue)
    queue.refresh()
    queue.table.selectRow(next(i for i, r in enumerate(queue.reviews)
                               if r["kind"] == "bad_rating"))
    app.processEvents()
    desk.grab().save(str(OUT / f"supervisor-queue-aftercare{suffix}.png"))
    desk.tabs.setCurrentWidget(log)
    log.search.setText("阳娜")
    app.processEvents()
    desk.grab().save(str(OUT / f"supervisor-log-search{suffix}.png"))
    # The whole timeline of the case with the extension, and the statistics of the day.
    from counterdesk.ui.supervisor.log_page import TimelineDialog

    entries = log.service.timeline(made["欧阳娜娜"])
    timeline = TimelineDialog("W01", entries, desk)
    timeline.resize(1100, 620)
    timeline.show()
    app.processEvents()
    timeline.grab().save(str(OUT / f"supervisor-timeline{suffix}.png"))
    timeline.close()
    desk.tabs.setCurrentWidget(_statistics)
    _statistics.refresh()
    app.processEvents()
    desk.grab().save(str(OUT / f"supervisor-stats{suffix}.png"))
    case = CaseDialog(space, supervisor, made["欧阳娜娜"], desk)
    case.resize(1000, 700)
    case.show()
    app.processEvents()
    case.grab().save(str(OUT / f"case-supervisor{suffix}.png"))
    clock = ClockDialog(space, supervisor, made["欧阳娜娜"], case)
    clock.show()
    app.processEvents()
    clock.grab().save(str(OUT / f"clock-dialog{suffix}.png"))
    clock.close()
    case.close()
    desk.idle_lock.stop()
    desk.close()

    # The office page in English too (the Chinese one is admin-office.png).
    if suffix:
        office = MainWindow(space, admin)
        office.resize(1366, 768)
        office.show()
        office.tabs.setCurrentWidget(office.admin_pages[0][1])
        app.processEvents()
        office.grab().save(str(OUT / f"admin-office{suffix}.png"))
        office.idle_lock.stop()
        office.close()


if __name__ == "__main__":
    raise SystemExit(main())
