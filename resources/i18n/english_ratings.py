"""English for 好差评 by the applicant: the rating screen, 未评价, the follow-up of a bad
rating (回访, 整改, 申诉复核) and the review queue's feedback, deadlines and empty state."""

ENGLISH = {
    # -- the rating screen ------------------------------------------------------------------
    "请您评价": "Please rate our service",
    "请您对本次服务作出评价（按数字键或点击）":
        "Please rate this service (press a number key or tap)",
    "很抱歉！请告诉我们哪里做得不好（可多选，也可不选）":
        "We are sorry! Tell us what went wrong (choose any, or none)",
    "提交评价 (Enter)": "Submit rating (Enter)",
    "感谢您的评价！": "Thank you for your rating!",
    # -- the clerk's case dialog and desk --------------------------------------------------
    "请申请人评价": "Applicant rates",
    "记录未评价": "Record not rated",
    "请先在“我的案件”中选中要评价的案件，或在登记受理后再按 F9。":
        "First select the case to rate in \"My cases\", or press F9 after the decision at "
        "intake.",
    "差评回访期限（工作日）": "Bad-rating follow-up (working days)",
    "差评须在评价后该工作日数内回访（各省规定不同，如3、5或15个工作日）":
        "A bad rating is followed up within this many working days of the rating "
        "(provinces differ: e.g. 3, 5 or 15 working days)",
    # -- words -----------------------------------------------------------------------------
    "未评价": "Not rated",
    "服务态度": "Attitude",
    "办事效率": "Efficiency",
    "材料要求不清": "Unclear material requirements",
    "多次跑": "Had to come several times",
    "申请人自评": "Rated by the applicant",
    "工作人员记录未评价": "Not rated (recorded by staff)",
    "维持差评": "Bad rating upheld",
    "撤销差评（不计入统计）": "Bad rating overturned (not counted)",
    "差评回访": "Bad-rating follow-up call",
    "差评整改": "Bad-rating rectification",
    "差评申诉复核": "Bad-rating appeal review",
    "不满意原因": "Reasons for dissatisfaction",
    "评价方式": "Rated by",
    "回访人": "Followed up by",
    "回访日期": "Follow-up date",
    "回访情况": "What was said",
    "整改措施": "What was changed",
    "申诉内容": "Appeal",
    "复核结论": "Verdict",
    "复核理由": "Reason for the verdict",
    # -- refusals --------------------------------------------------------------------------
    "该案件还没有可评价的服务。": "This case has had no service to rate yet.",
    "本次服务已经评价过（或已记录未评价），每次服务只评价一次。":
        "This service was already rated (or recorded as not rated); each service is rated "
        "once.",
    "评价须由申请人本人在评价屏上作出，工作人员只能记录“未评价”。":
        "Only the applicant rates, on the rating screen; staff may only record \"not "
        "rated\".",
    "请申请人选择一项评价。": "Ask the applicant to choose a rating.",
    "只有不满意的评价才选择原因。": "Reasons are chosen for a bad rating only.",
    "只有差评需要回访、整改或申诉复核。":
        "Only a bad rating is followed up, rectified or appealed.",
    "该差评经申诉复核已撤销，无需再回访或整改。":
        "This bad rating was overturned on appeal; no follow-up or rectification is needed.",
    "请填写回访人。": "Enter who followed the applicant up.",
    "请填写回访情况（申请人说了什么、如何答复）。":
        "Enter what was said in the follow-up (what the applicant said, how it was answered).",
    "回访日期不能晚于今天。": "The follow-up date cannot be after today.",
    "回访日期不能早于评价日期。": "The follow-up date cannot be before the rating.",
    "请填写整改措施。": "Enter what was changed.",
    "该差评的申诉已经复核，不能再次复核。":
        "The appeal against this rating was already decided; it cannot be decided again.",
    "请填写申请人的申诉内容。": "Enter what the applicant's appeal says.",
    "请填写复核理由。": "Enter the reason for the verdict.",
    "找不到该评价，请刷新列表。": "The rating was not found; refresh the list.",
    "差评回访期限须为1至30个工作日。":
        "The bad-rating follow-up period must be 1 to 30 working days.",
    "差评不能直接纠正：申请人申诉的，请用“申诉复核”作出决定。":
        "A bad rating cannot be overturned directly: if the applicant appeals, decide it "
        "with \"Appeal review\".",
    # -- the review queue ------------------------------------------------------------------
    "Enter 或双击打开案件": "Enter or double-click opens the case",
    "回访…": "Follow-up call…",
    "整改…": "Rectification…",
    "申诉复核…": "Appeal review…",
    "督查队列中没有待处理的事项：不予受理、窗口否决报备、差评和超期案件出现时会列在这里。":
        "Nothing to review: refusals, window refusals referred for review, bad ratings and "
        "overdue cases are listed here when they arise.",
    "没有符合所选条件的督查记录。": "No review items match the chosen filter.",
    "{day} 前答复": "answer by {day}",
    "{day} 前回访": "follow up by {day}",
    "{deadline}（已超期）": "{deadline} (overdue)",
    "回访 {n} 次": "{n} follow-up call(s)",
    "整改 {n} 项": "{n} rectification(s)",
    "申诉复核：{verdict}": "Appeal review: {verdict}",
    "{done}：{kind} {no}（{name}）": "{done}: {kind} {no} ({name})",
    "已确认无误": "Confirmed",
    "已予以纠正": "Overturned",
    "已维持不予受理并出具不予受理通知书": "Refusal upheld and the refusal notice issued",
    "已责令受理": "Acceptance ordered",
    "已记录回访": "Follow-up call recorded",
    "已记录整改": "Rectification recorded",
    "申请人反映了什么，如何答复": "What the applicant raised and how it was answered",
    "针对差评改进了什么": "What was improved because of the bad rating",
    "申请人或窗口提出的申诉理由": "The grounds of the appeal, from the applicant or the window",
}
