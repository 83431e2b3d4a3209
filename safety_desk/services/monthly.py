"""Monthly report (月报) figures for a street or a department and a month: the month, the month before, and the
cumulative figures since the campaign began; and the district roll-up with every street and department.

    report = monthly_report(store=s, month="2019-08", unit="泺口街道")
    report.current.hazards_major, report.cumulative.funds_fen

A unit is a street (enterprises' street) or a department (enterprises' lead department, or the department named on
an illegal operation); None is the whole district. Hazards count when found and entered in the ledger, as the
ledger shows them (``DRAFTS_RULE``); drafts found in the period are a separate line, so a major still without its
five fields shows up there. States are as of the period's end: a hazard written off after it counts as open.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from safety_desk.domain.enforcement import KIND_CASE, KIND_CLOSE, KIND_FINE, KIND_JUDICIAL, KIND_SUSPEND
from safety_desk.domain.findings import LEVEL_MAJOR, STATUS_CLOSED
from safety_desk.domain.inspections import PHASES
from safety_desk.domain.monthly import MonthlyFigures, MonthlyReport, parse_month, previous_month, report_period
from safety_desk.errors import UserError
from safety_desk.reports.monthly_pdf import write_monthly_pdf, write_rollup_pdf
from safety_desk.reports.monthly_xlsx import write_monthly_xlsx, write_rollup_xlsx
from safety_desk.reports.text_safety import recording_replacements
from safety_desk.services.exports import ExportResult, export_kind, atomic_output
from safety_desk.services.issuing_unit import current_unit
from safety_desk.services.veto import resolve_campaign
from safety_desk.services.lead_stats import lead_figures_by_unit
from safety_desk.store.database import Store

KIND_STREET, KIND_DEPARTMENT, KIND_DISTRICT = "街道", "部门", "全区"
LEDGERED = "h.ledger_entered_at is not null"  # the drafts rule (domain.monthly.DRAFTS_RULE), over ``findings h``


def units(*, store: Store) -> tuple[list[str], list[str]]:
    """(streets, departments) known to the registers, sorted."""
    db = store.db
    streets = {r[0] for r in db.execute("select distinct street from enterprises where coalesce(street, '') != ''")}
    streets |= {r[0] for r in db.execute("select distinct street from illegal_operations where street != ''")}
    depts = {r[0] for r in db.execute(
        "select distinct lead_department from enterprises where coalesce(lead_department, '') != ''")}
    depts |= {r[0] for r in db.execute("select distinct responsible_department from illegal_operations "
                                       "where coalesce(responsible_department, '') != ''")}
    return sorted(streets), sorted(depts)


def unit_kind(*, store: Store, unit: str | None) -> str:
    if not unit:
        return KIND_DISTRICT
    streets, depts = units(store=store)
    if unit in streets:
        return KIND_STREET
    if unit in depts:
        return KIND_DEPARTMENT
    raise UserError(f"“{unit}” 既不是已登记的街道，也不是已登记的牵头部门")


def _ent_filter(kind: str, alias: str = "e") -> str:
    return {KIND_STREET: f" and {alias}.street = :unit", KIND_DEPARTMENT: f" and {alias}.lead_department = :unit",
            KIND_DISTRICT: ""}[kind]


def figures(*, store: Store, kind: str, unit: str, start: date, end: date, campaign_id: str | None = None
            ) -> MonthlyFigures:
    """The figures of [start, end] for a unit (kind from ``unit_kind``)."""
    parts = figures_by_unit(store=store, kind=kind, unit=unit, start=start, end=end, campaign_id=campaign_id)
    return _total(parts.values())


Pair = tuple[str | None, str | None]  # (street, department) a counted row belongs to


def figures_by_unit(*, store: Store, start: date, end: date, campaign_id: str | None = None,
                    kind: str = KIND_DISTRICT, unit: str = "") -> dict[Pair, MonthlyFigures]:
    """The figures of [start, end] of a unit (all of the district by default), split by the (street, department)
    each counted row belongs to: an inspection, hazard or action its enterprise's street and lead department, an
    illegal operation, accident or lead its own (as the unit filters read them). Every row has exactly one pair and
    an enterprise one street and one department, so a unit's figures are the sum of its pairs' — distinct
    enterprises included — and the district roll-up reads every unit's figures in one query per figure, where asking
    unit by unit read the whole campaign ~30 times over (issue 15: 100 s at 200,000 hazards).

    Rows of enterprises are counted per enterprise in SQL (from the covering indexes of m014: no hazard row read, no
    join per row) and summed per pair here; a row whose enterprise is not in the register counts nowhere, as the inner
    join of the per-unit queries had it."""
    db, ef = store.db, _ent_filter(kind)
    p = {"unit": unit, "start": start.isoformat(), "end": end.isoformat(), "campaign": campaign_id,
         "closed": STATUS_CLOSED, "major": LEVEL_MAJOR}
    pair_of: dict[str, Pair] = {eid: (street, dept) for eid, street, dept in db.execute(
        f"select e.id, e.street, e.lead_department from enterprises e where 1 = 1{ef}", p)}
    # one unit: its enterprises' rows only (the district: every row, no filter to test)
    of_unit = f" and {{0}}.enterprise_id in (select e.id from enterprises e where 1 = 1{ef})" if ef else ""
    parts: dict[Pair, MonthlyFigures] = {}

    def part(street: str | None, dept: str | None) -> MonthlyFigures:
        return parts.setdefault((street, dept), MonthlyFigures())

    def by_enterprise(sql: str):
        """(the figures of the enterprise's pair, the rest of the row) for rows of enterprises in the register."""
        for eid, *rest in db.execute(sql, p):
            if eid in pair_of:
                yield part(*pair_of[eid]), rest

    camp = " and i.campaign_id = :campaign" if campaign_id else ""
    seen: set[str] = set()
    for eid, phase, n, turnouts in db.execute(
            "select i.enterprise_id, i.phase, count(*), "
            "sum((select count(*) from inspection_inspectors ii where ii.inspection_id = i.id)) from inspections i "
            f"where i.inspection_date between :start and :end{camp}{of_unit.format('i')} group by 1, 2", p):
        if eid not in pair_of:
            continue
        f = part(*pair_of[eid])
        f.inspected_by_phase[phase] = f.inspected_by_phase.get(phase, 0) + 1  # distinct enterprises per phase
        if eid not in seen:
            seen.add(eid)
            f.enterprises_inspected += 1
        f.inspections += n
        f.inspector_turnouts += turnouts
    hcamp = " and h.campaign_id = :campaign" if campaign_id else ""
    found = f"h.found_date between :start and :end{hcamp}{of_unit.format('h')}"
    # Ledgered hazards by level, and drafts, in one pass (the drafts rule: domain.monthly.DRAFTS_RULE).
    for f, (major, ledgered, total, closed, funds) in by_enterprise(
            f"select h.enterprise_id, h.level = :major, {LEDGERED}, count(*), "
            "sum(h.status = :closed and h.closed_on <= :end), sum(coalesce(h.funds_fen, 0)) "
            f"from findings h where {found} group by 1, 2, 3"):
        if not ledgered:
            f.drafts += total
            f.drafts_major += total if major else 0
        elif major:
            f.hazards_major += total
            f.rectified_major += closed or 0
            f.funds_fen += funds
        else:
            f.hazards_general += total
            f.rectified_general += closed or 0
            f.funds_fen += funds
    for f, (five,) in by_enterprise(  # majors only: the five fields are read from the rows of majors alone
            f"select h.enterprise_id, count(*) from findings h where {found} and h.level = :major and {LEDGERED} "
            "and coalesce(h.responsible_unit, '') != '' and coalesce(h.responsible_person, '') != '' "
            "and coalesce(h.measures, '') != '' and h.funds_fen is not null and h.deadline is not null "
            "and coalesce(h.contingency_plan, '') != '' group by 1"):
        f.majors_five_fields += five
    # From the few listings of the period to their hazards: "cross join" keeps SQLite from walking every hazard of
    # the campaign (in enterprise order, to save the sort) and probing listings for each (3.6 s instead of 0.1 s).
    for f, (listed,) in by_enterprise(
            "select h.enterprise_id, count(distinct l.finding_id) from listings l cross join findings h "
            f"on h.id = l.finding_id where l.listed_on between :start and :end{hcamp} and {LEDGERED} group by 1"):
        f.majors_listed += listed
    for f, (action, n, amount) in by_enterprise(
            "select a.enterprise_id, a.kind, count(*), coalesce(sum(a.amount_fen), 0) from enforcement_actions a "
            f"where a.decided_on between :start and :end{of_unit.format('a')} group by 1, 2"):
        if action == KIND_CASE:
            f.cases += n
        elif action == KIND_FINE:
            f.fines, f.fines_fen = f.fines + n, f.fines_fen + amount
        elif action == KIND_SUSPEND:
            f.stop_orders += n
        elif action == KIND_CLOSE:
            f.closures += n
        elif action == KIND_JUDICIAL:
            f.judicial_transfers += n
    of = {KIND_STREET: " and street = :unit", KIND_DEPARTMENT: " and responsible_department = :unit",
          KIND_DISTRICT: ""}[kind]
    for street, dept, found_n, stopped in db.execute(
            "select street, responsible_department, count(*), sum(stopped = 1 and stopped_on <= :end) "
            f"from illegal_operations where found_on between :start and :end{of} group by 1, 2", p):
        f = part(street, dept)
        f.illegal_found, f.illegal_stopped = found_n, stopped or 0
    af = {KIND_STREET: " and a.street = :unit", KIND_DEPARTMENT: " and e.lead_department = :unit",
          KIND_DISTRICT: ""}[kind]
    for street, dept, accidents, deaths in db.execute(
            "select a.street, e.lead_department, count(*), sum(a.deaths) from accidents a "
            f"left join enterprises e on e.id = a.enterprise_id where a.occurred_on between :start and :end{af} "
            "group by 1, 2", p):
        f = part(street, dept)
        f.accidents, f.accident_deaths = accidents, deaths or 0
    for (street, dept), leads in lead_figures_by_unit(store=store, kind=kind, unit=unit, start=start,
                                                      end=end).items():
        f = part(street, dept)
        f.leads_received, f.leads_true = leads.received, leads.found_true
        f.lead_cases, f.leads_replied_in_time = leads.cases, leads.replied_in_time
    return parts


_COUNTS = tuple(name for name in MonthlyFigures.__dataclass_fields__ if name != "inspected_by_phase")


def _total(parts) -> MonthlyFigures:
    """The sum of some pairs' figures; phases in campaign order, then any others by name, as one query gave them."""
    total, by_phase = MonthlyFigures(), {}
    for f in parts:
        for name in _COUNTS:
            setattr(total, name, getattr(total, name) + getattr(f, name))
        for phase, n in f.inspected_by_phase.items():
            by_phase[phase] = by_phase.get(phase, 0) + n
    total.inspected_by_phase = {ph: by_phase[ph] for ph in (*PHASES, *sorted(set(by_phase) - set(PHASES)))
                                if ph in by_phase}
    return total


CUTOFF_KEY = "monthly_cutoff_day"


def cutoff_setting(*, store: Store) -> int | None:
    """The office's period rule: None counts calendar months; 20 counts the 21st of the month before to the 20th
    (offices that send the report by the 20th). Kept per computer, like the office's other preferences."""
    row = store.db.execute("select value from local_state where key = ?", [CUTOFF_KEY]).fetchone()
    return int(row[0]) if row and row[0] and row[0] != "0" else None


def set_cutoff_setting(*, store: Store, day: int | None) -> None:
    if day is not None and not 0 <= day <= 28:
        raise UserError("统计截止日应在 1 至 28 之间（0 表示按自然月）")
    with store.db.atomic():
        store.db["local_state"].upsert({"key": CUTOFF_KEY, "value": str(day or 0)}, pk="key")


def monthly_report(*, store: Store, month: str, unit: str | None = None, campaign: str | None = None,
                   cutoff_day: int | None = None, issuing_unit: str | None = None) -> MonthlyReport:
    """The month, the month before and the cumulative figures (campaign start → the month's end) of one unit.

    ``cutoff_day`` None follows the saved setting; 0 forces calendar months; 1–28 counts up to that day.
    ``issuing_unit`` (填报单位) None prints the unit setting's name.
    """
    kind = unit_kind(store=store, unit=unit)
    return _reports(store=store, month=month, units=[(unit or "", kind)], campaign=campaign, cutoff_day=cutoff_day,
                    issuing_unit=issuing_unit)[0]


def district_rollup(*, store: Store, month: str, campaign: str | None = None, cutoff_day: int | None = None,
                    issuing_unit: str | None = None) -> list[MonthlyReport]:
    """One report per street, then per department, then the district as a whole (last).

    A department named like a street is reported as that street, as ``monthly_report`` does."""
    streets, depts = units(store=store)
    named = [(u, KIND_STREET) for u in streets] + [(u, KIND_STREET if u in streets else KIND_DEPARTMENT)
                                                   for u in depts]
    return _reports(store=store, month=month, units=[*named, ("", KIND_DISTRICT)], campaign=campaign,
                    cutoff_day=cutoff_day, issuing_unit=issuing_unit)


def _reports(*, store: Store, month: str, units: list[tuple[str, str]], campaign: str | None,
             cutoff_day: int | None, issuing_unit: str | None) -> list[MonthlyReport]:
    """The reports of ``units`` ((unit, kind) pairs) for a month. One unit's figures are read for that unit alone;
    several units' are read for the whole district once per period and summed per unit (``figures_by_unit``)."""
    cutoff_day = cutoff_setting(store=store) if cutoff_day is None else (cutoff_day or None)
    try:
        year, mon = parse_month(month)
    except ValueError as e:
        raise UserError(str(e)) from None
    cid, name, campaign_start, _ = resolve_campaign(store=store, campaign=campaign)
    start, end = report_period(year, mon, cutoff_day=cutoff_day)
    pstart, pend = report_period(*previous_month(year, mon), cutoff_day=cutoff_day)
    filer = current_unit(store=store).name if issuing_unit is None else issuing_unit.strip()
    periods = ((start, end), (pstart, pend), (campaign_start, end))
    if len(units) == 1:
        [(unit, kind)] = units
        per_unit = [[figures(store=store, kind=kind, unit=unit, start=a, end=b, campaign_id=cid) for a, b in periods]]
    else:
        split = [figures_by_unit(store=store, start=a, end=b, campaign_id=cid) for a, b in periods]
        per_unit = [[_total(f for pair, f in parts.items() if _counts_for(pair, unit, kind)) for parts in split]
                    for unit, kind in units]
    return [MonthlyReport(campaign_name=name, unit=unit, unit_kind=kind, month=f"{year:04d}-{mon:02d}",
                          issuing_unit=filer, start=start, end=end, current=current, previous=previous,
                          cumulative=cumulative)
            for (unit, kind), (current, previous, cumulative) in zip(units, per_unit)]


def _counts_for(pair: Pair, unit: str, kind: str) -> bool:
    """Whether rows of a (street, department) pair count for a unit: the unit filters of ``figures_by_unit``."""
    return kind == KIND_DISTRICT or pair[0 if kind == KIND_STREET else 1] == unit


def export_monthly(*, store: Store, month: str, out_path: str | os.PathLike, unit: str | None = None,
                   campaign: str | None = None, cutoff_day: int | None = None, rollup: bool = False,
                   today: date | None = None, issuing_unit: str | None = None) -> ExportResult:
    """One unit's monthly report, or with ``rollup`` every street and department in one table; .pdf or .xlsx."""
    out = Path(out_path).expanduser()
    kind = export_kind(out, (".pdf", ".xlsx"), "月报")
    if rollup:
        reports = district_rollup(store=store, month=month, campaign=campaign, cutoff_day=cutoff_day,
                                  issuing_unit=issuing_unit)
        with atomic_output(out) as tmp, recording_replacements() as log:
            pages = (write_rollup_pdf(str(tmp), reports, printed_on=today) if kind == "pdf"
                     else write_rollup_xlsx(str(tmp), reports, printed_on=today) and None)
        return ExportResult(out, kind, rows=len(reports), pages=pages, replacements=log.report())
    report = monthly_report(store=store, month=month, unit=unit, campaign=campaign, cutoff_day=cutoff_day,
                            issuing_unit=issuing_unit)
    with atomic_output(out) as tmp, recording_replacements() as log:
        pages = (write_monthly_pdf(str(tmp), report, printed_on=today) if kind == "pdf"
                 else write_monthly_xlsx(str(tmp), report, printed_on=today) and None)
    return ExportResult(out, kind, rows=1, pages=pages, replacements=log.report())
