<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../safety_desk/ui/common/about.py" line="18"/>
        <source>Offline hazard inspection for safety-production campaigns.</source>
        <translation>安全生产隐患排查整治（离线桌面版）。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/about.py" line="19"/>
        <source>Licence: %1.</source>
        <translation>许可协议：%1。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/about.py" line="20"/>
        <source>Bundled fonts and their licences:</source>
        <translation>随程序附带的字体及其许可协议：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/about.py" line="21"/>
        <source>Licence texts: %1</source>
        <translation>许可协议全文：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/about.py" line="28"/>
        <source>About Safety Desk</source>
        <translation>关于 Safety Desk</translation>
    </message>
</context>
<context>
    <name>AccidentDialog</name>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="76"/>
        <source>Edit accident</source>
        <translation>编辑事故</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="76"/>
        <source>New accident</source>
        <translation>登记事故</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="77"/>
        <source>Date</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="78"/>
        <source>Type</source>
        <translation>事故类型</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="80"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="81"/>
        <source>(not in the register)</source>
        <translation>（不在检查对象名录库中）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="82"/>
        <source>Street</source>
        <translation>所在街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="83"/>
        <source>Deaths</source>
        <translation>死亡人数</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="84"/>
        <source>Seriously injured</source>
        <translation>重伤人数</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="86"/>
        <source>Direct economic loss (yuan)</source>
        <translation>直接经济损失（元）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="89"/>
        <source>Grade (State Council Decree No. 493)</source>
        <translation>事故等级（国务院令第493号）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="90"/>
        <source>Illegal production</source>
        <translation>非法生产经营</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="91"/>
        <source>Happened in illegal production or operation</source>
        <translation>属于非法生产经营事故</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="95"/>
        <source>Poor hazard rectification</source>
        <translation>风险隐患排查整改不力</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="97"/>
        <source>Three violations</source>
        <translation>“三违”行为</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="101"/>
        <source>Caused by</source>
        <translation>事故原因</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="102"/>
        <source>Reporting</source>
        <translation>报告情况</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="103"/>
        <source>What happened</source>
        <translation>事故经过</translation>
    </message>
</context>
<context>
    <name>AccidentTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="34"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="36"/>
        <source>Date</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="37"/>
        <source>Type</source>
        <translation>事故类型</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="38"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="39"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="39"/>
        <source>(not in the register)</source>
        <translation>（不在名录库中）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="40"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="41"/>
        <source>Deaths</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="42"/>
        <source>Seriously injured</source>
        <translation>重伤</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="43"/>
        <source>Direct loss (yuan)</source>
        <translation>直接经济损失（元）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="44"/>
        <source>Illegal production</source>
        <translation>非法生产经营</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="45"/>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="46"/>
        <source>Reporting</source>
        <translation>报告情况</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="47"/>
        <source>Description</source>
        <translation>事故经过</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="53"/>
        <source>Poor hazard rectification</source>
        <translation>隐患整改不力</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="55"/>
        <source>Three violations</source>
        <translation>三违</translation>
    </message>
