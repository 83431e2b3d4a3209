"""The monthly report (月报) of one unit and the district roll-up, as A4 PDFs on our page layout (``pdf_table``).

    write_monthly_pdf("泺口街道_2019-08.pdf", report)       # figure | this month | last month | cumulative
    write_rollup_pdf("全区_2019-08.pdf", reports)           # one row per street and department, district last

Both print the issuing unit (填报单位), the period and its as-of date, the drafts rule and the signature lines.
Number columns are as wide as their widest value: a figure never breaks over two lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape

from safety_desk.domain.monthly import (
    DRAFTS_RULE,
    ROLLUP_COLUMNS,
    MonthlyReport,
    figure_table,
    rollup_cells,
    value_text,
)
from safety_desk.reports.closing_text import as_of_note, signature_lines
from safety_desk.reports.fonts import register_pdf_font
from safety_desk.reports.pdf_closing import ClosingBlock, keep_with_closing
from safety_desk.reports.pdf_layout import GREY, PdfPainter, binary_streams
from safety_desk.reports.pdf_table import Column, PageFlow, RowTable
from safety_desk.reports.text_safety import pdf_text

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 40.0, 40.0, 40.0
PAD = 2.5


def monthly_title(report: MonthlyReport) -> str:
    return f"{report.unit or '全区'}安全生产专项整治行动 {report.month} 月报"


def rollup_title(month: str) -> str:
    return f"全区安全生产专项整治行动 {month} 月报汇总"


def monthly_columns(report: MonthlyReport) -> tuple[str, str, str, str]:
    return ("项目", f"本月（{report.start.isoformat()} 至 {report.end.isoformat()}）", "上月", "专项行动开始以来累计")


def info_lines(report: MonthlyReport, printed_on: date, *, rollup: bool = False) -> list[str]:
    """The title block under the title, the same in the PDF and the xlsx."""
    scope = "全区各街道、各牵头部门" if rollup else (report.unit or "全区")
    return [f"填报单位：{report.issuing_unit or '____________________'}    统计范围：{scope}    "
            f"专项行动：{report.campaign_name}",
            f"统计期间：{report.start.isoformat()} 至 {report.end.isoformat()}    数据截至：{report.end.isoformat()}    "
            f"打印日期：{printed_on.isoformat()}"]


def closing_notes(report: MonthlyReport) -> list[str]:
    return [DRAFTS_RULE, "注：" + as_of_note(report.end)]


def _flow(painter: PdfPainter, page, title: str, printed_on: date) -> PageFlow:
    width, height = page
    painter.set_footer(width / 2, MARGIN_BOTTOM / 2, 8)

    def running(_: int) -> None:
        painter.text(MARGIN_X, height - MARGIN_TOP - 8, pdf_text(title) + "（续）", 8, color=GREY)
        painter.text_right(width - MARGIN_X, height - MARGIN_TOP - 8, f"打印日期：{printed_on.isoformat()}", 8,
                           color=GREY)

    return PageFlow(painter, y=height - MARGIN_TOP, bottom=MARGIN_BOTTOM, continuation_top=height - MARGIN_TOP - 14,
                    on_new_page=running)


def _head(flow: PageFlow, title: str, lines: list[str], width: float) -> None:
    flow.paragraph(title, x=MARGIN_X, width=width, size=15, bold=True, align="center", space_after=6)
    for line in lines:
        flow.paragraph(line, x=MARGIN_X, width=width, size=9, space_after=1)
    flow.y -= 5


def write_monthly_pdf(target: str | Path | BinaryIO, report: MonthlyReport, *, printed_on: date | None = None) -> int:
    """One unit's month beside the month before and the cumulative figures; returns the page count."""
    printed_on = printed_on or date.today()
    title = monthly_title(report)
    with binary_streams():
        painter = PdfPainter(target, pagesize=A4, font_name=register_pdf_font(), title=title,
                             author=report.issuing_unit or report.unit)
        flow = _flow(painter, A4, title, printed_on)
        width = A4[0] - 2 * MARGIN_X
        _head(flow, title, info_lines(report, printed_on), width)
        label = 200.0
        table = RowTable(flow, [Column(t, w, a, fit=n > 0) for n, (t, w, a) in enumerate(zip(
            monthly_columns(report), (label, *([(width - label) / 3] * 3)), ("left", "right", "right", "right")))],
            x=MARGIN_X, size=9)
        closing = ClosingBlock(notes=closing_notes(report), signatures=signature_lines(report.issuing_unit))
        keep = closing.height(painter.metrics, width)
        table.start()
        lines = figure_table(report.current, report.previous, report.cumulative)
        for n, line in enumerate(lines):
            table.add_row([line.label, *(value_text(line.kind, v) for v in line.values)], shade=n % 2 == 1,
                          keep_with=keep_with_closing(table, n, len(lines), keep))
        table.finish()
        closing.draw(flow, x=MARGIN_X, width=width)
        return painter.save()


