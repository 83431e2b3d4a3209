"""The committee summary as an xlsx workbook: the same figures as the PDF, one sheet per part, every figure a number.

Sheets: 总体情况 (the district totals, signed), 各街道隐患, 各行业整改率, 重大隐患按周, 逾期挂牌督办. Charts are the
PDF's business; the sheets hold the numbers behind them, ready for a chart of the office's own.

    write_summary_xlsx("安委会工作汇总.xlsx", committee_summary(store=s))
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook

from safety_desk.domain.monthly import DRAFTS_RULE, rate_value
from safety_desk.domain.summary import CommitteeSummary
from safety_desk.reports.closing_text import as_of_note, signature_lines
from safety_desk.reports.summary_pdf import info_lines, summary_title
from safety_desk.reports.xlsx_sheet import COUNT, DATE, MONEY, RATE, ReportSheet


FIRST_SHEET = "总体情况"


def total_values(s: CommitteeSummary) -> list[tuple[str, object, str]]:
    """(label, value, number format) of the district totals; money in yuan, rates as fractions."""
    t = s.totals
    return [
        ("登记企业（家）", s.enterprises_registered, COUNT), ("检查企业（家）", t.enterprises_inspected, COUNT),
        ("检查（次）", t.inspections, COUNT), ("检查人员出动（人次）", t.inspector_turnouts, COUNT),
        ("排查隐患（项）", t.hazards, COUNT), ("其中一般隐患", t.hazards_general, COUNT),
        ("其中重大隐患", t.hazards_major, COUNT), ("已整改销号", t.rectified, COUNT),
        ("整改率", rate_value(t.rectified, t.hazards), RATE),
        ("重大隐患整改率", rate_value(t.rectified_major, t.hazards_major), RATE),
        ("重大隐患挂牌督办", t.majors_listed, COUNT), ("挂牌督办未整改", s.majors_listed_open, COUNT),
        ("挂牌督办逾期未整改", s.majors_listed_overdue, COUNT), ("整改资金（元）", t.funds_fen / 100, MONEY),
        ("立案查处", t.cases, COUNT), ("罚款（次）", t.fines, COUNT), ("罚款金额（元）", t.fines_fen / 100, MONEY),
        ("责令停产停业整顿", t.stop_orders, COUNT), ("关闭取缔", t.closures, COUNT),
        ("移送司法机关", t.judicial_transfers, COUNT), ("生产安全事故（起）", t.accidents, COUNT),
        ("事故死亡（人）", t.accident_deaths, COUNT), ("发现非法生产经营（处）", t.illegal_found, COUNT),
        ("其中已有效制止（处）", t.illegal_stopped, COUNT), ("未登记入台账的隐患草稿（不计入）", t.drafts, COUNT),
    ]


def write_summary_xlsx(target: str | Path | BinaryIO, summary: CommitteeSummary, *,
                       printed_on: date | None = None) -> int:
    """Write the workbook; returns the number of sheets."""
    printed_on = printed_on or date.today()
    title = summary_title(summary)
    info = info_lines(summary, printed_on)
    notes = [DRAFTS_RULE, "注：" + as_of_note(summary.as_of)]
    wb = Workbook()

    def sheet(name: str, part: str, header: list[str], rows: list[list[object]], formats: list[str | None], *,
              signed: bool = False, landscape: bool = False, aligns: list[str] | None = None,
              row_formats: list[list[str | None]] | None = None) -> None:
        ws = wb.active if name == FIRST_SHEET else wb.create_sheet()
        ws.title = name
        s = ReportSheet(ws, title=f"{title}：{part}", info=info, columns=len(header), printed_on=printed_on,
                        landscape=landscape, min_width=10, max_width=40, aligns=aligns)
        s.header(header)
        for n, values in enumerate(rows):
            s.row(values, formats=row_formats[n] if row_formats else formats)
        s.finish(notes=notes, signatures=signature_lines(summary.issuing_unit) if signed else ())

    totals = total_values(summary)
    sheet(FIRST_SHEET, "全区总体情况", ["项目", "数量"], [[label, value] for label, value, _ in totals], [],
          row_formats=[[None, fmt] for _, _, fmt in totals], signed=True)
    sheet("各街道隐患", "各街道排查隐患数量", ["街道", "一般隐患", "重大隐患", "合计"],
          [[r.street, r.general, r.major, r.general + r.major] for r in summary.by_street], [None, COUNT, COUNT, COUNT])
    sheet("各行业整改率", "各行业隐患整改率", ["行业", "隐患数", "已整改", "整改率"],
          [[r.sector, r.hazards, r.rectified, rate_value(r.rectified, r.hazards)] for r in summary.by_sector],
          [None, COUNT, COUNT, RATE])
    sheet("重大隐患按周", "重大隐患未整改和逾期数量（按周）", ["周末日期", "未整改重大隐患", "其中逾期"],
          [[w.week_end, w.open_majors, w.overdue_majors] for w in summary.weeks], [DATE, COUNT, COUNT],
          aligns=["center", "right", "right"])
    sheet("逾期挂牌督办", "逾期未整改的挂牌督办重大隐患",
          ["序号", "企业", "街道", "隐患", "督办", "整改期限", "逾期天数"],
          [[n, h.enterprise_name, h.street, h.description,
            f"{h.listing.level} {h.listing.supervising_unit}\n{h.listing.document_no}".strip(), h.deadline,
            h.days_overdue] for n, h in enumerate(summary.overdue_listed, start=1)],
          [COUNT, None, None, None, None, DATE, COUNT], landscape=True,
          aligns=["center", "left", "left", "left", "left", "center", "right"])
    wb.save(target)
    return len(wb.sheetnames)

