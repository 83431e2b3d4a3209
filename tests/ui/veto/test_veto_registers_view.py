"""The veto registers view: accidents with the grade computed as typed, illegal operations, blacklist; forms that
refuse bad values field by field. Text assertions avoid English source strings (a translator may be installed)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from PySide6.QtWidgets import QDialogButtonBox

from safety_desk.domain.accidents import Accident
from safety_desk.domain.registers import Enterprise
from safety_desk.services import registers as register_service
from safety_desk.services import veto_registers as service
from safety_desk.store import Store
from safety_desk.ui.veto.veto_dialogs import AccidentDialog
from safety_desk.ui.veto.veto_registers_view import VetoRegistersView
from safety_desk.ui.common.vocabulary import select_value, shown
from tests.support.typing import type_text


@pytest.fixture
def enterprise(store: Store) -> str:
    return register_service.save_enterprise(
        store=store, enterprise=Enterprise(name="济南鑫源化工有限公司", street="药山街道"))


@pytest.fixture
def view(qtbot, store: Store, enterprise: str) -> VetoRegistersView:
    v = VetoRegistersView(store)
    qtbot.addWidget(v)
    v.show()
    return v


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_new_accident_is_graded_as_it_is_typed_and_saved(qtbot, view: VetoRegistersView, store: Store,
                                                          enterprise: str):
    dialog = view.new_record("accident")
    assert isinstance(dialog, AccidentDialog) and dialog.isVisible()
    assert dialog.grade() == "一般" and dialog.grade_edit.isReadOnly()
    dialog.date_edit.set_date(date(2019, 8, 14))
    select_value(dialog.type_combo, "燃爆")
    dialog.enterprise_combo.setCurrentIndex(dialog.enterprise_combo.findData(enterprise))
    assert dialog.street_combo.currentText() == "药山街道"  # the enterprise's street
    dialog.deaths_spin.setValue(2)
    assert dialog.grade() == "一般"
    dialog.deaths_spin.setValue(3)
    assert dialog.grade() == "较大"
    dialog.deaths_spin.setValue(0)
    dialog.loss_edit.clear()
    type_text(dialog.loss_edit, "9,999,999.99")
    assert dialog.grade() == "一般"
    dialog.loss_edit.setText("10,000,000")
    assert dialog.grade() == "较大" and "1,000.00 万元" in dialog.grade_edit.toolTip()
    dialog.injured_spin.setValue(100)
    assert dialog.grade() == "特别重大"
    dialog.injured_spin.setValue(9)
    dialog.poor_rectification_box.setChecked(True)
    select_value(dialog.reporting_combo, "迟报")
    type_text(dialog.description_edit, "反应釜超温超压燃爆")
    with qtbot.waitSignal(view.changed, timeout=1000):
        _ok(dialog)
    [stored] = service.list_accidents(store=store)
    assert (stored.occurred_on, stored.accident_type, stored.grade, stored.direct_loss_fen, stored.reporting) == (
        date(2019, 8, 14), "燃爆", "较大", 1_000_000_000, "迟报")
    assert stored.cause_poor_rectification and stored.description == "反应釜超温超压燃爆"
    model = view.accidents.model
    assert model.rowCount() == 1 and model.index(0, model.GRADE).data() == shown("较大")  # in the UI language
    assert view.accidents.current_id() == stored.id


def test_bad_accident_values_are_marked_on_their_fields(qtbot, view: VetoRegistersView, store: Store):
    dialog = view.new_record("accident")
    dialog.date_edit.set_date(date.today() + timedelta(days=3))
    dialog.loss_edit.setText("一千万")
    with qtbot.assertNotEmitted(view.changed):
        _ok(dialog)
    assert dialog.isVisible() and dialog.grade() == "—"
    assert "直接经济损失" in dialog.problem_of("direct_loss_fen")
    assert "晚于今天" in dialog.problem_of("occurred_on")
    assert dialog.problem_of("street")  # not in the register and no street: where did it happen?
    assert dialog.problem_of("deaths") == ""
    assert store.db["accidents"].count == 0


def test_edit_an_accident_by_double_click(qtbot, view: VetoRegistersView, store: Store):
    service.save_accident(store=store, accident=Accident(date(2019, 7, 19), "道路交通", street="北园街道",
                                                        serious_injuries=11))
    view.reload()
    table = view.accidents.table
    table.doubleClicked.emit(table.model().index(0, 0))
    dialog = view.findChild(AccidentDialog)
    assert dialog.isVisible() and dialog.grade() == "较大" and dialog.street_combo.currentText() == "北园街道"
    dialog.injured_spin.setValue(9)
    with qtbot.waitSignal(view.changed, timeout=1000):
        _ok(dialog)
    assert service.list_accidents(store=store)[0].grade == "一般"


def test_an_illegal_operation_found_then_stopped(qtbot, view: VetoRegistersView, store: Store):
    dialog = view.new_record("illegal_operation")
    dialog.date_edit.set_date(date(2019, 8, 6))
    dialog.street_combo.setCurrentText("泺口街道")
    dialog.department_combo.setCurrentText("区应急局")
    type_text(dialog.description_edit, "出租屋内非法充装液化石油气")
    with qtbot.waitSignal(view.changed, timeout=1000):
        _ok(dialog)
    [op] = service.list_illegal_operations(store=store)
    assert not op.stopped and op.street == "泺口街道"
    assert view.illegal_operations.model.index(0, 5).data() not in ("", None)

    dialog = view.edit_record("illegal_operation", op.id)
    dialog.stopped.check.setChecked(True)
    dialog.stopped.date.set_date(date(2019, 8, 1))  # before it was found
    _ok(dialog)
    assert "早于发现日期" in dialog.problem_of("stopped_on")
    dialog.stopped.date.set_date(date(2019, 8, 7))
    with qtbot.waitSignal(view.changed, timeout=1000):
        _ok(dialog)
    [op] = service.list_illegal_operations(store=store)
    assert op.stopped and op.stopped_on == date(2019, 8, 7)


def test_blacklist_an_enterprise_then_remove_it(qtbot, view: VetoRegistersView, store: Store, enterprise: str):
    dialog = view.new_record("blacklist")
    dialog.date_edit.set_date(date(2019, 9, 6))
    _ok(dialog)
    assert dialog.problem_of("enterprise_id") and dialog.problem_of("reason")
    dialog.enterprise_combo.setCurrentIndex(dialog.enterprise_combo.findData(enterprise))
    type_text(dialog.reason_edit, "迟报生产安全事故")
    with qtbot.waitSignal(view.changed, timeout=1000):
        _ok(dialog)
    [entry] = service.list_blacklist_entries(store=store)
    assert (entry.enterprise_name, entry.listed_on, entry.removed_on) == ("济南鑫源化工有限公司", date(2019, 9, 6), None)
    assert "1" in view.blacklist.summary.text()

    dialog = view.edit_record("blacklist", entry.id)
    assert dialog.reason_edit.toPlainText() == "迟报生产安全事故"
    dialog.removed.check.setChecked(True)
    dialog.removed.date.set_date(date(2019, 10, 20))
    with qtbot.waitSignal(view.changed, timeout=1000):
        _ok(dialog)
    assert service.list_blacklist_entries(store=store)[0].removed_on == date(2019, 10, 20)
    assert "0" in view.blacklist.summary.text()


def test_a_record_deleted_meanwhile_shows_an_error(view: VetoRegistersView):
    assert view.edit_record("accident", "gone") is None
