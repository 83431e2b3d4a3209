<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../safety_desk/ui/worker.py" line="64"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../safety_desk/ui/campaign_dialog.py" line="44"/>
        <source>New campaign</source>
        <translation>新建专项行动</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/campaign_dialog.py" line="56"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/campaign_dialog.py" line="57"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/campaign_dialog.py" line="58"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/campaign_dialog.py" line="59"/>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../safety_desk/ui/checklist_model.py" line="22"/>
        <source>Item</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/checklist_model.py" line="23"/>
        <source>Check point</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/checklist_model.py" line="24"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/checklist_model.py" line="25"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="141"/>
        <source>Edit enterprise</source>
        <translation>编辑检查对象</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="141"/>
        <source>New enterprise</source>
        <translation>新增检查对象</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="142"/>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="143"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="144"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="145"/>
        <source>Street</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="146"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="147"/>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="148"/>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="149"/>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="150"/>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="152"/>
        <source>Not graded</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="151"/>
        <source>Credit grade</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="161"/>
        <source>Key enterprise categories</source>
        <translation>重点企业类别</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="170"/>
        <source>Key processes / chemicals, major hazards</source>
        <translation>两重点一重大</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="172"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="173"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="25"/>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="26"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="27"/>
        <source>Street</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="28"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="29"/>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="30"/>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="31"/>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="32"/>
        <source>Credit grade</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="33"/>
        <source>Key enterprise categories</source>
        <translation>重点企业类别</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="34"/>
        <source>Key processes / chemicals, major hazards</source>
        <translation>两重点一重大</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="35"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="36"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="47"/>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="52"/>
        <source>Check point and basis (kept as recorded)</source>
        <translation>检查点与依据（按记录时保存）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="57"/>
        <source>Basis</source>
        <translation>检查依据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="57"/>
        <source>Disposal basis</source>
        <translation>处置依据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="58"/>
        <source>Rectification requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="62"/>
        <source>Free-standing hazard (not tied to a check point)</source>
        <translation>独立记录的隐患（未关联检查点）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="69"/>
        <source>三违 (violating command, rules or discipline)</source>
        <translation>三违（违章指挥、违章操作、违反劳动纪律）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="81"/>
        <source>yuan, e.g. 12000.00</source>
        <translation>单位：元，如 12000.00</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="84"/>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="92"/>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="93"/>
        <source>Location</source>
        <translation>隐患部位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="97"/>
        <source>Level</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="98"/>
        <source>Rectification mode</source>
        <translation>整改方式</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="99"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="101"/>
        <source>Five rectification fields (五落实)</source>
        <translation>五落实（责任、措施、资金、时限、预案）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="103"/>
        <source>Responsible unit</source>
        <translation>整改责任单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="104"/>
        <source>Responsible person</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="105"/>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="106"/>
        <source>Funds (yuan)</source>
        <translation>整改资金（元）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="107"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="108"/>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="112"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="114"/>
        <source>Remove selected photo</source>
        <translation>移除所选照片</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="123"/>
        <source>Enter into ledger</source>
        <translation>登记入台账</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="125"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="136"/>
        <source>Photos (drop image files here)</source>
        <translation>照片（可将图片文件拖放到此处）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="207"/>
        <source>In the ledger.</source>
        <translation>已登记入台账。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="209"/>
        <source>Before it can enter the ledger, still missing: %1</source>
        <translation>登记入台账前尚缺：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="212"/>
        <source>All required fields are set; it can enter the ledger.</source>
        <translation>必填项已齐全，可以登记入台账。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="237"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/finding_dialog.py" line="237"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>HazardTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/hazards_model.py" line="162"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_model.py" line="163"/>
        <source>Street</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_model.py" line="164"/>
        <source>Hazard description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_model.py" line="165"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_model.py" line="166"/>
        <source>Rectification</source>
        <translation>整改方式</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_model.py" line="167"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_model.py" line="168"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_model.py" line="169"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>HazardsView</name>
    <message>
        <location filename="../../safety_desk/ui/hazards_view.py" line="64"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_view.py" line="66"/>
        <source>Search description, location or enterprise</source>
        <translation>搜索隐患描述、部位或企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_view.py" line="68"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_view.py" line="128"/>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_view.py" line="131"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_view.py" line="139"/>
        <source>All campaigns</source>
        <translation>全部专项行动</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_view.py" line="140"/>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_view.py" line="146"/>
        <source>All enterprises</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards_view.py" line="211"/>
        <source>Total: %1</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>InspectionListModel</name>
    <message>
        <location filename="../../safety_desk/ui/inspections_page.py" line="30"/>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspections_page.py" line="31"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspections_page.py" line="32"/>
        <source>Street</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspections_page.py" line="33"/>
        <source>Phase</source>
        <translation>检查阶段</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspections_page.py" line="34"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspections_page.py" line="35"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="74"/>
        <source>← All inspections</source>
        <translation>← 全部检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="76"/>
        <source>  ·  Unannounced (四不两直)</source>
        <translation>  ·  四不两直</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="84"/>
        <source>↑↓ move · 1 compliant · 2 non-compliant · 3 not applicable · 0 unchecked · Ctrl+N record a hazard</source>
        <translation>↑↓ 移动 · 1 符合 · 2 不符合 · 3 不适用 · 0 未检查 · Ctrl+N 记录隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="106"/>
        <source>Note on this check point (saved as you type)</source>
        <translation>本检查点的备注（输入即保存）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="109"/>
        <source>1 Compliant</source>
        <translation>1 符合</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="109"/>
        <source>2 Non-compliant</source>
        <translation>2 不符合</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="110"/>
        <source>3 Not applicable</source>
        <translation>3 不适用</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="114"/>
        <source>Record hazard (Ctrl+N)</source>
        <translation>记录隐患 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="121"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="124"/>
        <source>Hazards recorded in this inspection</source>
        <translation>本次检查记录的隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="129"/>
        <source>Record a hazard not tied to a check point</source>
        <translation>记录未关联检查点的隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="210"/>
        <source>Checked %1 / %2</source>
        <translation>已检查 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="235"/>
        <source>in ledger</source>
        <translation>已入台账</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="235"/>
        <source>draft</source>
        <translation>未入台账</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection_view.py" line="236"/>
        <source>(no description yet)</source>
        <translation>（尚未填写描述）</translation>
    </message>
