"""The one-vote veto report (一票否决情形评估报告) as an A4 PDF, on our own page layout (``pdf_table``).

By unit kind (department, street, enterprise, in the rule set's order): each unit hit, the situation, the evidence
(dates, enterprises, accident figures) and the consequence; a "no hits" statement where there are none; then the
dismissal warnings of 工作措施（六）.

    pages = write_veto_pdf("一票否决.pdf", report, printed_on=date.today())
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4

from safety_desk.domain.veto_rules import UNIT_KIND_LABELS, UNIT_STREET, VetoReport
from safety_desk.reports.closing_text import as_of_note, signature_lines
from safety_desk.reports.fonts import register_pdf_font
from safety_desk.reports.pdf_closing import ClosingBlock, keep_with_closing
from safety_desk.reports.pdf_layout import GREY, RED, PdfPainter, binary_streams
from safety_desk.reports.pdf_table import Column, PageFlow, RowTable
from safety_desk.reports.text_safety import pdf_text

PAGE = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 40.0, 40.0, 40.0
NUMERALS = "一二三四五六七八九十"
NO_HITS = "专项行动期间未发现一票否决情形。"
NO_HITS_OF_KIND = "未发现该类单位的一票否决情形。"
NO_WARNINGS = "未发现一个月内发现非法企业且未采取有效制止措施的情况。"
NO_LEAD_WARNINGS = "未发现核查属实的线索到期未立案、未处罚、未责令整改的情况。"


def veto_title(report: VetoReport) -> str:
    return f"{report.rule_set.title}评估报告"


def info_lines(r: VetoReport, printed_on: date, issuing_unit: str) -> list[str]:
    """The title block under the title, the same in the PDF and the xlsx."""
    return [f"填报单位：{issuing_unit or '____________________'}    专项行动：{r.campaign_name}    "
            f"期间：{r.start.isoformat()} 至 {r.end.isoformat()}",
            f"判定日期（数据截至）：{r.judged_on.isoformat()}    依据：{r.rule_set.source or r.rule_set.title}    "
            f"打印日期：{printed_on.isoformat()}"]


def write_veto_pdf(target: str | Path | BinaryIO, report: VetoReport, *, printed_on: date | None = None,
                   issuing_unit: str = "") -> int:
    """Write the report; returns the page count. ``issuing_unit`` is printed as 填报单位 and at the seal."""
    with binary_streams():
        return _VetoWriter(target, report, printed_on or date.today(), issuing_unit).write()


class _VetoWriter:
    def __init__(self, target: str | Path | BinaryIO, report: VetoReport, printed_on: date,
                 issuing_unit: str = "") -> None:
        self.report = report
        self.printed_on = printed_on
        self.issuing_unit = issuing_unit
        self.painter = PdfPainter(target, pagesize=PAGE, font_name=register_pdf_font(), title=veto_title(report),
                                  author=issuing_unit or "区安委会办公室", subject=report.campaign_name)
        width, height = PAGE
        self.width = width - 2 * MARGIN_X
        self.painter.set_footer(width / 2, MARGIN_BOTTOM / 2, 8)
        self.flow = PageFlow(self.painter, y=height - MARGIN_TOP, bottom=MARGIN_BOTTOM,
                             continuation_top=height - MARGIN_TOP - 14, on_new_page=self._running_title)

    def write(self) -> int:
        r, flow = self.report, self.flow
        flow.paragraph(veto_title(r), x=MARGIN_X, width=self.width, size=15, bold=True, align="center",
                       space_after=6)
        for line in info_lines(r, self.printed_on, self.issuing_unit):
            flow.paragraph(line, x=MARGIN_X, width=self.width, size=9, space_after=1)
        flow.y -= 6
        counts = "，".join(f"{UNIT_KIND_LABELS.get(u.kind, u.kind)} {len({h.unit for h in r.hits if h.unit_kind == u.kind})} 个"
                          for u in r.rule_set.units)
        flow.paragraph(f"共 {len(r.hits)} 项一票否决情形（{counts}）。" if r.hits else NO_HITS,
                       x=MARGIN_X, width=self.width, size=10, bold=True, color=RED if r.hits else GREY,
                       space_after=6)
        for n, unit_rules in enumerate(r.rule_set.units):
            self._kind_section(n, unit_rules.kind, unit_rules.consequences)
        self._warnings(len(r.rule_set.units))
        self._lead_warnings(len(r.rule_set.units) + 1)
        self._closing.draw(flow, x=MARGIN_X, width=self.width)
        return self.painter.save()

    @property
    def _closing(self) -> ClosingBlock:
        return ClosingBlock(notes=["注：" + as_of_note(self.report.judged_on)],
                            signatures=signature_lines(self.issuing_unit))

    def _heading(self, n: int, text: str) -> None:
        self.flow.ensure(60)
        self.flow.y -= 4
        self.flow.paragraph(f"{NUMERALS[n % len(NUMERALS)]}、{text}", x=MARGIN_X, width=self.width, size=11.5,
                            bold=True, space_after=4)

    def _kind_section(self, n: int, kind: str, consequences: str) -> None:
        hits = [h for h in self.report.hits if h.unit_kind == kind]
        self._heading(n, UNIT_KIND_LABELS.get(kind, kind))
        if not hits:
            self.flow.paragraph(NO_HITS_OF_KIND, x=MARGIN_X + 8, width=self.width - 8, size=9.5, space_after=6)
            return
        w = self.width
        table = RowTable(self.flow, [Column("序号", 26, "center"), Column("单位", 90), Column("情形", 110),
                                     Column("证据", w - 26 - 90 - 110)], x=MARGIN_X, size=8.5)
        table.start()
        for serial, hit in enumerate(hits, start=1):
            evidence = "\n".join(f"{i}. {line}" for i, line in enumerate(hit.evidence, start=1))
            table.add_row([str(serial), hit.unit, hit.situation.text, evidence],
                          continued=[f"{serial}\n续", hit.unit, None, None], shade=serial % 2 == 0)
        table.finish()
        self.flow.y -= 3
        self.flow.paragraph(f"否决后果：{consequences}", x=MARGIN_X, width=self.width, size=9, space_after=6)

    def _warnings(self, n: int) -> None:
        warnings = self.report.warnings
        self._heading(n, "撤职警示（非法企业未有效制止）")
        rule = self.report.rule_set.dismissal
        if rule is not None:
            self.flow.paragraph(f"规定：{rule.text}", x=MARGIN_X, width=self.width, size=9, color=GREY,
                                space_after=4)
        closing = self._closing.height(self.painter.metrics, self.width)
        if not warnings:
            self.flow.ensure(9.5 * 1.45 + closing)
            self.flow.paragraph(NO_WARNINGS, x=MARGIN_X + 8, width=self.width - 8, size=9.5, space_after=6)
            return
        w = self.width
        scopes = [f"{x.unit}（街道）" if x.scope == UNIT_STREET else "全区（县级辖区）" for x in warnings]
        # The scope column is as wide as its longest entry: "（街道）" must not break into "（街 / 道）".
        scope_width = max(self.painter.metrics.width(pdf_text(t), 8.5) for t in scopes) + 8
        table = RowTable(self.flow, [Column("月份", 50, "center", fit=True), Column("范围", scope_width),
                                     Column("未制止数", 44, "center", fit=True),
                                     Column("非法企业", w - 94 - scope_width)], x=MARGIN_X, size=8.5)
        table.start()
        for i, (warning, scope) in enumerate(zip(warnings, scopes), start=1):
            ops = "\n".join(f"{op.found_on.isoformat() if op.found_on else '—'} {op.street} "
                            f"{op.enterprise_name or op.description}" for op in warning.operations)
            table.add_row([warning.month, scope, f"{len(warning.operations)}（≥{warning.threshold}）", ops],
                          shade=i % 2 == 0, red={2}, keep_with=keep_with_closing(table, i - 1, len(warnings), closing))
        table.finish()

    def _lead_warnings(self, n: int) -> None:
        """True leads not dealt with by their due date (失职渎职, 济天政办发〔2019〕7号 工作措施)."""
        self._heading(n, "失职渎职警示（线索属实未立案、未处罚、未责令整改）")
        lines = self.report.lead_warnings
        if not lines:
            self.flow.paragraph(NO_LEAD_WARNINGS, x=MARGIN_X + 8, width=self.width - 8, size=9.5, space_after=6)
            return
        for i, line in enumerate(lines, start=1):
            self.flow.paragraph(f"{i}. {line}", x=MARGIN_X + 8, width=self.width - 8, size=9, color=RED,
                                space_after=2)

    def _running_title(self, page_number: int) -> None:
        _, height = PAGE
        baseline = height - MARGIN_TOP - 8
        self.painter.text(MARGIN_X, baseline, pdf_text(veto_title(self.report)) + "（续）", 8, color=GREY)
        self.painter.text_right(MARGIN_X + self.width, baseline, f"打印日期：{self.printed_on.isoformat()}", 8,
                                color=GREY)
