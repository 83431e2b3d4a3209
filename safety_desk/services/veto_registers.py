"""Registers the one-vote veto rules read: accidents, illegal operations found (打非治违), the safety blacklist.

    aid = save_accident(store=s, accident=Accident(occurred_on=day, accident_type="燃爆", enterprise_id=eid,
                                                   deaths=3))
    get_accident(store=s, accident_id=aid).grade        # "较大", computed per 国务院令第493号

Each save is one transaction and raises ValidationError (field → message) for bad values. ``today`` is a parameter
so that tests (and imports of old records) need not depend on the clock; it defaults to the real date.
"""

from __future__ import annotations

from datetime import date

from safety_desk.domain.accidents import Accident, accident_problems
from safety_desk.domain.veto_registers import (
    BlacklistEntry,
    IllegalOperation,
    blacklist_problems,
    illegal_operation_problems,
)
from safety_desk.errors import ValidationError
from safety_desk.store import veto_repo
from safety_desk.store.database import Store

# --- accidents ------------------------------------------------------------------------------------------------------


def save_accident(*, store: Store, accident: Accident, today: date | None = None) -> str:
    """Insert (no id) or update an accident; returns its id. An accident of a registered enterprise without a street
    takes the enterprise's street, because the street-level veto rules need to know where it happened."""
    db = store.db
    with db.atomic():
        problems: dict[str, str] = {}
        if accident.enterprise_id:
            row = db.execute("select street from enterprises where id = ?", [accident.enterprise_id]).fetchone()
            if row is None:
                problems["enterprise_id"] = "所选企业不在检查对象名录库中"
            elif not accident.street.strip():
                accident.street = row[0] or ""
        problems = {**accident_problems(accident, today=today or date.today()), **problems}
        if problems:
            raise ValidationError(problems, record="事故")
        accident.id = veto_repo.save_accident(db, accident)
        return accident.id


def get_accident(*, store: Store, accident_id: str) -> Accident:
    return veto_repo.get_accident(store.db, accident_id)


def list_accidents(*, store: Store) -> list[Accident]:
    return veto_repo.list_accidents(store.db)


# --- illegal operations ---------------------------------------------------------------------------------------------


def save_illegal_operation(*, store: Store, operation: IllegalOperation, today: date | None = None) -> str:
    problems = illegal_operation_problems(operation, today=today or date.today())
    if problems:
        raise ValidationError(problems, record="非法生产经营")
    db = store.db
    with db.atomic():
        operation.id = veto_repo.save_illegal_operation(db, operation)
        return operation.id


def get_illegal_operation(*, store: Store, operation_id: str) -> IllegalOperation:
    return veto_repo.get_illegal_operation(store.db, operation_id)


def list_illegal_operations(*, store: Store) -> list[IllegalOperation]:
    return veto_repo.list_illegal_operations(store.db)


# --- blacklist ------------------------------------------------------------------------------------------------------


def save_blacklist_entry(*, store: Store, entry: BlacklistEntry, today: date | None = None) -> str:
    """Insert or update an entry. An enterprise is on the blacklist at most once at a time: periods may follow each
    other (listed, removed, listed again) but not overlap, or "since when" would have two answers."""
    db = store.db
    with db.atomic():
        problems = blacklist_problems(entry, today=today or date.today())
        if entry.enterprise_id and "enterprise_id" not in problems:
            exists = db.execute("select 1 from enterprises where id = ?", [entry.enterprise_id]).fetchone()
            if exists is None:
                problems["enterprise_id"] = "所选企业不在检查对象名录库中"
        if not problems and entry.listed_on is not None:
            for other in veto_repo.list_blacklist_entries(db, enterprise_id=entry.enterprise_id):
                if other.id != entry.id and _overlap(entry, other):
                    until = other.removed_on.isoformat() if other.removed_on else "今"
                    problems["listed_on"] = (
                        f"该企业 {other.listed_on.isoformat()} 至{until}已在黑名单中（{other.reason}）")
                    break
        if problems:
            raise ValidationError(problems, record="黑名单")
        entry.id = veto_repo.save_blacklist_entry(db, entry)
        return entry.id


def _overlap(a: BlacklistEntry, b: BlacklistEntry) -> bool:
    far = date.max
    return a.listed_on < (b.removed_on or far) and b.listed_on < (a.removed_on or far)


def get_blacklist_entry(*, store: Store, entry_id: str) -> BlacklistEntry:
    return veto_repo.get_blacklist_entry(store.db, entry_id)


def list_blacklist_entries(*, store: Store, enterprise_id: str | None = None) -> list[BlacklistEntry]:
    return veto_repo.list_blacklist_entries(store.db, enterprise_id=enterprise_id)
