"""The About box: version, the program's licence, and each bundled font with its licence."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from safety_desk import __version__
from safety_desk.paths import FONTS_DIR, bundled_fonts

PROGRAM_LICENCE = "Apache License 2.0"


def about_html() -> str:
    """Rich text for the box; font licences come from the font folder, so a font added there is named too."""
    purpose = QCoreApplication.translate("AboutBox", "Offline hazard inspection for safety-production campaigns.")
    licence = QCoreApplication.translate("AboutBox", "Licence: %1.").replace("%1", PROGRAM_LICENCE)
    fonts_heading = QCoreApplication.translate("AboutBox", "Bundled fonts and their licences:")
    texts = QCoreApplication.translate("AboutBox", "Licence texts: %1").replace("%1", str(FONTS_DIR))
    fonts = "".join(f"<li>{escape(name)} — {escape(font_licence)}</li>" for name, font_licence in bundled_fonts())
    return (f"<h3>Safety Desk {escape(__version__)}</h3><p>{escape(purpose)}</p><p>{escape(licence)}</p>"
            f"<p>{escape(fonts_heading)}</p><ul>{fonts}</ul><p>{escape(texts)}</p>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("AboutBox", "About Safety Desk"), about_html())
