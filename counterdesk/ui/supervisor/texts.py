"""Supervisors' codes in words (through tr), and running one supervisor call for a widget."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counterdesk.services.exporting import ExportError
from counterdesk.services.review import ReviewError
from counterdesk.services.stats import StatsError
from counterdesk.ui import operations

T = TypeVar("T")
translate = QCoreApplication.translate


def review_kinds() -> dict[str, str]:
    return {"rejection": translate("supervisor", "不予受理"),
            "escalation": translate("supervisor", "窗口否决报备"),
            "bad_rating": translate("supervisor", "差评"),
            "overdue": translate("supervisor", "超期未办结"),
            "late_notice": translate("supervisor", "告知超过5个工作日"),
            "second_notice": translate("supervisor", "二次告知新增问题"),
            "deadline_moved": translate("supervisor", "节假日安排公布后承诺日期变动"),
            "pledge_overdue": translate("supervisor", "容缺或承诺到期")}


def review_statuses() -> dict[str, str]:
    return {"open": translate("supervisor", "待处理"),
            "confirmed": translate("supervisor", "已确认"),
            "overturned": translate("supervisor", "已纠正")}


def figure_titles() -> dict[str, str]:
    return {"volume_by_day": translate("supervisor", "每日受理量"),
            "volume_by_item": translate("supervisor", "各事项办件量"),
            "volume_by_clerk": translate("supervisor", "各工作人员办件量"),
            "volume_by_window": translate("supervisor", "各窗口办件量"),
            "outcomes": translate("supervisor", "受理结果"),
            "rates": translate("supervisor", "合格率与时效"),
            "ratings": translate("supervisor", "好差评分布"),
            "channels": translate("supervisor", "服务方式")}


def rate_names() -> dict[str, str]:
    return {"first_pass_rate": translate("supervisor", "申请材料一次性合格率"),
            "on_time_rate": translate("supervisor", "按时办结率"),
            "bad_rating_follow_up_rate": translate("supervisor", "差评回访率"),
            "handling_hours_mean": translate("supervisor", "平均受理用时（小时）"),
            "handling_hours_p90": translate("supervisor", "90%受理用时（小时）")}


def review_error(code: str) -> str:
    return {"comment_required": translate("supervisor", "请填写处理意见后再提交。"),
            "already_decided": translate("supervisor", "该事项已由他人处理，请刷新列表。"),
            "decide_escalation": translate("supervisor",
                                           "窗口否决报备须选择“维持不予受理”或“责令受理”。"),
            "not_escalation": translate("supervisor", "只有窗口否决报备可以这样处理。"),
            "unknown_review": translate("supervisor", "找不到该督查事项，请刷新列表。"),
            "ground_required": translate("supervisor", "请选择维持不予受理的法定理由。"),
            "ground_law_required": translate(
                "supervisor", "选择“其他法定情形”时，须填写法律名称和具体条款。"),
            "licensing_law_for_non_licence": translate(
                "supervisor", "该事项不是行政许可，不能引用《行政许可法》；"
                              "请填写该事项自身的法律依据。"),
            "competent_office_required": translate(
                "supervisor", "不属于本机关职权范围的，须填写申请人应当向其申请的机关。"),
            "refusal_document_missing": translate(
                "supervisor", "找不到被纠正的不予受理通知书，无法出具撤销通知。"),
            "rating_appeal_only": translate(
                "supervisor", "差评不能直接纠正：申请人申诉的，请用“申诉复核”作出决定。"),
            }.get(code, code)


def refusal_grounds() -> dict[str, str]:
    """The lawful grounds of an upheld refusal (domain/refusal_grounds.py), in words that
    fit a licence and any other item alike; the document words them for its item."""
    return {"no_permit_needed": translate("supervisor", "申请事项依法无需办理（不需要取得许可）"),
            "out_of_jurisdiction": translate("supervisor", "不属于本机关职权范围"),
            "false_materials": translate("supervisor", "申请人隐瞒有关情况或者提供虚假材料"),
            "other": translate("supervisor", "其他法定情形（填写法律和条款）")}


def run(parent: QWidget | None, call: Callable[[], T]) -> T | None:
    """The call's result, or None after a message box that says what to do."""
    try:
        return call()
    except ReviewError as error:
        QMessageBox.warning(parent, translate("supervisor", "无法处理"), review_error(error.code))
    except (StatsError, ExportError) as error:
        QMessageBox.warning(parent, translate("supervisor", "无法完成"), str(error))
    except Exception as error:  # noqa: BLE001 - explain() re-raises what it cannot word
        title, text = operations.explain(error)
        QMessageBox.warning(parent, title, text)
    return None
