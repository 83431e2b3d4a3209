"""Lead figures for a period and a unit (the monthly report's 线索 lines, the committee summary's line).

    figures = lead_figures(store=s, kind="street", unit="泺口街道", start=date(2019, 8, 1), end=date(2019, 8, 31))
    figures.received, figures.found_true, figures.cases, figures.replied_in_time

Counted as of the period's end, each on its own date: received (received_on), found true or partly true (the
verification date, else the closing date), cases opened from leads (the lead's case date, or a 立案 on an inspection
linked to the lead — each lead once), replied to the complainant by the due date (the reply date). A lead belongs to
a street by its own street, else its enterprise's; to a department by its responsible department, else the
enterprise's lead department.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safety_desk.domain.enforcement import KIND_CASE
from safety_desk.domain.leads import TRUE_FINDINGS
from safety_desk.store.database import Store

# The unit kinds of services.monthly (not imported: monthly imports this module).
KIND_STREET, KIND_DEPARTMENT, KIND_DISTRICT = "街道", "部门", "全区"


@dataclass(frozen=True)
class LeadFigures:
    received: int = 0
    found_true: int = 0
    cases: int = 0
    replied_in_time: int = 0


_UNIT = {KIND_STREET: " and coalesce(nullif(l.street, ''), e.street, '') = :unit",
         KIND_DEPARTMENT: " and coalesce(nullif(l.department, ''), e.lead_department, '') = :unit",
         KIND_DISTRICT: ""}


# The (street, department) a lead counts under, as the unit filters above read them: each lead has exactly one pair.
_KEYS = "coalesce(nullif(l.street, ''), e.street, ''), coalesce(nullif(l.department, ''), e.lead_department, '')"


def lead_figures(*, store: Store, kind: str, unit: str, start: date, end: date) -> LeadFigures:
    parts = lead_figures_by_unit(store=store, kind=kind, unit=unit, start=start, end=end)
    return LeadFigures(*(sum(getattr(f, name) for f in parts.values()) for name in LeadFigures.__dataclass_fields__))


def lead_figures_by_unit(*, store: Store, kind: str = KIND_DISTRICT, unit: str = "", start: date, end: date
                         ) -> dict[tuple[str, str], LeadFigures]:
    """The figures of the unit's leads per (street, department) they count under: a street's figures are the sum of
    its pairs', so the district roll-up reads every unit's in one query."""
    p = {"unit": unit, "start": start.isoformat(), "end": end.isoformat(), "case": KIND_CASE,
         "true1": sorted(TRUE_FINDINGS)[0], "true2": sorted(TRUE_FINDINGS)[1]}
    counted = (
        "l.received_on between :start and :end",
        "l.finding in (:true1, :true2) and coalesce(l.verified_on, l.closed_on) between :start and :end",
        "(l.case_no != '' and l.case_opened_on between :start and :end) or exists (select 1 from "
        "lead_inspections li join enforcement_actions a on a.inspection_id = li.inspection_id where "
        "li.lead_id = l.id and a.kind = :case and a.decided_on between :start and :end)",
        "l.reply_on between :start and :end and l.reply_on <= l.due_on",
    )
    sums = ", ".join(f"count(case when {c} then 1 end)" for c in counted)
    return {(street, dept): LeadFigures(*counts) for street, dept, *counts in store.db.execute(
        f"select {_KEYS}, {sums} from leads l left join enterprises e on e.id = l.enterprise_id "
        f"where 1 = 1{_UNIT[kind]} group by 1, 2", p)}
