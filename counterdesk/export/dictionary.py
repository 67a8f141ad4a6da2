"""The data dictionary every batch carries: for each file and column its Chinese name, its
English name, type and meaning, and for each coded column every code with its Chinese
meaning, so a statistician reads a batch without the program.

Code lists come from the domain's enums wherever the domain has one, so a code added there
is listed here at once (a test checks each has its Chinese meaning); the few lists the
domain does not yet hold as enums are checked by a test against the values the program
writes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum

from counterdesk.domain.cases import ApplicantKind, CaseStatus, Channel, Purpose, Rating
from counterdesk.domain.catalog import MaterialForm
from counterdesk.domain.clock import PauseKind
from counterdesk.domain.completion import Delivery, ResultKind
from counterdesk.domain.decision import Outcome, RejectReason
from counterdesk.domain.defects import Defect
from counterdesk.domain.documents import DocumentType
from counterdesk.domain.hall_time import HALL_OFFSET_TEXT
from counterdesk.domain.ids import IdKind
from counterdesk.domain.pledges import PledgeKind, PledgeState
from counterdesk.domain.ratings import (
    NOT_RATED,
    AppealVerdict,
    BadReason,
    FollowUpStep,
    RatingSource,
    ServiceKind,
)
from counterdesk.export.columns import TABLES

DICTIONARY_NAME = "data_dictionary.csv"
# Header styles of a batch's files: the column names `merge` and `COPY … CSV HEADER` read
# (en), or the Chinese names of this dictionary (zh); merge reads either.
HEADER_STYLES = ("en", "zh")

# (Chinese name, Chinese meaning) of every exported column, per file.
_ROW_ID = ("行标识", "本行的唯一标识（UUID），各批次间不变")
_WINDOW = ("窗口编号", "登记该案件的窗口")
_CASE = ("案件标识", "所属案件，对应 cases.uuid")
_VERSION = ("变更序号", "窗口电脑上的变更序号，数值越大越新；同一行在后续批次中可能再次出现")
_CLERK = ("经办人账号", "经办工作人员在该窗口电脑上的用户名")

COLUMN_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "cases": {
        "uuid": ("案件标识", "案件的唯一标识（UUID），各批次间不变"),
        "window_id": _WINDOW,
        "tracking_no": ("受理编号", "案件的查询编号，如 W07-20260930-0001"),
        "owner": ("首问责任人账号", "首问责任人在该窗口电脑上的用户名"),
        "purpose": ("来访目的", "见代码表"),
        "channel": ("服务渠道", "见代码表"),
        "applicant_kind": ("申请人类型", "见代码表"),
        "id_type": ("证件类型", "见代码表；空表示未登记证件"),
        "id_number": ("证件号码", "只显示后4位（与申请人联文书相同），如 ************002X；"
                      "经督查人员选择完整导出（--full-ids，记入审计日志）时为完整号码"),
        "item_code": ("事项编码", "政务服务事项编码；无事项的咨询为空"),
        "item_name": ("事项名称", "该事项在办事指南版本中的名称"),
        "item_version": ("办事指南版本", "收件时适用的办事指南版本日期"),
        "status": ("案件状态", "见代码表"),
        "registered_at": ("首问登记时间", "首问登记的时间"),
        "received_on": ("收件日期", "首次收取材料的日期"),
        "accepted_on": ("受理日期", "受理的日期（补正材料最后送达之日）"),
        "promised_date": ("承诺办结日期", "承诺办结的日期"),
        "closed_at": ("办结时间", "办结或结束的时间"),
        "updated_at": ("最后更新时间", "本行最后一次变更的时间"),
        "agent_name": ("代理人姓名", "代理人办理时的代理人姓名；空表示申请人本人办理。个人信息，"
                       "只在完整导出（--full-ids）时填写"),
        "agent_relation": ("代理人与申请人关系", "如 亲属、受托人、法定代理人、单位经办人；"
                           "空表示无代理人"),
        "agent_id_type": ("代理人证件类型", "见代码表；空表示无代理人或未登记证件"),
        "agent_id_number": ("代理人证件号码", "与申请人证件号码相同，只显示后4位；完整导出"
                            "（--full-ids）时为完整号码"),
        "result_kind": ("办结结果", "见代码表；空表示尚未办结或办结时未记录结果"),
        "result_doc_no": ("决定文书文号", "办结所依据的决定文书编号"),
        "result_doc_date": ("决定文书日期", "决定文书的日期"),
        "delivery": ("送达方式", "见代码表"),
        "delivery_address": ("邮寄地址", "邮寄送达的地址。个人信息，只在完整导出（--full-ids）"
                             "时填写"),
        "row_version": _VERSION,
    },
    "submissions": {
        "uuid": _ROW_ID, "window_id": _WINDOW, "case_uuid": _CASE,
        "seq": ("收件次序", "1 为首次收件，2 为第一次补正后再次收件，依此类推"),
        "received_on": ("收件日期", "收取材料的日期"),
        "permit_required": ("需要许可", "见代码表；0 表示依法无需办理（第三十二条第一款）"),
        "in_jurisdiction": ("属于本机关职权", "见代码表；0 表示不属于本机关职权范围（第三十二条"
                            "第二款）"),
        "competent_office": ("有权机关", "不属于本机关职权时告知的有权机关"),
        "clerk": _CLERK,
        "created_at": ("记录时间", "记录收件的时间"),
        "received_at": ("收件时间", "当天收件时收取材料的时间；补录以前日期的收件为空"),
        "backdate_reason": ("补录原因", "收件日期早于记录日期时工作人员填写的原因"),
        "row_version": _VERSION,
    },
    "material_checks": {
        "uuid": _ROW_ID, "window_id": _WINDOW,
        "submission_uuid": ("收件标识", "所属收件记录，对应 submissions.uuid"),
        "case_uuid": _CASE,
        "material_id": ("材料编号", "办事指南中的材料编号"),
        "name": ("材料名称", "办事指南中的材料名称"),
        "form": ("材料形式", "见代码表"),
        "required_copies": ("要求份数", "办事指南要求的份数"),
        "received": ("已收取", "见代码表"),
        "copies": ("收取份数", "实际收取的份数；空表示与要求份数相同"),
        "pages": ("页数", "清点的页数；空表示未清点"),
        "issued_on": ("材料出具日期", "有有效期的材料的出具日期"),
        "defects": ("材料问题", "问题代码，多个以分号 ; 分隔，见代码表"),
        "corrected": ("当场更正的问题", "当场更正的问题代码（第三十二条第三款），多个以分号 ; "
                      "分隔，见代码表"),
        "row_version": _VERSION,
    },
    "decisions": {
        "uuid": _ROW_ID, "window_id": _WINDOW, "case_uuid": _CASE,
        "submission_uuid": ("收件标识", "所决定的收件，对应 submissions.uuid；督查人员对否决报备"
                            "作出的决定为空"),
        "outcome": ("决定结果", "见代码表"),
        "reason": ("不予受理理由", "见代码表"),
        "competent_office": ("有权机关", "不属于本机关职权时告知的有权机关"),
        "problems": ("一次性告知的问题", "“材料编号:问题代码”对，多个以分号 ; 分隔；问题代码见"
                     "代码表"),
        "notice_due": ("告知期限", "收件后第5个工作日（第三十二条第四款）"),
        "promised_date": ("承诺办结日期", "受理决定的承诺办结日期"),
        "decided_on": ("决定日期", "作出决定的日期"),
        "decided_at": ("决定时间", "作出决定的时间"),
        "clerk": _CLERK,
        "first_visit": ("一次性合格", "见代码表；1 表示首次收件即受理（申请材料一次性合格）"),
        "note": ("备注", "deemed_accepted 表示逾期未告知视为受理；其他为督查人员填写的理由"),
        "row_version": _VERSION,
    },
    "documents": {
        "uuid": _ROW_ID, "window_id": _WINDOW, "case_uuid": _CASE,
        "decision_uuid": ("决定标识", "文书所答复的决定，对应 decisions.uuid；材料接收清单和"
                          "办事指南告知单为空"),
        "doc_type": ("文书类型", "见代码表"),
        "doc_no": ("文号", "文书编号"),
        "year": ("文号年度", "文号中的年度"),
        "seq": ("文号序号", "同类文书当年内的序号"),
        "issued_at": ("出具时间", "出具文书的时间"),
        "clerk": _CLERK,
        "row_version": _VERSION,
    },
    "ratings": {
        "uuid": _ROW_ID, "window_id": _WINDOW, "case_uuid": _CASE,
        "rated_at": ("评价时间", "记录评价的时间"),
        "rating": ("评价等级", "见代码表；not_rated 表示申请人未评价（由工作人员记录）"),
        "comment": ("评价内容", "申请人的意见"),
        "recorded_by": ("记录人账号", "记录评价的用户名"),
        "service_kind": ("被评价的服务", "见代码表；空表示该版本以前记录的评价，未指明服务"),
        "service_uuid": ("被评价服务标识", "首问登记为案件标识，收件决定为 decisions.uuid，"
                         "办结或结束为案件事件的标识"),
        "source": ("评价来源", "见代码表；空表示该版本以前由工作人员记录的评价"),
        "reasons": ("差评原因", "原因代码，多个以分号 ; 分隔，见代码表"),
        "visits": ("回访次数", "已记录的回访次数，见 rating_steps.csv"),
        "rectifications": ("整改次数", "已记录的整改次数，见 rating_steps.csv"),
        "appeal_verdict": ("申诉复核结论", "见代码表；空表示未申诉。overturned 的差评保留记录，"
                           "不计入统计"),
        "row_version": ("变更序号", "评价或其最近一个回访、整改、申诉复核步骤的变更序号；"
                        "有新步骤时本行在后续批次中再次出现"),
    },
    "rating_steps": {
        "uuid": _ROW_ID, "window_id": _WINDOW, "case_uuid": _CASE,
        "rating_uuid": ("评价标识", "所跟进的差评，对应 ratings.uuid"),
        "step": ("跟进步骤", "见代码表"),
        "recorded_at": ("记录时间", "记录该步骤的时间"),
        "recorded_by": ("记录人账号", "记录该步骤的督查人员用户名"),
        "visited_on": ("回访日期", "回访的日期"),
        "visited_by": ("回访人", "进行回访的人。只在完整导出（--full-ids）时填写"),
        "verdict": ("复核结论", "申诉复核的结论，见代码表"),
        "office_words": ("处理说明", "整改：改进了什么；申诉复核：复核理由"),
        "applicant_words": ("申请人的话", "回访：回访时所说的内容；申诉复核：申请人的申诉内容。"
                            "个人信息，只在完整导出（--full-ids）时填写"),
        "row_version": _VERSION,
    },
    "reviews": {
        "uuid": _ROW_ID, "window_id": _WINDOW, "case_uuid": _CASE,
        "kind": ("督查类型", "见代码表"),
        "subject": ("督查对象", "被督查的决定、事件、承诺（pledges.uuid）的标识，"
                    "或“案件@承诺日期”"),
        "created_at": ("列入时间", "列入督查的时间"),
        "due_on": ("处理期限", "回访或处理的截止日期"),
        "status": ("督查状态", "见代码表"),
        "reviewer": ("督查人员账号", "作出处理的督查人员用户名"),
        "decided_at": ("处理时间", "督查处理的时间"),
        "comment": ("督查意见", "督查人员的意见"),
        "row_version": _VERSION,
    },
    "pledges": {
        "uuid": _ROW_ID, "window_id": _WINDOW, "case_uuid": _CASE,
        "kind": ("承诺类型", "见代码表"),
        "material_id": ("材料编号", "办事指南中的材料编号"),
        "material_name": ("材料名称", "承诺后补或以承诺代替的材料名称"),
        "due_on": ("承诺期限", "补交材料或核查承诺的截止日期"),
        "state": ("承诺状态", "见代码表"),
        "created_at": ("承诺时间", "记录承诺的时间"),
        "created_by": ("受理人账号", "记录承诺的工作人员用户名"),
        "settled_at": ("了结时间", "记录履行或未履行的时间"),
        "settled_by": ("了结人账号", "记录履行或未履行的用户名"),
        "note": ("了结说明", "记录了结时所写的情况。可能涉及个人信息，只在完整导出"
                 "（--full-ids）时填写"),
        "row_version": ("变更序号", "所属案件的变更序号：案件或其事件有变更时，该案件的承诺"
                        "在后续批次中再次出现"),
    },
    "clock_changes": {
        "uuid": _ROW_ID, "window_id": _WINDOW, "case_uuid": _CASE,
        "kind": ("变更类型", "见代码表"),
        "days": ("延长工作日数", "延长办理期限增加的工作日数（行政许可法第四十二条）"),
        "pause_kind": ("除外时间类型", "不计入办理期限的时间的类型（行政许可法第四十五条），"
                       "见代码表"),
        "start_on": ("开始日期", "延长：作出延长决定的日期；除外时间：第一天"),
        "expected_end": ("预计结束日期", "除外时间预计结束的日期（告知申请人的）"),
        "end_on": ("结束日期", "除外时间的最后一天；空表示计时仍在暂停"),
        "approved_by": ("批准人", "批准延长的本机关负责人"),
        "reasons": ("理由", "延长或除外时间的理由（告知书中的内容）"),
        "recorded_by": ("记录人账号", "记录变更的督查人员用户名"),
        "recorded_at": ("记录时间", "记录变更的时间"),
        "row_version": ("变更序号", "所属案件的变更序号：案件或其事件有变更时，该案件的记录"
                        "在后续批次中再次出现"),
    },
}

TYPE_WORDS = {
    "uuid": "标识（UUID）",
    "text": "文本",
    "date": "日期（YYYY-MM-DD）",
    "timestamptz": f"时间（北京时间，YYYY-MM-DDThh:mm:ss{HALL_OFFSET_TEXT}）",
    "integer": "整数",
    "bigint": "整数",
}

# The Chinese meaning of every code, by code list. Lists named after a domain enum are walked
# from that enum (codes_of), so a new member appears in the dictionary by itself.
CODE_WORDS: dict[str, dict[str, str]] = {
    "purpose": {"consult": "咨询", "apply": "办理", "complaint": "投诉", "help": "求助"},
    "channel": {"onsite": "现场", "appointment": "预约", "extended": "延时（工作时间以外）",
                "home": "上门", "green": "绿色通道"},
    "applicant_kind": {"person": "个人", "org": "法人或其他组织"},
    "id_type": {"resident_id": "居民身份证", "foreign_permanent_resident": "外国人永久居留身份证",
                "hk_macau_taiwan_residence": "港澳台居民居住证", "passport": "护照",
                "uscc": "统一社会信用代码", "unknown": "无法识别的证件",
                "other": "其他证件"},
    "case_status": {"open": "已登记（尚未决定）", "supplement_pending": "待补正",
                    "escalated": "否决报备中（督查人员决定）", "accepted": "已受理",
                    "rejected": "不予受理（督查复核中）", "completed": "已办结",
                    "closed": "已结束（咨询答复、投诉求助办结或撤回）"},
    "material_form": {"原件": "原件", "复印件": "复印件", "原件和复印件": "原件和复印件",
                      "查验原件": "查验原件（查验后退还）", "电子": "电子材料"},
    "defect": {"missing": "未提交", "wrong_form": "形式不符（如应交原件却交复印件）",
               "too_few_copies": "份数不足", "unsigned": "缺少签字", "fill_error": "填写错误",
               "unsealed": "缺少盖章", "expired": "超过有效期", "illegible": "内容不清",
               "inconsistent": "信息不一致"},
    "outcome": {"accept": "受理", "supplement": "一次性告知补正", "reject": "不予受理"},
    "reject_reason": {"no_permit_needed": "申请事项依法无需办理（第三十二条第一款）",
                      "out_of_jurisdiction": "申请事项不属于本机关职权范围（第三十二条第二款）",
                      "escalation_upheld": "督查人员维持窗口否决报备"},
    "document_type": {"acceptance_receipt": "受理通知书",
                      "supplement_notice": "一次性告知书（补正材料通知书）",
                      "rejection_notice": "不予受理通知书", "materials_list": "材料接收清单",
                      "guide_sheet": "办事指南告知单",
                      "revocation_notice": "撤销不予受理决定通知书",
                      "pledge_letter": "容缺受理承诺书或告知承诺书（申请人签署）",
                      "extension_notice": "延长办理期限告知书",
                      "pause_notice": "除外时间告知书"},
    "rating": {"very_satisfied": "非常满意", "satisfied": "满意", "fairly_satisfied": "基本满意",
               "dissatisfied": "不满意", "very_dissatisfied": "非常不满意",
               NOT_RATED: "未评价（申请人未评价，由工作人员记录；不计入统计）"},
    "bad_reason": {"attitude": "服务态度", "efficiency": "办事效率",
                   "unclear_materials": "材料要求不清", "repeated_visits": "多次跑动",
                   "other": "其他"},
    "rating_source": {"applicant": "申请人本人评价", "clerk": "工作人员记录（未评价）"},
    "service_kind": {"register": "首问登记", "decision": "收件决定（受理、一次性告知、不予受理）",
                     "completion": "办结", "close": "结束（咨询答复、投诉求助办结或撤回）"},
    "follow_up_step": {"rating_visit": "回访", "rating_rectification": "整改",
                       "rating_appeal": "申诉复核"},
    "appeal_verdict": {"upheld": "维持差评", "overturned": "撤销差评（保留记录，不计入统计）"},
    "result_kind": {"granted": "准予", "refused": "不予", "done": "办结（公共服务）"},
    "delivery": {"pickup": "自取", "mail": "邮寄"},
    "pledge_kind": {"tolerance": "容缺受理（材料承诺后补）",
                    "commitment": "告知承诺（以承诺代替材料）"},
    "pledge_state": {"open": "待履行", "fulfilled": "已履行（材料已补交或承诺核查属实）",
                     "broken": "未履行（材料未补交或承诺不实）"},
    # Not an enum of the domain (the CHECK of migration 0011): a test compares.
    "clock_change_kind": {"extension": "延长办理期限", "pause": "除外时间（不计入办理期限）"},
    "pause_kind": {"hearing": "听证", "tender": "招标、拍卖", "testing": "检验、检测、检疫",
                   "appraisal": "鉴定", "expert_review": "专家评审"},
    # Not yet enums of the domain (services/review.py writes them): a test compares.
    "review_kind": {"rejection": "不予受理", "escalation": "窗口否决报备", "bad_rating": "差评",
                    "overdue": "超期未办结", "late_notice": "告知超过5个工作日",
                    "second_notice": "二次告知新增问题",
                    "deadline_moved": "节假日安排公布后承诺日期变动",
                    "pledge_overdue": "容缺受理或告知承诺逾期未履行"},
    "review_status": {"open": "待处理", "confirmed": "已确认", "overturned": "已纠正"},
    "yes_no": {"1": "是", "0": "否"},
}

# The domain enum behind a code list; codes of the enum come first, in its order.
CODE_ENUMS: dict[str, type[StrEnum]] = {
    "purpose": Purpose, "channel": Channel, "applicant_kind": ApplicantKind,
    "id_type": IdKind, "case_status": CaseStatus, "material_form": MaterialForm,
    "defect": Defect, "outcome": Outcome, "reject_reason": RejectReason,
    "document_type": DocumentType, "rating": Rating, "bad_reason": BadReason,
    "rating_source": RatingSource, "service_kind": ServiceKind,
    "follow_up_step": FollowUpStep, "appeal_verdict": AppealVerdict,
    "result_kind": ResultKind, "delivery": Delivery, "pledge_kind": PledgeKind,
    "pledge_state": PledgeState, "pause_kind": PauseKind,
}

# (file, column) → its code list.
CODED_COLUMNS: dict[tuple[str, str], str] = {
    ("cases", "purpose"): "purpose", ("cases", "channel"): "channel",
    ("cases", "applicant_kind"): "applicant_kind", ("cases", "id_type"): "id_type",
    ("cases", "status"): "case_status", ("cases", "agent_id_type"): "id_type",
    ("cases", "result_kind"): "result_kind", ("cases", "delivery"): "delivery",
    ("submissions", "permit_required"): "yes_no", ("submissions", "in_jurisdiction"): "yes_no",
    ("material_checks", "form"): "material_form", ("material_checks", "received"): "yes_no",
    ("material_checks", "defects"): "defect", ("material_checks", "corrected"): "defect",
    ("decisions", "outcome"): "outcome", ("decisions", "reason"): "reject_reason",
    ("decisions", "problems"): "defect", ("decisions", "first_visit"): "yes_no",
    ("documents", "doc_type"): "document_type",
    ("ratings", "rating"): "rating", ("ratings", "service_kind"): "service_kind",
    ("ratings", "source"): "rating_source", ("ratings", "reasons"): "bad_reason",
    ("ratings", "appeal_verdict"): "appeal_verdict",
    ("rating_steps", "step"): "follow_up_step", ("rating_steps", "verdict"): "appeal_verdict",
    ("pledges", "kind"): "pledge_kind", ("pledges", "state"): "pledge_state",
    ("clock_changes", "kind"): "clock_change_kind",
    ("clock_changes", "pause_kind"): "pause_kind",
    ("reviews", "kind"): "review_kind", ("reviews", "status"): "review_status",
}


def codes_of(code_list: str) -> list[tuple[str, str]]:
    """(code, Chinese meaning) of a code list: every member of its domain enum (a member
    without words yet shows an empty meaning rather than going missing), then any further
    code the program writes."""
    words = CODE_WORDS[code_list]
    enum = CODE_ENUMS.get(code_list)
    codes = [member.value for member in enum] if enum is not None else []
    codes += [code for code in words if code not in codes]
    return [(code, words.get(code, "")) for code in codes]


def chinese_name(table: str, column: str) -> str:
    return COLUMN_WORDS[table][column][0]


def header(table: str, columns: Iterable[str], style: str) -> list[str]:
    """A file's header row in the given style; a column the dictionary lacks keeps its name."""
    if style == "zh":
        words = COLUMN_WORDS[table]
        return [words[name][0] if name in words else name for name in columns]
    return list(columns)


def canonical_names(table: str) -> Mapping[str, str]:
    """Header text of either style → the column's English name."""
    names = {name: name for name, _ in TABLES[table]}
    names.update({zh: name for name, (zh, _) in COLUMN_WORDS[table].items()})
    return names


DICTIONARY_HEADERS = {
    "en": ["file", "column", "column_zh", "type", "meaning", "code", "code_meaning"],
    "zh": ["文件", "列名", "中文列名", "类型", "含义", "代码", "代码含义"],
}


def dictionary_rows() -> Iterator[tuple[str, ...]]:
    """One row per file and column (type and meaning), each coded column followed by one
    row per code (code and its meaning)."""
    for table, columns in TABLES.items():
        file = f"{table}.csv"
        for name, kind in columns:
            zh, meaning = COLUMN_WORDS[table][name]
            yield (file, name, zh, TYPE_WORDS[kind], meaning, "", "")
            code_list = CODED_COLUMNS.get((table, name))
            if code_list is not None:
                for code, words in codes_of(code_list):
                    yield (file, name, zh, "", "", code, words)
