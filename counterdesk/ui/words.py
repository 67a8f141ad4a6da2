"""Codes of the domain and the services turned into words the clerk reads (through tr)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def purposes() -> dict[str, str]:
    return {"apply": translate("words", "办理"), "consult": translate("words", "咨询"),
            "complaint": translate("words", "投诉"), "help": translate("words", "求助")}


def channels() -> dict[str, str]:
    return {"onsite": translate("words", "现场"), "appointment": translate("words", "预约"),
            "extended": translate("words", "延时"), "home": translate("words", "上门"),
            "green": translate("words", "绿色通道")}


def applicant_kinds() -> dict[str, str]:
    return {"person": translate("words", "自然人"),
            "org": translate("words", "法人或其他组织")}


def role(code: str) -> str:
    return {"clerk": translate("words", "窗口工作人员"), "supervisor": translate("words", "督查"),
            "admin": translate("words", "管理员")}.get(code, code)


def item_kind(code: str) -> str:
    """即办件 / 承诺件 (domain/catalog.py ItemKind: the value is the Chinese word)."""
    return {"即办件": translate("words", "即办件"),
            "承诺件": translate("words", "承诺件")}.get(code, code)


def agent_relations() -> dict[str, str]:
    """The relations offered at the desk (domain/agents.py RELATIONS) and their labels. The
    value stored and printed stays Chinese; only the label follows the interface language."""
    return {"亲属": translate("words", "亲属"), "受托人": translate("words", "受托人"),
            "法定代理人": translate("words", "法定代理人"),
            "单位经办人": translate("words", "单位经办人")}


def agent_relation(value: str) -> str:
    """The label of a stored relation; one the clerk typed is shown as typed."""
    return agent_relations().get(value, value)


def agent_relation_stored(text: str) -> str:
    """The relation to store for what the relation box shows: an offered relation's label
    becomes its Chinese value, anything the clerk typed stays as typed."""
    return next((value for value, label in agent_relations().items() if label == text), text)


def id_types() -> dict[str, str]:
    return {"resident_id": translate("words", "居民身份证"),
            "passport": translate("words", "护照"),
            "other": translate("words", "其他证件")}


def id_reason(code: str) -> str:
    return {"empty": translate("words", "未填写"),
            "length": translate("words", "位数不对（应为18位）"),
            "charset": translate("words", "含有不允许的字符"),
            "region": translate("words", "地区码不存在"),
            "birth_date": translate("words", "出生日期无效"),
            "checksum": translate("words", "校验位不符")}.get(code, code)


def status(code: str) -> str:
    return {"open": translate("words", "已登记"),
            "supplement_pending": translate("words", "待补正"),
            "escalated": translate("words", "否决报备中"),
            "accepted": translate("words", "已受理"),
            "rejected": translate("words", "不予受理"),
            "completed": translate("words", "已办结"),
            "closed": translate("words", "已结束")}.get(code, code)


def case_status(code: str, refusal_review: str | None = None) -> str:
    """A case's status; a refusal says where the 督查 review of it stands now (the status of
    its latest rejection or escalation review: open, confirmed)."""
    if code == "rejected":
        return {"open": translate("words", "不予受理（待督查复核）"),
                "confirmed": translate("words", "不予受理（督查已确认）"),
                }.get(refusal_review or "", status(code))
    return status(code)


def bracketed(text: str, aside: str) -> str:
    """'不满意（态度）' in Chinese, 'Dissatisfied (Attitude)' in English."""
    return translate("words", "{text}（{aside}）").format(text=text, aside=aside)


def pledge_kinds() -> dict[str, str]:
    return {"tolerance": translate("words", "容缺受理"),
            "commitment": translate("words", "告知承诺")}


def pledge_states() -> dict[str, str]:
    return {"open": translate("words", "待履行"), "fulfilled": translate("words", "已履行"),
            "broken": translate("words", "未履行")}


def pause_kinds() -> dict[str, str]:
    return {"hearing": translate("words", "听证"), "tender": translate("words", "招标、拍卖"),
            "testing": translate("words", "检验、检测、检疫"),
            "appraisal": translate("words", "鉴定"),
            "expert_review": translate("words", "专家评审")}


def pledge_kind(code: str) -> str:
    return {"tolerance": translate("words", "容缺待补交"),
            "commitment": translate("words", "告知承诺待核查")}.get(code, code)


def outcome(code: str) -> str:
    return {"accept": translate("words", "受理"),
            "supplement": translate("words", "一次性告知补正"),
            "reject": translate("words", "不予受理")}.get(code, code)


def reject_reason(code: str) -> str:
    return {"no_permit_needed": translate("words", "申请事项依法无需办理"),
            "out_of_jurisdiction": translate("words", "申请事项不属于本机关职权范围"),
            }.get(code, code)


def defects() -> dict[str, str]:
    return {"missing": translate("words", "未提交"),
            "wrong_form": translate("words", "形式不符"),
            "too_few_copies": translate("words", "份数不足"),
            "unsigned": translate("words", "缺少签字"),
            "fill_error": translate("words", "填写错误"),
            "unsealed": translate("words", "缺少盖章"),
            "expired": translate("words", "超过有效期"),
            "illegible": translate("words", "内容不清"),
            "inconsistent": translate("words", "信息不一致")}


def defect(code: str) -> str:
    return defects().get(code, code)


def material_form(form: str) -> str:
    return {"原件": translate("words", "原件"), "复印件": translate("words", "复印件"),
            "原件和复印件": translate("words", "原件和复印件"),
            "查验原件": translate("words", "查验原件"),
            "电子": translate("words", "电子")}.get(form, form)


def document_type(code: str) -> str:
    return {"acceptance_receipt": translate("words", "受理通知书"),
            "supplement_notice": translate("words", "一次性告知书"),
            "rejection_notice": translate("words", "不予受理通知书"),
            "materials_list": translate("words", "材料接收凭证"),
            "guide_sheet": translate("words", "办事指南告知单"),
            "revocation_notice": translate("words", "撤销不予受理决定通知书"),
            "pledge_letter": translate("words", "容缺受理承诺书/告知承诺书"),
            "extension_notice": translate("words", "延长办理期限告知书"),
            "pause_notice": translate("words", "除外时间告知书")}.get(code, code)


def ratings() -> dict[str, str]:
    return {"very_satisfied": translate("words", "非常满意"),
            "satisfied": translate("words", "满意"),
            "fairly_satisfied": translate("words", "基本满意"),
            "dissatisfied": translate("words", "不满意"),
            "very_dissatisfied": translate("words", "非常不满意"),
            "not_rated": translate("words", "未评价")}


def rating_reasons() -> dict[str, str]:
    """Why a bad rating (domain/ratings.py BadReason)."""
    return {"attitude": translate("words", "服务态度"),
            "efficiency": translate("words", "办事效率"),
            "unclear_materials": translate("words", "材料要求不清"),
            "repeated_visits": translate("words", "多次跑"),
            "other": translate("words", "其他")}


def rating_sources() -> dict[str, str]:
    return {"applicant": translate("words", "申请人自评"),
            "clerk": translate("words", "工作人员记录未评价")}


def appeal_verdicts() -> dict[str, str]:
    return {"upheld": translate("words", "维持差评"),
            "overturned": translate("words", "撤销差评（不计入统计）")}


def result_kinds() -> dict[str, str]:
    """办结 results (domain/completion.py ResultKind)."""
    return {"granted": translate("words", "准予"), "refused": translate("words", "不予"),
            "done": translate("words", "办结")}


def deliveries() -> dict[str, str]:
    """How a result reaches the applicant (domain/completion.py Delivery)."""
    return {"pickup": translate("words", "自取"), "mail": translate("words", "邮寄")}


def deadline_kind(code: str) -> str:
    return {"notice_due": translate("words", "告知期限"),
            "promised_date": translate("words", "承诺办结"),
            "answer_due": translate("words", "报备书面答复期限"),
            "acceptance_ordered": translate("words", "督查责令受理：请受理")}.get(code, "")


def timeline_kind(code: str) -> str:
    return {"register": translate("words", "首问登记"),
            "submission": translate("words", "收取材料"),
            "decision": translate("words", "作出决定"),
            "document": translate("words", "出具文书"),
            "escalation": translate("words", "窗口否决报备"),
            "referral": translate("words", "转办"),
            "completion": translate("words", "办结"),
            "rating": translate("words", "好差评"),
            "rating_visit": translate("words", "差评回访"),
            "rating_rectification": translate("words", "差评整改"),
            "rating_appeal": translate("words", "差评申诉复核"),
            "close": translate("words", "结束"),
            "review": translate("words", "督查复核"),
            "deadline_moved": translate("words", "期限重算"),
            "clock_extension": translate("words", "延长办理期限"),
            "clock_pause": translate("words", "暂停计算期限"),
            "clock_resumed": translate("words", "恢复计算期限"),
            "pledge_settled": translate("words", "承诺事项办结")}.get(code, code)


def account_locked(until: str) -> str:
    """The lockout names its end, and that an administrator need not be waited for."""
    return translate("words", "连续输错密码，账户已锁定至 {until}。请到时再试，或请管理员在"
                     "“账户与窗口”中解锁。").format(until=until[:16].replace("T", " "))


def submission_summary(seq: object, received_on: object, received: object,
                       required: object) -> str:
    """A submission on a case's timeline: which visit, when, how many materials came."""
    return translate("words", "第{seq}次提交 · 收到日期 {received_on} · 已收 {received} / "
                     "应交 {required} 件").format(seq=seq, received_on=received_on,
                                                 received=received, required=required)


