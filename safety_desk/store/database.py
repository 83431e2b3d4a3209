"""Opening the database: where it lives, WAL mode, busy timeout, migrations, one connection per thread."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from safety_desk.errors import UserError
from safety_desk.store import tombstones
from safety_desk.store.location import ENV_ALLOW_NETWORK, allowed_by_environment, network_mount
from safety_desk.store.migrations import migrations

ENV_DB = "SAFETY_DESK_DB"
# A second window or the CLI may write while this one does: wait for the lock rather than fail at once.
BUSY_TIMEOUT_MS = 10_000


def default_db_path() -> Path:
    """The user's data folder, as the platform names it (XDG on Linux, AppData on Windows)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "safety-desk" / "safety_desk.db"


def resolve_db_path(cli_value: str | os.PathLike | None = None) -> Path:
    """``--db`` wins over ``SAFETY_DESK_DB``, which wins over the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    if os.environ.get(ENV_DB):
        return Path(os.environ[ENV_DB]).expanduser()
    return default_db_path()


class NetworkDatabaseError(UserError):
    """The database path is on a network share; ``mount`` says which. Opening anyway needs an explicit override."""

    def __init__(self, path: Path, mount) -> None:
        self.path, self.mount = path, mount
        super().__init__(
            f"数据库 {path} 位于网络共享上（{mount.describe()}）。SQLite 数据库放在网络共享上，多台电脑同时使用时会损坏。"
            f"请把数据库放在本机磁盘上，各电脑之间用数据包（导出/导入）交换数据。"
            f"确需使用网络共享，请加选项 --allow-network-db 或设置环境变量 {ENV_ALLOW_NETWORK}=1。"
        )


def check_location(path: Path, *, allow_network: bool | None = None) -> None:
    """Refuse a database on a network file system unless allowed (explicitly, or through the environment)."""
    if allow_network is None:
        allow_network = allowed_by_environment()
    if allow_network:
        return
    mount = network_mount(path)
    if mount is not None:
        raise NetworkDatabaseError(path, mount)


STORAGE_FULL, STORAGE_LOCKED, STORAGE_READ_ONLY = "full", "locked", "read-only"


def storage_trouble(exc: sqlite3.OperationalError) -> str | None:
    """Which reason outside the program made a database write fail (disk full, another window writing, a read-only
    file), from SQLite's own words, or None for anything else (a programming error: not to be dressed up)."""
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text:
        return STORAGE_FULL
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return STORAGE_LOCKED
    if "readonly database" in text or "read-only" in text:
        return STORAGE_READ_ONLY
    return None


def storage_problem(exc: sqlite3.OperationalError) -> str | None:
    """``storage_trouble`` in a user's words (the command line's and the services'; the window has its own,
    translated), or None."""
    return {
        STORAGE_FULL: "磁盘已满，本次操作未保存（数据库保持原样）：请腾出空间后重试",
        STORAGE_LOCKED: "另一个窗口或程序正在写同一个数据库，本次操作未保存（数据库保持原样）：请稍候重试",
        STORAGE_READ_ONLY: "数据库文件不可写（只读），本次操作未保存",
    }.get(storage_trouble(exc))


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


_RANDOM_74 = (1 << 74) - 1
_LOW_62 = (1 << 62) - 1
_last_id = (0, 0)  # (milliseconds, random bits) of the last id made in this process
_id_lock = threading.Lock()


