"""The enforcement panel of an inspection: add / edit / remove measures, fields refused one by one, and the
一罚了之 warning with its evidence."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from safety_desk.domain.enforcement import EnforcementAction
from safety_desk.services import enforcement as service
from safety_desk.services import findings as finding_service
from safety_desk.store import Store
from safety_desk.store.rows import insert_record
from safety_desk.ui.inspection.enforcement_panel import EnforcementActionDialog, EnforcementPanel
from safety_desk.ui.common.vocabulary import select_value
from tests.support.builders import Visit, build_visit
from tests.support.typing import type_text


@pytest.fixture
def visit(store: Store) -> Visit:
    return build_visit(store, phase="执法检查", when=date(2019, 8, 6))


@pytest.fixture
def hazard(store: Store, visit: Visit) -> str:
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id, level="重大")
    finding_service.update_finding(store=store, finding_id=fid, description="储罐区未设置紧急切断装置",
                                   deadline="2019-09-05")
    return fid


@pytest.fixture
def panel(qtbot, store: Store, visit: Visit, hazard: str) -> EnforcementPanel:
    p = EnforcementPanel(store, visit.inspection_id)
    qtbot.addWidget(p)
    p.show()
    return p


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_fine_without_followup_raises_the_warning(qtbot, panel: EnforcementPanel, store: Store, hazard: str):
    assert panel.warning_text() == "" and panel.model.rowCount() == 0
    dialog = panel.new_action()
    assert isinstance(dialog, EnforcementActionDialog)
    select_value(dialog.kind_combo, "罚款")
    assert dialog.amount_edit.isEnabled() and not dialog.person_edit.isEnabled()
    type_text(dialog.amount_edit, "３０,０００元")
    dialog.case_edit.setText("2019-017")
    dialog.date_edit.set_date(date(2019, 8, 20))
    with qtbot.waitSignal(panel.changed, timeout=1000):
        _ok(dialog)
    [fine] = service.list_actions(store=store, inspection_id=panel.inspection_id)
    assert (fine.kind, fine.amount_fen, fine.target, fine.decided_on) == ("罚款", 3_000_000, "企业", date(2019, 8, 20))
    assert panel.model.index(0, 3).data() == "30,000.00"
    warning = panel.warning_text()  # the hazard's deadline (2019-09-05) has passed and it is not written off
    assert "一罚了之" in warning and "储罐区未设置紧急切断装置" in warning and "30,000.00" in warning

    # rectified and accepted: the warning goes on the next reload
    store.db.execute("update findings set status = '已销号' where id = ?", [hazard])
    insert_record(store.db, "reinspections", {"finding_id": hazard, "reinspected_on": "2019-09-04", "result": "合格"})
    panel.reload()
    assert panel.warning_text() == ""


def test_fields_follow_the_measure_and_bad_values_are_marked(qtbot, panel: EnforcementPanel, store: Store):
    dialog = panel.new_action()
    select_value(dialog.kind_combo, "责令停产停业整顿")
    assert not dialog.amount_edit.isEnabled() and not dialog.target_combo.isEnabled()
    select_value(dialog.kind_combo, "立案")
    assert dialog.target_combo.isEnabled()
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("个人"))
    assert dialog.person_edit.isEnabled()
    dialog.date_edit.set_date(date(2019, 8, 5))  # the day before the inspection
    with qtbot.assertNotEmitted(panel.changed):
        _ok(dialog)
    assert dialog.isVisible()
    assert dialog.problem_of("case_no") and dialog.problem_of("person_name") and dialog.problem_of("decided_on")

    select_value(dialog.kind_combo, "罚款")
    dialog.amount_edit.setText("很多")
    _ok(dialog)
    assert "罚款金额" in dialog.problem_of("amount_fen") and dialog.problem_of("person_name")
    assert store.db["enforcement_actions"].count == 0

    dialog.amount_edit.setText("5000")
    dialog.date_edit.set_date(date(2019, 8, 6))
    type_text(dialog.person_edit, "赵六")
    with qtbot.waitSignal(panel.changed, timeout=1000):
        _ok(dialog)
    [fine] = service.list_actions(store=store, inspection_id=panel.inspection_id)
    assert (fine.target, fine.person_name, fine.amount_fen) == ("个人", "赵六", 500_000)


def test_edit_and_remove_a_measure(qtbot, panel: EnforcementPanel, store: Store, hazard: str):
    aid = service.save_action(store=store, action=EnforcementAction(
        "责令限期整改", date(2019, 8, 6), inspection_id=panel.inspection_id))
    panel.reload()
    panel.table.selectRow(0)
    assert panel.edit_button.isEnabled() and panel.remove_button.isEnabled()
    panel.edit_button.click()
    dialog = panel.findChild(EnforcementActionDialog)
    assert dialog.kind_combo.currentData() == "责令限期整改"
    dialog.hazard_combo.setCurrentIndex(dialog.hazard_combo.findData(hazard))
    with qtbot.waitSignal(panel.changed, timeout=1000):
        _ok(dialog)
    assert service.get_action(store=store, action_id=aid).finding_id == hazard
    assert panel.model.index(0, 5).data() == "储罐区未设置紧急切断装置"

    panel.table.selectRow(0)
    box = panel.confirm_remove()
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(panel.changed, timeout=1000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert service.list_actions(store=store, inspection_id=panel.inspection_id) == []
    assert panel.model.rowCount() == 0 and not panel.remove_button.isEnabled()