</context>
<context>
    <name>InspectorDialog</name>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="212"/>
        <source>Edit inspector</source>
        <translation>编辑执法检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="212"/>
        <source>New inspector</source>
        <translation>新增执法检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="213"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="214"/>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="216"/>
        <source>Enforcement certificate no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="218"/>
        <source>Specialties</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="219"/>
        <source>e.g. hazardous chemicals, fire safety</source>
        <translation>如：危险化学品、消防</translation>
    </message>
</context>
<context>
    <name>InspectorTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="52"/>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="53"/>
        <source>Enforcement certificate no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="54"/>
        <source>Specialties</source>
        <translation>专业</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="26"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="27"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="30"/>
        <source>New &amp;campaign…</source>
        <translation>新建专项行动(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="31"/>
        <source>New &amp;inspection…</source>
        <translation>新建检查(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="33"/>
        <source>&amp;Import checklist…</source>
        <translation>导入检查表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="35"/>
        <source>Open &amp;sample data</source>
        <translation>打开示例数据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="37"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="39"/>
        <source>&amp;About Safety Desk</source>
        <translation>关于 Safety Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="77"/>
        <source>Safety Desk — hazard inspection</source>
        <translation>Safety Desk 安全生产隐患排查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="78"/>
        <source> — sample data</source>
        <translation> — 示例数据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="79"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="88"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="89"/>
        <source>Inspections</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="90"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="91"/>
        <source>Registers</source>
        <translation>名录库</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="164"/>
        <source>Import checklist</source>
        <translation>导入检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="165"/>
        <source>Checklists (*.yaml *.yml *.xlsx);;All files (*)</source>
        <translation>检查表 (*.yaml *.yml *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="174"/>
        <source>Cannot import checklist</source>
        <translation>无法导入检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="177"/>
        <source>Imported %1 v%2: %3 items, %4 check points</source>
        <translation>已导入 %1 第 %2 版：%3 个检查项目，%4 个检查点</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="178"/>
        <source>Already imported, nothing changed: %1 v%2 (%3 items, %4 check points)</source>
        <translation>已导入过，内容未变：%1 第 %2 版（%3 个检查项目，%4 个检查点）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="202"/>
        <source>Creating sample data…</source>
        <translation>正在生成示例数据…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="205"/>
        <source>Cannot create sample data</source>
        <translation>无法生成示例数据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="215"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="219"/>
        <source>About Safety Desk</source>
        <translation>关于 Safety Desk</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="220"/>
        <source>Safety Desk %1
Offline hazard inspection for safety-production campaigns.</source>
        <translation>Safety Desk %1
安全生产专项整治隐患排查离线桌面程序。</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="38"/>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="64"/>
        <source>no certificate</source>
        <translation>无执法证</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="72"/>
        <source>Unannounced visit (四不两直)</source>
        <translation>四不两直（暗查暗访）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="76"/>
        <source>Campaign</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="77"/>
        <source>Phase</source>
        <translation>检查阶段</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="78"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="79"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="80"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="81"/>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="111"/>
        <source>Create a campaign first (File → New campaign).</source>
        <translation>请先新建专项行动（文件 → 新建专项行动）。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/new_inspection_dialog.py" line="115"/>
        <source>Choose an enterprise from the register.</source>
        <translation>请从名录库中选择企业。</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="82"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="82"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="82"/>
        <source>Problems</source>
        <translation>错误原因</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="83"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="83"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_models.py" line="83"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../safety_desk/ui/register_import_dialog.py" line="42"/>
        <source>File {file}, sheet “{sheet}”, header in row {row}</source>
        <translation>文件 {file}，工作表“{sheet}”，表头在第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_import_dialog.py" line="37"/>
        <source>Import inspected units from Excel</source>
        <translation>从 Excel 导入检查对象名录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_import_dialog.py" line="38"/>
        <source>Import inspectors from Excel</source>
        <translation>从 Excel 导入执法检查人员名录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_import_dialog.py" line="47"/>
        <source>Rows to import: {good} ({new} new, {updated} updates); rows with errors: {bad}</source>
        <translation>{good} 行可导入（新增 {new} 行，更新 {updated} 行），{bad} 行有错误</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_import_dialog.py" line="49"/>
        <source>Rows with errors are not imported. Fix them in the file and import it again.</source>
        <translation>有错误的行不会导入。请在文件中改正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_import_dialog.py" line="58"/>
        <source>Show only rows with errors</source>
        <translation>只显示有错误的行</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_import_dialog.py" line="76"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_import_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/register_import_dialog.py" line="107"/>
        <source>Cannot import the register</source>
        <translation>无法导入名录</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="69"/>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="70"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="71"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="72"/>
        <source>Save blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
</context>
<context>
    <name>RegistersView</name>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="114"/>
        <source>Search by name, street or credit code</source>
        <translation>按名称、街道或统一社会信用代码搜索</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="116"/>
        <source>Search by name, department or certificate no.</source>
        <translation>按姓名、单位或执法证号搜索</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="118"/>
        <source>Inspected units</source>
        <translation>检查对象名录库</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="119"/>
        <source>Inspectors</source>
        <translation>执法检查人员名录库</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="150"/>
        <source>Cannot open the record</source>
        <translation>无法打开该记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="189"/>
        <source>Import register from Excel</source>
        <translation>从 Excel 导入名录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="189"/>
        <location filename="../../safety_desk/ui/registers_view.py" line="227"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="200"/>
        <source>Cannot import the register</source>
        <translation>无法导入名录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="215"/>
        <source>Register imported</source>
        <translation>名录已导入</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="216"/>
        <source>Added: {inserted}; updated: {updated}; skipped because of errors: {skipped}.</source>
        <translation>新增 {inserted} 条，更新 {updated} 条，因错误跳过 {skipped} 行。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="224"/>
        <source>Inspected units template.xlsx</source>
        <translation>检查对象名录库模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="225"/>
        <source>Inspectors template.xlsx</source>
        <translation>执法检查人员名录库模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="227"/>
        <source>Save blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers_view.py" line="241"/>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="43"/>
        <source>Checklist templates</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="48"/>
        <source>Sections, items and check points</source>
        <translation>检查项目、检查内容与检查点</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="61"/>
        <source>Basis for point</source>
        <translation>该检查点的检查依据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="62"/>
        <source>Not given in the source document.</source>
        <translation>原文未给出。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="63"/>
        <source>Choose an item to see its columns.</source>
        <translation>选择一个检查内容以查看各栏。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="64"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="65"/>
        <source>Template id</source>
        <translation>模板编号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="66"/>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="67"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="68"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/template_browser.py" line="69"/>
        <source>Sections / items / points</source>
        <translation>检查项目 / 检查内容 / 检查点</translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="50"/>
        <source>&lt;b&gt;Welcome to Safety Desk.&lt;/b&gt; This database is empty: open the sample data to look around, or create a campaign, add enterprises and inspectors under Registers, and start an inspection.</source>
        <translation>&lt;b&gt;欢迎使用 Safety Desk。&lt;/b&gt;当前数据库还是空的：可以先打开示例数据看看；或者新建专项行动，在“名录库”中添加企业和检查人员，然后开始检查。</translation>
    </message>
</context>
<context>
    <name>_RecordForm</name>
    <message>
        <location filename="../../safety_desk/ui/enterprise_dialog.py" line="102"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
</TS>
