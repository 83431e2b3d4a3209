"""The ledger (台账) as a landscape A4 PDF, laid out row by row by ``pdf_table`` — fast at 10,000 hazards.

Page 1 opens with the title block (campaign, unit, period, filters, scope, date printed); every page has the
column header, a running title and "第 N 页 共 M 页"; the last rows are followed by the summary (counts by level
and state, overdue, listed, total funds) and the signature line.

    summary, pages = write_ledger_pdf("台账.pdf", LedgerHeader(unit="泺口街道办事处"), rows, total=len(rows))
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape

from safety_desk.reports.closing_text import signature_lines
from safety_desk.reports.fonts import register_pdf_font
from safety_desk.reports.pdf_closing import ClosingBlock, keep_with_closing
from safety_desk.reports.ledger_model import (
    LEDGER_COLUMNS,
    LEDGER_NOTE,
    STATUS_COLUMN,
    ExportCancelled,
    LedgerHeader,
    LedgerRow,
    LedgerSummary,
    Progress,
    ledger_cells,
)
from safety_desk.reports.pdf_layout import GREY, PdfPainter, binary_streams
from safety_desk.reports.pdf_table import Column, PageFlow, RowTable
from safety_desk.reports.text_safety import pdf_text

PAGE = landscape(A4)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 28.0, 30.0, 34.0
BODY_SIZE = 7.5
PROGRESS_EVERY = 100  # rows between progress reports (each is a signal to the UI thread)
KEEP_ROWS = 3  # rows kept on the page of the closing summary and signatures
SUMMARY_GAP, SUMMARY_HEAD, SUMMARY_LEADING = 10.0, 10.5 * 1.45 + 3, 13.5


def write_ledger_pdf(target: str | Path | BinaryIO, header: LedgerHeader, rows: Iterable[LedgerRow], *,
                     total: int | None = None, progress: Progress | None = None) -> tuple[LedgerSummary, int]:
    """Write the ledger; returns the summary and the page count.

    ``rows`` may be a generator (rows are drawn as they come; memory does not hold the ledger twice). ``progress``
    is called every ``PROGRESS_EVERY`` rows with (done, total); when it returns False, ``ExportCancelled`` is
    raised and whatever was written to ``target`` is incomplete.
    """
    with binary_streams():
        return _LedgerWriter(target, header, total).write(rows, progress)


class _LedgerWriter:
    def __init__(self, target: str | Path | BinaryIO, header: LedgerHeader, total: int | None) -> None:
        font = register_pdf_font()
        self.header = header
        self.total = total
        self.painter = PdfPainter(target, pagesize=PAGE, font_name=font, title=_title(header),
                                  author=header.unit, subject=header.filters)
        width, height = PAGE
        self.content_width = width - 2 * MARGIN_X
        self.painter.set_footer(width / 2, MARGIN_BOTTOM / 2, 8)
        running_top = height - MARGIN_TOP - 14  # below the running title of pages 2, 3, …
        self.flow = PageFlow(self.painter, y=height - MARGIN_TOP, bottom=MARGIN_BOTTOM,
                             continuation_top=running_top, on_new_page=self._running_title)

    def write(self, rows: Iterable[LedgerRow], progress: Progress | None) -> tuple[LedgerSummary, int]:
        self._title_block()
        table = RowTable(self.flow, [Column(c.title, c.pdf_width, c.align, fit=c.fit) for c in LEDGER_COLUMNS],
                         x=MARGIN_X, size=BODY_SIZE)
        table.start()
        summary = LedgerSummary()
        total = self.total or 0
        closing = self._closing_height()
        # The last rows go onto the page of the summary and signatures, so those never open a page alone: hold
        # back KEEP_ROWS rows until the next one (or the end) is known.
        pending: deque[tuple[int, LedgerRow]] = deque()
        for serial, row in enumerate(rows, start=1):
            pending.append((serial, row))
            if len(pending) > KEEP_ROWS:
                self._add_row(table, *pending.popleft())
            summary.add(row)
            if progress is not None and serial % PROGRESS_EVERY == 0 and not progress(serial, max(total, serial)):
                raise ExportCancelled()
        count = len(pending)
        for n, (serial, row) in enumerate(pending):
            self._add_row(table, serial, row, keep_with=keep_with_closing(table, n, count, closing, KEEP_ROWS))
        if summary.total == 0:
            table.add_row(["", "（没有符合条件的隐患）"] + [""] * (len(LEDGER_COLUMNS) - 2), keep_with=closing)
        table.finish()
        self._summary(summary)
        pages = self.painter.save()
        if progress is not None:
            progress(summary.total, max(total, summary.total))
        return summary, pages

    def _add_row(self, table: RowTable, serial: int, row: LedgerRow, keep_with: float = 0.0) -> None:
        cells = ledger_cells(serial, row)
        # A continued row repeats its number (marked 续) and enterprise so each part reads on its own.
        continued = [f"{serial}\n续", row.enterprise_name] + [None] * (len(cells) - 2)
        table.add_row(cells, continued=continued, shade=serial % 2 == 0,
                      red={STATUS_COLUMN} if row.overdue else frozenset(), keep_with=keep_with)

    @property
    def _closing(self) -> ClosingBlock:
        return ClosingBlock(notes=[LEDGER_NOTE], signatures=signature_lines(self.header.unit))

    def _closing_height(self) -> float:
        return (SUMMARY_GAP + SUMMARY_HEAD + SUMMARY_LEADING * len(LedgerSummary().lines())
                + self._closing.height(self.painter.metrics, self.content_width))

    def _title_block(self) -> None:
        flow, h = self.flow, self.header
        flow.paragraph(_title(h), x=MARGIN_X, width=self.content_width, size=16, bold=True, align="center",
                       space_after=6)
        items = h.info_items(self.total)
        # Two lines of "label：value" pairs, wrapped if the filters are long.
        first = "    ".join(f"{k}：{v}" for k, v in items[:3])
        second = "    ".join(f"{k}：{v}" for k, v in items[3:])
        for line in (first, second):
            flow.paragraph(line, x=MARGIN_X, width=self.content_width, size=8.5, space_after=1)
        flow.y -= 5

    def _running_title(self, page_number: int) -> None:
        painter = self.painter
        _, height = PAGE
        baseline = height - MARGIN_TOP - 8
        left = _title(self.header) + (f" · {self.header.unit}" if self.header.unit else "")
        painter.text(MARGIN_X, baseline, pdf_text(left) + "（续）", 8, color=GREY)
        painter.text_right(MARGIN_X + self.content_width, baseline,
                           f"打印日期：{self.header.printed_on.isoformat()}", 8, color=GREY)

    def _summary(self, summary: LedgerSummary) -> None:
        flow = self.flow
        lines = summary.lines()
        label_width = 70.0
        size = 9.0
        # Summary and signatures stay together: a "合计" orphaned from its numbers is no use to a signer.
        flow.ensure(self._closing_height())
        flow.y -= SUMMARY_GAP
        flow.paragraph("合计", x=MARGIN_X, width=self.content_width, size=10.5, bold=True, space_after=3)
        painter = self.painter
        for label, value in lines:
            baseline = flow.y - size * 0.9
            painter.text(MARGIN_X + 8, baseline, label + "：", size, bold=True)
            painter.text(MARGIN_X + 8 + label_width, baseline, pdf_text(value), size)
            flow.y -= SUMMARY_LEADING
        self._closing.draw(flow, x=MARGIN_X, width=self.content_width)


def _title(header: LedgerHeader) -> str:
    return pdf_text(header.title or "安全生产隐患排查整治台账")
