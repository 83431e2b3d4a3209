"""The monthly report and the district roll-up as xlsx: the same lines, columns and closing block as
``monthly_pdf``, with every figure a number (counts ``0``, money ``#,##0.00``, rates ``0.0%``) ready to sum."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook

from safety_desk.domain.monthly import (
    COUNT,
    DRAFTS_RULE,
    MONEY,
    RATE,
    ROLLUP_COLUMNS,
    MonthlyReport,
    figure_table,
    rollup_kinds,
    rollup_values,
)
from safety_desk.reports import xlsx_sheet
from safety_desk.reports.closing_text import signature_lines
from safety_desk.reports.monthly_pdf import closing_notes, info_lines, monthly_columns, monthly_title, rollup_title
from safety_desk.reports.xlsx_sheet import ReportSheet

_FORMATS = {COUNT: xlsx_sheet.COUNT, MONEY: xlsx_sheet.MONEY, RATE: xlsx_sheet.RATE}


def cell_value(kind: str, value: object) -> object:
    """A figure as the workbook stores it: money in yuan (the format shows the fen), rates as fractions."""
    if kind == MONEY and value is not None:
        return value / 100  # type: ignore[operator]
    return value


def write_monthly_xlsx(target: str | Path | BinaryIO, report: MonthlyReport, *, printed_on: date | None = None
                       ) -> int:
    """Returns the number of figure rows."""
    printed_on = printed_on or date.today()
    wb = Workbook()
    ws = wb.active
    ws.title = "月报"
    sheet = ReportSheet(ws, title=monthly_title(report), info=info_lines(report, printed_on), columns=4,
                        printed_on=printed_on, min_width=14, max_width=48, one_page=True)
    sheet.header(monthly_columns(report))
    for line in figure_table(report.current, report.previous, report.cumulative):
        fmt = _FORMATS.get(line.kind)
        sheet.row([line.label, *(cell_value(line.kind, v) for v in line.values)], formats=[None, fmt, fmt, fmt])
    rows = sheet.finish(notes=closing_notes(report), signatures=signature_lines(report.issuing_unit))
    wb.save(target)
    return rows


def write_rollup_xlsx(target: str | Path | BinaryIO, reports: Sequence[MonthlyReport], *,
                      printed_on: date | None = None) -> int:
    printed_on = printed_on or date.today()
    wb = Workbook()
    ws = wb.active
    ws.title = "月报汇总"
    month = reports[0].month if reports else ""
    columns = len(ROLLUP_COLUMNS) + 2
    sheet = ReportSheet(ws, title=rollup_title(month), columns=columns, printed_on=printed_on, landscape=True,
                        info=info_lines(reports[0], printed_on, rollup=True) if reports else [],
                        min_width=6, max_width=30, header_lines=3, aligns=["left", "center"] + ["right"] * len(ROLLUP_COLUMNS))
    sheet.header(["单位", "类别", *ROLLUP_COLUMNS])
    kinds = rollup_kinds()
    for r in reports:
        sheet.row([r.unit or "全区合计", r.unit_kind, *(cell_value(k, v) for k, v in zip(kinds, rollup_values(r.current)))],
                  formats=[None, None, *(_FORMATS.get(k) for k in kinds)], bold=not r.unit)
    rows = sheet.finish(notes=closing_notes(reports[0]) if reports else [DRAFTS_RULE],
                        signatures=signature_lines(reports[0].issuing_unit if reports else ""))
    wb.save(target)
    return rows
