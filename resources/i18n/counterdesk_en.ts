<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="127" />
        <source>案件详情</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="128" />
        <source>办理过程</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="129" />
        <source>文书（Enter 预览/补打）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="130" />
        <source>申请人补正材料后再次提交</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="131" />
        <source>转办（首问责任人不变）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="132" />
        <source>转至窗口</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="132" />
        <source>转至部门</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="133" />
        <source>说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="135" />
        <source>转办</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="136" />
        <location filename="../../counterdesk/ui/case_dialog.py" line="138" />
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="137" />
        <source>办理结果，如：已发证</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="139" />
        <source>好差评</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="140" />
        <source>申请人意见（可选）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="141" />
        <source>记录评价</source>
        <translation>Record rating</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="142" />
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="151" />
        <source>{tracking} · {name} · {item} · {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/case_dialog.py" line="161" />
        <source>{doc_type} {doc_no}（已打印{prints}次）</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="122" />
        <source>受理前审查</source>
        <translation>Preliminary check</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="123" />
        <source>申请事项依法需要取得行政许可（第三十二条第一款第一项）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="124" />
        <source>属于本机关职权范围（第三十二条第一款第二项）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="125" />
        <source>应向何机关申请</source>
        <translation>Competent office</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="126" />
        <source>不属本机关职权范围时必填</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="127" />
        <source>情形问题</source>
        <translation>Intake questions</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="128" />
        <source>全部收齐</source>
        <translation>All received</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="129" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="197" />
        <source>材料核对</source>
        <translation>Materials check</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="199" />
        <source>材料核对 · {tracking} · {applicant} · {item}（{version}版）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="268" />
        <source>不属于本机关职权范围：请填写应向何机关申请（第三十二条第一款第二项）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_page.py" line="275" />
        <source>请填写签发日期：{names}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistTableModel</name>
    <message>
        <location filename="../../counterdesk/ui/checklist_table_model.py" line="111" />
        <source>收到 · 材料名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_table_model.py" line="112" />
        <source>形式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_table_model.py" line="113" />
        <source>份数（实交/应交）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_table_model.py" line="114" />
        <source>签发日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_table_model.py" line="115" />
        <source>问题</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_table_model.py" line="147" />
        <source>{days}天内</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_table_model.py" line="150" />
        <source>待填写（{due}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/checklist_table_model.py" line="156" />
        <source>（已当场更正：{items}）</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <location filename="../../counterdesk/ui/outcome_panels.py" line="43" />
        <source>答复要点（结束时记入案件）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/outcome_panels.py" line="44" />
        <source>打印办事指南告知单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/outcome_panels.py" line="45" />
        <source>答复完毕，结束</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../counterdesk/ui/decision_panel.py" line="57" />
        <source>决定（行政许可法第三十二条）</source>
        <translation>Decision (Administrative Licensing Law art. 32)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/decision_panel.py" line="58" />
        <source>作出决定并出具文书</source>
        <translation>Decide and issue the document</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/decision_panel.py" line="59" />
        <source>窗口无否决权：以其他理由不能受理的，填写理由后报备督查决定。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/decision_panel.py" line="61" />
        <source>否决报备理由</source>
        <translation>Reason for escalation</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/decision_panel.py" line="62" />
        <source>窗口否决报备</source>
        <translation>Escalate refusal</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/decision_panel.py" line="72" />
        <source>请先回答情形问题并核对材料。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/decision_panel.py" line="77" />
        <source>预计结果：{outcome}</source>
        <translation>Expected outcome: {outcome}</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/decision_panel.py" line="82" />
        <source>承诺办结日期：{day}</source>
        <translation>Promised completion: {day}</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/decision_panel.py" line="85" />
        <source>一次性告知须在 {day} 前送达（5个工作日）；共 {count} 个问题</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="128" />
        <source>文书预览 — {doc_type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="129" />
        <source>{doc_type} {doc_no}（已记录在案，可打印或另存）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="131" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="132" />
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="184" />
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="133" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="150" />
        <source>打印机</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="155" />
        <source>正在打印……</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="172" />
        <source>已送打印机。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="177" />
        <source>打印失败：{message}。文书已在案，可稍后补打。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="185" />
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/document_preview_dialog.py" line="190" />
        <source>已保存：{path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <location filename="../../counterdesk/ui/outcome_panels.py" line="86" />
        <source>文书预览/打印</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/outcome_panels.py" line="87" />
        <source>材料接收清单</source>
        <translation>Materials received list</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/outcome_panels.py" line="88" />
        <source>下一位申请人</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../counterdesk/ui/first_admin_dialog.py" line="53" />
        <source>首次使用：创建管理员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/first_admin_dialog.py" line="54" />
        <source>数据库中还没有任何账户。请创建第一个管理员账户和第一个窗口；程序没有内置默认密码。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/first_admin_dialog.py" line="56" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/first_admin_dialog.py" line="56" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/first_admin_dialog.py" line="56" />
        <source>密码（至少8位）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/first_admin_dialog.py" line="57" />
        <source>再次输入密码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/first_admin_dialog.py" line="57" />
        <source>窗口编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/first_admin_dialog.py" line="57" />
        <source>窗口名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/first_admin_dialog.py" line="64" />
        <source>密码不一致</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/first_admin_dialog.py" line="65" />
        <source>两次输入的密码不一致，请重新输入。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../counterdesk/ui/intake_page.py" line="141" />
        <source>已登记 {tracking}（{purpose}）· {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/intake_page.py" line="156" />
        <source>{tracking}：{outcome}，已出具{doc_type} {doc_no}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/intake_page.py" line="160" />
        <source>告知已超过5个工作日，依法视为自收到材料之日起受理（行政许可法第三十二条第四款）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/intake_page.py" line="163" />
        <source>承诺办结日期：{day}</source>
        <translation>Promised completion: {day}</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/intake_page.py" line="179" />
        <source>{tracking}：已窗口否决报备，等待督查决定。理由：{reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemSearch</name>
    <message>
        <location filename="../../counterdesk/ui/item_search.py" line="46" />
        <source>输入事项名称、编码、部门或拼音首字母（如 bdcdj）</source>
        <translation>Type item name, code, department or pinyin initials (e.g. bdcdj)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/item_search.py" line="93" />
        <source>尚未选择事项</source>
        <translation>No item chosen yet</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/item_search.py" line="95" />
        <source>已选：{name}（{code}，{kind}）</source>
        <translation>Chosen: {name} ({code}, {kind})</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counterdesk/ui/login_dialog.py" line="48" />
        <source>登录 — CounterDesk 窗口受理台</source>
        <translation>Sign in — CounterDesk intake desk</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/login_dialog.py" line="49" />
        <source>窗口受理台 登录</source>
        <translation>Intake desk sign-in</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/login_dialog.py" line="50" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/login_dialog.py" line="50" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/login_dialog.py" line="50" />
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/login_dialog.py" line="52" />
        <source>登录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/login_dialog.py" line="53" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counterdesk/ui/main_window.py" line="59" />
        <source>CounterDesk 窗口受理台 — {name} @ {window}</source>
        <translation>CounterDesk intake desk — {name} @ {window}</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/main_window.py" line="61" />
        <source>首问登记 (Ctrl+1)</source>
        <translation>Registration (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/main_window.py" line="62" />
        <source>我的案件 (Ctrl+2)</source>
        <translation>My cases (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/main_window.py" line="63" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/main_window.py" line="64" />
        <source>当前：{name}（{role}） · 窗口 {window_id} {window}</source>
        <translation>Signed in: {name} ({role}) · window {window_id} {window}</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/main_window.py" line="72" />
        <source>窗口工作人员</source>
        <translation>Window clerk</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/main_window.py" line="72" />
        <source>督查</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/main_window.py" line="73" />
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/main_window.py" line="87" />
        <source>恢复未完成的登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/main_window.py" line="88" />
        <source>发现 {at} 保存的未完成登记。是否恢复？选择“否”将丢弃该草稿。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MaterialEditor</name>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="77" />
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="77" />
        <source>实交份数</source>
        <translation>Copies handed in</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="77" />
        <source>签发日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="80" />
        <source>已收到 (空格)</source>
        <translation>Received (Space)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="81" />
        <source>材料问题：</source>
        <translation>Defects:</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="82" />
        <source>当场更正（申请人在场已更正，不再算作问题）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="86" />
        <source>当场更正：{defect}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="94" />
        <source>选中一项材料后在此记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="104" />
        <source>须在{days}天内签发</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="105" />
        <source>本材料无有效期要求</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/material_editor.py" line="134" />
        <source>日期格式应为 2026-09-30</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MyCasesPage</name>
    <message>
        <location filename="../../counterdesk/ui/my_cases_page.py" line="64" />
        <source>我的案件（首问跟踪）</source>
        <translation>My cases (first-inquiry tracking)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/my_cases_page.py" line="65" />
        <source>红色：已超期 · 黄色：今日到期</source>
        <translation>Red: overdue · Yellow: due today</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/my_cases_page.py" line="67" />
        <source>受理编号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/my_cases_page.py" line="67" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/my_cases_page.py" line="67" />
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/my_cases_page.py" line="67" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/my_cases_page.py" line="68" />
        <source>下一期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/my_cases_page.py" line="68" />
        <source>期限类型</source>
        <translation>Deadline type</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/my_cases_page.py" line="69" />
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/my_cases_page.py" line="70" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="134" />
        <source>首问登记</source>
        <translation>First-inquiry registration</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="135" />
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="136" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="137" />
        <source>办理事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="138" />
        <source>来访目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="138" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="139" />
        <source>排队号（可选）</source>
        <translation>Queue ticket (optional)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="140" />
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="140" />
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="141" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="142" />
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="150" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="151" />
        <source>Enter 下一项 · Tab 移动 · F3 搜索事项 · ↑↓ 选择事项，Enter 确定 · Ctrl+Enter 登记</source>
        <translation>Enter next field · Tab move · F3 search items · ↑↓ choose item, Enter confirm · Ctrl+Enter register</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="162" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="162" />
        <source>单位名称</source>
        <translation>Organization name</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="164" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="164" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="182" />
        <source>✓ 号码有效</source>
        <translation>✓ number valid</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="185" />
        <source>✗ {reason}</source>
        <translation>✗ {reason}</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="210" />
        <source>证件号码未通过校验</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/registration_page.py" line="211" />
        <source>证件号码 {number} {reason}。
请再次核对证件原件。号码与证件一致吗？选择“是”按此号码登记，选择“否”返回修改。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../counterdesk/ui/settings_page.py" line="48" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/settings_page.py" line="50" />
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/settings_page.py" line="51" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/settings_page.py" line="57" />
        <source>已保存，重新启动程序后生效。</source>
        <translation>Saved; takes effect at the next start.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../counterdesk/ui/idle_lock.py" line="43" />
        <source>受理台已锁定</source>
        <translation>Desk locked</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/idle_lock.py" line="44" />
        <source>受理台因长时间无操作已锁定。请 {name} 输入密码解锁。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/idle_lock.py" line="46" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/idle_lock.py" line="53" />
        <source>密码不正确，请重新输入。</source>
        <translation>Wrong password; try again.</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/idle_lock.py" line="56" />
        <source>必须输入密码才能解锁。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="26" />
        <source>已填写的内容都保留在表单中，没有丢失。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="32" />
        <location filename="../../counterdesk/ui/operations.py" line="42" />
        <location filename="../../counterdesk/ui/operations.py" line="66" />
        <location filename="../../counterdesk/ui/operations.py" line="70" />
        <source>无法继续</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="34" />
        <source>行政复议机关</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="35" />
        <source>人民法院</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="36" />
        <source>不予受理通知书无法出具</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="37" />
        <source>事项 {code} 的办事指南缺少“{field}”（目录字段 {key}），通知书必须告知申请复议和诉讼的途径。请管理员在事项目录或办公设置中补充后再作决定。本次未记录任何决定。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="44" />
        <source>工作日历缺少年份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="45" />
        <source>工作日历没有 {year} 年的法定节假日安排，无法计算期限。请管理员在国务院公布 {year} 年安排后更新 chinesecalendar，或在 data/calendar.yaml 的 years: 下录入 {year} 年的节假日和调休。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="50" />
        <source>磁盘已满</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="51" />
        <source>磁盘空间已满，本次操作没有保存。请清理磁盘空间后再次点击保存。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="54" />
        <source>数据库忙</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="55" />
        <source>数据库正被其他程序占用，本次操作没有保存。请稍等片刻后再试。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="58" />
        <source>数据库错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="60" />
        <source>事项不可用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="61" />
        <source>该事项在目录中没有现行有效的办事指南（{detail}）。请选择其他事项或请管理员更新事项目录。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="64" />
        <source>材料记录不完整</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="67" />
        <source>案件当前状态为“{current}”，不能变为“{target}”。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="72" />
        <source>文件无法写入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/operations.py" line="73" />
        <source>文件无法写入（{detail}）。请选择其他位置或检查磁盘空间。</source>
        <translation type="unfinished" />
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
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="28" />
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="29" />
        <source>其他证件</source>
        <translation>Other ID</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="33" />
        <source>未填写</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="34" />
        <source>位数不对（应为18位）</source>
        <translation>wrong length (18 characters needed)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="35" />
        <source>含有不允许的字符</source>
        <translation>contains characters not allowed</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="36" />
        <source>地区码不存在</source>
        <translation>unknown region code</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="37" />
        <source>出生日期无效</source>
        <translation>invalid birth date</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="38" />
        <source>校验位不符</source>
        <translation>check digit does not match</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="42" />
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="43" />
        <source>待补正</source>
        <translation>Awaiting supplements</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="44" />
        <source>否决报备中</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="45" />
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="46" />
        <source>不予受理（督查复核）</source>
        <translation>Rejected (under review)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="47" />
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="48" />
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="52" />
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="53" />
        <source>一次性告知补正</source>
        <translation>Supplement (one-time notice)</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="54" />
        <source>不予受理</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="58" />
        <source>申请事项依法不需要取得行政许可（行政许可法第三十二条第一款第一项）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="60" />
        <source>申请事项不属于本机关职权范围（行政许可法第三十二条第一款第二项）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="66" />
        <source>未提交</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="67" />
        <source>形式不符</source>
        <translation>Wrong form</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="68" />
        <source>份数不足</source>
        <translation>Too few copies</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="69" />
        <source>缺少签字</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="70" />
        <source>填写错误</source>
        <translation>Fill-in error</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="71" />
        <source>缺少盖章</source>
        <translation>Unsealed</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="72" />
        <source>超过有效期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="73" />
        <source>内容不清</source>
        <translation>Illegible</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="74" />
        <source>信息不一致</source>
        <translation>Inconsistent</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="82" />
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="82" />
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="83" />
        <source>原件和复印件</source>
        <translation>Original and copy</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="84" />
        <source>查验原件</source>
        <translation>Original inspected</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="85" />
        <source>电子</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="89" />
        <source>受理通知书</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="90" />
        <source>一次性告知书</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="91" />
        <source>不予受理通知书</source>
        <translation>Rejection notice</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="92" />
        <source>材料接收清单</source>
        <translation>Materials received list</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="93" />
        <source>办事指南告知单</source>
        <translation>Guide sheet</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="97" />
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="98" />
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="99" />
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="100" />
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="101" />
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="105" />
        <source>告知期限</source>
        <translation>Notice due</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="106" />
        <source>承诺办结</source>
        <translation>Promised date</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="110" />
        <source>首问登记</source>
        <translation>First-inquiry registration</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="111" />
        <source>收取材料</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="112" />
        <source>作出决定</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="113" />
        <source>出具文书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="114" />
        <source>窗口否决报备</source>
        <translation>Escalate refusal</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="115" />
        <source>转办</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="116" />
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="117" />
        <source>好差评</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="118" />
        <source>结束</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="119" />
        <source>督查复核</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="125" />
        <source>请填写申请人姓名或单位名称。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="126" />
        <source>请先在“办理事项”中选择事项（F3 搜索）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="127" />
        <source>证件号码未通过校验，请核对证件原件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="128" />
        <source>找不到该案件，请刷新“我的案件”后重试。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="129" />
        <source>已收取材料，办理事项不能再更改。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="130" />
        <source>该案件所用的办事指南版本不在事项目录中，请管理员重新导入事项目录。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="132" />
        <source>不属于本机关职权范围时，必须填写应向哪个行政机关申请。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="134" />
        <source>该案件已窗口否决报备，等待督查决定。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="135" />
        <source>只有首问责任人可以办理该案件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="136" />
        <source>该案件已结束。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="137" />
        <source>请填写否决报备的理由。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="138" />
        <source>已收取材料的案件请用“办结”结束。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="139" />
        <source>请填写转办的窗口或部门。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="140" />
        <source>请填写办理结果。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="141" />
        <source>用户名或密码错误，请重新输入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="142" />
        <source>连续输错密码，账户已锁定5分钟，请稍后再试。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="143" />
        <source>该窗口未设置，请选择列表中的窗口。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="144" />
        <source>请填写用户名和姓名。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="145" />
        <source>密码至少需要8个字符。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="146" />
        <source>该用户名已被使用，请换一个。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="147" />
        <source>管理员账户已存在，请直接登录。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="148" />
        <source>请填写窗口编号和窗口名称。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../counterdesk/ui/words.py" line="149" />
        <source>您的角色无权进行此操作。</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>