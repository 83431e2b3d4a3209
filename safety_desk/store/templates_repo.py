"""Templates in the store: each (key, version) once; a new version stands beside the old one.

Findings will point at a template version's point ids, so a stored version is never rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from safety_desk.domain.templates import ITEM_COLUMNS, CheckPoint, Item, Section, Template
from safety_desk.errors import NotFoundError
from safety_desk.store.database import new_id, now_iso


@dataclass(frozen=True)
class StoredTemplate:
    """A row of the templates table with its counts, for lists."""

    id: str
    key: str
    version: int
    title: str
    sector: str
    origin: str
    sections: int
    items: int
    points: int


class TemplateVersionConflict(Exception):
    """The same key and version is stored with different content."""


def find_version(db: Database, key: str, version: int) -> dict | None:
    rows = list(db.query("select * from templates where template_key = ? and version = ?", [key, version]))
    return rows[0] if rows else None


def latest_version(db: Database, key: str) -> dict | None:
    rows = list(db.query("select * from templates where template_key = ? order by version desc limit 1", [key]))
    return rows[0] if rows else None


def insert_template(db: Database, template: Template, *, origin: str) -> str:
    """Store a new template version; the caller holds the transaction. Returns the stored id."""
    stamp = now_iso()
    base = {"created_at": stamp, "updated_at": stamp}
    template_id = new_id()
    db["templates"].insert(
        {
            "id": template_id,
            **base,
            "template_key": template.key,
            "version": template.version,
            "title": template.title,
            "sector": template.sector,
            "source": template.source,
            "description": template.description,
            "content_sha256": template.content_hash(),
            "origin": origin,
        }
    )
    sections, items, points = [], [], []
    for s_pos, section in enumerate(template.sections):
        section_id = new_id()
        sections.append(
            {
                "id": section_id, **base, "template_id": template_id, "position": s_pos, "code": section.code,
                "title": section.title, "omitted": int(section.omitted), "note": section.note,
            }
        )
        for i_pos, item in enumerate(section.items):
            item_id = new_id()
            items.append(
                {
                    "id": item_id, **base, "template_id": template_id, "section_id": section_id,
                    "position": i_pos, "number": item.number, "title": item.title,
                    **{attr: getattr(item, attr) for attr, _ in ITEM_COLUMNS},
                }
            )
            for p_pos, point in enumerate(item.points):
                points.append(
                    {
                        "id": new_id(), **base, "template_id": template_id, "item_id": item_id,
                        "position": p_pos, "label": point.label, "text": point.text, "basis": point.basis,
                    }
                )
    db["template_sections"].insert_all(sections)
    db["template_items"].insert_all(items)
    db["template_points"].insert_all(points)
    return template_id


def list_templates(db: Database) -> list[StoredTemplate]:
    sql = """
        select t.id, t.template_key, t.version, t.title, t.sector, t.origin,
            (select count(*) from template_sections s where s.template_id = t.id) as sections,
            (select count(*) from template_items i where i.template_id = t.id) as items,
            (select count(*) from template_points p where p.template_id = t.id) as points
        from templates t
        -- shipped forms first in their file order (the chemical catalogue leads), then imported ones by title
        order by (t.origin like 'forms/%') desc, case when t.origin like 'forms/%' then t.origin end, t.title,
            t.template_key, t.version
    """
    return [
        StoredTemplate(
            id=r["id"], key=r["template_key"], version=r["version"], title=r["title"], sector=r["sector"] or "",
            origin=r["origin"] or "", sections=r["sections"], items=r["items"], points=r["points"],
        )
        for r in db.query(sql)
    ]


def load_template(db: Database, template_id: str) -> Template:
    """The stored version as a domain object, in its original order."""
    rows = list(db.query("select * from templates where id = ?", [template_id]))
    if not rows:
        raise NotFoundError(f"没有编号为 {template_id} 的检查表")
    t = rows[0]
    items_by_section: dict[str, list[Item]] = {}
    points_by_item: dict[str, list[CheckPoint]] = {}
    for p in db.query("select * from template_points where template_id = ? order by position", [template_id]):
        points_by_item.setdefault(p["item_id"], []).append(CheckPoint(p["label"], p["text"], p["basis"] or ""))
    for i in db.query("select * from template_items where template_id = ? order by position", [template_id]):
        items_by_section.setdefault(i["section_id"], []).append(
            Item(
                number=i["number"] or "", title=i["title"], points=points_by_item.get(i["id"], []),
                **{attr: i[attr] or "" for attr, _ in ITEM_COLUMNS},
            )
        )
    sections = [
        Section(
            code=s["code"] or "", title=s["title"] or "", items=items_by_section.get(s["id"], []),
            omitted=bool(s["omitted"]), note=s["note"] or "",
        )
        for s in db.query("select * from template_sections where template_id = ? order by position", [template_id])
    ]
    return Template(
        key=t["template_key"], version=t["version"], title=t["title"], sector=t["sector"] or "",
        source=t["source"] or "", description=t["description"] or "", sections=sections,
    )
