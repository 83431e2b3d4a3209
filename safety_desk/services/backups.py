"""Backup use cases: a backup file on request, an automatic backup once a day, and restoring a backup.

    backup_to(store=store, out_path="2026-11-30 备份.zip")      # the database and every photo in one zip
    auto_backup_if_due(store=store)                             # at most one a day, the last AUTO_KEEP kept
    restore_from(store=store, path="2026-11-30 备份.zip")       # the data before it is kept aside first

Automatic backups live in ``backups/`` beside the database (the data folder), named ``<db>-auto-YYYYMMDD-HHMMSS.zip``;
their photos are linked once into ``backups/photos/`` (see ``store.backups``). A restore first saves the current
data as ``<db>-before-restore-YYYYMMDD-HHMMSS.zip`` there (never pruned), so a wrong restore can be undone by
restoring that file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from safety_desk.errors import UserError
from safety_desk.store import Store
from safety_desk.store.attachments import photo_path
from safety_desk.store.backups import (
    BackupError,
    BackupResult,
    Progress,
    check_backup,
    photo_refs,
    read_manifest,
    restore_database,
    restore_photos,
    write_backup,
)

BACKUPS_FOLDER = "backups"
SHARED_PHOTOS = "photos"
AUTO_KEEP = 7
ENV_KEEP = "SAFETY_DESK_BACKUP_KEEP"  # 0 turns automatic backups off
AUTO_TAG, BEFORE_RESTORE_TAG = "auto", "before-restore"


def _no_progress(done: int, total: int) -> bool:
    return True


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    kind: str  # "auto" or "before-restore"
    created: datetime


@dataclass(frozen=True)
class RestoreOutcome:
    source: Path
    counts: dict[str, int]
    previous: Path  # where the data before the restore was saved
    missing_photos: int


def _file_store(store: Store) -> Path:
    if store.path is None:
        raise UserError("内存数据库不能备份或恢复")
    return store.path


def backups_dir(*, store: Store) -> Path:
    return _file_store(store).parent / BACKUPS_FOLDER


def auto_keep() -> int:
    try:
        return max(0, int(os.environ.get(ENV_KEEP, AUTO_KEEP)))
    except ValueError:
        return AUTO_KEEP


def backup_to(*, store: Store, out_path: str | Path, progress: Progress = _no_progress) -> BackupResult:
    """The database and its photos in one zip at ``out_path`` (see ``store.backups`` for what is inside)."""
    db_path = _file_store(store)
    out = Path(out_path).expanduser()
    if out.suffix.lower() != ".zip":
        raise UserError(f"备份文件应以 .zip 结尾，而不是 “{out.name}”")
    if out.is_dir():
        raise UserError(f"{out} 是一个目录，请给出备份文件名")
    if out.resolve() == db_path.resolve():
        raise UserError("备份文件不能与数据库同名")
    return write_backup(store.db, store.attachments_dir, out, photos_inside=True, progress=progress)


def list_backups(*, store: Store) -> list[BackupEntry]:
    """The backups in the data folder, newest first."""
    folder = backups_dir(store=store)
    stem = _file_store(store).stem
    entries = []
    for tag in (AUTO_TAG, BEFORE_RESTORE_TAG):
        for path in folder.glob(f"{stem}-{tag}-*.zip"):
            try:
                created = datetime.strptime(path.stem[len(stem) + len(tag) + 2:], "%Y%m%d-%H%M%S")
            except ValueError:
                continue
            entries.append(BackupEntry(path, tag, created))
    return sorted(entries, key=lambda e: e.created, reverse=True)


def _dated_backup(store: Store, tag: str, now: datetime, progress: Progress = _no_progress) -> BackupResult:
    folder = backups_dir(store=store)
    out = folder / f"{_file_store(store).stem}-{tag}-{now:%Y%m%d-%H%M%S}.zip"
    result = write_backup(store.db, store.attachments_dir, out, photos_inside=False, progress=progress)
    _share_photos(store, folder / SHARED_PHOTOS)
    return result


def _share_photos(store: Store, shared: Path) -> None:
    """Link each photo into the shared folder once (a copy where links are not possible, e.g. FAT32 sticks)."""
    for ref in photo_refs(store.db):
        source = photo_path(store.attachments_dir, ref.sha256, ref.extension)
        target = photo_path(shared, ref.sha256, ref.extension)
        if target.exists() or not source.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)


def auto_backup_if_due(*, store: Store, now: datetime | None = None, keep: int | None = None) -> BackupResult | None:
    """Make today's automatic backup unless there is one; keep the last ``keep``. None when nothing was due."""
    if store.path is None:
        return None
    keep = auto_keep() if keep is None else keep
    if keep <= 0:
        return None
    now = now or datetime.now()
    autos = [e for e in list_backups(store=store) if e.kind == AUTO_TAG]
    if autos and autos[0].created.date() >= now.date():
        return None
    result = _dated_backup(store, AUTO_TAG, now)
    prune_backups(store=store, keep=keep)
    return result


def prune_backups(*, store: Store, keep: int) -> list[Path]:
    """Delete automatic backups past the newest ``keep``, then shared photos no remaining backup names."""
    autos = [e for e in list_backups(store=store) if e.kind == AUTO_TAG]
    removed = []
    for entry in autos[keep:]:
        entry.path.unlink(missing_ok=True)
        removed.append(entry.path)
    shared = backups_dir(store=store) / SHARED_PHOTOS
    if shared.is_dir():
        named: set[str] = set()
        for path in backups_dir(store=store).glob("*.zip"):  # every backup here, whatever its name
            manifest = read_manifest(path)
            if manifest is None:
                continue
            named.update(str(p[0]) for p in manifest.get("photos", []) if isinstance(p, list) and p)
        for photo in shared.glob("??/*"):
            if photo.stem not in named:
                photo.unlink(missing_ok=True)
    return removed


def restore_from(*, store: Store, path: str | Path, progress: Progress = _no_progress) -> RestoreOutcome:
    """Replace this database (and add its photos) with a backup's, after every check and after saving the
    current data aside. Refuses what is not a Safety Desk backup/database, is damaged or comes from a newer program.
    Afterwards the schema is brought up to date (a backup from an older program)."""
    db_path = _file_store(store)
    source = Path(path).expanduser()
    folder = backups_dir(store=store)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".restore-") as work:
        checked = check_backup(source, Path(work))
        if source.resolve() == db_path.resolve():
            raise UserError("不能用正在使用的数据库恢复它自己")
        previous = _dated_backup(store, BEFORE_RESTORE_TAG, datetime.now()).path
        missing = restore_photos(checked, store.attachments_dir, folder / SHARED_PHOTOS, progress)
        restore_database(store.db, checked)
    store.migrate()  # an older backup gets this program's schema; device and triggers as on every open
    return RestoreOutcome(source, checked.counts, previous, len(missing))


__all__ = ["BackupError", "BackupEntry", "RestoreOutcome", "auto_backup_if_due", "backup_to", "backups_dir",
           "list_backups", "prune_backups", "restore_from"]
