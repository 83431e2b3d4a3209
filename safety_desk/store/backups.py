"""Backup files: a consistent copy of the database and its photos in one zip, and the checks before a restore.

A backup file is a zip holding::

    manifest.json        what it is: {"format": "safety-desk-backup", "format_version": 1, "created_at": …,
                         "app_version": …, "migrations": [names applied], "photos": [[sha256, extension, size], …],
                         "photos_inside": true}
    safety_desk.db       the database, copied with SQLite's online backup API while the program runs
                         (journal mode DELETE, so the copy is one self-contained file)
    photos/ab/ab…ef.jpg  every photo the database names, under its SHA-256 (only when photos_inside)

The automatic daily backups (``services.backups``) leave photos out (``photos_inside: false``): photos never change
once stored, so they are linked (or copied) once into a shared ``photos/`` folder beside the backups instead of
being copied again every day.

A backup file is untrusted when restored: only ``safety_desk.db`` and ``photos/<2 hex>/<64 hex>.<known extension>``
members are read, each photo must match its hash, the database must pass ``PRAGMA integrity_check``, carry this
program's migration table and no migration this program does not know (a newer program's database).

    result = write_backup(store.db, store.attachments_dir, Path("备份.zip"))
    checked = check_backup(Path("备份.zip"), work_dir)      # BackupError if it is not usable
    restore_backup(store.db, store.attachments_dir, checked)
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from safety_desk import __version__
from safety_desk.errors import UserError
from safety_desk.store.attachments import MAX_PHOTO_BYTES, attachments_dir_for, image_extension, photo_path
from safety_desk.store.migrations import migrations

FORMAT = "safety-desk-backup"
FORMAT_VERSION = 1
DB_MEMBER = "safety_desk.db"
MANIFEST_MEMBER = "manifest.json"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
SQLITE_HEADER = b"SQLite format 3\x00"
PHOTO_EXTENSIONS = (".jpg", ".png", ".gif", ".bmp", ".webp")
_PHOTO_MEMBER = re.compile(r"^photos/([0-9a-f]{2})/(\1[0-9a-f]{62})(\.(?:jpg|png|gif|bmp|webp))$")
_HASH = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1024 * 1024

Progress = Callable[[int, int], bool]


class BackupError(UserError):
    """A file that cannot be restored (not a backup, damaged, from a newer program), or a backup that cannot be made."""


@dataclass(frozen=True)
class PhotoRef:
    sha256: str
    extension: str
    size: int = 0


@dataclass
class BackupResult:
    path: Path
    photos: int
    missing_photos: list[str] = field(default_factory=list)  # named in the database but not on disk
    bytes: int = 0


@dataclass
class CheckedBackup:
    """A backup that passed every check, its database extracted to ``db_path`` (a temporary file)."""

    source: Path
    db_path: Path
    manifest: dict
    photos: list[PhotoRef]
    photos_inside: bool
    counts: dict[str, int]


def _no_progress(done: int, total: int) -> bool:
    return True


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]  # sqlite-utils keeps the registered list here


def photo_refs(db: Database) -> list[PhotoRef]:
    """The photos a database names; rows with a malformed hash or extension name no file and are skipped."""
    rows = db.execute("select sha256, extension, size from photos order by sha256").fetchall()
    return [PhotoRef(h, e, s or 0) for h, e, s in rows
            if isinstance(h, str) and _HASH.match(h) and e in PHOTO_EXTENSIONS]


def snapshot_database(db: Database, target: Path) -> None:
    """A consistent copy of a live database (other connections may keep writing) through the online backup API."""
    target.unlink(missing_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
        dest.commit()
    finally:
        dest.close()


def write_backup(db: Database, attachments_dir: Path, out: Path, *, photos_inside: bool = True,
                 progress: Progress = _no_progress) -> BackupResult:
    """Write a backup zip to ``out`` (through a temporary name: a crash never leaves half a backup under it)."""
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".backup-", suffix=".part")
        os.close(fd)
    except OSError as exc:
        raise BackupError(f"无法在 {out.parent} 写入备份：{exc.strerror or exc}") from None
    tmp = Path(tmp_name)
    snapshot = tmp.with_suffix(".db")
    try:
        snapshot_database(db, snapshot)
        snap = Database(sqlite3.connect(str(snapshot)))
        try:
            refs = photo_refs(snap)
            applied = [m.name for m in migrations.applied(snap)]
        finally:
            snap.close()
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "migrations": applied,
            "photos": [[r.sha256, r.extension, r.size] for r in refs], "photos_inside": photos_inside,
        }
        missing: list[str] = []
        # Level 1: a database deflates to about a fifth either way, three to four times faster than the default 6
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=1) as zf:
            zf.writestr(MANIFEST_MEMBER, json.dumps(manifest, ensure_ascii=False, indent=1))
            zf.write(snapshot, DB_MEMBER)
            if photos_inside:
                for n, ref in enumerate(refs, start=1):
                    source = photo_path(attachments_dir, ref.sha256, ref.extension)
                    if source.is_file():  # photos are already compressed: stored as they are
                        zf.write(source, f"photos/{ref.sha256[:2]}/{ref.sha256}{ref.extension}", zipfile.ZIP_STORED)
                    else:
                        missing.append(ref.sha256)
                    if not progress(n, len(refs)):
                        raise BackupError("备份已取消")
        os.replace(tmp, out)
    except OSError as exc:
        raise BackupError(f"无法写入备份 {out}：{exc.strerror or exc}（磁盘是否已满？）") from None
    except sqlite3.Error as exc:
        raise BackupError(f"无法复制数据库：{exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
        snapshot.unlink(missing_ok=True)
    return BackupResult(out, len(refs) - len(missing), missing, out.stat().st_size)


# --- checking a file before a restore -------------------------------------------------------------------------


def _fail(path: Path, message: str) -> BackupError:
    return BackupError(f"文件 {path}：{message}")


def check_backup(path: Path, work_dir: Path) -> CheckedBackup:
    """Everything about ``path`` that must hold before it replaces a database. Accepts a backup zip or a bare
    Safety Desk database file. The database is extracted into ``work_dir`` (the caller removes it)."""
    path = Path(path)
    if not path.is_file():
        raise _fail(path, "文件不存在或不是普通文件")
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    db_path = work_dir / "restore-check.db"
    if head == SQLITE_HEADER:
        manifest: dict = {}
        _copy_database_file(path, db_path)
        photos_inside = False
    elif zipfile.is_zipfile(path):
        manifest, photos_inside = _extract_zip_database(path, db_path)
    elif head.startswith(b"PK\x03\x04"):
        raise _fail(path, "备份文件不完整或已损坏（zip 目录无法读取）")
    else:
        raise _fail(path, "不是 Safety Desk 备份文件（应为备份 .zip 或数据库文件）")
    counts, refs = _check_database(path, db_path)
    return CheckedBackup(path, db_path, manifest, refs, photos_inside, counts)


def _copy_database_file(path: Path, db_path: Path) -> None:
    try:
        src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            snapshot_database(Database(src), db_path)
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise _fail(path, f"数据库文件无法读取（{exc}），可能已损坏") from None


def _extract_zip_database(path: Path, db_path: Path) -> tuple[dict, bool]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if MANIFEST_MEMBER not in names or DB_MEMBER not in names:
                raise _fail(path, "不是 Safety Desk 备份文件（缺少 manifest.json 或 safety_desk.db）")
            info = zf.getinfo(MANIFEST_MEMBER)
            if info.file_size > MAX_MANIFEST_BYTES:
                raise _fail(path, "备份说明（manifest.json）过大")
            try:
                manifest = json.loads(zf.read(info).decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
                raise _fail(path, "备份说明（manifest.json）已损坏") from None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise _fail(path, "不是 Safety Desk 备份文件")
            version = manifest.get("format_version")
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise _fail(path, "备份说明（manifest.json）已损坏")
            if version > FORMAT_VERSION:
                raise _fail(path, "备份来自较新版本的 Safety Desk，请先升级本程序")
            # zipfile stops inflating at the declared size, so the declared size bounds what is written here
            declared = zf.getinfo(DB_MEMBER).file_size
            free = shutil.disk_usage(db_path.parent).free
            if declared > free - 64 * 1024 * 1024:
                raise _fail(path, f"磁盘空间不足：解压数据库需要 {declared / 1024 / 1024:.0f} MB")
            too_big = [i.filename for i in zf.infolist()
                       if _PHOTO_MEMBER.match(i.filename) and i.file_size > MAX_PHOTO_BYTES]
            if too_big:
                raise _fail(path, f"备份中的照片过大：{too_big[0]}")
            with zf.open(DB_MEMBER) as src, db_path.open("wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
    except BackupError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError) as exc:
        raise _fail(path, f"备份文件已损坏（{type(exc).__name__}）") from None
    except OSError as exc:
        raise _fail(path, f"无法读取备份：{exc.strerror or exc}") from None
    return manifest, manifest.get("photos_inside") is True


def _check_database(source: Path, db_path: Path) -> tuple[dict[str, int], list[PhotoRef]]:
    with db_path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _fail(source, "其中的数据库不是 SQLite 数据库")
    try:
        conn = sqlite3.connect(str(db_path))
        try:
            db = Database(conn)
            result = conn.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                first = " ".join(str(result[0][0]).replace("*** in database main ***", "").split()) if result else ""
                raise _fail(source, f"数据库已损坏（完整性检查：{first[:120] or '无结果'}）")
            tables = set(db.table_names())
            if migrations.migrations_table not in tables or not {"device", "templates"} <= tables:
                raise _fail(source, "不是 Safety Desk 数据库")
            applied = [m.name for m in migrations.applied(db)]
            if not applied:
                raise _fail(source, "不是 Safety Desk 数据库")
            unknown = [name for name in applied if name not in set(known_migrations())]
            if unknown:
                raise _fail(source, f"数据库来自较新版本的 Safety Desk（本程序不认识的数据库变更：{'、'.join(unknown[:3])}），"
                                    "请先升级本程序再恢复")
            counts = {t: db[t].count for t in ("templates", "enterprises", "inspections", "findings", "photos")
                      if t in tables}
            refs = photo_refs(db) if "photos" in tables else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _fail(source, f"数据库无法打开（{exc}），可能已损坏或不是 Safety Desk 数据库") from None
    return counts, refs


# --- restoring --------------------------------------------------------------------------------------------------


def restore_photos(checked: CheckedBackup, attachments_dir: Path, shared_photos: Path | None,
                   progress: Progress = _no_progress) -> list[str]:
    """Put every photo the backup's database names into the photo folder, each checked against its hash, before
    the database is replaced (so it never names a missing file). Photos come from the zip, else from the shared
    folder of the automatic backups, else (a bare database file) from the photo folder beside that file.
    Returns the hashes that were nowhere to be found."""
    folders = [f for f in (shared_photos, attachments_dir_for(checked.source)) if f is not None and f.is_dir()]
    missing: list[str] = []
    refs = checked.photos
    zf = zipfile.ZipFile(checked.source) if checked.photos_inside else None
    try:
        members = {m.group(2): name for name in (zf.namelist() if zf else []) if (m := _PHOTO_MEMBER.match(name))}
        for n, ref in enumerate(refs, start=1):
            target = photo_path(attachments_dir, ref.sha256, ref.extension)
            # a file already under its hash with the right size is that photo (hashing gigabytes again is slow)
            if not (target.is_file() and (not ref.size or target.stat().st_size == ref.size)):
                if zf is not None and ref.sha256 in members:
                    with zf.open(members[ref.sha256]) as src:
                        _install_photo(src, target, ref, checked.source)
                elif found := next((p for f in folders if (p := photo_path(f, ref.sha256, ref.extension)).is_file()),
                                   None):
                    with found.open("rb") as src:
                        _install_photo(src, target, ref, checked.source)
                else:
                    missing.append(ref.sha256)
            if not progress(n, len(refs)):
                raise BackupError("恢复已取消，数据库未改变")
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise _fail(checked.source, f"备份中的照片已损坏（{type(exc).__name__}）") from None
    except OSError as exc:
        raise BackupError(f"无法写入照片到 {attachments_dir}：{exc.strerror or exc}（磁盘是否已满？）") from None
    finally:
        if zf is not None:
            zf.close()
    return missing


def _install_photo(src, target: Path, ref: PhotoRef, source: Path) -> None:
    """Copy to a temporary name beside the target, check hash and image type, then rename into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".restoring-")
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        head = b""
        with os.fdopen(fd, "wb") as dst:
            while chunk := src.read(CHUNK):
                if not head:
                    head = chunk[:16]
                digest.update(chunk)
                dst.write(chunk)
        if digest.hexdigest() != ref.sha256 or image_extension(head) is None:
            raise _fail(source, f"照片 {ref.sha256[:12]}… 已损坏（内容与其校验值不符），未恢复任何数据")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def restore_database(db: Database, checked: CheckedBackup) -> None:
    """Replace the live database's content with the checked copy, in one step, through the online backup API:
    other connections see either the old or the restored database, never a mix."""
    src = sqlite3.connect(str(checked.db_path))
    try:
        src.backup(db.conn)
    except sqlite3.Error as exc:
        raise BackupError(f"无法恢复数据库：{exc}") from None
    finally:
        src.close()


def read_manifest(path: Path) -> dict | None:
    """The manifest of a backup zip in our backups folder, or None if it is not one (used to list and prune)."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(MANIFEST_MEMBER)
            if info.file_size > MAX_MANIFEST_BYTES:
                return None
            manifest = json.loads(zf.read(info).decode("utf-8"))
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, EOFError, RecursionError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else None
