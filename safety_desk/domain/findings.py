"""Hazards (隐患 / findings) and the five rectification fields (五落实).

A 重大 hazard, or any hazard not fixed on the spot (立即整改), is not properly ledgered until all five are set:
responsible unit and person, measures, funds, deadline, contingency plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

LEVEL_GENERAL, LEVEL_MAJOR = "一般", "重大"
LEVELS = (LEVEL_GENERAL, LEVEL_MAJOR)

MODE_IMMEDIATE, MODE_DEADLINE, MODE_SHUTDOWN = "立即整改", "限期整改", "停产整改"
MODES = (MODE_IMMEDIATE, MODE_DEADLINE, MODE_SHUTDOWN)

# Lifecycle states; the lifecycle issue adds the transitions between them.
STATUS_PENDING, STATUS_IN_PROGRESS, STATUS_AWAITING_REVIEW, STATUS_CLOSED = "待整改", "整改中", "待复查", "已销号"
STATUSES = (STATUS_PENDING, STATUS_IN_PROGRESS, STATUS_AWAITING_REVIEW, STATUS_CLOSED)

# (field, label) of the five fields, in the order of the ledger's columns.
FIVE_FIELDS: tuple[tuple[str, str], ...] = (
    ("responsibility", "责任（整改责任单位和责任人）"),
    ("measures", "措施（整改措施）"),
    ("funds", "资金（整改资金）"),
    ("deadline", "时限（整改时限）"),
    ("contingency_plan", "预案（应急预案）"),
)

MAX_FUNDS_FEN = 10**15  # a sanity cap far above any rectification budget


@dataclass
class FiveFields:
    responsible_unit: str = ""
    responsible_person: str = ""
    measures: str = ""
    funds_fen: int | None = None  # yuan × 100, exact
    deadline: date | None = None
    contingency_plan: str = ""

    def missing(self) -> list[str]:
        """Labels of the five fields not yet set."""
        set_ = {
            "responsibility": bool(self.responsible_unit.strip() and self.responsible_person.strip()),
            "measures": bool(self.measures.strip()),
            "funds": self.funds_fen is not None,
            "deadline": self.deadline is not None,
            "contingency_plan": bool(self.contingency_plan.strip()),
        }
        return [label for key, label in FIVE_FIELDS if not set_[key]]


def needs_five_fields(level: str, mode: str) -> bool:
    """A major hazard, or any hazard not fixed on the spot, needs all five fields before it enters the ledger."""
    return level == LEVEL_MAJOR or mode != MODE_IMMEDIATE


def parse_funds(text: str) -> int | None:
    """Yuan as typed ("12,500.5", "１２５００元") → fen; None for empty. ValueError with a message otherwise."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace("元", "").replace("￥", "").replace("¥", "")
    cleaned = cleaned.translate(str.maketrans("０１２３４５６７８９．－", "0123456789.-"))
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"整改资金应为金额（元），而不是 “{text.strip()}”") from None
    if not value.is_finite():
        raise ValueError(f"整改资金应为金额（元），而不是 “{text.strip()}”")
    if value < 0:
        raise ValueError("整改资金不能为负数")
    # Check the size before rounding: Decimal("1e400").quantize() raises instead of answering.
    if value * 100 > MAX_FUNDS_FEN:
        raise ValueError("整改资金数额过大")
    if value != value.quantize(Decimal("0.01")):
        raise ValueError("整改资金最多精确到分（两位小数）")
    fen = int(value * 100)
    return fen


def format_funds(fen: int | None) -> str:
    """Fen → "12,500.50" (yuan); empty for None."""
    if fen is None:
        return ""
    return f"{Decimal(fen) / 100:,.2f}"


def deadline_problem(deadline: date | None, found: date) -> str | None:
    if deadline is not None and deadline < found:
        return f"整改时限 {deadline.isoformat()} 早于发现日期 {found.isoformat()}"
    return None


def is_overdue(deadline: date | None, status: str, today: date) -> bool:
    """Derived, never stored: the deadline has passed and the hazard is not written off."""
    return deadline is not None and deadline < today and status != STATUS_CLOSED


@dataclass
class Finding:
    """A hazard as recorded, with the snapshot of the check point it came from and the five fields."""

    id: str
    enterprise_id: str
    found_date: date
    level: str = LEVEL_GENERAL
    rectification_mode: str = MODE_DEADLINE
    status: str = STATUS_PENDING
    description: str = ""
    location: str = ""
    three_violations: bool = False
    campaign_id: str | None = None
    inspection_id: str | None = None
    point_id: str | None = None
    template_title: str = ""
    item_heading: str = ""
    point_text: str = ""
    basis: str = ""
    disposal_basis: str = ""
    requirement: str = ""
    five: FiveFields = None  # type: ignore[assignment]
    ledger_entered: bool = False

    def __post_init__(self) -> None:
        if self.five is None:
            self.five = FiveFields()

    def missing_for_ledger(self) -> list[str]:
        """What stops this hazard from entering the ledger (empty when it may)."""
        missing = [] if self.description.strip() else ["隐患描述"]
        if needs_five_fields(self.level, self.rectification_mode):
            missing += self.five.missing()
        return missing


MAX_TEXT = 20_000  # every text field of the hazard form


def _day(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def finding_problems(row: dict) -> dict[str, str]:
    """Field → message for a stored hazard's consistency (the form and the package import alike): the deadline and
    the write-off date not before the hazard was found, a write-off date exactly when written off, the lifecycle
    only for a hazard in the ledger, and a ledgered hazard keeping its five fields. Values are stored columns whose
    types were checked (``domain.record_kinds``)."""
    problems: dict[str, str] = {}
    found = _day(row.get("found_date"))
    deadline = _day(row.get("deadline"))
    if found is not None:
        why = deadline_problem(deadline, found)
        if why:
            problems["deadline"] = why
    closed_on = _day(row.get("closed_on"))
    status = row.get("status")
    if status == STATUS_CLOSED and closed_on is None:
        problems["closed_on"] = "已销号的隐患须有销号日期"
    elif status != STATUS_CLOSED and (closed_on is not None or row.get("closed_by")):
        problems["closed_on"] = f"状态为“{status}”的隐患不应有销号日期"
    elif closed_on is not None and found is not None and closed_on < found:
        problems["closed_on"] = f"销号日期 {closed_on.isoformat()} 早于发现日期 {found.isoformat()}"
    ledgered = bool(row.get("ledger_entered_at"))
    if status not in (None, STATUS_PENDING) and not ledgered:
        problems["status"] = f"未登记入台账的隐患不能处于“{status}”状态"
    if ledgered and found is not None:
        finding = Finding(
            id=row.get("id") or "", enterprise_id=row.get("enterprise_id") or "", found_date=found,
            level=row.get("level") or LEVEL_GENERAL, rectification_mode=row.get("rectification_mode") or MODE_DEADLINE,
            description=row.get("description") or "",
            five=FiveFields(responsible_unit=row.get("responsible_unit") or "",
                            responsible_person=row.get("responsible_person") or "",
                            measures=row.get("measures") or "", funds_fen=row.get("funds_fen"), deadline=deadline,
                            contingency_plan=row.get("contingency_plan") or ""))
        missing = finding.missing_for_ledger()
        if missing:
            problems["ledger_entered_at"] = "已入台账的隐患须保持五落实完整，缺：" + "、".join(missing)
    return problems
