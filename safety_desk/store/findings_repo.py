"""Findings (hazards) and their photos in the store."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from safety_desk.domain.findings import FiveFields, Finding
from safety_desk.store.rows import get_record


def row_to_finding(row: dict) -> Finding:
    return Finding(
        id=row["id"],
        enterprise_id=row["enterprise_id"],
        found_date=date.fromisoformat(row["found_date"]),
        level=row["level"],
        rectification_mode=row["rectification_mode"],
        status=row["status"],
        description=row["description"] or "",
        location=row["location"] or "",
        three_violations=bool(row["three_violations"]),
        campaign_id=row["campaign_id"],
        inspection_id=row["inspection_id"],
        point_id=row["point_id"],
        template_title=row["template_title"] or "",
        item_heading=row["item_heading"] or "",
        point_text=row["point_text"] or "",
        basis=row["basis"] or "",
        disposal_basis=row["disposal_basis"] or "",
        requirement=row["requirement"] or "",
        five=FiveFields(
            responsible_unit=row["responsible_unit"] or "",
            responsible_person=row["responsible_person"] or "",
            measures=row["measures"] or "",
            funds_fen=row["funds_fen"],
            deadline=date.fromisoformat(row["deadline"]) if row["deadline"] else None,
            contingency_plan=row["contingency_plan"] or "",
        ),
        ledger_entered=bool(row["ledger_entered_at"]),
    )


def get_finding(db: Database, finding_id: str) -> Finding:
    return row_to_finding(get_record(db, "findings", finding_id))


def findings_of_inspection(db: Database, inspection_id: str) -> list[Finding]:
    return [
        row_to_finding(r)
        for r in db.query("select * from findings where inspection_id = ? order by created_at", [inspection_id])
    ]


def point_snapshot(db: Database, point_id: str) -> dict:
    """The template text a finding keeps: later template versions do not change a recorded hazard."""
    rows = list(db.query(
        """select t.title as template_title,
                  case when coalesce(i.number, '') = '' then i.title else i.number || '. ' || i.title end
                      as item_heading,
                  coalesce(p.label, '') || p.text as point_text,
                  case when coalesce(p.basis, '') != '' then p.basis else coalesce(i.basis, '') end as basis,
                  coalesce(i.disposal_basis, '') as disposal_basis, coalesce(i.requirement, '') as requirement
           from template_points p join template_items i on i.id = p.item_id join templates t on t.id = p.template_id
           where p.id = ?""",
        [point_id],
    ))
    return rows[0] if rows else {}


def photos_of_finding(db: Database, finding_id: str) -> list[dict]:
    return list(db.query(
        """select p.id, p.sha256, p.extension, p.original_name, p.size
           from finding_photos fp join photos p on p.id = fp.photo_id
           where fp.finding_id = ? order by fp.position, fp.created_at""",
        [finding_id],
    ))
