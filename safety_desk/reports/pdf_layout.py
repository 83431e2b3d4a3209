"""Our own PDF page layout: text, rules and shaded boxes written as PDF operators, page by page.

Why not reportlab's platypus (a ``LongTable`` of ``Paragraph`` cells)? At 10,000 rows × 14 columns it parses markup
and measures every cell several times over and takes 20–30 s; a ledger's rows are plain wrapped text, so we measure
once (``pdf_metrics``), break pages by row height ourselves, and write each line as one ``Tj`` of glyph codes.
Drawing goes through the canvas's documented literal-operator hook; the TrueType subset encoding is reportlab's own
(``splitString``), so the font is still embedded as a subset with a ToUnicode map and the text stays extractable.

"Page N of M" (第 N 页 共 M 页): M is unknown while pages are written one after the other, so every footer draws
``M`` from one form XObject that ``save()`` defines once the last page is done. reportlab allows a form to be used
before it is defined. One pass, no second layout run, no pages kept back in memory.

    painter = PdfPainter(path, pagesize=landscape(A4), font_name=register_pdf_font(), title="隐患台账")
    painter.text(40, 500, "安全生产隐患排查整治台账", 16, bold=True)
    painter.end_page()       # draws the footer, starts the next page
    painter.save()
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from safety_desk.reports.fonts import PDF_FONT, font_runs
from safety_desk.reports.pdf_metrics import TextMetrics

PAGE_COUNT_FORM = "safetyDeskPageCount"
BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)
RED = (0.75, 0.0, 0.0)


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Plain Flate streams instead of Flate + ASCII85 (reportlab's pure-Python ASCII85 took ~1 s of a 3 s ledger).

    ``rl_config.useA85`` is read while pages are made and again while the file is written, so it is set around the
    whole build and restored afterwards; files are 20 % smaller too.
    """
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


class PdfPainter:
    """A page at a time: collect fills, rules and text, write them in that order when the page ends."""

    def __init__(self, target: str | Path | BinaryIO, *, pagesize: tuple[float, float], font_name: str,
                 title: str = "", author: str = "", subject: str = "") -> None:
        self.canvas = Canvas(target if not isinstance(target, Path) else str(target), pagesize=pagesize,
                             pageCompression=1, initialFontName=font_name)  # no unembedded Helvetica
        self.canvas.setTitle(title)
        self.canvas.setAuthor(author)
        self.canvas.setSubject(subject)
        self.canvas.setCreator("Safety Desk")
        self.width, self.height = pagesize
        self.metrics = TextMetrics(font_name)
        self._font = pdfmetrics.getFont(font_name)
        self._doc = self.canvas._doc  # the subset encoding is per document
        self._encoded: dict[str, list[tuple[str, str]]] = {}
        self._fills: list[str] = []
        self._rules: list[str] = []
        self._text: list[str] = []
        self._text_state: tuple | None = None
        self.page_number = 1
        self._footer: tuple[float, float, float] | None = None  # (centre x, baseline y, size)

    # ---- drawing ---------------------------------------------------------------------------------------------

    def text(self, x: float, y: float, text: str, size: float, *, bold: bool = False,
             color: tuple[float, float, float] = BLACK) -> None:
        """One line of already-safe text (``text_safety.pdf_text``) with its baseline at ``y``."""
        if not text:
            return
        ops = self._text
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        style = (bold, color)
        if self._text_state is None or self._text_state[0] != style:
            r, g, b = color
            # Fake bold by stroking the outline too: the bundled font has no bold face.
            ops.append(f"{r:g} {g:g} {b:g} rg {r:g} {g:g} {b:g} RG " + ("2 Tr 0.28 w" if bold else "0 Tr"))
            font_state = None
        else:
            font_state = self._text_state[1]
        for subset_name, hex_codes in self._encode(text):
            if font_state != (subset_name, size):
                font_state = (subset_name, size)
                ops.append(f"{subset_name} {size:g} Tf")
            ops.append(f"<{hex_codes}> Tj")
        self._text_state = (style, font_state)

    def text_right(self, x: float, y: float, text: str, size: float, **style) -> None:
        self.text(x - self.metrics.width(text, size), y, text, size, **style)

    def text_centre(self, x: float, y: float, text: str, size: float, **style) -> None:
        self.text(x - self.metrics.width(text, size) / 2, y, text, size, **style)

    def hline(self, x1: float, x2: float, y: float) -> None:
        self._rules.append(f"{x1:.2f} {y:.2f} m {x2:.2f} {y:.2f} l")

    def vline(self, x: float, y1: float, y2: float) -> None:
        self._rules.append(f"{x:.2f} {y1:.2f} m {x:.2f} {y2:.2f} l")

    def fill_rect(self, x: float, y: float, w: float, h: float, grey: float) -> None:
        self._fills.append(f"{grey:g} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f")

    def set_footer(self, centre_x: float, baseline: float, size: float) -> None:
        """Draw "第 N 页 共 M 页" on every page from now on."""
        self._footer = (centre_x, baseline, size)

    def _encode(self, text: str) -> list[tuple[str, str]]:
        encoded = self._encoded.get(text)
        if encoded is None:
            doc = self._doc
            encoded = []
            # Glyph by glyph: a character the main font lacks (CJK Extension A/B) is drawn in the fallback font.
            runs = font_runs(text) if self._font.fontName == PDF_FONT else [(self._font.fontName, text)]
            for font_name, run in runs:
                font = pdfmetrics.getFont(font_name)
                encoded += [(font.getSubsetInternalName(subset, doc), codes.hex())
                            for subset, codes in font.splitString(run, doc)]
            if len(self._encoded) > 50_000:
                self._encoded.clear()  # bounded memory; subsets stay stable, only the shortcut is lost
            self._encoded[text] = encoded
        return encoded

    # ---- pages -----------------------------------------------------------------------------------------------

    def end_page(self) -> None:
        footer_form_at = None
        if self._footer:
            x, y, size = self._footer
            left = f"第 {self.page_number} 页 共 "
            # M's width is not known yet: centre as if M had as many digits as N (off by a digit at most).
            guess = self.metrics.width(f"{left}{self.page_number} 页", size)
            start = x - guess / 2
            self.text(start, y, left, size, color=GREY)
            footer_form_at = (start + self.metrics.width(left, size), y)
        self._flush()
        if footer_form_at:
            c = self.canvas
            c.saveState()
            c.translate(*footer_form_at)
            c.doForm(PAGE_COUNT_FORM)
            c.restoreState()
        self.canvas.showPage()
        self.page_number += 1

    def _flush(self) -> None:
        c = self.canvas
        if self._fills:
            c.addLiteral("\n".join(self._fills) + "\n0 g")
        if self._rules:
            c.addLiteral("0.5 w 0.2 G\n" + "\n".join(self._rules) + "\nS")
        if self._text:
            c.addLiteral("BT\n" + "\n".join(self._text) + "\n0 Tr ET")
        self._fills, self._rules, self._text = [], [], []
        self._text_state = None

    def save(self) -> int:
        """Finish: the last page (if it has anything), the page-count form, the file. Returns the page count."""
        if self._fills or self._rules or self._text:
            self.end_page()
        pages = self.page_number - 1
        c = self.canvas
        size = self._footer[2] if self._footer else 8
        c.beginForm(PAGE_COUNT_FORM, lowerx=0, lowery=-size, upperx=size * 8, uppery=size * 2)  # room for descenders
        if self._footer:
            self.text(0, 0, f"{pages} 页", self._footer[2], color=GREY)
        self._flush()
        c.endForm()
        c.save()
        return pages
