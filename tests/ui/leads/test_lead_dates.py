"""Typed dates in the lead form and the exposure list: an unfinished date is kept as typed and marked with a message
naming the field; the form stores nothing (the export writes nothing) until it is a date, then exactly that date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from safety_desk.services.leads import get_lead, list_leads
from safety_desk.store import Store
from safety_desk.ui.leads.leads_view import LeadsView
from tests.support.builders import build_visit
from tests.support.dates import click_ok, is_marked, retype
from tests.support.typing import type_text

PERIOD = (date(2026, 9, 1), date(2026, 12, 31))


def test_a_lead_with_unfinished_dates_is_not_stored(qtbot, store: Store):
    visit = build_visit(store, when=date(2026, 9, 29), period=PERIOD)
    view = LeadsView(store)
    qtbot.addWidget(view)
    view.show()
    dialog = view.new_lead()
    type_text(dialog.summary_edit, "夜间违规动火作业，无人监护")
    dialog.enterprise_combo.setCurrentIndex(dialog.enterprise_combo.findData(visit.enterprise_id))
    retype(dialog.received_edit, "2026-09-2")
    retype(dialog.received_edit, "2026-09-")
    assert dialog.due_label.text() == "—"  # no due date is computed from a date that is not one
    dialog.closed.check.setChecked(True)
    retype(dialog.closed.date, "2026-1O-30")  # a letter O for a zero
    with qtbot.assertNotEmitted(view.changed):
        click_ok(dialog)
    assert dialog.isVisible() and list_leads(store=store) == []
    assert is_marked(dialog.received_edit) and is_marked(dialog.closed.date)
    assert QCoreApplication.translate("LeadDialog", "Received on") in dialog.problem_of("received_on")
    assert "2026-1O-30" in dialog.problem_of("closed_on")
    retype(dialog.received_edit, "2026-09-28")
    assert dialog.due_label.text() == "2026-10-23"
    dialog.closed.check.setChecked(False)  # not closed after all: its date is not part of the lead
    assert not is_marked(dialog.closed.date)
    with qtbot.waitSignal(view.changed, timeout=1000):
        click_ok(dialog)
    [row] = list_leads(store=store)
    lead = get_lead(store=store, lead_id=row.id)
    assert (lead.received_on, lead.closed_on) == (date(2026, 9, 28), None)


def test_the_exposure_list_refuses_an_unfinished_period(qtbot, store: Store, tmp_path: Path):
    view = LeadsView(store)
    qtbot.addWidget(view)
    dialog = view.open_exposure()
    retype(dialog.from_edit, "2019-07-01")
    retype(dialog.to_edit, "2019-12")
    out = tmp_path / "曝光.xlsx"
    assert dialog.export(".xlsx", str(out)) is None and not out.exists()
    assert is_marked(dialog.to_edit) and not is_marked(dialog.from_edit)
    assert "2019-12" in dialog.date_error.text()
    assert QCoreApplication.translate("ExposureDialog", "to") in dialog.date_error.text()
    retype(dialog.to_edit, "2019-12-31")
    assert dialog.export(".xlsx", str(out)) == out and out.exists()
    assert dialog.date_error.text() == ""
    dialog.reject()
