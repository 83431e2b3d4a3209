"""Enterprises and inspectors in the store."""

from __future__ import annotations

import json

from sqlite_utils import Database

from safety_desk.domain.registers import Enterprise, Inspector
from safety_desk.store.rows import get_record, insert_record, update_record

_FLAGS = ("key_process", "key_chemicals", "major_hazard_source")


def enterprise_to_row(e: Enterprise) -> dict:
    return {
        "name": e.name.strip(),
        "credit_code": e.credit_code.strip().upper(),
        "street": e.street.strip(),
        "address": e.address.strip(),
        "sector": e.sector.strip(),
        "lead_department": e.lead_department.strip(),
        "risk_grade": e.risk_grade,
        "credit_grade": e.credit_grade,
        "key_categories": json.dumps(e.key_categories, ensure_ascii=False),
        **{f: int(bool(getattr(e, f))) for f in _FLAGS},
        "contact_person": e.contact_person.strip(),
        "contact_phone": e.contact_phone.strip(),
    }


def row_to_enterprise(row: dict) -> Enterprise:
    return Enterprise(
        id=row["id"],
        name=row["name"],
        credit_code=row["credit_code"] or "",
        street=row["street"] or "",
        address=row["address"] or "",
        sector=row["sector"] or "",
        lead_department=row["lead_department"] or "",
        risk_grade=row["risk_grade"] or "",
        credit_grade=row["credit_grade"] or "",
        key_categories=json.loads(row["key_categories"] or "[]"),
        **{f: bool(row[f]) for f in _FLAGS},
        contact_person=row["contact_person"] or "",
        contact_phone=row["contact_phone"] or "",
    )


def insert_enterprise(db: Database, e: Enterprise) -> str:
    return insert_record(db, "enterprises", {"id": e.id, **enterprise_to_row(e)})


def update_enterprise(db: Database, e: Enterprise) -> None:
    update_record(db, "enterprises", e.id, enterprise_to_row(e))


def get_enterprise(db: Database, enterprise_id: str) -> Enterprise:
    return row_to_enterprise(get_record(db, "enterprises", enterprise_id))


def find_enterprise_by_code(db: Database, credit_code: str) -> Enterprise | None:
    rows = list(db.query("select * from enterprises where credit_code = ?", [credit_code.strip().upper()]))
    return row_to_enterprise(rows[0]) if rows else None


def list_enterprises(db: Database, *, street: str | None = None) -> list[Enterprise]:
    where, params = ("where street = ?", [street]) if street else ("", [])
    return [row_to_enterprise(r) for r in db.query(f"select * from enterprises {where} order by street, name", params)]


def inspector_to_row(i: Inspector) -> dict:
    return {
        "name": i.name.strip(),
        "department": i.department.strip(),
        "certificate_no": i.certificate_no.strip(),
        "specialties": i.specialties.strip(),
    }


def row_to_inspector(row: dict) -> Inspector:
    return Inspector(
        id=row["id"], name=row["name"], department=row["department"] or "",
        certificate_no=row["certificate_no"] or "", specialties=row["specialties"] or "",
    )


def insert_inspector(db: Database, i: Inspector) -> str:
    return insert_record(db, "inspectors", {"id": i.id, **inspector_to_row(i)})


def update_inspector(db: Database, i: Inspector) -> None:
    update_record(db, "inspectors", i.id, inspector_to_row(i))


def get_inspector(db: Database, inspector_id: str) -> Inspector:
    return row_to_inspector(get_record(db, "inspectors", inspector_id))


def list_inspectors(db: Database) -> list[Inspector]:
    return [row_to_inspector(r) for r in db.query("select * from inspectors order by department, name")]
