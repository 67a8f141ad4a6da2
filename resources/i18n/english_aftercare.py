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
}
