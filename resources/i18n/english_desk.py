"""English for the clerk's desk: start-up, intake, documents and every message."""

DESK = {
    "姓名或单位名称过长（个人不超过60字，单位不超过100字），请核对证件后重新填写。":
        "The name is too long (60 characters for a person, 100 for a unit); check the "
        "identity document and enter it again.",
    "姓名中有不能用于姓名的字符（数字、符号等），请按证件填写。":
        "The name contains characters a name cannot have (digits, symbols); enter it as on "
        "the identity document.",
    "姓名中的间隔号“·”只能在两个名字部分之间，请按证件填写。":
        "The middle dot \"·\" may only stand between two parts of a name; enter it as on the "
        "identity document.",
    "联系电话格式不对：请填写手机号码（11位）或带区号的固定电话，如 0537-1234567。":
        "The phone number is not valid: enter an 11-digit mobile number or a landline with "
        "its area code, e.g. 0537-1234567.",
    # -- procedures, provisional dates -----------------------------------------------------
    "申请事项依法需要取得行政许可（行政许可法第三十二条第一款第（一）项）":
        "The application needs a licence by law (Administrative Licensing Law art. 32 ¶1 (1))",
    "属于本机关职权范围（行政许可法第三十二条第一款第（二）项）":
        "Within this authority's powers (Administrative Licensing Law art. 32 ¶1 (2))",
    "申请事项依法需要办理本事项": "The matter applied for is one this item handles by law",
    "属于本机关职权范围": "Within this authority's powers",
    "不属于本机关职权范围：请填写应向何机关申请。":
        "Not within this authority's powers: enter the authority to apply to.",
    "未在告知期限（{day}）内告知补正，依法视为自收件之日起受理":
        "Not told within the notice period ({day}): deemed accepted from the day of receipt",
    "本机关最迟于 {day}（含）告知；共 {count} 个问题":
        "The office must notify by {day} (inclusive); {count} problem(s)",
    "（暂计：该年度节假日安排尚未公布，按法定节假日计算）":
        "(Provisional: that year's holiday schedule is not published; statutory holidays only)",
    "未在依法告知期限内告知补正，依该事项的受理规定视为自收到材料之日起受理。":
        "Not told within the notice period: under this item's rule the application counts as "
        "accepted from the day the materials were received.",
    "节假日安排尚未录入": "Holiday schedule not entered",
    "{year}年的节假日安排尚未录入。期限延伸到{year}年的事项照常办理，日期暂按法定节假日计算并标注“暂计”。"
    "国务院公布通知后，请管理员在“日历”页点击“录入年度节假日安排…”，粘贴通知全文。":
        "The {year} holiday schedule has not been entered. Cases with deadlines in {year} are "
        "handled as usual; their dates are computed from the statutory holidays and marked "
        "provisional. Once the State Council publishes its notice, an administrator pastes it "
        "on the Calendar tab (\"Enter a year's holidays…\").",
    "{year}年节假日安排尚未录入：相关日期为暂计":
        "{year} holiday schedule not entered: those dates are provisional",
    "申请事项依法无需办理": "The matter needs no application by law",
    "申请事项不属于本机关职权范围": "The matter is not within this authority's powers",
    # -- start-up ------------------------------------------------------------------------
    "确定": "OK",
    "程序已在运行": "CounterDesk is already running",
    "本机已有一个 CounterDesk 正在使用这个数据文件夹。\n"
    "请切换到已打开的窗口；如需重新打开，请先关闭它。":
        "Another CounterDesk on this PC is using this data folder.\n"
        "Switch to the open window; to open it again, close that one first.",
    "无法使用数据文件夹": "Cannot use the data folder",
    "无法在数据文件夹中创建文件，请检查磁盘空间和文件夹权限。":
        "Cannot create files in the data folder. Check the free disk space and the folder's "
        "permissions.",
    "今日备份未完成": "Today's backup did not finish",
    "今日的自动备份没有完成，程序继续运行。请检查磁盘空间，或用“counterdesk backup”手动备份。":
        "Today's automatic backup did not finish; the program keeps running. Check the free "
        "disk space, or back up by hand with \"counterdesk backup\".",
    "无法打开数据库": "Cannot open the database",
    "数据库无法打开。请把详细信息告诉系统管理员。":
        "The database cannot be opened. Give the details to the system administrator.",
    "无法读写数据文件夹，请检查磁盘空间和文件夹权限。":
        "Cannot read or write the data folder. Check the free disk space and the folder's "
        "permissions.",
    "事项目录有错误": "The item catalog has errors",
    "内置的事项目录有错误，有错误的事项未导入。":
        "The bundled item catalog has errors; the items with errors were not imported.",
    "数据库被占用": "Database in use",
    "数据库正被其他程序占用（例如备份软件或杀毒软件）。\n请稍等片刻后点“重试”；已登记的内容不会丢失。":
        "Another program (such as backup or antivirus software) is using the database.\n"
        "Wait a moment, then click \"Retry\"; nothing registered is lost.",
    "重试": "Retry",
    "退出": "Quit",
    "数据库已损坏": "The database is damaged",
    "数据库文件已损坏或无法读取，且没有可用的完好备份。\n请不要删除数据文件夹，联系系统管理员恢复数据。":
        "The database file is damaged or unreadable, and there is no sound backup.\n"
        "Do not delete the data folder; ask the system administrator to recover the data.",
    "数据库文件已损坏或无法读取。\n\n可以恢复最近的完好备份：{name}（{stamp}）。\n"
    "当前的数据库文件会移到 backups 文件夹中保留，不会删除。\n"
    "备份之后登记的内容不在备份中，恢复后请核对最近的案件。":
        "The database file is damaged or unreadable.\n\n"
        "The latest sound backup can be restored: {name} ({stamp}).\n"
        "The current database file is moved into the backups folder and kept, not deleted.\n"
        "What was registered after the backup is not in it; check the latest cases after "
        "restoring.",
    "恢复此备份": "Restore this backup",
    "恢复失败": "Restore failed",
    "备份没有恢复，原数据库文件保持不变。":
        "The backup was not restored; the original database file is unchanged.",
    "已恢复备份": "Backup restored",
    "已恢复备份 {name}。原数据库文件保留在：{aside}":
        "Backup {name} restored. The original database file is kept at: {aside}",
    # -- main window, log-in, first start, lock ------------------------------------------
    "登录": "Sign in",
    "恢复未完成的登记": "Resume unfinished registration",
    "发现 {at} 保存的未完成登记。是否恢复？选择“否”将丢弃该草稿。":
        "An unfinished registration saved at {at} was found. Resume it? \"No\" discards "
        "the draft.",
    "首次使用：创建管理员": "First start: create the administrator",
    "数据库中还没有任何账户。请创建第一个管理员账户和第一个窗口；程序没有内置默认密码。":
        "The database has no accounts yet. Create the first administrator account and the "
        "first window; the program has no built-in default password.",
    "密码（至少8位）": "Password (at least 8 characters)",
    "再次输入密码": "Repeat password",
    "窗口编号": "Window ID",
    "窗口名称": "Window name",
    "密码不一致": "Passwords differ",
    "两次输入的密码不一致，请重新输入。": "The two passwords differ; type them again.",
    "受理台因长时间无操作已锁定。请 {name} 输入密码解锁。":
        "The desk locked after a period without activity. {name}, enter your password to "
        "unlock it.",
    "必须输入密码才能解锁。": "Enter the password to unlock.",
    "受理台已锁定": "Desk locked",
    "该账户已被管理员停用，不能解锁。请联系管理员。":
        "An administrator has deactivated this account; it cannot unlock the desk. Contact "
        "an administrator.",
    # -- my cases ------------------------------------------------------------------------
    "查找：姓名、身份证号（或后4位）、电话、受理编号或文号":
        "Find: name, ID number (or its last 4), phone, tracking or document number",
    "待申请人补正": "Awaiting the applicant's supplements",
    # -- registration, checklist, decision ----------------------------------------------
    "外国人永久居留身份证": "Foreign permanent resident ID card",
    "港澳台居民居住证": "Residence permit (Hong Kong, Macau, Taiwan residents)",
    "位数不对（护照号码应为5至17位）":
        "wrong length (a passport number has 5 to 17 characters)",
    "含有不允许的字符（护照号码只能是字母和数字）":
        "contains characters not allowed (a passport number has letters and digits only)",
    "开头不对（外国人永久居留身份证号码以9开头）":
        "wrong start (a foreign permanent resident ID number starts with 9)",
    "开头不对（港澳台居民居住证号码以810000、820000或830000开头）":
        "wrong start (a residence permit number starts with 810000, 820000 or 830000)",
    "国籍代码不对（第4至6位应为外国的国家代码）":
        "wrong nationality code (digits 4 to 6 must be a foreign country's code)",
    "受理地代码不存在（第2至3位应为省级行政区代码）":
        "unknown issuing place (digits 2 and 3 must be a province-level code)",
    "证件类型已按号码改为“{kind}”": "ID type changed to \"{kind}\" to match the number",
    "{name}（受理编号 {tracking_no}）": "{name} (tracking number {tracking_no})",
    "证件号码已登记在其他姓名下": "ID number on file under another name",
    "证件号码 {number} 以前登记的申请人是：\n{others}\n本次填写的是“{name}”。"
    "请核对证件和姓名。确认无误吗？选择“是”继续登记，选择“否”返回修改。":
        "ID number {number} was registered before for:\n{others}\nThis time the name is "
        "\"{name}\". Check the document and the name. Is it correct? \"Yes\" goes on "
        "registering, \"No\" goes back to correct it.",
    "证件号码未通过校验": "ID number fails its check",
    "证件号码 {number} {reason}。\n请再次核对证件原件。号码与证件一致吗？"
    "选择“是”按此号码登记，选择“否”返回修改。":
        "ID number {number}: {reason}.\nCheck the original document again. Does the number "
        "match the document? \"Yes\" registers this number, \"No\" goes back to correct it.",
    "申请事项依法需要取得行政许可（第三十二条第一款第一项）":
        "The matter legally needs a permit (art. 32 ¶1 (1))",
    "属于本机关职权范围（第三十二条第一款第二项）":
        "Within this office's powers (art. 32 ¶1 (2))",
    "不属本机关职权范围时必填": "Required when outside this office's powers",
    "材料核对 · {tracking} · {applicant} · {item}（{version}版）":
        "Materials check · {tracking} · {applicant} · {item} (guide of {version})",
    "不属于本机关职权范围：请填写应向何机关申请（第三十二条第一款第二项）。":
        "Outside this office's powers: enter the office to apply to (art. 32 ¶1 (2)).",
    "请填写签发日期：{names}": "Enter the issue date: {names}",
    "收到 · 材料名称": "Received · material",
    "形式": "Form",
    "份数（实交/应交）": "Copies (given/needed)",
    "问题": "Defects",
    "{days}天内": "within {days} days",
    "待填写（{due}）": "to fill in ({due})",
    "（已当场更正：{items}）": " (corrected on the spot: {items})",
    "答复要点（结束时记入案件）": "Answer given (recorded in the case when closing)",
    "打印办事指南告知单": "Print guide sheet",
    "答复完毕，结束": "Answered, close",
    "窗口无否决权：以其他理由不能受理的，填写理由后报备督查决定。":
        "The window has no veto: for any other reason not to accept, give the reason and "
        "escalate to a supervisor.",
    "请先回答情形问题并核对材料。": "Answer the intake questions and check the materials first.",
    "一次性告知须在 {day} 前送达（5个工作日）；共 {count} 个问题":
        "The one-time notice is due by {day} (5 working days); {count} problem(s)",
    "当场更正（申请人在场已更正，不再算作问题）：":
        "Corrected on the spot (by the applicant present; no longer a problem):",
    "当场更正：{defect}": "Corrected on the spot: {defect}",
    "选中一项材料后在此记录": "Select a material to record it here",
    "须在{days}天内签发": "must be issued within {days} days",
    "本材料无有效期要求": "no age limit for this material",
    "日期格式应为 2026-09-30": "dates look like 2026-09-30",
    "已登记 {tracking}（{purpose}）· {name}": "Registered {tracking} ({purpose}) · {name}",
    "{tracking}：{outcome}，已出具{doc_type} {doc_no}":
        "{tracking}: {outcome}; issued {doc_type} {doc_no}",
    "告知已超过5个工作日，依法视为自收到材料之日起受理（行政许可法第三十二条第四款）。":
        "The notice came later than 5 working days, so by law the application counts as "
        "accepted from the day the materials were received (art. 32 ¶4).",
    "{tracking}：已窗口否决报备，等待督查决定。理由：{reason}":
        "{tracking}: refusal escalated, awaiting a supervisor's decision. Reason: {reason}",
    "文书预览/打印": "Preview/print document",
    "下一位申请人": "Next applicant",
    # -- case dialog, documents ---------------------------------------------------------
    "文书（Enter 预览/补打）": "Documents (Enter: preview/reprint)",
    "申请人补正材料后再次提交": "Return visit with supplements",
    "转办（首问责任人不变）": "Refer (the first-inquiry owner stays)",
    "转至窗口": "To window",
    "转至部门": "To department",
    "说明": "Note",
    "办理结果，如：已发证": "Result, e.g. certificate issued",
    "申请人意见（可选）": "Applicant's comment (optional)",
    "{tracking} · {name} · {item} · {status}": "{tracking} · {name} · {item} · {status}",
    "{doc_type} {doc_no}（已打印{prints}次）": "{doc_type} {doc_no} (printed {prints}×)",
    "文书预览 — {doc_type}": "Document preview — {doc_type}",
    "{doc_type} {doc_no}（已记录在案，可打印或另存）":
        "{doc_type} {doc_no} (recorded in the log; print or save it)",
    "打印机": "printer",
    "正在打印……": "Printing…",
    "已送打印机。": "Sent to the printer.",
    "打印失败：{message}。文书已在案，可稍后补打。":
        "Printing failed: {message}. The document is in the log; reprint it later.",
    "PDF 文件 (*.pdf)": "PDF files (*.pdf)",
    "已保存：{path}": "Saved: {path}",
    # -- messages (operations, words) -------------------------------------------------------
    "已填写的内容都保留在表单中，没有丢失。":
        "Everything you typed is still in the form; nothing is lost.",
    "无法继续": "Cannot continue",
    "行政复议机关": "Reconsideration body",
    "人民法院": "Court",
    "不予受理通知书无法出具": "The rejection notice cannot be issued",
    "事项 {code} 的办事指南缺少“{field}”（目录字段 {key}），通知书必须告知申请复议和诉讼的途径。"
    "请管理员在事项目录或办公设置中补充后再作决定。本次未记录任何决定。":
        "The guide of item {code} lacks \"{field}\" (catalog field {key}); the notice must "
        "name where to apply for reconsideration and where to sue. Ask an administrator to "
        "add it to the catalog or the office settings, then decide again. No decision was "
        "recorded.",
    "工作日历缺少年份": "Year missing from the working-day calendar",
    "工作日历没有 {year} 年的法定节假日安排，无法计算期限。"
    "请管理员在国务院公布 {year} 年安排后更新 chinesecalendar，"
    "或在 data/calendar.yaml 的 years: 下录入 {year} 年的节假日和调休。":
        "The working-day calendar has no statutory holidays for {year}, so deadlines cannot "
        "be computed. Ask an administrator to update chinesecalendar once the State Council "
        "publishes the {year} schedule, or to enter the {year} holidays and make-up workdays "
        "under years: in data/calendar.yaml.",
    "磁盘已满": "Disk full",
    "磁盘空间已满，本次操作没有保存。请清理磁盘空间后再次点击保存。":
        "The disk is full; this action was not saved. Free some disk space, then save again.",
    "数据库忙": "Database busy",
    "数据库正被其他程序占用，本次操作没有保存。请稍等片刻后再试。":
        "Another program is using the database; this action was not saved. Wait a moment, "
        "then try again.",
    "数据库错误": "Database error",
    "事项不可用": "Item not available",
    "该事项在目录中没有现行有效的办事指南（{detail}）。请选择其他事项或请管理员更新事项目录。":
        "The catalog has no guide in force for this item ({detail}). Choose another item or "
        "ask an administrator to update the catalog.",
    "材料记录不完整": "Materials record incomplete",
    "案件当前状态为“{current}”，不能变为“{target}”。":
        "The case is \"{current}\" and cannot become \"{target}\".",
    "设置未保存": "Settings not saved",
    "设置没有保存：{detail}\n请按提示修改后再保存。":
        "The settings were not saved: {detail}\nCorrect them as the message says, then save "
        "again.",
    "文件无法写入": "File cannot be written",
    "文件无法写入（{detail}）。请选择其他位置或检查磁盘空间。":
        "The file cannot be written ({detail}). Choose another place or check the free disk "
        "space.",
    "窗口工作人员": "Window clerk",
    "督查": "Supervisor",
    "管理员": "Administrator",
    "申请事项依法不需要取得行政许可（行政许可法第三十二条第一款第一项）":
        "The matter legally needs no permit (Administrative Licensing Law art. 32 ¶1 (1))",
    "申请事项不属于本机关职权范围（行政许可法第三十二条第一款第二项）":
        "The matter is outside this office's powers (Administrative Licensing Law "
        "art. 32 ¶1 (2))",
    "收取材料": "Materials received",
    "作出决定": "Decision",
    "出具文书": "Document issued",
    "结束": "Closed",
    "督查复核": "Supervisor review",
    "请填写申请人姓名或单位名称。": "Enter the applicant's name or the organization's name.",
    "请先在“办理事项”中选择事项（F3 搜索）。": "Choose the service item first (F3 to search).",
    "证件号码未通过校验，请核对证件原件。":
        "The ID number fails its check; compare it with the original document.",
    "找不到该案件，请刷新“我的案件”后重试。":
        "The case was not found; refresh \"My cases\" and try again.",
    "已收取材料，办理事项不能再更改。":
        "Materials have been received; the service item can no longer change.",
    "该案件所用的办事指南版本不在事项目录中，请管理员重新导入事项目录。":
        "The guide version this case uses is not in the catalog; ask an administrator to "
        "import the catalog again.",
    "不属于本机关职权范围时，必须填写应向哪个行政机关申请。":
        "When the matter is outside this office's powers, enter the office to apply to.",
    "该案件已窗口否决报备，等待督查决定。":
        "This case's refusal was escalated and awaits a supervisor's decision.",
    "只有首问责任人可以办理该案件。": "Only the case's first-inquiry owner can handle it.",
    "该案件已结束。": "This case is closed.",
    "请填写否决报备的理由。": "Enter the reason for the escalation.",
    "已收取材料的案件请用“办结”结束。":
        "A case with received materials ends with \"Complete\".",
    "请填写转办的窗口或部门。": "Enter the window or department to refer to.",
    "请填写办理结果。": "Enter the result.",
    "用户名或密码错误，请重新输入。": "Wrong user name or password; try again.",
    "连续输错密码，账户已锁定5分钟，请稍后再试。":
        "Too many wrong passwords: the account is locked for 5 minutes. Try again later.",
    "该窗口未设置，请选择列表中的窗口。":
        "This window is not set up; choose a window from the list.",
    "请填写用户名和姓名。": "Enter the user name and the name.",
    "密码至少需要8个字符。": "A password needs at least 8 characters.",
    "该用户名已被使用，请换一个。": "This user name is taken; choose another.",
    "管理员账户已存在，请直接登录。": "An administrator already exists; sign in.",
    "请填写窗口编号和窗口名称。": "Enter the window ID and the window name.",
    "您的角色无权进行此操作。": "Your role does not allow this.",
    "不能停用自己正在使用的管理员账户，请由另一位管理员操作。":
        "You cannot deactivate the administrator account you are using; ask another "
        "administrator.",
    "找不到该账户，请刷新列表后重试。":
        "The account was not found; refresh the list and try again.",
    "请填写调整原因（如“停电闭厅”“集中办理日”）。":
        "Enter the reason for the change (e.g. \"power cut, hall closed\").",
    "窗口无否决权：以其他理由不能受理的，填写理由后按 Enter（或 Ctrl+E）报备督查决定。":
        "The window has no veto: to refuse on any other ground, type the reason and press "
        "Enter (or Ctrl+E) to refer it to a supervisor.",
    "承诺最迟于 {day}（含）办结":
        "Promised completion by {day} (inclusive)",
    "一次性告知最迟于 {day}（含）送达（5个工作日内）；共 {count} 个问题":
        "One-time notice due by {day} (inclusive, within 5 working days); {count} problem(s)",
    "按 Enter 选择：{name}（{code}）":
        "Press Enter to choose: {name} ({code})",
    "继续输入，格式 2026-09-30":
        "Keep typing, format 2026-09-30",
    "日期无效，请按 2026-09-30 的格式输入真实日期":
        "Invalid date: enter a real date in the format 2026-09-30",
    "无需导出":
        "Nothing to export",
    "自第 {n} 批以来数据没有变化，未生成新的批次。":
        "Nothing changed since batch {n}; no new batch was made.",
    "账户已锁定":
        "Account locked",
    "其他记录":
        "Other entry",
    "首问登记":
        "First-inquiry registration",
    "选定办理事项":
        "Item chosen",
    "作出受理决定":
        "Decision made",
    "文书编号":
        "Document number",
    "打印文书":
        "Document printed",
    "补打文书":
        "Document reprinted",
    "转办":
        "Referral",
    "办结":
        "Completion",
    "结束咨询":
        "Consultation closed",
    "好差评":
        "Rating",
    "督查确认":
        "Confirmed by supervisor",
    "督查纠正":
        "Overturned by supervisor",
    "督查维持不予受理":
        "Rejection upheld by supervisor",
    "督查责令受理":
        "Acceptance ordered by supervisor",
    "超期案件列入督查":
        "Overdue case queued for review",
    "登录失败":
        "Log-in failed",
    "新建账号":
        "Account created",
    "停用账号":
        "Account deactivated",
    "恢复账号":
        "Account reactivated",
    "重设密码":
        "Password reset",
    "保存窗口设置":
        "Window saved",
    "导入事项目录":
        "Catalog imported",
    "调整工作日":
        "Working day adjusted",
    "确认全年节假日":
        "Year's holidays declared",
    "修改设置":
        "Settings changed",
    "导出数据批次（含完整证件号码）":
        "Export batch (with full ID numbers)",
    "生成演示数据":
        "Demo data generated",
    "其他操作":
        "Other action",
    "证件号码提示":
        "ID number warning",
    "事项编码":
        "Item code",
    "办事指南版本":
        "Guide version",
    "理由":
        "Reason",
    "告知期限":
        "Notice due",
    "文书":
        "Document",
    "打印到":
        "Printed to",
    "备注":
        "Note",
    "办理结果":
        "Result",
    "评价":
        "Rating",
    "意见":
        "Comment",
    "督查类型":
        "Review kind",
    "督查结论":
        "Review verdict",
    "收件日":
        "Received on",
    "有权机关":
        "Competent office",
    "账号":
        "Account",
    "其他信息":
        "Other details",
    "经窗口否决报备，督查复核后维持不予受理":
        "Referred by the window; the supervisor upheld the rejection",
    "（未说明）":
        "(not stated)",
    "是":
        "Yes",
    "否":
        "No",
    "{n} 项":
        "{n} item(s)",
    "连续输错密码，账户已锁定至 {until}。请到时再试，或请管理员在“账户与窗口”中解锁。":
        "Too many wrong passwords: the account is locked until {until}. Try again then, "
        "or ask an administrator to unlock it under \"Accounts & windows\".",
    "第{seq}次提交 · 收到日期 {received_on} · 已收 {received} / 应交 {required} 件":
        "Submission {seq} · received on {received_on} · {received} of "
        "{required} materials received",
    "连续输错密码，账户已临时锁定。请稍后再试，或请管理员解锁。":
        "Too many wrong passwords: the account is locked for now. Try again later, "
        "or ask an administrator to unlock it.",
    "节假日安排缺失":
        "Holiday schedule missing",
    "{year}年的法定节假日和调休安排尚未录入，期限延伸到{year}年的事项将无法计算"
    "告知期限和办结日期。请管理员在国务院公布安排后更新 chinesecalendar，或用"
    "“counterdesk workdays declare-year {year}”录入。":
        "The statutory holidays and make-up workdays of {year} have not been entered: deadlines "
        "that run into {year} cannot be computed. Once the State Council publishes the "
        "schedule, an administrator updates chinesecalendar or enters it with "
        "\"counterdesk workdays declare-year {year}\".",
    # -- the clerk's words on a defect; the revocation notice ----------------------------
    "具体问题": "Exactly what",
    "如：第3页缺少申请人签字（打印在一次性告知书上）":
        "e.g. page 3 lacks the applicant's signature (printed on the one-time notice)",
    "撤销不予受理决定通知书": "Revocation of rejection",
    # -- issue #16: confirmations, log out -----------------------------------------------
    "返回首问登记": "Back to registration",
    "本次材料核对已有记录（已保存为草稿）。确定离开核对、返回首问登记吗？":
        "This materials check has entries (kept as a draft). Leave the check and go back to "
        "registration?",
    "确认不予受理": "Confirm rejection",
    "将对申请人“{name}”出具编号的不予受理通知书。\n理由：{ground}\n确定出具吗？":
        "A numbered rejection notice will be issued to \"{name}\".\nGround: {ground}\n"
        "Issue it?",
    "确认窗口否决报备": "Confirm escalation",
    "将对申请人“{name}”（{tracking}）作窗口否决报备，交督查决定。\n理由：{reason}\n确定报备吗？":
        "The refusal of \"{name}\" ({tracking}) will be escalated to a supervisor.\n"
        "Reason: {reason}\nEscalate?",
    "退出登录/切换用户": "Log out / switch user",
}