def rollup_widths(painter: PdfPainter, reports: Sequence[MonthlyReport], width: float, size: float
                  ) -> tuple[float, float, list[float]]:
    """(unit column, kind column, figure columns): each figure column as wide as its widest value (or a third of
    its title), the unit names as wide as the longest, the room left shared out over the figure columns."""
    m = painter.metrics
    rows = [rollup_cells(r.current) for r in reports]
    figures = [max([m.width(row[c], size) for row in rows] + [m.width(title, size) / 3]) + 2 * PAD + 2
               for c, title in enumerate(ROLLUP_COLUMNS)]
    unit = max([m.width(r.unit or "全区合计", size) for r in reports] + [40.0]) + 2 * PAD + 2
    kind = m.width("类别", size) + 2 * PAD + 2
    spare = width - unit - kind - sum(figures)
    if spare > 0:
        figures = [w + spare / len(figures) for w in figures]
    return unit, kind, figures


def write_rollup_pdf(target: str | Path | BinaryIO, reports: Sequence[MonthlyReport], *,
                     printed_on: date | None = None) -> int:
    """Every street and department of the district in one table (the month's figures), the district total last."""
    printed_on = printed_on or date.today()
    month = reports[0].month if reports else ""
    title = rollup_title(month)
    page = landscape(A4)
    with binary_streams():
        painter = PdfPainter(target, pagesize=page, font_name=register_pdf_font(), title=title,
                             author=reports[0].issuing_unit if reports else "")
        flow = _flow(painter, page, title, printed_on)
        width = page[0] - 2 * MARGIN_X
        _head(flow, title, info_lines(reports[0], printed_on, rollup=True) if reports else [], width)
        size = 8.0
        unit, kind, figures = rollup_widths(painter, reports, width, size)
        if unit + kind + sum(figures) > width:  # very long unit names or sums: a smaller size for the table
            size *= width / (unit + kind + sum(figures))
            unit, kind, figures = rollup_widths(painter, reports, width, size)
        table = RowTable(flow, [Column("单位", unit), Column("类别", kind, "center")]
                         + [Column(c, w, "right", fit=True) for c, w in zip(ROLLUP_COLUMNS, figures)],
                         x=MARGIN_X, size=size)
        closing = ClosingBlock(notes=closing_notes(reports[0]) if reports else [DRAFTS_RULE],
                               signatures=signature_lines(reports[0].issuing_unit if reports else ""))
        keep = closing.height(painter.metrics, width)
        table.start()
        for n, r in enumerate(reports):
            table.add_row([r.unit or "全区合计", r.unit_kind, *rollup_cells(r.current)], shade=n % 2 == 1,
                          keep_with=keep_with_closing(table, n, len(reports), keep))
        table.finish()
        closing.draw(flow, x=MARGIN_X, width=width)
        return painter.save()
