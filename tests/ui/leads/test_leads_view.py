"""The 线索 tab: a hotline complaint recorded from the keyboard, assigned, linked, cased, replied; the due date shown
as you type; the list and the conflicts view never show the complainant; the dashboard flags an unhandled true lead."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from safety_desk.domain.leads import Lead
from safety_desk.services.leads import get_lead, list_leads, register_lead
from safety_desk.services.packages import export_package, import_package, list_conflicts
from safety_desk.store import Store
from safety_desk.ui.hazards.dashboard import DashboardView
from safety_desk.ui.leads.leads_view import LeadsView
from safety_desk.ui.sync.conflicts_view import ConflictsView
from tests.support.builders import build_visit
from tests.support.typing import type_text

PERIOD = (date(2026, 9, 1), date(2026, 12, 31))
CONTACT = "13905310000"


def _all_cells(model) -> str:
    return " ".join(str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount()))


def test_a_hotline_complaint_from_the_keyboard_to_a_case(qtbot, store):
    visit = build_visit(store, when=date(2026, 9, 29), period=PERIOD)
    view = LeadsView(store)
    qtbot.addWidget(view)
    dialog = view.new_lead()
    dialog.received_edit.set_date(date(2026, 9, 28))
    assert dialog.due_label.text() == "2026-10-23"  # 15 working days by default, across National Day
    dialog.due_spin.setValue(16)
    assert dialog.due_label.text() == "2026-10-26"
    dialog.enterprise_combo.setCurrentIndex(dialog.enterprise_combo.findData(visit.enterprise_id))
    assert not dialog.name_edit.isEnabled() and dialog.inspection_list.count() == 1
    type_text(dialog.summary_edit, "夜间违规动火作业，无人监护")
    type_text(dialog.complainant_edit, "王某")
    type_text(dialog.contact_edit, CONTACT)
    dialog.department_combo.setCurrentText("区应急管理局")
    dialog.inspection_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.finding_combo.setCurrentIndex(dialog.finding_combo.findData("属实"))
    dialog.verified.set_value(date(2026, 10, 9))
    dialog.case_edit.setText("（天桥）应急立〔2026〕7号")
    dialog.case_opened.set_value(date(2026, 10, 12))
    dialog.reply.set_value(date(2026, 10, 13))
    dialog.reply_method_combo.setCurrentIndex(dialog.reply_method_combo.findData("电话"))
    with qtbot.waitSignal(view.changed):
        QTest.keyClick(dialog.handler_edit, Qt.Key.Key_Return)  # Enter saves from any line edit
    [row] = view.model.records()
    assert (row.enterprise, row.due_on, row.status, row.case_no) == ("济南泺口化工有限公司", date(2026, 10, 26), "办理中",
                                                                     "（天桥）应急立〔2026〕7号")
    assert CONTACT not in _all_cells(view.model) and "王某" not in _all_cells(view.model)
    lead = get_lead(store=store, lead_id=row.id)
    assert lead.complainant_contact == CONTACT and lead.inspection_ids == (visit.inspection_id,)
    # opening it again shows the complainant to whoever opens it, and the link can open the inspection
    again = view.edit_lead(row.id)
    assert again.contact_edit.text() == CONTACT
    again.inspection_list.setCurrentRow(0)
    with qtbot.waitSignal(view.open_inspection) as opened:
        again.open_button.click()
    assert opened.args == [visit.inspection_id]
    again.reject()


def test_a_bad_lead_keeps_the_form_open_with_the_field_marked(qtbot, store):
    build_visit(store, when=date(2026, 9, 29), period=PERIOD)
    view = LeadsView(store)
    qtbot.addWidget(view)
    dialog = view.new_lead()
    dialog.accept()
    assert dialog.isVisible()
    assert "反映内容" in dialog.problem_of("summary") and "企业" in dialog.problem_of("enterprise")
    assert store.db["leads"].count == 0
    dialog.reject()


def test_filters_and_the_dashboard_flag_on_the_due_date(qtbot, store):
    visit = build_visit(store, when=date(2026, 9, 29), period=PERIOD)
    lead = register_lead(store=store, lead=Lead(source="转办交办", received_on=date(2026, 9, 28), summary="超量储存",
                                                 enterprise_id=visit.enterprise_id), today=date(2026, 9, 28)).lead
    register_lead(store=store, lead=replace(lead, finding="属实", verified_on=date(2026, 10, 9)), today=date(2026, 10, 9))
    register_lead(store=store, lead=Lead(source="数据监测", received_on=date(2026, 10, 20), summary="报警器离线",
                                         enterprise_id=visit.enterprise_id), today=date(2026, 10, 20))
    view = LeadsView(store)
    qtbot.addWidget(view)
    view.today = date(2026, 10, 26)
    view.show_filter(dereliction=True)
    assert [v.id for v in view.model.records()] == [lead.id]
    view.show_filter()
    view.source_combo.setCurrentIndex(view.source_combo.findData("数据监测"))
    assert [v.source for v in view.model.records()] == ["数据监测"]
    dashboard = DashboardView(store)
    qtbot.addWidget(dashboard)
    dashboard.reload(today=date(2026, 10, 22))  # lead due 2026-10-23 (15 working days)
    assert dashboard.leads_dereliction.value == 0
    dashboard.reload(today=date(2026, 10, 23))
    assert dashboard.leads_dereliction.value == 1 and "超量储存" not in dashboard.lead_warnings.text()
    assert "济南泺口化工有限公司" in dashboard.lead_warnings.text()
    assert list_leads(store=store, today=date(2026, 10, 27), overdue=True)


def test_the_conflicts_view_hides_the_complainant(qtbot, tmp_path: Path):
    a, office = Store.open(tmp_path / "a" / "d.db"), Store.open(tmp_path / "o" / "d.db")
    visit = build_visit(a, when=date(2026, 9, 29), period=PERIOD)
    lead = register_lead(store=a, lead=Lead(source="投诉举报", received_on=date(2026, 9, 28), summary="堵塞安全出口",
                                             enterprise_id=visit.enterprise_id, complainant_contact=CONTACT),
                         today=date(2026, 9, 28)).lead
    export_package(store=a, out_path=tmp_path / "1.sdpkg")
    import_package(store=office, path=tmp_path / "1.sdpkg")
    register_lead(store=a, lead=replace(get_lead(store=a, lead_id=lead.id), complainant_contact="13800000001"),
                  today=date(2026, 9, 28))
    register_lead(store=office, lead=replace(get_lead(store=office, lead_id=lead.id), complainant_contact="13800000002"),
                  today=date(2026, 9, 28))
    export_package(store=a, out_path=tmp_path / "2.sdpkg")
    import_package(store=office, path=tmp_path / "2.sdpkg")
    assert len(list_conflicts(store=office)) == 1
    view = ConflictsView(office)
    qtbot.addWidget(view)
    cells = " ".join(view.table.item(r, c).text() for r in range(view.table.rowCount()) for c in range(3))
    assert "complainant_contact" in cells and "1380000000" not in cells
    a.close()
    office.close()


def test_search_waits_for_typing_to_pause(qtbot, store):
    visit = build_visit(store, when=date(2026, 9, 29), period=PERIOD)
    for summary in ("堵塞安全出口", "违规动火"):
        register_lead(store=store, lead=Lead(source="投诉举报", received_on=date(2026, 9, 28), summary=summary,
                                             enterprise_id=visit.enterprise_id), today=date(2026, 9, 28))
    view = LeadsView(store)
    qtbot.addWidget(view)
    type_text(view.search_edit, "动火")
    assert len(view.model.records()) == 2  # not yet
    qtbot.waitUntil(lambda: len(view.model.records()) == 1, timeout=2000)
    assert view.model.records()[0].summary == "违规动火"


def test_the_exposure_list_from_the_leads_tab(qtbot, store, tmp_path: Path):
    from openpyxl import load_workbook

    from safety_desk.demo.generate import DEMO_TODAY, generate_demo

    generate_demo(store=store, seed=2019, enterprises=30, findings=150, today=DEMO_TODAY)  # the 2019 campaign
    view = LeadsView(store)
    qtbot.addWidget(view)
    dialog = view.open_exposure()
    dialog.from_edit.set_date(date(2019, 7, 1))
    dialog.to_edit.set_date(date(2019, 12, 31))
    dialog.min_fine.setValue(0)
    out = dialog.export(".xlsx", str(tmp_path / "曝光.xlsx"))
    assert out is not None and str(out) in dialog.result_label.text()
    rows = [r for r in load_workbook(out).active.iter_rows(min_row=4, values_only=True) if isinstance(r[0], int)]
    assert rows and re.search(r"\d+", dialog.result_label.text()).group() == str(len(rows))
    assert dialog.export(".pdf", str(tmp_path / "nofolder" / "x.pdf")) is None  # refused, with a message box
    dialog.reject()
