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
from safety_desk.services.lead_stats import lead_figures
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
    db, ef = store.db, _ent_filter(kind)
    p = {"unit": unit, "start": start.isoformat(), "end": end.isoformat(), "campaign": campaign_id}
    camp = " and i.campaign_id = :campaign" if campaign_id else ""
    f = MonthlyFigures()
    ins = (f"from inspections i join enterprises e on e.id = i.enterprise_id "
           f"where i.inspection_date between :start and :end{camp}{ef}")
    by_phase = dict(db.execute(f"select i.phase, count(distinct i.enterprise_id) {ins} group by i.phase", p))
    f.inspected_by_phase = {ph: by_phase[ph] for ph in (*PHASES, *sorted(set(by_phase) - set(PHASES)))
                            if ph in by_phase}
    f.enterprises_inspected, f.inspections = db.execute(
        f"select count(distinct i.enterprise_id), count(*) {ins}", p).fetchone()
    f.inspector_turnouts = db.execute(
        f"select count(*) from inspection_inspectors ii join inspections i on i.id = ii.inspection_id "
        f"join enterprises e on e.id = i.enterprise_id where i.inspection_date between :start and :end{camp}{ef}",
        p).fetchone()[0]
    fcamp = " and h.campaign_id = :campaign" if campaign_id else ""
    fcamp_all = fcamp
    fcamp += f" and {LEDGERED}"
    for level, total, closed, funds, five in db.execute(
            "select h.level, count(*), sum(h.status = :closed and h.closed_on <= :end), sum(coalesce(h.funds_fen, 0)), "
            "sum(coalesce(h.responsible_unit, '') != '' and coalesce(h.responsible_person, '') != '' "
            "and coalesce(h.measures, '') != '' and h.funds_fen is not null and h.deadline is not null "
            "and coalesce(h.contingency_plan, '') != '') "
            f"from findings h join enterprises e on e.id = h.enterprise_id where "
            f"h.found_date between :start and :end{fcamp}{ef} group by h.level", {**p, "closed": STATUS_CLOSED}):
        f.funds_fen += funds or 0
        if level == LEVEL_MAJOR:
            f.hazards_major, f.rectified_major, f.majors_five_fields = total, closed or 0, five or 0
        else:
            f.hazards_general += total
            f.rectified_general += closed or 0
    f.drafts, f.drafts_major = (v or 0 for v in db.execute(
        "select count(*), sum(h.level = :major) from findings h join enterprises e on e.id = h.enterprise_id "
        f"where h.found_date between :start and :end and h.ledger_entered_at is null{fcamp_all}{ef}",
        {**p, "major": LEVEL_MAJOR}).fetchone())
    f.majors_listed = db.execute(
        "select count(distinct l.finding_id) from listings l join findings h on h.id = l.finding_id "
        f"join enterprises e on e.id = h.enterprise_id where l.listed_on between :start and :end{fcamp}{ef}",
        p).fetchone()[0]
    counts = dict(db.execute(
        "select a.kind, count(*) from enforcement_actions a join enterprises e on e.id = a.enterprise_id "
        f"where a.decided_on between :start and :end{ef} group by a.kind", p))
    f.cases, f.fines = counts.get(KIND_CASE, 0), counts.get(KIND_FINE, 0)
    f.stop_orders, f.closures = counts.get(KIND_SUSPEND, 0), counts.get(KIND_CLOSE, 0)
    f.judicial_transfers = counts.get(KIND_JUDICIAL, 0)
    f.fines_fen = db.execute(
        "select coalesce(sum(a.amount_fen), 0) from enforcement_actions a join enterprises e on e.id = a.enterprise_id "
        f"where a.kind = :fine and a.decided_on between :start and :end{ef}", {**p, "fine": KIND_FINE}).fetchone()[0]
    of = {KIND_STREET: " and street = :unit", KIND_DEPARTMENT: " and responsible_department = :unit",
          KIND_DISTRICT: ""}[kind]
    f.illegal_found, f.illegal_stopped = (v or 0 for v in db.execute(
        "select count(*), sum(stopped = 1 and stopped_on <= :end) from illegal_operations "
        f"where found_on between :start and :end{of}", p).fetchone())
    af = {KIND_STREET: " and a.street = :unit", KIND_DEPARTMENT: " and e.lead_department = :unit",
          KIND_DISTRICT: ""}[kind]
    f.accidents, f.accident_deaths = (v or 0 for v in db.execute(
        "select count(*), sum(a.deaths) from accidents a left join enterprises e on e.id = a.enterprise_id "
        f"where a.occurred_on between :start and :end{af}", p).fetchone())
    leads = lead_figures(store=store, kind=kind, unit=unit, start=start, end=end)
    f.leads_received, f.leads_true = leads.received, leads.found_true
    f.lead_cases, f.leads_replied_in_time = leads.cases, leads.replied_in_time
    return f


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
    cutoff_day = cutoff_setting(store=store) if cutoff_day is None else (cutoff_day or None)
    try:
        year, mon = parse_month(month)
    except ValueError as e:
        raise UserError(str(e)) from None
    kind = unit_kind(store=store, unit=unit)
    cid, name, campaign_start, _ = resolve_campaign(store=store, campaign=campaign)
    start, end = report_period(year, mon, cutoff_day=cutoff_day)
    pstart, pend = report_period(*previous_month(year, mon), cutoff_day=cutoff_day)
    args = dict(store=store, kind=kind, unit=unit or "", campaign_id=cid)
    filer = current_unit(store=store).name if issuing_unit is None else issuing_unit.strip()
    return MonthlyReport(campaign_name=name, unit=unit or "", unit_kind=kind, month=f"{year:04d}-{mon:02d}",
                         issuing_unit=filer,
                         start=start, end=end, current=figures(start=start, end=end, **args),
                         previous=figures(start=pstart, end=pend, **args),
                         cumulative=figures(start=campaign_start, end=end, **args))


def district_rollup(*, store: Store, month: str, campaign: str | None = None, cutoff_day: int | None = None,
                    issuing_unit: str | None = None) -> list[MonthlyReport]:
    """One report per street, then per department, then the district as a whole (last)."""
    streets, depts = units(store=store)
    return [monthly_report(store=store, month=month, unit=u, campaign=campaign, cutoff_day=cutoff_day,
                           issuing_unit=issuing_unit) for u in (*streets, *depts, None)]


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
