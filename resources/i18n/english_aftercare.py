"""English for the pledge, commitment, extension and paused-clock screens (Chinese is the source)."""

ENGLISH = {
    "容缺受理承诺书/告知承诺书": "Pledge / commitment letter",
    "延长办理期限告知书": "Notice of extended time limit",
    "除外时间告知书": "Notice of time not counted",
    "听证": "Hearing",
    "招标、拍卖": "Tender or auction",
    "检验、检测、检疫": "Testing, inspection or quarantine",
    "鉴定": "Appraisal",
    "专家评审": "Expert review",
    "请填写延长期限的理由，告知书将写明。":
        "Write the reasons for the extension; the notice states them.",
    "请填写批准延期的本机关负责人。": "Name the head of the body who approved the extension.",
    "延长的工作日数超出法定范围（可延长：{detail}）。":
        "The extension is outside what the law allows (allowed: {detail}).",
    "办理期限已于 {detail} 届满，不能再延长或暂停；请按超期处理。":
        "The time limit ended on {detail}; it can no longer be extended or stopped. "
        "Handle the case as overdue.",
    "暂停日期不能早于受理日期（{detail}）。":
        "The clock cannot stop before the day of acceptance ({detail}).",
    "恢复计算的日期不能早于暂停开始日期。":
        "The clock cannot restart before the day it stopped.",
    "与已记录的暂停期间（自 {detail} 起）重叠。":
        "This overlaps the period already recorded (from {detail}).",
    "办理期限": "Time limit",
    " 个工作日": " working days",
    "本机关负责人姓名": "Name of the head of the body",
    "如：需要实地核查，20个工作日内不能作出决定":
        "e.g. an on-site inspection is needed; no decision is possible within 20 working days",
    "延长期限并出具告知书": "Extend and issue the notice",
    "延长办理期限（经负责人批准）": "Extend the time limit (approved by the head)",
    "延长": "Extend by",
    "批准人": "Approved by",
    "理由": "Reasons",
    "如：申请人申请听证": "e.g. the applicant asked for a hearing",
    "暂停计算并出具告知书": "Stop the clock and issue the notice",
    "恢复计算": "Restart the clock",
    "除外时间（听证、检验检测、鉴定、专家评审等，不计入期限）":
        "Time not counted (hearing, testing, appraisal, expert review…)",
    "事由类别": "Kind",
    "确认办结": "Complete",
    "视为受理": "Deemed accepted",
    "日期暂计": "Provisional date",
    "材料接收凭证": "Materials receipt",
    "· {name}：{day} 前": "· {name}: by {day}",
    "延长 {days} 个工作日（{approver} 批准：{reasons}）":
        "Extended by {days} working days (approved by {approver}: {reasons})",
    "{kind}：{start} 至 {end}": "{kind}: {start} to {end}",
    "预计完成日期": "Expected to end on",
    "暂停开始日期": "First day not counted",
    "说明": "Details",
    "最后一个不计入的日期": "Last day not counted",
    "只有已受理、有承诺办结日期的案件可以延长或暂停期限。":
        "Only an accepted case with a promised date can be extended or stopped.",
    "办理期限暂停计算中（自 {day} 起），恢复计算后重新得出办结日期。":
        "The clock is stopped (since {day}); the due date is computed again when it restarts.",
    "原承诺办结日期 {base}；已延长 {ext} 个工作日，不计入期限 {paused} 个工作日；现办结日期 {due}。":
        "Originally promised for {base}; extended by {ext} working days, {paused} working days "
        "not counted; now due {due}.",
    "无法记录": "Cannot record this",
    "办理期限：延长或暂停计算…": "Time limit: extend or stop the clock…",
    "{kind}：{name}（{day} 前）": "{kind}: {name} (by {day})",
    "取消失信标记": "Clear the untrustworthy flag",
    "标记申请人失信…": "Flag the applicant as untrustworthy…",
    "标记申请人失信": "Flag the applicant as untrustworthy",
    "申请人“{name}”将不能适用容缺受理和告知承诺。请填写依据（如：承诺不实、逾期未补交且未说明理由）：":
        "{name} will no longer be accepted on a pledge or a commitment. State the grounds "
        "(e.g. a commitment proved untrue, a material never came without reason):",
    "容缺受理（签署承诺书）": "Accept on a pledge (applicant signs)",
    "告知承诺受理（签署承诺书）": "Accept on a commitment (applicant signs)",
    "可容缺受理：{names} 于 {day}（含）前补交":
        "Can be accepted on a pledge: {names} to be brought by {day}",
    "可告知承诺受理：{names} 以承诺代替，{day} 前核查":
        "Can be accepted on a commitment replacing {names}; verified by {day}",
    "申请人已被督查标记为失信，不适用容缺受理和告知承诺，请按一次性告知办理。":
        "A supervisor flagged this applicant as untrustworthy: no pledge or commitment; "
        "issue the one-time notice.",
    "承诺书": "Pledge letter",
    "确认容缺受理": "Confirm acceptance on a pledge",
    "申请人“{name}”将签署容缺受理承诺书，承诺在期限内补交：\n{lines}\n确定受理并出具受理通知书和承诺书吗？":
        "{name} will sign a pledge to bring these by their dates:\n{lines}\n"
        "Accept and issue the acceptance receipt and the pledge letter?",
    "确认告知承诺受理": "Confirm acceptance on a commitment",
    "申请人“{name}”将签署告知承诺书，以承诺代替下列材料（期限内核查）：\n{lines}\n确定受理并出具受理通知书和承诺书吗？":
        "{name} will sign a commitment replacing these materials (verified by the dates):"
        "\n{lines}\nAccept and issue the acceptance receipt and the commitment letter?",
    "已出具承诺书 {doc_no}：请申请人签字后存档 (F8)":
        "Letter {doc_no} issued: have the applicant sign it and file it (F8)",
    "容缺或承诺到期": "Pledge due",
    "{kind}：{name}，{day} 到期": "{kind}: {name}, due {day}",
    "{text}（{aside}）": "{text} ({aside})",
    "延长办理期限": "Time limit extended",
    "暂停计算期限": "Clock stopped",
    "恢复计算期限": "Clock restarted",
    "承诺事项办结": "Pledge settled",
    "到期个人信息匿名化": "Personal data anonymised after retention",
    "备份数据": "Backup",
    "恢复备份": "Backup restored",
    "延长工作日数": "Working days added",
    "事由": "Reasons",
    "除外时间类别": "Kind of time not counted",
    "暂停开始日": "Clock stopped on",
    "最后不计入日": "Last day not counted",
    "承诺类型": "Kind of pledge",
    "承诺结果": "Pledge outcome",
    "材料": "Material",
    "承诺编号": "Pledge",
    "期限变更编号": "Time-limit change",
    "容缺受理": "Pledge",
    "告知承诺": "Commitment",
    "待履行": "Open",
    "已履行": "Kept",
    "未履行": "Broken",
    "容缺待补交": "Pledged material due",
    "告知承诺待核查": "Commitment to verify",
    "只有已受理的案件可以延长或暂停办理期限。":
        "Only an accepted case's time limit can be extended or stopped.",
    "该案件的办理期限没有暂停，无需恢复计算。": "The case's clock is not stopped.",
    "办理期限正在暂停计算，请先恢复计算再延长。":
        "The clock is stopped: restart it before extending.",
    "该案件没有承诺办结日期（即办件），无需延长。":
        "The case has no promised date (an immediate item); nothing to extend.",
    "请填写听证、检验检测、鉴定或评审预计完成的日期，告知书须写明所需时间。":
        "Enter the day the hearing, testing, appraisal or review is expected to end; the "
        "notice must state how long it takes.",
    "该申请人没有登记证件号码，无法标记失信。":
        "The applicant has no ID number on file and cannot be flagged.",
    "请填写标记失信的依据。": "State the grounds for the flag.",
    "该申请人已被标记为失信。": "The applicant is flagged already.",
    "该失信标记已取消，请刷新后查看。": "The flag was cleared already; refresh.",
    "请写明核查发现的情况（如：逾期未补交）。":
        "Write what was found (e.g. the material never came).",
    "承诺事项只能认定为已履行或未履行。": "A pledge is settled as kept or broken.",
    "找不到该承诺事项，请刷新后重试。": "The pledge is not in the log; refresh and try again.",
    "该承诺事项已办结，请刷新后查看。": "The pledge is settled already; refresh.",
    "无法识别的承诺类型。": "Unknown kind of pledge.",
    "材料齐全或依法不予受理的申请无需承诺，请直接作出决定。":
        "A complete application, or one refused by law, needs no pledge: decide it directly.",
    "申请人已被督查标记为失信，不适用容缺受理和告知承诺，请按一次性告知办理。":
        "A supervisor flagged this applicant as untrustworthy: no pledge or commitment; "
        "issue the one-time notice.",
    "缺少的材料中有不可容缺的材料，请按一次性告知办理。":
        "A missing material cannot wait: issue the one-time notice.",
    "该事项对所缺材料不实行告知承诺制，请按一次性告知办理。":
        "The item takes no commitment for the missing materials: issue the one-time notice.",
}
