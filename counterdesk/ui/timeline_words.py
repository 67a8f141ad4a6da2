"""A case timeline in words: every kind, audit action, detail and code worded, none shown raw."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from counterdesk.domain.decision import RejectReason
from counterdesk.services.casework import TimelineEntry
from counterdesk.ui import words
from counterdesk.ui.supervisor import texts

translate = QCoreApplication.translate
# A stored code (register, bad_rating, supplement_pending) as opposed to text a person typed.
CODE = re.compile(r"[a-z]+(_[a-z0-9]+)*")
REJECT_REASONS = frozenset(reason.value for reason in RejectReason)
# Row ids of reviews, decisions and documents have their own timeline rows; the demo flag is
# said by the action itself.
INTERNAL_KEYS = frozenset({"review", "decision", "document", "case", "event", "seq",
                           "action", "actor", "password_hash", "demo", "service",
                           "rating_event", "submission", "pledge", "clock_change",
                           "material"})
# Text the clerk or supervisor typed: shown as typed, never taken for a code.
TYPED_KEYS = frozenset({"note", "comment", "result", "competent_office", "target",
                        "username", "to_window", "to_department", "tracking_no", "doc_no",
                        "item", "version", "display_name", "ground_basis", "revoked",
                        "visited_by", "said", "change", "appeal", "backdate_reason",
                        "result_doc_no", "delivery_address", "agent", "agent_relation",
                        "approved_by", "clock_reasons"})


def comma() -> str:
    """Punctuation follows the language: full-width in Chinese, ", " in English."""
    return translate("timeline", "，")


def colon() -> str:
    return translate("timeline", "：")


def semicolon() -> str:
    return translate("timeline", "；")


def entry_kind(code: str) -> str:
    """The 环节 column: the case's own steps, and 审计 for the audit trail."""
    if code == "audit":
        return translate("timeline", "审计")
    worded = words.timeline_kind(code)
    return translate("timeline", "其他记录") if worded == code else worded


def audit_action(code: str) -> str:
    return {
        "register": translate("timeline", "首问登记"),
        "set_item": translate("timeline", "选定办理事项"),
        "decide": translate("timeline", "作出受理决定"),
        "document_number": translate("timeline", "文书编号"),
        "print": translate("timeline", "打印文书"),
        "reprint": translate("timeline", "补打文书"),
        "escalation": translate("timeline", "窗口否决报备"),
        "referral": translate("timeline", "转办"),
        "completion": translate("timeline", "办结"),
        "close": translate("timeline", "结束咨询"),
        "rating": translate("timeline", "好差评"),
        "rating_visit": translate("timeline", "差评回访"),
        "rating_rectification": translate("timeline", "差评整改"),
        "rating_appeal": translate("timeline", "差评申诉复核"),
        "review_confirm": translate("timeline", "督查确认"),
        "review_overturn": translate("timeline", "督查纠正"),
        "escalation_upheld": translate("timeline", "督查维持不予受理"),
        "escalation_acceptance_ordered": translate("timeline", "督查责令受理"),
        "overdue_queued": translate("timeline", "超期案件列入督查"),
        "login": translate("timeline", "登录"),
        "login_failed": translate("timeline", "登录失败"),
        "login_locked": translate("timeline", "账户锁定期间尝试登录"),
        "account_create": translate("timeline", "新建账号"),
        "account_deactivate": translate("timeline", "停用账号"),
        "account_reactivate": translate("timeline", "恢复账号"),
        "account_unlock": translate("timeline", "解除锁定"),
        "password_reset": translate("timeline", "重设密码"),
        "window_save": translate("timeline", "保存窗口设置"),
        "catalog_import": translate("timeline", "导入事项目录"),
        "calendar_override": translate("timeline", "调整工作日"),
        "calendar_override_delete": translate("timeline", "删除工作日调整"),
        "calendar_declare_year": translate("timeline", "确认全年节假日"),
        "settings_change": translate("timeline", "修改设置"),
        "preferences_change": translate("timeline", "修改个人设置"),
        "export": translate("timeline", "导出数据批次"),
        "export_full_ids": translate("timeline", "导出数据批次（含完整证件号码）"),
        "demo_seed": translate("timeline", "生成演示数据"),
        "clock_extension": translate("timeline", "延长办理期限"),
        "clock_pause": translate("timeline", "暂停计算期限"),
        "clock_resumed": translate("timeline", "恢复计算期限"),
        "pledge_settled": translate("timeline", "承诺事项办结"),
        "flag_set": translate("timeline", "标记申请人失信"),
        "flag_cleared": translate("timeline", "取消失信标记"),
        "purge": translate("timeline", "到期个人信息匿名化"),
        "backup_copy": translate("timeline", "备份数据"),
        "restore": translate("timeline", "恢复备份"),
    }.get(code, translate("timeline", "其他操作"))


