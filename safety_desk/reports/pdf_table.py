"""A vertical page flow and a row table on top of ``PdfPainter``: wrapped cells, header repeated on every page.

Rows break pages by their height. A row that fits on a page is never split: if it does not fit in what is left,
it starts the next page. Only a row taller than a whole page (a 2,000-character description in a narrow column) is
split, between two lines of text, and its continuation repeats the identifying cells (serial number marked 续,
enterprise), so every part of it can be read on its own.

    flow = PageFlow(painter, y=top, bottom=40, continuation_top=top, on_new_page=draw_running_header)
    table = RowTable(flow, [Column("序号", 24, "center"), Column("隐患描述", 120)], x=28)
    table.start()
    table.add_row(["1", "配电箱未接地"], continued=["1（续）", None])
    table.finish()
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from safety_desk.reports.pdf_layout import BLACK, RED, PdfPainter
from safety_desk.reports.text_safety import pdf_text

_ASCENT = 0.9  # of the font size: where the first baseline sits below a cell's top padding
FIT_MIN = 0.7  # a ``fit`` column shrinks a line to 70% of the size at most before it wraps


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    align: str = "left"  # left | center | right
    fit: bool = False  # numbers, dates, document numbers: a line a little too wide is set smaller, never broken


class PageFlow:
    """Where the next block goes on the page, and what a page break does (footer, running header)."""

    def __init__(self, painter: PdfPainter, *, y: float, bottom: float, continuation_top: float,
                 on_new_page: Callable[[int], None] | None = None) -> None:
        self.painter = painter
        self.y = y
        self.bottom = bottom
        self.continuation_top = continuation_top
        self._on_new_page = on_new_page

    def available(self) -> float:
        return self.y - self.bottom

    def new_page(self) -> None:
        self.painter.end_page()
        self.y = self.continuation_top
        if self._on_new_page:
            self._on_new_page(self.painter.page_number)

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if height > self.available():
            self.new_page()

    def paragraph(self, text: str, *, x: float, width: float, size: float, leading: float | None = None,
                  bold: bool = False, align: str = "left", color=BLACK, space_after: float = 0.0) -> None:
        """Wrapped text; it may continue on the next page between two of its lines."""
        leading = leading or size * 1.45
        painter = self.painter
        for line in painter.metrics.wrapper(width, size)(pdf_text(text)):
            if self.available() < leading:
                self.new_page()
            baseline = self.y - size * _ASCENT
            if align == "center":
                painter.text_centre(x + width / 2, baseline, line, size, bold=bold, color=color)
            else:
                painter.text(x, baseline, line, size, bold=bold, color=color)
            self.y -= leading
        self.y -= space_after


class RowTable:
    """Columns of wrapped text with ruled cells; call ``start``, then ``add_row`` per row, then ``finish``."""

    def __init__(self, flow: PageFlow, columns: Sequence[Column], *, x: float, size: float = 7.5,
                 leading: float | None = None, pad: float = 2.5, header_size: float | None = None,
                 header_grey: float = 0.86, shade_grey: float = 0.955, header: bool = True) -> None:
        self.flow = flow
        self.columns = list(columns)
        self.x = x
        self.size = size
        self.leading = leading or size * 1.3
        self.pad = pad
        self.header_size = header_size or size
        self.header_grey = header_grey
        self.shade_grey = shade_grey
        metrics = flow.painter.metrics
        self._wrappers = [metrics.wrapper((c.width - 2 * pad) / (FIT_MIN if c.fit else 1.0), size)
                          for c in self.columns]
        self._lefts: list[float] = []
        left = x
        for c in self.columns:
            self._lefts.append(left)
            left += c.width
        self.right = left
        header_wrappers = [metrics.wrapper(c.width - 2 * pad, self.header_size) for c in self.columns]
        self._header_lines = [wrap(pdf_text(c.title)) for wrap, c in zip(header_wrappers, self.columns)]
        header_leading = self.header_size * 1.3
        self._header_height = max(map(len, self._header_lines)) * header_leading + 2 * pad if header else 0.0
        self._header_leading = header_leading
        self._block_top: float | None = None

    # ---- structure -------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Draw the header here, or on the next page if it and a first row would not fit."""
        self.flow.ensure(self._header_height + self.leading * 3 + 2 * self.pad)
        self._draw_header()

    def finish(self) -> None:
        self._close_block()

    def _page_break(self) -> None:
        self._close_block()
        self.flow.new_page()
        self._draw_header()

    def _full_page(self) -> float:
        return self.flow.continuation_top - self.flow.bottom - self._header_height

    def _draw_header(self) -> None:
        flow, painter, pad = self.flow, self.flow.painter, self.pad
        top = flow.y
        height = self._header_height
        if not height:  # a table without a header row (a record of label | value pairs)
            painter.hline(self.x, self.right, top)
            self._block_top = top
            return
        painter.fill_rect(self.x, top - height, self.right - self.x, height, self.header_grey)
        painter.hline(self.x, self.right, top)
        size = self.header_size
        # Header text is centred both ways: a one-line title sits in the middle of a two-line header.
        for left, column, lines in zip(self._lefts, self.columns, self._header_lines):
            offset = (height - 2 * pad - len(lines) * self._header_leading) / 2
            for i, line in enumerate(lines):
                baseline = top - pad - offset - size * _ASCENT - i * self._header_leading
                painter.text_centre(left + column.width / 2, baseline, line, size, bold=True)
        flow.y = top - height
        painter.hline(self.x, self.right, flow.y)
        self._block_top = top

    def _close_block(self) -> None:
        if self._block_top is None:
            return
        painter, bottom = self.flow.painter, self.flow.y
        for left in [*self._lefts, self.right]:
            painter.vline(left, self._block_top, bottom)
        self._block_top = None

    # ---- rows ------------------------------------------------------------------------------------------------

    def add_row(self, cells: Sequence[str], *, continued: Sequence[str | None] | None = None, shade: bool = False,
                red: frozenset[int] | set[int] = frozenset(), keep_with: float = 0.0) -> None:
        """One row; ``continued`` gives, per column, what a continuation part shows (None: the rest of the cell);
        ``red`` holds the indexes of cells printed in red (e.g. an overdue state). ``keep_with``: points of what
        follows the row (a closing block) that must share its page, so the block never opens a page alone."""
        lines = [wrap(pdf_text(text)) for wrap, text in zip(self._wrappers, cells)]
        height = self._height(lines)
        if keep_with and height + keep_with > self.flow.available() and height + keep_with <= self._full_page():
            self._page_break()
            self._draw(lines, shade, red)
            return
        if height <= self.flow.available():
            self._draw(lines, shade, red)
            return
        if height <= self._full_page():
            self._page_break()
            self._draw(lines, shade, red)
            return
        self._draw_split(lines, continued or [None] * len(lines), shade, red)

    def _height(self, lines: list[list[str]]) -> float:
        return max(1, max(map(len, lines))) * self.leading + 2 * self.pad

    def _draw_split(self, lines: list[list[str]], continued: Sequence[str | None], shade: bool, red) -> None:
        repeat = [None if text is None else wrap(pdf_text(text)) for wrap, text in zip(self._wrappers, continued)]
        while True:
            room = math.floor((self.flow.available() - 2 * self.pad) / self.leading + 1e-6)
            if room < 3:  # a sliver of two lines at a page's foot would read as a separate row
                self._page_break()
                continue
            if self._height(lines) <= self.flow.available():
                self._draw(lines, shade, red)
                return
            self._draw([cell[:room] for cell in lines], shade, red)
            self._page_break()
            lines = [cell[room:] if again is None else again for cell, again in zip(lines, repeat)]

    def _fit_size(self, line: str, room: float) -> float:
        width = self.flow.painter.metrics.width(line, self.size)
        return self.size if width <= room else self.size * room / width

    def _draw(self, lines: list[list[str]], shade: bool, red) -> None:
        flow, painter = self.flow, self.flow.painter
        top, pad, size, leading = flow.y, self.pad, self.size, self.leading
        height = self._height(lines)
        if shade:
            painter.fill_rect(self.x, top - height, self.right - self.x, height, self.shade_grey)
        first_baseline = top - pad - size * _ASCENT
        for index, (left, column, cell) in enumerate(zip(self._lefts, self.columns, lines)):
            color = RED if index in red else BLACK
            align = column.align
            for i, line in enumerate(cell):
                baseline = first_baseline - i * leading
                if column.fit:
                    size = self._fit_size(line, column.width - 2 * pad)
                if align == "left":
                    painter.text(left + pad, baseline, line, size, color=color)
                elif align == "right":
                    painter.text_right(left + column.width - pad, baseline, line, size, color=color)
                else:
                    painter.text_centre(left + column.width / 2, baseline, line, size, color=color)
                size = self.size
        flow.y = top - height
        painter.hline(self.x, self.right, flow.y)
