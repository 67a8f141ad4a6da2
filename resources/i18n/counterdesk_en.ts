<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AccountsPage</name>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="134" />
            <source>账户与窗口</source>
            <translation>Accounts &amp; windows</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="135" />
            <source>账户</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="136" />
            <source>窗口</source>
            <translation>Window</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="138" />
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="146" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="138" />
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="146" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="138" />
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="146" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="138" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="139" />
            <source>锁定至</source>
            <translation>Locked until</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="141" />
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="155" />
            <source>窗口编号</source>
            <translation>Window ID</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="141" />
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="155" />
            <source>窗口名称</source>
            <translation>Window name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="141" />
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="155" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="142" />
            <source>解除锁定</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="143" />
            <source>新密码</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="144" />
            <source>重置密码</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="145" />
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="153" />
            <source>添加账户</source>
            <translation>Add account</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="146" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="147" />
            <source>密码（至少8位）</source>
            <translation>Password (at least 8 characters)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="147" />
            <source>再次输入密码</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="154" />
            <source>添加或修改窗口</source>
            <translation>Add or rename a window</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="157" />
            <source>保存窗口</source>
            <translation>Save window</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="178" />
            <source>启用</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="178" />
            <source>已停用</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="198" />
            <source>停用账户</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="198" />
            <source>启用账户</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="222" />
            <source>已停用 {name}，该账户不能再登录；其案件和记录保留。</source>
            <translation>{name} deactivated: the account can no longer sign in; its cases and records stay.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="225" />
            <source>已启用 {name}。</source>
            <translation>{name} reactivated.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="233" />
            <source>已解除 {name} 的锁定。</source>
            <translation>{name} unlocked.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="242" />
            <source>已重置 {name} 的密码，请当面告知本人。</source>
            <translation>Password of {name} reset; tell it to them in person.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="274" />
            <source>已添加账户 {username}。</source>
            <translation>Account {username} added.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/accounts_page.py" line="281" />
            <source>已保存窗口 {window_id}。</source>
            <translation>Window {window_id} saved.</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="101" />
            <source>工作日历调整</source>
            <translation>Working-day calendar adjustments</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="106" />
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="111" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="106" />
            <source>星期</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="107" />
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="111" />
            <source>调整为</source>
            <translation>Becomes</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="110" />
            <source>添加或修改调整</source>
            <translation>Add or change a day</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="111" />
            <source>当前日历</source>
            <translation>Calendar now</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="107" />
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="112" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="103" />
            <source>法定节假日和调休按国务院安排计算。这里录入本中心的临时调整：闭厅日和加班办理日。闭厅不是法定节假日，不改变法定期限（告知期限、法定办结时限，行政许可法第八十二条）；勾选“顺延承诺办结日”时，只顺延此后计算的承诺办结日。</source>
            <translation>Statutory holidays and make-up workdays follow the State Council. Enter the hall's own changes here: closures and extra opening days. A closure is not a statutory holiday and never moves a statutory period (notice periods, legal limits; Licensing Law art. 82); with "Move promised dates" ticked it moves promised dates computed after it.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="108" />
            <source>顺延承诺办结日</source>
            <translation>Move promised dates</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="109" />
            <source>删除所选调整…</source>
            <translation>Delete the selected entry…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="116" />
            <source>如：停电闭厅、集中办理日</source>
            <translation>e.g. power cut, hall closed; extra service day</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="117" />
            <source>保存调整</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="118" />
            <source>录入年度节假日安排…</source>
            <translation>Enter a year's holidays…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="119" />
            <source>导入日历文件…</source>
            <translation>Import a calendar file…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="120" />
            <source>导入中心用“counterdesk workdays export-year”导出的年度节假日安排文件</source>
            <translation>Import a year's holiday schedule exported by the centre with "counterdesk workdays export-year"</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="130" />
            <source>
……等共 {count} 件</source>
            <translation>
… {count} in all</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="131" />
            <source>此后计算的承诺办结日将顺延；已出具的文书日期不变。</source>
            <translation>Promised dates computed from now on move; dates on documents already issued stay.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="132" />
            <source>未勾选顺延：这些案件的承诺办结日不变。</source>
            <translation>"Move promised dates" is not ticked: these cases keep their promised dates.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="134" />
            <source>闭厅日有案件到期</source>
            <translation>Cases are due on the closure day</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="135" />
            <source>{day} 是以下 {count} 件在办案件的承诺办结日：
{names}{more}

{effect}
仍要保存吗？</source>
            <translation>{day} is the promised date of these {count} open case(s):
{names}{more}

{effect}
Save anyway?</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="142" />
            <source>勾选了顺延：此后计算的承诺办结日跨过今天的，将不再把今天算作工作日。</source>
            <translation>"Move promised dates" is ticked: promised dates computed from now on that run across today no longer count today as a working day.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="143" />
            <source>未勾选顺延：承诺办结日的计算不受影响。</source>
            <translation>"Move promised dates" is not ticked: promised dates are computed as before.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="145" />
            <source>将今天设为闭厅日</source>
            <translation>Closing the hall today</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="146" />
            <source>今天（{day}）可能已有案件按工作日登记、受理或作出决定。保存后：
· 今天已作出的决定、已出具的文书和已告知申请人的承诺办结日都不改变；
· 承诺办结日从受理次日起算，今天受理的承诺件不受影响；今天受理的即办件，承诺办结日仍是今天；
· 告知期限、法定办结时限等法定期限不受闭厅影响；
· {effect}

仍要把今天设为闭厅日吗？</source>
            <translation>Cases may already have been registered, accepted or decided today ({day}) as on a working day. After saving:
· decisions made today, documents issued and promised dates given to applicants do not change;
· promised dates count from the day after acceptance, so promised items accepted today are not affected; immediate items accepted today are still due today;
· statutory periods (notice period, legal time limit) are not changed by a closure;
· {effect}

