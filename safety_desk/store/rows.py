"""Small helpers shared by the repositories: stamped inserts and updates of synced records."""

from __future__ import annotations

from sqlite_utils import Database

from safety_desk.domain.record_kinds import validator_for
from safety_desk.errors import NotFoundError, ValidationError
from safety_desk.store.database import new_id, now_iso


def check_record(table: str, row: dict) -> None:
    """Refuse a row whose columns its record kind refuses (a type, a bound, a length, a closed list): what this
    program stores, a data package carries to another laptop, which checks it with the same validator
    (``domain.record_kinds``). The kind's rules proper are the services' (they call the same domain functions,
    with the context of the edit); a repository's raw writes — tests building a state, the demo — skip those."""
    kind = validator_for(table)
    if kind is not None:
        problems = kind.problems(row, rules=False)
        if problems:
            raise ValidationError(problems, record=kind.label)


def insert_record(db: Database, table: str, values: dict) -> str:
    """Insert with a fresh UUID and created/updated times; returns the id."""
    stamp = now_iso()
    record = {"id": values.get("id") or new_id(), "created_at": stamp, "updated_at": stamp, **values}
    record["id"] = record["id"] or new_id()
    check_record(table, record)
    db[table].insert(record)
    return record["id"]


def update_record(db: Database, table: str, record_id: str, values: dict) -> None:
    """Update the given columns and stamp updated_at; NotFoundError if the record is gone."""
    check_record(table, {**get_record(db, table, record_id), **values})
    assignments = ", ".join(f"[{k}] = ?" for k in values)
    cursor = db.execute(
        f"update [{table}] set {assignments}, updated_at = ? where id = ?",
        [*values.values(), now_iso(), record_id],
    )
    if cursor.rowcount == 0:
        raise NotFoundError(f"记录不存在（{table} {record_id}）")


def get_record(db: Database, table: str, record_id: str) -> dict:
    rows = list(db.query(f"select * from [{table}] where id = ?", [record_id]))
    if not rows:
        raise NotFoundError(f"记录不存在（{table} {record_id}）")
    return rows[0]


def ids_matching(db: Database, table: str, text: str, *, min_len: int = 6) -> list[str]:
    """The ids of ``table`` that ``text`` may mean — the whole id, or a start or an end of at least ``min_len``
    characters (lists print the end: ``domain.ids.short_id``) — at most two (two mean "not unique")."""
    value = text.strip().lower()
    exact = [r[0] for r in db.execute(f"select id from [{table}] where id = ?", [value])]
    if exact or len(value) < min_len:
        return exact
    return [r[0] for r in db.execute(
        f"select id from [{table}] where substr(id, 1, ?) = ? or substr(id, -?) = ? limit 2",
        [len(value), value, len(value), value])]
