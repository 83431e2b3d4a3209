"""Typed dates in the 双随机 dialogs (visit date, result, conflict of interest): an unfinished date keeps the dialog
open, marked and named, and nothing is stored; the date fixed is stored as shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from safety_desk.services import sampling as sampling_service
from safety_desk.store import Store
from safety_desk.ui.sampling.sampling_dialogs import RecusalDialog, ResultDialog, VisitDateDialog
from tests.support.dates import click_ok, is_marked, retype


def test_a_visit_date_dialog_refuses_an_unfinished_date(qtbot):
    dialog = VisitDateDialog("济南泺口化工有限公司", date(2019, 10, 8))
    qtbot.addWidget(dialog)
    dialog.show()
    retype(dialog.day, "2019-10-1")
    retype(dialog.day, "2019-10-")
    click_ok(dialog)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert is_marked(dialog.day) and "2019-10-" in dialog.error.text()
    assert QCoreApplication.translate("VisitDateDialog", "Inspected on") in dialog.error.text()
    retype(dialog.day, "2019-10-18")
    click_ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.value() == date(2019, 10, 18)


def test_a_result_dialog_refuses_an_empty_date(qtbot):
    dialog = ResultDialog("济南泺口化工有限公司", due=date(2019, 11, 4))
    qtbot.addWidget(dialog)
    dialog.show()
    retype(dialog.day, "")
    click_ok(dialog)
    assert dialog.isVisible() and is_marked(dialog.day) and dialog.error.text()
    retype(dialog.day, "2019-10-25")
    click_ok(dialog)
    assert not dialog.isVisible() and dialog.day.date_value() == date(2019, 10, 25)


def test_a_recusal_with_an_unfinished_date_is_not_declared(qtbot, store: Store):
    from safety_desk.ui.sampling.sampling_page import SamplingPage
    from tests.support.sampling import build_sampling

    build_sampling(store, enterprises=6)
    page = SamplingPage(store)
    qtbot.addWidget(page)
    dialog = page.recusal_dialog()
    assert isinstance(dialog, RecusalDialog)
    dialog.show()
    retype(dialog.day, "2019-9-3O")
    click_ok(dialog)
    assert dialog.isVisible() and is_marked(dialog.day)
    assert not page.save_recusal(dialog) and sampling_service.list_recusals(store=store) == []
    retype(dialog.day, "2019-9-30")
    click_ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.save_recusal(dialog)
    [recusal] = sampling_service.list_recusals(store=store)
    assert recusal.declared_on == "2019-09-30"
