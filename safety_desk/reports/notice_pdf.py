"""The rectification notice (安全生产隐患整改通知书) and the on-site record (现场检查记录) of one inspection, portrait A4.

Part one is the notice the inspectors hand over: the enterprise, what was found, and for each hazard its legal
basis, the rectification requirement and the deadline, then the closing demand and the two signature blocks
(inspectors; the enterprise's responsible person, with its seal). Part two, on a new page, is the on-site record:
who inspected what, when, with which checklists and what they found, signed by both sides again.

    write_notice_pdf("通知书.pdf", NoticeData(enterprise="济南泺口化工有限公司", ...))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4

from safety_desk.reports.fonts import register_pdf_font
from safety_desk.reports.pdf_layout import GREY, PdfPainter, binary_streams
from safety_desk.reports.pdf_table import Column, PageFlow, RowTable
from safety_desk.reports.text_safety import pdf_text

PAGE = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 50.0, 48.0, 46.0
BODY_SIZE, TABLE_SIZE = 10.5, 8.5
NOTICE_TITLE = "安全生产隐患整改通知书"
RECORD_TITLE = "现场检查记录"


@dataclass(frozen=True)
class NoticeHazard:
    description: str
    level: str
    location: str = ""
    basis: str = ""  # 检查依据 / 处置依据, as recorded with the hazard
    requirement: str = ""  # 整改要求 (or the agreed measures when the catalogue gives none)
    deadline: date | None = None
    mode: str = ""  # 立即整改 / 限期整改 / 停产整改


@dataclass
class NoticeData:
    """Everything printed on the notice and the record; text fields may hold anything a user typed."""

    enterprise: str
    inspection_date: date
    inspectors: list[str]  # "张明（执法证号 37010001）"
    hazards: list[NoticeHazard] = field(default_factory=list)
    issuing_unit: str = ""
    campaign: str = ""
    phase: str = ""
    unannounced: bool = False
    credit_code: str = ""
    address: str = ""
    street: str = ""
    contact: str = ""
    checklists: list[str] = field(default_factory=list)
    check_counts: dict[str, int] = field(default_factory=dict)  # result → number of check points
    notes: str = ""
    printed_on: date = field(default_factory=date.today)


def write_notice_pdf(target: str | Path | BinaryIO, data: NoticeData) -> int:
    """Write the notice and the record; returns the page count."""
    with binary_streams():
        return _NoticeWriter(target, data).write()


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _deadline_text(h: NoticeHazard) -> str:
    if h.mode == "立即整改" and h.deadline is None:
        return "立即整改"
    text = h.deadline.isoformat() if h.deadline else "（未定）"
    return f"{text}\n（{h.mode}）" if h.mode == "停产整改" else text


class _NoticeWriter:
    def __init__(self, target: str | Path | BinaryIO, data: NoticeData) -> None:
        self.data = data
        self.painter = PdfPainter(target, pagesize=PAGE, font_name=register_pdf_font(),
                                  title=f"{NOTICE_TITLE} · {pdf_text(data.enterprise)}", author=data.issuing_unit)
        width, height = PAGE
        self.width = width - 2 * MARGIN_X
        self.painter.set_footer(width / 2, MARGIN_BOTTOM / 2, 8.5)
        self.flow = PageFlow(self.painter, y=height - MARGIN_TOP, bottom=MARGIN_BOTTOM,
                             continuation_top=height - MARGIN_TOP)

    def write(self) -> int:
        self._notice()
        self.flow.new_page()
        self._record()
        return self.painter.save()

    # ---- part one: the notice --------------------------------------------------------------------------------

    def _heading(self, title: str) -> None:
        flow, d = self.flow, self.data
        if d.issuing_unit.strip():
            flow.paragraph(d.issuing_unit, x=MARGIN_X, width=self.width, size=13, align="center", space_after=4)
        flow.paragraph(title, x=MARGIN_X, width=self.width, size=20, bold=True, align="center", space_after=6)

    def _para(self, text: str, *, indent: bool = True, size: float = BODY_SIZE, space_after: float = 4) -> None:
        # Chinese paragraphs open with a two-character indent (全角空格 keep it exact).
        self.flow.paragraph(("\u3000\u3000" if indent else "") + text, x=MARGIN_X, width=self.width, size=size,
                            leading=size * 1.7, space_after=space_after)

    def _notice(self) -> None:
        d, flow = self.data, self.flow
        self._heading(NOTICE_TITLE)
        self.painter.text_right(MARGIN_X + self.width, flow.y - 9, "编号：______________", 9.5, color=GREY)
        flow.y -= 20
        self._para(f"{d.enterprise}：", indent=False, space_after=2)
        majors = sum(1 for h in d.hazards if h.level == "重大")
        kind = d.phase + ("，四不两直" if d.unannounced else "")
        campaign = f"按照“{d.campaign}”工作部署，" if d.campaign else ""
        who = "、".join(name.split("（")[0] for name in d.inspectors) or "检查人员"
        found = (f"发现你单位存在下列安全生产事故隐患（共 {len(d.hazards)} 项，其中重大隐患 {majors} 项），"
                 "现责令你单位按下列要求进行整改：") if d.hazards else "未发现安全生产事故隐患。"
        self._para(f"{_cn_date(d.inspection_date)}，{campaign}我单位检查人员{who}依据《中华人民共和国安全生产法》"
                   f"等法律法规，对你单位进行了安全生产检查{f'（{kind}）' if kind else ''}。经现场检查，{found}")
        if d.hazards:
            self._hazard_table()
            self._para("请你单位接到本通知书后立即组织整改：对要求立即整改的隐患当场整改；对限期整改的隐患，"
                       "落实整改责任、措施、资金、时限和应急预案（五落实），在整改时限内完成，并将整改情况书面报告"
                       "我单位，申请复查验收。整改期间应采取必要的安全防范措施，防止发生生产安全事故。"
                       "逾期未整改或者整改不合格的，将依法予以处理。")
        self._signatures()
        self._para("本通知书一式两份，一份交被检查单位，一份存档。", indent=False, size=8.5)

    def _hazard_table(self) -> None:
        columns = [Column("序号", 26, "center"), Column("隐患描述及部位", 150), Column("等级", 28, "center"),
                   Column("检查依据", 118), Column("整改要求", 118), Column("整改时限", 55, "center")]
        self.flow.y -= 2
        table = RowTable(self.flow, columns, x=MARGIN_X, size=TABLE_SIZE, pad=3)
        table.start()
        for n, h in enumerate(self.data.hazards, start=1):
            where = f"\n部位：{h.location.strip()}" if h.location.strip() else ""
            cells = [str(n), h.description.strip() + where, h.level, h.basis or "—", h.requirement or "—",
                     _deadline_text(h)]
            table.add_row(cells, continued=[f"{n}\n续"] + [None] * 5)
        table.finish()
        self.flow.y -= 8

    def _signatures(self) -> None:
        """Inspectors on the left, the enterprise on the right; kept on one page with room to sign."""
        flow, painter, size = self.flow, self.painter, BODY_SIZE
        flow.ensure(118)
        flow.y -= 16
        half = self.width / 2
        left, right = MARGIN_X, MARGIN_X + half + 10
        rows = [("检查人员（签名）：", "被检查单位负责人（签名）："), ("", ""), ("执法证号：", "（被检查单位盖章）"),
                ("", ""), ("日期：______年____月____日", "日期：______年____月____日")]
        for a, b in rows:
            baseline = flow.y - size * 0.9
            painter.text(left, baseline, a, size)
            painter.text(right, baseline, b, size)
            flow.y -= size * 1.9
        flow.y -= 10

    # ---- part two: the on-site record ------------------------------------------------------------------------

    def _record(self) -> None:
        d = self.data
        self._heading(RECORD_TITLE)
        self.flow.y -= 4
        counts = d.check_counts
        checked = "；".join(f"{k} {v} 项" for k, v in counts.items() if v) or "—"
        items = [
            ("被检查单位", d.enterprise), ("统一社会信用代码", d.credit_code), ("地址", d.address),
            ("所属街道", d.street), ("联系人及电话", d.contact), ("检查时间", _cn_date(d.inspection_date)),
            ("检查类别", d.phase + ("（四不两直）" if d.unannounced else "")), ("专项行动", d.campaign),
            ("检查表", "\n".join(d.checklists)), ("检查人员", "\n".join(d.inspectors)),
            ("检查点结果", f"共 {sum(counts.values())} 个检查点：{checked}"),
            ("发现隐患", f"{len(d.hazards)} 项（重大 {sum(1 for h in d.hazards if h.level == '重大')} 项），"
                         "详见《安全生产隐患整改通知书》"),
            ("现场记录", d.notes or "—"),
        ]
        table = RowTable(self.flow, [Column("", 100, "left"), Column("", self.width - 100)], x=MARGIN_X,
                         size=BODY_SIZE * 0.95, pad=4, header=False)
        table.start()
        for label, value in items:
            table.add_row([label, value or "—"], continued=[f"{label}（续）", None], shade=False)
        table.finish()
        self.flow.y -= 6
        self._para("以上记录经被检查单位核对无误。", indent=False)
        self._signatures()
