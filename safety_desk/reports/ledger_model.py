"""The ledger (台账) as the writers see it: rows, title block, columns and the closing summary.

The PDF and the xlsx writer both take these records and both turn a row into cells with ``ledger_cells``, so the
two files hold the same text row for row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from safety_desk.domain.findings import LEVELS, STATUSES, format_funds

Progress = Callable[[int, int], bool]  # (done, total) → False asks the writer to stop


class ExportCancelled(Exception):
    """The progress callback asked to stop; the writer's output is incomplete and must be thrown away."""


@dataclass(frozen=True)
class LedgerRow:
    """One hazard in the ledger, with the five fields, listed supervision and acceptance already resolved."""

    enterprise_name: str
    street: str
    description: str
    level: str
    found_date: date
    location: str = ""
    responsible_unit: str = ""
    responsible_person: str = ""
    measures: str = ""
    funds_fen: int | None = None
    deadline: date | None = None
    contingency_plan: str = ""
    listing: str = ""  # 挂牌督办: level, supervising unit, document no., date — "" when not listed
    status: str = ""
    overdue: bool = False
    acceptance: str = ""  # 验收: who and when — "" until re-inspected or written off
    id: str = ""


@dataclass
class LedgerHeader:
    """The title block: what this ledger covers and who prints it."""

    title: str = "安全生产隐患排查整治台账"
    campaign: str = ""
    unit: str = ""  # the unit that keeps and signs the ledger (填报单位)
    period: str = ""
    filters: str = ""
    scope: str = ""  # which hazards: only those entered in the ledger, or drafts too
    printed_on: date = field(default_factory=date.today)

    def info_items(self, total: int | None = None) -> list[tuple[str, str]]:
        items = [("专项行动", self.campaign or "全部"), ("填报单位", self.unit or "—"), ("时段", self.period or "—"),
                 ("筛选条件", self.filters or "全部隐患"), ("范围", self.scope or "—"),
                 ("打印日期", self.printed_on.isoformat())]
        if total is not None:
            items.append(("隐患数", f"{total:,} 条"))
        return items


@dataclass(frozen=True)
class LedgerColumn:
    title: str
    pdf_width: float  # points on landscape A4 (786 pt between the margins)
    xlsx_width: float  # Excel character units
    align: str = "left"
    fit: bool = False  # numbers, dates: set smaller in the PDF rather than broken over two lines


# The column list, in order: 6 identifying columns, the five fields (五落实), then 挂牌督办, 整改状态, 验收.
LEDGER_COLUMNS: tuple[LedgerColumn, ...] = (
    LedgerColumn("序号", 25, 6, "center", fit=True),
    LedgerColumn("企业名称", 70, 22),
    LedgerColumn("所属街道", 40, 11),
    LedgerColumn("隐患描述", 101, 36),
    LedgerColumn("等级", 22, 6, "center"),
    LedgerColumn("发现日期", 44, 11, "center", fit=True),
    LedgerColumn("整改责任单位/\n责任人", 70, 20),
    LedgerColumn("整改措施", 76, 30),
    LedgerColumn("整改资金（元）", 48, 13, "right", fit=True),
    LedgerColumn("整改时限", 44, 11, "center", fit=True),
    LedgerColumn("应急预案", 66, 22),
    # As wide as a document number ("济安办督〔2019〕16号"), which must never break: a longer line is set smaller.
    LedgerColumn("挂牌督办", 86, 24, fit=True),
    LedgerColumn("整改状态", 38, 11, "center"),
    LedgerColumn("验收\n（人员/日期）", 56, 18),
)
STATUS_COLUMN = 12


def responsibility_text(row: LedgerRow) -> str:
    return "\n".join(part for part in (row.responsible_unit.strip(), row.responsible_person.strip()) if part)


def status_text(row: LedgerRow) -> str:
    return f"{row.status}（逾期）" if row.overdue else row.status


def description_text(row: LedgerRow) -> str:
    location = row.location.strip()
    return f"{row.description.strip()}\n位置：{location}" if location else row.description.strip()


def ledger_cells(serial: int, row: LedgerRow) -> list[str]:
    """The 14 cells of a row as printed (the xlsx stores dates and money as typed values of the same content)."""
    return [
        str(serial), row.enterprise_name, row.street, description_text(row), row.level, row.found_date.isoformat(),
        responsibility_text(row), row.measures, format_funds(row.funds_fen),
        row.deadline.isoformat() if row.deadline else "", row.contingency_plan, row.listing, status_text(row),
        row.acceptance,
    ]


@dataclass
class LedgerSummary:
    """The closing summary: counts by level and state, overdue, listed, total funds. Filled row by row."""

    total: int = 0
    by_level: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    by_status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    overdue: int = 0
    listed: int = 0
    funds_fen: int = 0
    funds_missing: int = 0

    def add(self, row: LedgerRow) -> None:
        self.total += 1
        self.by_level[row.level] = self.by_level.get(row.level, 0) + 1
        self.by_status[row.status] = self.by_status.get(row.status, 0) + 1
        self.overdue += row.overdue
        self.listed += bool(row.listing)
        if row.funds_fen is None:
            self.funds_missing += 1
        else:
            self.funds_fen += row.funds_fen

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) pairs, the same in the PDF and the xlsx."""
        def counts(d: dict[str, int]) -> str:
            return "，".join(f"{k} {v:,} 条" for k, v in d.items())

        funds = f"{format_funds(self.funds_fen)} 元"
        if self.funds_missing:
            funds += f"（另有 {self.funds_missing:,} 条未填整改资金）"
        closed = self.by_status.get(STATUSES[-1], 0)
        rate = f"{closed / self.total:.1%}" if self.total else "—"
        return [
            ("隐患总数", f"{self.total:,} 条"),
            ("按等级", counts(self.by_level)),
            ("按整改状态", counts(self.by_status)),
            ("已销号率", rate),
            ("逾期未整改", f"{self.overdue:,} 条"),
            ("挂牌督办", f"{self.listed:,} 条"),
            ("整改资金合计", funds),
        ]


# The drafts rule as the ledger states it (domain.monthly.DRAFTS_RULE is the reports' wording).
LEDGER_NOTE = ("注：台账只列已登记入台账的隐患（与月报、汇总报告的统计口径一致）；导出时选择“含未登记入台账的隐患”的，"
               "范围一栏注明。整改状态、挂牌督办和逾期均为打印日期当日的情况。")
