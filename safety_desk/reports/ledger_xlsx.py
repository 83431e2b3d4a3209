"""The ledger (台账) as an Excel workbook with the same rows as the PDF, ready to filter and to print.

Title rows, then the header row (frozen, with auto-filter), one row per hazard (wrapped text, dates and money as
real dates and numbers), a summary below, the signature line. Print setup: A4 landscape, fit to one page wide,
header row repeated on every page, "第 N 页 共 M 页" in the footer. Written in openpyxl's streaming mode, so a
10,000-row ledger never sits in memory as cell objects.

    summary, _ = write_ledger_xlsx("台账.xlsx", header, rows, total=len(rows))
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from safety_desk.domain.findings import format_funds
from safety_desk.reports.ledger_model import (
    LEDGER_COLUMNS,
    SIGNATURE_LINE,
    STATUS_COLUMN,
    ExportCancelled,
    LedgerHeader,
    LedgerRow,
    LedgerSummary,
    Progress,
    ledger_cells,
)
from safety_desk.reports.text_safety import xlsx_text

SHEET_TITLE = "隐患台账"
HEADER_ROW = 4  # rows 1–3: title and the title block
PROGRESS_EVERY = 100
_LINE_HEIGHT = 13.5  # points per line of 10-pt 宋体
_FONT_NAME = "宋体"  # present wherever Chinese Office or WPS is; LibreOffice substitutes its CJK default
_DATE_COLUMNS = {5, 9}  # 发现日期, 整改时限
_FUNDS_COLUMN = 8
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BODY = Font(name=_FONT_NAME, size=10)
_BODY_RED = Font(name=_FONT_NAME, size=10, color="C00000")
_BOLD = Font(name=_FONT_NAME, size=10, bold=True)
_TITLE = Font(name=_FONT_NAME, size=16, bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
_ALIGN = {
    "left": Alignment(horizontal="left", vertical="top", wrap_text=True),
    "center": Alignment(horizontal="center", vertical="top", wrap_text=True),
    "right": Alignment(horizontal="right", vertical="top", wrap_text=True),
}
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_INFO_ALIGN = Alignment(horizontal="left", vertical="center", wrap_text=True)


def write_ledger_xlsx(target: str | Path | BinaryIO, header: LedgerHeader, rows: Iterable[LedgerRow], *,
                      total: int | None = None, progress: Progress | None = None) -> tuple[LedgerSummary, None]:
    """Write the ledger workbook; returns the summary (and None: a workbook has no fixed page count).

    ``progress`` as for the PDF: (done, total) every ``PROGRESS_EVERY`` rows, False raises ``ExportCancelled``.
    """
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET_TITLE)
    last_col = get_column_letter(len(LEDGER_COLUMNS))
    for n, column in enumerate(LEDGER_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(n)].width = column.xlsx_width
    ws.row_dimensions[1].height = 30
    # Excel does not fit the height of merged cells to their text: give the title block its room.
    ws.row_dimensions[2].height = ws.row_dimensions[3].height = 18
    ws.row_dimensions[HEADER_ROW].height = 30
    _print_setup(ws, header)
    # Streaming mode writes the sheet view before the first row: freeze now, not after the rows.
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"

    ws.append([_styled(ws, header.title or "安全生产隐患排查整治台账", _TITLE, _HEADER_ALIGN)])
    items = header.info_items(total)
    for chunk in (items[:3], items[3:]):
        ws.append([_styled(ws, "    ".join(f"{k}：{v}" for k, v in chunk), _BODY, _INFO_ALIGN)])
    for r in (1, 2, 3):
        ws.merged_cells.add(f"A{r}:{last_col}{r}")
    ws.append([_styled(ws, c.title, _BOLD, _HEADER_ALIGN, border=True, fill=_HEADER_FILL) for c in LEDGER_COLUMNS])

    summary = LedgerSummary()
    try:
        for serial, row in enumerate(rows, start=1):
            cells = _row_cells(ws, serial, row)
            ws.row_dimensions[HEADER_ROW + serial].height = _row_height(cells)
            ws.append(cells)
            summary.add(row)
            if progress is not None and serial % PROGRESS_EVERY == 0 and not progress(serial, max(total or 0, serial)):
                raise ExportCancelled()
    except BaseException:
        _discard(ws)
        raise
    last_row = HEADER_ROW + summary.total
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{max(last_row, HEADER_ROW + 1)}"

    ws.append([])
    ws.append([None, _styled(ws, "合计", _BOLD, _ALIGN["left"])])
    for label, value in summary.lines():
        ws.append([None, _styled(ws, label, _BOLD, _ALIGN["left"]), _styled(ws, value, _BODY, None)])
    ws.append([])
    ws.append([None, _styled(ws, SIGNATURE_LINE, _BODY, None)])
    wb.save(target)
    if progress is not None:
        progress(summary.total, max(total or 0, summary.total))
    return summary, None


def _discard(ws) -> None:
    """Close the streaming sheet and delete its temporary file (it would otherwise linger until exit)."""
    with contextlib.suppress(Exception):
        ws.close()
        ws._writer.cleanup()


def _row_cells(ws, serial: int, row: LedgerRow) -> list[WriteOnlyCell]:
    texts = ledger_cells(serial, row)
    # Same content as the PDF; typed where Excel can use it (sort by date, sum the money).
    values: list[object] = list(texts)
    values[0] = serial
    values[5] = row.found_date
    values[_FUNDS_COLUMN] = row.funds_fen / 100 if row.funds_fen is not None else None
    values[9] = row.deadline
    cells = []
    for n, (column, value) in enumerate(zip(LEDGER_COLUMNS, values)):
        font = _BODY_RED if (n == STATUS_COLUMN and row.overdue) else _BODY
        cell = _styled(ws, value, font, _ALIGN[column.align], border=True)
        if n in _DATE_COLUMNS and value is not None:
            cell.number_format = "yyyy-mm-dd"
        elif n == _FUNDS_COLUMN and value is not None:
            cell.number_format = "#,##0.00"
        cells.append(cell)
    return cells


def _row_height(cells: list[WriteOnlyCell]) -> float:
    """Points for the tallest cell once wrapped. Excel fits rows to wrapped text only when it edits them, and
    LibreOffice does not on opening; a row left at one line hides everything but its first line."""
    lines = 1
    for column, cell in zip(LEDGER_COLUMNS, cells):
        value = cell.value
        if not isinstance(value, str) or not value:
            continue
        room = max(column.xlsx_width - 1.5, 1.0)  # a character unit is one digit; Chinese characters take two
        count = 0
        for paragraph in value.split("\n"):
            units = len(paragraph) + len(paragraph) - len(paragraph.encode("ascii", "ignore"))
            count += max(1, math.ceil(units / room))
        lines = max(lines, count)
    return min(lines * _LINE_HEIGHT + 3, 409.0)  # 409 pt: Excel's tallest row


def _styled(ws, value: object, font: Font, align: Alignment | None, *, border: bool = False,
            fill: PatternFill | None = None) -> WriteOnlyCell:
    if isinstance(value, str):
        cell = WriteOnlyCell(ws, value=xlsx_text(value))
        # A description such as "=HYPERLINK(...)" is text typed by a user, never a formula to run.
        cell.data_type = "s"
    else:
        cell = WriteOnlyCell(ws, value=value)
    cell.font = font
    if align is not None:
        cell.alignment = align
    if border:
        cell.border = _BORDER
    if fill is not None:
        cell.fill = fill
    return cell


def _print_setup(ws, header: LedgerHeader) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.6
    ws.oddHeader.right.text = f"打印日期：{header.printed_on.isoformat()}"
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"


def row_texts(values: list[object]) -> list[str]:
    """A data row read back from the workbook, as the PDF prints it (to compare the two files)."""
    texts = []
    for n, value in enumerate(values):
        if value is None:
            texts.append("")
        elif n in _DATE_COLUMNS and isinstance(value, date):
            texts.append(value.date().isoformat() if isinstance(value, datetime) else value.isoformat())
        elif n == _FUNDS_COLUMN:
            texts.append(format_funds(round(float(value) * 100)))
        else:
            texts.append(str(value))
    return texts
