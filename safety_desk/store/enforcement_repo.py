"""Enforcement actions in the store, and the facts the 一罚了之 warning reads about fined inspections."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from safety_desk.domain.enforcement import KIND_FINE, REINSPECTION_PASSED, EnforcementAction, HazardFollowup
from safety_desk.store.rows import get_record, insert_record, update_record


def action_to_row(a: EnforcementAction) -> dict:
    return {
        "inspection_id": a.inspection_id,
        "enterprise_id": a.enterprise_id,
        "finding_id": a.finding_id or None,
        "kind": a.kind,
        "case_no": a.case_no.strip(),
        "amount_fen": a.amount_fen,
        "target": a.target,
        "person_name": a.person_name.strip(),
        "decided_on": a.decided_on.isoformat() if a.decided_on else None,
        "notes": a.notes.strip(),
    }


def row_to_action(row: dict) -> EnforcementAction:
    return EnforcementAction(
        id=row["id"], kind=row["kind"], decided_on=date.fromisoformat(row["decided_on"]),
        inspection_id=row["inspection_id"], enterprise_id=row["enterprise_id"], finding_id=row["finding_id"],
        case_no=row["case_no"] or "", amount_fen=row["amount_fen"], target=row["target"] or "",
        person_name=row["person_name"] or "", notes=row["notes"] or "",
    )


def save_action(db: Database, a: EnforcementAction) -> str:
    if a.id:
        update_record(db, "enforcement_actions", a.id, action_to_row(a))
        return a.id
    return insert_record(db, "enforcement_actions", action_to_row(a))


def get_action(db: Database, action_id: str) -> EnforcementAction:
    return row_to_action(get_record(db, "enforcement_actions", action_id))


def delete_action(db: Database, action_id: str) -> None:
    get_record(db, "enforcement_actions", action_id)
    db.execute("delete from enforcement_actions where id = ?", [action_id])


def actions_of_inspection(db: Database, inspection_id: str) -> list[EnforcementAction]:
    """In the order decided, then entered: the sequence an enforcement file is read in."""
    return [row_to_action(r) for r in db.query(
        "select * from enforcement_actions where inspection_id = ? order by decided_on, created_at",
        [inspection_id])]


def fines(db: Database, *, inspection_id: str | None = None) -> list[EnforcementAction]:
    where, params = ("and inspection_id = ?", [inspection_id]) if inspection_id else ("", [])
    return [row_to_action(r) for r in db.query(
        f"select * from enforcement_actions where kind = ? and inspection_id is not null {where} "
        "order by decided_on, created_at", [KIND_FINE, *params])]


def hazards_of_fined_inspections(db: Database, *, inspection_id: str | None = None) -> dict[str, list[HazardFollowup]]:
    """The hazards of every inspection with a fine (or of one inspection), with whether a re-inspection passed.

    One query over the fined inspections only: a district has thousands of hazards but few fines.
    """
    where, params = ("and f.inspection_id = ?", [inspection_id]) if inspection_id else ("", [])
    rows = db.execute(
        f"""select f.inspection_id, f.id, f.description, f.level, f.status, f.deadline, f.rectification_mode,
                   exists(select 1 from reinspections r where r.finding_id = f.id and r.result = ?)
            from findings f
            where f.inspection_id in (select inspection_id from enforcement_actions where kind = ?) {where}
            order by f.found_date, f.created_at""",
        [REINSPECTION_PASSED, KIND_FINE, *params]).fetchall()
    out: dict[str, list[HazardFollowup]] = {}
    for inspection, fid, description, level, status, deadline, mode, passed in rows:
        out.setdefault(inspection, []).append(HazardFollowup(
            finding_id=fid, description=description or "", level=level, status=status,
            deadline=date.fromisoformat(deadline) if deadline else None, rectification_mode=mode,
            passed_reinspection=bool(passed)))
    return out


def fined_inspection_facts(db: Database, *, inspection_id: str | None = None
                           ) -> tuple[dict[str, str], dict[str, date]]:
    """(enterprise id → name, inspection id → date) for the inspections with a fine (or for one inspection)."""
    where, params = ("and i.id = ?", [inspection_id]) if inspection_id else ("", [])
    rows = db.execute(
        f"""select i.id, i.inspection_date, e.id, e.name from inspections i join enterprises e on e.id = i.enterprise_id
            where i.id in (select inspection_id from enforcement_actions where kind = ?) {where}""",
        [KIND_FINE, *params]).fetchall()
    return {r[2]: r[3] for r in rows}, {r[0]: date.fromisoformat(r[1]) for r in rows}


def get_inspection(db: Database, inspection_id: str) -> dict:
    return get_record(db, "inspections", inspection_id)
