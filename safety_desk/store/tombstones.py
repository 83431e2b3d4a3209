"""Tombstones: which synced records were deleted here, when, and which versions of them this device knew.

Data packages carry them so that a delete on one laptop reaches the others. An ``AFTER DELETE`` trigger on every synced
table writes the tombstone, so no call site can forget it; ``ensure_triggers`` (run by every Store open after the
migrations) adds the trigger to any synced table that lacks one, tables created by later migrations included.

The trigger reads the versions from ``sync_versions``, which keeps them after the delete. This module imports nothing
from the rest of the store (the migrations use it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database

# Device-local tables, or ones that describe the exchange itself.
LOCAL_TABLES = {"device", "conflicts"}
SYNC_COLUMNS = {"id", "created_at", "updated_at"}
TRIGGER_PREFIX = "sync_tombstone_"

# Rounded up to the end of the millisecond: compared as text with now_iso() watermarks (microseconds), a tombstone must
# never sort before a watermark taken after it. Sent twice at worst, which changes nothing.
_STAMP = "strftime('%Y-%m-%dT%H:%M:%f', 'now') || '999+00:00'"


def is_synced(db: Database, table: str) -> bool:
    return table not in LOCAL_TABLES and SYNC_COLUMNS <= set(db[table].columns_dict)


def trigger_sql(table: str) -> str:
    quoted = table.replace("'", "''")
    return (
        f"CREATE TRIGGER IF NOT EXISTS [{TRIGGER_PREFIX}{table}] AFTER DELETE ON [{table}] BEGIN "
        "INSERT OR REPLACE INTO sync_tombstones (table_name, record_id, deleted_at, versions) VALUES "
        f"('{quoted}', OLD.id, {_STAMP}, (SELECT coalesce(json_group_array(row_hash), '[]') FROM "
        f"(SELECT row_hash FROM sync_versions WHERE table_name = '{quoted}' AND record_id = OLD.id "
        "UNION SELECT value FROM sync_tombstones, json_each(sync_tombstones.versions) "
        f"WHERE sync_tombstones.table_name = '{quoted}' AND sync_tombstones.record_id = OLD.id "
        "ORDER BY 1))); END")


def ensure_triggers(db: Database) -> list[str]:
    """Create the tombstone trigger of every synced table that has none; returns the tables it was added to."""
    if "sync_tombstones" not in db.table_names():
        return []
    existing = {r[0] for r in db.execute("select name from sqlite_master where type = 'trigger'").fetchall()}
    added = [t for t in db.table_names() if is_synced(db, t) and TRIGGER_PREFIX + t not in existing]
    for table in added:
        db.execute(trigger_sql(table))
    return added


# --- reading and writing tombstones ----------------------------------------------------------------------------------

def get(db: Database, table: str, record_id: str) -> dict | None:
    row = db.execute("select deleted_at, versions from sync_tombstones where table_name = ? and record_id = ?",
                     [table, record_id]).fetchone()
    return None if row is None else {"deleted_at": row[0], "versions": set(json.loads(row[1] or "[]"))}


def since(db: Database, mark: str | None) -> list[dict]:
    """Tombstones written after ``mark`` (all when None), for a package. One without versions is left out: the
    record never left this device nor came to it, so no other device can hold it."""
    sql = "select table_name, record_id, deleted_at, versions from sync_tombstones where versions != '[]'"
    rows = db.execute(sql + (" and deleted_at > ?" if mark else "") + " order by table_name, record_id",
                      [mark] if mark else []).fetchall()
    return [{"table": t, "id": i, "deleted_at": d, "versions": sorted(json.loads(v or "[]"))} for t, i, d, v in rows]


def remember(db: Database, table: str, record_id: str, versions: Iterable[str], stamp: str) -> bool:
    """Record (or widen) a tombstone for a record deleted elsewhere; True if anything changed."""
    versions = set(versions)
    old = get(db, table, record_id)
    if old is not None and versions <= old["versions"]:
        return False
    merged = sorted(versions | (old["versions"] if old else set()))
    db.execute("insert or replace into sync_tombstones (table_name, record_id, deleted_at, versions) "
               "values (?, ?, ?, ?)", [table, record_id, stamp, json.dumps(merged)])
    return True


def forget(db: Database, table: str, record_id: str) -> None:
    """The record is back (a later version of it arrived): its old tombstone must not delete it again."""
    db.execute("delete from sync_tombstones where table_name = ? and record_id = ?", [table, record_id])