def detail_name(key: str) -> str:
    return {
        "tracking_no": translate("timeline", "受理编号"),
        "id_warning": translate("timeline", "证件号码提示"),
        "item": translate("timeline", "事项编码"),
        "version": translate("timeline", "办事指南版本"),
        "outcome": translate("timeline", "结果"),
        "reason": translate("timeline", "理由"),
        "problems": translate("timeline", "问题"),
        "notice_due": translate("timeline", "告知期限"),
        "promised_date": translate("timeline", "承诺办结日"),
        "doc_no": translate("timeline", "文书编号"),
        "doc_type": translate("timeline", "文书"),
        "target": translate("timeline", "打印到"),
        "to_window": translate("timeline", "转至窗口"),
        "to_department": translate("timeline", "转至部门"),
        "note": translate("timeline", "备注"),
        "result": translate("timeline", "办理结果"),
        "rating": translate("timeline", "评价"),
        "comment": translate("timeline", "意见"),
        "reasons": translate("timeline", "不满意原因"),
        "source": translate("timeline", "评价方式"),
        "visited_by": translate("timeline", "回访人"),
        "visited_on": translate("timeline", "回访日期"),
        "said": translate("timeline", "回访情况"),
        "change": translate("timeline", "整改措施"),
        "appeal": translate("timeline", "申诉内容"),
        "verdict": translate("timeline", "复核结论"),
        "kind": translate("timeline", "督查类型"),
        "status": translate("timeline", "督查结论"),
        "case_status": translate("timeline", "案件状态"),
        "received_on": translate("timeline", "收件日"),
        "answer_due": translate("timeline", "书面答复期限"),
        "backdate_reason": translate("timeline", "补录原因"),
        "agent": translate("timeline", "代理人"),
        "agent_relation": translate("timeline", "与申请人关系"),
        "agent_id_warning": translate("timeline", "代理人证件号码校验"),
        "result_kind": translate("timeline", "办结结果"),
        "result_doc_no": translate("timeline", "决定文书文号"),
        "result_doc_date": translate("timeline", "决定文书日期"),
        "delivery": translate("timeline", "送达方式"),
        "delivery_address": translate("timeline", "邮寄地址"),
        "competent_office": translate("timeline", "有权机关"),
        "ground": translate("timeline", "法定理由"),
        "ground_basis": translate("timeline", "法律依据"),
        "revoked": translate("timeline", "撤销的不予受理通知书"),
        "username": translate("timeline", "账号"),
        "id_other_cases": translate("timeline", "同一号码的其他姓名案件"),
        "days": translate("timeline", "延长工作日数"),
        "approved_by": translate("timeline", "批准人"),
        "clock_reasons": translate("timeline", "事由"),
        "pause_kind": translate("timeline", "除外时间类别"),
        "start_on": translate("timeline", "暂停开始日"),
        "end_on": translate("timeline", "最后不计入日"),
        "pledge_kind": translate("timeline", "承诺类型"),
        "pledge_state": translate("timeline", "承诺结果"),
        "material": translate("timeline", "材料"),
        "pledge": translate("timeline", "承诺编号"),
        "clock_change": translate("timeline", "期限变更编号"),
        "deemed_accepted": translate("timeline", "视为受理"),
        "provisional": translate("timeline", "日期暂计"),
    }.get(key, translate("timeline", "其他信息"))


def id_warnings(codes: str) -> str:
    """What the clerk registered past, confirmed: `checksum`, `other_name` or both."""
    worded = {"checksum": translate("timeline", "证件号码校验未通过（经办人已确认）"),
              "other_name": translate("timeline", "号码已登记在其他姓名下（经办人已确认）")}
    return semicolon().join(worded.get(code, code) for code in codes.split(",") if code)


