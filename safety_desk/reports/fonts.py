"""The bundled CJK fonts for reportlab: embedded as subsets, so PDFs print Chinese on any machine.

WenQuanYi Micro Hei has TrueType outlines (reportlab cannot embed CFF-based fonts such as Noto Sans CJK). It lacks
most of CJK Extension A and all of Extension B — rare characters that do occur in people's and places' names (䶮, 𠮷,
𪚥) — so a second font, a subset of Hanazono Mincho covering exactly those two blocks, is used glyph by glyph where
the main font has no glyph (``font_runs``). The fallback (25 MB) is read only when a text needs it.

    font_runs("龚䶮化工")   # [("WenQuanYiMicroHei", "龚"), ("HanazonoExtAB", "䶮"), ("WenQuanYiMicroHei", "化工")]
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from safety_desk.paths import FALLBACK_FONT_FILE, FONT_FILE

PDF_FONT = "WenQuanYiMicroHei"
FALLBACK_PDF_FONT = "HanazonoExtAB"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond the BMP (Extension B: 𠮷 U+20BB7) written as UTF-16
    surrogate pairs as the PDF reference requires. reportlab writes ``<20BB7>``, which readers take for two wrong
    characters, so copying or searching such a name in the PDF would fail. BMP-only maps come out unchanged."""
    text = _REPORTLAB_TO_UNICODE(fontname, subset)
    for v in subset:
        if v > 0xFFFF:
            high, low = 0xD800 + ((v - 0x10000) >> 10), 0xDC00 + ((v - 0x10000) & 0x3FF)
            text = text.replace(f"> <{v:04X}>\n", f"> <{high:04X}{low:04X}>\n", 1)
    return text


_REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # looked up by name when a document's fonts are written


@lru_cache(maxsize=1)
def register_pdf_font() -> str:
    """Register once per process; returns the font name to use in canvases and styles."""
    pdfmetrics.registerFont(TTFont(PDF_FONT, str(FONT_FILE), subfontIndex=0))
    return PDF_FONT


@lru_cache(maxsize=1)
def register_fallback_font() -> str:
    """The Extension A/B fallback, registered on first need (parsing it takes about half a second)."""
    pdfmetrics.registerFont(TTFont(FALLBACK_PDF_FONT, str(FALLBACK_FONT_FILE)))
    return FALLBACK_PDF_FONT


class _FontOf(dict):
    """Character → 0 (main font), 1 (fallback) or -1 (no bundled font); looked up once per distinct character."""

    def __missing__(self, ch: str) -> int:
        code = ord(ch)
        if code in pdfmetrics.getFont(register_pdf_font()).face.charToGlyph:
            result = 0
        elif _in_fallback_blocks(code) and code in pdfmetrics.getFont(register_fallback_font()).face.charToGlyph:
            result = 1
        else:
            result = -1
        self[ch] = result
        return result


def _in_fallback_blocks(code: int) -> bool:
    # Only these blocks are in the fallback: anything else (emoji) never loads it.
    return 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF


_FONT_OF = _FontOf()


def font_of(ch: str) -> str | None:
    """The registered font that draws ``ch``: the main font, else the fallback, else None."""
    index = _FONT_OF[ch]
    return None if index < 0 else (PDF_FONT if index == 0 else FALLBACK_PDF_FONT)


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` split into runs of (font name, characters); characters no font has stay with the main font."""
    font_of_ = _FONT_OF
    if not any(map(font_of_.__getitem__, text)):  # nearly every text: one run in the main font
        return [(PDF_FONT, text)] if text else []
    runs: list[tuple[str, str]] = []
    names = (PDF_FONT, FALLBACK_PDF_FONT)
    start, current = 0, None
    for i, ch in enumerate(text):
        index = 1 if font_of_[ch] == 1 else 0
        if index != current:
            if current is not None:
                runs.append((names[current], text[start:i]))
            start, current = i, index
    runs.append((names[current], text[start:]))
    return runs


def char_width(ch: str) -> float | None:
    """Advance width at 1000 units per em in the font that draws ``ch``; None when no bundled font has it."""
    name = font_of(ch)
    if name is None:
        return None
    return pdfmetrics.getFont(name).face.charWidths.get(ord(ch))


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` that no bundled font has a glyph for (whitespace ignored)."""
    return {ch for ch in text if not ch.isspace() and _FONT_OF[ch] < 0}
