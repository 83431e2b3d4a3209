"""The main window: a shell holding the views (tabs), its menus built from ui/actions.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.registers import Enterprise
from safety_desk.errors import NotFoundError, UserError
from safety_desk.services import inspections as inspection_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.services import registers as register_service
from safety_desk.services import templates as template_service
from safety_desk.store.database import Store
from safety_desk.ui.actions import build_menus
from safety_desk.ui.backup.backup_dialogs import AutoBackup, backup_interactive, restore_interactive
from safety_desk.ui.inspection.campaign_dialog import CampaignDialog
from safety_desk.ui.hazards.dashboard import (
    FIGURE_LEADS_DERELICTION,
    FIGURE_LEADS_OVERDUE,
    FIGURE_OVERDUE,
    DashboardView,
)
from safety_desk.ui.common.about import show_about
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.common.actor import ensure_actor, remember_name
from safety_desk.ui.common.recent_databases import RecentDatabases, RecentMenu
from safety_desk.ui.common.screen_fit import fit_to_screen
from safety_desk.ui.reports.export_dialog import export_notice_with_preview
from safety_desk.ui.hazards.finding_dialog import FindingDialog
from safety_desk.ui.sync.conflicts_view import ConflictsView
from safety_desk.ui.sync.package_dialogs import export_package_interactive, import_package_interactive
from safety_desk.ui.hazards.hazards_view import HazardsView
from safety_desk.ui.inspection.inspections_page import InspectionsPage
from safety_desk.ui.inspection.new_inspection_dialog import NewInspectionDialog
from safety_desk.ui.leads.leads_view import LeadsView
from safety_desk.ui.registers.enterprise_dialog import EnterpriseDialog
from safety_desk.ui.registers.registers_view import RegistersView
from safety_desk.ui.reports.reports_page import ReportsPage
from safety_desk.ui.sampling.sampling_page import SamplingPage
from safety_desk.ui.templates.template_browser import TemplateBrowser
from safety_desk.ui.veto.veto_registers_view import VetoRegistersView
from safety_desk.ui.common.worker import BackgroundTask
from safety_desk.ui.welcome_banner import WelcomeBanner

DEMO_DB_NAME = "safety_desk_demo.db"


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        fit_to_screen(self, 1280, 820)  # a 1366×768 laptop gets what its screen holds
        self.actions_by_name = build_menus(self)
        self.recent = RecentDatabases()
        self.recent_menu = RecentMenu(self.recent, self)
        self.recent_menu.chosen.connect(self.open_database_file)
        demo = self.actions_by_name["openDemo"]
        file_menu = next(a.menu() for a in self.menuBar().actions() if demo in a.menu().actions())
        file_menu.insertMenu(demo, self.recent_menu)  # 打开数据库… · 最近使用 ▸ · 打开示例数据
        self.finding_dialogs: dict[str, FindingDialog] = {}
        self.actor_label = QLabel(objectName="actorStatus")
        self.statusBar().addPermanentWidget(self.actor_label)
        self.actor_prompt = None
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.task: BackgroundTask | None = None
        # The form commits every keystroke; the dashboard (a few aggregate queries) follows once typing pauses.
        self._dashboard_timer = QTimer(self, singleShot=True, interval=400)
        self._dashboard_timer.timeout.connect(self._refresh_dashboard)
        self._use_store(store)
        # The day's backup of the real database (never of the sample data), quietly in the background.
        self.auto_backup = AutoBackup(self, lambda: None if self.store.path and self.store.path.name == DEMO_DB_NAME
                                      else self.store)
        self.auto_backup.made.connect(lambda path: self.statusBar().showMessage(
            self.tr("Daily backup saved: %1").replace("%1", path), 10_000))
        self.auto_backup.failed.connect(lambda message: self.statusBar().showMessage(
            self.tr("Daily backup failed: %1").replace("%1", message), 30_000))
        self.auto_backup.start()

    # -- views -------------------------------------------------------------------------------------------------
    def _use_store(self, store: Store) -> None:
        """Build every view over ``store``; also used to switch to the sample database."""
        self.store = store
        self.recent.add(store.path)
        # which database is open, in the title bar: the sample data and one's own must never be confused
        self.setWindowTitle(self.tr("Safety Desk — hazard inspection") + (
            self.tr(" — sample data") if store.path and store.path.name == DEMO_DB_NAME else "") + (
            f" — {store.path.name}" if store.path else ""))
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(store.path or ":memory:")))
        self._show_actor()
        QTimer.singleShot(0, self._ensure_actor)  # once the window shows: who is recording, asked only once
        self.dashboard = DashboardView(store, self)
        self.dashboard.figure_clicked.connect(self._show_figure)
        self.dashboard.street_activated.connect(self._show_street)
        self.browser = TemplateBrowser(store, self)
        self.inspections = InspectionsPage(store, self)
        self.inspections.open_finding.connect(self.open_finding)
        self.inspections.new_inspection_requested.connect(self.new_inspection)
        self.inspections.issue_document.connect(self.issue_document)
        self.hazards = HazardsView(store, self)
        self.hazards.hazard_activated.connect(self.open_finding)
        self.registers = RegistersView(store, self)
        self.registers.registers_changed.connect(self.inspections.reload)
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.browser, self.tr("Checklists"))
        self.tabs.addTab(self.inspections, self.tr("Inspections"))
        self.tabs.addTab(self.hazards, self.tr("Hazards"))
        self.sampling = SamplingPage(store, self)
        self.sampling.open_inspection.connect(self._walk_sampling_task)
        self.sampling.changed.connect(self.inspections.reload)
        self.tabs.addTab(self.sampling, self.tr("Double random"))
        self.dashboard.sampling_clicked.connect(lambda: self.tabs.setCurrentWidget(self.sampling))
        self.tabs.addTab(self.registers, self.tr("Registers"))
        self.veto_registers = VetoRegistersView(store, self)
        self.tabs.addTab(self.veto_registers, self.tr("Accidents and illegal operations"))
        self.leads = LeadsView(store, self)
        self.leads.open_inspection.connect(self._open_inspection_of_lead)
        self.leads.changed.connect(self._dashboard_timer.start)
        self.tabs.addTab(self.leads, self.tr("Leads"))
        self.reports = ReportsPage(store, self)
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.conflicts = ConflictsView(store, self)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.currentChanged.connect(self._tab_changed)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        self.welcome = WelcomeBanner(self.actions_by_name, central)
        self.welcome.update_state(store)
        self.registers.registers_changed.connect(self.records_changed)
        layout.addWidget(self.welcome)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.browser.reload()
        self._resume()

    def _resume(self) -> None:
        """Reopen what was open when the app last stopped — closed normally or killed."""
        inspection_id = inspection_service.open_inspection_to_resume(store=self.store)
        if inspection_id:
            self.inspections.open_inspection(inspection_id)
            self.tabs.setCurrentWidget(self.inspections)
        elif self.store.db.execute("select 1 from findings where ledger_entered_at is not null limit 1").fetchone():
            self.tabs.setCurrentWidget(self.dashboard)  # hazards are being followed: start from what is due
        elif inspection_service.list_inspections(store=self.store, limit=1):
            self.tabs.setCurrentWidget(self.inspections)
        else:
            self.tabs.setCurrentWidget(self.browser)  # a new user first sees the catalogue
        self._tab_changed(self.tabs.currentIndex())  # no signal when the chosen tab is already the current one
        finding_id = inspection_service.open_finding_to_resume(store=self.store)
        if finding_id:
            self.open_finding(finding_id)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.reports:  # units and campaigns may have come in since
            self.reports.refresh()
        if self.tabs.currentWidget() is self.hazards:
            self.hazards.reload()
        elif self.tabs.currentWidget() is self.dashboard:
            self.dashboard.reload()
        elif self.tabs.currentWidget() is self.sampling:  # a task's inspection may have been completed since
            self.sampling.reload()

    def _walk_sampling_task(self, inspection_id: str) -> None:
        self.tabs.setCurrentWidget(self.inspections)
        self.inspections.open_inspection(inspection_id)

    def _refresh_dashboard(self) -> None:
        if self.tabs.currentWidget() is self.dashboard:  # a hidden dashboard refreshes when it is shown
            self.dashboard.reload()

    def _show_figure(self, figure: str) -> None:
        """Switch to the hazards behind a dashboard figure; the overdue figure turns on the overdue filter."""
        if figure in (FIGURE_LEADS_OVERDUE, FIGURE_LEADS_DERELICTION):  # the leads behind a lead figure
            self.tabs.setCurrentWidget(self.leads)
            self.leads.show_filter(overdue=figure == FIGURE_LEADS_OVERDUE,
                                   dereliction=figure == FIGURE_LEADS_DERELICTION)
            return
        self.tabs.setCurrentWidget(self.hazards)
        if figure == FIGURE_OVERDUE:
            self.hazards.overdue_check.setChecked(True)

    def _open_inspection_of_lead(self, inspection_id: str) -> None:
        self.inspections.open_inspection(inspection_id)
        self.tabs.setCurrentWidget(self.inspections)

    def _show_street(self, street: str) -> None:
        self.tabs.setCurrentWidget(self.hazards)
        index = self.hazards.street_combo.findData(street) if street else -1
        if index >= 0:
            self.hazards.street_combo.setCurrentIndex(index)

    # -- hazards -----------------------------------------------------------------------------------------------
    def open_finding(self, finding_id: str) -> FindingDialog | None:
        dialog = self.finding_dialogs.get(finding_id)
        if dialog is None:
            try:
                dialog = FindingDialog(self.store, finding_id, self)
            except NotFoundError:
                inspection_service.remember_open_finding(store=self.store, finding_id=None)
                return None
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.changed.connect(self._finding_changed)
            dialog.finished.connect(lambda _r, fid=finding_id: self._finding_closed(fid))
            self.finding_dialogs[finding_id] = dialog
        inspection_service.remember_open_finding(store=self.store, finding_id=finding_id)
        dialog.show()
        dialog.raise_()
        return dialog

    def _finding_changed(self, _finding_id: str) -> None:
        if self.inspections.view is not None:
            self.inspections.view.reload_findings()
        self._dashboard_timer.start()

    def _finding_closed(self, finding_id: str) -> None:
        self.finding_dialogs.pop(finding_id, None)
        inspection_service.remember_open_finding(store=self.store, finding_id=None)
        self._finding_changed(finding_id)

    # -- actions -----------------------------------------------------------------------------------------------
    def records_changed(self) -> None:
        """Campaigns, registers or inspections changed: every view that shows them reads them again (views that
        are built over the current records — the banner, the reports' choices, the lists — never go stale)."""
        self.welcome.update_state(self.store)
        self.inspections.reload()
        self.reports.refresh()
        if self.tabs.currentWidget() is self.dashboard:
            self.dashboard.reload()
        elif self.tabs.currentWidget() is self.hazards:
            self.hazards.reload()

    def new_campaign(self) -> None:
        if CampaignDialog(self.store, self).exec():
            self.records_changed()

    def edit_campaign(self) -> CampaignDialog | None:
        """Correct a campaign's name, period or phases; with several campaigns the user picks one first."""
        campaigns = inspection_service.list_campaigns(store=self.store)
        if not campaigns:
            show_error(self, self.tr("Edit campaign"), self.tr("There is no campaign yet: create one first."))
            return None
        campaign = campaigns[0]
        if len(campaigns) > 1:
            labels = [f"{c.name}（{c.start_date} — {c.end_date}）" for c in campaigns]
            label, ok = QInputDialog.getItem(self, self.tr("Edit campaign"), self.tr("Campaign:"), labels, 0, False)
            if not ok:
                return None
            campaign = campaigns[labels.index(label)]
        dialog = CampaignDialog(self.store, self, campaign=campaign)
        dialog.accepted.connect(lambda: self._switch_to(self.store))  # names and periods show in many views
        dialog.open()
        return dialog

    def new_inspection(self) -> None:
        dialog = NewInspectionDialog(self.store, self, new_enterprise_form=self.new_enterprise_form)
        if dialog.exec() and dialog.inspection_id:
            self.records_changed()
            self.tabs.setCurrentWidget(self.inspections)
            self.inspections.open_inspection(dialog.inspection_id)

    def new_enterprise_form(self, name: str, parent: QWidget) -> EnterpriseDialog:
        """The register's form for a new enterprise, the typed name filled in (from the new-inspection dialog)."""
        streets = sorted({e.street for e in register_service.list_enterprises(store=self.store) if e.street})
        dialog = EnterpriseDialog(self.store, Enterprise(name=name), streets=streets, parent=parent)
        dialog.accepted.connect(self.records_changed)
        return dialog

    def export_package(self) -> None:
        self.task = export_package_interactive(self, self.store)

    def import_package(self) -> None:
        """Bring in another laptop's work; afterwards every view re-reads the database."""
        self.task = import_package_interactive(self, self.store)
        if self.task is not None:
            self.task.succeeded.connect(lambda _summary: self._switch_to(self.store))

    def backup_data(self) -> None:
        self.backup_data_to(None)

    def backup_data_to(self, path: str | None) -> None:
        self.task = backup_interactive(self, self.store, path=path)

    def restore_backup(self) -> None:
        self.restore_backup_from(None)

    def restore_backup_from(self, path: str | None, confirm=None) -> None:
        """Replace this computer's data with a backup's (the current data is saved aside first); views re-read."""
        self.task = restore_interactive(self, self.store, lambda: self._switch_to(self.store), path=path,
                                        confirm=confirm)

    def export_ledger(self) -> None:
        """The ledger of what the hazards view shows: its filters are the ledger's."""
        self.tabs.setCurrentWidget(self.hazards)
        self.hazards.export_ledger()

    def export_notice(self) -> None:
        view = self.inspections.view
        if view is None:
            show_error(self, self.tr("Export rectification &notice…").replace("&", "").rstrip("…"),
                       self.tr("Open an inspection first: the notice is for one inspection."))
            return
        export_notice_with_preview(self, self.store, view.inspection_id)

    def issue_document(self):
        """签发文书… for the open inspection: the kinds this unit may issue."""
        from safety_desk.ui.documents.issue_dialog import IssueDocumentDialog

        view = self.inspections.view
        if view is None:
            show_error(self, self.tr("Issue document"), self.tr("Open an inspection first: a document is for one "
                                                                "inspection."))
            return None
        dialog = IssueDocumentDialog(self.store, view.inspection_id, self)
        dialog.finished.connect(self._reload_documents)
        dialog.open()
        return dialog

    def document_register(self):
        from safety_desk.ui.documents.register_dialog import DocumentRegisterDialog

        dialog = DocumentRegisterDialog(self.store, parent=self)
        view = self.inspections.view
        if view is not None:  # a void shows on the open inspection's list too
            dialog.finished.connect(self._reload_documents)
        dialog.open()
        return dialog

    def _reload_documents(self, _result: int = 0) -> None:
        if self.inspections.view is not None:  # the inspection may have been closed meanwhile
            self.inspections.view.reload_documents()

    def unit_settings(self):
        from safety_desk.ui.documents.settings_dialog import UnitSettingsDialog

        dialog = UnitSettingsDialog(self.store, self)
        dialog.open()
        return dialog

    def import_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import checklist"), str(Path.home()),
            self.tr("Checklists (*.yaml *.yml *.xlsx);;All files (*)"))
        if path:
            self.import_template_file(path)

    def import_template_file(self, path: str) -> bool:
        """Import and show the template; a bad file gets a dialog naming where the problem is."""
        try:
            outcome = template_service.import_template_file(store=self.store, path=path)
        except UserError as exc:
            show_error(self, self.tr("Cannot import checklist"), str(exc))
            return False
        t = outcome.template
        message = self.tr("Imported %1 v%2: %3 items, %4 check points") if outcome.created else self.tr(
            "Already imported, nothing changed: %1 v%2 (%3 items, %4 check points)")
        for n, value in enumerate((t.title, t.version, t.items, t.points), start=1):
            message = message.replace(f"%{n}", str(value))
        self.statusBar().showMessage(message, 10_000)
        self.browser.reload(select_id=t.id)
        self.tabs.setCurrentWidget(self.browser)
        return True

    def open_database(self) -> None:
        """文件 → 打开数据库…: another database file (back from the sample data to one's own, say)."""
        start = str(self.store.path.parent) if self.store.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), start,
                                              self.tr("Safety Desk databases (*.db);;All files (*)"))
        if path:
            self.open_database_file(path)

    def open_database_file(self, path: str) -> bool:
        if self.store.path and Path(path).resolve() == self.store.path.resolve():
            return True
        if not Path(path).is_file():
            show_error(self, self.tr("Open database"), self.tr("%1 does not exist.").replace("%1", path))
            return False
        try:
            store = Store.open(path)
            template_service.load_shipped_templates(store=store)
        except UserError as exc:
            show_error(self, self.tr("Open database"), str(exc))
            return False
        except sqlite3.DatabaseError:
            show_error(self, self.tr("Open database"),
                       self.tr("%1 is not a Safety Desk database.").replace("%1", path))
            return False
        if not self._switch_to(store):
            store.close()
            return False
        return True

    def demo_db_path(self) -> Path:
        base = self.store.path.parent if self.store.path else Path.home()
        return base / DEMO_DB_NAME

    def open_demo(self) -> None:
        """Sample data lives in its own database beside this one, so real records never mix with it."""
        if self.store.path and self.store.path.name == DEMO_DB_NAME:
            return
        demo_store = Store.open(self.demo_db_path(), allow_network=self.store.network_allowed or None)
        template_service.load_shipped_templates(store=demo_store)
        if demo_store.db["enterprises"].count > 0:
            self._switch_to(demo_store)
            return
        from safety_desk.demo.generate import generate_demo

        self.task = BackgroundTask(
            self, self.tr("Creating sample data…"),
            lambda progress: generate_demo(store=demo_store, progress=progress))
        self.task.succeeded.connect(lambda summary: None if summary.cancelled else self._switch_to(demo_store))
        self.task.failed.connect(lambda message: show_error(self, self.tr("Cannot create sample data"), message))
        self.task.start()

    def _switch_to(self, store: Store) -> bool:
        form = self._form_with_unstored_values()
        if form is not None:
            form.raise_()
            form.ask_before_closing()
            return False
        for dialog in list(self.finding_dialogs.values()):
            dialog.close()
        old = self.store
        self._use_store(store)
        if old is not store and old.path != store.path:
            old.close()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(store.path)), 10_000)
        return True

    def _ensure_actor(self) -> None:
        self.actor_prompt = ensure_actor(self, self.store, self._actor_named)

    def _actor_named(self, name: str) -> None:
        self._show_actor()
        for dialog in self.finding_dialogs.values():
            dialog.set_actor(name)

    def _show_actor(self) -> None:
        name = lifecycle_service.current_actor(store=self.store)
        self.actor_label.setText(self.tr("Recording as: %1").replace("%1", name) if name
                                 else self.tr("Recording as: (not set)"))

    def set_actor_name(self) -> None:
        """The name recorded with every change made on this computer (kept on this device only)."""
        name, ok = QInputDialog.getText(
            self, self.tr("Your name"), self.tr("Name recorded with every change you make on this computer:"),
            text=lifecycle_service.current_actor(store=self.store))
        if ok and name.strip():
            self._actor_named(remember_name(self.store, name))

    def show_about(self) -> None:
        show_about(self)

    def _form_with_unstored_values(self) -> FindingDialog | None:
        """A hazard form still showing a value that is not stored (it finishes the edits it can first)."""
        for dialog in self.finding_dialogs.values():
            if not dialog.finish_edits():
                return dialog
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        form = self._form_with_unstored_values()
        if form is not None:  # the user decides about a value shown but not stored; it is never dropped silently
            event.ignore()
            form.raise_()
            form.ask_before_closing()
            return
        # Everything is already committed; closing only forgets the open hazard form, the inspection stays open.
        for dialog in list(self.finding_dialogs.values()):
            dialog.blockSignals(True)
            dialog.close()
        super().closeEvent(event)
