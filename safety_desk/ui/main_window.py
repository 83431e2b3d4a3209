"""The main window: a shell holding the views, its menus built from ui/actions.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from safety_desk import __version__
from safety_desk.errors import UserError
from safety_desk.services import templates as template_service
from safety_desk.store.database import Store
from safety_desk.ui.actions import build_menus
from safety_desk.ui.dialogs import show_error
from safety_desk.ui.template_browser import TemplateBrowser


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Safety Desk — hazard inspection"))
        self.resize(1280, 800)
        self.browser = TemplateBrowser(store, self)
        self.setCentralWidget(self.browser)
        self.actions_by_name = build_menus(self)
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", str(store.path or ":memory:")))
        self.statusBar().addPermanentWidget(self.db_label)
        self.browser.reload()

    def import_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import checklist"),
            str(Path.home()),
            self.tr("Checklists (*.yaml *.yml *.xlsx);;All files (*)"),
        )
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
            "Already imported, nothing changed: %1 v%2 (%3 items, %4 check points)"
        )
        for n, value in enumerate((t.title, t.version, t.items, t.points), start=1):
            message = message.replace(f"%{n}", str(value))
        self.statusBar().showMessage(message, 10_000)
        self.browser.reload(select_id=t.id)
        return True

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Safety Desk"),
            self.tr("Safety Desk %1\nOffline hazard inspection for safety-production campaigns.").replace(
                "%1", __version__
            ),
        )
