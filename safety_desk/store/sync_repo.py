"""What data packages need from the database: which tables travel and in what order, a device-independent hash of
each record, the versions each record has had here, export watermarks, arrivals and conflicts.

Shipped and imported checklist templates get fresh UUIDs on every laptop, and the same photo file may be stored on
two laptops under two ids. Such records are matched by a natural key instead (template key and version, position
below it; a photo's SHA-256). Hashes replace references to them by that key, so the same hazard hashes the same on
every device whatever local ids its check point has.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from collections.abc import Callable, Iterable, Iterator

from sqlite_utils import Database

from safety_desk.store.database import new_id, now_iso

from safety_desk.store.tombstones import LOCAL_TABLES as _LOCAL_TABLES, SYNC_COLUMNS as _SYNC_COLUMNS
# Records identified by content rather than by UUID (see the module docstring).
NATURAL_TABLES = ("templates", "template_sections", "template_items", "template_points", "photos")
# References not declared as foreign keys in the schema.
_EXTRA_REFERENCES = {("findings", "point_id"): "template_points"}
_NOT_HASHED = {"id", "created_at", "updated_at"}


def synced_tables(db: Database) -> list[str]:
    """Every table whose records travel, parents before children (foreign keys decide the order)."""
    names = sorted(
        t.name for t in db.tables
        if t.name not in _LOCAL_TABLES and _SYNC_COLUMNS <= set(t.columns_dict))
    parents = {name: {fk.other_table for fk in db[name].foreign_keys if fk.other_table != name} for name in names}
    for (table, _column), other in _EXTRA_REFERENCES.items():
        if table in parents:
            parents[table].add(other)
    ordered: list[str] = []
    placed: set[str] = set()
    while len(ordered) < len(names):
        ready = [n for n in names if n not in placed and parents[n] <= placed | {p for p in parents[n] if p not in names}]
        if not ready:  # a cycle: should not happen; keep going rather than loop forever
            ready = [n for n in names if n not in placed][:1]
        for name in ready:
            ordered.append(name)
            placed.add(name)
    return ordered


def references(db: Database, table: str) -> dict[str, str]:
    """column → referenced table, for declared foreign keys and the known undeclared ones."""
    refs = {fk.column: fk.other_table for fk in db[table].foreign_keys}
    refs.update({col: other for (t, col), other in _EXTRA_REFERENCES.items() if t == table})
    return refs


def unique_keys(db: Database, table: str) -> list[list[str]]:
    """Column lists of the table's unique indexes, the primary key excepted."""
    return [list(ix.columns) for ix in db[table].indexes if ix.unique and list(ix.columns) != ["id"]
            and not ix.name.startswith("sqlite_autoindex")]


@dataclass
class SyncSchema:
    """What an import needs to know of the schema, read once (each question is a PRAGMA or several)."""

    synced: list[str]  # parents before children
    columns: dict[str, set[str]]
    refs: dict[str, dict[str, str]]  # every table, local ones too: column → referenced table
    uniques: dict[str, list[list[str]]]

    def users(self, table: str) -> list[tuple[str, str]]:
        """(table, column) of every reference to ``table``."""
        return [(other, col) for other, refs in self.refs.items() for col, target in refs.items() if target == table]


def sync_schema(db: Database) -> SyncSchema:
    synced = synced_tables(db)
    names = db.table_names()
    return SyncSchema(synced=synced, columns={t: set(db[t].columns_dict) for t in synced},
                      refs={t: references(db, t) for t in names}, uniques={t: unique_keys(db, t) for t in synced})


def natural_keys(db: Database) -> dict[str, str]:
    """id → device-independent key of every template, template part and photo stored here."""
    keys: dict[str, str] = {}
    for row in db.query("select id, template_key, version, content_sha256 from templates"):
        keys[row["id"]] = f"template:{row['template_key']}@{row['version']}:{row['content_sha256']}"
    for row in db.query("select id, template_id, position from template_sections"):
        keys[row["id"]] = f"{keys.get(row['template_id'], row['template_id'])}/s{row['position']}"
    for row in db.query("select id, section_id, position from template_items"):
        keys[row["id"]] = f"{keys.get(row['section_id'], row['section_id'])}/i{row['position']}"
    for row in db.query("select id, item_id, position from template_points"):
        keys[row["id"]] = f"{keys.get(row['item_id'], row['item_id'])}/p{row['position']}"
    for row in db.query("select id, sha256 from photos"):
        keys[row["id"]] = f"photo:{row['sha256']}"
    return keys


