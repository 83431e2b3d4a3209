"""The main window's actions, declared here rather than inside the window class (Picard's registry habit).

Each spec names the window method it triggers; ``build_menus`` creates the QActions and menus from the specs.
Menu and action texts are English source strings translated in the "MainWindow" context.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


@dataclass(frozen=True)
class ActionSpec:
    name: str  # objectName, also used by tests
    menu: str  # English menu title (translated)
    text: str  # English action text (translated)
    slot: str  # method on the main window
    shortcut: QKeySequence.StandardKey | str | None = None
    separator_before: bool = False


_FILE = QT_TRANSLATE_NOOP("MainWindow", "&File")
_DOCUMENTS = QT_TRANSLATE_NOOP("MainWindow", "&Documents")
_HELP = QT_TRANSLATE_NOOP("MainWindow", "&Help")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("newCampaign", _FILE, QT_TRANSLATE_NOOP("MainWindow", "New &campaign…"), "new_campaign"),
    ActionSpec("editCampaign", _FILE, QT_TRANSLATE_NOOP("MainWindow", "&Edit campaign…"), "edit_campaign"),
    ActionSpec("newInspection", _FILE, QT_TRANSLATE_NOOP("MainWindow", "New &inspection…"), "new_inspection",
               "Ctrl+Shift+N"),
    ActionSpec("importTemplate", _FILE, QT_TRANSLATE_NOOP("MainWindow", "&Import checklist…"), "import_template",
               "Ctrl+I", separator_before=True),
    ActionSpec("exportLedger", _FILE, QT_TRANSLATE_NOOP("MainWindow", "Export &ledger…"), "export_ledger", "Ctrl+E",
               separator_before=True),
    ActionSpec("exportNotice", _FILE, QT_TRANSLATE_NOOP("MainWindow", "Export rectification &notice…"),
               "export_notice"),
    ActionSpec("exportPackage", _FILE, QT_TRANSLATE_NOOP("MainWindow", "E&xport data package…"), "export_package",
               separator_before=True),
    ActionSpec("importPackage", _FILE, QT_TRANSLATE_NOOP("MainWindow", "Im&port data packages (one or several)…"), "import_package"),
    ActionSpec("backupData", _FILE, QT_TRANSLATE_NOOP("MainWindow", "&Back up data…"), "backup_data",
               separator_before=True),
    ActionSpec("restoreBackup", _FILE, QT_TRANSLATE_NOOP("MainWindow", "&Restore from backup…"), "restore_backup"),
    ActionSpec("setActorName", _FILE, QT_TRANSLATE_NOOP("MainWindow", "Set &my name…"), "set_actor_name",
               separator_before=True),
    ActionSpec("openDatabase", _FILE, QT_TRANSLATE_NOOP("MainWindow", "&Open database…"), "open_database",
               QKeySequence.StandardKey.Open, separator_before=True),
    ActionSpec("openDemo", _FILE, QT_TRANSLATE_NOOP("MainWindow", "Open &sample data"), "open_demo"),
    ActionSpec("quit", _FILE, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", QKeySequence.StandardKey.Quit,
               separator_before=True),
    ActionSpec("issueDocument", _DOCUMENTS, QT_TRANSLATE_NOOP("MainWindow", "&Issue document…"), "issue_document"),
    ActionSpec("documentRegister", _DOCUMENTS, QT_TRANSLATE_NOOP("MainWindow", "&Register of issued documents"),
               "document_register"),
    ActionSpec("unitSettings", _DOCUMENTS, QT_TRANSLATE_NOOP("MainWindow", "Issuing &unit and numbers…"),
               "unit_settings", separator_before=True),
    ActionSpec("about", _HELP, QT_TRANSLATE_NOOP("MainWindow", "&About Safety Desk"), "show_about"),
)


def build_menus(window: QMainWindow) -> dict[str, QAction]:
    menus: dict[str, object] = {}
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        menu = menus.get(spec.menu)
        if menu is None:
            menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", spec.menu))
            menus[spec.menu] = menu
        elif spec.separator_before:
            menu.addSeparator()  # type: ignore[attr-defined]
        action = QAction(QCoreApplication.translate("MainWindow", spec.text), window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(getattr(window, spec.slot))
        menu.addAction(action)  # type: ignore[attr-defined]
        actions[spec.name] = action
    return actions
