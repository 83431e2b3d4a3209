"""The store: migrations on an empty file, WAL, per-thread connections, where the database lives."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from safety_desk.errors import UserError
from safety_desk.store import Store, resolve_db_path
from safety_desk.store.migrations import migrations


def test_migrations_build_the_schema_on_an_empty_file(db_path: Path):
    assert not db_path.exists()
    store = Store.open(db_path)
    tables = set(store.db.table_names())
    assert {"device", "templates", "template_sections", "template_items", "template_points"} <= tables
    applied = [m.name for m in migrations.applied(store.db)]
    assert applied == [m.name for m in migrations._migrations]
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    store.close()


def test_reopening_applies_nothing_twice_and_keeps_the_device(db_path: Path):
    first = Store.open(db_path)
    device = first.device_id
    first.close()
    second = Store.open(db_path)
    assert second.device_id == device
    count = second.db.execute("select count(*) from _sqlite_migrations").fetchone()[0]
    assert count == len(migrations._migrations)
    second.close()


def test_synced_tables_have_uuid_keys_and_times(file_store: Store):
    for table in ("device", "templates", "template_sections", "template_items", "template_points"):
        columns = file_store.db[table].columns_dict
        assert {"id", "created_at", "updated_at"} <= set(columns), table
        assert file_store.db[table].pks == ["id"], table


def test_each_thread_gets_its_own_connection(file_store: Store):
    main_conn = file_store.db.conn
    seen = []

    def worker():
        seen.append(file_store.db.conn)
        seen.append(file_store.db.execute("select count(*) from device").fetchone()[0])
        file_store.close()

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen[0] is not main_conn
    assert seen[1] == 1


def test_a_file_that_is_not_a_database_is_a_user_error(tmp_path: Path):
    bad = tmp_path / "notes.db"
    bad.write_text("这不是数据库" * 100, encoding="utf-8")
    with pytest.raises(UserError, match="notes.db"):
        Store.open(bad)
    assert bad.read_text(encoding="utf-8").startswith("这不是数据库")


def test_db_path_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("SAFETY_DESK_DB", str(tmp_path / "env.db"))
    assert resolve_db_path(None) == tmp_path / "env.db"
    assert resolve_db_path(str(tmp_path / "cli.db")) == tmp_path / "cli.db"
    monkeypatch.delenv("SAFETY_DESK_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_db_path(None) == tmp_path / "xdg" / "safety-desk" / "safety_desk.db"


def test_a_second_connection_waits_for_a_writer_instead_of_failing(db_path: Path):
    """Two windows on one database: WAL plus a busy timeout lets the second write after the first commits."""
    a = Store.open(db_path)
    b = Store.open(db_path)
    raw = sqlite3.connect(str(db_path), timeout=5)
    raw.execute("begin immediate")
    raw.execute("update device set name = 'held'")
    done = []

    def write_from_b():
        b.db.execute("update device set name = 'second window'")
        b.db.conn.commit()
        done.append(True)

    t = threading.Thread(target=write_from_b)
    t.start()
    t.join(0.3)
    assert not done  # waiting on the lock, not failed
    raw.commit()
    t.join(10)
    assert done
    assert a.db.execute("select name from device").fetchone()[0] == "second window"
    raw.close()
