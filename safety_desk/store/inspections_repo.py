"""Campaigns, inspections, their templates and inspectors, and check results."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from safety_desk.domain.inspections import RESULT_UNCHECKED, Campaign
from safety_desk.store.database import now_iso
from safety_desk.store.rows import get_record, insert_record, update_record


# A campaign is known by its name and start date in every office ("the 2019 campaign"): laptops that each create it
# offline give it the same id, so their packages merge into one campaign at the office instead of two look-alikes.
CAMPAIGN_NAMESPACE = uuid.UUID("5a7e7d35-3c1f-4f61-9a55-2b0c4e1d9a01")


def campaign_id_for(name: str, start_date: date) -> str:
    return str(uuid.uuid5(CAMPAIGN_NAMESPACE, f"{name.strip()}|{start_date.isoformat()}"))


def find_campaign(db: Database, name: str, start_date: date) -> Campaign | None:
    rows = list(db.query("select * from campaigns where id = ? or (name = ? and start_date = ?)",
                         [campaign_id_for(name, start_date), name.strip(), start_date.isoformat()]))
    return row_to_campaign(rows[0]) if rows else None


def insert_campaign(db: Database, c: Campaign) -> str:
    return insert_record(
        db,
        "campaigns",
        {
            "id": c.id or campaign_id_for(c.name, c.start_date), "name": c.name.strip(), "start_date": c.start_date.isoformat(),
            "end_date": c.end_date.isoformat(), "phases": json.dumps(c.phases, ensure_ascii=False),
        },
    )


def update_campaign(db: Database, c: Campaign) -> None:
    """Name, period and phases change; the id stays (findings and inspections point at it)."""
    update_record(db, "campaigns", c.id, {
        "name": c.name.strip(), "start_date": c.start_date.isoformat(), "end_date": c.end_date.isoformat(),
        "phases": json.dumps(c.phases, ensure_ascii=False),
    })


def row_to_campaign(row: dict) -> Campaign:
    return Campaign(
        id=row["id"], name=row["name"], start_date=date.fromisoformat(row["start_date"]),
        end_date=date.fromisoformat(row["end_date"]), phases=json.loads(row["phases"] or "[]"),
    )


def list_campaigns(db: Database) -> list[Campaign]:
    return [row_to_campaign(r) for r in db.query("select * from campaigns order by start_date desc, name")]


def get_campaign(db: Database, campaign_id: str) -> Campaign:
    return row_to_campaign(get_record(db, "campaigns", campaign_id))


@dataclass(frozen=True)
class ChecklistRow:
    """One check point of an inspection, with where it sits in its template and its current result."""

    point_id: str
    template_id: str
    template_title: str
    section_heading: str
    item_heading: str
    label: str
    text: str
    result: str
    note: str


def checklist(db: Database, inspection_id: str) -> list[ChecklistRow]:
    sql = """
        select p.id as point_id, t.id as template_id, t.title as template_title,
               coalesce(s.code, '') || coalesce(s.title, '') as section_heading,
               case when coalesce(i.number, '') = '' then i.title else i.number || '. ' || i.title end as item_heading,
               coalesce(p.label, '') as label, p.text, coalesce(r.result, ?) as result, coalesce(r.note, '') as note
        from inspection_templates it
        join templates t on t.id = it.template_id
        join template_points p on p.template_id = t.id
        join template_items i on i.id = p.item_id
        join template_sections s on s.id = i.section_id
        left join check_results r on r.inspection_id = it.inspection_id and r.point_id = p.id
        where it.inspection_id = ?
        order by it.position, s.position, i.position, p.position
    """
    return [ChecklistRow(**r) for r in db.query(sql, [RESULT_UNCHECKED, inspection_id])]


def set_check_result(db: Database, inspection_id: str, point_id: str, *, result: str | None, note: str | None) -> None:
    """Upsert the result row of one point; only the given fields change."""
    existing = list(
        db.query("select id from check_results where inspection_id = ? and point_id = ?", [inspection_id, point_id])
    )
    values = {k: v for k, v in (("result", result), ("note", note)) if v is not None}
    if existing:
        update_record(db, "check_results", existing[0]["id"], values)
    else:
        insert_record(
            db, "check_results",
            {"inspection_id": inspection_id, "point_id": point_id, "result": RESULT_UNCHECKED, "note": "", **values},
        )


def mark_completed(db: Database, inspection_id: str, completed: bool) -> None:
    update_record(db, "inspections", inspection_id, {"completed_at": now_iso() if completed else None})
