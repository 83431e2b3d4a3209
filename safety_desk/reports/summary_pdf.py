"""The committee summary as an A4 PDF: totals, three charts (reportlab.graphics), the overdue listed majors.

Text and tables go through our page layout (``pdf_layout``/``pdf_table``); the charts are reportlab Drawings drawn
straight onto the same canvas with ``renderPDF.draw``. They sit in space the page flow has reserved, so the
painter's buffered text (written when the page ends) never overlaps them.

    write_summary_pdf("安委会汇总.pdf", committee_summary(store=s))
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4

from safety_desk.domain.monthly import DRAFTS_RULE, rate
from safety_desk.domain.money import yuan_text
from safety_desk.domain.summary import CommitteeSummary
from safety_desk.reports.chart_text import drawable_text
from safety_desk.reports.closing_text import as_of_note, signature_lines
from safety_desk.reports.fonts import register_pdf_font
from safety_desk.reports.pdf_closing import ClosingBlock, keep_with_closing
from safety_desk.reports.pdf_layout import GREY, RED, PdfPainter, binary_streams
from safety_desk.reports.pdf_table import Column, PageFlow, RowTable
from safety_desk.reports.text_safety import pdf_text

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 40.0, 40.0, 40.0
WIDTH = A4[0] - 2 * MARGIN_X
CHART_HEIGHT = 210.0
BLUE, ORANGE, DARK_RED = colors.HexColor("#3b6ea5"), colors.HexColor("#e08a2c"), colors.HexColor("#b22222")
NO_OVERDUE = "没有逾期未整改的挂牌督办重大隐患。"
NO_DATA = "（无数据）"


def summary_title(summary: CommitteeSummary) -> str:
    return f"{summary.campaign_name}工作汇总"


def total_lines(s: CommitteeSummary) -> list[tuple[str, str]]:
    t = s.totals
    return [
        ("登记企业（家）", str(s.enterprises_registered)), ("检查企业（家）", str(t.enterprises_inspected)),
        ("检查（次）", str(t.inspections)), ("检查人员出动（人次）", str(t.inspector_turnouts)),
        ("排查隐患（项）", str(t.hazards)), ("其中一般隐患", str(t.hazards_general)),
        ("其中重大隐患", str(t.hazards_major)), ("已整改销号", str(t.rectified)),
        ("整改率", rate(t.rectified, t.hazards)), ("重大隐患整改率", rate(t.rectified_major, t.hazards_major)),
        ("重大隐患挂牌督办", str(t.majors_listed)), ("挂牌督办未整改", str(s.majors_listed_open)),
        ("挂牌督办逾期未整改", str(s.majors_listed_overdue)), ("整改资金（元）", yuan_text(t.funds_fen)),
        ("立案查处", str(t.cases)), ("罚款（次 / 元）", f"{t.fines} / {yuan_text(t.fines_fen)}"),
        ("责令停产停业整顿", str(t.stop_orders)), ("关闭取缔", str(t.closures)),
        ("移送司法机关", str(t.judicial_transfers)), ("生产安全事故（起 / 死亡）", f"{t.accidents} / {t.accident_deaths}"),
        ("非法生产经营（发现 / 制止）", f"{t.illegal_found} / {t.illegal_stopped}"),
        ("线索（受理 / 属实 / 立案 / 按期答复）",
         f"{t.leads_received} / {t.leads_true} / {t.lead_cases} / {t.leads_replied_in_time}"),
        ("未登记入台账的隐患草稿（不计入）", str(t.drafts)),
    ]


def write_summary_pdf(target: str | Path | BinaryIO, summary: CommitteeSummary, *,
                      printed_on: date | None = None) -> int:
    """Write the summary; returns the page count."""
    printed_on = printed_on or date.today()
    title = summary_title(summary)
    font = register_pdf_font()
    with binary_streams():
        painter = PdfPainter(target, pagesize=A4, font_name=font, title=title,
                             author=summary.issuing_unit or "区安委会办公室", subject=summary.campaign_name)
        painter.set_footer(A4[0] / 2, MARGIN_BOTTOM / 2, 8)
        height = A4[1]

        def running(_: int) -> None:
            painter.text(MARGIN_X, height - MARGIN_TOP - 8, pdf_text(title) + "（续）", 8, color=GREY)
            painter.text_right(A4[0] - MARGIN_X, height - MARGIN_TOP - 8, f"打印日期：{printed_on.isoformat()}", 8,
                               color=GREY)

        flow = PageFlow(painter, y=height - MARGIN_TOP, bottom=MARGIN_BOTTOM,
                        continuation_top=height - MARGIN_TOP - 14, on_new_page=running)
        flow.paragraph(title, x=MARGIN_X, width=WIDTH, size=15, bold=True, align="center", space_after=6)
        for line in info_lines(summary, printed_on):
            flow.paragraph(line, x=MARGIN_X, width=WIDTH, size=9, space_after=1)
        flow.y -= 7
        _heading(flow, "一、全区总体情况")
        _totals(flow, summary)
        _heading(flow, "二、各街道排查隐患数量", CHART_HEIGHT)
        _chart(flow, _street_chart(summary, font))
        _heading(flow, "三、各行业隐患整改率", CHART_HEIGHT)
        _chart(flow, _sector_chart(summary, font))
        _heading(flow, "四、重大隐患未整改和逾期数量（按周）", CHART_HEIGHT)
        _chart(flow, _weekly_chart(summary, font))
        _heading(flow, "五、逾期未整改的挂牌督办重大隐患", 60)
        closing = ClosingBlock(notes=[DRAFTS_RULE, "注：" + as_of_note(summary.as_of)],
                               signatures=signature_lines(summary.issuing_unit))
        _overdue(flow, summary, closing.height(painter.metrics, WIDTH))
        closing.draw(flow, x=MARGIN_X, width=WIDTH)
        return painter.save()


def info_lines(s: CommitteeSummary, printed_on: date) -> list[str]:
    return [f"填报单位：{s.issuing_unit or '____________________'}    专项行动期间：{s.start.isoformat()} 至 "
            f"{s.end.isoformat()}",
            f"统计期间：{s.start.isoformat()} 至 {s.as_of.isoformat()}    数据截至：{s.as_of.isoformat()}    "
            f"打印日期：{printed_on.isoformat()}"]


def _heading(flow: PageFlow, text: str, keep_with: float = 40) -> None:
    flow.ensure(keep_with + 24)
    flow.y -= 4
    flow.paragraph(text, x=MARGIN_X, width=WIDTH, size=11.5, bold=True, space_after=4)


def _totals(flow: PageFlow, s: CommitteeSummary) -> None:
    lines = total_lines(s)
    half = (len(lines) + 1) // 2
    w = WIDTH / 2
    table = RowTable(flow, [Column("项目", w - 90), Column("数量", 90, "right", fit=True),
                            Column("项目", w - 90), Column("数量", 90, "right", fit=True)], x=MARGIN_X, size=9)
    table.start()
    for i in range(half):
        right = lines[half + i] if half + i < len(lines) else ("", "")
        table.add_row([*lines[i], *right], shade=i % 2 == 1,
                      red={3} if right[0] == "挂牌督办逾期未整改" and right[1] != "0" else set())
    table.finish()


def _chart(flow: PageFlow, drawing: Drawing) -> None:
    flow.ensure(drawing.height)
    renderPDF.draw(drawable_text(drawing), flow.painter.canvas, MARGIN_X, flow.y - drawing.height)
    flow.y -= drawing.height + 6


def _empty(drawing: Drawing, font: str) -> Drawing:
    drawing.add(String(drawing.width / 2, drawing.height / 2, NO_DATA, fontName=font, fontSize=10,
                       textAnchor="middle", fillColor=colors.grey))
    return drawing


def _bar_chart(drawing: Drawing, font: str, data: list[list[float]], names: list[str], *, bottom: float,
               label_format: str) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y = 40, bottom
    chart.width, chart.height = drawing.width - 60, drawing.height - bottom - 28
    chart.data = data
    chart.categoryAxis.categoryNames = names
    rotate = len(names) > 5 or max((len(n) for n in names), default=0) > 6
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize = font, 8
    if rotate:  # long street names side by side would overlap: slant them
        labels.angle, labels.boxAnchor, labels.dx, labels.dy = 35, "ne", 3, -2
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = font, 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = True, colors.lightgrey
    chart.barLabelFormat = label_format
    chart.barLabels.fontName, chart.barLabels.fontSize = font, 7
    chart.barLabels.nudge = 6
    chart.groupSpacing, chart.barSpacing = 6, 1
    drawing.add(chart)
    return chart


def _legend(drawing: Drawing, font: str, items: list[tuple[colors.Color, str]], *, line: bool = False) -> None:
    legend = Legend()
    legend.x, legend.y = drawing.width - 10, drawing.height - 4
    legend.boxAnchor, legend.alignment = "ne", "right"
    legend.columnMaximum, legend.deltax = 1, 90
    legend.fontName, legend.fontSize = font, 8
    legend.dx, legend.dy = (14, 2) if line else (8, 8)
    legend.colorNamePairs = items
    drawing.add(legend)


def _street_chart(s: CommitteeSummary, font: str) -> Drawing:
    drawing = Drawing(WIDTH, CHART_HEIGHT)
    if not s.by_street:
        return _empty(drawing, font)
    names = [r.street for r in s.by_street]
    chart = _bar_chart(drawing, font, [[r.general for r in s.by_street], [r.major for r in s.by_street]], names,
                       bottom=70 if len(names) > 5 else 30, label_format="%d")
    chart.bars[0].fillColor, chart.bars[1].fillColor = BLUE, DARK_RED
    _legend(drawing, font, [(BLUE, "一般隐患"), (DARK_RED, "重大隐患")])
    return drawing


def _sector_chart(s: CommitteeSummary, font: str) -> Drawing:
    drawing = Drawing(WIDTH, CHART_HEIGHT)
    if not s.by_sector:
        return _empty(drawing, font)
    names = [f"{r.sector}（{r.hazards}）" for r in s.by_sector]
    chart = _bar_chart(drawing, font, [[round(r.rate, 1) for r in s.by_sector]], names,
                       bottom=70 if len(names) > 5 else 30, label_format="%.1f%%")
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = 110, 20
    chart.valueAxis.labelTextFormat = lambda v: f"{v:.0f}%" if v <= 100 else ""
    chart.bars[0].fillColor = BLUE
    drawing.add(String(drawing.width - 10, drawing.height - 10, "括号内为隐患数", fontName=font, fontSize=7.5,
                       textAnchor="end", fillColor=colors.grey))
    return drawing


def _weekly_chart(s: CommitteeSummary, font: str) -> Drawing:
    drawing = Drawing(WIDTH, CHART_HEIGHT)
    if not s.weeks:
        return _empty(drawing, font)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 50, drawing.width - 60, drawing.height - 50 - 40
    chart.data = [[w.open_majors for w in s.weeks], [w.overdue_majors for w in s.weeks]]
    chart.categoryAxis.categoryNames = [w.week_end.strftime("%m-%d") for w in s.weeks]
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize, labels.angle, labels.boxAnchor, labels.dx, labels.dy = font, 7.5, 35, "ne", 3, -2
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = font, 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = True, colors.lightgrey
    chart.lines[0].strokeColor, chart.lines[1].strokeColor = ORANGE, DARK_RED
    chart.lines[0].strokeWidth = chart.lines[1].strokeWidth = 1.8
    # Open majors labelled above their line, overdue ones below theirs, zeros left out: at the campaign's start
    # the two curves lie on top of each other and their labels would print over each other.
    chart.lineLabelArray = [[str(v) if v else "" for v in series] for series in chart.data]
    chart.lineLabelFormat = "values"
    chart.lineLabels.fontName, chart.lineLabels.fontSize, chart.lineLabels.dy = font, 7, 7
    chart.lineLabelNudge = 0
    top = max(chart.data[0] + chart.data[1], default=0)
    for j, value in enumerate(chart.data[1]):
        if value >= 0.15 * top:  # near the axis a label below would sit on the week labels
            chart.lineLabels[(1, j)].dy = -8
    chart.joinedLines = 1
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 4, "周末日期（月-日）", fontName=font, fontSize=7.5,
                       textAnchor="middle", fillColor=colors.grey))
    _legend(drawing, font, [(ORANGE, "未整改重大隐患"), (DARK_RED, "其中逾期")], line=True)
    return drawing


def _overdue(flow: PageFlow, s: CommitteeSummary, closing: float) -> None:
    if not s.overdue_listed:
        flow.ensure(9.5 * 1.45 + closing)
        flow.paragraph(NO_OVERDUE, x=MARGIN_X + 8, width=WIDTH - 8, size=9.5, color=GREY)
        return
    flow.paragraph(f"共 {len(s.overdue_listed)} 项，属一票否决情形（挂牌督办的重大隐患仍未整改）。", x=MARGIN_X,
                   width=WIDTH, size=9.5, color=RED, space_after=4)
    table = RowTable(flow, [Column("序号", 26, "center"), Column("企业", 100), Column("街道", 60),
                            Column("隐患", WIDTH - 26 - 100 - 60 - 110 - 60), Column("督办", 110),
                            Column("整改期限", 60, "center")], x=MARGIN_X, size=8.5)
    table.start()
    count = len(s.overdue_listed)
    for n, h in enumerate(s.overdue_listed, start=1):
        listing = f"{h.listing.level} {h.listing.supervising_unit}\n{h.listing.document_no}".strip()
        table.add_row([str(n), h.enterprise_name, h.street, h.description, listing,
                       f"{h.deadline.isoformat()}\n逾期 {h.days_overdue} 天"], shade=n % 2 == 0, red={5},
                      keep_with=keep_with_closing(table, n - 1, count, closing))
    table.finish()