def error_code(code: str) -> str:
    """What went wrong and what to do, for every code the services raise."""
    return {
        "applicant_name_required": translate("words", "请填写申请人姓名或单位名称。"),
        "applicant_name_too_long": translate("words", "姓名或单位名称过长（个人不超过60字，单位"
                                                      "不超过100字），请核对证件后重新填写。"),
        "applicant_name_bad_character": translate(
            "words", "姓名中有不能用于姓名的字符（数字、符号等），请按证件填写。"),
        "applicant_name_misplaced_dot": translate(
            "words", "姓名中的间隔号“·”只能在两个名字部分之间，请按证件填写。"),
        "phone_invalid": translate("words", "联系电话格式不对：请填写手机号码（11位）或带区号的固定"
                                            "电话，如 0537-1234567。"),
        "item_required": translate("words", "请先在“办理事项”中选择事项（F3 搜索）。"),
        "id_unconfirmed": translate("words", "证件号码未通过校验，请核对证件原件。"),
        "unknown_case": translate("words", "找不到该案件，请刷新“我的案件”后重试。"),
        "item_fixed": translate("words", "已收取材料，办理事项不能再更改。"),
        "item_version_missing": translate(
            "words", "该案件所用的办事指南版本不在事项目录中，请管理员重新导入事项目录。"),
        "competent_office_required": translate(
            "words", "不属于本机关职权范围时，必须填写应向哪个行政机关申请。"),
        "escalated": translate("words", "该案件已窗口否决报备，等待督查决定。"),
        # 收件, agents and completion
        "receipt_in_future": translate("words", "收件日期不能晚于今天，请核对。"),
        "backdate_reason_required": translate(
            "words", "收件日期早于今天：请在“补录原因”中写明为何今天才录入。"),
        "backdate_reason_too_long": translate("words", "补录原因过长（不超过200字）。"),
        "receipt_before_earlier_step": translate(
            "words", "收件日期不能早于该案件上一次作出决定的日期，请核对。"),
        "nothing_received": translate("words", "请先在材料清单中勾选申请人实际交来的材料。"),
        "receipt_not_open": translate("words", "该案件已作出决定，不能再收件。"),
        "agent_name_required": translate("words", "请填写代理人姓名。"),
        "agent_name_too_long": translate("words", "代理人姓名过长，请按证件填写。"),
        "agent_name_bad_character": translate(
            "words", "代理人姓名中有不能用于姓名的字符，请按证件填写。"),
        "agent_name_misplaced_dot": translate(
            "words", "代理人姓名中的间隔号“·”只能在两个名字部分之间，请按证件填写。"),
        "agent_id_required": translate("words", "请填写代理人证件号码。"),
        "agent_phone_invalid": translate(
            "words", "代理人联系电话格式不对：请填写手机号码（11位）或带区号的固定电话。"),
        "agent_relation_required": translate(
            "words", "请填写代理人与申请人的关系，如：亲属、受托人、法定代理人。"),
        "agent_relation_invalid": translate(
            "words", "代理人与申请人的关系过长或含有不可打印的字符。"),
        "result_not_allowed": translate("words", "该事项不能以此结果办结，请重新选择办理结果。"),
        "result_doc_no_required": translate("words", "准予或不予的，请填写决定文书文号。"),
        "result_doc_date_required": translate("words", "准予或不予的，请填写决定文书日期。"),
        "result_doc_date_future": translate("words", "决定文书日期不能晚于今天。"),
        "result_doc_date_before_acceptance": translate("words", "决定文书日期不能早于受理日期。"),
        "result_doc_no_invalid": translate("words", "决定文书文号过长或含有不可打印的字符。"),
        "delivery_address_required": translate("words", "邮寄送达的，请填写邮寄地址。"),
        "delivery_address_invalid": translate("words", "邮寄地址过长或含有不可打印的字符。"),
        "result_note_invalid": translate("words", "办理结果说明过长或含有不可打印的字符。"),
        "not_owner": translate("words", "只有首问责任人可以办理该案件。"),
        "case_closed": translate("words", "该案件已结束。"),
        "reason_required": translate("words", "请填写否决报备的理由。"),
        "has_materials": translate("words", "已收取材料的案件请用“办结”结束。"),
        "referral_target_required": translate("words", "请填写转办的窗口或部门。"),
        "result_required": translate("words", "请填写办理结果。"),
        "bad_credentials": translate("words", "用户名或密码错误，请重新输入。"),
        "locked": translate("words", "连续输错密码，账户已临时锁定。请稍后再试，或请管理员解锁。"),
        "unknown_window": translate("words", "该窗口未设置，请选择列表中的窗口。"),
        "name_required": translate("words", "请填写用户名和姓名。"),
        "password_too_short": translate("words", "密码至少需要8个字符。"),
        "username_taken": translate("words", "该用户名已被使用，请换一个。"),
        "account_phone_invalid": translate(
            "words", "联系电话格式不对。文书上可能打印经办人本人电话，请填写手机号码（11位）"
                     "或带区号的固定电话，如 0537-1234567；没有可留空。"),
        "admin_exists": translate("words", "管理员账户已存在，请直接登录。"),
        "window_required": translate("words", "请填写窗口编号和窗口名称。"),
        "permission_denied": translate("words", "您的角色无权进行此操作。"),
        "cannot_deactivate_self": translate(
            "words", "不能停用自己正在使用的管理员账户，请由另一位管理员操作。"),
        "unknown_user": translate("words", "找不到该账户，请刷新列表后重试。"),
        "note_required": translate("words", "请填写调整原因（如“停电闭厅”“集中办理日”）。"),
        **rating_errors(),
        "not_accepted": translate("words", "只有已受理的案件可以延长或暂停办理期限。"),
        "no_open_pause": translate("words", "该案件的办理期限没有暂停，无需恢复计算。"),
        "clock_stopped": translate("words", "办理期限正在暂停计算，请先恢复计算再延长。"),
        "no_promised_date": translate("words", "该案件没有承诺办结日期（即办件），无需延长。"),
        "expected_end_required": translate("words", "请填写听证、检验检测、鉴定或评审预计完成的"
                                                    "日期，告知书须写明所需时间。"),
        "id_required": translate("words", "该申请人没有登记证件号码，无法标记失信。"),
        "flag_reason_required": translate("words", "请填写标记失信的依据。"),
        "already_flagged": translate("words", "该申请人已被标记为失信。"),
        "not_flagged": translate("words", "该失信标记已取消，请刷新后查看。"),
        "finding_required": translate("words", "请写明核查发现的情况（如：逾期未补交）。"),
        "bad_state": translate("words", "承诺事项只能认定为已履行或未履行。"),
        "unknown_pledge": translate("words", "找不到该承诺事项，请刷新后重试。"),
        "already_settled": translate("words", "该承诺事项已办结，请刷新后查看。"),
        "bad_pledge": translate("words", "无法识别的承诺类型。"),
        "pledge_not_a_supplement": translate("words", "材料齐全或依法不予受理的申请无需承诺，"
                                                      "请直接作出决定。"),
        "pledge_discredited": translate("words", "申请人已被督查标记为失信，不适用容缺受理和告知"
                                                 "承诺，请按一次性告知办理。"),
        "pledge_not_tolerable": translate("words", "缺少的材料中有不可容缺的材料，请按一次性告知"
                                                   "办理。"),
        "pledge_no_commitment": translate("words", "该事项对所缺材料不实行告知承诺制，请按一次性"
                                                   "告知办理。"),
    }.get(code, code)


