"""SQLite through sqlite-utils: schema by named migrations, repositories, one connection per thread."""

from safety_desk.store.database import Store, default_db_path, resolve_db_path

__all__ = ["Store", "default_db_path", "resolve_db_path"]
