<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="25"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="26"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="29"/>
        <source>&amp;Import checklist…</source>
        <translation>导入检查表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="30"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/actions.py" line="31"/>
        <source>&amp;About Safety Desk</source>
        <translation>关于 Safety Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="23"/>
        <source>Safety Desk — hazard inspection</source>
        <translation>Safety Desk 安全生产隐患排查</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="28"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="35"/>
        <source>Import checklist</source>
        <translation>导入检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="37"/>
        <source>Checklists (*.yaml *.yml *.xlsx);;All files (*)</source>
        <translation>检查表 (*.yaml *.yml *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="47"/>
        <source>Cannot import checklist</source>
        <translation>无法导入检查表</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="50"/>
        <source>Imported %1 v%2: %3 items, %4 check points</source>
        <translation>已导入 %1 第 %2 版：%3 个检查项目，%4 个检查点</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="51"/>
        <source>Already imported, nothing changed: %1 v%2 (%3 items, %4 check points)</source>
        <translation>已导入过，内容未变：%1 第 %2 版（%3 个检查项目，%4 个检查点）</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="62"/>
        <source>About Safety Desk</source>
        <translation>关于 Safety Desk</translation>
    </message>
    <message>
        <location filename="../../safety_desk/ui/main_window.py" line="63"/>
        <source>Safety Desk %1
Offline hazard inspection for safety-production campaigns.</source>
        <translation>Safety Desk %1
安全生产专项整治隐患排查离线桌面程序。</translation>
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
</TS>
