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


def lead_figures(*, store: Store, kind: str, unit: str, start: date, end: date) -> LeadFigures:
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
