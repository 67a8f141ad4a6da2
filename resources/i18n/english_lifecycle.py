"""English for receipt first, agents, escalation receipts and recorded completion (issue #14;
Chinese is the source)."""

ENGLISH = {
    # registration: the agent
    "代理人": "Agent",
    "由代理人办理（需提交授权委托书）":
        "Applying through an agent (letter of authorisation required)",
    "代理人姓名": "Agent's name",
    "与申请人关系": "Relation to the applicant",
    "代理人证件号码未通过校验": "The agent's ID number fails its check",
    # checklist: receipt first
    "收件日期": "Date received",
    "补录原因": "Reason for an earlier date",
    "收件日期早于今天时必填，如：昨日收件今日录入":
        "Required when the date received is before today, e.g. received yesterday, "
        "recorded today",
    "收件并打印材料接收凭证": "Receive and print the materials receipt",
    "{tracking}：已收件（{day}），已出具材料接收凭证 {doc_no}":
        "{tracking}: materials received ({day}); materials receipt {doc_no} issued",
    "已出具材料接收凭证 {doc_no}：最迟于 {day} 书面答复申请人":
        "Materials receipt {doc_no} issued: the applicant is answered in writing by {day}",
    # 即办件 completed in the same visit
    "即办件：可当场办结 (F7)": "Immediate item: can be completed now (F7)",
    "已当场办结。": "Completed on the spot.",
    "即办件当场办结": "Complete the immediate item now",
    # completion
    "办理结果": "Result",
    "决定文书文号": "Decision document number",
    "决定文书日期": "Decision document date",
    "送达方式": "Delivery",
    "邮寄地址": "Postal address",
    "备注": "Note",
    "准予或不予时必填": "Required when granted or refused",
    "办理结果说明，如：已发证": "Result note, e.g. certificate issued",
    "准予": "Granted",
    "不予": "Refused",
    "自取": "Collect in person",
    "邮寄": "By post",
    # my cases and the case dialog
    "报备书面答复期限": "Written answer to an escalation due",
    "督查责令受理：请受理": "Supervisor ordered acceptance: please accept",
    "督查责令受理：请受理（自原收件日 {day} 起算）":
        "Supervisor ordered acceptance: please accept (counted from the original receipt "
        "date {day})",
    # timeline
    "书面答复期限": "Written answer due",
    "代理人证件号码校验": "Agent's ID number check",
    "办结结果": "Completion result",
    # refusals
    "收件日期不能晚于今天，请核对。": "The date received cannot be after today; please check it.",
    "收件日期早于今天：请在“补录原因”中写明为何今天才录入。":
        "The date received is before today: say under \"Reason for an earlier date\" why it "
        "is recorded only now.",
    "补录原因过长（不超过200字）。": "The reason is too long (200 characters at most).",
    "收件日期不能早于该案件上一次作出决定的日期，请核对。":
        "The date received cannot be before the case's last decision; please check it.",
    "请先在材料清单中勾选申请人实际交来的材料。":
        "First tick in the checklist the materials the applicant actually handed over.",
    "该案件已作出决定，不能再收件。":
        "This case has been decided; materials can no longer be received for it.",
    "请填写代理人姓名。": "Enter the agent's name.",
    "代理人姓名过长，请按证件填写。": "The agent's name is too long; copy it from the ID.",
    "代理人姓名中有不能用于姓名的字符，请按证件填写。":
        "The agent's name has characters no name has; copy it from the ID.",
    "代理人姓名中的间隔号“·”只能在两个名字部分之间，请按证件填写。":
        "The dot \"·\" in the agent's name can only stand between two parts of the name; "
        "copy it from the ID.",
    "请填写代理人证件号码。": "Enter the agent's ID number.",
    "代理人联系电话格式不对：请填写手机号码（11位）或带区号的固定电话。":
        "The agent's phone number is not valid: enter a mobile number (11 digits) or a "
        "landline with its area code.",
    "请填写代理人与申请人的关系，如：亲属、受托人、法定代理人。":
        "Enter how the agent is related to the applicant, e.g. relative, authorised "
        "person, legal representative.",
    "代理人与申请人的关系过长或含有不可打印的字符。":
        "The agent's relation is too long or has unprintable characters.",
    "该事项不能以此结果办结，请重新选择办理结果。":
        "This item cannot end with this result; choose another result.",
    "准予或不予的，请填写决定文书文号。":
        "When granted or refused, enter the decision document's number.",
    "准予或不予的，请填写决定文书日期。":
        "When granted or refused, enter the decision document's date.",
    "决定文书日期不能晚于今天。": "The decision document's date cannot be after today.",
    "决定文书日期不能早于受理日期。":
        "The decision document's date cannot be before the date of acceptance.",
    "决定文书文号过长或含有不可打印的字符。":
        "The decision document number is too long or has unprintable characters.",
    "邮寄送达的，请填写邮寄地址。": "For delivery by post, enter the postal address.",
    "邮寄地址过长或含有不可打印的字符。":
        "The postal address is too long or has unprintable characters.",
    "办理结果说明过长或含有不可打印的字符。":
        "The result note is too long or has unprintable characters.",
}
