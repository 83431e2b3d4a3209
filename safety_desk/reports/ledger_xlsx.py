"""The ledger (台账) as an Excel workbook with the same rows as the PDF, ready to filter and to print.

Title rows, then the header row (frozen, with auto-filter), one row per hazard (wrapped text, dates and money as
real dates and numbers), a summary below (numbers as numbers), the note and the signature lines. Print setup
(``xlsx_sheet``): A4 landscape, fit to one page wide, header row repeated on every page, the printing date and
"第 N 页 共 M 页" in the footer, page breaks that keep the closing block with the last rows. Written in openpyxl's streaming mode, so a
10,000-row ledger never sits in memory as cell objects.

    summary, _ = write_ledger_xlsx("台账.xlsx", header, rows, total=len(rows))
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from safety_desk.domain.findings import STATUSES, format_funds
from safety_desk.reports import xlsx_sheet
from safety_desk.reports.closing_text import signature_lines
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
from safety_desk.reports.xlsx_sheet import styled_cell

SHEET_TITLE = "隐患台账"
HEADER_ROW = 4  # rows 1–3: title and the title block
PROGRESS_EVERY = 100
_DATE_COLUMNS = {5, 9}  # 发现日期, 整改时限
_FUNDS_COLUMN = 8
_SUMMARY_ALIGN = Alignment(horizontal="left", vertical="center")
_SUMMARY_VALUE_END = "H"
_SUMMARY_FORMATS = {"隐患总数": xlsx_sheet.COUNT, "已销号率": xlsx_sheet.RATE, "逾期未整改": xlsx_sheet.COUNT,
                    "挂牌督办": xlsx_sheet.COUNT, "整改资金合计": xlsx_sheet.MONEY}


def write_ledger_xlsx(target: str | Path | BinaryIO, header: LedgerHeader, rows: Iterable[LedgerRow], *,
                      total: int | None = None, progress: Progress | None = None) -> tuple[LedgerSummary, None]:
    """Write the ledger workbook; returns the summary (and None: a workbook has no fixed page count).

    ``progress`` as for the PDF: (done, total) every ``PROGRESS_EVERY`` rows, False raises ``ExportCancelled``.
    """
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET_TITLE)
    last_col = get_column_letter(len(LEDGER_COLUMNS))
    widths = [c.xlsx_width for c in LEDGER_COLUMNS]
    for n, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    items = header.info_items(total)
    info = ["    ".join(f"{k}：{v}" for k, v in chunk) for chunk in (items[:3], items[3:])]
    # Excel does not fit the height of merged cells to their text: give the title block its room.
    top_heights = [30.0, *(xlsx_sheet.row_height([line], [sum(widths)]) for line in info)]
    for r, h in enumerate(top_heights, start=1):
        ws.row_dimensions[r].height = h
    ws.row_dimensions[HEADER_ROW].height = 30
    xlsx_sheet.print_setup(ws, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", printed_on=header.printed_on)
    # Streaming mode writes the sheet view before the first row: freeze now, not after the rows.
    ws.freeze_panes = f"A{HEADER_ROW + 1}"

    ws.append([styled_cell(ws, header.title or "安全生产隐患排查整治台账", xlsx_sheet.TITLE, xlsx_sheet.HEADER_ALIGN)])
    for line in info:
        ws.append([styled_cell(ws, line, xlsx_sheet.BODY, xlsx_sheet.INFO_ALIGN)])
    for r in (1, 2, 3):
        ws.merged_cells.add(f"A{r}:{last_col}{r}")
    ws.append([styled_cell(ws, c.title, xlsx_sheet.BOLD, xlsx_sheet.HEADER_ALIGN, border=True,
                           fill=xlsx_sheet.HEADER_FILL) for c in LEDGER_COLUMNS])

    summary = LedgerSummary()
    heights: list[float] = []
    try:
        for serial, row in enumerate(rows, start=1):
            cells = _row_cells(ws, serial, row)
            height = xlsx_sheet.row_height([c.value if isinstance(c.value, str) else "" for c in cells], widths)
            ws.row_dimensions[HEADER_ROW + serial].height = height
            heights.append(height)
            ws.append(cells)
            summary.add(row)
            if progress is not None and serial % PROGRESS_EVERY == 0 and not progress(serial, max(total or 0, serial)):
                raise ExportCancelled()
    except BaseException:
        _discard(ws)
        raise
    last_row = HEADER_ROW + summary.total
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{max(last_row, HEADER_ROW + 1)}"

    closing = _closing(ws, summary, header, last_col, last_row, sum(widths))
    xlsx_sheet.add_row_breaks(ws, xlsx_sheet.plan_row_breaks(
        heights, first=HEADER_ROW + 1, page=xlsx_sheet.page_body_height(widths, landscape=True),
        top=sum(top_heights) + 30, repeat=30, closing=closing))
    wb.save(target)
    if progress is not None:
        progress(summary.total, max(total or 0, summary.total))
    return summary, None


def _closing(ws, summary: LedgerSummary, header: LedgerHeader, last_col: str, last_row: int, width: float
             ) -> float:
    """The summary (numbers as numbers), the note and the signature lines; returns their height in points."""
    rows: list[tuple[list, float]] = [([], 10.0), ([None, styled_cell(ws, "合计", xlsx_sheet.BOLD, None)], 18.0)]
    for label, text in summary.lines():
        value, fmt = _summary_value(summary, label, text)
        rows.append(([None, styled_cell(ws, label, xlsx_sheet.BOLD, None),
                      styled_cell(ws, value, xlsx_sheet.BODY, _SUMMARY_ALIGN, number_format=fmt)], 16.0))
    rows.append(([styled_cell(ws, LEDGER_NOTE, xlsx_sheet.SMALL, xlsx_sheet.INFO_ALIGN)],
                 xlsx_sheet.row_height([LEDGER_NOTE], [width])))
    rows.append(([], 10.0))
    for line in signature_lines(header.unit):
        rows.append(([styled_cell(ws, line, xlsx_sheet.BODY, xlsx_sheet.INFO_ALIGN)], 24.0))
    for n, (cells, height) in enumerate(rows, start=1):
        r = last_row + n
        ws.row_dimensions[r].height = height
        if len(cells) == 1:  # a line of text across the sheet
            ws.merged_cells.add(f"A{r}:{last_col}{r}")
        elif len(cells) == 3:  # a summary figure: room for "一般 1,697 条，重大 245 条" beside its label
            ws.merged_cells.add(f"C{r}:{_SUMMARY_VALUE_END}{r}")
        ws.append(cells)
    return sum(h for _, h in rows)


def _summary_value(summary: LedgerSummary, label: str, text: str) -> tuple[object, str | None]:
    """The summary's figures as numbers where they are one number; the rest stays as printed."""
    fmt = _SUMMARY_FORMATS.get(label)
    if label == "隐患总数":
        return summary.total, fmt
    if label == "已销号率":
        return (summary.by_status.get(STATUSES[-1], 0) / summary.total, fmt) if summary.total else ("—", None)
    if label == "逾期未整改":
        return summary.overdue, fmt
    if label == "挂牌督办":
        return summary.listed, fmt
    if label == "整改资金合计" and not summary.funds_missing:
        return summary.funds_fen / 100, fmt
    return text, None


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
        font = xlsx_sheet.BODY_RED if (n == STATUS_COLUMN and row.overdue) else xlsx_sheet.BODY
        fmt = (xlsx_sheet.DATE if n in _DATE_COLUMNS else xlsx_sheet.MONEY if n == _FUNDS_COLUMN
               else xlsx_sheet.COUNT if n == 0 else None)
        cells.append(styled_cell(ws, value, font, xlsx_sheet.ALIGN[column.align], border=True, number_format=fmt))
    return cells


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
