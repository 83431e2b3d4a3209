"""Register the bundled CJK font so Chinese renders on machines without Chinese fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from safety_desk.paths import FALLBACK_FONT_FAMILY, FALLBACK_FONT_FILE, FONT_FAMILY, FONT_FILE


def install_app_font(app: QApplication) -> str:
    """Load resources/fonts into Qt and make it the application font. Returns the family in use."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = FONT_FAMILY if FONT_FAMILY in families else (families[0] if families else "")
    if family:
        font = QFont(family)
        fallback = install_fallback_font()
        if fallback:  # rare characters in names (CJK Extension A/B) come from the fallback, glyph by glyph
            font.setFamilies([family, fallback])
        font.setPointSize(max(app.font().pointSize(), 10))
        app.setFont(font)
    return family


def install_fallback_font() -> str:
    """Load the CJK Extension A/B fallback font (the same file the PDFs use); returns its family, "" if unusable."""
    font_id = QFontDatabase.addApplicationFont(str(FALLBACK_FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return FALLBACK_FONT_FAMILY if FALLBACK_FONT_FAMILY in families else (families[0] if families else "")
