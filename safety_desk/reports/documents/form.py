"""The parts every enforcement form shares, drawn with our own PDF layout (fonts fall back glyph by glyph):
the issuing unit and title, the number line, paragraphs, label–value lines, signature lines with certificate
numbers, the seal area and the copies line. Continuation pages say which document and page they are.

    form = Form(target, title="责令限期整改指令书", unit="济南市天桥区应急管理局", number="（天桥）应急责改〔2019〕15号")
    form.para("经查，你单位存在下列问题：")
    form.signatures([...]); form.seal(date(2019, 8, 6)); form.save()
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4

from safety_desk.reports.fonts import register_pdf_font
from safety_desk.reports.pdf_layout import GREY, PdfPainter, binary_streams
from safety_desk.reports.pdf_table import Column, PageFlow, RowTable
from safety_desk.reports.text_safety import pdf_text

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 62.0, 56.0, 50.0
BODY = 11.0
NO_NUMBER = "（签发时编号）"


def cn_date(iso: str) -> str:
    """"2019-08-06" → "2019年8月6日"; blanks to fill by hand when unknown."""
    if not iso:
        return "______年____月____日"
    d = date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def cn_time(hhmm: str) -> str:
    if not hhmm:
        return "____时____分"
    h, m = hhmm.split(":")
    return f"{int(h)}时{int(m):02d}分"


@contextlib.contextmanager
def frozen_output() -> Iterator[None]:
    """No creation time and no random document id in the file: the same content always gives the same bytes
    (a reprint is byte-identical, on this computer or another)."""
    previous = rl_config.invariant
    rl_config.invariant = 1
    try:
        with binary_streams():
            yield
    finally:
        rl_config.invariant = previous


class Form:
    def __init__(self, target: str | Path | BinaryIO, *, title: str, unit: str, number: str,
                 numbered: bool = True) -> None:
        self.title, self.unit = title, unit
        self.number = number or NO_NUMBER
        self.painter = PdfPainter(target, pagesize=A4, font_name=register_pdf_font(), title=title,
                                  author=pdf_text(unit), subject=pdf_text(self.number))
        width, height = A4
        self.left, self.width = MARGIN_X, width - 2 * MARGIN_X
        self.painter.set_footer(width / 2, MARGIN_BOTTOM / 2, 8.5)
        self.flow = PageFlow(self.painter, y=height - MARGIN_TOP, bottom=MARGIN_BOTTOM,
                             continuation_top=height - MARGIN_TOP - 22, on_new_page=self._continuation)
        self._heading(numbered)

    def _heading(self, numbered: bool) -> None:
        flow = self.flow
        if self.unit.strip():
            flow.paragraph(self.unit, x=self.left, width=self.width, size=15, align="center", space_after=4)
        flow.paragraph(self.title, x=self.left, width=self.width, size=21, bold=True, align="center",
                       space_after=8)
        if numbered:
            self.painter.text_right(self.left + self.width, flow.y - BODY, pdf_text(self.number), BODY)
            flow.y -= BODY * 2.2

    def _continuation(self, page: int) -> None:
        # A page after the first names its document: a loose page is never mistaken for another document's.
        _w, height = A4
        self.painter.text(self.left, height - MARGIN_TOP - 6, pdf_text(f"{self.title}（续） {self.number}"), 8.5,
                          color=GREY)

    # ---- text ------------------------------------------------------------------------------------------------

    def para(self, text: str, *, indent: bool = True, size: float = BODY, space_after: float = 3,
             bold: bool = False) -> None:
        self.flow.paragraph(("\u3000\u3000" if indent else "") + text, x=self.left, width=self.width, size=size,
                            leading=size * 1.75, space_after=space_after, bold=bold)

    def line(self, label: str, value: str, *, size: float = BODY) -> None:
        """A label and its value; a long value wraps under itself, an empty one leaves a line to write on."""
        painter, flow = self.painter, self.flow
        label = pdf_text(label)
        label_width = painter.metrics.width(label, size)
        value = pdf_text(value)
        lines = painter.metrics.wrapper(self.width - label_width, size)(value) if value else [""]
        flow.ensure(size * 1.75)
        for i, text in enumerate(lines):
            flow.ensure(size * 1.75)
            baseline = flow.y - size * 0.9
            if i == 0:
                painter.text(self.left, baseline, label, size)
            if text:
                painter.text(self.left + label_width, baseline, text, size)
            else:
                painter.hline(self.left + label_width, self.left + self.width, baseline - 2)
            flow.y -= size * 1.75

    def table(self, columns: list[Column], rows: list[list[str]], *, size: float = 9.5) -> None:
        self.flow.y -= 2
        table = RowTable(self.flow, columns, x=self.left, size=size, pad=3.5, header_size=size)
        table.start()
        for n, cells in enumerate(rows, start=1):
            table.add_row(cells, continued=[f"{n}\n续"] + [None] * (len(cells) - 1))
        table.finish()
        self.flow.y -= 8

    def columns(self, spec: list[tuple[str, float, str]]) -> list[Column]:
        """Columns whose widths (fractions) fill the text width."""
        return [Column(title, self.width * share, align) for title, share, align in spec]

    # ---- signatures, seal ------------------------------------------------------------------------------------

    def officers(self, label: str, officers, *, size: float = BODY) -> None:
        """One signature line per officer, with the certificate number printed (证号)."""
        painter, flow = self.painter, self.flow
        flow.ensure(size * 2.2 * max(2, len(officers)) + 6)
        label = pdf_text(label)
        indent = painter.metrics.width(label, size)
        for i, officer in enumerate(officers or [None, None]):
            baseline = flow.y - size * 0.9
            if i == 0:
                painter.text(self.left, baseline, label, size)
            sign_x = self.left + indent
            painter.hline(sign_x, sign_x + 90, baseline - 3)  # the line the officer signs on
            cert = (officer.certificate_no if officer else "") or ""
            name = officer.name if officer else ""
            printed = pdf_text(f"（{name}）") if name else ""
            painter.text(sign_x + 96, baseline, printed, size * 0.85, color=GREY)
            # The certificate number after the printed name, however long the name is.
            cert_x = max(self.left + self.width * 0.58,
                         sign_x + 96 + painter.metrics.width(printed, size * 0.85) + 12)
            painter.text(cert_x, baseline, pdf_text(f"执法证号：{cert}") if cert else "执法证号：", size)
            if not cert:
                painter.hline(cert_x + painter.metrics.width("执法证号：", size), self.left + self.width, baseline - 3)
            flow.y -= size * 2.2

    def keep_closing_together(self, officers: int, *, text_lines: int = 0) -> None:
        """The closing text, signatures, receipt and seal start on a new page unless they all fit here: a seal
        alone on a last page would certify nothing."""
        height = text_lines * BODY * 1.75 + BODY * 2.2 * max(2, officers) + BODY * 2.4 + 106 + BODY * 3
        self.flow.ensure(height)

    def sign_line(self, label: str, *, with_date: bool = True, size: float = BODY) -> None:
        painter, flow = self.painter, self.flow
        flow.ensure(size * 2.4)
        baseline = flow.y - size * 0.9
        label = pdf_text(label)
        painter.text(self.left, baseline, label, size)
        x = self.left + painter.metrics.width(label, size)
        painter.hline(x, x + 110, baseline - 3)
        if with_date:
            painter.text_right(self.left + self.width, baseline, cn_date(""), size)
        flow.y -= size * 2.4

    def seal(self, unit: str, on: str, *, size: float = BODY) -> None:
        """The issuing authority's seal area: a ring where the seal goes, the unit's name and the date."""
        painter, flow = self.painter, self.flow
        flow.ensure(100)
        flow.y -= 6
        centre_x, radius = self.left + self.width - 80, 40
        centre_y = flow.y - 44
        c = painter.canvas
        c.saveState()
        c.setStrokeGray(0.65)
        c.setDash(3, 3)
        c.setLineWidth(0.6)
        c.circle(centre_x, centre_y, radius)
        c.restoreState()
        painter.text_centre(centre_x, centre_y + 12, "（印章）", size * 0.8, color=GREY)
        painter.text_centre(centre_x, centre_y - 8, pdf_text(unit) or "（发文单位）", size * 0.9)
        painter.text_centre(centre_x, centre_y - 26, cn_date(on), size * 0.9)
        flow.y -= 100

    def copies(self, text: str) -> None:
        self.flow.ensure(BODY * 2)
        self.flow.y -= 4
        self.painter.hline(self.left, self.left + self.width, self.flow.y)
        self.flow.y -= 3
        self.para(text, indent=False, size=9)

    def save(self) -> int:
        return self.painter.save()
