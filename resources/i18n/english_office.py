"""English for the supervisors' and the administrators' pages."""

OFFICE = {
    "账户锁定期间尝试登录": "Log-in attempt while the account was locked",
    "同一号码的其他姓名案件": "Cases with this number under another name",
    "证件号码校验未通过（经办人已确认）": "ID number failed its check (confirmed by the clerk)",
    "号码已登记在其他姓名下（经办人已确认）":
        "Number on file under another name (confirmed by the clerk)",
    "法定节假日和调休按国务院安排计算。这里录入本中心的临时调整：闭厅日和加班办理日。闭厅不是法定节假日，"
    "不改变法定期限（告知期限、法定办结时限，行政许可法第八十二条）；勾选“顺延承诺办结日”时，只顺延此后"
    "计算的承诺办结日。":
        "Statutory holidays and make-up workdays follow the State Council. Enter the hall's "
        "own changes here: closures and extra opening days. A closure is not a statutory "
        "holiday and never moves a statutory period (notice periods, legal limits; Licensing "
        "Law art. 82); with \"Move promised dates\" ticked it moves promised dates computed "
        "after it.",
    "顺延承诺办结日": "Move promised dates",
    "删除所选调整…": "Delete the selected entry…",
    "导入日历文件…": "Import a calendar file…",
    "导入中心用“counterdesk workdays export-year”导出的年度节假日安排文件":
        "Import a year's holiday schedule exported by the centre with \"counterdesk workdays "
        "export-year\"",
    "\n……等共 {count} 件": "\n… {count} in all",
    "此后计算的承诺办结日将顺延；已出具的文书日期不变。":
        "Promised dates computed from now on move; dates on documents already issued stay.",
    "未勾选顺延：这些案件的承诺办结日不变。":
        "\"Move promised dates\" is not ticked: these cases keep their promised dates.",
    "闭厅日有案件到期": "Cases are due on the closure day",
    "{day} 是以下 {count} 件在办案件的承诺办结日：\n{names}{more}\n\n{effect}\n仍要保存吗？":
        "{day} is the promised date of these {count} open case(s):\n{names}{more}\n\n"
        "{effect}\nSave anyway?",
    "导入日历文件": "Import a calendar file",
    "日历文件 (*.yaml *.yml)": "Calendar files (*.yaml *.yml)",
    "已导入：{years}；{count} 件在办案件的承诺办结日已重算。":
        "Imported: {years}; promised dates of {count} open case(s) were recomputed.",
    "请先在左侧列表中选择要删除的调整。": "First select the entry to delete in the list.",
    "删除调整": "Delete entry",
    "删除 {day} 的调整，请填写原因（记入审计日志）：":
        "Deleting the entry of {day}: give the reason (kept in the audit log):",
    "已删除 {day} 的调整。": "The entry of {day} was deleted.",
    "；本中心：{kind}": "; this hall: {kind}",
    "已录入{year}年节假日安排，此后计算的期限按此安排；{count} 件在办案件的承诺办结日已按新安排重算，"
    "督查队列可见。":
        "The {year} holiday schedule was entered; deadlines are computed with it from now on. "
        "Promised dates of {count} open case(s) were recomputed; supervisors see them in "
        "their queue.",
    "本中心名称": "Name of this hall",
    "如：微山县政务服务中心（打印在文书上）":
        "e.g. 微山县政务服务中心 (printed on documents)",
    "本中心为实施机关（行政审批局），以自己的名义作出决定":
        "This hall is an issuing authority (行政审批局) and decides in its own name",
    "请填写本中心名称": "Enter the name of this hall",
    "本中心名称打印在每份文书的收件地点上（事项由本中心决定时也作为出具机关），请先填写。":
        "The hall's name is printed on every document as the place of receipt (and as the "
        "issuing authority where the hall decides). Enter it first.",
    "无法录入年度节假日安排": "Cannot enter the holiday schedule",
    "日历文件或安排无法使用：{reason}": "The calendar file or schedule cannot be used: {reason}",
    "节假日安排公布后承诺日期变动": "Promised date moved by the published holidays",
    "删除工作日调整": "Delete a calendar entry",
    "{year}年节假日安排已录入，承诺办结日由 {before}（暂计）改为 {after}":
        "{year} holiday schedule entered: promised date moved from {before} (provisional) "
        "to {after}",
    "期限重算": "Deadline recomputed",
    "受理决定": "Decision on receipt",
    "本中心为实施机关（行政审批局）：未写明实施机关的事项以本中心名义出具":
        "This hall is an issuing authority (行政审批局): items naming no issuer are issued in "
        "its name",
    "在文书上打印经办人本人电话": "Print the clerk's own phone number on documents",
    "可用字段：{office} 文号简称，{year} 年份（必填），{seq} 序号（必填，不编虚位）。":
        "Fields: {office} short name, {year} year (required), {seq} number (required, no "
        "leading zeros).",
    "✗ 格式无效：须含 {year} 和 {seq}，只能用 {office}、{year}、{seq}":
        "✗ Invalid: must contain {year} and {seq}; only {office}, {year}, {seq} allowed",
    # -- supervisors --------------------------------------------------------------------
    "督查队列": "Review queue",
    "案件日志": "Case log",
    "统计分析": "Statistics",
    "差评": "Bad rating",
    "超期未办结": "Overdue",
    "告知超过5个工作日": "Notice after 5 working days",
    "二次告知新增问题": "Second notice adds problems",
    "待处理": "Open",
    "已确认": "Confirmed",
    "已纠正": "Overturned",
    "每日受理量": "Daily intake",
    "各事项办件量": "Cases per item",
    "各工作人员办件量": "Cases per clerk",
    "各窗口办件量": "Cases per window",
    "受理结果": "Outcomes",
    "合格率与时效": "Pass rate and timeliness",
    "好差评分布": "Ratings",
    "服务方式": "Channels",
    "申请材料一次性合格率": "First-time pass rate",
    "按时办结率": "On-time completion rate",
    "差评回访率": "Bad ratings followed up",
    "平均受理用时（小时）": "Mean handling time (hours)",
    "90%受理用时（小时）": "90th percentile handling time (hours)",
    "请填写处理意见后再提交。": "Write a comment before submitting.",
    "该事项已由他人处理，请刷新列表。": "Someone else has handled this; refresh the list.",
    "窗口否决报备须选择“维持不予受理”或“责令受理”。":
        "An escalated refusal needs \"Uphold rejection\" or \"Order acceptance\".",
    "只有窗口否决报备可以这样处理。": "Only an escalated refusal can be decided this way.",
    "找不到该督查事项，请刷新列表。": "This review item was not found; refresh the list.",
    "无法处理": "Cannot decide",
    "无法完成": "Cannot finish",
    "登记时间": "Registered at",
    "首问责任人": "Owner",
    "受理编号": "Tracking no.",
    "申请人": "Applicant",
    "不予受理": "Reject",
    "窗口否决报备": "Escalate refusal",
    "事项": "Item",
    "最近结果": "Latest outcome",
    "承诺办结日": "Promised date",
    "已超过承诺办结日": "Past the promised date",
    "登记日期自": "Registered from",
    "至": "to",
    "部门": "Department",
    "结果": "Outcome",
    "仅显示超期案件": "Overdue cases only",
    "查询": "Search",
    "全部": "All",
    "日期格式不对": "Wrong date format",
    "请按 2026-09-30 的格式输入日期：{text}": "Enter dates like 2026-09-30: {text}",
    "共 {n} 件": "{n} case(s)",
    "查找": "Find",
    "姓名、身份证号（或后4位）、电话、受理编号或文号，边输边查":
        "Name, ID number (or its last 4), phone, tracking or document number; results as you "
        "type",
    "全部类型": "All kinds",
    "显示": "Show",
    "刷新": "Refresh",
    "类型": "Kind",
    "案件状态": "Case status",
    "期限": "Due",
    "处理意见（纠正和报备决定必须填写）":
        "Comment (required to overturn or to decide an escalation)",
    "确认无误": "Confirm",
    "予以纠正": "Overturn",
    "维持不予受理": "Uphold rejection",
    "责令受理": "Order acceptance",
    "{who}：{comment}": "{who}: {comment}",
    "承诺办结日 {day}": "promised date {day}",
    "{kind} · {no} · 提交于 {at}": "{kind} · {no} · submitted {at}",
    "统计": "Compute",
    "导出统计表(CSV)": "Export figures (CSV)",
    "导出数据批次": "Export data batch",
    "请按 2026-09-30 的格式输入统计期间的起止日期。":
        "Enter the period's first and last day like 2026-09-30.",
    "无数据": "No data",
    "选择导出统计表的文件夹": "Choose a folder for the figures",
    "导出完成": "Export finished",
    "已导出 {n} 个统计表到 {folder}": "Exported {n} table(s) to {folder}",
    "选择导出数据的文件夹": "Choose a folder for the data batch",
    "第 {n} 批数据（{rows} 行）已导出到 {folder}":
        "Batch {n} ({rows} rows) exported to {folder}",
    "案件全过程 {no}": "Case timeline {no}",
    "时间": "Time",
    "环节": "Step",
    "内容": "Details",
    "审计": "Audit",
    "关闭": "Close",
    "，{n} 项问题": ", {n} problem(s)",
    "，承诺办结日 {day}": ", promised date {day}",
    "，告知期限 {day}": ", notice due {day}",
    "{no}，{purpose}，{channel}": "{no}, {purpose}, {channel}",
    "第 {seq} 次，收到 {got}/{needed} 件材料":
        "visit {seq}, {got}/{needed} materials received",
    "{type} {no}，打印 {n} 次": "{type} {no}, printed {n}×",
    "第 {seq} 条 {action}（{actor}）": "entry {seq} {action} ({actor})",
    "系统": "system",
    # -- administrators --------------------------------------------------------------------
    "办公设置": "Office settings",
    "账户与窗口": "Accounts & windows",
    "日历": "Calendar",
    "账户": "Accounts",
    "窗口": "Window",
    "用户名": "User name",
    "姓名": "Name",
    "角色": "Role",
    "状态": "Status",
    "锁定至": "Locked until",
    "解除锁定": "Unlock",
    "新密码": "New password",
    "重置密码": "Reset password",
    "添加账户": "Add account",
    "联系电话": "Phone",
    "添加或修改窗口": "Add or rename a window",
    "保存窗口": "Save window",
    "启用": "Active",
    "已停用": "Deactivated",
    "停用账户": "Deactivate",
    "启用账户": "Reactivate",
    "已停用 {name}，该账户不能再登录；其案件和记录保留。":
        "{name} deactivated: the account can no longer sign in; its cases and records stay.",
    "已启用 {name}。": "{name} reactivated.",
    "已解除 {name} 的锁定。": "{name} unlocked.",
    "已重置 {name} 的密码，请当面告知本人。":
        "Password of {name} reset; tell it to them in person.",
    "已添加账户 {username}。": "Account {username} added.",
    "已保存窗口 {window_id}。": "Window {window_id} saved.",
    "工作日历调整": "Working-day calendar adjustments",
    "法定节假日和调休由系统日历提供。这里录入本中心的临时调整：闭厅日（不计入工作日）和加班办理日（计入工作日）。"
    "保存后，此后计算的所有期限都按调整后的日历（行政许可法第八十二条）。":
        "Statutory holidays and make-up workdays come with the program. Enter this hall's own "
        "changes here: closure days (not working days) and extra working days. Every deadline "
        "computed after saving uses the adjusted calendar (Administrative Licensing Law "
        "art. 82).",
    "日期": "Date",
    "星期": "Weekday",
    "调整为": "Becomes",
    "添加或修改调整": "Add or change a day",
    "当前日历": "Calendar now",
    "原因": "Reason",
    "如：停电闭厅、集中办理日": "e.g. power cut, hall closed; extra service day",
    "保存调整": "Save",
    "工作日（加班办理）": "Working day (extra)",
    "休息日（闭厅）": "Day off (hall closed)",
    "星期一": "Monday",
    "星期二": "Tuesday",
    "星期三": "Wednesday",
    "星期四": "Thursday",
    "星期五": "Friday",
    "星期六": "Saturday",
    "星期日": "Sunday",
    "{year} 年的节假日安排未知": "holiday schedule of {year} unknown",
    "{weekday}，{kind}": "{weekday}, {kind}",
    "工作日": "working day",
    "休息日": "day off",
    "已保存：{day} 调整为{kind}。": "Saved: {day} becomes {kind}.",
    "录入年度节假日安排…": "Enter a year's holidays…",
    "{year}年节假日安排尚未录入：相关期限暂按法定节假日计算（暂计）":
        "The {year} holiday schedule is not entered yet: deadlines in it count only the "
        "statutory holidays (provisional)",
    "已录入的年度节假日安排：{years}": "Holiday schedules entered: {years}",
    "、": ", ",
    "{year}年": "{year}",
    "已录入{year}年节假日安排，此后计算的期限按此安排。":
        "The {year} holiday schedule is entered; deadlines computed from now on follow it.",
    "录入年度节假日安排": "Enter a year's holidays",
    "把国务院办公厅关于某年部分节假日安排的通知全文粘贴到下面，点击“识别”（Ctrl+Enter）。"
    "核对下方日历无误后点击“确认录入”：此后计算的期限按通知中的放假和调休上班日计算。":
        "Paste the whole State Council notice on a year's holidays below and click \"Read\" "
        "(Ctrl+Enter). Check the calendar below, then click \"Enter\": deadlines computed "
        "from then on follow the notice's days off and make-up workdays.",
    "国务院办公厅关于YYYY年部分节假日安排的通知……":
        "国务院办公厅关于YYYY年部分节假日安排的通知… (the notice, in Chinese)",
    "识别": "Read",
    "确认录入": "Enter",
    "取消": "Cancel",
    "红色“休”：放假　蓝色“班”：调休上班　灰色：周末":
        "Red \"H\": holiday   Blue \"W\": make-up workday   Grey: weekend",
    "{month}月": "{month}",
    "放假": "holiday",
    "调休上班": "make-up workday",
    "{day} {weekday}：{kind}": "{day} {weekday}: {kind}",
    "不能录入：{reason}": "Cannot be entered: {reason}",
    "识别成功。确认后将替换此前录入的{year}年安排。":
        "Read. Entering it replaces the {year} schedule entered before.",
    "识别成功，请核对下方日历。": "Read; check the calendar below.",
    "无法识别：{message}": "Cannot read: {message}",
    "第{line}行：{message}": "Line {line}: {message}",
    "尚未识别": "Not read yet",
    "{year}年：放假 {off} 天，调休上班 {on} 天":
        "{year}: {off} days off, {on} make-up workdays",
    "休": "H",
    "班": "W",
    "本中心": "This hall",
    "中心名称": "Hall name",
    "文号简称": "Short name in numbers",
    "印章文字": "Seal text",
    "咨询电话": "Consultation phone",
    "投诉电话": "Complaint phone",
    "默认行政复议机关": "Default reconsideration body",
    "默认人民法院": "Default court",
    "无操作锁定（分钟）": "Lock after idle (minutes)",
    "用于文号，如“大政服”": "used in document numbers, e.g. 大政服",
    "事项目录未写明时，不予受理通知书使用此项":
        "printed on rejection notices when the item's guide names none",
    "文号格式": "Document number patterns",
    "可用字段：{office} 文号简称，{year} 年份，{seq} 序号（必填，如 {seq:04d} 补足4位）。":
        "Fields: {office} short name, {year} year, {seq} sequence number (required; "
        "{seq:04d} pads it to 4 digits).",
    "保存设置": "Save settings",
    "放弃修改": "Discard changes",
    "✗ 格式无效：须含 {seq}，只能用 {office}、{year}、{seq}":
        "✗ invalid: needs {seq}; only {office}, {year}, {seq} are allowed",
    "示例：{number}": "Example: {number}",
    "没有需要保存的修改。": "Nothing changed to save.",
    "设置未保存，请按提示修改。": "Settings not saved; correct them as the message says.",
    "已保存 {count} 项设置。新的文号格式从下一份文书起使用；锁定时间在下次登录时生效。":
        "{count} setting(s) saved. New number patterns apply from the next document; the "
        "lock time applies from the next sign-in.",
    # -- service-item guides (管理 → 事项指南) --------------------------------------------
    "事项指南": "Service guides",
    "按名称、编码或部门筛选": "Filter by name, code or department",
    "只看待完善": "Only guides to complete",
    "新建事项": "New item",
    "导入文件夹…": "Import folder…",
    "已发布版本": "Published versions",
    "基本信息": "Guide",
    "情形问题": "Intake questions",
    "申请材料": "Materials",
    "材料核对预览": "Checklist preview",
    "事项测试": "Item tests",
    "Enter 编辑或勾选 · Ins 在下方添加一行 · Del 删除当前行 · Tab 离开表格":
        "Enter edit or tick · Ins add a row below · Del remove the row · Tab leave the table",
    "受理时询问的情形问题；材料的“何时需要”引用问题编号。":
        "Questions asked at intake; a material's \"Required when\" names their ids.",
    "“何时需要”写作“问题编号: 答案”，多个答案用“、”，多个问题用“；”；留空表示始终需要。":
        "Write \"Required when\" as \"question id: answer\"; several answers with \"、\", several "
        "questions with \"；\"; empty means always required.",
    "事项测试（YAML，与 .tests.yaml 文件格式相同）。留空则运行随附的测试文件。"
    "发布前须全部通过。":
        "Item tests (YAML, as in a .tests.yaml file). Empty runs the tests shipped with the "
        "guide. All must pass before publishing.",
    "校验": "Validate",
    "运行测试": "Run tests",
    "导出YAML…": "Export YAML…",
    "发布为新版本": "Publish as a new version",
    "放弃未发布的修改": "Discard unpublished changes",
    "当前指南有未发布的修改。打开其他指南将放弃这些修改，是否继续？":
        "This guide has unpublished changes. Opening another guide discards them. Continue?",
    "（待完善）": " (to complete)",
    "{name}（{code}）· {version}版": "{name} ({code}) · version {version}",
    "已校验。": "Validated.",
    "已运行事项测试：{passed} 项通过，{failed} 项未通过。":
        "Item tests run: {passed} passed, {failed} failed.",
    "未完成，原因见上方提示。": "Not done; the reason is shown above.",
    "将 {code} 的指南发布为 {version} 版：自该日起登记的案件按新版本办理，"
    "此前登记的案件仍按原版本。是否发布？":
        "Publish the guide of {code} as version {version}? Cases registered from that day on "
        "follow the new version; cases registered before keep theirs.",
    "已发布 {code} 的 {version} 版（已记入审计日志）。":
        "Published version {version} of {code} (recorded in the audit log).",
    "导出事项指南": "Export guide",
    "事项指南 (*.yaml *.yml)": "Guides (*.yaml *.yml)",
    "已导出：{files}": "Exported: {files}",
    "导入事项指南文件夹": "Import a folder of guides",
    "已导入 {count} 个指南版本（已记入审计日志）。":
        "Imported {count} guide version(s) (recorded in the audit log).",
    "版本（生效日期）": "Version (effective date)",
    "事项名称": "Item name",
    "实施部门": "Department",
    "办理窗口": "Window",
    "事项类型": "Category",
    "办件类型": "Kind",
    "法定时限（工作日）": "Legal limit (working days)",
    "申请对象（用“、”分隔）": "Applicants (separated by \"、\")",
    "受理条件": "Conditions",
    "设定依据（每行一条）": "Legal basis (one per line)",
    "收费标准": "Fee",
    "承诺时限": "Promised limit",
    "依法需要申请办理（不勾选：所有申请均不予受理）":
        "An application is required by law (unticked: every application is rejected)",
    "受理规定、实施主体与电话": "Procedure, issuer and phones",
    "按事项类型的默认受理规定": "Default procedure of the category",
    "逾期未告知补正的，自收到材料之日起视为受理":
        "Not told in time counts as accepted from the day of receipt",
    "受理依据": "Procedural rule cited",
    "告知补正": "Notice of missing materials",
    "告知期限（工作日）": "Notice period (working days)",
    "实施主体": "Issuer",
    "监督电话": "Supervision phone",
    "承诺可替代的材料编号": "Materials the commitment replaces (ids)",
    "行政许可": "Administrative licence",
    "行政确认": "Administrative confirmation",
    "行政给付": "Administrative benefit",
    "行政裁决": "Administrative adjudication",
    "行政奖励": "Administrative reward",
    "行政征收": "Administrative levy",
    "其他行政权力": "Other administrative power",
    "公共服务": "Public service",
    "其他": "Other",
    "即办件": "Immediate",
    "承诺件": "Promised",
    "当场告知": "On the spot",
    "在告知期限内告知": "Within the notice period",
    "如：个人、单位": "e.g. 个人、单位",
    "材料编号，用“、”分隔": "material ids, separated by \"、\"",
    "留空：以办公设置中的本中心名义出具":
        "empty: issued in the name of this hall (office settings)",
    "待完善": "To complete",
    "情形问题（选择答案，查看所需材料）": "Intake questions (choose answers to see the materials)",
    "指南有问题，改正后显示预览。":
        "The guide has problems; the preview shows once they are fixed.",
    "材料核对 · {item}（{version}版）": "Materials check · {item} (version {version})",
    "事项指南待完善：本事项暂不能受理审查，请登记咨询或联系管理员完善指南。":
        "This item's guide is still to be completed: applications cannot be checked yet. "
        "Register a consultation, or ask an administrator to complete the guide.",
    "✗ 指南有 {count} 处问题（与 catalog validate 的提示相同），改正后才能发布：":
        "✗ The guide has {count} problem(s) (as `catalog validate` reports them); fix them "
        "before publishing:",
    "✓ 指南有效：{materials} 项材料，{questions} 个情形问题。":
        "✓ The guide is valid: {materials} material(s), {questions} intake question(s).",
    "尚无材料，发布后仍为“待完善”，窗口只能登记咨询。":
        " No materials yet: published, it stays \"to complete\" and windows can only register "
        "consultations.",
    "⚠ 证明材料没有写明设定依据（catalog lint）：{finding}":
        "⚠ Certificate without a legal basis (catalog lint): {finding}",
    "没有事项测试：在“事项测试”页填写，或随指南提供 .tests.yaml 文件。":
        "No item tests: write them on the \"Item tests\" tab, or ship a .tests.yaml file with "
        "the guide.",
    "✓ {name}": "✓ {name}",
    "✗ {failure}": "✗ {failure}",
    "事项测试：{passed} 项通过，{failed} 项未通过。":
        "Item tests: {passed} passed, {failed} failed.",
    "✗ 事项测试无法运行：{reason}": "✗ The item tests cannot run: {reason}",
    "事项测试未全部通过，不能发布或导入。":
        "Not every item test passes: nothing is published or imported.",
    "✗ {version} 版已经发布，已受理的案件按它办理，不能改写。请把“版本（生效日期）”"
    "改为新的日期后再发布。":
        "✗ Version {version} is published and cases received under it keep it: it cannot be "
        "rewritten. Set \"Version (effective date)\" to a new date and publish again.",
    "✗ 生效日期 {version} 早于今天（{today}）。新版本只能自今天或以后生效，"
    "请修改“版本（生效日期）”。":
        "✗ The effective date {version} is before today ({today}). A new version takes effect "
        "today or later: change \"Version (effective date)\".",
    "✗ 所选文件夹中没有事项指南文件（.yaml）。": "✗ The folder holds no guide files (.yaml).",
    "✗ 有 {count} 处问题，未作任何更改：": "✗ {count} problem(s); nothing was changed:",
    "✓ 已导入 {count} 个指南版本，事项测试全部通过：":
        "✓ Imported {count} guide version(s); every item test passes:",
    "问题编号 id": "Question id",
    "选项（用“、”分隔）": "Options (separated by \"、\")",
    "材料编号 id": "Material id",
    "材料名称": "Material",
    "份数": "Copies",
    "何时需要（问题: 答案）": "Required when (question: answer)",
    "有效期（天）": "Valid for (days)",
    "来源": "Source",
    "证明材料": "Certificate",
    "证明材料的设定依据": "Certificate's legal basis",
    "共享获取来源": "Fetched by data sharing from",
    "可容缺": "May follow later",
    "容缺补交期限（工作日）": "Due after (working days)",
    "在左侧选择事项按 Enter 打开（待完善的排在最前），或点击“新建事项”。":
        "Choose an item on the left and press Enter to open it (those to complete come "
        "first), or click \"New item\".",
    # -- lawful grounds of an upheld refusal; a revoked refusal ---------------------------
    "请选择维持不予受理的法定理由。": "Choose the lawful ground for upholding the refusal.",
    "选择“其他法定情形”时，须填写法律名称和具体条款。":
        "For \"Another lawful ground\", enter the law and the article.",
    "该事项不是行政许可，不能引用《行政许可法》；请填写该事项自身的法律依据。":
        "This item is not a licence: do not cite the Administrative Licensing Law; enter the "
        "item's own legal basis.",
    "不属于本机关职权范围的，须填写申请人应当向其申请的机关。":
        "Outside this authority's powers: enter the authority the applicant should apply to.",
    "找不到被纠正的不予受理通知书，无法出具撤销通知。":
        "The rejection notice being overturned is not in the log: no revocation notice can be "
        "issued.",
    "申请事项依法无需办理（不需要取得许可）": "Nothing to apply for by law (no permit needed)",
    "不属于本机关职权范围": "Outside this authority's powers",
    "申请人隐瞒有关情况或者提供虚假材料": "The applicant concealed facts or gave false materials",
    "其他法定情形（填写法律和条款）": "Another lawful ground (enter the law and article)",
    "维持不予受理的法定理由": "Lawful ground for upholding the refusal",
    "请选择法定理由": "Choose a lawful ground",
    "法律名称": "Law",
    "条款": "Article",
    "有权受理机关": "Competent authority",
    "法律依据": "Legal basis",
    "如：《婚姻登记条例》": "e.g. 《婚姻登记条例》 (Marriage Registration Regulations)",
    "如：第六条": "e.g. 第六条 (article 6)",
    "申请人应当向其申请的机关": "The authority the applicant should apply to",
    "（该事项的办事指南未写明受理规定，通知书不引用法律条款）":
        "(The item's guide names no procedural rule: the notice cites no article)",
    "法定理由": "Lawful ground",
    "撤销的不予受理通知书": "Revoked rejection notice",
    "撤销或维持不予受理时，本意见作为理由写入给申请人的通知书":
        "When a rejection is revoked or upheld, this comment is printed as the reasons on the "
        "notice to the applicant",
}

# Where a context needs other words for the same source text.
ENGLISH_IN_CONTEXT = {
    ("supervisor", "不予受理"): "Rejection",
    ("supervisor", "窗口否决报备"): "Escalated refusal",
    ("GuideTables", "问题"): "Question",
    ("CaseDialog", "转办"): "Refer",
}
