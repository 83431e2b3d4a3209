"""Leads in the store: rows ↔ ``Lead``, links to inspections and hazards, and the list rows without the complainant.

The confidential columns (``CONFIDENTIAL_FIELDS``) are read by ``get_lead`` only — the lead's own form. Every list,
report and export goes through ``lead_facts``, whose column list does not name them.
"""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from safety_desk.domain.leads import CONFIDENTIAL_FIELDS, Lead
from safety_desk.store.rows import get_record, insert_record, update_record

_DATES = ("received_on", "due_on", "verified_on", "case_opened_on", "reply_on", "closed_on")
_TEXTS = ("source", "channel", "summary", "enterprise_name", "enterprise_address", "street", "complainant",
          "complainant_contact", "department", "handler", "finding", "case_no", "no_case_reason", "reply_method",
          "notes")


def lead_to_row(lead: Lead) -> dict:
    row: dict = {name: getattr(lead, name).strip() for name in _TEXTS}
    row.update({name: getattr(lead, name).isoformat() if getattr(lead, name) else None for name in _DATES})
    row["enterprise_id"] = lead.enterprise_id or None
    row["due_workdays"] = lead.due_workdays
    if lead.enterprise_id:  # the register names it; a stale copy of its name would only mislead
        row["enterprise_name"] = ""
        row["enterprise_address"] = ""
    return row


def row_to_lead(row: dict) -> tuple[Lead, dict[str, str]]:
    """A lead from a stored or incoming row, and field → problem for values that are not even of the right kind
    (a package edited by hand): those fields are left empty, the caller refuses the row."""
    problems: dict[str, str] = {}
    values: dict = {}
    for name in _TEXTS:
        value = row.get(name)
        if value is not None and not isinstance(value, str):
            problems[name] = "应为文本"
            value = ""
        values[name] = value or ""
    for name in _DATES:
        value = row.get(name)
        values[name] = None
        if value:
            try:
                values[name] = date.fromisoformat(value) if isinstance(value, str) else None
            except ValueError:
                pass
            if values[name] is None:
                problems[name] = f"日期无效（{str(value)[:40]}）"
    workdays = row.get("due_workdays")
    values["due_workdays"] = workdays if isinstance(workdays, int) and not isinstance(workdays, bool) else 0
    enterprise_id = row.get("enterprise_id")
    values["enterprise_id"] = enterprise_id if isinstance(enterprise_id, str) and enterprise_id else None
    return Lead(id=str(row.get("id") or ""), **values), problems


def save_lead(db: Database, lead: Lead) -> str:
    if lead.id and db.execute("select 1 from leads where id = ?", [lead.id]).fetchone():
        update_record(db, "leads", lead.id, lead_to_row(lead))
    else:
        lead.id = insert_record(db, "leads", {"id": lead.id or None, **lead_to_row(lead)})
    _set_links(db, "lead_inspections", "inspection_id", lead.id, lead.inspection_ids)
    _set_links(db, "lead_findings", "finding_id", lead.id, lead.finding_ids)
    return lead.id


def _set_links(db: Database, table: str, column: str, lead_id: str, wanted: tuple[str, ...]) -> None:
    have = {r[0]: r[1] for r in db.execute(f"select [{column}], id from [{table}] where lead_id = ?", [lead_id])}
    for target in wanted:
        if target not in have:
            insert_record(db, table, {"lead_id": lead_id, column: target})
    for target, link_id in have.items():
        if target not in wanted:
            db.execute(f"delete from [{table}] where id = ?", [link_id])  # the trigger leaves a tombstone


def get_lead(db: Database, lead_id: str) -> Lead:
    """The whole lead, complainant included: for its own form only."""
    lead, _ = row_to_lead(get_record(db, "leads", lead_id))
    if lead.enterprise_id:
        found = db.execute("select name, address, street from enterprises where id = ?", [lead.enterprise_id]).fetchone()
        if found:
            lead.enterprise_name, lead.enterprise_address = found[0] or "", found[1] or ""
            lead.street = lead.street or found[2] or ""
    lead.inspection_ids = tuple(r[0] for r in db.execute(
        "select li.inspection_id from lead_inspections li join inspections i on i.id = li.inspection_id "
        "where li.lead_id = ? order by i.inspection_date, li.created_at", [lead_id]))
    lead.finding_ids = tuple(r[0] for r in db.execute(
        "select lf.finding_id from lead_findings lf join findings f on f.id = lf.finding_id "
        "where lf.lead_id = ? order by f.found_date, lf.created_at", [lead_id]))
    return lead


# The columns lists and reports may read; CONFIDENTIAL_FIELDS are not among them (a test checks it).
PUBLIC_COLUMNS = ("id", "source", "channel", "received_on", "summary", "enterprise_id", "department", "handler",
                  "due_workdays", "due_on", "finding", "verified_on", "case_no", "case_opened_on", "no_case_reason",
                  "reply_on", "reply_method", "closed_on")
assert not set(PUBLIC_COLUMNS) & set(CONFIDENTIAL_FIELDS)

_FACTS = f"""
select {', '.join('l.' + c for c in PUBLIC_COLUMNS)},
       coalesce(e.name, l.enterprise_name) as enterprise, coalesce(e.credit_code, '') as credit_code,
       coalesce(nullif(l.street, ''), e.street, '') as street, coalesce(e.lead_department, '') as lead_department,
       (select a.decided_on || '|' || a.kind from lead_inspections li
          join enforcement_actions a on a.inspection_id = li.inspection_id
         where li.lead_id = l.id order by a.decided_on limit 1) as first_action,
       (select min(f.found_date) from lead_findings lf join findings f on f.id = lf.finding_id
         where lf.lead_id = l.id) as first_hazard
  from leads l left join enterprises e on e.id = l.enterprise_id
"""


def lead_facts(db: Database, *, where: str = "", params: list | None = None, order: str = "l.received_on desc, l.created_at desc"
               ) -> list[dict]:
    """Public columns of leads, their enterprise, and the first enforcement step on record (for the follow-up)."""
    sql = _FACTS + (f" where {where}" if where else "") + f" order by {order}"
    return [dict(r) for r in db.query(sql, params or [])]
