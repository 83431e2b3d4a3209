"""The data's closed vocabularies are shown through translation (issue 14, point 16): the Chinese UI shows exactly
the stored values, ``--lang en`` shows English; stored values never change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from safety_desk.domain.findings import LEVELS, MODES, STATUSES
from safety_desk.domain.inspections import PHASES, RESULTS
from safety_desk.domain.lifecycle import LISTING_LEVELS, REINSPECTION_RESULTS
from safety_desk.domain.templates import CATALOGUE_COLUMNS
from safety_desk.ui.app import create_app
from safety_desk.ui.common.vocabulary import ENGLISH, shown

ROOT = Path(__file__).resolve().parents[3]


def test_every_closed_vocabulary_value_has_a_translation_back_to_itself(qtbot):
    create_app(lang="zh_CN")
    values = (*LEVELS, *MODES, *STATUSES, *PHASES, *RESULTS, *LISTING_LEVELS, *REINSPECTION_RESULTS,
              *CATALOGUE_COLUMNS)
    assert set(values) <= set(ENGLISH)
    for value in values:
        assert shown(value) == value  # the Chinese UI shows exactly what is stored
        assert QCoreApplication.translate("Vocabulary", ENGLISH[value]) == value
    assert shown("自由文本") == "自由文本" and shown("") == ""


ENGLISH_DRIVER = r"""
import json, sys
from datetime import date
from PySide6.QtCore import Qt
from safety_desk.ui.app import create_app
app = create_app(lang="en")
from safety_desk.services import findings as finding_service
from safety_desk.store import Store
from safety_desk.ui.hazards.finding_dialog import FindingDialog
from safety_desk.ui.hazards.hazards_model import COLUMNS
from safety_desk.ui.hazards.hazards_view import HazardsView
from tests.support.builders import build_visit
store = Store.memory()
visit = build_visit(store)
fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
finding_service.update_finding(store=store, finding_id=fid, description="x", level="重大")
view = HazardsView(store)
view.resize(1264, 600)
view.show()
col = {k: n for n, (k, _) in enumerate(COLUMNS)}
row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
header = view.table.horizontalHeader()
rect_title = view.model.headerData(col["rectification_mode"], Qt.Orientation.Horizontal)
dialog = FindingDialog(store, fid)
levels = [dialog.level.itemText(i) for i in range(dialog.level.count())]
stored_levels = [dialog.level.itemData(i) for i in range(dialog.level.count())]
dialog.level.setCurrentIndex(dialog.level.findData("一般"))
print(json.dumps({
    "row": row, "levels": levels, "stored_levels": stored_levels,
    "stored_after": finding_service.get_finding(store=store, finding_id=fid).level,
    "rect_title": rect_title,
    "rect_fits": header.sectionSize(col["rectification_mode"]) >= header.fontMetrics().horizontalAdvance(rect_title) + 12,
    "level_filter": [view.level_combo.itemText(i) for i in range(view.level_combo.count())],
}, ensure_ascii=False))
"""


def test_english_mode_shows_the_vocabularies_in_english(tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", ENGLISH_DRIVER], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    shown_en = json.loads(result.stdout.strip().splitlines()[-1])
    assert "Major" in shown_en["row"] and "Draft" in shown_en["row"] and "Fix by deadline" in shown_en["row"]
    assert not any(v in shown_en["row"] for v in ("重大", "待整改", "限期整改", "草稿"))
    assert shown_en["levels"] == ["General", "Major"] and shown_en["stored_levels"] == ["一般", "重大"]
    assert shown_en["stored_after"] == "一般"  # chosen in English, stored as the regulations say
    assert shown_en["rect_title"] == "Rectification" and shown_en["rect_fits"]
    assert shown_en["level_filter"][1:] == ["General", "Major"]


def test_the_newer_closed_lists_translate_back_to_themselves(qtbot):
    """Veto registers, enforcement, leads, 双随机 and documents: every stored value of their closed lists has an
    English source whose Chinese translation is the value itself, and no two values share an English word."""
    from safety_desk.domain import accidents, documents, enforcement, leads, registers, sampling

    create_app(lang="zh_CN")
    values = (*accidents.ACCIDENT_TYPES, *accidents.REPORTING, *accidents.GRADES, *enforcement.KINDS,
              *enforcement.TARGETS, *leads.SOURCES, *leads.CHANNELS, *leads.FINDINGS, *leads.REPLY_METHODS,
              *leads.STATUSES, *sampling.ITEM_KINDS, *sampling.METHODS, *sampling.RESULTS, *sampling.TASK_STATES,
              sampling.UNGRADED, *documents.TITLES.values(), *documents.STATUS_TEXT.values(),
              *(label for _key, label in registers.HAZARD_FLAGS), "有效", "已被重新抽取替代", "指定", "按抽取时间生成")
    assert set(values) <= set(ENGLISH)
    for value in values:
        assert shown(value) == value
    assert len(set(ENGLISH.values())) == len(ENGLISH)  # one English word per stored value: it translates back
