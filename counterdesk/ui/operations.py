"""Run one service call for a widget and turn any refusal into a message that says what to do."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget

from counterdesk.domain.calendar import UnknownYearError
from counterdesk.domain.cases import TransitionError
from counterdesk.domain.catalog import NoVersionInForceError, UnknownItemError
from counterdesk.domain.decision import ScenarioError
from counterdesk.domain.documents import MissingCompetentOfficeError, MissingRemedyError
from counterdesk.services.accounts import AccountError
from counterdesk.services.errors import DatabaseBusyError, DiskFullError, StoreError
from counterdesk.ui import words

T = TypeVar("T")
# Which field a refusal is about, by its code: a key names one code, or every code that
# starts with it and "_" ("applicant_name" for applicant_name_too_long, …).
Fields = Mapping[str, QWidget]
translate = QCoreApplication.translate

KEPT = translate("operations", "已填写的内容都保留在表单中，没有丢失。")


def explain(error: Exception) -> tuple[str, str]:
    """(title, text) for a refusal; the text names the fix."""
    # imported here: the log-in screen comes up without loading the intake services
    from counterdesk.services.calendar_admin import CalendarOverrideError
    from counterdesk.services.calendar_years import DeclareYearError
    from counterdesk.services.documents import DocumentError
    from counterdesk.services.intake import IntakeError
    from counterdesk.services.office import SettingsError

    if isinstance(error, AccountError) and error.code == "locked" and error.locked_until:
        return translate("operations", "账户已锁定"), words.account_locked(error.locked_until)
    if isinstance(error, IntakeError | AccountError | CalendarOverrideError):
        return translate("operations", "无法继续"), words.error_code(error.code)
    if isinstance(error, DeclareYearError):
        # The calendar file or schedule names what is wrong with it (file, year, date).
        return (translate("operations", "无法录入年度节假日安排"),
                translate("operations", "日历文件或安排无法使用：{reason}").format(reason=error))
    if isinstance(error, MissingRemedyError):
        field = {"reconsideration_body": translate("operations", "行政复议机关"),
                 "court": translate("operations", "人民法院")}.get(error.field, error.field)
        return (translate("operations", "不予受理通知书无法出具"),
                translate("operations", "事项 {code} 的办事指南缺少“{field}”（目录字段 {key}），"
                          "通知书必须告知申请复议和诉讼的途径。请管理员在事项目录或办公设置中补充后"
                          "再作决定。本次未记录任何决定。")
                .format(code=error.item_code, field=field, key=error.field))
    if isinstance(error, MissingCompetentOfficeError):
        return translate("operations", "无法继续"), words.error_code("competent_office_required")
    if isinstance(error, UnknownYearError):
        return (translate("operations", "工作日历缺少年份"),
                translate("operations", "工作日历没有 {year} 年的法定节假日安排，无法计算期限。"
                          "请管理员在国务院公布 {year} 年安排后更新 chinesecalendar，或在 "
                          "data/calendar.yaml 的 years: 下录入 {year} 年的节假日和调休。")
                .format(year=error.year) + "\n" + KEPT)
    if isinstance(error, DiskFullError):
        return (translate("operations", "磁盘已满"),
                translate("operations", "磁盘空间已满，本次操作没有保存。请清理磁盘空间后再次点击"
                          "保存。") + "\n" + KEPT)
    if isinstance(error, DatabaseBusyError):
        return (translate("operations", "数据库忙"),
                translate("operations", "数据库正被其他程序占用，本次操作没有保存。请稍等片刻后"
                          "再试。") + "\n" + KEPT)
    if isinstance(error, StoreError):
        return translate("operations", "数据库错误"), str(error) + "\n" + KEPT
    if isinstance(error, UnknownItemError | NoVersionInForceError):
        return (translate("operations", "事项不可用"),
                translate("operations", "该事项在目录中没有现行有效的办事指南（{detail}）。"
                          "请选择其他事项或请管理员更新事项目录。").format(detail=error))
    if isinstance(error, ScenarioError):
        return translate("operations", "材料记录不完整"), str(error)
    if isinstance(error, TransitionError):
        return (translate("operations", "无法继续"),
                translate("operations", "案件当前状态为“{current}”，不能变为“{target}”。")
                .format(current=words.status(error.current), target=words.status(error.target)))
    if isinstance(error, SettingsError):
        return (translate("operations", "设置未保存"),
                translate("operations", "设置没有保存：{detail}\n请按提示修改后再保存。")
                .format(detail=error))
    if isinstance(error, DocumentError):
        return translate("operations", "无法继续"), str(error)
    if isinstance(error, OSError):
        return (translate("operations", "文件无法写入"),
                translate("operations", "文件无法写入（{detail}）。请选择其他位置或检查磁盘空间。")
                .format(detail=error))
    raise error


def run(parent: QWidget | None, call: Callable[[], T], fields: Fields | None = None) -> T | None:
    """The call's result, or None after a message box explaining the refusal (then the field
    the refusal is about, named in `fields`, takes the keyboard)."""
    try:
        return call()
    except Exception as error:  # noqa: BLE001 - explain() re-raises what it cannot word
        refuse(parent, error, fields)
        return None


def attempt(parent: QWidget | None, call: Callable[[], object],
            fields: Fields | None = None) -> bool:
    """True when the call went through; False after a message box explaining the refusal."""
    try:
        call()
    except Exception as error:  # noqa: BLE001 - explain() re-raises what it cannot word
        refuse(parent, error, fields)
        return False
    return True


def refuse(parent: QWidget | None, error: Exception, fields: Fields | None = None) -> None:
    """Explain the refusal; once the box is closed the field it is about has the keyboard, its
    text selected so that typing replaces it (an arrow key keeps it for editing)."""
    title, text = explain(error)
    warn(parent, title, text)
    field = field_for(getattr(error, "code", ""), fields or {})
    if field is not None and field.isVisible():
        field.activateWindow()  # the keyboard does not always come back by itself
        field.setFocus()
        edit = field.lineEdit() if isinstance(field, QComboBox) else field
        if isinstance(edit, QLineEdit):
            edit.selectAll()


def field_for(code: str, fields: Fields) -> QWidget | None:
    """The widget a refusal code belongs to: its own entry, else the longest prefix."""
    if not code:
        return None
    named = [key for key in fields if code == key or code.startswith(key + "_")]
    return fields[max(named, key=len)] if named else None


def warn(parent: QWidget | None, title: str, text: str,
         buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
         default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton
         ) -> QMessageBox.StandardButton:
    """A warning (or a question with `buttons`) in front of the window the clerk is looking
    at, with the keyboard: a box behind the main window leaves the desk seemingly frozen."""
    QTimer.singleShot(0, _to_front)
    return QMessageBox.warning(owner(parent), title, text, buttons, default)


def owner(parent: QWidget | None) -> QWidget | None:
    """The active window, the one in front of the clerk, while the caller's window shows;
    while it is hidden (the desk locked) the box stays the caller's, hidden with it."""
    active = QApplication.activeWindow()
    if active is not None and (parent is None or parent.window().isVisible()):
        return active
    return parent


def _to_front() -> None:
    box = QApplication.activeModalWidget()
    if box is not None:
        box.raise_()
        box.activateWindow()


def passwords_match(parent: QWidget, password: QLineEdit, again: QLineEdit) -> bool:
    """Both password fields agree; otherwise say so, clear both and start over at the first."""
    if password.text() == again.text():
        return True
    warn(parent, translate("operations", "密码不一致"),
         translate("operations", "两次输入的密码不一致，请重新输入。"))
    password.clear()
    again.clear()
    password.setFocus()
    return False
