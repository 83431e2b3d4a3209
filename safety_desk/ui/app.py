"""Start the desktop app: Qt application, bundled font, translators, the store, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from safety_desk.errors import UserError
from safety_desk.services.templates import load_shipped_templates
from safety_desk.store import Store, resolve_db_path
from safety_desk.store.database import NetworkDatabaseError
from safety_desk.ui.common.error_hook import install_error_hook
from safety_desk.ui.common.fonts import install_app_font
from safety_desk.ui.common.i18n import choose_language, install_translators


def create_app(argv: list[str] | None = None, *, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Safety Desk")
    app.setOrganizationName("safety-desk")
    install_app_font(app)
    app._translators = install_translators(app, choose_language(lang))  # type: ignore[attr-defined]
    return app


def open_main_window(db: str | None, *, allow_network: bool | None = None):
    from safety_desk.ui.main_window import MainWindow  # the window pulls in every view; create_app needs none

    store = Store.open(resolve_db_path(db), allow_network=allow_network)
    load_shipped_templates(store=store)
    return MainWindow(store)


def ask_to_open_on_network_share(error: NetworkDatabaseError) -> bool:
    """The network-share refusal, with an explicit way past it for those who know better."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Safety Desk", str(error))
    box.setObjectName("networkDatabaseWarning")
    quit_button = box.addButton(QCoreApplication.translate("NetworkShare", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(QCoreApplication.translate("NetworkShare", "Open anyway (not recommended)"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(quit_button)
    box.exec()
    return box.clickedButton() is not quit_button


def run_app(*, db: str | None = None, lang: str | None = None, allow_network: bool | None = None) -> int:
    try:
        app = create_app(lang=lang)
    except ValueError as exc:  # an unknown --lang
        print(f"safety-desk: {exc}", file=sys.stderr)
        return 2
    try:
        try:
            window = open_main_window(db, allow_network=allow_network)
        except NetworkDatabaseError as exc:
            if not ask_to_open_on_network_share(exc):
                return 2
            window = open_main_window(db, allow_network=True)
    except UserError as exc:
        QMessageBox.critical(None, "Safety Desk", str(exc))
        return 2
    install_error_hook(window, window.store.path)
    window.show()
    return app.exec()