def reject_reason(reason: str) -> str:
    """A decision's reason code in words; an escalation's reason is the clerk's own text."""
    if reason == RejectReason.ESCALATION_UPHELD:
        return translate("timeline", "经窗口否决报备，督查复核后维持不予受理")
    if reason in REJECT_REASONS:
        return words.reject_reason(reason)
    return reason


def neutral(value: str) -> str:
    """Text a person typed as typed; a code nobody has worded yet as a neutral phrase."""
    return translate("timeline", "（未说明）") if CODE.fullmatch(value) else value


def detail_value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return translate("timeline", "是") if value else translate("timeline", "否")
    if key == "reasons" and isinstance(value, list):
        return comma().join(neutral(words.rating_reasons().get(str(code), str(code)))
                        for code in value)
    if isinstance(value, list):
        return translate("timeline", "{n} 项").format(n=len(value))
    text = str(value)
    if key == "reason":
        return reject_reason(text)
    if key == "agent_relation":
        # Stored in Chinese as it prints; an offered relation reads in the interface language.
        return words.agent_relation(text)
    word_of: dict[str, Callable[[str], str]] = {
        "outcome": words.outcome, "doc_type": words.document_type,
        "case_status": words.status, "id_warning": id_warnings}
    words_for: dict[str, Callable[[], dict[str, str]]] = {
        "rating": words.ratings, "kind": texts.review_kinds,
        "status": texts.review_statuses, "purpose": words.purposes,
        "channel": words.channels, "ground": texts.refusal_grounds,
        "source": words.rating_sources, "verdict": words.appeal_verdicts,
        "result_kind": words.result_kinds, "delivery": words.deliveries,
        "pledge_kind": words.pledge_kinds, "pledge_state": words.pledge_states,
        "pause_kind": words.pause_kinds}
    if key in word_of:
        return neutral(word_of[key](text))
    if key in words_for:
        return neutral(words_for[key]().get(text, text))
    return text if key in TYPED_KEYS else neutral(text)


def details(summary: dict[str, object]) -> str:
    """name: value for every detail worth showing, in the order they were recorded."""
    return comma().join(f"{detail_name(key)}{colon()}{detail_value(key, value)}"
                    for key, value in summary.items()
                    if key not in INTERNAL_KEYS and not key.startswith("_")
                    and value not in ("", None, []) and value is not False)


def describe(entry: TimelineEntry) -> str:
    """The 内容 column of one timeline entry."""
    summary = entry.summary
    if entry.kind == "decision":
        text = words.outcome(str(summary["outcome"]))
        if summary.get("reason"):
            text += colon() + reject_reason(str(summary["reason"]))
        if summary.get("problems"):
            text += translate("timeline", "，{n} 项问题").format(n=summary["problems"])
        if summary.get("promised_date"):
            text += translate("timeline", "，承诺办结日 {day}").format(
                day=summary["promised_date"])
        if summary.get("notice_due"):
            text += translate("timeline", "，告知期限 {day}").format(day=summary["notice_due"])
        return text
    if entry.kind == "register":
        return translate("timeline", "{no}，{purpose}，{channel}").format(
            no=summary["tracking_no"],
            purpose=detail_value("purpose", summary["purpose"]),
            channel=detail_value("channel", summary["channel"]))
    if entry.kind == "submission":
        return words.submission_summary(summary["seq"], summary["received_on"],
                                        summary["received"], summary["required"])
    if entry.kind == "document":
        return translate("timeline", "{type} {no}，打印 {n} 次").format(
            type=words.document_type(str(summary["doc_type"])), no=summary["doc_no"],
            n=summary["prints"])
    if entry.kind == "deadline_moved":
        return translate("timeline", "{year}年节假日安排已录入，承诺办结日由 {before}（暂计）改为 "
                         "{after}").format(year=summary["year"], before=summary["before"],
                                           after=summary["after"])
    if entry.kind == "audit":
        head = translate("timeline", "第 {seq} 条 {action}（{actor}）").format(
            seq=summary["seq"], action=audit_action(str(summary["action"])),
            actor=summary.get("actor") or translate("timeline", "系统"))
        rest = details(summary)
        return f"{head}{colon()}{rest}" if rest else head
    return details(summary)
