"""English for the administrator's fixes after the walk-through: an account's phone checked
like an applicant's, closing the hall today, the guide editor's title for a new item, the
agent relations and item kinds worded at the desk."""

ENGLISH = {
    # -- accounts ---------------------------------------------------------------------------
    "联系电话格式不对。文书上可能打印经办人本人电话，请填写手机号码（11位）或带区号的固定电话，"
    "如 0537-1234567；没有可留空。":
        "The phone number is not valid. Documents may print the handling clerk's own phone: "
        "enter a mobile number (11 digits) or a landline with its area code, e.g. "
        "0537-1234567, or leave it empty.",
    # -- the calendar -----------------------------------------------------------------------
    "无法保存": "Cannot save",
    "将今天设为闭厅日": "Closing the hall today",
    "勾选了顺延：此后计算的承诺办结日跨过今天的，将不再把今天算作工作日。":
        "\"Move promised dates\" is ticked: promised dates computed from now on that run "
        "across today no longer count today as a working day.",
    "未勾选顺延：承诺办结日的计算不受影响。":
        "\"Move promised dates\" is not ticked: promised dates are computed as before.",
    "今天（{day}）可能已有案件按工作日登记、受理或作出决定。保存后：\n"
    "· 今天已作出的决定、已出具的文书和已告知申请人的承诺办结日都不改变；\n"
    "· 承诺办结日从受理次日起算，今天受理的承诺件不受影响；今天受理的即办件，承诺办结日仍是今天；\n"
    "· 告知期限、法定办结时限等法定期限不受闭厅影响；\n"
    "· {effect}\n\n"
    "仍要把今天设为闭厅日吗？":
        "Cases may already have been registered, accepted or decided today ({day}) as on a "
        "working day. After saving:\n"
        "· decisions made today, documents issued and promised dates given to applicants do "
        "not change;\n"
        "· promised dates count from the day after acceptance, so promised items accepted "
        "today are not affected; immediate items accepted today are still due today;\n"
        "· statutory periods (notice period, legal time limit) are not changed by a "
        "closure;\n"
        "· {effect}\n\n"
        "Close the hall today anyway?",
    # -- the guide editor -------------------------------------------------------------------
    "新事项": "new item",
    "未命名": "Unnamed",
    # english_office.py kept the Chinese term; an English screen says it ("告知承诺": Commitment).
    "告知承诺制（可凭承诺书替代部分材料）":
        "Commitment: a signed letter may replace some materials",
    # -- words at the desk ------------------------------------------------------------------
    "亲属": "Relative",
    "受托人": "Authorised person",
    "法定代理人": "Statutory agent (guardian)",
    "单位经办人": "Staff member acting for the organisation",
}
