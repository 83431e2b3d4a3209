"""The monthly figures as they were computed before issue 15's district scale: every figure one query per unit and
period, in the plainest SQL. Kept as the oracle of tests/services/test_monthly_rollup.py, which checks that the
set-based roll-up (services.monthly.figures_by_unit) gives the same numbers; not used by the app."""

from __future__ import annotations

from datetime import date

from safety_desk.domain.enforcement import KIND_CASE, KIND_CLOSE, KIND_FINE, KIND_JUDICIAL, KIND_SUSPEND
from safety_desk.domain.findings import LEVEL_MAJOR, STATUS_CLOSED
from safety_desk.domain.inspections import PHASES
from safety_desk.domain.leads import TRUE_FINDINGS
from safety_desk.domain.monthly import MonthlyFigures
from safety_desk.services.lead_stats import LeadFigures
from safety_desk.services.monthly import KIND_DEPARTMENT, KIND_DISTRICT, KIND_STREET, LEDGERED, _ent_filter
from safety_desk.store.database import Store


_UNIT = {KIND_STREET: " and coalesce(nullif(l.street, ''), e.street, '') = :unit",
         KIND_DEPARTMENT: " and coalesce(nullif(l.department, ''), e.lead_department, '') = :unit",
         KIND_DISTRICT: ""}


def reference_lead_figures(*, store: Store, kind: str, unit: str, start: date, end: date) -> LeadFigures:
    db = store.db
    base = f"from leads l left join enterprises e on e.id = l.enterprise_id where 1 = 1{_UNIT[kind]}"
    p = {"unit": unit, "start": start.isoformat(), "end": end.isoformat(), "case": KIND_CASE,
         "true1": sorted(TRUE_FINDINGS)[0], "true2": sorted(TRUE_FINDINGS)[1]}
    one = lambda sql: int(db.execute(f"select count(*) {base} and {sql}", p).fetchone()[0])  # noqa: E731
    return LeadFigures(
        received=one("l.received_on between :start and :end"),
        found_true=one("l.finding in (:true1, :true2) and coalesce(l.verified_on, l.closed_on) between :start and :end"),
        cases=one("((l.case_no != '' and l.case_opened_on between :start and :end) or exists (select 1 from "
                  "lead_inspections li join enforcement_actions a on a.inspection_id = li.inspection_id where "
                  "li.lead_id = l.id and a.kind = :case and a.decided_on between :start and :end))"),
        replied_in_time=one("l.reply_on between :start and :end and l.reply_on <= l.due_on"),
    )


def reference_figures(*, store: Store, kind: str, unit: str, start: date, end: date, campaign_id: str | None = None
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
    leads = reference_lead_figures(store=store, kind=kind, unit=unit, start=start, end=end)
    f.leads_received, f.leads_true = leads.received, leads.found_true
    f.lead_cases, f.leads_replied_in_time = leads.cases, leads.replied_in_time
    return f
