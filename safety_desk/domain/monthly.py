"""Monthly report figures (月报): what streets and departments send the committee office before the 20th.

``MonthlyFigures`` holds one period's counts; ``figure_table`` lays them out in the report's order as typed lines
(counts, money in fen, rates as fractions), so the PDF prints them as text and the xlsx stores them as numbers, and
the district roll-up prints the same columns. ``report_period`` turns "2019-08" into dates: the calendar month,
or — when the office counts up to the 20th (a setting) — the 21st of the month before to the 20th.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from safety_desk.domain.inspections import PHASES
from safety_desk.domain.money import yuan_text


@dataclass
class MonthlyFigures:
    inspected_by_phase: dict[str, int] = field(default_factory=dict)  # distinct enterprises per phase
    enterprises_inspected: int = 0
    inspections: int = 0
    inspector_turnouts: int = 0
    hazards_general: int = 0
    hazards_major: int = 0
    rectified_general: int = 0  # of those found in the period, written off by its end
    rectified_major: int = 0
    majors_listed: int = 0
    majors_five_fields: int = 0
    funds_fen: int = 0
    cases: int = 0
    fines: int = 0
    fines_fen: int = 0
    stop_orders: int = 0
    closures: int = 0
    judicial_transfers: int = 0
    illegal_found: int = 0
    illegal_stopped: int = 0
    accidents: int = 0
    accident_deaths: int = 0
    # 线索 (issue 17): received, found true, cases opened from them, complainants answered by the due date
    leads_received: int = 0
    leads_true: int = 0
    lead_cases: int = 0
    leads_replied_in_time: int = 0
    drafts: int = 0  # found in the period, not entered in the ledger: not counted above (DRAFTS_RULE)
    drafts_major: int = 0

    @property
    def hazards(self) -> int:
        return self.hazards_general + self.hazards_major

    @property
    def rectified(self) -> int:
        return self.rectified_general + self.rectified_major


@dataclass(frozen=True)
class MonthlyReport:
    campaign_name: str
    unit: str  # "" for the district
    unit_kind: str
    issuing_unit: str = field(default="", kw_only=True)  # 填报单位 as printed (the unit setting), "" when unset
    month: str  # YYYY-MM
    start: date
    end: date
    current: MonthlyFigures
    previous: MonthlyFigures
    cumulative: MonthlyFigures  # campaign start → end of the month


# Every report counts hazards entered in the ledger (登记入台账) only, as the ledger itself does; drafts are one
# separate line. Printed as the footnote of every report and stated in the README.
DRAFTS_RULE = ("注：隐患数字只统计已登记入台账的隐患，与隐患台账一致；尚未登记入台账的隐患草稿不计入，"
               "另列“未登记入台账的隐患草稿”一行备查。")

COUNT, MONEY, RATE, TEXT = "count", "money", "rate", "text"


@dataclass(frozen=True)
class FigureLine:
    """One line of the report: counts are ints, money is in fen (int), rates are fractions (None: nothing to rate)."""

    label: str
    kind: str
    values: tuple[object, ...]


def rate_value(done: int, total: int) -> float | None:
    return done / total if total else None


def rate(done: int, total: int) -> str:
    return f"{done / total * 100:.1f}%" if total else "—"


def value_text(kind: str, value: object) -> str:
    """A typed value as the PDF prints it."""
    if value is None:
        return "—"
    if kind == MONEY:
        return yuan_text(value)  # type: ignore[arg-type]
    if kind == RATE:
        return f"{value * 100:.1f}%"  # type: ignore[operator]
    return str(value)


# (label, kind, value of a MonthlyFigures); the report's lines in order. The per-phase lines follow the first.
FIGURE_ROWS: tuple[tuple[str, str, Callable[[MonthlyFigures], object]], ...] = (
    ("检查企业数（家）", COUNT, lambda f: f.enterprises_inspected),
    ("检查次数", COUNT, lambda f: f.inspections),
    ("出动检查人员（人次）", COUNT, lambda f: f.inspector_turnouts),
    ("发现隐患（项）", COUNT, lambda f: f.hazards),
    ("其中一般隐患", COUNT, lambda f: f.hazards_general),
    ("其中重大隐患", COUNT, lambda f: f.hazards_major),
    ("已整改（项）", COUNT, lambda f: f.rectified),
    ("整改率", RATE, lambda f: rate_value(f.rectified, f.hazards)),
    ("一般隐患整改率", RATE, lambda f: rate_value(f.rectified_general, f.hazards_general)),
    ("重大隐患整改率", RATE, lambda f: rate_value(f.rectified_major, f.hazards_major)),
    ("重大隐患挂牌督办（项）", COUNT, lambda f: f.majors_listed),
    ("重大隐患五落实到位（项）", COUNT, lambda f: f.majors_five_fields),
    ("整改资金（元）", MONEY, lambda f: f.funds_fen),
    ("立案查处（起）", COUNT, lambda f: f.cases),
    ("罚款（次）", COUNT, lambda f: f.fines),
    ("罚款金额（元）", MONEY, lambda f: f.fines_fen),
    ("责令停产停业整顿（家）", COUNT, lambda f: f.stop_orders),
    ("关闭取缔（家）", COUNT, lambda f: f.closures),
    ("移送司法机关（起）", COUNT, lambda f: f.judicial_transfers),
    ("发现非法生产经营（处）", COUNT, lambda f: f.illegal_found),
    ("其中已有效制止（处）", COUNT, lambda f: f.illegal_stopped),
    ("生产安全事故（起）", COUNT, lambda f: f.accidents),
    ("事故死亡（人）", COUNT, lambda f: f.accident_deaths),
    ("受理线索（条）", COUNT, lambda f: f.leads_received),
    ("其中核查属实（条）", COUNT, lambda f: f.leads_true),
    ("线索立案查处（起）", COUNT, lambda f: f.lead_cases),
    ("按期答复反映人（条）", COUNT, lambda f: f.leads_replied_in_time),
    ("未登记入台账的隐患草稿（项，不计入上列数字）", COUNT, lambda f: f.drafts),
    ("其中重大隐患草稿", COUNT, lambda f: f.drafts_major),
)
_KINDS = {label: kind for label, kind, _ in FIGURE_ROWS}
_VALUES = {label: value for label, _, value in FIGURE_ROWS}

# The district roll-up's columns: one row per unit, the month's main figures.
ROLLUP_COLUMNS = ("检查企业数（家）", "出动检查人员（人次）", "发现隐患（项）", "其中重大隐患", "已整改（项）", "整改率",
                  "重大隐患挂牌督办（项）", "整改资金（元）", "立案查处（起）", "罚款金额（元）", "责令停产停业整顿（家）",
                  "发现非法生产经营（处）", "其中已有效制止（处）", "生产安全事故（起）")


def figure_table(*columns: MonthlyFigures) -> list[FigureLine]:
    """The report's lines for one or more figure sets side by side (this month, last month, cumulative)."""
    lines = []
    phases = _phase_order(columns)
    for n, (label, kind, value) in enumerate(FIGURE_ROWS):
        lines.append(FigureLine(label, kind, tuple(value(f) for f in columns)))
        if n == 0:
            lines += [FigureLine(f"其中{p}（家）", COUNT, tuple(f.inspected_by_phase.get(p, 0) for f in columns))
                      for p in phases]
    return lines


