"""Sampling items, plans, draws, tasks and conflict-of-interest declarations in the store."""

from __future__ import annotations

import json
import uuid
from datetime import date

from sqlite_utils import Database

from safety_desk.domain.draw import sha256_of
from safety_desk.domain.sampling import Plan, SamplingItem, SamplingRules
from safety_desk.errors import NotFoundError
from safety_desk.store.rows import get_record, ids_matching, insert_record

# Items are known by key and content everywhere: the shipped list loaded on two laptops has the same ids.
ITEM_NAMESPACE = uuid.UUID("0c6b0f5e-6f39-4d0e-9b2f-5f1a3d7c2e11")


def item_id_for(item: SamplingItem) -> str:
    return str(uuid.uuid5(ITEM_NAMESPACE, f"{item.key}|{sha256_of(item.as_dict())}"))


def store_item(db: Database, item: SamplingItem, origin: str) -> tuple[str, bool]:
    """(id, created): an item with the same key and content is stored once."""
    item_id = item_id_for(item)
    if db.execute("select 1 from sampling_items where id = ?", [item_id]).fetchone():
        return item_id, False
    insert_record(db, "sampling_items", {
        "id": item_id, "item_key": item.key, "name": item.name, "department": item.department,
        "content_sha256": sha256_of(item.as_dict()), "data": json.dumps(item.as_dict(), ensure_ascii=False),
        "origin": origin})
    return item_id, True


def latest_item(db: Database, key: str) -> tuple[str, SamplingItem] | None:
    rows = list(db.query("select id, data from sampling_items where item_key = ? order by created_at desc limit 1",
                         [key]))
    return (rows[0]["id"], SamplingItem.from_dict(json.loads(rows[0]["data"]))) if rows else None


def list_items(db: Database) -> list[tuple[str, SamplingItem]]:
    """The latest version of every item, by department and key."""
    rows = db.query("""select id, data from sampling_items s where created_at = (
                           select max(created_at) from sampling_items where item_key = s.item_key)
                       order by department, item_key""")
    return [(r["id"], SamplingItem.from_dict(json.loads(r["data"]))) for r in rows]


def insert_plan(db: Database, plan: Plan, item_ids: list[str], origin: str) -> str:
    plan_id = insert_record(db, "sampling_plans", {
        "name": plan.name.strip(), "start_date": plan.start_date.isoformat(), "end_date": plan.end_date.isoformat(),
        "lead_department": plan.lead_department.strip(), "campaign_id": plan.campaign_id or None,
        "rules": json.dumps(plan.rules.as_dict(), ensure_ascii=False), "origin": origin})
    for position, item_id in enumerate(item_ids):
        insert_record(db, "sampling_plan_items", {"plan_id": plan_id, "item_id": item_id, "position": position})
    return plan_id


def get_plan(db: Database, plan_id: str) -> Plan:
    row = get_record(db, "sampling_plans", plan_id)
    items = [SamplingItem.from_dict(json.loads(r["data"])) for r in db.query(
        "select s.data from sampling_plan_items p join sampling_items s on s.id = p.item_id "
        "where p.plan_id = ? order by p.position", [plan_id])]
    return Plan(id=row["id"], name=row["name"], start_date=date.fromisoformat(row["start_date"]),
                end_date=date.fromisoformat(row["end_date"]), lead_department=row["lead_department"],
                items=items, rules=SamplingRules.from_dict(json.loads(row["rules"])),
                campaign_id=row["campaign_id"] or "")


def find_plan(db: Database, text: str) -> str:
    """A plan by id, the start or end of its id (at least 6 characters) or exact name; NotFoundError otherwise."""
    text = text.strip()
    rows = [r["id"] for r in db.query("select id from sampling_plans where id = ? or name = ?", [text, text])]
    if not rows:
        rows = ids_matching(db, "sampling_plans", text)
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise NotFoundError(f"抽查计划不存在（{text}）")
    raise NotFoundError(f"“{text}” 对应多个抽查计划，请给出完整编号")


def find_draw(db: Database, text: str) -> str:
    text = text.strip()
    rows = ids_matching(db, "draws", text)
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise NotFoundError(f"摇号记录不存在（{text}）")
    raise NotFoundError(f"“{text}” 对应多条摇号记录，请给出完整编号")


def current_draw_id(db: Database, plan_id: str) -> str | None:
    """The plan's draw that no later draw replaces."""
    rows = list(db.query(
        "select id from draws d where plan_id = ? and not exists (select 1 from draws r where r.replaces_draw_id = d.id)"
        " order by drawn_at desc limit 1", [plan_id]))
    return rows[0]["id"] if rows else None


def latest_template_id(db: Database, template_key: str) -> str | None:
    rows = list(db.query("select id from templates where template_key = ? order by version desc limit 1",
                         [template_key]))
    return rows[0]["id"] if rows else None
