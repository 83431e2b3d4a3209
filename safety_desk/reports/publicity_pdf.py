"""The public notice of 双随机 results (抽查结果公示) as PDF and xlsx: enterprise, credit code, items, date, result,
department — and nothing personal (no inspector, no contact person).

    write_publicity_pdf("公示.pdf", notice, unit="天桥区应急管理局")
    write_publicity_xlsx("公示.xlsx", notice)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.lib.pagesizes import A4, landscape

from safety_desk.domain.sampling import Publicity
from safety_desk.reports.fonts import register_pdf_font
from safety_desk.reports.pdf_layout import GREY, PdfPainter, binary_streams
from safety_desk.reports.pdf_table import Column, PageFlow, RowTable
from safety_desk.reports.text_safety import pdf_text, xlsx_text

PAGE = landscape(A4)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 36.0, 36.0, 36.0
COLUMNS = ("序号", "企业名称", "统一社会信用代码", "抽查事项", "检查日期", "抽查结果", "检查部门")
NO_RESULTS = "本计划尚无已录入的抽查结果。"


def publicity_title(notice: Publicity) -> str:
    return f"{notice.plan_name}抽查结果公示"


def publicity_intro(notice: Publicity) -> str:
    return (f"按照“谁检查、谁录入、谁公开”的原则，现将{notice.plan_name}（{notice.start_date.isoformat()} 至 "
            f"{notice.end_date.isoformat()}，发起部门：{notice.lead_department}）已完成的抽查结果予以公示（共 "
            f"{len(notice.rows)} 户）。")


def write_publicity_pdf(target: str | Path | BinaryIO, notice: Publicity, *, unit: str = "",
                        published_on: date | None = None) -> int:
    day = published_on or date.today()
    with binary_streams():
        painter = PdfPainter(target, pagesize=PAGE, font_name=register_pdf_font(), title=publicity_title(notice),
                             author=unit or notice.lead_department, subject=notice.plan_name)
        width, height = PAGE
        inner = width - 2 * MARGIN_X
        painter.set_footer(width / 2, MARGIN_BOTTOM / 2, 8)

        def running(page_number: int) -> None:
            painter.text(MARGIN_X, height - MARGIN_TOP - 8, pdf_text(publicity_title(notice)) + "（续）", 8,
                         color=GREY)

        flow = PageFlow(painter, y=height - MARGIN_TOP, bottom=MARGIN_BOTTOM,
                        continuation_top=height - MARGIN_TOP - 14, on_new_page=running)
        flow.paragraph(publicity_title(notice), x=MARGIN_X, width=inner, size=16, bold=True, align="center",
                       space_after=8)
        flow.paragraph(publicity_intro(notice), x=MARGIN_X, width=inner, size=10, space_after=8)
        if notice.rows:
            widths = (28, 170, 110, inner - 28 - 170 - 110 - 62 - 150 - 110, 62, 150, 110)
            table = RowTable(flow, [Column(t, w, "center" if t in ("序号", "检查日期") else "left")
                                    for t, w in zip(COLUMNS, widths)], x=MARGIN_X, size=8.5)
            table.start()
            for r in notice.rows:
                table.add_row([str(r.serial), r.enterprise, r.credit_code, r.items, r.inspection_date.isoformat(),
                               r.result, r.departments], continued=[f"{r.serial}\n续", r.enterprise, None, None,
                                                                     None, None, None], shade=r.serial % 2 == 0)
            table.finish()
        else:
            flow.paragraph(NO_RESULTS, x=MARGIN_X, width=inner, size=10)
        flow.y -= 20
        flow.ensure(40)
        flow.paragraph(unit or notice.lead_department, x=MARGIN_X + inner - 220, width=220, size=10)
        flow.paragraph(f"{day.year}年{day.month}月{day.day}日", x=MARGIN_X + inner - 220, width=220, size=10)
        return painter.save()


def write_publicity_xlsx(target: str | Path | BinaryIO, notice: Publicity) -> int:
    """Exactly the published rows under a title; serials are numbers, dates are dates. Returns the row count."""
    wb = Workbook()
    ws = wb.active
    ws.title = "抽查结果公示"
    ws.append([xlsx_text(publicity_title(notice))])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([xlsx_text(publicity_intro(notice))])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(COLUMNS))
    ws["A2"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[2].height = 32
    ws.append(list(COLUMNS))
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for r in notice.rows:
        ws.append([r.serial, xlsx_text(r.enterprise), xlsx_text(r.credit_code), xlsx_text(r.items), r.inspection_date,
                   r.result, xlsx_text(r.departments)])
        ws.cell(row=ws.max_row, column=5).number_format = "yyyy-mm-dd"
        for col in (2, 4, 7):
            ws.cell(row=ws.max_row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEFG", (6, 30, 22, 40, 12, 24, 22)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    wb.save(target)
    return len(notice.rows)
