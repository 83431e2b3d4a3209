"""Shared fixtures. Tests run headless: Qt draws offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No automatic daily backups in tests unless a test asks for them (they would fill every tmp data folder).
os.environ["SAFETY_DESK_BACKUP_KEEP"] = "0"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from safety_desk.store import Store  # noqa: E402


@pytest.fixture
def store() -> Store:
    """An in-memory store with the schema applied."""
    return Store.memory()


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database file in tmp; SAFETY_DESK_DB cleared so a developer's own setting never leaks into tests."""
    monkeypatch.delenv("SAFETY_DESK_DB", raising=False)
    return tmp_path / "desk.db"


@pytest.fixture
def file_store(db_path: Path):
    s = Store.open(db_path)
    yield s
    s.close()
