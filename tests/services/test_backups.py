"""Backups (issue 15, point 7): a backup file holds the database and its photos; a restore checks everything first,
keeps the data it replaces, and leaves a database that passes PRAGMA integrity_check; the automatic backup runs
once a day and keeps the last N."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from safety_desk.demo.generate import generate_demo
from safety_desk.errors import UserError
from safety_desk.services.backups import (
    auto_backup_if_due,
    backup_to,
    backups_dir,
    list_backups,
    restore_from,
)
from safety_desk.store import Store
from safety_desk.store.backups import BackupError
from safety_desk.store.migrations import migrations


@pytest.fixture
def laptop(tmp_path: Path):
    store = Store.open(tmp_path / "laptop" / "desk.db")
    generate_demo(store=store, seed=7, enterprises=3, findings=12)
    assert store.db["photos"].count > 0
    yield store
    store.close()


def state(store: Store) -> dict:
    db = store.db
    return {t: db.execute(f"select count(*), group_concat(id) from {t}").fetchone()
            for t in ("enterprises", "inspections", "findings", "photos", "finding_photos")}


def photo_files(store: Store) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in store.attachments_dir.rglob("*") if p.is_file()}


def test_a_backup_file_holds_the_database_and_every_photo(laptop: Store, tmp_path: Path):
    result = backup_to(store=laptop, out_path=tmp_path / "备份.zip")
    assert result.photos == laptop.db["photos"].count and not result.missing_photos
    with zipfile.ZipFile(result.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == "safety-desk-backup" and manifest["photos_inside"] is True
        assert manifest["migrations"] == [m.name for m in migrations.applied(laptop.db)]
        photos = [n for n in zf.namelist() if n.startswith("photos/")]
        assert len(photos) == result.photos
        for name in photos:  # each photo is stored under its own hash
            assert hashlib.sha256(zf.read(name)).hexdigest() == Path(name).stem
        (tmp_path / "copy.db").write_bytes(zf.read("safety_desk.db"))
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    assert copy.execute("select count(*) from findings").fetchone()[0] == 12
    copy.close()


def test_restore_brings_back_the_data_and_keeps_what_it_replaced(laptop: Store, tmp_path: Path):
    before = state(laptop)
    backup = backup_to(store=laptop, out_path=tmp_path / "b.zip").path
    laptop.db.execute("delete from finding_photos")
    laptop.db.execute("delete from findings where level = '一般隐患'")
    laptop.db.conn.commit()
    changed = state(laptop)
    assert changed != before

    outcome = restore_from(store=laptop, path=backup)
    assert state(laptop) == before
    assert outcome.counts["findings"] == 12 and outcome.missing_photos == 0
    assert laptop.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert [e.kind for e in list_backups(store=laptop)] == ["before-restore"]
    # the replaced data is itself a backup: restoring it undoes the restore
    restore_from(store=laptop, path=outcome.previous)
    assert state(laptop) == changed


def test_restore_on_a_new_computer_brings_the_photos(laptop: Store, tmp_path: Path):
    backup = backup_to(store=laptop, out_path=tmp_path / "b.zip").path
    new = Store.open(tmp_path / "new" / "desk.db")
    restore_from(store=new, path=backup)
    assert state(new) == state(laptop)
    assert photo_files(new) == photo_files(laptop)
    new.close()
    reopened = Store.open(tmp_path / "new" / "desk.db")  # opens as the program opens it: migrations, WAL
    assert reopened.db["findings"].count == 12
    reopened.close()


@pytest.fixture(scope="module")
def refusal(tmp_path_factory):
    """A good backup, and another laptop's database that every bad file must leave as it is."""
    folder = tmp_path_factory.mktemp("refusal")
    laptop = Store.open(folder / "laptop" / "desk.db")
    generate_demo(store=laptop, seed=7, enterprises=3, findings=12)
    backup = backup_to(store=laptop, out_path=folder / "b.zip").path
    laptop.close()
    target = Store.open(folder / "other" / "desk.db")
    generate_demo(store=target, seed=8, enterprises=2, findings=3)
    for p in target.attachments_dir.rglob("*"):  # no photos here, so that a bad one would have to be written
        if p.is_file():
            p.unlink()
    yield backup, target
    target.close()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _rezip(src: Path, dst: Path, change) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info.filename, data)
    return dst


