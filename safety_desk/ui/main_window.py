"""The main window: a shell holding the views (tabs), its menus built from ui/actions.py."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safety_desk import __version__
from safety_desk.errors import NotFoundError, UserError
from safety_desk.services import inspections as inspection_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.services import templates as template_service
from safety_desk.store.database import Store
from safety_desk.ui.actions import build_menus
from safety_desk.ui.backup.backup_dialogs import AutoBackup, backup_interactive, restore_interactive
from safety_desk.ui.inspection.campaign_dialog import CampaignDialog
from safety_desk.ui.hazards.dashboard import FIGURE_OVERDUE, DashboardView
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.reports.export_dialog import export_notice_with_preview
from safety_desk.ui.hazards.finding_dialog import FindingDialog
from safety_desk.ui.sync.conflicts_view import ConflictsView
from safety_desk.ui.sync.package_dialogs import export_package_interactive, import_package_interactive
from safety_desk.ui.hazards.hazards_view import HazardsView
from safety_desk.ui.inspection.inspections_page import InspectionsPage
from safety_desk.ui.inspection.new_inspection_dialog import NewInspectionDialog
from safety_desk.ui.registers.registers_view import RegistersView
from safety_desk.ui.reports.reports_page import ReportsPage
from safety_desk.ui.templates.template_browser import TemplateBrowser
from safety_desk.ui.veto.veto_registers_view import VetoRegistersView
from safety_desk.ui.common.worker import BackgroundTask

DEMO_DB_NAME = "safety_desk_demo.db"


class WelcomeBanner(QFrame):
    """Shown while the database has no enterprises: offers the sample data and the first steps."""

    def __init__(self, actions: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeBanner")
        self.setStyleSheet("#welcomeBanner { background: #eef5ff; border: 1px solid #b8d0f0; border-radius: 4px; }")
        text = QLabel(self.tr(
            "<b>Welcome to Safety Desk.</b> This database is empty: open the sample data to look around, or create "
            "a campaign, add enterprises and inspectors under Registers, and start an inspection."), wordWrap=True)
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        for name in ("openDemo", "newCampaign", "newInspection"):
            label = re.sub(r"\(&\w\)|&", "", actions[name].text()).rstrip("…")  # "打开示例数据(&S)" → "打开示例数据"
            button = QPushButton(label, objectName=f"{name}Button")
            button.clicked.connect(actions[name].trigger)
            layout.addWidget(button)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.resize(1280, 820)
        self.actions_by_name = build_menus(self)
        self.finding_dialogs: dict[str, FindingDialog] = {}
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
        self.setWindowTitle(self.tr("Safety Desk — hazard inspection") + (
            self.tr(" — sample data") if store.path and store.path.name == DEMO_DB_NAME else ""))
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(store.path or ":memory:")))
        self.dashboard = DashboardView(store, self)
        self.dashboard.figure_clicked.connect(self._show_figure)
        self.dashboard.street_activated.connect(self._show_street)
        self.browser = TemplateBrowser(store, self)
        self.inspections = InspectionsPage(store, self)
        self.inspections.open_finding.connect(self.open_finding)
        self.hazards = HazardsView(store, self)
        self.hazards.hazard_activated.connect(self.open_finding)
        self.registers = RegistersView(store, self)
        self.registers.registers_changed.connect(self.inspections.reload)
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.browser, self.tr("Checklists"))
        self.tabs.addTab(self.inspections, self.tr("Inspections"))
        self.tabs.addTab(self.hazards, self.tr("Hazards"))
        self.tabs.addTab(self.registers, self.tr("Registers"))
        self.veto_registers = VetoRegistersView(store, self)
        self.tabs.addTab(self.veto_registers, self.tr("Accidents and illegal operations"))
        self.reports = ReportsPage(store, self)
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.conflicts = ConflictsView(store, self)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.currentChanged.connect(self._tab_changed)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        self.welcome = WelcomeBanner(self.actions_by_name, central)
        self.welcome.setVisible(store.db["enterprises"].count == 0)
        self.registers.registers_changed.connect(
            lambda: self.welcome.setVisible(self.store.db["enterprises"].count == 0))
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

    def _refresh_dashboard(self) -> None:
        if self.tabs.currentWidget() is self.dashboard:  # a hidden dashboard refreshes when it is shown
            self.dashboard.reload()

    def _show_figure(self, figure: str) -> None:
        """Switch to the hazards behind a dashboard figure; the overdue figure turns on the overdue filter."""
        self.tabs.setCurrentWidget(self.hazards)
        if figure == FIGURE_OVERDUE:
            self.hazards.overdue_check.setChecked(True)

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
    def new_campaign(self) -> None:
        if CampaignDialog(self.store, self).exec():
            self.inspections.reload()

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
        dialog = NewInspectionDialog(self.store, self)
        if dialog.exec() and dialog.inspection_id:
            self.tabs.setCurrentWidget(self.inspections)
            self.inspections.open_inspection(dialog.inspection_id)

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

    def _switch_to(self, store: Store) -> None:
        for dialog in list(self.finding_dialogs.values()):
            dialog.close()
        old = self.store
        self._use_store(store)
        if old is not store and old.path != store.path:
            old.close()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(store.path)), 10_000)

    def set_actor_name(self) -> None:
        """The name recorded with every change made on this computer (kept on this device only)."""
        name, ok = QInputDialog.getText(
            self, self.tr("Your name"), self.tr("Name recorded with every change you make on this computer:"),
            text=lifecycle_service.current_actor(store=self.store))
        if ok and name.strip():
            lifecycle_service.remember_actor(store=self.store, name=name)
            for dialog in self.finding_dialogs.values():
                dialog.set_actor(name)

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Safety Desk"),
            self.tr("Safety Desk %1\nOffline hazard inspection for safety-production campaigns.").replace(
                "%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Everything is already committed; closing only forgets the open hazard form, the inspection stays open.
        for dialog in list(self.finding_dialogs.values()):
            dialog.blockSignals(True)
            dialog.close()
        super().closeEvent(event)