</context>
<context>
    <name>ActorName</name>
    <message>
        <location filename="../../safety_desk/ui/common/actor.py" line="42"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/actor.py" line="43"/>
        <source>Welcome. Please enter your name: it is recorded with every change you make, and you can change it later with File → Set my name…</source>
        <translation>欢迎使用。请输入您的姓名：您所做的每项修改都将记录此姓名（经办人），以后可在“文件 → 设置经办人姓名…”中修改。</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../safety_desk/ui/common/worker.py" line="45"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="22"/>
        <source>Safety Desk backup (*.zip)</source>
        <translation>Safety Desk 备份 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="23"/>
        <source>Safety Desk backup or database (*.zip *.db);;All files (*)</source>
        <translation>Safety Desk 备份或数据库 (*.zip *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="37"/>
        <source>Safety Desk backup</source>
        <translation>安全生产数据备份</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="43"/>
        <source>Back up data</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="50"/>
        <source>Backing up the database and photos…</source>
        <translation>正在备份数据库和照片…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="54"/>
        <source>Backed up the database and {photos} photos to {path}</source>
        <translation>已备份数据库和 {photos} 张照片到 {path}</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="57"/>
        <source>{n} photo files were missing and are not in the backup.</source>
        <translation>有 {n} 张照片文件缺失，未能备份。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="72"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="79"/>
        <source>Replace all data on this computer with the backup {path}?

The current data is saved first in the backups folder, so this can be undone by restoring that file.</source>
        <translation>用备份 {path} 替换本机的全部数据吗？

替换前会先把当前数据另存到 backups 文件夹中，恢复那个文件即可撤销。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="86"/>
        <source>Restoring from backup…</source>
        <translation>正在从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="91"/>
        <source>Restored {findings} hazards and {photos} photos from {path}.
The data it replaced was saved as {previous}</source>
        <translation>已恢复 {findings} 条隐患和 {photos} 张照片（来自 {path}）。
被替换的数据已另存为 {previous}</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/backup/backup_dialogs.py" line="126"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="198"/>
        <source>Edit blacklist entry</source>
        <translation>编辑黑名单记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="198"/>
        <source>Add to the blacklist</source>
        <translation>列入黑名单</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="199"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="200"/>
        <source>Choose an enterprise…</source>
        <translation>请选择企业…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="201"/>
        <source>Listed on</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="202"/>
        <source>Reason</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="203"/>
        <source>Removed</source>
        <translation>移出</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="204"/>
        <source>Removed from the blacklist on</source>
        <translation>移出黑名单日期</translation>
    </message>
</context>
<context>
    <name>BlacklistTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="93"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="94"/>
        <source>Listed on</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="95"/>
        <source>Reason</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="96"/>
        <source>Removed on</source>
        <translation>移出日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="97"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="97"/>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="97"/>
        <source>On the blacklist</source>
        <translation>在黑名单中</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../safety_desk/ui/inspection/campaign_dialog.py" line="38"/>
        <source>New campaign</source>
        <translation>新建专项行动</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/campaign_dialog.py" line="38"/>
        <source>Edit campaign</source>
        <translation>编辑专项行动</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/campaign_dialog.py" line="54"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/campaign_dialog.py" line="42"/>
        <location filename="../../safety_desk/ui/inspection/campaign_dialog.py" line="55"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/campaign_dialog.py" line="43"/>
        <location filename="../../safety_desk/ui/inspection/campaign_dialog.py" line="56"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/campaign_dialog.py" line="57"/>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../safety_desk/ui/inspection/checklist_model.py" line="23"/>
        <source>Item</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/checklist_model.py" line="24"/>
        <source>Check point</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/checklist_model.py" line="25"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/checklist_model.py" line="26"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="32"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="32"/>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="83"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="32"/>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="84"/>
        <source>Incoming</source>
        <translation>导入的</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="32"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="33"/>
        <source>Keep this computer&apos;s version</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="34"/>
        <source>Keep incoming version</source>
        <translation>保留导入的版本</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="35"/>
        <source>Merge chosen fields</source>
        <translation>按所选字段合并</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="54"/>
        <source>{table} {record} — from {device}</source>
        <translation>{table} {record} — 来自 {device}</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="71"/>
        <source>No conflicts</source>
        <translation>没有冲突</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="73"/>
        <source>Changed on both sides since the last exchange</source>
        <translation>自上次交换以来双方都修改过</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="79"/>
        <source>(confidential: open the lead)</source>
        <translation>（保密：请打开线索查看）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/conflicts_view.py" line="106"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="103"/>
        <source>due within 7 days</source>
        <translation>7日内到期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="104"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="105"/>
        <source>listed major hazards still open</source>
        <translation>挂牌督办未销号的重大隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="106"/>
        <source>listed and overdue: veto situations</source>
        <translation>挂牌且逾期（一票否决情形）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="114"/>
        <source>leads overdue</source>
        <translation>线索逾期未办结</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="115"/>
        <source>true leads not dealt with by the due date</source>
        <translation>线索属实但到期未处置</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="126"/>
        <source>double random results due soon</source>
        <translation>双随机结果即将到期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="127"/>
        <source>double random results overdue</source>
        <translation>双随机结果逾期未录入</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="144"/>
        <source>Hazards in the ledger. Click a figure or double-click a street to see its hazards.</source>
        <translation>统计已登记入台账的隐患。点击数字或双击街道可查看相应隐患。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="150"/>
        <source>By street</source>
        <translation>按街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="158"/>
        <source>Rectification at a glance, %1</source>
        <translation>隐患整改概况（%1）</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../safety_desk/ui/common/date_field.py" line="51"/>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日，如 2019-09-30</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/date_field.py" line="52"/>
        <source>Pick from the calendar</source>
        <translation>从日历中选择</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/date_field.py" line="68"/>
        <source>Enter a date (yyyy-mm-dd)</source>
        <translation>请填写日期（年-月-日）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/date_field.py" line="106"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DelistDialog</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="280"/>
        <source>Lift the listing</source>
        <translation>撤销挂牌督办</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="287"/>
        <source>Listing</source>
        <translation>挂牌信息</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="288"/>
        <source>Lifted on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="289"/>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
</context>
<context>
    <name>DocumentRegisterDialog</name>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="24"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="25"/>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="26"/>
        <source>Date</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="27"/>
        <source>Enterprise</source>
        <translation>被检查单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="28"/>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="70"/>
        <source>Register of issued documents</source>
        <translation>发文登记</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="80"/>
        <source>Reprint…</source>
        <translation>重印…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="81"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="82"/>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="149"/>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="156"/>
        <source>Export register (xlsx)…</source>
        <translation>导出发文登记（Excel）…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="106"/>
        <source>{count} documents</source>
        <translation>共 {count} 份文书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="108"/>
        <source>{count} numbers used twice: give each laptop its own number block</source>
        <translation>{count} 个文号重复：请为每台笔记本分配各自的文号段</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="121"/>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="128"/>
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="135"/>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="143"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/register_dialog.py" line="136"/>
        <source>Reason for voiding {number}:</source>
        <translation>作废 {number} 的原因：</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="42"/>
        <source>Draw: %1</source>
        <translation>摇号：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="46"/>
        <source>The draw depends only on the seed, the plan and the registers as they are now. Write the seed down: anyone can re-run the draw with it and get the same list.</source>
        <translation>摇号结果只取决于随机种子、抽查计划和当前的名录库。请记下种子：任何人用它重新摇号都会得到相同的名单。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="51"/>
        <source>Derived from the time now; type another number to use it instead</source>
        <translation>由当前时间生成；也可输入其他整数作为种子</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="54"/>
        <source>Names, separated by 、 or ,</source>
        <translation>姓名，用“、”或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="55"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="56"/>
        <source>Drawn by</source>
        <translation>摇号人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="57"/>
        <source>Witnesses</source>
        <translation>监督人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="60"/>
        <source>Reason for redrawing</source>
        <translation>重新抽取的原因</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="65"/>
        <source>Draw with this seed</source>
        <translation>用此种子摇号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="83"/>
        <source>The seed must be a whole number from 0 to %1</source>
        <translation>种子应为 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="86"/>
        <source>Say why the plan is drawn again</source>
        <translation>请说明重新抽取的原因</translation>
    </message>
</context>
<context>
    <name>DrawsModel</name>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="60"/>
        <source>Drawn at</source>
        <translation>摇号时间</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="61"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="62"/>
        <source>Drawn by</source>
        <translation>摇号人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="63"/>
        <source>Witnesses</source>
        <translation>监督人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="65"/>
        <source>Register fingerprint</source>
        <translation>名录库快照指纹</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="66"/>
        <source>Replaces</source>
        <translation>替代的记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="67"/>
        <source>Draw id</source>
        <translation>摇号编号</translation>
    </message>
</context>
<context>
    <name>EnforcementActionDialog</name>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="60"/>
        <source>Edit enforcement measure</source>
        <translation>编辑执法措施</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="60"/>
        <source>New enforcement measure</source>
        <translation>新增执法措施</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="61"/>
        <source>Measure</source>
        <translation>执法措施</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="64"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="65"/>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="66"/>
        <source>Fine (yuan)</source>
        <translation>罚款金额（元）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="67"/>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="68"/>
        <source>The enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="69"/>
        <source>A named person</source>
        <translation>责任人员（个人）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="71"/>
        <source>Responsible person</source>
        <translation>责任人姓名</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="72"/>
        <source>e.g. the principal head or the safety manager</source>
        <translation>如主要负责人、安全管理人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="73"/>
        <source>About hazard</source>
        <translation>涉及隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="74"/>
        <source>(the inspection as a whole)</source>
        <translation>（针对本次检查整体）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="78"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="91"/>
        <source>Required for a case</source>
        <translation>立案须填写</translation>
    </message>
</context>
<context>
    <name>EnforcementActionTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="114"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="115"/>
        <source>Measure</source>
        <translation>执法措施</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="116"/>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="117"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="118"/>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="118"/>
        <source>The enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="119"/>
        <source>Hazard</source>
        <translation>涉及隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="120"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EnforcementPanel</name>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="135"/>
        <source>Add measure…</source>
        <translation>新增执法措施…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="136"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="137"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="144"/>
        <source>Enforcement measures</source>
        <translation>执法措施</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="186"/>
        <source>Cannot open the measure</source>
        <translation>无法打开执法措施</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="195"/>
        <source>Cannot open the inspection</source>
        <translation>无法打开检查记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="209"/>
        <source>Remove measure</source>
        <translation>删除执法措施</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="210"/>
        <source>Remove the selected enforcement measure?</source>
        <translation>删除所选执法措施？</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/enforcement_panel.py" line="222"/>
        <source>Cannot remove the measure</source>
        <translation>无法删除执法措施</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="47"/>
        <source>Edit enterprise</source>
        <translation>编辑检查对象</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="47"/>
        <source>New enterprise</source>
        <translation>新增检查对象</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="48"/>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="49"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="50"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="51"/>
        <source>Street</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="52"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="53"/>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="54"/>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="55"/>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="56"/>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="58"/>
        <source>Not graded</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="57"/>
        <source>Credit grade</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="67"/>
        <source>Key enterprise categories</source>
        <translation>重点企业类别</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="76"/>
        <source>Key processes / chemicals, major hazards</source>
        <translation>两重点一重大</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="78"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="79"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="25"/>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="26"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="27"/>
        <source>Street</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="28"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="29"/>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="30"/>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="31"/>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="32"/>
        <source>Credit grade</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="33"/>
        <source>Key enterprise categories</source>
        <translation>重点企业类别</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="34"/>
        <source>Key processes / chemicals, major hazards</source>
        <translation>两重点一重大</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="35"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="36"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../safety_desk/ui/common/error_hook.py" line="32"/>
        <source>The disk is full: the last change was not saved. Free some space, then make the change again.</source>
        <translation>磁盘已满：刚才的修改没有保存。请腾出磁盘空间后重新修改。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/error_hook.py" line="35"/>
        <source>Another window is writing to the same database: the last change was not saved. Wait a moment, then make the change again.</source>
        <translation>另一个窗口正在写入同一数据库：刚才的修改没有保存。请稍候再重新修改。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/error_hook.py" line="39"/>
        <source>The database file cannot be written (read-only): the last change was not saved.</source>
        <translation>数据库文件不可写（只读）：刚才的修改没有保存。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/error_hook.py" line="42"/>
        <source>Something went wrong inside Safety Desk and the last action may not have been completed. Details were written to %1.</source>
        <translation>Safety Desk 内部出错，刚才的操作可能没有完成。详细信息已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/error_hook.py" line="60"/>
        <source>Safety Desk</source>
        <translation>Safety Desk</translation>
    </message>
</context>
<context>
    <name>ExposureDialog</name>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="38"/>
        <source>Exposure list</source>
        <translation>曝光名单</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="46"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="47"/>
        <source>Listed: stop-production orders, closures, transfers to the judiciary, fines on a visit that found a major hazard, and fines of at least the amount above (the office&apos;s choice). Penalties on persons are never listed.</source>
        <translation>列入：责令停产停业整顿、关闭取缔、移送司法机关、检查发现重大隐患的罚款，以及罚款金额达到上述数额的（由本单位确定）。对个人的处罚一律不列入。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="43"/>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="53"/>
        <source>Penalties from</source>
        <translation>处罚日期从</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="44"/>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="54"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="55"/>
        <source>Serious fine from</source>
        <translation>罚款金额达到</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="56"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="57"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="78"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="78"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="79"/>
        <source>Export exposure list</source>
        <translation>导出曝光名单</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="88"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/exposure_dialog.py" line="90"/>
        <source>{n} entries written to {path}</source>
        <translation>已导出 {n} 家次：{path}</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="231"/>
        <source>Extend the deadline</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="233"/>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="238"/>
        <source>who approved the extension, e.g. the street safety office</source>
        <translation>批准延期的单位或人员，如街道安监办</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="239"/>
        <source>Current deadline</source>
        <translation>原整改时限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="240"/>
        <source>New deadline</source>
        <translation>延期后时限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="241"/>
        <source>Reason (required)</source>
        <translation>延期理由（必填）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="242"/>
        <source>Approved by (required)</source>
        <translation>批准人（必填）</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="88"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="195"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="372"/>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="98"/>
        <source>Check point and basis (kept as recorded)</source>
        <translation>检查点与依据（按记录时保存）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="103"/>
        <source>Basis</source>
        <translation>检查依据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="103"/>
        <source>Disposal basis</source>
        <translation>处置依据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="104"/>
        <source>Rectification requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="108"/>
        <source>Free-standing hazard (not tied to a check point)</source>
        <translation>独立记录的隐患（未关联检查点）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="115"/>
        <source>三违 (violating command, rules or discipline)</source>
        <translation>三违（违章指挥、违章操作、违反劳动纪律）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="127"/>
        <source>yuan, e.g. 12000.00</source>
        <translation>单位：元，如 12000.00</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="130"/>
        <source>not set (yyyy-mm-dd)</source>
        <translation>未填写（年-月-日）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="136"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="213"/>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="137"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="213"/>
        <source>Location</source>
        <translation>隐患部位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="141"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="213"/>
        <source>Level</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="142"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="214"/>
        <source>Rectification mode</source>
        <translation>整改方式</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="143"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="215"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="145"/>
        <source>Five rectification fields (五落实)</source>
        <translation>五落实（责任、措施、资金、时限、预案）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="147"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="215"/>
        <source>Responsible unit</source>
        <translation>整改责任单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="148"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="216"/>
        <source>Responsible person</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="149"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="216"/>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="150"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="217"/>
        <source>Funds (yuan)</source>
        <translation>整改资金（元）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="151"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="217"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="152"/>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="218"/>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="156"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="158"/>
        <source>Remove selected photo</source>
        <translation>移除所选照片</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="167"/>
        <source>Keep the stored values</source>
        <translation>恢复已保存的值</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="168"/>
        <source>Show the stored value again in every field marked red</source>
        <translation>在所有标红的字段中恢复显示已保存的值</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="171"/>
        <source>Enter into ledger</source>
        <translation>登记入台账</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="173"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="188"/>
        <source>Photos (drop image files here)</source>
        <translation>照片（可将图片文件拖放到此处）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="196"/>
        <source>History</source>
        <translation>整改记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="296"/>
        <source>The date the hazard was found is required.</source>
        <translation>须填写发现日期。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/unstored_fields.py" line="32"/>
        <source>Stored: %1</source>
        <translation>已保存的值：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/unstored_fields.py" line="55"/>
        <location filename="../../safety_desk/ui/hazards/unstored_fields.py" line="67"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/unstored_fields.py" line="71"/>
        <source>%1: “%2” is not stored (%3); stored: %4</source>
        <translation>%1：显示的“%2”未保存（%3）；已保存的值：%4</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/unstored_fields.py" line="85"/>
        <source>Fix the fields marked red, or keep the stored values:</source>
        <translation>请改正标红的字段，或点“恢复已保存的值”：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="373"/>
        <source>Some fields show values that are not stored:</source>
        <translation>以下字段显示的值未保存：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="375"/>
        <source>Keep the stored values and close</source>
        <translation>恢复已保存的值并关闭</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="377"/>
        <source>Go back and fix</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="394"/>
        <source>In the ledger.</source>
        <translation>已登记入台账。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="396"/>
        <source>Before it can enter the ledger, still missing: %1</source>
        <translation>登记入台账前尚缺：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="399"/>
        <source>All required fields are set; it can enter the ledger.</source>
        <translation>必填项已齐全，可以登记入台账。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="413"/>
        <source>In the ledger: change the deadline with Extend deadline…</source>
        <translation>已入台账：请通过“延期…”变更整改时限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="452"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="453"/>
        <source>Name recorded with every change you make on this computer:</source>
        <translation>在本机所做的每项修改都将记录此姓名：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="490"/>
        <source>Cannot enter the ledger yet.</source>
        <translation>尚不能登记入台账。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="504"/>
        <source>Required before the hazard can enter the ledger</source>
        <translation>登记入台账前须填写</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="514"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="514"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_dialog.py" line="521"/>
        <source>A written-off hazard cannot be changed; reopen it first.</source>
        <translation>已销号的隐患不能修改，请先重新打开。</translation>
    </message>
</context>
<context>
    <name>FindingHistoryModel</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_history.py" line="30"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_history.py" line="31"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_history.py" line="32"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_history.py" line="33"/>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_history.py" line="34"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/finding_history.py" line="35"/>
        <source>Reason</source>
        <translation>理由／意见</translation>
    </message>
</context>
<context>
    <name>HazardTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_model.py" line="156"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_model.py" line="169"/>
        <source>Not yet entered in the ledger: it is not followed and not exported by default</source>
        <translation>尚未登记入台账：不跟踪整改，导出台账时默认不含</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_model.py" line="184"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_model.py" line="185"/>
        <source>Street</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_model.py" line="186"/>
        <source>Hazard description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_model.py" line="187"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_model.py" line="188"/>
        <source>Rectification</source>
        <translation>整改方式</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_model.py" line="189"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_model.py" line="190"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_model.py" line="191"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>HazardsView</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="70"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="72"/>
        <source>Search description, location or enterprise</source>
        <translation>搜索隐患描述、部位或企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="77"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="78"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="79"/>
        <source>Export the ledger of the hazards shown (PDF or Excel)</source>
        <translation>导出当前筛选隐患的台账（PDF 或 Excel）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="145"/>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="147"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="153"/>
        <source>All campaigns</source>
        <translation>全部专项行动</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="154"/>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="160"/>
        <source>All enterprises</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="228"/>
        <source>Total: %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/hazards_view.py" line="230"/>
        <source> (of which %1 drafts, not yet in the ledger: a ledger export leaves them out)</source>
        <translation>（其中草稿 %1 条，尚未登记入台账，导出台账时不含）</translation>
    </message>
</context>
<context>
    <name>IllegalOperationDialog</name>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="167"/>
        <source>Edit illegal operation</source>
        <translation>编辑非法生产经营记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="167"/>
        <source>New illegal operation</source>
        <translation>登记非法生产经营</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="168"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="169"/>
        <source>Street</source>
        <translation>所在街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="170"/>
        <source>Responsible department</source>
        <translation>负有直接监管责任的部门</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="172"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="173"/>
        <source>Name or description of the unit, if known</source>
        <translation>单位名称或描述（如已知）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="174"/>
        <source>What was found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="175"/>
        <source>Effectively stopped</source>
        <translation>有效制止</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_dialogs.py" line="176"/>
        <source>Stopped on</source>
        <translation>制止日期</translation>
    </message>
</context>
<context>
    <name>IllegalOperationTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="71"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="72"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="73"/>
        <source>Responsible department</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="74"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="75"/>
        <source>What was found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="76"/>
        <source>Effectively stopped</source>
        <translation>是否有效制止</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="76"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="76"/>
        <source>Not stopped</source>
        <translation>未制止</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_models.py" line="77"/>
        <source>Stopped on</source>
        <translation>制止日期</translation>
    </message>
</context>
<context>
    <name>InspectionListModel</name>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspections_page.py" line="33"/>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspections_page.py" line="34"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspections_page.py" line="35"/>
        <source>Street</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspections_page.py" line="36"/>
        <source>Phase</source>
        <translation>检查阶段</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspections_page.py" line="37"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspections_page.py" line="38"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="82"/>
        <source>← All inspections</source>
        <translation>← 全部检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="84"/>
        <source>  ·  Unannounced (四不两直)</source>
        <translation>  ·  四不两直</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="92"/>
        <source>↑↓ move · 1 compliant · 2 non-compliant · 3 not applicable · 0 unchecked · Ctrl+N record a hazard</source>
        <translation>↑↓ 移动 · 1 符合 · 2 不符合 · 3 不适用 · 0 未检查 · Ctrl+N 记录隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="114"/>
        <source>Note on this check point (saved as you type)</source>
        <translation>本检查点的备注（输入即保存）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="117"/>
        <source>1 Compliant</source>
        <translation>1 符合</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="117"/>
        <source>2 Non-compliant</source>
        <translation>2 不符合</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="118"/>
        <source>3 Not applicable</source>
        <translation>3 不适用</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="122"/>
        <source>Record hazard (Ctrl+N)</source>
        <translation>记录隐患 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="129"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="136"/>
        <source>Earlier hazards to re-check (open, or written off in the last 90 days)</source>
        <translation>回头看需复核的既往隐患（未销号，或近 90 天内销号）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="142"/>
        <source>Hazards recorded in this inspection</source>
        <translation>本次检查记录的隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="147"/>
        <source>Record a hazard not tied to a check point</source>
        <translation>记录未关联检查点的隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="151"/>
        <source>Documents issued for this inspection</source>
        <translation>本次检查已签发的文书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="155"/>
        <source>Issue document…</source>
        <translation>签发文书…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="243"/>
        <source>Checked %1 / %2</source>
        <translation>已检查 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="274"/>
        <source>written off %1</source>
        <translation>%1 销号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="278"/>
        <source>deadline %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="280"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="281"/>
        <source> · listed</source>
        <translation> · 挂牌督办</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="299"/>
        <source>in ledger</source>
        <translation>已入台账</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="299"/>
        <source>draft</source>
        <translation>未入台账</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="272"/>
        <location filename="../../safety_desk/ui/inspection/inspection_view.py" line="300"/>
        <source>(no description yet)</source>
        <translation>（尚未填写描述）</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../safety_desk/ui/inspection/inspections_page.py" line="65"/>
        <source>New inspection…</source>
        <translation>新建检查…</translation>
    </message>
</context>
<context>
    <name>InspectorDialog</name>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="118"/>
        <source>Edit inspector</source>
        <translation>编辑执法检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="118"/>
        <source>New inspector</source>
        <translation>新增执法检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="119"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="120"/>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="122"/>
        <source>Enforcement certificate no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="124"/>
        <source>Specialties</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/enterprise_dialog.py" line="125"/>
        <source>e.g. hazardous chemicals, fire safety</source>
        <translation>如：危险化学品、消防</translation>
    </message>
</context>
<context>
    <name>InspectorTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="52"/>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="53"/>
        <source>Enforcement certificate no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="54"/>
        <source>Specialties</source>
        <translation>专业</translation>
    </message>
</context>
<context>
    <name>IssueDocumentDialog</name>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="33"/>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="150"/>
        <source>Issue document</source>
        <translation>签发文书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="39"/>
        <source>(no issuing unit set: Documents → Issuing unit and numbers)</source>
        <translation>（未设置发文单位：文书 → 发文单位与文号设置）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="49"/>
        <source>Issuing unit</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="50"/>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="51"/>
        <source>Place inspected</source>
        <translation>检查场所</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="52"/>
        <source>Time from</source>
        <translation>检查开始时间</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="53"/>
        <source>Time to</source>
        <translation>检查结束时间</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="54"/>
        <source>Head of the unit</source>
        <translation>法定代表人（负责人）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="55"/>
        <source>Head&apos;s title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="56"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="57"/>
        <source>Narrative / opinion</source>
        <translation>检查情况 / 复查意见</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="58"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="61"/>
        <source>Issue…</source>
        <translation>签发…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="69"/>
        <source>Already issued:</source>
        <translation>已签发：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="103"/>
        <source>Leave empty to conclude from the re-inspection results</source>
        <translation>留空则按复查结果自动写出结论</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="133"/>
        <source>Save the issued document</source>
        <translation>保存签发的文书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="145"/>
        <source>Issued {number}.</source>
        <translation>已签发 {number}。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/issue_dialog.py" line="147"/>
        <source>No font has these characters; they print as □: {chars}</source>
        <translation>以下字符没有可用字体，已印为 □：{chars}</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="68"/>
        <source>Edit lead</source>
        <translation>编辑线索</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="68"/>
        <source>New lead</source>
        <translation>登记线索</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="69"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="70"/>
        <source>How it came</source>
        <translation>来件方式</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="71"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="72"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="73"/>
        <source>Unregistered enterprise</source>
        <translation>未登记企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="75"/>
        <source>Name, when the enterprise is not in the register</source>
        <translation>企业不在名录库中时，填写其名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="76"/>
        <source>Its address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="78"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="79"/>
        <source>What is reported</source>
        <translation>反映内容</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="80"/>
        <source>Complainant (confidential)</source>
        <translation>反映人（保密）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="82"/>
        <source>Complainant&apos;s contact (confidential)</source>
        <translation>反映人联系方式（保密）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="85"/>
        <source>Shown only in this form: never in lists, exports, reports or package summaries</source>
        <translation>只在本表单中显示：不出现在列表、导出文件、报表和数据包摘要中</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="86"/>
        <source>Responsible department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="88"/>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="89"/>
        <source>Working days allowed</source>
        <translation>办理时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="92"/>
        <source>Due date</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="93"/>
        <source>Finding</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="94"/>
        <source>Verified</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="94"/>
        <source>Verified on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="96"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="97"/>
        <source>Case opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="98"/>
        <source>Case opened on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="99"/>
        <source>Reason for no case</source>
        <translation>不予立案理由</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="100"/>
        <source>Reply to the complainant</source>
        <translation>答复反映人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="101"/>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="102"/>
        <source>Reply by</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="104"/>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="104"/>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="105"/>
        <source>Inspections that checked it</source>
        <translation>核查的检查记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="106"/>
        <source>Open inspection</source>
        <translation>打开检查记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="108"/>
        <source>Hazards found</source>
        <translation>发现的隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="109"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_dialog.py" line="139"/>
        <source>(not in the register)</source>
        <translation>（不在名录库中）</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="26"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="27"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="28"/>
        <source>Channel</source>
        <translation>来件方式</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="29"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="30"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="31"/>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="32"/>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="34"/>
        <source>Finding</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="35"/>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="36"/>
        <source>Replied</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="37"/>
        <source>Attention</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="38"/>
        <source>What is reported</source>
        <translation>反映内容</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="44"/>
        <source>true, no case/penalty/rectification by the due date</source>
        <translation>属实但到期未立案、未处罚、未责令整改</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/lead_models.py" line="46"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="51"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="54"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="56"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="57"/>
        <source>True but not dealt with</source>
        <translation>属实未处置</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="58"/>
        <source>Search enterprise, text, case…</source>
        <translation>搜索企业、内容、案件编号…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="65"/>
        <source>The office&apos;s choice, not a legal limit: new leads are due this many working days after the day received</source>
        <translation>本单位自定的办理时限（非法定期限）：新登记的线索自收到之日起经过这些工作日到期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="67"/>
        <source>New lead…</source>
        <translation>登记线索…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="68"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="69"/>
        <source>Exposure list…</source>
        <translation>曝光名单…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="85"/>
        <source>Due within (working days):</source>
        <translation>办理时限（工作日）：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="122"/>
        <source>{n} leads shown, {overdue} overdue, {flagged} true but not dealt with</source>
        <translation>显示 {n} 条线索，逾期 {overdue} 条，属实未处置 {flagged} 条</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="144"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/leads/leads_view.py" line="161"/>
        <source>Cannot open the lead</source>
        <translation>无法打开线索</translation>
    </message>
</context>
<context>
    <name>LedgerExportDialog</name>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="80"/>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="150"/>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="206"/>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="91"/>
        <source>PDF (to print and sign)</source>
        <translation>PDF（用于打印、签字）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="92"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="95"/>
        <source>e.g. the street office keeping this ledger</source>
        <translation>例如：填报本台账的街道办事处</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="96"/>
        <source>Include hazards not yet entered in the ledger</source>
        <translation>包括尚未登记入台账的隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="99"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="105"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="109"/>
        <source>Hazards:</source>
        <translation>隐患：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="114"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="115"/>
        <source>Unit:</source>
        <translation>填报单位：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="117"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="141"/>
        <source>%1 hazards — %2; %3</source>
        <translation>%1 条隐患 — %2；%3</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="149"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="149"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="162"/>
        <source>Choose a file to save to.</source>
        <translation>请选择要保存的文件。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="172"/>
        <source>Exporting the ledger…</source>
        <translation>正在导出台账…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="178"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="186"/>
        <source>Export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="187"/>
        <source>Cannot export the ledger</source>
        <translation>无法导出台账</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="193"/>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="195"/>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="207"/>
        <source>Exported %1 hazards to %2</source>
        <translation>已导出 %1 条隐患至 %2</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="209"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="47"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="50"/>
        <source>Start rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="50"/>
        <source>Report done</source>
        <translation>提交复查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="51"/>
        <source>Re-inspect…</source>
        <translation>复查验收…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="51"/>
        <source>Extend deadline…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="52"/>
        <source>List for supervision…</source>
        <translation>挂牌督办…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="52"/>
        <source>Lift listing…</source>
        <translation>撤销挂牌…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="53"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="77"/>
        <source>deadline %1</source>
        <translation>整改时限 %1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="79"/>
        <source>overdue by %1 days</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="83"/>
        <source>listed: %1 · %2 · %3</source>
        <translation>挂牌督办：%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="86"/>
        <source>veto situation for the enterprise</source>
        <translation>企业一票否决情形</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="88"/>
        <source>Draft: enter it into the ledger to follow its rectification.</source>
        <translation>草稿：登记入台账后方可跟踪整改。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="90"/>
        <source>written off: read-only</source>
        <translation>已销号，只读</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_bar.py" line="92"/>
        <source>Recording as %1</source>
        <translation>经办人：%1</translation>
    </message>
</context>
<context>
    <name>LifecycleStepDialog</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="96"/>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="115"/>
        <source>Please enter your name: every step records who took it.</source>
        <translation>请填写经办人姓名：每一步都须记录由谁办理。</translation>
    </message>
</context>
<context>
    <name>ListingDialog</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="256"/>
        <source>Listed supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="260"/>
        <source>e.g. the district safety committee office</source>
        <translation>如：区安委会办公室</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="263"/>
        <source>Level</source>
        <translation>督办级别</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="264"/>
        <source>Supervising unit</source>
        <translation>督办单位</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="265"/>
        <source>Document number</source>
        <translation>督办文号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="266"/>
        <source>Listed on</source>
        <translation>挂牌日期</translation>
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
        <source>&amp;Documents</source>
        <translation>文书(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="28"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="31"/>
        <source>New &amp;campaign…</source>
        <translation>新建专项行动(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="32"/>
        <source>&amp;Edit campaign…</source>
        <translation>编辑专项行动(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="33"/>
        <source>New &amp;inspection…</source>
        <translation>新建检查(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="35"/>
        <source>&amp;Import checklist…</source>
        <translation>导入检查表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="37"/>
        <source>Export &amp;ledger…</source>
        <translation>导出台账(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="39"/>
        <location filename="../../safety_desk/ui/main_window.py" line="314"/>
        <source>Export rectification &amp;notice…</source>
        <translation>导出隐患整改通知书(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="41"/>
        <source>E&amp;xport data package…</source>
        <translation>导出数据包(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="43"/>
        <source>Im&amp;port data packages (one or several)…</source>
        <translation>导入数据包（可多选）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="44"/>
        <source>&amp;Back up data…</source>
        <translation>备份数据(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="46"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="47"/>
        <source>Set &amp;my name…</source>
        <translation>设置经办人姓名(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="49"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="51"/>
        <source>Open &amp;sample data</source>
        <translation>打开示例数据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="54"/>
        <source>&amp;Issue document…</source>
        <translation>签发文书(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="55"/>
        <source>&amp;Register of issued documents</source>
        <translation>发文登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="57"/>
        <source>Issuing &amp;unit and numbers…</source>
        <translation>发文单位与文号设置(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="59"/>
        <source>&amp;About Safety Desk</source>
        <translation>关于 Safety Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="88"/>
        <source>Daily backup saved: %1</source>
        <translation>每日备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="90"/>
        <source>Daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="99"/>
        <source>Safety Desk — hazard inspection</source>
        <translation>Safety Desk 安全生产隐患排查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="100"/>
        <source> — sample data</source>
        <translation> — 示例数据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="102"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="118"/>
        <source>Dashboard</source>
        <translation>整改概况</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="119"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="120"/>
        <source>Inspections</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="121"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="125"/>
        <source>Double random</source>
        <translation>双随机</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="127"/>
        <source>Registers</source>
        <translation>名录库</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="129"/>
        <source>Accidents and illegal operations</source>
        <translation>事故与打非治违</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="133"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="135"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="137"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="255"/>
        <location filename="../../safety_desk/ui/main_window.py" line="260"/>
        <source>Edit campaign</source>
        <translation>编辑专项行动</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="255"/>
        <source>There is no campaign yet: create one first.</source>
        <translation>还没有专项行动，请先新建。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="260"/>
        <source>Campaign:</source>
        <translation>专项行动：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="315"/>
        <source>Open an inspection first: the notice is for one inspection.</source>
        <translation>请先打开一次检查：整改通知书针对单次检查。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="325"/>
        <source>Issue document</source>
        <translation>签发文书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="325"/>
        <source>Open an inspection first: a document is for one inspection.</source>
        <translation>请先打开一次检查：文书针对一次检查签发。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="356"/>
        <source>Import checklist</source>
        <translation>导入检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="357"/>
        <source>Checklists (*.yaml *.yml *.xlsx);;All files (*)</source>
        <translation>检查表 (*.yaml *.yml *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="366"/>
        <source>Cannot import checklist</source>
        <translation>无法导入检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="369"/>
        <source>Imported %1 v%2: %3 items, %4 check points</source>
        <translation>已导入 %1 第 %2 版：%3 个检查项目，%4 个检查点</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="370"/>
        <source>Already imported, nothing changed: %1 v%2 (%3 items, %4 check points)</source>
        <translation>已导入过，内容未变：%1 第 %2 版（%3 个检查项目，%4 个检查点）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="381"/>
        <location filename="../../safety_desk/ui/main_window.py" line="390"/>
        <location filename="../../safety_desk/ui/main_window.py" line="396"/>
        <location filename="../../safety_desk/ui/main_window.py" line="399"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="382"/>
        <source>Safety Desk databases (*.db);;All files (*)</source>
        <translation>Safety Desk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="390"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="400"/>
        <source>%1 is not a Safety Desk database.</source>
        <translation>%1 不是 Safety Desk 数据库。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="423"/>
        <source>Creating sample data…</source>
        <translation>正在生成示例数据…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="426"/>
        <source>Cannot create sample data</source>
        <translation>无法生成示例数据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="441"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="454"/>
        <source>Recording as: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="455"/>
        <source>Recording as: (not set)</source>
        <translation>经办人：未设置</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="460"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="460"/>
        <source>Name recorded with every change you make on this computer:</source>
        <translation>在本机所做的每项修改都将记录此姓名：</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <location filename="../../safety_desk/ui/common/qdates.py" line="95"/>
        <source>yyyy-mm</source>
        <translation>年-月，如 2019-09</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/qdates.py" line="129"/>
        <source>“%1” is not a month from %2 to %3 (yyyy-mm)</source>
        <translation>“%1” 不是 %2 至 %3 之间的月份（请按 年-月 填写）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/qdates.py" line="131"/>
        <source>“%1” is not a month (yyyy-mm)</source>
        <translation>“%1” 不是月份（请按 年-月 填写）</translation>
    </message>
</context>
<context>
    <name>NetworkShare</name>
    <message>
        <location filename="../../safety_desk/ui/app.py" line="53"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/app.py" line="54"/>
        <source>Open anyway (not recommended)</source>
        <translation>仍然打开（不建议）</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="49"/>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="64"/>
        <source>New enterprise…</source>
        <translation>新增企业…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="81"/>
        <source>no certificate</source>
        <translation>无执法证</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="87"/>
        <source>Unannounced visit (四不两直)</source>
        <translation>四不两直（暗查暗访）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="94"/>
        <source>Campaign</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="95"/>
        <source>Phase</source>
        <translation>检查阶段</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="96"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="97"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="98"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="90"/>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="99"/>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="152"/>
        <source>Create a campaign first (File → New campaign).</source>
        <translation>请先新建专项行动（文件 → 新建专项行动）。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="158"/>
        <source>“%1” is not in the register: add it with New enterprise….</source>
        <translation>“%1”不在名录库中：请点“新增企业…”登记。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/inspection/new_inspection_dialog.py" line="162"/>
        <source>Choose an enterprise from the register.</source>
        <translation>请从名录库中选择企业。</translation>
    </message>
</context>
<context>
    <name>NoticeExport</name>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="230"/>
        <source>Export rectification notice</source>
        <translation>导出隐患整改通知书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="231"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="238"/>
        <source>Exporting the notice…</source>
        <translation>正在导出整改通知书…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/export_dialog.py" line="242"/>
        <source>Cannot export the notice</source>
        <translation>无法导出整改通知书</translation>
    </message>
</context>
<context>
    <name>PackageDialogs</name>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="22"/>
        <source>Safety Desk package (*.sdpkg);;All files (*)</source>
        <translation>Safety Desk 数据包 (*.sdpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="35"/>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="47"/>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="55"/>
        <source>Export data package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="41"/>
        <source>Exporting data package…</source>
        <translation>正在导出数据包…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="48"/>
        <source>Exported {records} records and {photos} photos to {path}</source>
        <translation>已导出 {records} 条记录和 {photos} 张照片到 {path}</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="63"/>
        <source>From {device}: {new} new, {updated} updated, {conflicts} conflicting records, {photos} photos. Import?</source>
        <translation>来自 {device}：新增 {new} 条，更新 {updated} 条，冲突 {conflicts} 条，照片 {photos} 张。是否导入？</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="75"/>
        <source>{deleted} deleted, {kept} kept although deleted on the other side (changed or still used here).</source>
        <translation>删除 {deleted} 条；{kept} 条对方已删除但本机已修改或仍在使用，予以保留。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="91"/>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="101"/>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="107"/>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="120"/>
        <source>Import data package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="115"/>
        <source>Importing data package…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="134"/>
        <source>Import data packages</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="138"/>
        <source>Import {count} data packages? Each is checked in full before it is merged; a package that is refused changes nothing and the others are still imported.</source>
        <translation>导入 {count} 个数据包？每个数据包先整体校验再合并；被拒绝的数据包不改动任何数据，其余的照常导入。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="157"/>
        <source>Importing data packages…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="172"/>
        <source>{merged} of {count} data packages imported: {new} new, {updated} updated, {conflicts} conflicting records.</source>
        <translation>{count} 个数据包中已导入 {merged} 个：新增 {new} 条，更新 {updated} 条，冲突 {conflicts} 条。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="178"/>
        <source>Not imported ({count}): {names}. See the details for why.</source>
        <translation>未导入（{count} 个）：{names}。原因见详细信息。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="180"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="185"/>
        <source>{name} (from {device}): {summary}</source>
        <translation>{name}（来自 {device}）：{summary}</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sync/package_dialogs.py" line="188"/>
        <source>{name}: not imported — {why}</source>
        <translation>{name}：未导入——{why}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="56"/>
        <source>Preview – %1</source>
        <translation>预览 – %1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="64"/>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="65"/>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="67"/>
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="69"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>缩小（Ctrl+−）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="71"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="72"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="73"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="84"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="85"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="86"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="116"/>
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="118"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="120"/>
        <source> of %1</source>
        <translation> 页 / 共 %1 页</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="197"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="197"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="211"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/pdf_preview.py" line="211"/>
        <source>Nothing was printed.</source>
        <translation>没有打印任何页面。</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="33"/>
        <source>Item</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="34"/>
        <source>Department</source>
        <translation>抽查主体</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="35"/>
        <source>Kind</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="36"/>
        <source>Method</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="37"/>
        <source>Base ratio</source>
        <translation>基础比例</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="38"/>
        <source>Object</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="39"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="40"/>
        <source>Basis</source>
        <translation>抽查依据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="49"/>
        <source>Sectors: %1</source>
        <translation>行业：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="49"/>
        <source>Not in sectors: %1</source>
        <translation>不含行业：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="50"/>
        <source>Key categories: %1</source>
        <translation>重点企业类别：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="51"/>
        <source>Key hazards: %1</source>
        <translation>两重点一重大：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="52"/>
        <source>Risk grades: %1</source>
        <translation>风险等级：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="53"/>
        <source>Every enterprise of the register</source>
        <translation>名录库内全部企业</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="82"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="82"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="82"/>
        <source>Problems</source>
        <translation>错误原因</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="83"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="83"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_models.py" line="83"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../safety_desk/ui/common/recent_databases.py" line="42"/>
        <source>Recent databases</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/recent_databases.py" line="55"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../safety_desk/ui/common/record_form.py" line="150"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="168"/>
        <source>Declare a conflict of interest</source>
        <translation>申明回避</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="180"/>
        <source>e.g. a relative works there</source>
        <translation>如：近亲属在该企业任职</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="184"/>
        <source>Inspector</source>
        <translation>执法检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="185"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="186"/>
        <source>Reason</source>
        <translation>回避原因</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="183"/>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="187"/>
        <source>Declared on</source>
        <translation>申明日期</translation>
    </message>
</context>
<context>
    <name>RecusalsModel</name>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="108"/>
        <source>Inspector</source>
        <translation>执法检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="109"/>
        <source>Department</source>
        <translation>所在部门</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="110"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="111"/>
        <source>Reason</source>
        <translation>回避原因</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="112"/>
        <source>Declared on</source>
        <translation>申明日期</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../safety_desk/ui/registers/register_import_dialog.py" line="42"/>
        <source>File {file}, sheet “{sheet}”, header in row {row}</source>
        <translation>文件 {file}，工作表“{sheet}”，表头在第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_import_dialog.py" line="37"/>
        <source>Import inspected units from Excel</source>
        <translation>从 Excel 导入检查对象名录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_import_dialog.py" line="38"/>
        <source>Import inspectors from Excel</source>
        <translation>从 Excel 导入执法检查人员名录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_import_dialog.py" line="47"/>
        <source>Rows to import: {good} ({new} new, {updated} updates); rows with errors: {bad}</source>
        <translation>{good} 行可导入（新增 {new} 行，更新 {updated} 行），{bad} 行有错误</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_import_dialog.py" line="49"/>
        <source>Rows with errors are not imported. Fix them in the file and import it again.</source>
        <translation>有错误的行不会导入。请在文件中改正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_import_dialog.py" line="58"/>
        <source>Show only rows with errors</source>
        <translation>只显示有错误的行</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_import_dialog.py" line="76"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_import_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/register_import_dialog.py" line="107"/>
        <source>Cannot import the register</source>
        <translation>无法导入名录</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="69"/>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="70"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="71"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="72"/>
        <source>Save blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_registers_view.py" line="53"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_registers_view.py" line="54"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>RegistersView</name>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="123"/>
        <source>Search by name, street or credit code</source>
        <translation>按名称、街道或统一社会信用代码搜索</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="125"/>
        <source>Search by name, department or certificate no.</source>
        <translation>按姓名、单位或执法证号搜索</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="127"/>
        <source>Inspected units</source>
        <translation>检查对象名录库</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="128"/>
        <source>Inspectors</source>
        <translation>执法检查人员名录库</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="159"/>
        <source>Cannot open the record</source>
        <translation>无法打开该记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="198"/>
        <source>Import register from Excel</source>
        <translation>从 Excel 导入名录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="198"/>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="236"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="209"/>
        <source>Cannot import the register</source>
        <translation>无法导入名录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="224"/>
        <source>Register imported</source>
        <translation>名录已导入</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="225"/>
        <source>Added: {inserted}; updated: {updated}; skipped because of errors: {skipped}.</source>
        <translation>新增 {inserted} 条，更新 {updated} 条，因错误跳过 {skipped} 行。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="233"/>
        <source>Inspected units template.xlsx</source>
        <translation>检查对象名录库模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="234"/>
        <source>Inspectors template.xlsx</source>
        <translation>执法检查人员名录库模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="236"/>
        <source>Save blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/registers/registers_view.py" line="250"/>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
</context>
<context>
    <name>ReinspectionDialog</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="168"/>
        <source>Re-inspection and acceptance</source>
        <translation>复查验收</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="182"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="184"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="190"/>
        <source>Result</source>
        <translation>复查结论</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="191"/>
        <source>Re-inspected on</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="192"/>
        <source>Inspector</source>
        <translation>复查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="193"/>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="203"/>
        <source>Opinion</source>
        <translation>复查意见</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="195"/>
        <source>Evidence photos</source>
        <translation>复查照片</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="202"/>
        <source>Opinion (required: what is still wrong)</source>
        <translation>复查意见（必填：写明仍存在的问题）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="207"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="207"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>ReplacedCharacters</name>
    <message>
        <location filename="../../safety_desk/ui/common/replaced_note.py" line="26"/>
        <source>{char} (U+{code}, {count} times, e.g. in {where})</source>
        <translation>{char}（U+{code}，共 {count} 处，如{where}）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/replaced_note.py" line="29"/>
        <source>No font has these characters; they print as □: {chars}</source>
        <translation>以下字符没有可用字体，已印为 □：{chars}</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/replaced_note.py" line="31"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/replaced_note.py" line="39"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="78"/>
        <source>One-vote veto report</source>
        <translation>一票否决情形评估报告</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="78"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="79"/>
        <source>District roll-up</source>
        <translation>全区月报汇总</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="79"/>
        <source>Committee summary</source>
        <translation>安委会工作汇总</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="89"/>
        <source>calendar month</source>
        <translation>自然月</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="94"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="99"/>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="100"/>
        <source>Campaign:</source>
        <translation>专项行动：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="101"/>
        <source>Street or department:</source>
        <translation>街道或部门：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="102"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="103"/>
        <source>Monthly period ends on day:</source>
        <translation>月报统计截止日：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="104"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="124"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="134"/>
        <source>%1 (street)</source>
        <translation>%1（街道）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="138"/>
        <source>%1 (department)</source>
        <translation>%1（部门）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="167"/>
        <source>No campaign yet: create one or load the demo data first.</source>
        <translation>还没有专项行动：请先新建一个，或打开示例数据。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="183"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="183"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="206"/>
        <source>Month: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="213"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="213"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="214"/>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="272"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="223"/>
        <source>Choose a street or department for the monthly report.</source>
        <translation>请为月报选择一个街道或部门。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="241"/>
        <source>Exporting the report…</source>
        <translation>正在导出报告…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="246"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="254"/>
        <source>Export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="255"/>
        <source>Cannot export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="260"/>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="262"/>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="273"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/reports/reports_page.py" line="275"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="137"/>
        <source>Result: %1</source>
        <translation>抽查结果：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="148"/>
        <source>Result</source>
        <translation>抽查结果</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="144"/>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="149"/>
        <source>Entered on</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="151"/>
        <source>Due</source>
        <translation>录入期限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="152"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="153"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SamplingPage</name>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="65"/>
        <source>Plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="72"/>
        <source>Import plan…</source>
        <translation>导入计划…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="73"/>
        <source>Draw…</source>
        <translation>摇号…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="74"/>
        <source>Draw again…</source>
        <translation>重新抽取…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="75"/>
        <source>Verify draw</source>
        <translation>复核摇号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="76"/>
        <source>Export draw record…</source>
        <translation>导出摇号记录…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="77"/>
        <source>Export public notice…</source>
        <translation>导出结果公示…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="92"/>
        <source>Walk the inspection</source>
        <translation>进行检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="93"/>
        <source>Inspection date…</source>
        <translation>登记检查日期…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="94"/>
        <source>Enter result…</source>
        <translation>录入结果…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="106"/>
        <source>Tasks and results</source>
        <translation>检查任务与结果</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="107"/>
        <source>Draws</source>
        <translation>摇号记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="108"/>
        <source>Items</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="113"/>
        <source>Declare…</source>
        <translation>申明回避…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="114"/>
        <source>Withdraw</source>
        <translation>撤销申明</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="119"/>
        <source>An inspector who declared a conflict of interest with an enterprise is never drawn to inspect it.</source>
        <translation>申明与某企业回避的执法检查人员，摇号时不会被抽中检查该企业。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="125"/>
        <source>Conflicts of interest</source>
        <translation>回避申明</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="141"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="157"/>
        <source>No plan yet: import one (forms/sampling/plan_example.yaml is an example).</source>
        <translation>还没有抽查计划：请导入一个（示例见 forms/sampling/plan_example.yaml）。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="170"/>
        <source>%1 items, departments: %2.</source>
        <translation>抽查事项 %1 项，参与部门：%2。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="174"/>
        <source>Current draw %1: seed %2, %3 enterprises, %4 results entered.</source>
        <translation>当前摇号记录 %1：种子 %2，抽中 %3 户，已录入结果 %4 户。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="178"/>
        <source>Not drawn yet.</source>
        <translation>尚未摇号。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="197"/>
        <source>Import sampling plan</source>
        <translation>导入抽查计划</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="198"/>
        <source>Sampling plan (*.yaml *.yml)</source>
        <translation>抽查计划 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="204"/>
        <source>Cannot import the plan</source>
        <translation>无法导入抽查计划</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="208"/>
        <source>Plan imported.</source>
        <translation>抽查计划已导入。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="241"/>
        <source>Drawing…</source>
        <translation>正在摇号…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="241"/>
        <source>Cannot draw</source>
        <translation>无法摇号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="246"/>
        <source>Drawn with seed %1: %2 enterprises. Register fingerprint %3</source>
        <translation>已用种子 %1 摇号：抽中 %2 户。名录库快照指纹 %3</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="278"/>
        <source>Cannot set the date</source>
        <translation>无法登记检查日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="306"/>
        <source>Cannot enter the result</source>
        <translation>无法录入抽查结果</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="336"/>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="343"/>
        <source>Cannot declare</source>
        <translation>无法申明回避</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="336"/>
        <source>Choose an inspector and an enterprise of the register</source>
        <translation>请选择名录库中的执法检查人员和企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="355"/>
        <source>Cannot withdraw</source>
        <translation>无法撤销申明</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="368"/>
        <source>Export draw record</source>
        <translation>导出摇号记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="369"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="372"/>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="383"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="373"/>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="384"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="379"/>
        <source>Export public notice</source>
        <translation>导出抽查结果公示</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="380"/>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_page.py" line="401"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>StreetCountsModel</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="51"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="52"/>
        <source>Open</source>
        <translation>未销号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="53"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/dashboard.py" line="51"/>
        <source>(no street)</source>
        <translation>（未填街道）</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="80"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="81"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="82"/>
        <source>Items</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="83"/>
        <source>Departments</source>
        <translation>检查部门</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="84"/>
        <source>Inspectors</source>
        <translation>执法检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="85"/>
        <source>Inspection date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="86"/>
        <source>Result due</source>
        <translation>结果录入期限</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="87"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="88"/>
        <source>Result</source>
        <translation>抽查结果</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_models.py" line="89"/>
        <source>Entered on</source>
        <translation>录入日期</translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="43"/>
        <source>Checklist templates</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="48"/>
        <source>Sections, items and check points</source>
        <translation>检查项目、检查内容与检查点</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="61"/>
        <source>Basis for point</source>
        <translation>该检查点的检查依据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="62"/>
        <source>Not given in the source document.</source>
        <translation>原文未给出。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="63"/>
        <source>Choose an item to see its columns.</source>
        <translation>选择一个检查内容以查看各栏。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="64"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="65"/>
        <source>Template id</source>
        <translation>模板编号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="66"/>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="67"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="68"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/templates/template_browser.py" line="69"/>
        <source>Sections / items / points</source>
        <translation>检查项目 / 检查内容 / 检查点</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="140"/>
        <source>Start rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="140"/>
        <source>Report rectification done</source>
        <translation>提交复查（整改完成）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="141"/>
        <source>Reopen a written-off hazard</source>
        <translation>重新打开已销号隐患</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="147"/>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="148"/>
        <source>Why is this hazard open again?</source>
        <translation>为何需要重新整改？</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/hazards/lifecycle_dialogs.py" line="150"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>UnitSettingsDialog</name>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="22"/>
        <source>Issuing unit and document numbers</source>
        <translation>发文单位与文号设置</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="29"/>
        <source>Holds administrative enforcement power (issues rectification orders)</source>
        <translation>具有行政执法权（可签发责令限期整改指令书）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="43"/>
        <source>Unit name (as printed)</source>
        <translation>单位名称（印在文书上）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="44"/>
        <source>Short name in numbers</source>
        <translation>文号中的单位简称</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="46"/>
        <source>Administrative review body</source>
        <translation>行政复议机关</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="47"/>
        <source>Number pattern</source>
        <translation>文号格式</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="49"/>
        <source>Code: {title}</source>
        <translation>文书代字：{title}</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="50"/>
        <source>This computer&apos;s numbers: from</source>
        <translation>本机文号段：起始号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="51"/>
        <source>to</source>
        <translation>终止号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="52"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/documents/settings_dialog.py" line="53"/>
        <source>Each laptop that issues documents offline needs its own number block from the office (e.g. 500–599), so that no two computers ever print the same number.</source>
        <translation>每台离线签发文书的笔记本都需要单位分配的独立文号段（如 500–599），这样任何两台电脑都不会印出同一个文号。</translation>
    </message>
</context>
<context>
    <name>VetoRegistersView</name>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_registers_view.py" line="89"/>
        <source>Accidents</source>
        <translation>事故</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_registers_view.py" line="90"/>
        <source>Illegal operations</source>
        <translation>非法生产经营</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_registers_view.py" line="91"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_registers_view.py" line="114"/>
        <source>{n} accidents, {deaths} deaths, {serious} above the general grade</source>
        <translation>事故 {n} 起，死亡 {deaths} 人，较大及以上 {serious} 起</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_registers_view.py" line="117"/>
        <source>{n} found, {open} not effectively stopped</source>
        <translation>发现 {n} 处，未有效制止 {open} 处</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_registers_view.py" line="119"/>
        <source>{n} enterprises on the blacklist now</source>
        <translation>当前黑名单企业 {n} 家</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/veto/veto_registers_view.py" line="136"/>
        <source>Cannot open the record</source>
        <translation>无法打开记录</translation>
    </message>
</context>
<context>
    <name>VisitDateDialog</name>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="112"/>
        <source>Inspection date: %1</source>
        <translation>检查日期：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="116"/>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="117"/>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="118"/>
        <source>The inspection is finished</source>
        <translation>检查已完成</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/sampling/sampling_dialogs.py" line="121"/>
        <source>The result is due %1 working days after this day.</source>
        <translation>抽查结果应在此日之后 %1 个工作日内录入。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="23"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="24"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="25"/>
        <source>Fix on the spot</source>
        <translation>立即整改</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="26"/>
        <source>Fix by deadline</source>
        <translation>限期整改</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="27"/>
        <source>Stop production to fix</source>
        <translation>停产整改</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="28"/>
        <source>Pending</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="29"/>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="30"/>
        <source>Awaiting re-inspection</source>
        <translation>待复查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="31"/>
        <source>Written off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="33"/>
        <source>Self-check</source>
        <translation>自查自纠</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="34"/>
        <source>Special inspection</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="35"/>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="36"/>
        <source>Comprehensive inspection</source>
        <translation>全面检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="37"/>
        <source>Look-back</source>
        <translation>回头看</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="38"/>
        <source>Enforcement inspection</source>
        <translation>执法检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="39"/>
        <source>Compliant</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="40"/>
        <source>Non-compliant</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="41"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="42"/>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="44"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="45"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="46"/>
        <source>District</source>
        <translation>区级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="47"/>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="48"/>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="50"/>
        <source>Check item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="51"/>
        <source>What to check</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="52"/>
        <source>Legal basis</source>
        <translation>检查依据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="53"/>
        <source>Check method</source>
        <translation>检查方法</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="54"/>
        <source>Common problems</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="55"/>
        <source>Disposal basis</source>
        <translation>处置依据</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="56"/>
        <source>Rectification requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="57"/>
        <source>Re-inspection and acceptance</source>
        <translation>复查验收</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="59"/>
        <source>Explosion</source>
        <translation>爆炸</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="60"/>
        <source>Deflagration</source>
        <translation>燃爆</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="61"/>
        <source>Fire</source>
        <translation>火灾</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="62"/>
        <source>Poisoning or suffocation</source>
        <translation>中毒窒息</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="63"/>
        <source>Mechanical injury</source>
        <translation>机械伤害</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="64"/>
        <source>Fall from height</source>
        <translation>高处坠落</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="65"/>
        <source>Electric shock</source>
        <translation>触电</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="66"/>
        <source>Collapse</source>
        <translation>坍塌</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="67"/>
        <source>Struck by an object</source>
        <translation>物体打击</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="68"/>
        <source>Road traffic</source>
        <translation>道路交通</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="69"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="70"/>
        <source>Reported on time</source>
        <translation>按时报告</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="71"/>
        <source>Reported late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="72"/>
        <source>Left unreported</source>
        <translation>漏报</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="73"/>
        <source>Falsely reported</source>
        <translation>谎报</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="74"/>
        <source>Concealed</source>
        <translation>瞒报</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="75"/>
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="76"/>
        <source>Especially major</source>
        <translation>特别重大</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="78"/>
        <source>Order to rectify by a deadline</source>
        <translation>责令限期整改</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="79"/>
        <source>Order to suspend production</source>
        <translation>责令停产停业整顿</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="80"/>
        <source>Case filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="81"/>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="82"/>
        <source>Closure and ban</source>
        <translation>关闭取缔</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="83"/>
        <source>Transfer to the judiciary</source>
        <translation>移送司法机关</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="84"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="85"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="87"/>
        <source>Complaint or tip-off</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="88"/>
        <source>Referred or assigned</source>
        <translation>转办交办</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="89"/>
        <source>Data monitoring</source>
        <translation>数据监测</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="90"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="91"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="92"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="93"/>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="94"/>
        <source>Referred from above</source>
        <translation>上级转办</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="95"/>
        <source>Handed over by a department</source>
        <translation>部门移交</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="96"/>
        <source>Monitoring platform</source>
        <translation>监测平台</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="97"/>
        <source>True</source>
        <translation>属实</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="98"/>
        <source>Partly true</source>
        <translation>部分属实</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="99"/>
        <source>Not true</source>
        <translation>不属实</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="100"/>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="101"/>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="102"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="103"/>
        <source>Unassigned</source>
        <translation>待分办</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="104"/>
        <source>In hand</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="105"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="107"/>
        <source>Key check item</source>
        <translation>重点检查事项</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="108"/>
        <source>General check item</source>
        <translation>一般检查事项</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="109"/>
        <source>On-site check</source>
        <translation>实地核查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="110"/>
        <source>Document check</source>
        <translation>书面检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="111"/>
        <source>Online monitoring</source>
        <translation>网络监测</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="112"/>
        <source>No problem found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="113"/>
        <source>Problems found, ordered corrected</source>
        <translation>发现问题已责令改正</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="114"/>
        <source>Problems found, follow-up pending</source>
        <translation>发现问题待后续处理</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="115"/>
        <source>Required information not made public</source>
        <translation>未按规定公示应当公示的信息</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="116"/>
        <source>Not reachable at the registered address</source>
        <translation>通过登记的住所（经营场所）无法联系</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="117"/>
        <source>Seriously obstructed the inspection</source>
        <translation>不配合检查情节严重</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="118"/>
        <source>Not engaged in the business checked</source>
        <translation>未发现开展本次抽查涉及的经营活动</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="119"/>
        <source>Closed down</source>
        <translation>已停产关闭</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="120"/>
        <source>To inspect</source>
        <translation>待检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="121"/>
        <source>Result to enter</source>
        <translation>待录入结果</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="122"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="123"/>
        <source>Overdue, not entered</source>
        <translation>逾期未录入</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="124"/>
        <source>Entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="125"/>
        <source>Entered late</source>
        <translation>逾期录入</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="126"/>
        <source>Superseded</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="127"/>
        <source>Not graded</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="128"/>
        <source>Key supervised hazardous chemical process</source>
        <translation>重点监管的危险化工工艺</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="129"/>
        <source>Key supervised hazardous chemical</source>
        <translation>重点监管的危险化学品</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="130"/>
        <source>Major hazard installation</source>
        <translation>重大危险源</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="131"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="132"/>
        <source>Replaced by a redraw</source>
        <translation>已被重新抽取替代</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="133"/>
        <source>Typed in</source>
        <translation>指定</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="134"/>
        <source>From the time of the draw</source>
        <translation>按抽取时间生成</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="136"/>
        <source>On-site inspection record</source>
        <translation>现场检查记录</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="137"/>
        <source>Order to rectify within a time limit</source>
        <translation>责令限期整改指令书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="138"/>
        <source>Rectification review opinion</source>
        <translation>整改复查意见书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="139"/>
        <source>Hazard rectification notice</source>
        <translation>隐患整改通知书</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/common/vocabulary.py" line="140"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <location filename="../../safety_desk/ui/welcome_banner.py" line="36"/>
        <source>&lt;b&gt;Welcome to Safety Desk.&lt;/b&gt; This database is empty: open the sample data to look around, or create a campaign, add enterprises and inspectors under Registers, and start an inspection.</source>
        <translation>&lt;b&gt;欢迎使用 Safety Desk。&lt;/b&gt;当前数据库还是空的：可以先打开示例数据看看；或者新建专项行动，在“名录库”中添加企业和检查人员，然后开始检查。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/welcome_banner.py" line="41"/>
        <source>create a campaign</source>
        <translation>新建专项行动</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/welcome_banner.py" line="43"/>
        <source>add enterprises and inspectors under Registers</source>
        <translation>在“名录库”中添加企业和检查人员</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/welcome_banner.py" line="44"/>
        <source>start an inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/welcome_banner.py" line="45"/>
        <source>&lt;b&gt;Next steps:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;下一步：&lt;/b&gt;%1。</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/welcome_banner.py" line="45"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
</TS>
