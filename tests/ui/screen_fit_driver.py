"""Run by test_screen_fit.py in a child process on a screen of a given size (Qt's offscreen platform reads it from
a config file): open every window and dialog, and report each button, tab bar or status bar not inside the screen.

Usage: python screen_fit_driver.py WORK_DIR  → prints one JSON object: {"screen": [w, h], "problems": [...],
"windows": {name: [w, h]}}. With SCREEN_FIT_SHOTS=<folder> it also saves screenshots of the main window and the form.
"""

from __future__ import annotations

import json
import os

import openpyxl
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QStatusBar, QTabBar, QWidget

from safety_desk.demo.generate import generate_demo
from safety_desk.domain.lifecycle import ACTION_START
from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.services import registers as register_service
from safety_desk.services.exports import export_ledger
from safety_desk.services.register_import import preview_enterprises, write_enterprise_template
from safety_desk.services.templates import load_shipped_templates
from safety_desk.store import Store
from safety_desk.store.findings_query import HazardFilter
from safety_desk.ui.app import create_app
from safety_desk.ui.common.events import process_events


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True  # reachable by scrolling; the scroll area itself is checked through its window
        parent = parent.parentWidget()
    return False


def check(name: str, window: QWidget, area: QRect, report: dict) -> None:
    window.show()
    for _ in range(3):
        process_events()
    report["windows"][name] = [window.width(), window.height()]
    shots = os.environ.get("SCREEN_FIT_SHOTS")
    if shots and (name in ("main window, sample data", "hazard form, refusing an invalid value")
                  or "refusing a date" in name):
        window.grab().save(str(Path(shots) / (name.split(",")[0].replace(" ", "_") + ".png")))
    frame = window.frameGeometry()
    if not area.contains(window.geometry()):
        report["problems"].append(f"{name}: window {window.geometry().getRect()} (frame {frame.getRect()}) "
                                  f"is not inside the screen's available area {area.getRect()}")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QTabBar, QStatusBar)) or not widget.isVisible():
            continue
        if widget.window() is not window or _inside_scroll_area(widget, window):
            continue
        rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
        visible = window.geometry().intersected(rect)
        if visible != rect or not area.contains(rect):
            label = widget.text() if isinstance(widget, QAbstractButton) else type(widget).__name__
            report["problems"].append(f"{name}: {label!r} at {rect.getRect()} is cut off or off-screen "
                                      f"(window {window.geometry().getRect()}, screen {area.getRect()})")
    window.close()
    process_events()


