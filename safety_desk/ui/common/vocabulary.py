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
