"""The bundled CJK font for reportlab: embedded as a subset, so PDFs print Chinese on any machine.

WenQuanYi Micro Hei has TrueType outlines (reportlab cannot embed CFF-based fonts such as Noto Sans CJK).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from safety_desk.paths import FONT_FILE

PDF_FONT = "WenQuanYiMicroHei"


@lru_cache(maxsize=1)
def register_pdf_font() -> str:
    """Register once per process; returns the font name to use in canvases and styles."""
    pdfmetrics.registerFont(TTFont(PDF_FONT, str(FONT_FILE), subfontIndex=0))
    return PDF_FONT


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` that the bundled font has no glyph for (whitespace ignored)."""
    register_pdf_font()
    face = pdfmetrics.getFont(PDF_FONT).face
    return {ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph}
