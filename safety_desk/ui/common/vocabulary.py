"""The closed vocabularies of the data (levels, modes, statuses, phases, check results …) as the UI shows them.

Stored values are Chinese and stay so (they are what the regulations and the reports say). The screen shows them
through translation: each stored value has an English source string here, and the Chinese catalogue translates it
back to the stored value. So the Chinese UI shows exactly what is stored, and ``--lang en`` shows English.

    shown(LEVEL_MAJOR)            # "重大" in the Chinese UI, "Major" in English
    fill_combo(combo, LEVELS)     # items show the translation, carry the stored value as data
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

_CONTEXT = "Vocabulary"

# stored value → English source (translated in the "Vocabulary" context back to the stored value for zh_CN)
ENGLISH: dict[str, str] = {
    # hazard levels, rectification modes, lifecycle statuses (domain.findings)
    "一般": QT_TRANSLATE_NOOP("Vocabulary", "General"),
    "重大": QT_TRANSLATE_NOOP("Vocabulary", "Major"),
    "立即整改": QT_TRANSLATE_NOOP("Vocabulary", "Fix on the spot"),
    "限期整改": QT_TRANSLATE_NOOP("Vocabulary", "Fix by deadline"),
    "停产整改": QT_TRANSLATE_NOOP("Vocabulary", "Stop production to fix"),
    "待整改": QT_TRANSLATE_NOOP("Vocabulary", "Pending"),
    "整改中": QT_TRANSLATE_NOOP("Vocabulary", "Rectifying"),
    "待复查": QT_TRANSLATE_NOOP("Vocabulary", "Awaiting re-inspection"),
    "已销号": QT_TRANSLATE_NOOP("Vocabulary", "Written off"),
    # inspection phases and check results (domain.inspections)
    "自查自纠": QT_TRANSLATE_NOOP("Vocabulary", "Self-check"),
    "专项检查": QT_TRANSLATE_NOOP("Vocabulary", "Special inspection"),
    "抽查": QT_TRANSLATE_NOOP("Vocabulary", "Spot check"),
    "全面检查": QT_TRANSLATE_NOOP("Vocabulary", "Comprehensive inspection"),
    "回头看": QT_TRANSLATE_NOOP("Vocabulary", "Look-back"),
    "执法检查": QT_TRANSLATE_NOOP("Vocabulary", "Enforcement inspection"),
    "符合": QT_TRANSLATE_NOOP("Vocabulary", "Compliant"),
    "不符合": QT_TRANSLATE_NOOP("Vocabulary", "Non-compliant"),
    "不适用": QT_TRANSLATE_NOOP("Vocabulary", "Not applicable"),
    "未检查": QT_TRANSLATE_NOOP("Vocabulary", "Not checked"),
    # re-inspection results and listing levels (domain.lifecycle)
    "合格": QT_TRANSLATE_NOOP("Vocabulary", "Passed"),
    "不合格": QT_TRANSLATE_NOOP("Vocabulary", "Failed"),
    "区级": QT_TRANSLATE_NOOP("Vocabulary", "District"),
    "市级": QT_TRANSLATE_NOOP("Vocabulary", "City"),
    "省级": QT_TRANSLATE_NOOP("Vocabulary", "Province"),
    # the eight columns of the hazard catalogue (domain.templates.CATALOGUE_COLUMNS)
    "检查项目": QT_TRANSLATE_NOOP("Vocabulary", "Check item"),
    "检查内容": QT_TRANSLATE_NOOP("Vocabulary", "What to check"),
    "检查依据": QT_TRANSLATE_NOOP("Vocabulary", "Legal basis"),
    "检查方法": QT_TRANSLATE_NOOP("Vocabulary", "Check method"),
    "常见问题": QT_TRANSLATE_NOOP("Vocabulary", "Common problems"),
    "处置依据": QT_TRANSLATE_NOOP("Vocabulary", "Disposal basis"),
    "整改要求": QT_TRANSLATE_NOOP("Vocabulary", "Rectification requirement"),
    "复查验收": QT_TRANSLATE_NOOP("Vocabulary", "Re-inspection and acceptance"),
    # accident types, reporting and grades (domain.accidents; 一般 and 重大 are above)
    "爆炸": QT_TRANSLATE_NOOP("Vocabulary", "Explosion"),
    "燃爆": QT_TRANSLATE_NOOP("Vocabulary", "Deflagration"),
    "火灾": QT_TRANSLATE_NOOP("Vocabulary", "Fire"),
    "中毒窒息": QT_TRANSLATE_NOOP("Vocabulary", "Poisoning or suffocation"),
    "机械伤害": QT_TRANSLATE_NOOP("Vocabulary", "Mechanical injury"),
    "高处坠落": QT_TRANSLATE_NOOP("Vocabulary", "Fall from height"),
    "触电": QT_TRANSLATE_NOOP("Vocabulary", "Electric shock"),
    "坍塌": QT_TRANSLATE_NOOP("Vocabulary", "Collapse"),
    "物体打击": QT_TRANSLATE_NOOP("Vocabulary", "Struck by an object"),
    "道路交通": QT_TRANSLATE_NOOP("Vocabulary", "Road traffic"),
    "其他": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    "按时报告": QT_TRANSLATE_NOOP("Vocabulary", "Reported on time"),
    "迟报": QT_TRANSLATE_NOOP("Vocabulary", "Reported late"),
    "漏报": QT_TRANSLATE_NOOP("Vocabulary", "Left unreported"),
    "谎报": QT_TRANSLATE_NOOP("Vocabulary", "Falsely reported"),
    "瞒报": QT_TRANSLATE_NOOP("Vocabulary", "Concealed"),
    "较大": QT_TRANSLATE_NOOP("Vocabulary", "Larger"),
    "特别重大": QT_TRANSLATE_NOOP("Vocabulary", "Especially major"),
    # enforcement measures and their targets (domain.enforcement)
    "责令限期整改": QT_TRANSLATE_NOOP("Vocabulary", "Order to rectify by a deadline"),
    "责令停产停业整顿": QT_TRANSLATE_NOOP("Vocabulary", "Order to suspend production"),
    "立案": QT_TRANSLATE_NOOP("Vocabulary", "Case filed"),
    "罚款": QT_TRANSLATE_NOOP("Vocabulary", "Fine"),
    "关闭取缔": QT_TRANSLATE_NOOP("Vocabulary", "Closure and ban"),
    "移送司法机关": QT_TRANSLATE_NOOP("Vocabulary", "Transfer to the judiciary"),
    "企业": QT_TRANSLATE_NOOP("Vocabulary", "Enterprise"),
    "个人": QT_TRANSLATE_NOOP("Vocabulary", "Person"),
    # leads: sources, channels, findings, reply methods, statuses (domain.leads; 其他 is above)
    "投诉举报": QT_TRANSLATE_NOOP("Vocabulary", "Complaint or tip-off"),
    "转办交办": QT_TRANSLATE_NOOP("Vocabulary", "Referred or assigned"),
    "数据监测": QT_TRANSLATE_NOOP("Vocabulary", "Data monitoring"),
    "电话": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "信件": QT_TRANSLATE_NOOP("Vocabulary", "Letter"),
    "网站": QT_TRANSLATE_NOOP("Vocabulary", "Website"),
    "来访": QT_TRANSLATE_NOOP("Vocabulary", "Visit"),
    "上级转办": QT_TRANSLATE_NOOP("Vocabulary", "Referred from above"),
    "部门移交": QT_TRANSLATE_NOOP("Vocabulary", "Handed over by a department"),
    "监测平台": QT_TRANSLATE_NOOP("Vocabulary", "Monitoring platform"),
    "属实": QT_TRANSLATE_NOOP("Vocabulary", "True"),
    "部分属实": QT_TRANSLATE_NOOP("Vocabulary", "Partly true"),
    "不属实": QT_TRANSLATE_NOOP("Vocabulary", "Not true"),
    "书面": QT_TRANSLATE_NOOP("Vocabulary", "In writing"),
    "短信": QT_TRANSLATE_NOOP("Vocabulary", "Text message"),
    "当面": QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    "待分办": QT_TRANSLATE_NOOP("Vocabulary", "Unassigned"),
    "办理中": QT_TRANSLATE_NOOP("Vocabulary", "In hand"),
    "已办结": QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
    # 双随机: item kinds, methods, results, task states, strata, draws (domain.sampling, domain.draw)
    "重点检查事项": QT_TRANSLATE_NOOP("Vocabulary", "Key check item"),
    "一般检查事项": QT_TRANSLATE_NOOP("Vocabulary", "General check item"),
    "实地核查": QT_TRANSLATE_NOOP("Vocabulary", "On-site check"),
    "书面检查": QT_TRANSLATE_NOOP("Vocabulary", "Document check"),
    "网络监测": QT_TRANSLATE_NOOP("Vocabulary", "Online monitoring"),
    "未发现问题": QT_TRANSLATE_NOOP("Vocabulary", "No problem found"),
    "发现问题已责令改正": QT_TRANSLATE_NOOP("Vocabulary", "Problems found, ordered corrected"),
    "发现问题待后续处理": QT_TRANSLATE_NOOP("Vocabulary", "Problems found, follow-up pending"),
    "未按规定公示应当公示的信息": QT_TRANSLATE_NOOP("Vocabulary", "Required information not made public"),
    "通过登记的住所（经营场所）无法联系": QT_TRANSLATE_NOOP("Vocabulary", "Not reachable at the registered address"),
    "不配合检查情节严重": QT_TRANSLATE_NOOP("Vocabulary", "Seriously obstructed the inspection"),
    "未发现开展本次抽查涉及的经营活动": QT_TRANSLATE_NOOP("Vocabulary", "Not engaged in the business checked"),
    "已停产关闭": QT_TRANSLATE_NOOP("Vocabulary", "Closed down"),
    "待检查": QT_TRANSLATE_NOOP("Vocabulary", "To inspect"),
    "待录入结果": QT_TRANSLATE_NOOP("Vocabulary", "Result to enter"),
    "即将到期": QT_TRANSLATE_NOOP("Vocabulary", "Due soon"),
    "逾期未录入": QT_TRANSLATE_NOOP("Vocabulary", "Overdue, not entered"),
    "已录入": QT_TRANSLATE_NOOP("Vocabulary", "Entered"),
    "逾期录入": QT_TRANSLATE_NOOP("Vocabulary", "Entered late"),
    "已作废": QT_TRANSLATE_NOOP("Vocabulary", "Superseded"),
    "未评定": QT_TRANSLATE_NOOP("Vocabulary", "Not graded"),
    "重点监管的危险化工工艺": QT_TRANSLATE_NOOP("Vocabulary", "Key supervised hazardous chemical process"),
    "重点监管的危险化学品": QT_TRANSLATE_NOOP("Vocabulary", "Key supervised hazardous chemical"),
    "重大危险源": QT_TRANSLATE_NOOP("Vocabulary", "Major hazard installation"),
    "有效": QT_TRANSLATE_NOOP("Vocabulary", "Valid"),
    "已被重新抽取替代": QT_TRANSLATE_NOOP("Vocabulary", "Replaced by a redraw"),
    "指定": QT_TRANSLATE_NOOP("Vocabulary", "Typed in"),
    "按抽取时间生成": QT_TRANSLATE_NOOP("Vocabulary", "From the time of the draw"),
    # issued documents: titles and status (domain.documents; 有效 is above)
    "现场检查记录": QT_TRANSLATE_NOOP("Vocabulary", "On-site inspection record"),
    "责令限期整改指令书": QT_TRANSLATE_NOOP("Vocabulary", "Order to rectify within a time limit"),
    "整改复查意见书": QT_TRANSLATE_NOOP("Vocabulary", "Rectification review opinion"),
    "隐患整改通知书": QT_TRANSLATE_NOOP("Vocabulary", "Hazard rectification notice"),
    "作废": QT_TRANSLATE_NOOP("Vocabulary", "Void"),
}


def shown(value: str | None) -> str:
    """A stored vocabulary value as the UI language shows it; anything else (free text) as it is."""
    if not value:
        return value or ""
    source = ENGLISH.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value


def fill_combo(combo: QComboBox, values: Iterable[str]) -> None:
    """Items that show the translated value and carry the stored one (``currentData()``)."""
    for value in values:
        combo.addItem(shown(value), value)


def select_value(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
