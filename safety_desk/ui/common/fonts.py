"""Register the bundled CJK font so Chinese renders on machines without Chinese fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from safety_desk.paths import FONT_FAMILY, FONT_FILE


def install_app_font(app: QApplication) -> str:
    """Load resources/fonts into Qt and make it the application font. Returns the family in use."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = FONT_FAMILY if FONT_FAMILY in families else (families[0] if families else "")
    if family:
        font = QFont(family)
        font.setPointSize(max(app.font().pointSize(), 10))
        app.setFont(font)
    return family