Close the hall today anyway?</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="165" />
            <source>导入日历文件</source>
            <translation>Import a calendar file</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="166" />
            <source>日历文件 (*.yaml *.yml)</source>
            <translation>Calendar files (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="175" />
            <source>已导入：{years}；{count} 件在办案件的承诺办结日已重算。</source>
            <translation>Imported: {years}; promised dates of {count} open case(s) were recomputed.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="182" />
            <source>请先在左侧列表中选择要删除的调整。</source>
            <translation>First select the entry to delete in the list.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="186" />
            <source>删除调整</source>
            <translation>Delete entry</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="187" />
            <source>删除 {day} 的调整，请填写原因（记入审计日志）：</source>
            <translation>Deleting the entry of {day}: give the reason (kept in the audit log):</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="194" />
            <source>已删除 {day} 的调整。</source>
            <translation>The entry of {day} was deleted.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="197" />
            <source>工作日（加班办理）</source>
            <translation>Working day (extra)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="197" />
            <source>休息日（闭厅）</source>
            <translation>Day off (hall closed)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="200" />
            <source>星期一</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="200" />
            <source>星期二</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="200" />
            <source>星期三</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="200" />
            <source>星期四</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="201" />
            <source>星期五</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="201" />
            <source>星期六</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="201" />
            <source>星期日</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="211" />
            <source>{year} 年的节假日安排未知</source>
            <translation>holiday schedule of {year} unknown</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="213" />
            <source>{weekday}，{kind}</source>
            <translation>{weekday}, {kind}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="215" />
            <source>工作日</source>
            <translation>working day</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="215" />
            <source>休息日</source>
            <translation>day off</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="218" />
            <source>；本中心：{kind}</source>
            <translation>; this hall: {kind}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="227" />
            <source>{year}年节假日安排尚未录入：相关期限暂按法定节假日计算（暂计）</source>
            <translation>The {year} holiday schedule is not entered yet: deadlines in it count only the statutory holidays (provisional)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="230" />
            <source>已录入的年度节假日安排：{years}</source>
            <translation>Holiday schedules entered: {years}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="231" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="231" />
            <source>{year}年</source>
            <translation>{year}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="246" />
            <source>已录入{year}年节假日安排，此后计算的期限按此安排；{count} 件在办案件的承诺办结日已按新安排重算，督查队列可见。</source>
            <translation>The {year} holiday schedule was entered; deadlines are computed with it from now on. Promised dates of {count} open case(s) were recomputed; supervisors see them in their queue.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="269" />
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/calendar_page.py" line="282" />
            <source>已保存：{day} 调整为{kind}。</source>
            <translation>Saved: {day} becomes {kind}.</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="129" />
            <source>案件详情</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="130" />
            <source>办理过程</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="131" />
            <source>文书（Enter 预览/补打）</source>
            <translation>Documents (Enter: preview/reprint)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="132" />
            <location filename="../../counterdesk/ui/case_dialog.py" line="183" />
            <source>申请人补正材料后再次提交</source>
            <translation>Return visit with supplements</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="133" />
            <source>转办（首问责任人不变）</source>
            <translation>Refer (the first-inquiry owner stays)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="134" />
            <source>转至窗口</source>
            <translation>To window</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="134" />
            <source>转至部门</source>
            <translation>To department</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="135" />
            <source>说明</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="137" />
            <source>转办</source>
            <translation>Refer</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="140" />
            <source>请申请人评价</source>
            <translation>Applicant rates</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="141" />
            <source>记录未评价</source>
            <translation>Record not rated</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="143" />
            <source>督查</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="144" />
            <source>办理期限：延长或暂停计算…</source>
            <translation>Time limit: extend or stop the clock…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="160" />
            <source>{kind}：{name}（{day} 前）</source>
            <translation>{kind}: {name} (by {day})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="181" />
            <source>督查责令受理：请受理（自原收件日 {day} 起算）</source>
            <translation>Supervisor ordered acceptance: please accept (counted from the original receipt date {day})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="192" />
            <source>本次服务已评价或已记录未评价</source>
            <translation>This service is rated (or recorded as not rated)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="196" />
            <source>取消失信标记</source>
            <translation>Clear the untrustworthy flag</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="197" />
            <source>标记申请人失信…</source>
            <translation>Flag the applicant as untrustworthy…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="217" />
            <source>标记申请人失信</source>
            <translation>Flag the applicant as untrustworthy</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="218" />
            <source>申请人“{name}”将不能适用容缺受理和告知承诺。请填写依据（如：承诺不实、逾期未补交且未说明理由）：</source>
            <translation>{name} will no longer be accepted on a pledge or a commitment. State the grounds (e.g. a commitment proved untrue, a material never came without reason):</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="139" />
            <source>好差评</source>
            <translation>Rating</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="142" />
            <source>关闭 (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="153" />
            <source>{tracking} · {name} · {item} · {status}</source>
            <translation>{tracking} · {name} · {item} · {status}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/case_dialog.py" line="171" />
            <source>{doc_type} {doc_no}（已打印{prints}次）</source>
            <translation>{doc_type} {doc_no} (printed {prints}×)</translation>
        </message>
    </context>
    <context>
        <name>CaseLogTableModel</name>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_model.py" line="35" />
            <source>受理编号</source>
            <translation>Tracking no.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_model.py" line="35" />
            <source>登记时间</source>
            <translation>Registered at</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_model.py" line="35" />
            <source>窗口</source>
            <translation>Window</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_model.py" line="36" />
            <source>首问责任人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_model.py" line="36" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_model.py" line="36" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_model.py" line="37" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_model.py" line="37" />
            <source>最近结果</source>
            <translation>Latest outcome</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_model.py" line="37" />
            <source>承诺办结日</source>
            <translation>Promised date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_model.py" line="103" />
            <source>已超过承诺办结日</source>
            <translation>Past the promised date</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPage</name>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="171" />
            <source>受理前审查</source>
            <translation>Preliminary check</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="163" />
            <source>申请事项依法需要取得行政许可（行政许可法第三十二条第一款第（一）项）</source>
            <translation>The application needs a licence by law (Administrative Licensing Law art. 32 ¶1 (1))</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="165" />
            <source>属于本机关职权范围（行政许可法第三十二条第一款第（二）项）</source>
            <translation>Within this authority's powers (Administrative Licensing Law art. 32 ¶1 (2))</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="167" />
            <source>申请事项依法需要办理本事项</source>
            <translation>The matter applied for is one this item handles by law</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="168" />
            <source>属于本机关职权范围</source>
            <translation>Within this authority's powers</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="173" />
            <source>应向何机关申请</source>
            <translation>Competent office</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="175" />
            <source>超出职权时必填</source>
            <translation>If outside our powers</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="176" />
            <source>不属本机关职权范围时必填</source>
            <translation>Required when outside this office's powers</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="177" />
            <source>收件日期</source>
            <translation>Date received</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="178" />
            <source>补录原因</source>
            <translation>Reason for an earlier date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="179" />
            <source>早于今天时必填</source>
            <translation>If before today</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="180" />
            <source>收件日期早于今天时必填，如：昨日收件今日录入</source>
            <translation>Required when the date received is before today, e.g. received yesterday, recorded today</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="181" />
            <source>收件并打印材料接收凭证</source>
            <translation>Receive and print the materials receipt</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="182" />
            <source>情形问题</source>
            <translation>Intake questions</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="183" />
            <source>全部收齐</source>
            <translation>All received</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="184" />
            <source>返回</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="275" />
            <source>材料核对</source>
            <translation>Materials check</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="277" />
            <source>材料核对 · {tracking} · {applicant} · {item}（{version}版）</source>
            <translation>Materials check · {tracking} · {applicant} · {item} (guide of {version})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="331" />
            <source>返回首问登记</source>
            <translation>Back to registration</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="332" />
            <source>本次材料核对已有记录（已保存为草稿）。确定离开核对、返回首问登记吗？</source>
            <translation>This materials check has entries (kept as a draft). Leave the check and go back to registration?</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="384" />
            <source>不属于本机关职权范围：请填写应向何机关申请。</source>
            <translation>Not within this authority's powers: enter the authority to apply to.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_page.py" line="390" />
            <source>请填写签发日期：{names}</source>
            <translation>Enter the issue date: {names}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPreview</name>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_preview.py" line="58" />
            <source>情形问题（选择答案，查看所需材料）</source>
            <translation>Intake questions (choose answers to see the materials)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_preview.py" line="65" />
            <source>材料核对预览</source>
            <translation>Checklist preview</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_preview.py" line="66" />
            <source>指南有问题，改正后显示预览。</source>
            <translation>The guide has problems; the preview shows once they are fixed.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_preview.py" line="69" />
            <source>材料核对 · {item}（{version}版）</source>
            <translation>Materials check · {item} (version {version})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_preview.py" line="72" />
            <source>事项指南待完善：本事项暂不能受理审查，请登记咨询或联系管理员完善指南。</source>
            <translation>This item's guide is still to be completed: applications cannot be checked yet. Register a consultation, or ask an administrator to complete the guide.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTableModel</name>
        <message>
            <location filename="../../counterdesk/ui/checklist_table_model.py" line="132" />
            <source>收到 · 材料名称</source>
            <translation>Received · material</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_table_model.py" line="133" />
            <source>形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_table_model.py" line="134" />
            <source>份数（实交/应交）</source>
            <translation>Copies (given/needed)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_table_model.py" line="135" />
            <source>签发日期</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_table_model.py" line="136" />
            <source>问题</source>
            <translation>Defects</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_table_model.py" line="174" />
            <source>{days}天内</source>
            <translation>within {days} days</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_table_model.py" line="177" />
            <source>待填写（{due}）</source>
            <translation>to fill in ({due})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/checklist_table_model.py" line="185" />
            <source>（已当场更正：{items}）</source>
            <translation> (corrected on the spot: {items})</translation>
        </message>
    </context>
    <context>
        <name>ClockDialog</name>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="36" />
            <source>听证</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="37" />
            <source>招标、拍卖</source>
            <translation>Tender or auction</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="38" />
            <source>检验、检测、检疫</source>
            <translation>Testing, inspection or quarantine</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="39" />
            <source>鉴定</source>
            <translation>Appraisal</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="40" />
            <source>专家评审</source>
            <translation>Expert review</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="46" />
            <source>请填写延长期限的理由，告知书将写明。</source>
            <translation>Write the reasons for the extension; the notice states them.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="47" />
            <source>请填写批准延期的本机关负责人。</source>
            <translation>Name the head of the body who approved the extension.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="48" />
            <source>延长的工作日数超出法定范围（可延长：{detail}）。</source>
            <translation>The extension is outside what the law allows (allowed: {detail}).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="50" />
            <source>办理期限已于 {detail} 届满，不能再延长或暂停；请按超期处理。</source>
            <translation>The time limit ended on {detail}; it can no longer be extended or stopped. Handle the case as overdue.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="52" />
            <source>暂停日期不能早于受理日期（{detail}）。</source>
            <translation>The clock cannot stop before the day of acceptance ({detail}).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="54" />
            <source>恢复计算的日期不能早于暂停开始日期。</source>
            <translation>The clock cannot restart before the day it stopped.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="56" />
            <source>与已记录的暂停期间（自 {detail} 起）重叠。</source>
            <translation>This overlaps the period already recorded (from {detail}).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="76" />
            <source>办理期限</source>
            <translation>Time limit</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="84" />
            <source> 个工作日</source>
            <translation> working days</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="86" />
            <source>本机关负责人姓名</source>
            <translation>Name of the head of the body</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="88" />
            <source>如：需要实地核查，20个工作日内不能作出决定</source>
            <translation>e.g. an on-site inspection is needed; no decision is possible within 20 working days</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="89" />
            <source>延长期限并出具告知书</source>
            <translation>Extend and issue the notice</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="91" />
            <source>延长办理期限（经负责人批准）</source>
            <translation>Extend the time limit (approved by the head)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="93" />
            <source>延长</source>
            <translation>Extend by</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="94" />
            <source>批准人</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="95" />
            <source>理由</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="108" />
            <source>如：申请人申请听证</source>
            <translation>e.g. the applicant asked for a hearing</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="109" />
            <source>暂停计算并出具告知书</source>
            <translation>Stop the clock and issue the notice</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="114" />
            <source>恢复计算</source>
            <translation>Restart the clock</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="116" />
            <source>除外时间（听证、检验检测、鉴定、专家评审等，不计入期限）</source>
            <translation>Time not counted (hearing, testing, appraisal, expert review…)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="118" />
            <source>事由类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="119" />
            <source>暂停开始日期</source>
            <translation>First day not counted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="120" />
            <source>预计完成日期</source>
            <translation>Expected to end on</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="121" />
            <source>说明</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="124" />
            <source>最后一个不计入的日期</source>
            <translation>Last day not counted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="147" />
            <source>只有已受理、有承诺办结日期的案件可以延长或暂停期限。</source>
            <translation>Only an accepted case with a promised date can be extended or stopped.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="152" />
            <source>办理期限暂停计算中（自 {day} 起），恢复计算后重新得出办结日期。</source>
            <translation>The clock is stopped (since {day}); the due date is computed again when it restarts.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="156" />
            <source>原承诺办结日期 {base}；已延长 {ext} 个工作日，不计入期限 {paused} 个工作日；现办结日期 {due}。</source>
            <translation>Originally promised for {base}; extended by {ext} working days, {paused} working days not counted; now due {due}.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="161" />
            <source>延长 {days} 个工作日（{approver} 批准：{reasons}）</source>
            <translation>Extended by {days} working days (approved by {approver}: {reasons})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="165" />
            <source>{kind}：{start} 至 {end}</source>
            <translation>{kind}: {start} to {end}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/clock_dialog.py" line="193" />
            <source>无法记录</source>
            <translation>Cannot record this</translation>
        </message>
    </context>
    <context>
        <name>CompletionDialog</name>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="115" />
            <source>即办件当场办结</source>
            <translation>Complete the immediate item now</translation>
        </message>
    </context>
    <context>
        <name>CompletionForm</name>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="57" />
            <source>办结</source>
            <translation>Completion</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="58" />
            <source>办理结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="58" />
            <source>决定文书文号</source>
            <translation>Decision document number</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="59" />
            <source>决定文书日期</source>
            <translation>Decision document date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="59" />
            <source>送达方式</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="60" />
            <source>邮寄地址</source>
            <translation>Postal address</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="60" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="62" />
            <source>准予或不予时必填</source>
            <translation>Required when granted or refused</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="63" />
            <source>办理结果说明，如：已发证</source>
            <translation>Result note, e.g. certificate issued</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/completion_form.py" line="64" />
            <source>确认办结</source>
            <translation>Complete</translation>
        </message>
    </context>
    <context>
        <name>ConsultationPanel</name>
        <message>
            <location filename="../../counterdesk/ui/outcome_panels.py" line="43" />
            <source>答复要点（结束时记入案件）</source>
            <translation>Answer given (recorded in the case when closing)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/outcome_panels.py" line="44" />
            <source>打印办事指南告知单</source>
            <translation>Print guide sheet</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/outcome_panels.py" line="45" />
            <source>答复完毕，结束</source>
            <translation>Answered, close</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="92" />
            <source>受理决定</source>
            <translation>Decision on receipt</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="93" />
            <source>作出决定并出具文书</source>
            <translation>Decide and issue the document</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="94" />
            <source>窗口无否决权：以其他理由不能受理的，填写理由后按 Enter（或 Ctrl+E）报备督查决定。</source>
            <translation>The window has no veto: to refuse on any other ground, type the reason and press Enter (or Ctrl+E) to refer it to a supervisor.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="96" />
            <source>否决报备理由</source>
            <translation>Reason for escalation</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="97" />
            <source>窗口否决报备</source>
            <translation>Escalate refusal</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="98" />
            <source>容缺受理（签署承诺书）</source>
            <translation>Accept on a pledge (applicant signs)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="99" />
            <source>告知承诺受理（签署承诺书）</source>
            <translation>Accept on a commitment (applicant signs)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="111" />
            <source>请先回答情形问题并核对材料。</source>
            <translation>Answer the intake questions and check the materials first.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="116" />
            <source>预计结果：{outcome}</source>
            <translation>Expected outcome: {outcome}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="121" />
            <source>承诺最迟于 {day}（含）办结</source>
            <translation>Promised completion by {day} (inclusive)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="125" />
            <source>未在告知期限（{day}）内告知补正，依法视为自收件之日起受理</source>
            <translation>Not told within the notice period ({day}): deemed accepted from the day of receipt</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="129" />
            <source>本机关最迟于 {day}（含）告知；共 {count} 个问题</source>
            <translation>The office must notify by {day} (inclusive); {count} problem(s)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="135" />
            <source>（暂计：该年度节假日安排尚未公布，按法定节假日计算）</source>
            <translation>(Provisional: that year's holiday schedule is not published; statutory holidays only)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="154" />
            <source>可容缺受理：{names} 于 {day}（含）前补交</source>
            <translation>Can be accepted on a pledge: {names} to be brought by {day}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="157" />
            <source>可告知承诺受理：{names} 以承诺代替，{day} 前核查</source>
            <translation>Can be accepted on a commitment replacing {names}; verified by {day}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/decision_panel.py" line="161" />
            <source>申请人已被督查标记为失信，不适用容缺受理和告知承诺，请按一次性告知办理。</source>
            <translation>A supervisor flagged this applicant as untrustworthy: no pledge or commitment; issue the one-time notice.</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreviewDialog</name>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="236" />
            <source>文书预览 — {doc_type}</source>
            <translation>Document preview — {doc_type}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="237" />
            <source>{doc_type} {doc_no}（已记录在案，可打印或另存）</source>
            <translation>{doc_type} {doc_no} (recorded in the log; print or save it)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="240" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="242" />
            <source>直接送默认打印机：{name}</source>
            <translation>Prints straight to the default printer: {name}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="243" />
            <source>未设默认打印机：打印时选择打印机（可在“设置”中选定）</source>
            <translation>No default printer: you choose the printer when printing (set one under “Settings”)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="244" />
            <source>选择打印机…</source>
            <translation>Choose printer…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="245" />
            <source>A4 纸</source>
            <translation>A4 paper</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="246" />
            <source>80mm 热敏小票</source>
            <translation>80 mm thermal slip</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="247" />
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="321" />
            <source>另存为PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="248" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="266" />
            <source>正在打印到 {name}……</source>
            <translation>Printing to {name}…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="278" />
            <source>打印机</source>
            <translation>printer</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="278" />
            <source>正在打印……</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="306" />
            <source>已送打印机。</source>
            <translation>Sent to the printer.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="315" />
            <source>打印失败：{message}。文书已在案，可稍后补打。</source>
            <translation>Printing failed: {message}. The document is in the log; reprint it later.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="322" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/document_preview_dialog.py" line="327" />
            <source>已保存：{path}</source>
            <translation>Saved: {path}</translation>
        </message>
    </context>
    <context>
        <name>DonePanel</name>
        <message>
            <location filename="../../counterdesk/ui/outcome_panels.py" line="97" />
            <source>文书预览/打印</source>
            <translation>Preview/print document</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/outcome_panels.py" line="98" />
            <source>材料接收凭证</source>
            <translation>Materials receipt</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/outcome_panels.py" line="99" />
            <source>即办件当场办结</source>
            <translation>Complete the immediate item now</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/outcome_panels.py" line="100" />
            <source>承诺书</source>
            <translation>Pledge letter</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/outcome_panels.py" line="101" />
            <source>下一位申请人</source>
            <translation>Next applicant</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="60" />
            <source>首次使用：创建管理员</source>
            <translation>First start: create the administrator</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="61" />
            <source>数据库中还没有任何账户。请创建第一个管理员账户和第一个窗口；程序没有内置默认密码。</source>
            <translation>The database has no accounts yet. Create the first administrator account and the first window; the program has no built-in default password.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="63" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="63" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="63" />
            <source>密码（至少8位）</source>
            <translation>Password (at least 8 characters)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="64" />
            <source>再次输入密码</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="64" />
            <source>窗口编号</source>
            <translation>Window ID</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="64" />
            <source>窗口名称</source>
            <translation>Window name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="65" />
            <source>本中心名称</source>
            <translation>Name of this hall</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="66" />
            <source>如：微山县政务服务中心（打印在文书上）</source>
            <translation>e.g. 微山县政务服务中心 (printed on documents)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="67" />
            <source>本中心为实施机关（行政审批局），以自己的名义作出决定</source>
            <translation>This hall is an issuing authority (行政审批局) and decides in its own name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="77" />
            <source>请填写本中心名称</source>
            <translation>Enter the name of this hall</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/first_admin_dialog.py" line="78" />
            <source>本中心名称打印在每份文书的收件地点上（事项由本中心决定时也作为出具机关），请先填写。</source>
            <translation>The hall's name is printed on every document as the place of receipt (and as the issuing authority where the hall decides). Enter it first.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="48" />
            <source>差评回访</source>
            <translation>Bad-rating follow-up call</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="49" />
            <source>回访人</source>
            <translation>Followed up by</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="50" />
            <source>回访日期</source>
            <translation>Follow-up date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="51" />
            <source>回访情况</source>
            <translation>What was said</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="52" />
            <source>申请人反映了什么，如何答复</source>
            <translation>What the applicant raised and how it was answered</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="54" />
            <source>差评整改</source>
            <translation>Bad-rating rectification</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="55" />
            <source>整改措施</source>
            <translation>What was changed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="56" />
            <source>针对差评改进了什么</source>
            <translation>What was improved because of the bad rating</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="58" />
            <source>差评申诉复核</source>
            <translation>Bad-rating appeal review</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="59" />
            <source>申诉内容</source>
            <translation>Appeal</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="60" />
            <source>复核结论</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="61" />
            <source>复核理由</source>
            <translation>Reason for the verdict</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/follow_up_dialog.py" line="62" />
            <source>申请人或窗口提出的申诉理由</source>
            <translation>The grounds of the appeal, from the applicant or the window</translation>
        </message>
    </context>
    <context>
        <name>GuideEditorPage</name>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="121" />
            <source>在左侧选择事项按 Enter 打开（待完善的排在最前），或点击“新建事项”。</source>
            <translation>Choose an item on the left and press Enter to open it (those to complete come first), or click "New item".</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="181" />
            <source>事项指南</source>
            <translation>Service guides</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="182" />
            <source>按名称、编码或部门筛选</source>
            <translation>Filter by name, code or department</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="183" />
            <source>只看待完善</source>
            <translation>Only guides to complete</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="184" />
            <source>新建事项</source>
            <translation>New item</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="185" />
            <source>导入文件夹…</source>
            <translation>Import folder…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="186" />
            <source>已发布版本</source>
            <translation>Published versions</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="187" />
            <source>基本信息</source>
            <translation>Guide</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="187" />
            <source>情形问题</source>
            <translation>Intake questions</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="187" />
            <source>申请材料</source>
            <translation>Materials</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="188" />
            <source>材料核对预览</source>
            <translation>Checklist preview</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="188" />
            <source>事项测试</source>
            <translation>Item tests</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="190" />
            <source>Enter 编辑或勾选 · Ins 在下方添加一行 · Del 删除当前行 · Tab 离开表格</source>
            <translation>Enter edit or tick · Ins add a row below · Del remove the row · Tab leave the table</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="191" />
            <source>受理时询问的情形问题；材料的“何时需要”引用问题编号。</source>
            <translation>Questions asked at intake; a material's "Required when" names their ids.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="193" />
            <source>“何时需要”写作“问题编号: 答案”，多个答案用“、”，多个问题用“；”；留空表示始终需要。</source>
            <translation>Write "Required when" as "question id: answer"; several answers with "、", several questions with "；"; empty means always required.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="195" />
            <source>事项测试（YAML，与 .tests.yaml 文件格式相同）。留空则运行随附的测试文件。发布前须全部通过。</source>
            <translation>Item tests (YAML, as in a .tests.yaml file). Empty runs the tests shipped with the guide. All must pass before publishing.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="197" />
            <source>校验</source>
            <translation>Validate</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="198" />
            <source>运行测试</source>
            <translation>Run tests</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="199" />
            <source>导出YAML…</source>
            <translation>Export YAML…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="200" />
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="342" />
            <source>发布为新版本</source>
            <translation>Publish as a new version</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="236" />
            <source>放弃未发布的修改</source>
            <translation>Discard unpublished changes</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="237" />
            <source>当前指南有未发布的修改。打开其他指南将放弃这些修改，是否继续？</source>
            <translation>This guide has unpublished changes. Opening another guide discards them. Continue?</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="275" />
            <source>（待完善）</source>
            <translation> (to complete)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="307" />
            <source>新事项</source>
            <translation>new item</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="308" />
            <source>未命名</source>
            <translation>Unnamed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="309" />
            <source>{name}（{code}）· {version}版</source>
            <translation>{name} ({code}) · version {version}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="314" />
            <source>已校验。</source>
            <translation>Validated.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="322" />
            <source>已运行事项测试：{passed} 项通过，{failed} 项未通过。</source>
            <translation>Item tests run: {passed} passed, {failed} failed.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="333" />
            <source>未完成，原因见上方提示。</source>
            <translation>Not done; the reason is shown above.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="343" />
            <source>将 {code} 的指南发布为 {version} 版：自该日起登记的案件按新版本办理，此前登记的案件仍按原版本。是否发布？</source>
            <translation>Publish the guide of {code} as version {version}? Cases registered from that day on follow the new version; cases registered before keep theirs.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="360" />
            <source>已发布 {code} 的 {version} 版（已记入审计日志）。</source>
            <translation>Published version {version} of {code} (recorded in the audit log).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="367" />
            <source>导出事项指南</source>
            <translation>Export guide</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="367" />
            <source>事项指南 (*.yaml *.yml)</source>
            <translation>Guides (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="373" />
            <source>已导出：{files}</source>
            <translation>Exported: {files}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="377" />
            <source>导入事项指南文件夹</source>
            <translation>Import a folder of guides</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_editor_page.py" line="387" />
            <source>已导入 {count} 个指南版本（已记入审计日志）。</source>
            <translation>Imported {count} guide version(s) (recorded in the audit log).</translation>
        </message>
    </context>
    <context>
        <name>GuideForm</name>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="138" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="139" />
            <source>事项编码</source>
            <translation>Item code</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="139" />
            <source>版本（生效日期）</source>
            <translation>Version (effective date)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="139" />
            <source>事项名称</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="140" />
            <source>实施部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="140" />
            <source>办理窗口</source>
            <translation>Window</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="140" />
            <source>事项类型</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="141" />
            <source>办件类型</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="142" />
            <source>法定时限（工作日）</source>
            <translation>Legal limit (working days)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="142" />
            <source>申请对象（用“、”分隔）</source>
            <translation>Applicants (separated by "、")</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="143" />
            <source>受理条件</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="143" />
            <source>设定依据（每行一条）</source>
            <translation>Legal basis (one per line)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="143" />
            <source>收费标准</source>
            <translation>Fee</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="145" />
            <source>承诺时限</source>
            <translation>Promised limit</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="146" />
            <source>依法需要申请办理（不勾选：所有申请均不予受理）</source>
            <translation>An application is required by law (unticked: every application is rejected)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="147" />
            <source>受理规定、实施主体与电话</source>
            <translation>Procedure, issuer and phones</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="148" />
            <source>按事项类型的默认受理规定</source>
            <translation>Default procedure of the category</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="149" />
            <source>逾期未告知补正的，自收到材料之日起视为受理</source>
            <translation>Not told in time counts as accepted from the day of receipt</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="150" />
            <source>告知承诺制（可凭承诺书替代部分材料）</source>
            <translation>Commitment: a signed letter may replace some materials</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="152" />
            <source>受理依据</source>
            <translation>Procedural rule cited</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="152" />
            <source>告知补正</source>
            <translation>Notice of missing materials</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="152" />
            <source>告知期限（工作日）</source>
            <translation>Notice period (working days)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="153" />
            <source>实施主体</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="153" />
            <source>印章文字</source>
            <translation>Seal text</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="153" />
            <source>行政复议机关</source>
            <translation>Reconsideration body</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="153" />
            <source>人民法院</source>
            <translation>Court</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="154" />
            <source>咨询电话</source>
            <translation>Consultation phone</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="154" />
            <source>投诉电话</source>
            <translation>Complaint phone</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="154" />
            <source>监督电话</source>
            <translation>Supervision phone</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="155" />
            <source>承诺可替代的材料编号</source>
            <translation>Materials the commitment replaces (ids)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="156" />
            <source>行政许可</source>
            <translation>Administrative licence</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="156" />
            <source>行政确认</source>
            <translation>Administrative confirmation</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="156" />
            <source>行政给付</source>
            <translation>Administrative benefit</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="157" />
            <source>行政裁决</source>
            <translation>Administrative adjudication</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="157" />
            <source>行政奖励</source>
            <translation>Administrative reward</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="157" />
            <source>行政征收</source>
            <translation>Administrative levy</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="158" />
            <source>其他行政权力</source>
            <translation>Other administrative power</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="158" />
            <source>公共服务</source>
            <translation>Public service</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="158" />
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="161" />
            <source>即办件</source>
            <translation>Immediate</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="162" />
            <source>承诺件</source>
            <translation>Promised</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="163" />
            <source>当场告知</source>
            <translation>On the spot</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="164" />
            <source>在告知期限内告知</source>
            <translation>Within the notice period</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="165" />
            <source>如：个人、单位</source>
            <translation>e.g. 个人、单位</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="166" />
            <source>材料编号，用“、”分隔</source>
            <translation>material ids, separated by "、"</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_form.py" line="167" />
            <source>留空：以办公设置中的本中心名义出具</source>
            <translation>empty: issued in the name of this hall (office settings)</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_list.py" line="52" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_list.py" line="52" />
            <source>事项名称</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_list.py" line="53" />
            <source>事项编码</source>
            <translation>Item code</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_list.py" line="61" />
            <source>待完善</source>
            <translation>To complete</translation>
        </message>
    </context>
    <context>
        <name>GuideMessages</name>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="33" />
            <source>✗ 指南有 {count} 处问题（与 catalog validate 的提示相同），改正后才能发布：</source>
            <translation>✗ The guide has {count} problem(s) (as `catalog validate` reports them); fix them before publishing:</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="38" />
            <source>✓ 指南有效：{materials} 项材料，{questions} 个情形问题。</source>
            <translation>✓ The guide is valid: {materials} material(s), {questions} intake question(s).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="41" />
            <source>尚无材料，发布后仍为“待完善”，窗口只能登记咨询。</source>
            <translation> No materials yet: published, it stays "to complete" and windows can only register consultations.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="42" />
            <source>⚠ 证明材料没有写明设定依据（catalog lint）：{finding}</source>
            <translation>⚠ Certificate without a legal basis (catalog lint): {finding}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="47" />
            <source>没有事项测试：在“事项测试”页填写，或随指南提供 .tests.yaml 文件。</source>
            <translation>No item tests: write them on the "Item tests" tab, or ship a .tests.yaml file with the guide.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="50" />
            <source>✓ {name}</source>
            <translation>✓ {name}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="51" />
            <source>✗ {failure}</source>
            <translation>✗ {failure}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="52" />
            <source>事项测试：{passed} 项通过，{failed} 项未通过。</source>
            <translation>Item tests: {passed} passed, {failed} failed.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="57" />
            <source>✗ 事项测试无法运行：{reason}</source>
            <translation>✗ The item tests cannot run: {reason}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="62" />
            <source>事项测试未全部通过，不能发布或导入。</source>
            <translation>Not every item test passes: nothing is published or imported.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="64" />
            <source>✗ {version} 版已经发布，已受理的案件按它办理，不能改写。请把“版本（生效日期）”改为新的日期后再发布。</source>
            <translation>✗ Version {version} is published and cases received under it keep it: it cannot be rewritten. Set "Version (effective date)" to a new date and publish again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="68" />
            <source>✗ 生效日期 {version} 早于今天（{today}）。新版本只能自今天或以后生效，请修改“版本（生效日期）”。</source>
            <translation>✗ The effective date {version} is before today ({today}). A new version takes effect today or later: change "Version (effective date)".</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="72" />
            <source>✗ 所选文件夹中没有事项指南文件（.yaml）。</source>
            <translation>✗ The folder holds no guide files (.yaml).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="74" />
            <source>✗ 有 {count} 处问题，未作任何更改：</source>
            <translation>✗ {count} problem(s); nothing was changed:</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_messages.py" line="79" />
            <source>✓ 已导入 {count} 个指南版本，事项测试全部通过：</source>
            <translation>✓ Imported {count} guide version(s); every item test passes:</translation>
        </message>
    </context>
    <context>
        <name>GuideTables</name>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="211" />
            <source>问题编号 id</source>
            <translation>Question id</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="211" />
            <source>问题</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="212" />
            <source>选项（用“、”分隔）</source>
            <translation>Options (separated by "、")</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="228" />
            <source>材料编号 id</source>
            <translation>Material id</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="228" />
            <source>材料名称</source>
            <translation>Material</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="229" />
            <source>形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="229" />
            <source>份数</source>
            <translation>Copies</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="230" />
            <source>何时需要（问题: 答案）</source>
            <translation>Required when (question: answer)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="231" />
            <source>有效期（天）</source>
            <translation>Valid for (days)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="231" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="232" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="232" />
            <source>证明材料</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="233" />
            <source>证明材料的设定依据</source>
            <translation>Certificate's legal basis</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="234" />
            <source>共享获取来源</source>
            <translation>Fetched by data sharing from</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="234" />
            <source>可容缺</source>
            <translation>May follow later</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/guide_tables.py" line="235" />
            <source>容缺补交期限（工作日）</source>
            <translation>Due after (working days)</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <location filename="../../counterdesk/ui/idle_lock.py" line="195" />
            <source>受理台已锁定</source>
            <translation>Desk locked</translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="173" />
            <source>已登记 {tracking}（{purpose}）· {name}</source>
            <translation>Registered {tracking} ({purpose}) · {name}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="177" />
            <source>事项指南待完善：本事项暂不能受理审查，请登记咨询或联系管理员完善指南。</source>
            <translation>This item's guide is still to be completed: applications cannot be checked yet. Register a consultation, or ask an administrator to complete the guide.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="193" />
            <source>· {name}：{day} 前</source>
            <translation>· {name}: by {day}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="196" />
            <source>确认容缺受理</source>
            <translation>Confirm acceptance on a pledge</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="197" />
            <source>申请人“{name}”将签署容缺受理承诺书，承诺在期限内补交：
{lines}
确定受理并出具受理通知书和承诺书吗？</source>
            <translation>{name} will sign a pledge to bring these by their dates:
{lines}
Accept and issue the acceptance receipt and the pledge letter?</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="199" />
            <source>确认告知承诺受理</source>
            <translation>Confirm acceptance on a commitment</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="200" />
            <source>申请人“{name}”将签署告知承诺书，以承诺代替下列材料（期限内核查）：
{lines}
确定受理并出具受理通知书和承诺书吗？</source>
            <translation>{name} will sign a commitment replacing these materials (verified by the dates):
{lines}
Accept and issue the acceptance receipt and the commitment letter?</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="211" />
            <source>确认不予受理</source>
            <translation>Confirm rejection</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="212" />
            <source>将对申请人“{name}”出具编号的不予受理通知书。
理由：{ground}
确定出具吗？</source>
            <translation>A numbered rejection notice will be issued to "{name}".
Ground: {ground}
Issue it?</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="226" />
            <source>{tracking}：{outcome}，已出具{doc_type} {doc_no}</source>
            <translation>{tracking}: {outcome}; issued {doc_type} {doc_no}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="230" />
            <source>未在依法告知期限内告知补正，依该事项的受理规定视为自收到材料之日起受理。</source>
            <translation>Not told within the notice period: under this item's rule the application counts as accepted from the day the materials were received.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="233" />
            <source>承诺最迟于 {day}（含）办结</source>
            <translation>Promised completion by {day} (inclusive)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="236" />
            <source>已出具承诺书 {doc_no}：请申请人签字后存档 (F8)</source>
            <translation>Letter {doc_no} issued: have the applicant sign it and file it (F8)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="242" />
            <location filename="../../counterdesk/ui/intake_page.py" line="261" />
            <source>即办件：可当场办结 (F7)</source>
            <translation>Immediate item: can be completed now (F7)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="263" />
            <source>已当场办结。</source>
            <translation>Completed on the spot.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="279" />
            <source>{tracking}：已收件（{day}），已出具材料接收凭证 {doc_no}</source>
            <translation>{tracking}: materials received ({day}); materials receipt {doc_no} issued</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="299" />
            <source>确认窗口否决报备</source>
            <translation>Confirm escalation</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="300" />
            <source>将对申请人“{name}”（{tracking}）作窗口否决报备，交督查决定。
理由：{reason}
确定报备吗？</source>
            <translation>The refusal of "{name}" ({tracking}) will be escalated to a supervisor.
Reason: {reason}
Escalate?</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="317" />
            <source>{tracking}：已窗口否决报备，等待督查决定。理由：{reason}</source>
            <translation>{tracking}: refusal escalated, awaiting a supervisor's decision. Reason: {reason}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/intake_page.py" line="321" />
            <source>已出具材料接收凭证 {doc_no}：最迟于 {day} 书面答复申请人</source>
            <translation>Materials receipt {doc_no} issued: the applicant is answered in writing by {day}</translation>
        </message>
    </context>
    <context>
        <name>ItemSearch</name>
        <message>
            <location filename="../../counterdesk/ui/item_search.py" line="54" />
            <source>输入事项名称、编码、部门或拼音首字母（如 bdcdj）</source>
            <translation>Type item name, code, department or pinyin initials (e.g. bdcdj)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/item_search.py" line="76" />
            <source>没有找到与“{query}”相符的事项。请检查拼写，或改用事项名称中的字词、事项编码、部门名称或拼音首字母。</source>
            <translation>No service item matches “{query}”. Check the spelling, or try words from the item's name, its code, the department or the pinyin initials.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/item_search.py" line="115" />
            <source>按 Enter 选择：{name}（{code}）</source>
            <translation>Press Enter to choose: {name} ({code})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/item_search.py" line="118" />
            <source>尚未选择事项</source>
            <translation>No item chosen yet</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/item_search.py" line="120" />
            <source>已选：{name}（{code}，{kind}）</source>
            <translation>Chosen: {name} ({code}, {kind})</translation>
        </message>
    </context>
    <context>
        <name>LogBrowserPage</name>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="114" />
            <source>查找</source>
            <translation>Find</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="116" />
            <source>姓名、身份证号（或后4位）、电话、受理编号或文号，边输边查</source>
            <translation>Name, ID number (or its last 4), phone, tracking or document number; results as you type</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="117" />
            <source>登记日期自</source>
            <translation>Registered from</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="118" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="119" />
            <source>首问责任人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="119" />
            <source>窗口</source>
            <translation>Window</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="120" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="120" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="121" />
            <source>结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="121" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="123" />
            <source>仅显示超期案件</source>
            <translation>Overdue cases only</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="124" />
            <source>查询</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="128" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="157" />
            <source>日期格式不对</source>
            <translation>Wrong date format</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="158" />
            <source>请按 2026-09-30 的格式输入日期：{text}</source>
            <translation>Enter dates like 2026-09-30: {text}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/log_page.py" line="189" />
            <source>共 {n} 件</source>
            <translation>{n} case(s)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../counterdesk/ui/login_dialog.py" line="52" />
            <source>登录 — CounterDesk 窗口受理台</source>
            <translation>Sign in — CounterDesk intake desk</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/login_dialog.py" line="53" />
            <source>窗口受理台 登录</source>
            <translation>Intake desk sign-in</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/login_dialog.py" line="54" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/login_dialog.py" line="54" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/login_dialog.py" line="54" />
            <source>窗口</source>
            <translation>Window</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/login_dialog.py" line="56" />
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/login_dialog.py" line="57" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="109" />
            <source>CounterDesk 窗口受理台 — {name} @ {window}</source>
            <translation>CounterDesk intake desk — {name} @ {window}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="111" />
            <source>首问登记 (Ctrl+1)</source>
            <translation>Registration (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="112" />
            <source>我的案件 (Ctrl+2)</source>
            <translation>My cases (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="113" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="114" />
            <source>当前：{name}（{role}） · 窗口 {window_id} {window}</source>
            <translation>Signed in: {name} ({role}) · window {window_id} {window}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="117" />
            <source>退出登录/切换用户</source>
            <translation>Log out / switch user</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="134" />
            <source>节假日安排尚未录入</source>
            <translation>Holiday schedule not entered</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="135" />
            <source>{year}年的节假日安排尚未录入。期限延伸到{year}年的事项照常办理，日期暂按法定节假日计算并标注“暂计”。国务院公布通知后，请管理员在“日历”页点击“录入年度节假日安排…”，粘贴通知全文。</source>
            <translation>The {year} holiday schedule has not been entered. Cases with deadlines in {year} are handled as usual; their dates are computed from the statutory holidays and marked provisional. Once the State Council publishes its notice, an administrator pastes it on the Calendar tab ("Enter a year's holidays…").</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="139" />
            <source>{year}年节假日安排尚未录入：相关日期为暂计</source>
            <translation>{year} holiday schedule not entered: those dates are provisional</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="150" />
            <source>请先在“我的案件”中选中要评价的案件，或在登记受理后再按 F9。</source>
            <translation>First select the case to rate in "My cases", or press F9 after the decision at intake.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="181" />
            <source>恢复未完成的登记</source>
            <translation>Resume unfinished registration</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/main_window.py" line="182" />
            <source>发现 {at} 保存的未完成登记。是否恢复？选择“否”将丢弃该草稿。</source>
            <translation>An unfinished registration saved at {at} was found. Resume it? "No" discards the draft.</translation>
        </message>
    </context>
    <context>
        <name>MaterialEditor</name>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="108" />
            <source>收到</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="108" />
            <source>实交份数</source>
            <translation>Copies handed in</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="108" />
            <source>签发日期</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="111" />
            <source>已收到 (空格)</source>
            <translation>Received (Space)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="112" />
            <source>材料问题：</source>
            <translation>Defects:</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="113" />
            <source>具体问题</source>
            <translation>Exactly what</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="114" />
            <source>如：第3页缺少申请人签字（打印在一次性告知书上）</source>
            <translation>e.g. page 3 lacks the applicant's signature (printed on the one-time notice)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="115" />
            <source>当场更正（申请人在场已更正，不再算作问题）：</source>
            <translation>Corrected on the spot (by the applicant present; no longer a problem):</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="120" />
            <source>当场更正：{defect}</source>
            <translation>Corrected on the spot: {defect}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="149" />
            <source>选中一项材料后在此记录</source>
            <translation>Select a material to record it here</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="160" />
            <source>须在{days}天内签发</source>
            <translation>must be issued within {days} days</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="161" />
            <source>本材料无有效期要求</source>
            <translation>no age limit for this material</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="205" />
            <source>继续输入，格式 2026-09-30</source>
            <translation>Keep typing, format 2026-09-30</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/material_editor.py" line="207" />
            <source>日期无效，请按 2026-09-30 的格式输入真实日期</source>
            <translation>Invalid date: enter a real date in the format 2026-09-30</translation>
        </message>
    </context>
    <context>
        <name>MyCasesPage</name>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="159" />
            <source>我的案件（首问跟踪）</source>
            <translation>My cases (first-inquiry tracking)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="161" />
            <source>查找：姓名、身份证号（或后4位）、电话、受理编号或文号</source>
            <translation>Find: name, ID number (or its last 4), phone, tracking or document number</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="162" />
            <source>红色：已超期 · 黄色：今日到期</source>
            <translation>Red: overdue · Yellow: due today</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="164" />
            <source>受理编号</source>
            <translation>Tracking no.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="164" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="164" />
            <source>事项编码</source>
            <translation>Item code</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="164" />
            <source>事项名称</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="165" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="165" />
            <source>下一期限</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="165" />
            <source>期限类型</source>
            <translation>Deadline type</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="166" />
            <source>打开案件</source>
            <translation>Open case</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="167" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="181" />
            <source>共 {n} 件</source>
            <translation>{n} case(s)</translation>
        </message>
    </context>
    <context>
        <name>MyCasesTableModel</name>
        <message>
            <location filename="../../counterdesk/ui/my_cases_page.py" line="98" />
            <source>待申请人补正</source>
            <translation>Awaiting the applicant's supplements</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="219" />
            <source>录入年度节假日安排</source>
            <translation>Enter a year's holidays</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="221" />
            <source>把国务院办公厅关于某年部分节假日安排的通知全文粘贴到下面，点击“识别”（Ctrl+Enter）。核对下方日历无误后点击“确认录入”：此后计算的期限按通知中的放假和调休上班日计算。</source>
            <translation>Paste the whole State Council notice on a year's holidays below and click "Read" (Ctrl+Enter). Check the calendar below, then click "Enter": deadlines computed from then on follow the notice's days off and make-up workdays.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="224" />
            <source>国务院办公厅关于YYYY年部分节假日安排的通知……</source>
            <translation>国务院办公厅关于YYYY年部分节假日安排的通知… (the notice, in Chinese)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="225" />
            <source>识别</source>
            <translation>Read</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="226" />
            <source>确认录入</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="227" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="228" />
            <source>红色“休”：放假　蓝色“班”：调休上班　灰色：周末</source>
            <translation>Red "H": holiday   Blue "W": make-up workday   Grey: weekend</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="232" />
            <source>{month}月</source>
            <translation>{month}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="235" />
            <source>星期一</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="235" />
            <source>星期二</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="235" />
            <source>星期三</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="235" />
            <source>星期四</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="236" />
            <source>星期五</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="236" />
            <source>星期六</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="236" />
            <source>星期日</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="238" />
            <source>放假</source>
            <translation>holiday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="240" />
            <source>调休上班</source>
            <translation>make-up workday</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="242" />
            <source>休息日</source>
            <translation>day off</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="242" />
            <source>工作日</source>
            <translation>working day</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="243" />
            <source>{day} {weekday}：{kind}</source>
            <translation>{day} {weekday}: {kind}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="271" />
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="302" />
            <source>不能录入：{reason}</source>
            <translation>Cannot be entered: {reason}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="274" />
            <source>识别成功。确认后将替换此前录入的{year}年安排。</source>
            <translation>Read. Entering it replaces the {year} schedule entered before.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="277" />
            <source>识别成功，请核对下方日历。</source>
            <translation>Read; check the calendar below.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="282" />
            <source>无法识别：{message}</source>
            <translation>Cannot read: {message}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="283" />
            <source>第{line}行：{message}</source>
            <translation>Line {line}: {message}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="317" />
            <source>尚未识别</source>
            <translation>Not read yet</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="319" />
            <source>{year}年：放假 {off} 天，调休上班 {on} 天</source>
            <translation>{year}: {off} days off, {on} make-up workdays</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="321" />
            <source>休</source>
            <translation>H</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/notice_dialog.py" line="321" />
            <source>班</source>
            <translation>W</translation>
        </message>
    </context>
    <context>
        <name>OfficeSettingsPage</name>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="109" />
            <source>办公设置</source>
            <translation>Office settings</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="110" />
            <source>本中心</source>
            <translation>This hall</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="111" />
            <source>中心名称</source>
            <translation>Hall name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="111" />
            <source>文号简称</source>
            <translation>Short name in numbers</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="111" />
            <source>印章文字</source>
            <translation>Seal text</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="112" />
            <source>咨询电话</source>
            <translation>Consultation phone</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="112" />
            <source>投诉电话</source>
            <translation>Complaint phone</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="112" />
            <source>默认行政复议机关</source>
            <translation>Default reconsideration body</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="113" />
            <source>默认人民法院</source>
            <translation>Default court</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="113" />
            <source>无操作锁定（分钟）</source>
            <translation>Lock after idle (minutes)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="117" />
            <source>本中心为实施机关（行政审批局）：未写明实施机关的事项以本中心名义出具</source>
            <translation>This hall is an issuing authority (行政审批局): items naming no issuer are issued in its name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="118" />
            <source>在文书上打印经办人本人电话</source>
            <translation>Print the clerk's own phone number on documents</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="120" />
            <source>复制到数据目录以外的备份必须加密</source>
            <translation>Backups copied out of the data folder must be encrypted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="121" />
            <source>个人信息保留年限</source>
            <translation>Keep personal data (years)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="122" />
            <source>差评回访期限（工作日）</source>
            <translation>Bad-rating follow-up (working days)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="124" />
            <source>差评须在评价后该工作日数内回访（各省规定不同，如3、5或15个工作日）</source>
            <translation>A bad rating is followed up within this many working days of the rating (provinces differ: e.g. 3, 5 or 15 working days)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="126" />
            <source>留空为不设期限；设定后，办结超过该年限的案件可匿名化个人信息</source>
            <translation>Empty: no limit. When set, personal data of cases finished longer ago can be anonymised</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="127" />
            <source>用于文号，如“大政服”</source>
            <translation>used in document numbers, e.g. 大政服</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="129" />
            <location filename="../../counterdesk/ui/admin/office_page.py" line="130" />
            <source>事项目录未写明时，不予受理通知书使用此项</source>
            <translation>printed on rejection notices when the item's guide names none</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="131" />
            <source>文号格式</source>
            <translation>Document number patterns</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="132" />
            <source>可用字段：{office} 文号简称，{year} 年份（必填），{seq} 序号（必填，不编虚位）。</source>
            <translation>Fields: {office} short name, {year} year (required), {seq} number (required, no leading zeros).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="177" />
            <source>✗ 格式无效：须含 {year} 和 {seq}，只能用 {office}、{year}、{seq}</source>
            <translation>✗ Invalid: must contain {year} and {seq}; only {office}, {year}, {seq} allowed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="137" />
            <source>保存设置</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="138" />
            <source>放弃修改</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="183" />
            <source>示例：{number}</source>
            <translation>Example: {number}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="193" />
            <source>没有需要保存的修改。</source>
            <translation>Nothing changed to save.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="197" />
            <source>设置未保存，请按提示修改。</source>
            <translation>Settings not saved; correct them as the message says.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/office_page.py" line="199" />
            <source>已保存 {count} 项设置。新的文号格式从下一份文书起使用；锁定时间在下次登录时生效。</source>
            <translation>{count} setting(s) saved. New number patterns apply from the next document; the lock time applies from the next sign-in.</translation>
        </message>
    </context>
    <context>
        <name>RatingScreen</name>
        <message>
            <location filename="../../counterdesk/ui/rating_screen.py" line="128" />
            <source>请您评价</source>
            <translation>Please rate our service</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/rating_screen.py" line="129" />
            <source>请您对本次服务作出评价（按数字键或点击）</source>
            <translation>Please rate this service (press a number key or tap)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/rating_screen.py" line="133" />
            <source>很抱歉！请告诉我们哪里做得不好（可多选，也可不选）</source>
            <translation>We are sorry! Tell us what went wrong (choose any, or none)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/rating_screen.py" line="137" />
            <source>提交评价 (Enter)</source>
            <translation>Submit rating (Enter)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/rating_screen.py" line="138" />
            <source>感谢您的评价！</source>
            <translation>Thank you for your rating!</translation>
        </message>
    </context>
    <context>
        <name>RegistrationPage</name>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="182" />
            <source>首问登记</source>
            <translation>First-inquiry registration</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="183" />
            <source>来访</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="184" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="185" />
            <source>办理事项</source>
            <translation>Service item</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="186" />
            <source>来访目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="186" />
            <source>渠道</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="187" />
            <source>排队号（可选）</source>
            <translation>Queue ticket (optional)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="188" />
            <source>申请人类型</source>
            <translation>Applicant type</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="188" />
            <location filename="../../counterdesk/ui/registration_page.py" line="200" />
            <source>证件类型</source>
            <translation>ID type</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="189" />
            <location filename="../../counterdesk/ui/registration_page.py" line="201" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="190" />
            <source>联系人</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="198" />
            <source>代理人</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="199" />
            <source>由代理人办理（需提交授权委托书）</source>
            <translation>Applying through an agent (letter of authorisation required)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="200" />
            <source>代理人姓名</source>
            <translation>Agent's name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="202" />
            <source>与申请人关系</source>
            <translation>Relation to the applicant</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="205" />
            <source>登记</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="206" />
            <source>Enter 下一项 · Tab 移动 · F3 搜索事项 · ↑↓ 选择事项，Enter 确定 · Ctrl+Enter 登记</source>
            <translation>Enter next field · Tab move · F3 search items · ↑↓ choose item, Enter confirm · Ctrl+Enter register</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="215" />
            <source>外国人永久居留身份证</source>
            <translation>Foreign permanent resident ID card</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="216" />
            <source>港澳台居民居住证</source>
            <translation>Residence permit (Hong Kong, Macau, Taiwan residents)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="223" />
            <source>位数不对（护照号码应为5至17位）</source>
            <translation>wrong length (a passport number has 5 to 17 characters)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="225" />
            <source>含有不允许的字符（护照号码只能是字母和数字）</source>
            <translation>contains characters not allowed (a passport number has letters and digits only)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="227" />
            <source>开头不对（外国人永久居留身份证号码以9开头）</source>
            <translation>wrong start (a foreign permanent resident ID number starts with 9)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="229" />
            <source>开头不对（港澳台居民居住证号码以810000、820000或830000开头）</source>
            <translation>wrong start (a residence permit number starts with 810000, 820000 or 830000)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="231" />
            <source>国籍代码不对（第4至6位应为外国的国家代码）</source>
            <translation>wrong nationality code (digits 4 to 6 must be a foreign country's code)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="233" />
            <source>受理地代码不存在（第2至3位应为省级行政区代码）</source>
            <translation>unknown issuing place (digits 2 and 3 must be a province-level code)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="254" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="254" />
            <source>单位名称</source>
            <translation>Organization name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="201" />
            <location filename="../../counterdesk/ui/registration_page.py" line="256" />
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="256" />
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="272" />
            <source>✓ 号码有效</source>
            <translation>✓ number valid</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="275" />
            <source>✗ {reason}</source>
            <translation>✗ {reason}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="290" />
            <source>证件类型已按号码改为“{kind}”</source>
            <translation>ID type changed to "{kind}" to match the number</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="319" />
            <source>{name}（受理编号 {tracking_no}）</source>
            <translation>{name} (tracking number {tracking_no})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="322" />
            <source>证件号码已登记在其他姓名下</source>
            <translation>ID number on file under another name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="323" />
            <source>证件号码 {number} 以前登记的申请人是：
{others}
本次填写的是“{name}”。请核对证件和姓名。确认无误吗？选择“是”继续登记，选择“否”返回修改。</source>
            <translation>ID number {number} was registered before for:
{others}
This time the name is "{name}". Check the document and the name. Is it correct? "Yes" goes on registering, "No" goes back to correct it.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="354" />
            <source>代理人证件号码未通过校验</source>
            <translation>The agent's ID number fails its check</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="355" />
            <source>证件号码未通过校验</source>
            <translation>ID number fails its check</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/registration_page.py" line="356" />
            <source>证件号码 {number} {reason}。
请再次核对证件原件。号码与证件一致吗？选择“是”按此号码登记，选择“否”返回修改。</source>
            <translation>ID number {number}: {reason}.
Check the original document again. Does the number match the document? "Yes" registers this number, "No" goes back to correct it.</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePage</name>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="90" />
            <source>全部类型</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="164" />
            <source>显示</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="165" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="167" />
            <source>类型</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="167" />
            <source>受理编号</source>
            <translation>Tracking no.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="167" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="167" />
            <source>首问责任人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="168" />
            <source>案件状态</source>
            <translation>Case status</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="168" />
            <source>期限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="168" />
            <source>说明</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="169" />
            <source>Enter 或双击打开案件</source>
            <translation>Enter or double-click opens the case</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="170" />
            <source>处理意见（纠正和报备决定必须填写）</source>
            <translation>Comment (required to overturn or to decide an escalation)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="172" />
            <source>撤销或维持不予受理时，本意见作为理由写入给申请人的通知书</source>
            <translation>When a rejection is revoked or upheld, this comment is printed as the reasons on the notice to the applicant</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="173" />
            <source>确认无误</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="174" />
            <source>予以纠正</source>
            <translation>Overturn</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="175" />
            <source>维持不予受理</source>
            <translation>Uphold rejection</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="176" />
            <source>责令受理</source>
            <translation>Order acceptance</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="177" />
            <source>回访…</source>
            <translation>Follow-up call…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="178" />
            <source>整改…</source>
            <translation>Rectification…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="179" />
            <source>申诉复核…</source>
            <translation>Appeal review…</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="180" />
            <source>维持不予受理的法定理由</source>
            <translation>Lawful ground for upholding the refusal</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="181" />
            <source>请选择法定理由</source>
            <translation>Choose a lawful ground</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="184" />
            <source>理由</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="184" />
            <source>法律名称</source>
            <translation>Law</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="184" />
            <source>条款</source>
            <translation>Article</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="184" />
            <source>有权受理机关</source>
            <translation>Competent authority</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="185" />
            <source>法律依据</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="188" />
            <source>如：《婚姻登记条例》</source>
            <translation>e.g. 《婚姻登记条例》 (Marriage Registration Regulations)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="189" />
            <source>如：第六条</source>
            <translation>e.g. 第六条 (article 6)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="190" />
            <source>申请人应当向其申请的机关</source>
            <translation>The authority the applicant should apply to</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="225" />
            <source>督查队列中没有待处理的事项：不予受理、窗口否决报备、差评和超期案件出现时会列在这里。</source>
            <translation>Nothing to review: refusals, window refusals referred for review, bad ratings and overdue cases are listed here when they arise.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="227" />
            <source>没有符合所选条件的督查记录。</source>
            <translation>No review items match the chosen filter.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="236" />
            <source>{day} 前答复</source>
            <translation>answer by {day}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="238" />
            <source>{day} 前回访</source>
            <translation>follow up by {day}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="241" />
            <source>{deadline}（已超期）</source>
            <translation>{deadline} (overdue)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="246" />
            <source>{who}：{comment}</source>
            <translation>{who}: {comment}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="251" />
            <source>承诺办结日 {day}</source>
            <translation>promised date {day}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="255" />
            <source>{kind}：{name}，{day} 到期</source>
            <translation>{kind}: {name}, due {day}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="260" />
            <source>回访 {n} 次</source>
            <translation>{n} follow-up call(s)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="261" />
            <source>整改 {n} 项</source>
            <translation>{n} rectification(s)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="263" />
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="408" />
            <source>申诉复核：{verdict}</source>
            <translation>Appeal review: {verdict}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="290" />
            <source>{kind} · {no} · 提交于 {at}</source>
            <translation>{kind} · {no} · submitted {at}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="318" />
            <source>（该事项的办事指南未写明受理规定，通知书不引用法律条款）</source>
            <translation>(The item's guide names no procedural rule: the notice cites no article)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="352" />
            <source>{done}：{kind} {no}（{name}）</source>
            <translation>{done}: {kind} {no} ({name})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="359" />
            <source>已确认无误</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="364" />
            <source>已予以纠正</source>
            <translation>Overturned</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="368" />
            <source>已维持不予受理并出具不予受理通知书</source>
            <translation>Refusal upheld and the refusal notice issued</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="368" />
            <source>已责令受理</source>
            <translation>Acceptance ordered</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="403" />
            <source>已记录回访</source>
            <translation>Follow-up call recorded</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/review_page.py" line="405" />
            <source>已记录整改</source>
            <translation>Rectification recorded</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="93" />
            <source>（不设默认：每次打印时选择）</source>
            <translation>(no default: choose the printer each time)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="97" />
            <source>{name}（本机未找到）</source>
            <translation>{name} (not found on this PC)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="102" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="103" />
            <source>以下设置只属于当前账户（{name}），不影响在本机登录的其他人。</source>
            <translation>These settings belong to your account ({name}) only; they change nothing for anyone else who signs in on this PC.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="105" />
            <source>界面语言</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="105" />
            <source>A4 打印机</source>
            <translation>A4 printer</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="105" />
            <source>80mm 小票打印机</source>
            <translation>80 mm slip printer</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="111" />
            <source>界面语言在下次登录时生效（可按 Ctrl+Shift+L 退出登录后重新登录）。</source>
            <translation>The interface language takes effect at your next log-in (press Ctrl+Shift+L to log out, then sign in again).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="112" />
            <source>未找到打印机：本机没有可用的打印机，打印时仍可另存为PDF。</source>
            <translation>No printer found: this PC has no printer available. Documents can still be saved as PDF.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="114" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="127" />
            <source>未保存：{reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="128" />
            <source>打印机名称无法识别，请重新选择打印机</source>
            <translation>the printer name cannot be used; choose the printer again</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="129" />
            <source>不支持该界面语言</source>
            <translation>this interface language is not supported</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="136" />
            <source>没有改动。</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="138" />
            <source>已保存。界面语言在下次登录时生效，打印机设置立即生效。</source>
            <translation>Saved. The interface language takes effect at your next log-in; the printers at once.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/settings_page.py" line="140" />
            <source>已保存，立即生效。</source>
            <translation>Saved; in effect at once.</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="101" />
            <source>登记日期自</source>
            <translation>Registered from</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="102" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="103" />
            <source>统计</source>
            <translation>Compute</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="104" />
            <source>导出统计表(CSV)</source>
            <translation>Export figures (CSV)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="105" />
            <source>导出数据批次</source>
            <translation>Export data batch</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="112" />
            <source>日期格式不对</source>
            <translation>Wrong date format</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="113" />
            <source>请按 2026-09-30 的格式输入统计期间的起止日期。</source>
            <translation>Enter the period's first and last day like 2026-09-30.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="141" />
            <source>无数据</source>
            <translation>No data</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="247" />
            <source>选择导出统计表的文件夹</source>
            <translation>Choose a folder for the figures</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="254" />
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="269" />
            <source>导出完成</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="255" />
            <source>已导出 {n} 个统计表到 {folder}</source>
            <translation>Exported {n} table(s) to {folder}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="260" />
            <source>选择导出数据的文件夹</source>
            <translation>Choose a folder for the data batch</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="265" />
            <source>无需导出</source>
            <translation>Nothing to export</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="266" />
            <source>自第 {n} 批以来数据没有变化，未生成新的批次。</source>
            <translation>Nothing changed since batch {n}; no new batch was made.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/stats_page.py" line="270" />
            <source>第 {n} 批数据（{rows} 行）已导出到 {folder}</source>
            <translation>Batch {n} ({rows} rows) exported to {folder}</translation>
        </message>
    </context>
    <context>
        <name>TimelineDialog</name>
        <message>
            <location filename="../../counterdesk/ui/supervisor/timeline_dialog.py" line="52" />
            <source>案件全过程 {no}</source>
            <translation>Case timeline {no}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/timeline_dialog.py" line="54" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/timeline_dialog.py" line="54" />
            <source>环节</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/timeline_dialog.py" line="54" />
            <source>内容</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/timeline_dialog.py" line="75" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../counterdesk/ui/idle_lock.py" line="61" />
            <source>受理台已锁定</source>
            <translation>Desk locked</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/idle_lock.py" line="62" />
            <source>受理台因长时间无操作已锁定。请 {name} 输入密码解锁。</source>
            <translation>The desk locked after a period without activity. {name}, enter your password to unlock it.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/idle_lock.py" line="64" />
            <source>解锁</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/idle_lock.py" line="65" />
            <source>切换用户</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/idle_lock.py" line="66" />
            <source>退出 {name} 的登录（未完成的登记保存为其草稿），由其他工作人员登录</source>
            <translation>Log {name} out (an unfinished registration is kept as their draft) so that another clerk can sign in</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/idle_lock.py" line="91" />
            <source>该账户已被管理员停用，不能解锁。请联系管理员。</source>
            <translation>An administrator has deactivated this account; it cannot unlock the desk. Contact an administrator.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/idle_lock.py" line="92" />
            <source>密码不正确，请重新输入。</source>
            <translation>Wrong password; try again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/idle_lock.py" line="95" />
            <source>必须输入密码才能解锁。</source>
            <translation>Enter the password to unlock.</translation>
        </message>
    </context>
    <context>
        <name>admin</name>
        <message>
            <location filename="../../counterdesk/ui/admin/__init__.py" line="21" />
            <source>办公设置</source>
            <translation>Office settings</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/__init__.py" line="22" />
            <source>账户与窗口</source>
            <translation>Accounts &amp; windows</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/__init__.py" line="23" />
            <source>日历</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/admin/__init__.py" line="24" />
            <source>事项指南</source>
            <translation>Service guides</translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="26" />
            <source>已填写的内容都保留在表单中，没有丢失。</source>
            <translation>Everything you typed is still in the form; nothing is lost.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="39" />
            <source>账户已锁定</source>
            <translation>Account locked</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="41" />
            <location filename="../../counterdesk/ui/operations.py" line="55" />
            <location filename="../../counterdesk/ui/operations.py" line="79" />
            <location filename="../../counterdesk/ui/operations.py" line="87" />
            <source>无法继续</source>
            <translation>Cannot continue</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="44" />
            <source>无法录入年度节假日安排</source>
            <translation>Cannot enter the holiday schedule</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="45" />
            <source>日历文件或安排无法使用：{reason}</source>
            <translation>The calendar file or schedule cannot be used: {reason}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="47" />
            <source>行政复议机关</source>
            <translation>Reconsideration body</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="48" />
            <source>人民法院</source>
            <translation>Court</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="49" />
            <source>不予受理通知书无法出具</source>
            <translation>The rejection notice cannot be issued</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="50" />
            <source>事项 {code} 的办事指南缺少“{field}”（目录字段 {key}），通知书必须告知申请复议和诉讼的途径。请管理员在事项目录或办公设置中补充后再作决定。本次未记录任何决定。</source>
            <translation>The guide of item {code} lacks "{field}" (catalog field {key}); the notice must name where to apply for reconsideration and where to sue. Ask an administrator to add it to the catalog or the office settings, then decide again. No decision was recorded.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="57" />
            <source>工作日历缺少年份</source>
            <translation>Year missing from the working-day calendar</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="58" />
            <source>工作日历没有 {year} 年的法定节假日安排，无法计算期限。请管理员在国务院公布 {year} 年安排后更新 chinesecalendar，或在 data/calendar.yaml 的 years: 下录入 {year} 年的节假日和调休。</source>
            <translation>The working-day calendar has no statutory holidays for {year}, so deadlines cannot be computed. Ask an administrator to update chinesecalendar once the State Council publishes the {year} schedule, or to enter the {year} holidays and make-up workdays under years: in data/calendar.yaml.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="63" />
            <source>磁盘已满</source>
            <translation>Disk full</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="64" />
            <source>磁盘空间已满，本次操作没有保存。请清理磁盘空间后再次点击保存。</source>
            <translation>The disk is full; this action was not saved. Free some disk space, then save again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="67" />
            <source>数据库忙</source>
            <translation>Database busy</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="68" />
            <source>数据库正被其他程序占用，本次操作没有保存。请稍等片刻后再试。</source>
            <translation>Another program is using the database; this action was not saved. Wait a moment, then try again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="71" />
            <source>数据库错误</source>
            <translation>Database error</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="73" />
            <source>事项不可用</source>
            <translation>Item not available</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="74" />
            <source>该事项在目录中没有现行有效的办事指南（{detail}）。请选择其他事项或请管理员更新事项目录。</source>
            <translation>The catalog has no guide in force for this item ({detail}). Choose another item or ask an administrator to update the catalog.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="77" />
            <source>材料记录不完整</source>
            <translation>Materials record incomplete</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="80" />
            <source>案件当前状态为“{current}”，不能变为“{target}”。</source>
            <translation>The case is "{current}" and cannot become "{target}".</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="83" />
            <source>设置未保存</source>
            <translation>Settings not saved</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="84" />
            <source>设置没有保存：{detail}
请按提示修改后再保存。</source>
            <translation>The settings were not saved: {detail}
Correct them as the message says, then save again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="89" />
            <source>文件无法写入</source>
            <translation>File cannot be written</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="90" />
            <source>文件无法写入（{detail}）。请选择其他位置或检查磁盘空间。</source>
            <translation>The file cannot be written ({detail}). Choose another place or check the free disk space.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="168" />
            <source>密码不一致</source>
            <translation>Passwords differ</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/operations.py" line="169" />
            <source>两次输入的密码不一致，请重新输入。</source>
            <translation>The two passwords differ; type them again.</translation>
        </message>
    </context>
    <context>
        <name>supervisor</name>
        <message>
            <location filename="../../counterdesk/ui/supervisor/__init__.py" line="23" />
            <source>督查队列</source>
            <translation>Review queue</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/__init__.py" line="24" />
            <source>案件日志</source>
            <translation>Case log</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/__init__.py" line="25" />
            <source>统计分析</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="21" />
            <source>不予受理</source>
            <translation>Rejection</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="22" />
            <source>窗口否决报备</source>
            <translation>Escalated refusal</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="23" />
            <source>差评</source>
            <translation>Bad rating</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="24" />
            <source>超期未办结</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="25" />
            <source>告知超过5个工作日</source>
            <translation>Notice after 5 working days</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="26" />
            <source>二次告知新增问题</source>
            <translation>Second notice adds problems</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="27" />
            <source>节假日安排公布后承诺日期变动</source>
            <translation>Promised date moved by the published holidays</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="28" />
            <source>容缺或承诺到期</source>
            <translation>Pledge due</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="32" />
            <source>待处理</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="33" />
            <source>已确认</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="34" />
            <source>已纠正</source>
            <translation>Overturned</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="38" />
            <source>每日受理量</source>
            <translation>Daily intake</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="39" />
            <source>各事项办件量</source>
            <translation>Cases per item</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="40" />
            <source>各工作人员办件量</source>
            <translation>Cases per clerk</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="41" />
            <source>各窗口办件量</source>
            <translation>Cases per window</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="42" />
            <source>受理结果</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="43" />
            <source>合格率与时效</source>
            <translation>Pass rate and timeliness</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="44" />
            <source>好差评分布</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="45" />
            <source>服务方式</source>
            <translation>Channels</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="49" />
            <source>申请材料一次性合格率</source>
            <translation>First-time pass rate</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="50" />
            <source>按时办结率</source>
            <translation>On-time completion rate</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="51" />
            <source>差评回访率</source>
            <translation>Bad ratings followed up</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="52" />
            <source>平均受理用时（小时）</source>
            <translation>Mean handling time (hours)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="53" />
            <source>90%受理用时（小时）</source>
            <translation>90th percentile handling time (hours)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="57" />
            <source>请填写处理意见后再提交。</source>
            <translation>Write a comment before submitting.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="58" />
            <source>该事项已由他人处理，请刷新列表。</source>
            <translation>Someone else has handled this; refresh the list.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="59" />
            <source>窗口否决报备须选择“维持不予受理”或“责令受理”。</source>
            <translation>An escalated refusal needs "Uphold rejection" or "Order acceptance".</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="61" />
            <source>只有窗口否决报备可以这样处理。</source>
            <translation>Only an escalated refusal can be decided this way.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="62" />
            <source>找不到该督查事项，请刷新列表。</source>
            <translation>This review item was not found; refresh the list.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="63" />
            <source>请选择维持不予受理的法定理由。</source>
            <translation>Choose the lawful ground for upholding the refusal.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="64" />
            <source>选择“其他法定情形”时，须填写法律名称和具体条款。</source>
            <translation>For "Another lawful ground", enter the law and the article.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="66" />
            <source>该事项不是行政许可，不能引用《行政许可法》；请填写该事项自身的法律依据。</source>
            <translation>This item is not a licence: do not cite the Administrative Licensing Law; enter the item's own legal basis.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="69" />
            <source>不属于本机关职权范围的，须填写申请人应当向其申请的机关。</source>
            <translation>Outside this authority's powers: enter the authority the applicant should apply to.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="71" />
            <source>找不到被纠正的不予受理通知书，无法出具撤销通知。</source>
            <translation>The rejection notice being overturned is not in the log: no revocation notice can be issued.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="73" />
            <source>差评不能直接纠正：申请人申诉的，请用“申诉复核”作出决定。</source>
            <translation>A bad rating cannot be overturned directly: if the applicant appeals, decide it with "Appeal review".</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="81" />
            <source>申请事项依法无需办理（不需要取得许可）</source>
            <translation>Nothing to apply for by law (no permit needed)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="82" />
            <source>不属于本机关职权范围</source>
            <translation>Outside this authority's powers</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="83" />
            <source>申请人隐瞒有关情况或者提供虚假材料</source>
            <translation>The applicant concealed facts or gave false materials</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="84" />
            <source>其他法定情形（填写法律和条款）</source>
            <translation>Another lawful ground (enter the law and article)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="92" />
            <source>无法处理</source>
            <translation>Cannot decide</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/supervisor/texts.py" line="94" />
            <source>无法完成</source>
            <translation>Cannot finish</translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="36" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="40" />
            <source>：</source>
            <translation>: </translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="44" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="50" />
            <source>审计</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="52" />
            <source>其他记录</source>
            <translation>Other entry</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="57" />
            <source>首问登记</source>
            <translation>First-inquiry registration</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="58" />
            <source>选定办理事项</source>
            <translation>Item chosen</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="59" />
            <source>作出受理决定</source>
            <translation>Decision made</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="60" />
            <location filename="../../counterdesk/ui/timeline_words.py" line="117" />
            <source>文书编号</source>
            <translation>Document number</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="61" />
            <source>打印文书</source>
            <translation>Document printed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="62" />
            <source>补打文书</source>
            <translation>Document reprinted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="63" />
            <source>窗口否决报备</source>
            <translation>Escalate refusal</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="64" />
            <source>转办</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="65" />
            <source>办结</source>
            <translation>Completion</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="66" />
            <source>结束咨询</source>
            <translation>Consultation closed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="67" />
            <source>好差评</source>
            <translation>Rating</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="68" />
            <source>差评回访</source>
            <translation>Bad-rating follow-up call</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="69" />
            <source>差评整改</source>
            <translation>Bad-rating rectification</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="70" />
            <source>差评申诉复核</source>
            <translation>Bad-rating appeal review</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="71" />
            <source>督查确认</source>
            <translation>Confirmed by supervisor</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="72" />
            <source>督查纠正</source>
            <translation>Overturned by supervisor</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="73" />
            <source>督查维持不予受理</source>
            <translation>Rejection upheld by supervisor</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="74" />
            <source>督查责令受理</source>
            <translation>Acceptance ordered by supervisor</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="75" />
            <source>超期案件列入督查</source>
            <translation>Overdue case queued for review</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="76" />
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="77" />
            <source>登录失败</source>
            <translation>Log-in failed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="78" />
            <source>账户锁定期间尝试登录</source>
            <translation>Log-in attempt while the account was locked</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="79" />
            <source>新建账号</source>
            <translation>Account created</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="80" />
            <source>停用账号</source>
            <translation>Account deactivated</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="81" />
            <source>恢复账号</source>
            <translation>Account reactivated</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="82" />
            <source>解除锁定</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="83" />
            <source>重设密码</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="84" />
            <source>保存窗口设置</source>
            <translation>Window saved</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="85" />
            <source>导入事项目录</source>
            <translation>Catalog imported</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="86" />
            <source>调整工作日</source>
            <translation>Working day adjusted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="87" />
            <source>删除工作日调整</source>
            <translation>Delete a calendar entry</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="88" />
            <source>确认全年节假日</source>
            <translation>Year's holidays declared</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="89" />
            <source>修改设置</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="90" />
            <source>修改个人设置</source>
            <translation>Personal settings changed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="91" />
            <source>导出数据批次</source>
            <translation>Export data batch</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="92" />
            <source>导出数据批次（含完整证件号码）</source>
            <translation>Export batch (with full ID numbers)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="93" />
            <source>生成演示数据</source>
            <translation>Demo data generated</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="94" />
            <source>延长办理期限</source>
            <translation>Time limit extended</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="95" />
            <source>暂停计算期限</source>
            <translation>Clock stopped</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="96" />
            <source>恢复计算期限</source>
            <translation>Clock restarted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="97" />
            <source>承诺事项办结</source>
            <translation>Pledge settled</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="98" />
            <source>标记申请人失信</source>
            <translation>Flag the applicant as untrustworthy</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="99" />
            <source>取消失信标记</source>
            <translation>Clear the untrustworthy flag</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="100" />
            <source>到期个人信息匿名化</source>
            <translation>Personal data anonymised after retention</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="101" />
            <source>备份数据</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="102" />
            <source>恢复备份</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="103" />
            <source>其他操作</source>
            <translation>Other action</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="108" />
            <source>受理编号</source>
            <translation>Tracking no.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="109" />
            <source>证件号码提示</source>
            <translation>ID number warning</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="110" />
            <source>事项编码</source>
            <translation>Item code</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="111" />
            <source>办事指南版本</source>
            <translation>Guide version</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="112" />
            <source>结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="113" />
            <source>理由</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="114" />
            <source>问题</source>
            <translation>Defects</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="115" />
            <source>告知期限</source>
            <translation>Notice due</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="116" />
            <source>承诺办结日</source>
            <translation>Promised date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="118" />
            <source>文书</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="119" />
            <source>打印到</source>
            <translation>Printed to</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="120" />
            <source>转至窗口</source>
            <translation>To window</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="121" />
            <source>转至部门</source>
            <translation>To department</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="122" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="123" />
            <source>办理结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="124" />
            <source>评价</source>
            <translation>Rating</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="125" />
            <source>意见</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="126" />
            <source>不满意原因</source>
            <translation>Reasons for dissatisfaction</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="127" />
            <source>评价方式</source>
            <translation>Rated by</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="128" />
            <source>回访人</source>
            <translation>Followed up by</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="129" />
            <source>回访日期</source>
            <translation>Follow-up date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="130" />
            <source>回访情况</source>
            <translation>What was said</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="131" />
            <source>整改措施</source>
            <translation>What was changed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="132" />
            <source>申诉内容</source>
            <translation>Appeal</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="133" />
            <source>复核结论</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="134" />
            <source>督查类型</source>
            <translation>Review kind</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="135" />
            <source>督查结论</source>
            <translation>Review verdict</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="136" />
            <source>案件状态</source>
            <translation>Case status</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="137" />
            <source>收件日</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="138" />
            <source>书面答复期限</source>
            <translation>Written answer due</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="139" />
            <source>补录原因</source>
            <translation>Reason for an earlier date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="140" />
            <source>代理人</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="141" />
            <source>与申请人关系</source>
            <translation>Relation to the applicant</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="142" />
            <source>代理人证件号码校验</source>
            <translation>Agent's ID number check</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="143" />
            <source>办结结果</source>
            <translation>Completion result</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="144" />
            <source>决定文书文号</source>
            <translation>Decision document number</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="145" />
            <source>决定文书日期</source>
            <translation>Decision document date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="146" />
            <source>送达方式</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="147" />
            <source>邮寄地址</source>
            <translation>Postal address</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="148" />
            <source>有权机关</source>
            <translation>Competent office</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="149" />
            <source>法定理由</source>
            <translation>Lawful ground</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="150" />
            <source>法律依据</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="151" />
            <source>撤销的不予受理通知书</source>
            <translation>Revoked rejection notice</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="152" />
            <source>账号</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="153" />
            <source>同一号码的其他姓名案件</source>
            <translation>Cases with this number under another name</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="154" />
            <source>延长工作日数</source>
            <translation>Working days added</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="155" />
            <source>批准人</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="156" />
            <source>事由</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="157" />
            <source>除外时间类别</source>
            <translation>Kind of time not counted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="158" />
            <source>暂停开始日</source>
            <translation>Clock stopped on</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="159" />
            <source>最后不计入日</source>
            <translation>Last day not counted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="160" />
            <source>承诺类型</source>
            <translation>Kind of pledge</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="161" />
            <source>承诺结果</source>
            <translation>Pledge outcome</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="162" />
            <source>材料</source>
            <translation>Material</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="163" />
            <source>承诺编号</source>
            <translation>Pledge</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="164" />
            <source>期限变更编号</source>
            <translation>Time-limit change</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="165" />
            <source>视为受理</source>
            <translation>Deemed accepted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="166" />
            <source>日期暂计</source>
            <translation>Provisional date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="167" />
            <source>其他信息</source>
            <translation>Other details</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="172" />
            <source>证件号码校验未通过（经办人已确认）</source>
            <translation>ID number failed its check (confirmed by the clerk)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="173" />
            <source>号码已登记在其他姓名下（经办人已确认）</source>
            <translation>Number on file under another name (confirmed by the clerk)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="180" />
            <source>经窗口否决报备，督查复核后维持不予受理</source>
            <translation>Referred by the window; the supervisor upheld the rejection</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="188" />
            <source>（未说明）</source>
            <translation>(not stated)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="193" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="193" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="198" />
            <source>{n} 项</source>
            <translation>{n} item(s)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="239" />
            <source>，{n} 项问题</source>
            <translation>, {n} problem(s)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="241" />
            <source>，承诺办结日 {day}</source>
            <translation>, promised date {day}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="244" />
            <source>，告知期限 {day}</source>
            <translation>, notice due {day}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="247" />
            <source>{no}，{purpose}，{channel}</source>
            <translation>{no}, {purpose}, {channel}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="255" />
            <source>{type} {no}，打印 {n} 次</source>
            <translation>{type} {no}, printed {n}×</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="259" />
            <source>{year}年节假日安排已录入，承诺办结日由 {before}（暂计）改为 {after}</source>
            <translation>{year} holiday schedule entered: promised date moved from {before} (provisional) to {after}</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="263" />
            <source>第 {seq} 条 {action}（{actor}）</source>
            <translation>entry {seq} {action} ({actor})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/timeline_words.py" line="265" />
            <source>系统</source>
            <translation>system</translation>
        </message>
    </context>
    <context>
        <name>words</name>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="11" />
            <source>办理</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="11" />
            <source>咨询</source>
            <translation>Consult</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="12" />
            <source>投诉</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="12" />
            <source>求助</source>
            <translation>Request help</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="16" />
            <source>现场</source>
            <translation>On site</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="16" />
            <source>预约</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="17" />
            <source>延时</source>
            <translation>Extended hours</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="17" />
            <source>上门</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="18" />
            <source>绿色通道</source>
            <translation>Green channel</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="22" />
            <source>自然人</source>
            <translation>Natural person</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="23" />
            <source>法人或其他组织</source>
            <translation>Organization</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="27" />
            <source>窗口工作人员</source>
            <translation>Window clerk</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="27" />
            <source>督查</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="28" />
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="57" />
            <source>居民身份证</source>
            <translation>Resident ID card</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="58" />
            <source>护照</source>
            <translation>Passport</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="59" />
            <source>其他证件</source>
            <translation>Other ID</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="63" />
            <source>未填写</source>
            <translation>empty</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="64" />
            <source>位数不对（应为18位）</source>
            <translation>wrong length (18 characters needed)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="65" />
            <source>含有不允许的字符</source>
            <translation>contains characters not allowed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="66" />
            <source>地区码不存在</source>
            <translation>unknown region code</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="67" />
            <source>出生日期无效</source>
            <translation>invalid birth date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="68" />
            <source>校验位不符</source>
            <translation>check digit does not match</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="72" />
            <source>已登记</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="73" />
            <source>待补正</source>
            <translation>Awaiting supplements</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="74" />
            <source>否决报备中</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="75" />
            <source>已受理</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="77" />
            <source>已办结</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="78" />
            <source>已结束</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="119" />
            <source>受理</source>
            <translation>Accept</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="120" />
            <source>一次性告知补正</source>
            <translation>Supplement (one-time notice)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="76" />
            <location filename="../../counterdesk/ui/words.py" line="121" />
            <source>不予受理</source>
            <translation>Reject</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="125" />
            <source>申请事项依法无需办理</source>
            <translation>The matter needs no application by law</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="126" />
            <source>申请事项不属于本机关职权范围</source>
            <translation>The matter is not within this authority's powers</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="131" />
            <source>未提交</source>
            <translation>Not submitted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="132" />
            <source>形式不符</source>
            <translation>Wrong form</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="133" />
            <source>份数不足</source>
            <translation>Too few copies</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="134" />
            <source>缺少签字</source>
            <translation>Unsigned</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="135" />
            <source>填写错误</source>
            <translation>Fill-in error</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="136" />
            <source>缺少盖章</source>
            <translation>Unsealed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="137" />
            <source>超过有效期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="138" />
            <source>内容不清</source>
            <translation>Illegible</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="139" />
            <source>信息不一致</source>
            <translation>Inconsistent</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="147" />
            <source>原件</source>
            <translation>Original</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="147" />
            <source>复印件</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="148" />
            <source>原件和复印件</source>
            <translation>Original and copy</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="149" />
            <source>查验原件</source>
            <translation>Original inspected</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="150" />
            <source>电子</source>
            <translation>Electronic</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="154" />
            <source>受理通知书</source>
            <translation>Acceptance receipt</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="155" />
            <source>一次性告知书</source>
            <translation>One-time notice</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="156" />
            <source>不予受理通知书</source>
            <translation>Rejection notice</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="158" />
            <source>办事指南告知单</source>
            <translation>Guide sheet</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="159" />
            <source>撤销不予受理决定通知书</source>
            <translation>Revocation of rejection</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="166" />
            <source>非常满意</source>
            <translation>Very satisfied</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="167" />
            <source>满意</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="168" />
            <source>基本满意</source>
            <translation>Fairly satisfied</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="169" />
            <source>不满意</source>
            <translation>Dissatisfied</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="170" />
            <source>非常不满意</source>
            <translation>Very dissatisfied</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="205" />
            <source>告知期限</source>
            <translation>Notice due</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="206" />
            <source>承诺办结</source>
            <translation>Promised date</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="212" />
            <source>首问登记</source>
            <translation>First-inquiry registration</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="213" />
            <source>收取材料</source>
            <translation>Materials received</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="214" />
            <source>作出决定</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="215" />
            <source>出具文书</source>
            <translation>Document issued</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="216" />
            <source>窗口否决报备</source>
            <translation>Escalate refusal</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="217" />
            <source>转办</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="196" />
            <location filename="../../counterdesk/ui/words.py" line="218" />
            <source>办结</source>
            <translation>Completion</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="33" />
            <source>即办件</source>
            <translation>Immediate</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="34" />
            <source>承诺件</source>
            <translation>Promised</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="40" />
            <source>亲属</source>
            <translation>Relative</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="40" />
            <source>受托人</source>
            <translation>Authorised person</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="41" />
            <source>法定代理人</source>
            <translation>Statutory agent (guardian)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="42" />
            <source>单位经办人</source>
            <translation>Staff member acting for the organisation</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="85" />
            <source>不予受理（待督查复核）</source>
            <translation>Not accepted (awaiting supervisor review)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="86" />
            <source>不予受理（督查已确认）</source>
            <translation>Not accepted (confirmed by supervisor)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="93" />
            <source>{text}（{aside}）</source>
            <translation>{text} ({aside})</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="97" />
            <source>容缺受理</source>
            <translation>Pledge</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="98" />
            <source>告知承诺</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="102" />
            <source>待履行</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="102" />
            <source>已履行</source>
            <translation>Kept</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="103" />
            <source>未履行</source>
            <translation>Broken</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="107" />
            <source>听证</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="107" />
            <source>招标、拍卖</source>
            <translation>Tender or auction</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="108" />
            <source>检验、检测、检疫</source>
            <translation>Testing, inspection or quarantine</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="109" />
            <source>鉴定</source>
            <translation>Appraisal</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="110" />
            <source>专家评审</source>
            <translation>Expert review</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="114" />
            <source>容缺待补交</source>
            <translation>Pledged material due</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="115" />
            <source>告知承诺待核查</source>
            <translation>Commitment to verify</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="157" />
            <source>材料接收凭证</source>
            <translation>Materials receipt</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="160" />
            <source>容缺受理承诺书/告知承诺书</source>
            <translation>Pledge / commitment letter</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="161" />
            <source>延长办理期限告知书</source>
            <translation>Notice of extended time limit</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="162" />
            <source>除外时间告知书</source>
            <translation>Notice of time not counted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="171" />
            <source>未评价</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="176" />
            <source>服务态度</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="177" />
            <source>办事效率</source>
            <translation>Efficiency</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="178" />
            <source>材料要求不清</source>
            <translation>Unclear material requirements</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="179" />
            <source>多次跑</source>
            <translation>Had to come several times</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="180" />
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="184" />
            <source>申请人自评</source>
            <translation>Rated by the applicant</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="185" />
            <source>工作人员记录未评价</source>
            <translation>Not rated (recorded by staff)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="189" />
            <source>维持差评</source>
            <translation>Bad rating upheld</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="190" />
            <source>撤销差评（不计入统计）</source>
            <translation>Bad rating overturned (not counted)</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="195" />
            <source>准予</source>
            <translation>Granted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="195" />
            <source>不予</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="201" />
            <source>自取</source>
            <translation>Collect in person</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="201" />
            <source>邮寄</source>
            <translation>By post</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="207" />
            <source>报备书面答复期限</source>
            <translation>Written answer to an escalation due</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="208" />
            <source>督查责令受理：请受理</source>
            <translation>Supervisor ordered acceptance: please accept</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="219" />
            <source>好差评</source>
            <translation>Rating</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="220" />
            <source>差评回访</source>
            <translation>Bad-rating follow-up call</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="221" />
            <source>差评整改</source>
            <translation>Bad-rating rectification</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="222" />
            <source>差评申诉复核</source>
            <translation>Bad-rating appeal review</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="223" />
            <source>结束</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="224" />
            <source>督查复核</source>
            <translation>Supervisor review</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="225" />
            <source>期限重算</source>
            <translation>Deadline recomputed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="226" />
            <source>延长办理期限</source>
            <translation>Time limit extended</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="227" />
            <source>暂停计算期限</source>
            <translation>Clock stopped</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="228" />
            <source>恢复计算期限</source>
            <translation>Clock restarted</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="229" />
            <source>承诺事项办结</source>
            <translation>Pledge settled</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="234" />
            <source>连续输错密码，账户已锁定至 {until}。请到时再试，或请管理员在“账户与窗口”中解锁。</source>
            <translation>Too many wrong passwords: the account is locked until {until}. Try again then, or ask an administrator to unlock it under "Accounts &amp; windows".</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="241" />
            <source>第{seq}次提交 · 收到日期 {received_on} · 已收 {received} / 应交 {required} 件</source>
            <translation>Submission {seq} · received on {received_on} · {received} of {required} materials received</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="249" />
            <source>请填写申请人姓名或单位名称。</source>
            <translation>Enter the applicant's name or the organization's name.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="250" />
            <source>姓名或单位名称过长（个人不超过60字，单位不超过100字），请核对证件后重新填写。</source>
            <translation>The name is too long (60 characters for a person, 100 for a unit); check the identity document and enter it again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="252" />
            <source>姓名中有不能用于姓名的字符（数字、符号等），请按证件填写。</source>
            <translation>The name contains characters a name cannot have (digits, symbols); enter it as on the identity document.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="254" />
            <source>姓名中的间隔号“·”只能在两个名字部分之间，请按证件填写。</source>
            <translation>The middle dot "·" may only stand between two parts of a name; enter it as on the identity document.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="256" />
            <source>联系电话格式不对：请填写手机号码（11位）或带区号的固定电话，如 0537-1234567。</source>
            <translation>The phone number is not valid: enter an 11-digit mobile number or a landline with its area code, e.g. 0537-1234567.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="258" />
            <source>请先在“办理事项”中选择事项（F3 搜索）。</source>
            <translation>Choose the service item first (F3 to search).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="259" />
            <source>证件号码未通过校验，请核对证件原件。</source>
            <translation>The ID number fails its check; compare it with the original document.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="260" />
            <source>找不到该案件，请刷新“我的案件”后重试。</source>
            <translation>The case was not found; refresh "My cases" and try again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="261" />
            <source>已收取材料，办理事项不能再更改。</source>
            <translation>Materials have been received; the service item can no longer change.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="262" />
            <source>该案件所用的办事指南版本不在事项目录中，请管理员重新导入事项目录。</source>
            <translation>The guide version this case uses is not in the catalog; ask an administrator to import the catalog again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="264" />
            <source>不属于本机关职权范围时，必须填写应向哪个行政机关申请。</source>
            <translation>When the matter is outside this office's powers, enter the office to apply to.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="266" />
            <source>该案件已窗口否决报备，等待督查决定。</source>
            <translation>This case's refusal was escalated and awaits a supervisor's decision.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="268" />
            <source>收件日期不能晚于今天，请核对。</source>
            <translation>The date received cannot be after today; please check it.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="269" />
            <source>收件日期早于今天：请在“补录原因”中写明为何今天才录入。</source>
            <translation>The date received is before today: say under "Reason for an earlier date" why it is recorded only now.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="271" />
            <source>补录原因过长（不超过200字）。</source>
            <translation>The reason is too long (200 characters at most).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="272" />
            <source>收件日期不能早于该案件上一次作出决定的日期，请核对。</source>
            <translation>The date received cannot be before the case's last decision; please check it.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="274" />
            <source>请先在材料清单中勾选申请人实际交来的材料。</source>
            <translation>First tick in the checklist the materials the applicant actually handed over.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="275" />
            <source>该案件已作出决定，不能再收件。</source>
            <translation>This case has been decided; materials can no longer be received for it.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="276" />
            <source>请填写代理人姓名。</source>
            <translation>Enter the agent's name.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="277" />
            <source>代理人姓名过长，请按证件填写。</source>
            <translation>The agent's name is too long; copy it from the ID.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="278" />
            <source>代理人姓名中有不能用于姓名的字符，请按证件填写。</source>
            <translation>The agent's name has characters no name has; copy it from the ID.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="280" />
            <source>代理人姓名中的间隔号“·”只能在两个名字部分之间，请按证件填写。</source>
            <translation>The dot "·" in the agent's name can only stand between two parts of the name; copy it from the ID.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="282" />
            <source>请填写代理人证件号码。</source>
            <translation>Enter the agent's ID number.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="283" />
            <source>代理人联系电话格式不对：请填写手机号码（11位）或带区号的固定电话。</source>
            <translation>The agent's phone number is not valid: enter a mobile number (11 digits) or a landline with its area code.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="285" />
            <source>请填写代理人与申请人的关系，如：亲属、受托人、法定代理人。</source>
            <translation>Enter how the agent is related to the applicant, e.g. relative, authorised person, legal representative.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="287" />
            <source>代理人与申请人的关系过长或含有不可打印的字符。</source>
            <translation>The agent's relation is too long or has unprintable characters.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="289" />
            <source>该事项不能以此结果办结，请重新选择办理结果。</source>
            <translation>This item cannot end with this result; choose another result.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="290" />
            <source>准予或不予的，请填写决定文书文号。</source>
            <translation>When granted or refused, enter the decision document's number.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="291" />
            <source>准予或不予的，请填写决定文书日期。</source>
            <translation>When granted or refused, enter the decision document's date.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="292" />
            <source>决定文书日期不能晚于今天。</source>
            <translation>The decision document's date cannot be after today.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="293" />
            <source>决定文书日期不能早于受理日期。</source>
            <translation>The decision document's date cannot be before the date of acceptance.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="294" />
            <source>决定文书文号过长或含有不可打印的字符。</source>
            <translation>The decision document number is too long or has unprintable characters.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="295" />
            <source>邮寄送达的，请填写邮寄地址。</source>
            <translation>For delivery by post, enter the postal address.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="296" />
            <source>邮寄地址过长或含有不可打印的字符。</source>
            <translation>The postal address is too long or has unprintable characters.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="297" />
            <source>办理结果说明过长或含有不可打印的字符。</source>
            <translation>The result note is too long or has unprintable characters.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="298" />
            <source>只有首问责任人可以办理该案件。</source>
            <translation>Only the case's first-inquiry owner can handle it.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="299" />
            <source>该案件已结束。</source>
            <translation>This case is closed.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="300" />
            <source>请填写否决报备的理由。</source>
            <translation>Enter the reason for the escalation.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="301" />
            <source>已收取材料的案件请用“办结”结束。</source>
            <translation>A case with received materials ends with "Complete".</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="302" />
            <source>请填写转办的窗口或部门。</source>
            <translation>Enter the window or department to refer to.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="303" />
            <source>请填写办理结果。</source>
            <translation>Enter the result.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="304" />
            <source>用户名或密码错误，请重新输入。</source>
            <translation>Wrong user name or password; try again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="305" />
            <source>连续输错密码，账户已临时锁定。请稍后再试，或请管理员解锁。</source>
            <translation>Too many wrong passwords: the account is locked for now. Try again later, or ask an administrator to unlock it.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="306" />
            <source>该窗口未设置，请选择列表中的窗口。</source>
            <translation>This window is not set up; choose a window from the list.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="307" />
            <source>请填写用户名和姓名。</source>
            <translation>Enter the user name and the name.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="308" />
            <source>密码至少需要8个字符。</source>
            <translation>A password needs at least 8 characters.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="309" />
            <source>该用户名已被使用，请换一个。</source>
            <translation>This user name is taken; choose another.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="310" />
            <source>联系电话格式不对。文书上可能打印经办人本人电话，请填写手机号码（11位）或带区号的固定电话，如 0537-1234567；没有可留空。</source>
            <translation>The phone number is not valid. Documents may print the handling clerk's own phone: enter a mobile number (11 digits) or a landline with its area code, e.g. 0537-1234567, or leave it empty.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="313" />
            <source>管理员账户已存在，请直接登录。</source>
            <translation>An administrator already exists; sign in.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="314" />
            <source>请填写窗口编号和窗口名称。</source>
            <translation>Enter the window ID and the window name.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="315" />
            <source>您的角色无权进行此操作。</source>
            <translation>Your role does not allow this.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="316" />
            <source>不能停用自己正在使用的管理员账户，请由另一位管理员操作。</source>
            <translation>You cannot deactivate the administrator account you are using; ask another administrator.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="318" />
            <source>找不到该账户，请刷新列表后重试。</source>
            <translation>The account was not found; refresh the list and try again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="319" />
            <source>请填写调整原因（如“停电闭厅”“集中办理日”）。</source>
            <translation>Enter the reason for the change (e.g. "power cut, hall closed").</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="321" />
            <source>只有已受理的案件可以延长或暂停办理期限。</source>
            <translation>Only an accepted case's time limit can be extended or stopped.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="322" />
            <source>该案件的办理期限没有暂停，无需恢复计算。</source>
            <translation>The case's clock is not stopped.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="323" />
            <source>办理期限正在暂停计算，请先恢复计算再延长。</source>
            <translation>The clock is stopped: restart it before extending.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="324" />
            <source>该案件没有承诺办结日期（即办件），无需延长。</source>
            <translation>The case has no promised date (an immediate item); nothing to extend.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="325" />
            <source>请填写听证、检验检测、鉴定或评审预计完成的日期，告知书须写明所需时间。</source>
            <translation>Enter the day the hearing, testing, appraisal or review is expected to end; the notice must state how long it takes.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="327" />
            <source>该申请人没有登记证件号码，无法标记失信。</source>
            <translation>The applicant has no ID number on file and cannot be flagged.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="328" />
            <source>请填写标记失信的依据。</source>
            <translation>State the grounds for the flag.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="329" />
            <source>该申请人已被标记为失信。</source>
            <translation>The applicant is flagged already.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="330" />
            <source>该失信标记已取消，请刷新后查看。</source>
            <translation>The flag was cleared already; refresh.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="331" />
            <source>请写明核查发现的情况（如：逾期未补交）。</source>
            <translation>Write what was found (e.g. the material never came).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="332" />
            <source>承诺事项只能认定为已履行或未履行。</source>
            <translation>A pledge is settled as kept or broken.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="333" />
            <source>找不到该承诺事项，请刷新后重试。</source>
            <translation>The pledge is not in the log; refresh and try again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="334" />
            <source>该承诺事项已办结，请刷新后查看。</source>
            <translation>The pledge is settled already; refresh.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="335" />
            <source>无法识别的承诺类型。</source>
            <translation>Unknown kind of pledge.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="336" />
            <source>材料齐全或依法不予受理的申请无需承诺，请直接作出决定。</source>
            <translation>A complete application, or one refused by law, needs no pledge: decide it directly.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="338" />
            <source>申请人已被督查标记为失信，不适用容缺受理和告知承诺，请按一次性告知办理。</source>
            <translation>A supervisor flagged this applicant as untrustworthy: no pledge or commitment; issue the one-time notice.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="340" />
            <source>缺少的材料中有不可容缺的材料，请按一次性告知办理。</source>
            <translation>A missing material cannot wait: issue the one-time notice.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="342" />
            <source>该事项对所缺材料不实行告知承诺制，请按一次性告知办理。</source>
            <translation>The item takes no commitment for the missing materials: issue the one-time notice.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="350" />
            <source>该案件还没有可评价的服务。</source>
            <translation>This case has had no service to rate yet.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="351" />
            <source>本次服务已经评价过（或已记录未评价），每次服务只评价一次。</source>
            <translation>This service was already rated (or recorded as not rated); each service is rated once.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="353" />
            <source>评价须由申请人本人在评价屏上作出，工作人员只能记录“未评价”。</source>
            <translation>Only the applicant rates, on the rating screen; staff may only record "not rated".</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="355" />
            <source>请申请人选择一项评价。</source>
            <translation>Ask the applicant to choose a rating.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="356" />
            <source>只有不满意的评价才选择原因。</source>
            <translation>Reasons are chosen for a bad rating only.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="357" />
            <source>只有差评需要回访、整改或申诉复核。</source>
            <translation>Only a bad rating is followed up, rectified or appealed.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="358" />
            <source>该差评经申诉复核已撤销，无需再回访或整改。</source>
            <translation>This bad rating was overturned on appeal; no follow-up or rectification is needed.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="359" />
            <source>请填写回访人。</source>
            <translation>Enter who followed the applicant up.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="360" />
            <source>请填写回访情况（申请人说了什么、如何答复）。</source>
            <translation>Enter what was said in the follow-up (what the applicant said, how it was answered).</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="361" />
            <source>回访日期不能晚于今天。</source>
            <translation>The follow-up date cannot be after today.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="362" />
            <source>回访日期不能早于评价日期。</source>
            <translation>The follow-up date cannot be before the rating.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="363" />
            <source>请填写整改措施。</source>
            <translation>Enter what was changed.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="364" />
            <source>该差评的申诉已经复核，不能再次复核。</source>
            <translation>The appeal against this rating was already decided; it cannot be decided again.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="365" />
            <source>请填写申请人的申诉内容。</source>
            <translation>Enter what the applicant's appeal says.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="366" />
            <source>请填写复核理由。</source>
            <translation>Enter the reason for the verdict.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="367" />
            <source>找不到该评价，请刷新列表。</source>
            <translation>The rating was not found; refresh the list.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/words.py" line="368" />
            <source>差评回访期限须为1至30个工作日。</source>
            <translation>The bad-rating follow-up period must be 1 to 30 working days.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="36" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="48" />
            <source>程序已在运行</source>
            <translation>CounterDesk is already running</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="49" />
            <source>本机已有一个 CounterDesk 正在使用这个数据文件夹。
请切换到已打开的窗口；如需重新打开，请先关闭它。</source>
            <translation>Another CounterDesk on this PC is using this data folder.
Switch to the open window; to open it again, close that one first.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="53" />
            <location filename="../../counterdesk/ui/startup.py" line="111" />
            <source>无法使用数据文件夹</source>
            <translation>Cannot use the data folder</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="54" />
            <source>无法在数据文件夹中创建文件，请检查磁盘空间和文件夹权限。</source>
            <translation>Cannot create files in the data folder. Check the free disk space and the folder's permissions.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="97" />
            <source>今日备份未完成</source>
            <translation>Today's backup did not finish</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="98" />
            <source>今日的自动备份没有完成，程序继续运行。请检查磁盘空间，或用“counterdesk backup”手动备份。</source>
            <translation>Today's automatic backup did not finish; the program keeps running. Check the free disk space, or back up by hand with "counterdesk backup".</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="106" />
            <location filename="../../counterdesk/ui/startup.py" line="126" />
            <source>无法打开数据库</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="107" />
            <location filename="../../counterdesk/ui/startup.py" line="127" />
            <source>数据库无法打开。请把详细信息告诉系统管理员。</source>
            <translation>The database cannot be opened. Give the details to the system administrator.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="112" />
            <source>无法读写数据文件夹，请检查磁盘空间和文件夹权限。</source>
            <translation>Cannot read or write the data folder. Check the free disk space and the folder's permissions.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="136" />
            <source>事项目录有错误</source>
            <translation>The item catalog has errors</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="137" />
            <source>内置的事项目录有错误，有错误的事项未导入。</source>
            <translation>The bundled item catalog has errors; the items with errors were not imported.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="142" />
            <source>数据库被占用</source>
            <translation>Database in use</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="143" />
            <source>数据库正被其他程序占用（例如备份软件或杀毒软件）。
请稍等片刻后点“重试”；已登记的内容不会丢失。</source>
            <translation>Another program (such as backup or antivirus software) is using the database.
Wait a moment, then click "Retry"; nothing registered is lost.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="145" />
            <source>重试</source>
            <translation>Retry</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="146" />
            <location filename="../../counterdesk/ui/startup.py" line="166" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="155" />
            <location filename="../../counterdesk/ui/startup.py" line="160" />
            <source>数据库已损坏</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="156" />
            <source>数据库文件已损坏或无法读取，且没有可用的完好备份。
请不要删除数据文件夹，联系系统管理员恢复数据。</source>
            <translation>The database file is damaged or unreadable, and there is no sound backup.
Do not delete the data folder; ask the system administrator to recover the data.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="161" />
            <source>数据库文件已损坏或无法读取。

可以恢复最近的完好备份：{name}（{stamp}）。
当前的数据库文件会移到 backups 文件夹中保留，不会删除。
备份之后登记的内容不在备份中，恢复后请核对最近的案件。</source>
            <translation>The database file is damaged or unreadable.

The latest sound backup can be restored: {name} ({stamp}).
The current database file is moved into the backups folder and kept, not deleted.
What was registered after the backup is not in it; check the latest cases after restoring.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="165" />
            <source>恢复此备份</source>
            <translation>Restore this backup</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="173" />
            <source>恢复失败</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="174" />
            <source>备份没有恢复，原数据库文件保持不变。</source>
            <translation>The backup was not restored; the original database file is unchanged.</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="176" />
            <source>已恢复备份</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <location filename="../../counterdesk/ui/startup.py" line="177" />
            <source>已恢复备份 {name}。原数据库文件保留在：{aside}</source>
            <translation>Backup {name} restored. The original database file is kept at: {aside}</translation>
        </message>
    </context>
</TS>
