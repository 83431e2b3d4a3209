"""One-vote veto rules (一票否决) as data, and their evaluation over plain register records.

A rule set (forms/veto_rules/*.yaml, read by ``templates.veto_rules_format``) names, for each unit kind, its
situations; each situation has a condition over one register. ``evaluate`` returns every hit with the records that
prove it; ``dismissal_warnings`` applies 工作措施（六）: illegal enterprises found in one month and not stopped.

    hits = evaluate(rule_set, records, start=date(2019, 7, 15), end=date(2019, 10, 31))
    hits[0].unit, hits[0].situation.text, hits[0].evidence    # "药山街道", "发生非法生产经营事故的", ("2019-08-01 …",)

No I/O here: ``services.veto`` gathers the records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from safety_desk.domain.accidents import GRADES, Accident
from safety_desk.domain.money import yuan_text
from safety_desk.domain.veto_registers import BlacklistEntry, IllegalOperation

UNIT_DEPARTMENT, UNIT_STREET, UNIT_ENTERPRISE = "department", "street", "enterprise"
UNIT_KINDS = (UNIT_DEPARTMENT, UNIT_STREET, UNIT_ENTERPRISE)
UNIT_KIND_LABELS = {UNIT_DEPARTMENT: "负有直接监管责任的部门（单位）", UNIT_STREET: "街道",
                    UNIT_ENTERPRISE: "生产经营单位"}

REG_ACCIDENTS, REG_ILLEGAL, REG_LISTED, REG_BLACKLIST = "accidents", "illegal_operations", "listed_hazards", "blacklist"
REGISTERS = (REG_ACCIDENTS, REG_ILLEGAL, REG_LISTED, REG_BLACKLIST)
# Which unit kinds a register can name: an illegal operation has no registered enterprise behind it, and a listed
# hazard or a blacklist entry belongs to an enterprise only.
REGISTER_UNITS = {REG_ACCIDENTS: set(UNIT_KINDS), REG_ILLEGAL: {UNIT_DEPARTMENT, UNIT_STREET},
                  REG_LISTED: {UNIT_ENTERPRISE}, REG_BLACKLIST: {UNIT_ENTERPRISE}}
CAUSES = ("poor_rectification", "three_violations")


@dataclass(frozen=True)
class Condition:
    """What a register record must satisfy; ``min_count`` records of one unit make a hit."""

    register: str
    explosion: bool = False  # accidents: 爆燃 (explosion or deflagration)
    min_grade: str = ""  # accidents: at least this grade of 国务院令第493号
    min_deaths: int = 0
    illegal_production: bool = False
    causes: tuple[str, ...] = ()  # accidents: any of CAUSES
    misreported: bool = False  # accidents: 迟报/漏报/谎报/瞒报
    min_count: int = 1


@dataclass(frozen=True)
class Situation:
    key: str
    text: str
    condition: Condition


@dataclass(frozen=True)
class UnitRules:
    kind: str
    situations: tuple[Situation, ...]
    consequences: str


@dataclass(frozen=True)
class DismissalRule:
    """工作措施（六）: illegal enterprises found in one month, not stopped: street ≥ ``street``, district ≥ ``district``."""

    street: int
    district: int
    text: str


@dataclass(frozen=True)
class RuleSet:
    key: str
    title: str
    source: str
    units: tuple[UnitRules, ...]
    dismissal: DismissalRule | None = None


@dataclass(frozen=True)
class ListedHazard:
    """A major hazard under open listed supervision (挂牌督办), with what decides whether it is rectified."""

    finding_id: str
    enterprise_id: str
    enterprise_name: str
    description: str
    deadline: date | None
    status: str
    listing_level: str
    supervising_unit: str
    document_no: str
    listed_on: date
    overdue: bool  # not accepted after its deadline (lifecycle.veto_situation)


@dataclass
class VetoRecords:
    """The registers, read once; ``departments`` maps enterprise id → lead department (负有直接监管责任的部门)."""

    accidents: Sequence[Accident] = ()
    illegal_operations: Sequence[IllegalOperation] = ()
    listed_hazards: Sequence[ListedHazard] = ()
    blacklist: Sequence[BlacklistEntry] = ()
    departments: Mapping[str, str] = field(default_factory=dict)
    enterprise_names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class VetoHit:
    unit_kind: str
    unit: str
    situation: Situation
    consequences: str
    records: tuple[object, ...]
    evidence: tuple[str, ...]  # one Chinese line per record: dates, enterprises, accident figures


@dataclass(frozen=True)
class DismissalWarning:
    scope: str  # UNIT_STREET or "district"
    unit: str  # the street, or "全区"
    month: str  # YYYY-MM
    operations: tuple[IllegalOperation, ...]
    threshold: int
    text: str


@dataclass(frozen=True)
class VetoReport:
    """A rule set evaluated over a campaign: what the veto report prints."""

    rule_set: RuleSet
    campaign_name: str
    start: date
    end: date
    judged_on: date  # min(campaign end, today): when "not stopped" and "not rectified" are judged
    hits: tuple[VetoHit, ...]
    warnings: tuple[DismissalWarning, ...]
    # True leads left without a case, penalty or supervised rectification by their due date (失职渎职, issue 17)
    lead_warnings: tuple[str, ...] = ()


# --- conditions -------------------------------------------------------------------------------------------------


def accident_matches(c: Condition, a: Accident) -> bool:
    if c.explosion and not a.is_explosion:
        return False
    if c.min_grade and GRADES.index(a.grade) < GRADES.index(c.min_grade):
        return False
    if a.deaths < c.min_deaths:
        return False
    if c.illegal_production and not a.illegal_production:
        return False
    if c.causes and not any(getattr(a, f"cause_{cause}") for cause in c.causes):
        return False
    return not (c.misreported and not a.misreported)


def describe_accident(a: Accident, names: Mapping[str, str]) -> str:
    name = a.enterprise_name or names.get(a.enterprise_id or "", "") or "（非登记单位）"
    flags = [f for f, on in (("非法生产经营", a.illegal_production), ("整改不力", a.cause_poor_rectification),
                             ("三违", a.cause_three_violations)) if on]
    loss = f"，直接经济损失 {yuan_text(a.direct_loss_fen)} 元" if a.direct_loss_fen else ""
    return (f"{a.occurred_on.isoformat() if a.occurred_on else '—'} {a.street} {name} {a.accident_type}事故（{a.grade}），"
            f"死亡 {a.deaths} 人，重伤 {a.serious_injuries} 人{loss}"
            + (f"；{'、'.join(flags)}" if flags else "") + f"；{a.reporting}")


def describe_operation(op: IllegalOperation) -> str:
    who = op.enterprise_name or op.description or "（未具名）"
    dept = f"，监管部门 {op.responsible_department}" if op.responsible_department else ""
    return f"{op.found_on.isoformat() if op.found_on else '—'} {op.street} 发现非法生产经营：{who}{dept}；未有效制止"


def describe_listed(h: ListedHazard) -> str:
    deadline = h.deadline.isoformat() if h.deadline else "—"
    return (f"{h.enterprise_name} 重大隐患“{h.description}”{h.listed_on.isoformat()} 由{h.supervising_unit}"
            f"{h.listing_level}挂牌督办（{h.document_no}），整改时限 {deadline}，现为{h.status}")


def describe_blacklist(e: BlacklistEntry, names: Mapping[str, str]) -> str:
    until = f"至 {e.removed_on.isoformat()}" if e.removed_on else "至今"
    name = e.enterprise_name or names.get(e.enterprise_id, e.enterprise_id)
    return f"{name} {e.listed_on.isoformat() if e.listed_on else '—'} {until}列入黑名单：{e.reason}"


def _unit_of(kind: str, enterprise_id: str | None, street: str, departments: Mapping[str, str],
             names: Mapping[str, str], department: str = "") -> str:
    if kind == UNIT_STREET:
        return street
    if kind == UNIT_DEPARTMENT:
        return department or departments.get(enterprise_id or "", "")
    return names.get(enterprise_id or "", "") if enterprise_id else ""


def _candidates(kind: str, c: Condition, r: VetoRecords, start: date, end: date) -> list[tuple[str, object, str]]:
    """(unit, record, evidence line) for every record of the condition's register that satisfies it in the period."""
    names, out = r.enterprise_names, []
    if c.register == REG_ACCIDENTS:
        for a in r.accidents:
            if a.occurred_on and start <= a.occurred_on <= end and accident_matches(c, a):
                unit = _unit_of(kind, a.enterprise_id, a.street, r.departments, names)
                if kind == UNIT_ENTERPRISE and a.enterprise_id and not unit:
                    unit = a.enterprise_name
                out.append((unit, a, describe_accident(a, names)))
    elif c.register == REG_ILLEGAL:
        for op in r.illegal_operations:
            if op.found_on and start <= op.found_on <= end and op.open_on(end):
                unit = op.street if kind == UNIT_STREET else op.responsible_department
                out.append((unit, op, describe_operation(op)))
    elif c.register == REG_LISTED:
        out = [(h.enterprise_name, h, describe_listed(h)) for h in r.listed_hazards if h.overdue]
    elif c.register == REG_BLACKLIST:
        for e in r.blacklist:
            if e.listed_on and e.listed_on <= end and (e.removed_on is None or e.removed_on > start):
                out.append((e.enterprise_name or names.get(e.enterprise_id, ""), e, describe_blacklist(e, names)))
    return [x for x in out if x[0]]  # a record that names no unit of this kind cannot veto one