def natural_key_of(table: str, row: dict, keys: dict[str, str]) -> str:
    """The natural key of an incoming template part or photo, its parents' keys already known in ``keys``."""
    if table == "templates":
        return f"template:{row['template_key']}@{row['version']}:{row['content_sha256']}"
    if table == "photos":
        return f"photo:{row['sha256']}"
    parent = {"template_sections": "template_id", "template_items": "section_id", "template_points": "item_id"}[table]
    mark = {"template_sections": "s", "template_items": "i", "template_points": "p"}[table]
    return f"{keys.get(row[parent], row[parent])}/{mark}{row['position']}"


# json.dumps with options builds an encoder per call; one encoder, the very same output, is much cheaper per record.
_ENCODE = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode


def row_hash(row: dict, refs: dict[str, str], keys: dict[str, str]) -> str:
    """SHA-256 of the record's content: ids and stamps left out, references to templates and photos by their key."""
    return _hash(row, tuple(refs), keys)


def row_hasher(refs: dict[str, str], keys: dict[str, str]) -> Callable[[dict], str]:
    """``row_hash`` for the rows of one table (the same hashes), for hashing many in a row."""
    columns = tuple(refs)
    return lambda row: _hash(row, columns, keys)


def _hash(row: dict, ref_columns: tuple[str, ...], keys: dict[str, str]) -> str:
    content = row.copy()  # a copy then a few changes: cheaper than building the dict anew per record
    for name in _NOT_HASHED:
        content.pop(name, None)
    for name in ref_columns:
        value = content.get(name)
        if isinstance(value, str) and value in keys:
            content[name] = keys[value]
    return hashlib.sha256(_ENCODE(content).encode()).hexdigest()


# --- versions and arrivals -------------------------------------------------------------------------------------------

def versions(db: Database, table: str, record_id: str) -> set[str]:
    return {r["row_hash"] for r in db.query(
        "select row_hash from sync_versions where table_name = ? and record_id = ?", [table, record_id])}


def all_versions(db: Database, table: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in db.query("select record_id, row_hash from sync_versions where table_name = ?", [table]):
        out.setdefault(r["record_id"], set()).add(r["row_hash"])
    return out


def add_versions(db: Database, table: str, record_id: str, hashes: Iterable[str]) -> None:
    db.conn.executemany("insert or ignore into sync_versions (table_name, record_id, row_hash) values (?, ?, ?)",
                   [(table, record_id, h) for h in hashes])


def mark_arrived(db: Database, table: str, record_id: str, stamp: str) -> None:
    db.execute("insert or replace into sync_arrivals (table_name, record_id, arrived_at) values (?, ?, ?)",
               [table, record_id, stamp])


# --- exports ---------------------------------------------------------------------------------------------------------

def watermark(db: Database, destination: str) -> str | None:
    rows = list(db.query("select watermark from sync_exports where destination = ?", [destination]))
    return rows[0]["watermark"] if rows else None


def set_watermark(db: Database, destination: str, mark: str) -> None:
    db.execute("insert or replace into sync_exports (destination, exported_at, watermark) values (?, ?, ?)",
               [destination, now_iso(), mark])


def changed_rows(db: Database, table: str, since: str | None) -> Iterator[dict]:
    """Rows edited here or arrived by import after ``since`` (everything when None)."""
    if since is None:
        yield from db.query(f"select * from [{table}] order by id")
        return
    yield from db.query(
        f"select * from [{table}] where updated_at > ? or id in "
        "(select record_id from sync_arrivals where table_name = ? and arrived_at > ?) order by id",
        [since, table, since])


# --- conflicts -------------------------------------------------------------------------------------------------------

def has_conflict(db: Database, table: str, record_id: str, incoming_hash: str) -> bool:
    return bool(list(db.query(
        "select 1 from conflicts where table_name = ? and record_id = ? and incoming_hash = ? limit 1",
        [table, record_id, incoming_hash])))


def add_conflict(db: Database, *, table: str, record_id: str, local: dict, incoming: dict, incoming_hash: str,
                 source_device_id: str, source_device_name: str) -> str:
    conflict_id = new_id()
    db["conflicts"].insert({
        "id": conflict_id, "created_at": now_iso(), "table_name": table, "record_id": record_id,
        "local_json": json.dumps(local, ensure_ascii=False), "incoming_json": json.dumps(incoming, ensure_ascii=False),
        "incoming_hash": incoming_hash, "source_device_id": source_device_id,
        "source_device_name": source_device_name, "resolved_at": None, "resolution": None,
    })
    return conflict_id


def open_conflicts(db: Database) -> list[dict]:
    return list(db.query("select * from conflicts where resolved_at is null order by created_at, id"))


def get_conflict(db: Database, conflict_id: str) -> dict | None:
    rows = list(db.query("select * from conflicts where id = ?", [conflict_id]))
    return rows[0] if rows else None


def mark_resolved(db: Database, conflict_id: str, resolution: str) -> None:
    db.execute("update conflicts set resolved_at = ?, resolution = ? where id = ?", [now_iso(), resolution, conflict_id])