def rating_errors() -> dict[str, str]:
    """好差评 refusals (domain/ratings.py, services/ratings.py)."""
    return {
        "no_service": translate("words", "该案件还没有可评价的服务。"),
        "already_rated": translate(
            "words", "本次服务已经评价过（或已记录未评价），每次服务只评价一次。"),
        "clerk_records_not_rated": translate(
            "words", "评价须由申请人本人在评价屏上作出，工作人员只能记录“未评价”。"),
        "rating_required": translate("words", "请申请人选择一项评价。"),
        "reasons_for_bad_only": translate("words", "只有不满意的评价才选择原因。"),
        "not_bad_rating": translate("words", "只有差评需要回访、整改或申诉复核。"),
        "rating_overturned": translate("words", "该差评经申诉复核已撤销，无需再回访或整改。"),
        "visitor_required": translate("words", "请填写回访人。"),
        "visit_words_required": translate("words", "请填写回访情况（申请人说了什么、如何答复）。"),
        "visit_in_future": translate("words", "回访日期不能晚于今天。"),
        "visit_before_rating": translate("words", "回访日期不能早于评价日期。"),
        "rectification_required": translate("words", "请填写整改措施。"),
        "appeal_decided": translate("words", "该差评的申诉已经复核，不能再次复核。"),
        "appeal_required": translate("words", "请填写申请人的申诉内容。"),
        "appeal_reason_required": translate("words", "请填写复核理由。"),
        "unknown_rating": translate("words", "找不到该评价，请刷新列表。"),
        "follow_up_days_range": translate("words", "差评回访期限须为1至30个工作日。"),
    }
