"""The veto registers and enforcement measures in both UI languages: closed lists (事故类型, 等级, 报告情况, 执法措施)
show in English in the English UI and as stored in the Chinese one; a value chosen in English is stored in Chinese;
free text stays as typed."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.domain.accidents import Accident
from safety_desk.services import enforcement as enforcement_service
from safety_desk.services import veto_registers as service
from safety_desk.store import Store
from safety_desk.ui.common.vocabulary import select_value
from safety_desk.ui.inspection.enforcement_panel import EnforcementActionDialog, EnforcementPanel
from safety_desk.ui.veto.veto_registers_view import VetoRegistersView
from tests.support.builders import build_visit
from tests.support.dates import click_ok
from tests.support.language import ui_language

ACCIDENT = {"en": ("Fire", "Larger", "Reported late", "Explosion"), "zh_CN": ("火灾", "较大", "迟报", "爆炸")}
MEASURE = {"en": ("Fine", "Order to rectify by a deadline"), "zh_CN": ("罚款", "责令限期整改")}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_accident_vocabularies_follow_the_ui_language(qtbot, store: Store, language: str):
    fire, larger, late, explosion = ACCIDENT[language]
    accident_id = service.save_accident(store=store, accident=Accident(
        date(2019, 8, 14), "火灾", street="北园街道", deaths=3, reporting="迟报", description="仓库电线短路起火"))
    with ui_language(language):
        view = VetoRegistersView(store)
        qtbot.addWidget(view)
        model = view.accidents.model
        row = [model.index(0, c).data() for c in range(model.columnCount())]
        assert {fire, larger, late} <= set(row)
        assert "北园街道" in row and "仓库电线短路起火" in row  # free text as typed
        dialog = view.edit_record("accident", accident_id)
        assert (dialog.type_combo.currentText(), dialog.reporting_combo.currentText()) == (fire, late)
        assert dialog.grade_edit.text() == larger and dialog.grade() == "较大"
        assert explosion in [dialog.type_combo.itemText(i) for i in range(dialog.type_combo.count())]
        select_value(dialog.type_combo, "爆炸")
        assert dialog.type_combo.currentText() == explosion
        with qtbot.waitSignal(view.changed, timeout=1000):
            click_ok(dialog)
    [stored] = service.list_accidents(store=store)
    assert (stored.accident_type, stored.reporting, stored.grade) == ("爆炸", "迟报", "较大")  # stored in Chinese


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_enforcement_measures_follow_the_ui_language(qtbot, store: Store, language: str):
    fine, order = MEASURE[language]
    visit = build_visit(store, phase="执法检查", when=date(2019, 8, 6))
    with ui_language(language):
        dialog = EnforcementActionDialog(store, visit.inspection_id, inspection_date=date(2019, 8, 6), hazards=[])
        qtbot.addWidget(dialog)
        assert dialog.kind_combo.currentText() == order
        dialog.kind_combo.setCurrentIndex([dialog.kind_combo.itemText(i)
                                           for i in range(dialog.kind_combo.count())].index(fine))
        assert dialog.amount_edit.isEnabled()  # the fine's own field follows the stored value, not the words
        dialog.amount_edit.setText("30000")
        dialog.case_edit.setText("2019-017")
        dialog.date_edit.set_date(date(2019, 8, 20))
        click_ok(dialog)
        assert not dialog.isVisible()
        panel = EnforcementPanel(store, visit.inspection_id)
        qtbot.addWidget(panel)
        assert panel.model.index(0, 1).data() == fine
    [action] = enforcement_service.list_actions(store=store, inspection_id=visit.inspection_id)
    assert action.kind == "罚款"