def refusing_dates(store, window, enterprises, streets, inspection, area, report) -> None:
    """Each dialog with a typed date shown as it is when OK refused an unfinished date: the field red, a message."""
    from safety_desk.ui.inspection.campaign_dialog import CampaignDialog
    from safety_desk.ui.inspection.enforcement_panel import EnforcementActionDialog
    from safety_desk.ui.inspection.new_inspection_dialog import NewInspectionDialog
    from safety_desk.ui.leads.exposure_dialog import ExposureDialog
    from safety_desk.ui.leads.lead_dialog import LeadDialog
    from safety_desk.ui.sampling.sampling_dialogs import RecusalDialog, ResultDialog, VisitDateDialog
    from safety_desk.ui.veto.veto_dialogs import AccidentDialog, BlacklistDialog, IllegalOperationDialog

    def refused(dialog, field, text: str = "2019-08-"):
        dialog.show()  # as a user sees it: shown, then OK pressed
        process_events()
        field.setText(text)
        dialog.accept()
        return dialog

    new = NewInspectionDialog(store, window)
    campaign = CampaignDialog(store, window)
    action = EnforcementActionDialog(store, inspection.id, inspection_date=date(2019, 8, 6), hazards=[], parent=window)
    accident = AccidentDialog(store, enterprises=enterprises, streets=streets, parent=window)
    operation = IllegalOperationDialog(store, streets=streets, departments=[], parent=window)
    operation.stopped.check.setChecked(True)
    blacklist = BlacklistDialog(store, enterprises=enterprises, parent=window)
    blacklist.removed.check.setChecked(True)
    lead = LeadDialog(store, enterprises=enterprises, streets=streets, departments=[], due_workdays=15, parent=window)
    lead.closed.check.setChecked(True)
    visit = VisitDateDialog("济南泺口化工有限公司", date(2019, 10, 8), parent=window)
    result = ResultDialog("济南泺口化工有限公司", due=date(2019, 11, 4), parent=window)
    recusal = RecusalDialog([("张明（区应急局）", "x")], [("济南泺口化工有限公司", "y")], parent=window)
    exposure = ExposureDialog(store, window)
    exposure.to_edit.setText("2019-12")
    exposure.export(".pdf", str(Path(os.environ.get("TMPDIR", "/tmp")) / "never-written.pdf"))
    for name, dialog in (
        ("NewInspectionDialog", refused(new, new.date)),
        ("CampaignDialog", refused(campaign, campaign.end, "2019-10-3x")),
        ("EnforcementActionDialog", refused(action, action.date_edit)),
        ("AccidentDialog", refused(accident, accident.date_edit)),
        ("IllegalOperationDialog", refused(operation, operation.stopped.date)),
        ("BlacklistDialog", refused(blacklist, blacklist.removed.date, "2019-02-30")),
        ("LeadDialog", refused(lead, lead.closed.date)),
        ("VisitDateDialog", refused(visit, visit.day)),
        ("ResultDialog", refused(result, result.day, "")),
        ("RecusalDialog", refused(recusal, recusal.day)),
        ("ExposureDialog", exposure),
    ):
        check(f"{name}, refusing a date", dialog, area, report)
    reports = window.reports
    window.tabs.setCurrentWidget(reports)
    reports.kind_combo.setCurrentIndex(reports.kind_combo.findData("rollup"))
    from PySide6.QtTest import QTest

    reports.month_edit.setFocus()
    reports.month_edit.selectAll()
    QTest.keyClicks(reports.month_edit, reports.month_edit.text()[:-1])  # the last digit not typed yet
    reports._month_problem()
    check("reports page, refusing a date", window, area, report)


