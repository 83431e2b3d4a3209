"""Walk a checklist with the keyboard and record a hazard, as an inspector does at an enterprise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.store import Store
from safety_desk.ui.app import create_app
from safety_desk.ui.hazards.finding_dialog import FindingDialog
from safety_desk.ui.inspection.inspection_view import InspectionView
from tests.support.builders import build_visit, png
from tests.support.typing import type_text


@pytest.fixture
def view(qtbot, store: Store):
    create_app(lang="zh_CN")
    visit = build_visit(store)
    v = InspectionView(store, visit.inspection_id)
    qtbot.addWidget(v)
    v.show()
    return v


def test_keys_set_results_and_arrows_move(view: InspectionView, qtbot):
    table = view.table
    assert view.current_row() == 0
    assert view.progress_label.text() == "已检查 0 / 5"
    qtbot.keyClick(table, Qt.Key.Key_1)  # compliant, moves on
    assert view.current_row() == 1
    qtbot.keyClick(table, Qt.Key.Key_3)  # not applicable, moves on
    qtbot.keyClick(table, Qt.Key.Key_2)  # non-compliant, stays for a hazard
    assert view.current_row() == 2
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_1)  # the last point: nowhere further to go
    assert view.current_row() == 4
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert view.current_row() == 2
    qtbot.keyClick(table, Qt.Key.Key_0)  # back to unchecked
    stored = [r.result for r in inspection_service.get_checklist(store=view.store, inspection_id=view.inspection_id)]
    assert stored == ["符合", "不适用", "未检查", "未检查", "符合"]
    assert view.progress_label.text() == "已检查 3 / 5"
    assert view.progress_bar.value() == 3


def test_note_is_saved_as_typed(view: InspectionView, qtbot):
    type_text(view.note, "台账缺页")
    rows = inspection_service.get_checklist(store=view.store, inspection_id=view.inspection_id)
    assert rows[0].note == "台账缺页"
    assert view.model.rows()[0].note == "台账缺页"


def test_ctrl_n_opens_a_prefilled_hazard_for_the_current_point(view: InspectionView, qtbot, tmp_path: Path):
    view.table.selectRow(4)
    with qtbot.waitSignal(view.open_finding) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    finding_id = opened.args[0]
    assert view.model.rows()[4].result == "不符合"
    dialog = FindingDialog(view.store, finding_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "第15条第2款" in "".join(lbl.text() for lbl in dialog.findChildren(type(dialog.missing)))
    assert "尚缺" in dialog.missing.text()

    type_text(dialog.description, "重大隐患未制定治理方案")
    dialog.level.setCurrentText("重大")
    type_text(dialog.responsible_unit, "安全环保部")
    type_text(dialog.responsible_person, "刘强")
    type_text(dialog.measures, "编制治理方案并报备")
    type_text(dialog.funds, "-3")
    assert "负数" in dialog.error.text() and dialog.funds.styleSheet()
    dialog.funds.clear()
    type_text(dialog.funds, "30000")
    assert dialog.error.text() == ""
    dialog.deadline.setDate(dialog.found_date.date().addDays(45))
    assert not dialog.enter_ledger()  # the contingency plan is still missing
    assert "预案" in dialog.error.text()
    type_text(dialog.contingency_plan, "编制专项应急预案")
    assert dialog.add_photo_files([str(png(tmp_path / "1.png", (9, 9, 9))), str(png(tmp_path / "2.png", (99, 9, 9)))])
    assert dialog.photos.count() == 2
    assert dialog.enter_ledger()

    f = finding_service.get_finding(store=view.store, finding_id=finding_id)
    assert f.ledger_entered and f.level == "重大" and f.five.funds_fen == 3_000_000
    assert f.five.deadline == date(2019, 9, 20)
    view.reload_findings()
    assert view.findings.count() == 1 and "重大隐患未制定治理方案" in view.findings.item(0).text()
