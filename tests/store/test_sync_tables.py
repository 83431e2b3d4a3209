"""m015: the version and arrival marks move to WITHOUT ROWID tables with every row kept, and deletes still leave
tombstones that carry the versions."""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from safety_desk.store import Store
from safety_desk.store.migrations import migrations
from safety_desk.store.tombstones import ensure_triggers


def test_an_older_database_keeps_its_marks(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    db = Database(path)
    migrations.apply(db, stop_before="m015_sync_without_rowid")
    ensure_triggers(db)
    versions = [("findings", f"id-{n}", f"{n:064x}") for n in range(300)] + [("templates", "t-1", "ab" * 32)]
    arrivals = [("findings", f"id-{n}", "2026-01-02T03:04:05+00:00") for n in range(300)]
    db.conn.executemany("insert into sync_versions values (?, ?, ?)", versions)
    db.conn.executemany("insert into sync_arrivals values (?, ?, ?)", arrivals)
    db.conn.commit()
    assert "WITHOUT ROWID" not in db["sync_versions"].schema
    db.close()

    store = Store.open(path)  # applies m015
    db = store.db
    for table in ("sync_versions", "sync_arrivals"):
        assert "WITHOUT ROWID" in db[table].schema
    assert sorted(db.execute("select * from sync_versions").fetchall()) == sorted(versions)
    assert sorted(db.execute("select * from sync_arrivals").fetchall()) == sorted(arrivals)
    assert [ix.columns for ix in db["sync_arrivals"].indexes if not ix.name.startswith("sqlite_")] == [["arrived_at"]]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the tombstone trigger reads sync_versions: a delete still records every version the record had
    db["templates"].insert({"id": "t-1", "created_at": "2026-01-01T00:00:00+00:00",
                            "updated_at": "2026-01-01T00:00:00+00:00", "template_key": "k", "version": 1,
                            "title": "t", "content_sha256": "cd" * 32}, alter=False)
    db.execute("delete from templates where id = 't-1'")
    tomb = db.execute("select versions from sync_tombstones where table_name = 'templates' and record_id = 't-1'")
    assert json.loads(tomb.fetchone()[0]) == ["ab" * 32]
    store.close()
