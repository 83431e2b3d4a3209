"""The one-vote veto report as an xlsx workbook: the hits with their evidence, then the dismissal warnings.

Sheets: 一票否决情形 (one row per unit and situation, signed) and 撤职警示. The same rows as ``veto_pdf``.

    write_veto_xlsx("一票否决.xlsx", report, issuing_unit="天桥区安全生产委员会办公室")
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook

from safety_desk.domain.veto_rules import UNIT_KIND_LABELS, UNIT_STREET, VetoReport
from safety_desk.reports.closing_text import as_of_note, signature_lines
from safety_desk.reports.veto_pdf import NO_HITS, NO_WARNINGS, info_lines, veto_title
from safety_desk.reports.xlsx_sheet import COUNT, ReportSheet


def write_veto_xlsx(target: str | Path | BinaryIO, report: VetoReport, *, printed_on: date | None = None,
                    issuing_unit: str = "") -> int:
    """Write the workbook; returns the number of hits."""
    printed_on = printed_on or date.today()
    info = info_lines(report, printed_on, issuing_unit)
    notes = ["注：" + as_of_note(report.judged_on)]
    wb = Workbook()
    ws = wb.active
    ws.title = "一票否决情形"
    hits = ReportSheet(ws, title=veto_title(report), info=info, columns=6, printed_on=printed_on, landscape=True,
                       min_width=6, max_width=60, aligns=["center", "left", "left", "left", "left", "left"])
    hits.header(["序号", "单位类别", "单位", "情形", "证据", "否决后果"])
    for c, width in ((1, 16), (3, 30), (4, 60), (5, 30)):
        hits.fix_width(c, width)
    for n, hit in enumerate(report.hits, start=1):
        evidence = "\n".join(f"{i}. {line}" for i, line in enumerate(hit.evidence, start=1))
        hits.row([n, UNIT_KIND_LABELS.get(hit.unit_kind, hit.unit_kind), hit.unit, hit.situation.text, evidence,
                  hit.consequences], formats=[COUNT, None, None, None, None, None])
    hits.finish(notes=notes if report.hits else [NO_HITS, *notes], signatures=signature_lines(issuing_unit))

    ws = wb.create_sheet("撤职警示")
    warnings = ReportSheet(ws, title=f"{veto_title(report)}：撤职警示（非法企业未有效制止）", info=info, columns=5,
                           printed_on=printed_on, landscape=True, min_width=8, max_width=70,
                           aligns=["center", "left", "right", "right", "left"])
    warnings.header(["月份", "范围", "未制止数", "警示标准（≥）", "非法企业"])
    for w in report.warnings:
        ops = "\n".join(f"{op.found_on.isoformat() if op.found_on else '—'} {op.street} "
                        f"{op.enterprise_name or op.description}" for op in w.operations)
        scope = f"{w.unit}（街道）" if w.scope == UNIT_STREET else "全区（县级辖区）"
        warnings.row([w.month, scope, len(w.operations), w.threshold, ops],
                     formats=[None, None, COUNT, COUNT, None], red=frozenset({2}))
    rule = [f"规定：{report.rule_set.dismissal.text}"] if report.rule_set.dismissal else []
    warnings.finish(notes=[*rule, *([] if report.warnings else [NO_WARNINGS]), *notes])
    wb.save(target)
    return len(report.hits)
