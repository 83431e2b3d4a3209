"""Accidents, illegal operations and blacklist entries in the store (tables of m007)."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from safety_desk.domain.accidents import Accident
from safety_desk.domain.veto_registers import BlacklistEntry, IllegalOperation
from safety_desk.store.rows import get_record, insert_record, update_record


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# --- accidents ------------------------------------------------------------------------------------------------------

def accident_to_row(a: Accident) -> dict:
    return {
        "occurred_on": _iso(a.occurred_on),
        "enterprise_id": a.enterprise_id or None,
        "street": a.street.strip(),
        "accident_type": a.accident_type,
        "deaths": a.deaths,
        "serious_injuries": a.serious_injuries,
        "direct_loss_fen": a.direct_loss_fen,
        "illegal_production": int(a.illegal_production),
        "cause_poor_rectification": int(a.cause_poor_rectification),
        "cause_three_violations": int(a.cause_three_violations),
        "reporting": a.reporting,
        "description": a.description.strip(),
    }


def row_to_accident(row: dict) -> Accident:
    return Accident(
        id=row["id"], occurred_on=_day(row["occurred_on"]), accident_type=row["accident_type"],
        street=row["street"] or "", enterprise_id=row["enterprise_id"] or None,
        deaths=row["deaths"] or 0, serious_injuries=row["serious_injuries"] or 0,
        direct_loss_fen=row["direct_loss_fen"] or 0, illegal_production=bool(row["illegal_production"]),
        cause_poor_rectification=bool(row["cause_poor_rectification"]),
        cause_three_violations=bool(row["cause_three_violations"]), reporting=row["reporting"] or "",
        description=row["description"] or "", enterprise_name=row.get("enterprise_name") or "",
    )


_ACCIDENTS = ("select a.*, e.name as enterprise_name from accidents a "
              "left join enterprises e on e.id = a.enterprise_id")


def save_accident(db: Database, a: Accident) -> str:
    if a.id:
        update_record(db, "accidents", a.id, accident_to_row(a))
        return a.id
    return insert_record(db, "accidents", accident_to_row(a))


def get_accident(db: Database, accident_id: str) -> Accident:
    get_record(db, "accidents", accident_id)  # NotFoundError with the usual message
    return row_to_accident(next(db.query(f"{_ACCIDENTS} where a.id = ?", [accident_id])))


def list_accidents(db: Database) -> list[Accident]:
    """Newest first: the register is read from the latest accident back."""
    return [row_to_accident(r) for r in db.query(f"{_ACCIDENTS} order by a.occurred_on desc, a.created_at desc")]


# --- illegal operations ---------------------------------------------------------------------------------------------

def illegal_operation_to_row(op: IllegalOperation) -> dict:
    return {
        "found_on": _iso(op.found_on),
        "street": op.street.strip(),
        "responsible_department": op.responsible_department.strip(),
        "enterprise_name": op.enterprise_name.strip(),
        "description": op.description.strip(),
        "stopped": int(op.stopped),
        "stopped_on": _iso(op.stopped_on) if op.stopped else None,
    }


def row_to_illegal_operation(row: dict) -> IllegalOperation:
    return IllegalOperation(
        id=row["id"], found_on=_day(row["found_on"]), street=row["street"] or "",
        responsible_department=row["responsible_department"] or "", enterprise_name=row["enterprise_name"] or "",
        description=row["description"] or "", stopped=bool(row["stopped"]), stopped_on=_day(row["stopped_on"]),
    )


def save_illegal_operation(db: Database, op: IllegalOperation) -> str:
    if op.id:
        update_record(db, "illegal_operations", op.id, illegal_operation_to_row(op))
        return op.id
    return insert_record(db, "illegal_operations", illegal_operation_to_row(op))


def get_illegal_operation(db: Database, op_id: str) -> IllegalOperation:
    return row_to_illegal_operation(get_record(db, "illegal_operations", op_id))


def list_illegal_operations(db: Database) -> list[IllegalOperation]:
    return [row_to_illegal_operation(r) for r in db.query(
        "select * from illegal_operations order by found_on desc, created_at desc")]


# --- blacklist ------------------------------------------------------------------------------------------------------

def blacklist_to_row(entry: BlacklistEntry) -> dict:
    return {
        "enterprise_id": entry.enterprise_id,
        "listed_on": _iso(entry.listed_on),
        "reason": entry.reason.strip(),
        "removed_on": _iso(entry.removed_on),
    }


def row_to_blacklist(row: dict) -> BlacklistEntry:
    return BlacklistEntry(
        id=row["id"], enterprise_id=row["enterprise_id"], listed_on=_day(row["listed_on"]),
        reason=row["reason"] or "", removed_on=_day(row["removed_on"]),
        enterprise_name=row.get("enterprise_name") or "",
    )


_BLACKLIST = ("select b.*, e.name as enterprise_name from blacklist_entries b "
              "left join enterprises e on e.id = b.enterprise_id")


def save_blacklist_entry(db: Database, entry: BlacklistEntry) -> str:
    if entry.id:
        update_record(db, "blacklist_entries", entry.id, blacklist_to_row(entry))
        return entry.id
    return insert_record(db, "blacklist_entries", blacklist_to_row(entry))


def get_blacklist_entry(db: Database, entry_id: str) -> BlacklistEntry:
    get_record(db, "blacklist_entries", entry_id)
    return row_to_blacklist(next(db.query(f"{_BLACKLIST} where b.id = ?", [entry_id])))


def list_blacklist_entries(db: Database, *, enterprise_id: str | None = None) -> list[BlacklistEntry]:
    """Still-listed entries first, then by date listed, newest first."""
    where, params = ("where b.enterprise_id = ?", [enterprise_id]) if enterprise_id else ("", [])
    return [row_to_blacklist(r) for r in db.query(
        f"{_BLACKLIST} {where} order by b.removed_on is not null, b.listed_on desc, b.created_at desc", params)]