def evaluate(rule_set: RuleSet, records: VetoRecords, *, start: date, end: date) -> list[VetoHit]:
    """Every (unit, situation) hit in [start, end], by unit kind in the rule set's order, then unit name.

    ``end`` is also the day on which "not stopped" and "not rectified" are judged: pass min(period end, today).
    """
    hits: list[VetoHit] = []
    for unit_rules in rule_set.units:
        kind_hits = []
        for situation in unit_rules.situations:
            grouped: dict[str, list[tuple[object, str]]] = {}
            for unit, record, line in _candidates(unit_rules.kind, situation.condition, records, start, end):
                grouped.setdefault(unit, []).append((record, line))
            for unit, found in grouped.items():
                if len(found) >= situation.condition.min_count:
                    kind_hits.append(VetoHit(unit_rules.kind, unit, situation, unit_rules.consequences,
                                             tuple(r for r, _ in found), tuple(line for _, line in found)))
        kind_hits.sort(key=lambda h: h.unit)
        hits.extend(kind_hits)
    return hits


def month_end(year: int, month: int) -> date:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(first_of_next.toordinal() - 1)


def dismissal_warnings(rule: DismissalRule | None, operations: Sequence[IllegalOperation], *, start: date,
                       end: date) -> list[DismissalWarning]:
    """Per calendar month of [start, end]: streets with ≥ rule.street, and the district with ≥ rule.district,
    illegal operations found that month and still not stopped at the month's end (or ``end``, if earlier)."""
    if rule is None:
        return []
    by_month: dict[str, list[IllegalOperation]] = {}
    for op in operations:
        if op.found_on and start <= op.found_on <= end:
            judged = min(month_end(op.found_on.year, op.found_on.month), end)
            if op.open_on(judged):
                by_month.setdefault(op.found_on.strftime("%Y-%m"), []).append(op)
    warnings = []
    for month in sorted(by_month):
        ops = by_month[month]
        streets: dict[str, list[IllegalOperation]] = {}
        for op in ops:
            streets.setdefault(op.street, []).append(op)
        for street in sorted(streets):
            if len(streets[street]) >= rule.street:
                warnings.append(DismissalWarning(UNIT_STREET, street, month, tuple(streets[street]), rule.street,
                                                 rule.text))
        if len(ops) >= rule.district:
            warnings.append(DismissalWarning("district", "全区", month, tuple(ops), rule.district, rule.text))
    return warnings
