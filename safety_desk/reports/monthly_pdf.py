"""The monthly report (月报) of one unit and the district roll-up, as A4 PDFs on our page layout (``pdf_table``).

    write_monthly_pdf("泺口街道_2019-08.pdf", report)       # figure | this month | last month | cumulative
    write_rollup_pdf("全区_2019-08.pdf", reports)           # one row per street and department, district last
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape

from safety_desk.domain.monthly import ROLLUP_COLUMNS, MonthlyReport, figure_lines, rollup_cells
from safety_desk.reports.fonts import register_pdf_font
from safety_desk.reports.pdf_layout import GREY, PdfPainter, binary_streams
from safety_desk.reports.pdf_table import Column, PageFlow, RowTable
from safety_desk.reports.text_safety import pdf_text

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 40.0, 40.0, 40.0
SIGNATURE_LINE = "填报人：__________    审核人：__________    （盖章）    日期：__________"


def monthly_title(report: MonthlyReport) -> str:
    return f"{report.unit or '全区'}安全生产专项整治行动 {report.month} 月报"


def rollup_title(month: str) -> str:
    return f"全区安全生产专项整治行动 {month} 月报汇总"


def monthly_columns(report: MonthlyReport) -> tuple[str, str, str, str]:
    return ("项目", f"本月（{report.start.isoformat()} 至 {report.end.isoformat()}）", "上月", "专项行动开始以来累计")


def _flow(painter: PdfPainter, page, title: str, printed_on: date) -> PageFlow:
    width, height = page
    painter.set_footer(width / 2, MARGIN_BOTTOM / 2, 8)

    def running(_: int) -> None:
        painter.text(MARGIN_X, height - MARGIN_TOP - 8, pdf_text(title) + "（续）", 8, color=GREY)
        painter.text_right(width - MARGIN_X, height - MARGIN_TOP - 8, f"打印日期：{printed_on.isoformat()}", 8,
                           color=GREY)

    return PageFlow(painter, y=height - MARGIN_TOP, bottom=MARGIN_BOTTOM, continuation_top=height - MARGIN_TOP - 14,
                    on_new_page=running)


def write_monthly_pdf(target: str | Path | BinaryIO, report: MonthlyReport, *, printed_on: date | None = None) -> int:
    """One unit's month beside the month before and the cumulative figures; returns the page count."""
    printed_on = printed_on or date.today()
    title = monthly_title(report)
    with binary_streams():
        painter = PdfPainter(target, pagesize=A4, font_name=register_pdf_font(), title=title, author=report.unit)
        flow = _flow(painter, A4, title, printed_on)
        width = A4[0] - 2 * MARGIN_X
        flow.paragraph(title, x=MARGIN_X, width=width, size=15, bold=True, align="center", space_after=6)
        flow.paragraph(f"填报单位：{report.unit or '全区'}（{report.unit_kind}）    专项行动：{report.campaign_name}    "
                       f"打印日期：{printed_on.isoformat()}", x=MARGIN_X, width=width, size=9, space_after=6)
        table = RowTable(flow, [Column(t, w, a) for t, w, a in zip(
            monthly_columns(report), (165, (width - 165) / 3, (width - 165) / 3, (width - 165) / 3),
            ("left", "right", "right", "right"))], x=MARGIN_X, size=9)
        table.start()
        rows = zip(figure_lines(report.current), figure_lines(report.previous), figure_lines(report.cumulative))
        for n, ((label, now), (_, before), (_, total)) in enumerate(rows):
            table.add_row([label, now, before, total], shade=n % 2 == 1)
        table.finish()
        flow.y -= 24
        flow.paragraph(SIGNATURE_LINE, x=MARGIN_X, width=width, size=9.5)
        return painter.save()


def write_rollup_pdf(target: str | Path | BinaryIO, reports: Sequence[MonthlyReport], *,
                     printed_on: date | None = None) -> int:
    """Every street and department of the district in one table (the month's figures), the district total last."""
    printed_on = printed_on or date.today()
    month = reports[0].month if reports else ""
    title = rollup_title(month)
    page = landscape(A4)
    with binary_streams():
        painter = PdfPainter(target, pagesize=page, font_name=register_pdf_font(), title=title)
        flow = _flow(painter, page, title, printed_on)
        width = page[0] - 2 * MARGIN_X
        flow.paragraph(title, x=MARGIN_X, width=width, size=15, bold=True, align="center", space_after=6)
        if reports:
            r = reports[0]
            flow.paragraph(f"专项行动：{r.campaign_name}    期间：{r.start.isoformat()} 至 {r.end.isoformat()}    "
                           f"打印日期：{printed_on.isoformat()}", x=MARGIN_X, width=width, size=9, space_after=6)
        first = 90.0
        rest = (width - first - 36) / len(ROLLUP_COLUMNS)
        table = RowTable(flow, [Column("单位", first), Column("类别", 36, "center")]
                         + [Column(c, rest, "right") for c in ROLLUP_COLUMNS], x=MARGIN_X, size=7.5)
        table.start()
        for n, r in enumerate(reports):
            table.add_row([r.unit or "全区合计", r.unit_kind, *rollup_cells(r.current)], shade=n % 2 == 1)
        table.finish()
        return painter.save()
