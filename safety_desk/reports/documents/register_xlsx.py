"""发文登记 (the register of issued documents) as an xlsx an office keeps: one row per number, voided ones marked."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from safety_desk.domain.documents import STATUS_VOID, IssuedDocument
from safety_desk.reports.text_safety import xlsx_text

COLUMNS = (("序号", 6), ("文号", 30), ("文书种类", 18), ("发文单位", 26), ("签发日期", 12), ("被检查单位", 30),
           ("签发人", 10), ("状态", 8), ("作废原因", 28), ("作废日期", 12), ("文件 SHA-256", 20))
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def write_register_xlsx(path: str, documents: list[IssuedDocument], *, unit: str, printed_on: date,
                        clashes: dict[str, int] | None = None) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "发文登记"
    ws.append([xlsx_text(f"{unit} 执法文书发文登记".strip())])
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    ws.append([f"打印日期：{printed_on.isoformat()}　共 {len(documents)} 份"
               + (f"　注意：{len(clashes)} 个文号重复（文号段重叠）" if clashes else "")])
    ws.append([title for title, _w in COLUMNS])
    for n, (_title, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[ws.cell(row=3, column=n).column_letter].width = width
        cell = ws.cell(row=3, column=n)
        cell.font, cell.border = Font(bold=True), _BORDER
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for n, d in enumerate(documents, start=1):
        row = [n, d.number, d.title, d.unit, d.issued_on, d.enterprise, d.issued_by, d.status_text,
               d.void_reason, d.voided_on, d.sha256[:16]]
        ws.append([xlsx_text(v) if isinstance(v, str) else v for v in row])
        for col in range(1, len(COLUMNS) + 1):
            cell = ws.cell(row=n + 3, column=col)
            cell.border = _BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            if d.status == STATUS_VOID:
                cell.font = Font(color="999999", strike=col == 2)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:{ws.cell(row=3, column=len(COLUMNS)).column_letter}{max(3, len(documents) + 3)}"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