def main() -> None:
    work = Path(sys.argv[1])
    app = create_app(lang=os.environ.get("SCREEN_FIT_LANG", "zh_CN"))
    screen = app.primaryScreen()
    area = screen.availableGeometry()
    report: dict = {"screen": [area.width(), area.height()], "problems": [], "windows": {}}

    from safety_desk.ui.hazards.finding_dialog import FindingDialog
    from safety_desk.ui.hazards.lifecycle_dialogs import (
        DelistDialog, ExtensionDialog, ListingDialog, ReinspectionDialog, TransitionDialog)
    from safety_desk.ui.inspection.campaign_dialog import CampaignDialog
    from safety_desk.ui.inspection.enforcement_panel import EnforcementActionDialog
    from safety_desk.ui.inspection.new_inspection_dialog import NewInspectionDialog
    from safety_desk.ui.main_window import MainWindow
    from safety_desk.ui.registers.enterprise_dialog import EnterpriseDialog, InspectorDialog
    from safety_desk.ui.registers.register_import_dialog import RegisterImportDialog
    from safety_desk.ui.reports.export_dialog import LedgerExportDialog
    from safety_desk.ui.reports.pdf_preview import PdfPreviewDialog
    from safety_desk.ui.veto.veto_dialogs import AccidentDialog, BlacklistDialog, IllegalOperationDialog

    fresh = Store.open(work / "fresh.db")
    load_shipped_templates(store=fresh)
    check("main window, fresh database", MainWindow(fresh), area, report)

    store = Store.open(work / "demo.db")
    load_shipped_templates(store=store)
    generate_demo(store=store, enterprises=12, findings=40)
    window = MainWindow(store)
    check("main window, sample data", window, area, report)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        check(f"main window, tab {window.tabs.tabText(index)}", window, area, report)

    inspection_id = store.db.execute("select id from inspections order by inspection_date limit 1").fetchone()[0]
    draft = finding_service.open_finding(store=store, inspection_id=inspection_id)
    ledgered = finding_service.open_finding(store=store, inspection_id=inspection_id)
    finding_service.update_finding(
        store=store, finding_id=ledgered, description="储罐区未设置可燃气体报警装置，" * 4, level="重大",
        responsible_unit="生产部", responsible_person="王建国", measures="加装报警装置", funds="12500",
        deadline="2030-12-31", contingency_plan="停用并专人监护")
    finding_service.enter_ledger(store=store, finding_id=ledgered)
    check("hazard form, draft", FindingDialog(store, draft, window), area, report)
    check("hazard form, ledgered", FindingDialog(store, ledgered, window), area, report)
    form = FindingDialog(store, ledgered, window)
    form.funds.setText("-100")
    form.finish_edit("funds")
    form.enter_ledger()  # a long red message above the buttons
    check("hazard form, refusing an invalid value", form, area, report)
    form.revert_invalid()
    for kind in (TransitionDialog, ReinspectionDialog, ExtensionDialog, ListingDialog):
        dialog = kind(store, ledgered, window) if kind is not TransitionDialog else kind(
            store, ledgered, ACTION_START, window)
        check(kind.__name__, dialog, area, report)
    lifecycle_service.list_hazard(store=store, finding_id=ledgered, actor="张明", level="区级", supervising_unit="区安委会",
                                  document_no="济天安委〔2019〕3号",
                                  listed_on=finding_service.get_finding(store=store, finding_id=ledgered).found_date)
    check("DelistDialog", DelistDialog(store, ledgered, window), area, report)

    enterprises = register_service.list_enterprises(store=store)
    streets = sorted({e.street for e in enterprises if e.street})
    inspection = inspection_service.list_inspections(store=store, limit=1)[0]
    for name, dialog in (
        ("NewInspectionDialog", NewInspectionDialog(store, window)),
        ("CampaignDialog", CampaignDialog(store, window)),
        ("EnterpriseDialog", EnterpriseDialog(store, streets=streets, parent=window)),
        ("InspectorDialog", InspectorDialog(store, parent=window)),
        ("EnforcementActionDialog", EnforcementActionDialog(store, inspection.id, inspection_date=date(2019, 8, 6),
                                                            hazards=[], parent=window)),
        ("AccidentDialog", AccidentDialog(store, enterprises=enterprises, streets=streets, parent=window)),
        ("IllegalOperationDialog", IllegalOperationDialog(store, streets=streets, departments=[], parent=window)),
        ("BlacklistDialog", BlacklistDialog(store, enterprises=enterprises, parent=window)),
        ("LedgerExportDialog", LedgerExportDialog(store, HazardFilter(), window)),
    ):
        check(name, dialog, area, report)
    refusing_dates(store, window, enterprises, streets, inspection, area, report)
    pdf = export_ledger(store=store, hazard_filter=HazardFilter(), out_path=work / "ledger.pdf").path
    check("PdfPreviewDialog", PdfPreviewDialog(pdf, window), area, report)
    write_enterprise_template(work / "企业.xlsx")
    book = openpyxl.load_workbook(work / "企业.xlsx")
    for n in range(30):  # a register with enough rows to need scrolling
        book.worksheets[0].append([f"济南泺口第{n}化工有限公司", "", "泺口街道", "济南市天桥区泺口路" * 3])
    book.save(work / "企业.xlsx")
    check("RegisterImportDialog",
          RegisterImportDialog(store, preview_enterprises(store=store, path=work / "企业.xlsx"), window), area, report)
    print(json.dumps(report, ensure_ascii=False))
    sys.stdout.flush()
    app.quit()


if __name__ == "__main__":
    main()