def new_id() -> str:
    """A UUID of version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits.

    Ids made later sort later, so a new record lands at the end of every index keyed by id. A version 4 UUID lands
    on a random page of each such index: an office database that merges packages from dozens of laptops then rewrites
    a page of every id index for nearly every record, and its imports slow down as it grows. Within one millisecond
    (or if the clock steps back) the random bits of the last id go up by a random step (RFC 9562's monotonic method), so ids
    made one after another sort in the order they were made — which also makes everything ordered by id (the
    双随机 draw's list) follow the order records were created in. People see the end of an id: ``domain.ids``."""
    global _last_id
    ms, bits = time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big") & _RANDOM_74
    with _id_lock:
        last_ms, last_bits = _last_id
        if ms <= last_ms:
            # up by a random step, not by one: the short ids (the end) of two records made together must not be
            # one typo apart
            ms, bits = last_ms, last_bits + 1 + int.from_bytes(os.urandom(5), "big")
            if bits > _RANDOM_74:  # 2**74 ids in one millisecond: borrow the next one
                ms, bits = ms + 1, 0
        _last_id = (ms, bits)
    value = ms << 80 | 0x7 << 76 | (bits >> 62) << 64 | 0b10 << 62 | bits & _LOW_62
    return str(uuid.UUID(int=value))


class Store:
    """A database file and a connection for each thread that asks for one.

    Usage::

        store = Store.open("/tmp/x.db")   # creates the file, applies migrations
        store.db["templates"].count        # this thread's sqlite_utils.Database
        Store.memory()                     # an in-memory store for tests

    sqlite3 connections must not cross threads; workers call ``store.db`` themselves and get their own.
    """

    def __init__(self, path: Path | None, *, _memory_db: Database | None = None) -> None:
        self.path = path
        self._local = threading.local()
        self._memory_db = _memory_db
        self._attachments_dir: Path | None = None
        self.network_allowed = False

    @classmethod
    def open(cls, path: str | os.PathLike, *, allow_network: bool | None = None) -> "Store":
        """Open (or create) the database at ``path``. A path on a network share is refused (NetworkDatabaseError)
        unless ``allow_network`` is true, or it is None and SAFETY_DESK_ALLOW_NETWORK_DB=1."""
        path = Path(path)
        check_location(path, allow_network=allow_network)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"无法创建数据库目录 {path.parent}：{exc.strerror or exc}") from None
        if path.exists() and path.is_dir():
            raise UserError(f"数据库路径 {path} 是一个目录")
        store = cls(path)
        store.network_allowed = bool(allow_network)  # a second store beside this one (sample data) may follow it
        store.migrate()
        return store

    @classmethod
    def memory(cls) -> "Store":
        db = Database(memory=True)
        store = cls(None, _memory_db=db)
        store._configure(db)
        store.migrate()
        return store

    @property
    def db(self) -> Database:
        if self._memory_db is not None:
            return self._memory_db
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._connect()
            self._local.db = db
        return db

    def _connect(self) -> Database:
        assert self.path is not None
        try:
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)
            db = Database(conn)
            self._configure(db)
        except sqlite3.DatabaseError as exc:
            raise UserError(f"无法打开数据库 {self.path}：{exc}（文件可能已损坏或不是 Safety Desk 数据库）") from None
        return db

    def _configure(self, db: Database) -> None:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if not db.memory:
            db.enable_wal()
            # WAL with synchronous=NORMAL survives an application crash without losing committed work.
            db.execute("PRAGMA synchronous = NORMAL")

    def migrate(self) -> None:
        try:
            migrations.apply(self.db)
            tombstones.ensure_triggers(self.db)  # synced tables added by later migrations get theirs too
            self._ensure_device()
        except sqlite3.DatabaseError as exc:
            raise UserError(f"数据库 {self.path or ':memory:'} 无法使用：{exc}") from None

    def _ensure_device(self) -> None:
        db = self.db
        if db["device"].count == 0:
            import socket

            stamp = now_iso()
            with db.atomic():
                db["device"].insert({"id": new_id(), "created_at": stamp, "updated_at": stamp, "name": socket.gethostname()})

    @property
    def attachments_dir(self) -> Path:
        """Where photos live: beside the database file (a temporary folder for an in-memory store)."""
        if self._attachments_dir is None:
            from safety_desk.store.attachments import attachments_dir_for

            self._attachments_dir = attachments_dir_for(self.path)
        return self._attachments_dir

    @property
    def device_id(self) -> str:
        return next(self.db.query("select id from device order by created_at limit 1"))["id"]

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None
