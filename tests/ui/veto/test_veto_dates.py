"""Typed dates in the veto register forms: an unfinished date is kept as typed, marked with a message naming the
field, and OK stores nothing until it is a date; then exactly the date shown is stored. A ticked optional date
(stopped on, removed on) needs a date; an unticked one is not part of the record."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication

from safety_desk.domain.registers import Enterprise
from safety_desk.domain.veto_registers import BlacklistEntry, IllegalOperation
from safety_desk.services import registers as register_service
from safety_desk.services import veto_registers as service
from safety_desk.store import Store
from safety_desk.ui.veto.veto_registers_view import VetoRegistersView
from tests.support.dates import click_ok, is_marked, retype
from tests.support.typing import type_text


@pytest.fixture
def view(qtbot, store: Store) -> VetoRegistersView:
    v = VetoRegistersView(store)
    qtbot.addWidget(v)
    v.show()
    return v


def test_an_accident_with_an_unfinished_date_is_not_stored(qtbot, view: VetoRegistersView, store: Store):
    dialog = view.new_record("accident")
    dialog.street_combo.setCurrentText("药山街道")
    type_text(dialog.description_edit, "叉车倾覆")
    retype(dialog.date_edit, "2019-08-1")
    retype(dialog.date_edit, "2019-08-")
    with qtbot.assertNotEmitted(view.changed):
        click_ok(dialog)
    assert dialog.isVisible() and store.db["accidents"].count == 0
    assert dialog.date_edit.text() == "2019-08-" and is_marked(dialog.date_edit)
    message = dialog.problem_of("occurred_on")
    assert "2019-08-" in message and QCoreApplication.translate("AccidentDialog", "Date") in message
    retype(dialog.date_edit, "2019-08-14")
    assert dialog.problem_of("occurred_on") == "" and not is_marked(dialog.date_edit)
    with qtbot.waitSignal(view.changed, timeout=1000):
        click_ok(dialog)
    assert service.list_accidents(store=store)[0].occurred_on == date(2019, 8, 14)


def test_a_ticked_stop_date_must_be_a_date(qtbot, view: VetoRegistersView, store: Store):
    op_id = service.save_illegal_operation(store=store, operation=IllegalOperation(
        found_on=date(2019, 8, 6), street="泺口街道", description="出租屋内非法充装液化石油气"))
    view.reload()
    dialog = view.edit_record("illegal_operation", op_id)
    dialog.stopped.check.setChecked(True)
    retype(dialog.stopped.date, "2019-08-32")
    click_ok(dialog)
    assert dialog.isVisible() and is_marked(dialog.stopped.date)
    assert dialog.stopped.date.text() == "2019-08-32"
    assert "2019-08-32" in dialog.problem_of("stopped_on")
    assert not service.list_illegal_operations(store=store)[0].stopped
    retype(dialog.stopped.date, "")
    click_ok(dialog)
    assert dialog.isVisible() and dialog.problem_of("stopped_on")  # ticked: a date is needed
    retype(dialog.stopped.date, "2019-08-07")
    with qtbot.waitSignal(view.changed, timeout=1000):
        click_ok(dialog)
    [op] = service.list_illegal_operations(store=store)
    assert op.stopped and op.stopped_on == date(2019, 8, 7)


def test_a_blacklist_entry_keeps_its_dates_until_they_are_finished(qtbot, view: VetoRegistersView, store: Store):
    enterprise = register_service.save_enterprise(store=store, enterprise=Enterprise(name="济南鑫源化工有限公司"))
    entry_id = service.save_blacklist_entry(store=store, entry=BlacklistEntry(
        enterprise_id=enterprise, listed_on=date(2019, 9, 6), reason="迟报生产安全事故"))
    view.reload()
    dialog = view.edit_record("blacklist", entry_id)
    retype(dialog.date_edit, "2019-9-")
    dialog.removed.check.setChecked(True)
    retype(dialog.removed.date, "2019-10-2")
    retype(dialog.removed.date, "2019-10-")
    click_ok(dialog)
    assert dialog.isVisible() and is_marked(dialog.date_edit) and is_marked(dialog.removed.date)
    assert dialog.problem_of("listed_on") and dialog.problem_of("removed_on")
    [entry] = service.list_blacklist_entries(store=store)
    assert (entry.listed_on, entry.removed_on) == (date(2019, 9, 6), None)
    retype(dialog.date_edit, "2019-9-8")
    retype(dialog.removed.date, "2019-10-20")
    with qtbot.waitSignal(view.changed, timeout=1000):
        click_ok(dialog)
    [entry] = service.list_blacklist_entries(store=store)
    assert (entry.listed_on, entry.removed_on) == (date(2019, 9, 8), date(2019, 10, 20))
