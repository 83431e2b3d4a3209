"""Monthly report figures (月报): what streets and departments send the committee office before the 20th.

``MonthlyFigures`` holds one period's counts; ``FIGURE_ROWS`` names them in the report's order, so the PDF, the
xlsx and the district roll-up print the same lines. ``report_period`` turns "2019-08" into dates: the calendar month,
or — when the office counts up to the 20th (a setting) — the 21st of the month before to the 20th.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

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
    month: str  # YYYY-MM
    start: date
    end: date
    current: MonthlyFigures
    previous: MonthlyFigures
    cumulative: MonthlyFigures  # campaign start → end of the month


def rate(done: int, total: int) -> str:
    return f"{done / total * 100:.1f}%" if total else "—"


def _phases(f: MonthlyFigures) -> str:
    return "；".join(f"{p} {n}" for p, n in f.inspected_by_phase.items()) or "—"


# (label, value as text); the report's lines, in order.
FIGURE_ROWS: tuple[tuple[str, object], ...] = (
    ("检查企业数（家）", lambda f: str(f.enterprises_inspected)),
    ("其中按阶段（家）", _phases),
    ("检查次数", lambda f: str(f.inspections)),
    ("出动检查人员（人次）", lambda f: str(f.inspector_turnouts)),
    ("发现隐患（项）", lambda f: str(f.hazards)),
    ("其中一般隐患", lambda f: str(f.hazards_general)),
    ("其中重大隐患", lambda f: str(f.hazards_major)),
    ("已整改（项）", lambda f: str(f.rectified)),
    ("整改率", lambda f: rate(f.rectified, f.hazards)),
    ("一般隐患整改率", lambda f: rate(f.rectified_general, f.hazards_general)),
    ("重大隐患整改率", lambda f: rate(f.rectified_major, f.hazards_major)),
    ("重大隐患挂牌督办（项）", lambda f: str(f.majors_listed)),
    ("重大隐患五落实到位（项）", lambda f: str(f.majors_five_fields)),
    ("整改资金（元）", lambda f: yuan_text(f.funds_fen)),
    ("立案查处（起）", lambda f: str(f.cases)),
    ("罚款（次）", lambda f: str(f.fines)),
    ("罚款金额（元）", lambda f: yuan_text(f.fines_fen)),
    ("责令停产停业整顿（家）", lambda f: str(f.stop_orders)),
    ("关闭取缔（家）", lambda f: str(f.closures)),
    ("移送司法机关（起）", lambda f: str(f.judicial_transfers)),
    ("发现非法生产经营（处）", lambda f: str(f.illegal_found)),
    ("其中已有效制止（处）", lambda f: str(f.illegal_stopped)),
    ("生产安全事故（起）", lambda f: str(f.accidents)),
    ("事故死亡（人）", lambda f: str(f.accident_deaths)),
    ("受理线索（条）", lambda f: str(f.leads_received)),
    ("其中核查属实（条）", lambda f: str(f.leads_true)),
    ("线索立案查处（起）", lambda f: str(f.lead_cases)),
    ("按期答复反映人（条）", lambda f: str(f.leads_replied_in_time)),
)

# The district roll-up's columns: one row per unit, the month's main figures.
ROLLUP_COLUMNS = ("检查企业数（家）", "出动检查人员（人次）", "发现隐患（项）", "其中重大隐患", "已整改（项）", "整改率",
                  "重大隐患挂牌督办（项）", "整改资金（元）", "立案查处（起）", "罚款金额（元）", "责令停产停业整顿（家）",
                  "发现非法生产经营（处）", "其中已有效制止（处）", "生产安全事故（起）")


def figure_lines(f: MonthlyFigures) -> list[tuple[str, str]]:
    return [(label, value(f)) for label, value in FIGURE_ROWS]  # type: ignore[operator]


def rollup_cells(f: MonthlyFigures) -> list[str]:
    values = dict(figure_lines(f))
    return [values[c] for c in ROLLUP_COLUMNS]


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