def _newer_db(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes())
    conn = sqlite3.connect(dst)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) "
                 "values ('safety_desk', 'm099_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    return dst


def _not_ours(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("create table notes (x)")
    conn.commit()
    conn.close()
    return path


def _damaged_db(src: Path, dst: Path) -> Path:
    data = bytearray(src.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096 * 5):  # scribble over the middle of many pages
        data[offset + 100: offset + 400] = b"\xa5" * 300
    dst.write_bytes(bytes(data))
    return dst


def _db_of(backup: Path, tmp_path: Path) -> Path:
    with zipfile.ZipFile(backup) as zf:
        out = tmp_path / "inner.db"
        out.write_bytes(zf.read("safety_desk.db"))
    return out


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda b, t: _write(t / "x.zip", b"hello"), "不是 Safety Desk 备份"),
        (lambda b, t: _rezip(b, t / "x.zip", lambda n, d: None if n == "manifest.json" else d), "不是 Safety Desk 备份"),
        (lambda b, t: _rezip(b, t / "x.zip", lambda n, d: d.replace(b"safety-desk-backup", b"other") if n ==
                             "manifest.json" else d), "不是 Safety Desk 备份"),
        (lambda b, t: _rezip(b, t / "x.zip", lambda n, d: d.replace(b'"format_version": 1', b'"format_version": 9')
                             if n == "manifest.json" else d), "较新版本"),
        (lambda b, t: _newer_db(_db_of(b, t), t / "newer.db"), "较新版本"),
        (lambda b, t: _rezip(b, t / "x.zip", lambda n, d: _newer_db(_db_of(b, t), t / "n.db").read_bytes()
                             if n == "safety_desk.db" else d), "较新版本"),
        (lambda b, t: _not_ours(t / "plain.db"), "不是 Safety Desk 数据库"),
        (lambda b, t: _damaged_db(_db_of(b, t), t / "damaged.db"), "损坏"),
        (lambda b, t: _rezip(b, t / "x.zip", lambda n, d: d[:-1] + bytes([d[-1] ^ 1]) if n.startswith("photos/")
                             else d), "照片"),
        (lambda b, t: _write(t / "trunc.zip", b.read_bytes()[:2000]), "损坏"),
    ],
    ids=["text", "no-manifest", "other-format", "newer-format", "newer-db", "newer-db-in-zip", "not-ours", "damaged",
         "bad-photo", "truncated"],
)
def test_refused_files_leave_database_and_photos_unchanged(refusal, tmp_path: Path, make, words):
    backup, target = refusal
    before, files = state(target), photo_files(target)
    bad = make(backup, tmp_path)
    with pytest.raises(UserError) as info:
        restore_from(store=target, path=bad)
    assert words in str(info.value) and bad.name in str(info.value)
    assert "\n" not in str(info.value)
    assert state(target) == before and photo_files(target) == files


def test_backup_refuses_names_it_cannot_use(laptop: Store, tmp_path: Path):
    with pytest.raises(UserError, match=".zip"):
        backup_to(store=laptop, out_path=tmp_path / "b.txt")
    with pytest.raises(UserError, match="内存"):
        backup_to(store=Store.memory(), out_path=tmp_path / "m.zip")