def _phase_order(columns: tuple[MonthlyFigures, ...]) -> list[str]:
    seen = {p for f in columns for p in f.inspected_by_phase}
    return [p for p in PHASES if p in seen] + sorted(seen - set(PHASES))


def figure_lines(f: MonthlyFigures) -> list[tuple[str, str]]:
    """(label, value as printed) of one figure set."""
    return [(line.label, value_text(line.kind, line.values[0])) for line in figure_table(f)]


def rollup_kinds() -> list[str]:
    return [_KINDS[c] for c in ROLLUP_COLUMNS]


def rollup_values(f: MonthlyFigures) -> list[object]:
    """The roll-up row of one unit, typed (see ``FigureLine``)."""
    return [_VALUES[c](f) for c in ROLLUP_COLUMNS]


def rollup_cells(f: MonthlyFigures) -> list[str]:
    return [value_text(k, v) for k, v in zip(rollup_kinds(), rollup_values(f))]


def parse_month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(p) for p in text.strip().split("-"))
        date(year, month, 1)
    except ValueError:
        raise ValueError(f"月份应为 YYYY-MM，而不是 “{text}”") from None
    return year, month


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def report_period(year: int, month: int, *, cutoff_day: int | None = None) -> tuple[date, date]:
    """The dates the month's report covers. ``cutoff_day`` None: the calendar month; 20: the 21st of the month
    before to the 20th of this month (an office that sends its report on the 20th counts up to it)."""
    if cutoff_day is None:
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)
    py, pm = previous_month(year, month)
    return date(py, pm, cutoff_day) + timedelta(days=1), date(year, month, cutoff_day)
