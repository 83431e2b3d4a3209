"""The draw record (摇号记录) of 双随机 as an A4 PDF: plan, seed, fingerprints, time, who, witnesses, the items and
strata, the list of enterprises with their inspectors, how to verify, and signature lines.

    pages = write_draw_record_pdf("摇号记录.pdf", record, unit="天桥区应急管理局")
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4

from safety_desk.domain.draw import DrawRecord
from safety_desk.reports.fonts import register_pdf_font
from safety_desk.reports.pdf_layout import GREY, PdfPainter, binary_streams
from safety_desk.reports.pdf_table import Column, PageFlow, RowTable
from safety_desk.reports.text_safety import pdf_text
from safety_desk.domain.ids import short_id

PAGE = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 40.0, 40.0, 40.0
TITLE = "“双随机”抽查摇号记录"
SIGNATURES = ("摇号人（签名）：______________", "监督人（签名）：______________", "负责人（签名）：______________",
              "日期：____年__月__日")


def percent(ratio: float) -> str:
    return f"{ratio * 100:.4g}%"


def write_draw_record_pdf(target: str | Path | BinaryIO, record: DrawRecord, *, unit: str = "",
                          printed_on: date | None = None) -> int:
    """Write the record; returns the page count."""
    with binary_streams():
        return _Writer(target, record, unit, printed_on or date.today()).write()


class _Writer:
    def __init__(self, target, record: DrawRecord, unit: str, printed_on: date) -> None:
        self.r, self.unit, self.printed_on = record, unit, printed_on
        self.painter = PdfPainter(target, pagesize=PAGE, font_name=register_pdf_font(), title=TITLE,
                                  author=unit or record.plan.lead_department, subject=record.plan_name)
        width, height = PAGE
        self.width = width - 2 * MARGIN_X
        self.painter.set_footer(width / 2, MARGIN_BOTTOM / 2, 8)
        self.flow = PageFlow(self.painter, y=height - MARGIN_TOP, bottom=MARGIN_BOTTOM,
                             continuation_top=height - MARGIN_TOP - 14, on_new_page=self._running_title)

    def line(self, text: str, *, size: float = 9.5, bold: bool = False, color=None, after: float = 1.5) -> None:
        kwargs = {"color": color} if color is not None else {}
        self.flow.paragraph(text, x=MARGIN_X, width=self.width, size=size, bold=bold, space_after=after, **kwargs)

    def heading(self, text: str) -> None:
        self.flow.ensure(60)
        self.flow.y -= 5
        self.line(text, size=11.5, bold=True, after=4)

    def write(self) -> int:
        r, plan = self.r, self.r.plan
        self.flow.paragraph(TITLE, x=MARGIN_X, width=self.width, size=16, bold=True, align="center", space_after=8)
        self.line(f"抽查计划：{plan.name}")
        self.line(f"抽查期间：{plan.start_date.isoformat()} 至 {plan.end_date.isoformat()}    发起部门：{plan.lead_department}")
        self.line(f"参与部门：{'、'.join(plan.departments)}")
        self.line(f"摇号编号：{r.id}    状态：{r.status}")
        self.line(f"摇号时间：{r.drawn_at}    摇号人：{r.drawn_by or '（未填写）'}")
        self.line(f"监督人：{'、'.join(r.witnesses) if r.witnesses else '（无）'}")
        self.line(f"随机种子：{r.seed}（{r.seed_source}）    算法：{r.algorithm}")
        self.line(f"名录库快照：检查对象 {r.enterprises} 户，执法检查人员 {r.inspectors} 名")
        self.line(f"名录库快照指纹（SHA-256）：{r.registers_sha256}", size=8.5)
        self.line(f"抽查计划指纹（SHA-256）：{r.plan_sha256}", size=8.5)
        self.line(f"抽中名单指纹（SHA-256）：{r.result_sha256}", size=8.5)
        if r.replaces_draw_id:
            self.line(f"本次为重新抽取，替代摇号记录 {r.replaces_draw_id}，原因：{r.replace_reason}", bold=True)
        if r.replaced_by:
            self.line(f"本记录已被摇号记录 {r.replaced_by} 替代", bold=True)
        self._items()
        self._strata()
        self._list()
        self.heading("四、复核方法")
        self.line("本次摇号结果只取决于随机种子、抽查计划和名录库快照。任何人可用同一种子、计划和快照重新摇号，"
                  f"得到相同名单；在本程序中执行 “safety-desk draw verify {r.id}” 即可复核，指纹相同即内容相同。",
                  size=9)
        rules = plan.rules
        self.line(f"比例调整（{rules.title or '抽查比例调整规则'}，为本单位采用的设定，并非法规规定）：风险等级倍数 "
                  + "、".join(f"{k}×{v:g}" for k, v in rules.risk_multipliers.items()) + "；信用等级倍数 "
                  + "、".join(f"{k}×{v:g}" for k, v in rules.credit_multipliers.items())
                  + f"；每层至少抽取 {rules.min_per_stratum} 户；每户至少 {rules.min_inspectors} 名持证执法检查人员；"
                  + (f"{rules.recently_inspected_days} 天内已就同一事项检查过的企业不再抽取；"
                     if rules.recently_inspected_days else "")
                  + (f"“{rules.closed_category}”不抽取。" if rules.closed_category else ""), size=8.5, color=GREY)
        self.flow.y -= 24
        self.flow.ensure(70)
        for sig in SIGNATURES:
            self.line(sig, size=10, after=12)
        if self.unit:
            self.line(f"（{self.unit} 盖章）", size=10)
        return self.painter.save()

    def _items(self) -> None:
        self.heading("一、抽查事项")
        w = self.width
        table = RowTable(self.flow, [Column("序号", 24, "center"), Column("抽查事项", 130), Column("抽查主体", 70),
                                     Column("检查方式", 44, "center"), Column("基础比例", 40, "center"),
                                     Column("检查对象", w - 308)], x=MARGIN_X, size=8)
        table.start()
        for n, item in enumerate(self.r.plan.items, start=1):
            table.add_row([str(n), item.name, item.department, item.method, percent(item.base_ratio),
                           item.object.describe()], shade=n % 2 == 0)
        table.finish()

    def _strata(self) -> None:
        self.heading("二、分层抽取情况")
        names = {i.key: i.name for i in self.r.plan.items}
        w = self.width
        table = RowTable(self.flow, [Column("抽查事项", w - 250), Column("风险等级", 56, "center"),
                                     Column("信用等级", 48, "center"), Column("企业数", 46, "center"),
                                     Column("抽查比例", 54, "center"), Column("抽取数", 46, "center")],
                         x=MARGIN_X, size=8)
        table.start()
        for n, s in enumerate(self.r.strata, start=1):
            item = names.get(s.item_key, s.item_key) + (f"（{s.complaints}）" if s.complaints else "")
            table.add_row([item, s.risk_grade, s.credit_grade, str(s.population),
                           percent(s.ratio), str(s.drawn)], shade=n % 2 == 0)
        table.finish()
        self._weighted()

    def _weighted(self) -> None:
        """Which enterprises were weighted up and why (济天政发〔2019〕5号: 投诉举报多的提高抽查比例)."""
        rules = self.r.plan.rules
        if not rules.complaint_multipliers:
            return
        tiers = "；".join(f"{t} 次以上 × {m:g}" for t, m in sorted(rules.complaint_multipliers.items()))
        self.flow.paragraph(
            f"因投诉举报提高抽查比例：计划开始前 {rules.complaint_window_days} 天内核查属实（含部分属实）的投诉举报"
            f"达到下列次数的企业单独分层，抽查比例乘以相应倍数（{tiers}；倍数为规则文件的设定）。"
            + ("" if self.r.weighted else "本次没有企业达到。"),
            x=MARGIN_X, width=self.width, size=8.5, space_after=4)
        if not self.r.weighted:
            return
        w = self.width
        table = RowTable(self.flow, [Column("序号", 24, "center"), Column("企业名称", w - 284),
                                     Column("统一社会信用代码", 120), Column("属实投诉举报（次）", 80, "center"),
                                     Column("比例倍数", 60, "center")], x=MARGIN_X, size=8)
        table.start()
        for n, (name, code, count, multiplier) in enumerate(self.r.weighted, start=1):
            table.add_row([str(n), name, code, str(count), f"× {multiplier:g}"], shade=n % 2 == 0)
        table.finish()

    def _list(self) -> None:
        self.heading(f"三、抽中名单（共 {len(self.r.tasks)} 户）")
        names = {i.key: i.name for i in self.r.plan.items}
        w = self.width
        table = RowTable(self.flow, [Column("序号", 24, "center"), Column("企业名称", 120),
                                     Column("统一社会信用代码", 100), Column("抽查事项", w - 334),
                                     Column("执法检查人员", 90)], x=MARGIN_X, size=8)
        table.start()
        for n, t in enumerate(self.r.tasks, start=1):
            table.add_row([str(n), t.enterprise, t.credit_code, "\n".join(names.get(k, k) for k in t.items),
                           "、".join(t.inspectors)], continued=[f"{n}\n续", t.enterprise, None, None, None],
                          shade=n % 2 == 0)
        table.finish()

    def _running_title(self, page_number: int) -> None:
        _, height = PAGE
        baseline = height - MARGIN_TOP - 8
        self.painter.text(MARGIN_X, baseline, pdf_text(f"{TITLE}（续）  {self.r.plan_name}"), 8, color=GREY)
        self.painter.text_right(MARGIN_X + self.width, baseline, f"摇号编号：{short_id(self.r.id)}", 8, color=GREY)