def test_an_older_database_is_restored_and_brought_up_to_date(tmp_path: Path):
    old = Database(tmp_path / "old.db")
    last = migrations._migrations[-1].name
    migrations.apply(old, stop_before=last)
    old["device"].insert({"id": "d", "created_at": "x", "updated_at": "x", "name": "旧电脑"})
    old.close()
    target = Store.open(tmp_path / "t" / "desk.db")
    restore_from(store=target, path=tmp_path / "old.db")
    assert [m.name for m in migrations.applied(target.db)][-1] == last
    assert target.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    target.close()


def test_automatic_backup_once_a_day_keeping_the_last_n(laptop: Store, tmp_path: Path):
    day = datetime(2026, 11, 1, 9, 0)
    for n in range(5):
        assert auto_backup_if_due(store=laptop, now=day + timedelta(days=n), keep=3) is not None
        assert auto_backup_if_due(store=laptop, now=day + timedelta(days=n, hours=8), keep=3) is None  # same day
    autos = list_backups(store=laptop)
    assert [e.created.day for e in autos] == [5, 4, 3]
    folder = backups_dir(store=laptop)
    assert folder == laptop.path.parent / "backups"
    # photos are shared between the automatic backups, not copied into each
    shared = sorted(p.name for p in (folder / "photos").rglob("*") if p.is_file())
    assert shared == sorted(p.name for p in laptop.attachments_dir.rglob("*") if p.is_file())
    with zipfile.ZipFile(autos[0].path) as zf:
        assert not [n for n in zf.namelist() if n.startswith("photos/")]
    # an automatic backup restores with its photos from the shared folder
    new = Store.open(tmp_path / "laptop" / "again.db")
    outcome = restore_from(store=new, path=autos[0].path)
    assert outcome.missing_photos == 0 and photo_files(new) == photo_files(laptop)
    new.close()


def test_shared_photos_go_when_no_backup_names_them(laptop: Store):
    day = datetime(2026, 11, 1)
    auto_backup_if_due(store=laptop, now=day, keep=1)
    shared = backups_dir(store=laptop) / "photos"
    count = len([p for p in shared.rglob("*") if p.is_file()])
    laptop.db.execute("delete from finding_photos")
    laptop.db.execute("delete from photos where rowid = (select min(rowid) from photos)")
    laptop.db.conn.commit()
    auto_backup_if_due(store=laptop, now=day + timedelta(days=1), keep=1)
    assert len([p for p in shared.rglob("*") if p.is_file()]) == count - 1


def test_automatic_backups_can_be_turned_off(laptop: Store, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAFETY_DESK_BACKUP_KEEP", "0")
    assert auto_backup_if_due(store=laptop) is None
    assert not backups_dir(store=laptop).exists()
    assert auto_backup_if_due(store=Store.memory(), keep=3) is None


def test_a_damaged_backup_is_named_not_a_traceback(laptop: Store, tmp_path: Path):
    backup = backup_to(store=laptop, out_path=tmp_path / "b.zip").path
    bad = _rezip(backup, tmp_path / "x.zip", lambda n, d: b"{" if n == "manifest.json" else d)
    with pytest.raises(BackupError, match="manifest"):
        restore_from(store=laptop, path=bad)


def test_a_backup_declaring_more_than_the_disk_holds_is_refused_before_writing(refusal, tmp_path: Path, monkeypatch):
    import shutil as shutil_module

    backup, target = refusal
    before = state(target)
    monkeypatch.setattr(shutil_module, "disk_usage", lambda path: shutil_module._ntuple_diskusage(10**12, 10**12, 1000))
    with pytest.raises(UserError, match="磁盘空间不足"):
        restore_from(store=target, path=backup)
    assert state(target) == before


def test_a_bare_database_file_brings_the_photos_beside_it(laptop: Store, tmp_path: Path):
    laptop.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    new = Store.open(tmp_path / "elsewhere" / "desk.db")
    outcome = restore_from(store=new, path=laptop.path)  # e.g. a copied data folder: desk.db + desk.db.attachments
    assert outcome.missing_photos == 0 and photo_files(new) == photo_files(laptop)
    assert state(new) == state(laptop)
    new.close()
