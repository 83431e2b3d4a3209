"""The exposure list (曝光名单) as an A4 PDF and as an Excel workbook: the same rows, only what such notices print
(enterprise, unified social credit code, violation, penalty, date), the issuing unit and a seal line.

    write_exposure_pdf("曝光名单.pdf", rows, start=…, end=…, unit="济南市天桥区应急管理局", printed_on=date.today())
    write_exposure_xlsx("曝光名单.xlsx", rows, start=…, end=…, unit=…, printed_on=…)
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.lib.pagesizes import A4, landscape

from safety_desk.domain.exposure import ExposureRow
from safety_desk.reports.fonts import register_pdf_font
from safety_desk.reports.pdf_layout import GREY, PdfPainter, binary_streams
from safety_desk.reports.pdf_table import Column, PageFlow, RowTable
from safety_desk.reports.text_safety import xlsx_text

TITLE = "安全生产严重违法行为曝光名单"
HEADINGS = ("序号", "企业名称", "统一社会信用代码", "违法行为", "处罚决定", "罚款金额（元）", "处罚日期")
NONE_TEXT = "本期间无应予曝光的严重违法行为。"
SEAL_LINE = "发布单位（盖章）：__________________    日期：__________"
PAGE = landscape(A4)
MARGIN = 36.0


def period_text(start: date, end: date) -> str:
    return f"处罚日期：{start.isoformat()} 至 {end.isoformat()}"


def write_exposure_pdf(target: str | Path | BinaryIO, rows: list[ExposureRow], *, start: date, end: date, unit: str,
                       printed_on: date) -> int:
    """Returns the page count."""
    with binary_streams():
        painter = PdfPainter(target, pagesize=PAGE, font_name=register_pdf_font(), title=TITLE,
                             author=unit or "Safety Desk", subject=period_text(start, end))
        width, height = PAGE
        body = width - 2 * MARGIN
        painter.set_footer(width / 2, MARGIN / 2, 8)
        flow = PageFlow(painter, y=height - MARGIN, bottom=MARGIN, continuation_top=height - MARGIN)
        flow.paragraph(TITLE, x=MARGIN, width=body, size=16, bold=True, align="center", space_after=6)
        flow.paragraph(f"{period_text(start, end)}    发布单位：{unit or '__________'}    "
                       f"共 {len(rows)} 家次", x=MARGIN, width=body, size=9.5, space_after=8)
        if rows:
            widths = (30, 150, 120, 0, 150, 80, 66)
            rest = body - sum(widths)
            table = RowTable(flow, [Column(h, w or rest, "center" if n in (0, 6) else "right" if n == 5 else "left")
                                    for n, (h, w) in enumerate(zip(HEADINGS, widths))], x=MARGIN, size=9)
            table.start()
            for n, row in enumerate(rows, start=1):
                table.add_row([str(n), row.enterprise, row.credit_code or "—", row.violation, row.penalty_text,
                               f"{row.fine_fen / 100:,.2f}" if row.fine_fen else "—", row.decided_on.isoformat()],
                              continued=[f"{n}\n续", row.enterprise, None, None, None, None, None],
                              shade=n % 2 == 0)
            table.finish()
        else:
            flow.paragraph(NONE_TEXT, x=MARGIN, width=body, size=10, color=GREY)
        flow.y -= 28
        flow.ensure(30)
        flow.paragraph(SEAL_LINE, x=MARGIN + body / 2, width=body / 2, size=10, space_after=2)
        flow.paragraph(f"打印日期：{printed_on.isoformat()}", x=MARGIN + body / 2, width=body / 2, size=8.5,
                       color=GREY)
        return painter.save()


_FONT = "宋体"
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(vertical="top", wrap_text=True)
HEADER_ROW = 3
_WIDTHS = (6, 32, 22, 48, 30, 14, 12)
_LINE_HEIGHT = 13.5  # points per line of 10-pt 宋体 (a CJK character is two width units)


def write_exposure_xlsx(target: str | Path | BinaryIO, rows: list[ExposureRow], *, start: date, end: date, unit: str,
                        printed_on: date) -> None:
    """Title, period, the header row (frozen, filterable), one row per enterprise and visit with the fine as a number
    and the date as a date, the seal line; A4 landscape, one page wide, header repeated."""
    wb = Workbook()
    ws = wb.active
    ws.title = "曝光名单"
    ws.append([TITLE])
    ws["A1"].font = Font(name=_FONT, size=16, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADINGS))
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([f"{period_text(start, end)}    发布单位：{xlsx_text(unit) or '__________'}    共 {len(rows)} 家次"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADINGS))
    ws["A2"].font = Font(name=_FONT, size=10)
    ws.append(list(HEADINGS))
    for cell in ws[HEADER_ROW]:
        cell.font = Font(name=_FONT, size=10, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for n, row in enumerate(rows, start=1):
        ws.append([n, xlsx_text(row.enterprise), xlsx_text(row.credit_code), xlsx_text(row.violation),
                   xlsx_text(row.penalty_text), row.fine_fen / 100 if row.fine_fen else None, row.decided_on])
        for cell in ws[ws.max_row]:
            cell.font = Font(name=_FONT, size=10)
            cell.border = _BORDER
            cell.alignment = _WRAP
        ws.cell(ws.max_row, 6).number_format = "#,##0.00"
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        # Excel and LibreOffice do not grow a row for wrapped text written by openpyxl: give it its lines' height.
        lines = max(math.ceil(2 * len(str(c.value or "")) / _WIDTHS[i]) for i, c in enumerate(ws[ws.max_row]))
        ws.row_dimensions[ws.max_row].height = _LINE_HEIGHT * max(1, lines) + 3
    if not rows:
        ws.append([NONE_TEXT])
    ws.append([])
    ws.append([SEAL_LINE])
    ws.append([f"打印日期：{printed_on.isoformat()}"])
    for n, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[chr(64 + n)].width = width
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    if rows:
        ws.auto_filter.ref = f"A{HEADER_ROW}:G{HEADER_ROW + len(rows)}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    wb.save(target)
