"""Databases for tests that move packages between computers."""

from __future__ import annotations

from pathlib import Path

from safety_desk.services.templates import load_shipped_templates
from safety_desk.store import Store


def content(store: Store) -> dict:
    """Every table's rows, in a stable order: two equal dumps mean the database did not change."""
    db = store.db
    return {t: [tuple(r.values()) for r in db.query(f"select * from [{t}] order by 1, 2")] for t in db.table_names()}


def open_computer(tmp_path: Path, name: str) -> Store:
    """A database as the app makes it: the shipped checklists loaded under this computer's own ids."""
    store = Store.open(tmp_path / name / "desk.db")
    load_shipped_templates(store=store)
    return store
