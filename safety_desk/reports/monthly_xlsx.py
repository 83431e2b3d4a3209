"""The monthly report and the district roll-up as xlsx: the same lines and columns as ``monthly_pdf``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from safety_desk.domain.monthly import ROLLUP_COLUMNS, MonthlyReport, figure_lines, rollup_cells
from safety_desk.reports.monthly_pdf import monthly_columns, monthly_title, rollup_title
from safety_desk.reports.text_safety import xlsx_text

BOLD = Font(bold=True)


def _title(ws, title: str, info: str, width: int) -> None:
    ws.append([xlsx_text(title)])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([xlsx_text(info)])


def write_monthly_xlsx(target: str | Path | BinaryIO, report: MonthlyReport) -> int:
    """Returns the number of figure rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "月报"
    _title(ws, monthly_title(report), f"填报单位：{report.unit or '全区'}（{report.unit_kind}）    "
                                      f"专项行动：{report.campaign_name}", 4)
    ws.append(list(monthly_columns(report)))
    for cell in ws[3]:
        cell.font = BOLD
    lines = list(zip(figure_lines(report.current), figure_lines(report.previous), figure_lines(report.cumulative)))
    for (label, now), (_, before), (_, total) in lines:
        ws.append([label, now, before, total])
    ws.column_dimensions["A"].width = 28
    for col in "BCD":
        ws.column_dimensions[col].width = 26
    ws.freeze_panes = "B4"
    wb.save(target)
    return len(lines)


def write_rollup_xlsx(target: str | Path | BinaryIO, reports: Sequence[MonthlyReport]) -> int:
    wb = Workbook()
    ws = wb.active
    ws.title = "月报汇总"
    month = reports[0].month if reports else ""
    _title(ws, rollup_title(month), f"专项行动：{reports[0].campaign_name}" if reports else "", len(ROLLUP_COLUMNS) + 2)
    ws.append(["单位", "类别", *ROLLUP_COLUMNS])
    for cell in ws[3]:
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True)
    for r in reports:
        ws.append([xlsx_text(r.unit) or "全区合计", r.unit_kind, *rollup_cells(r.current)])
    ws.freeze_panes = "C4"
    wb.save(target)
    return len(reports)
