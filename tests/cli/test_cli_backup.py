"""``safety-desk backup --out F`` / ``backup --auto`` / ``restore F`` through the real command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from safety_desk.cli import main
from safety_desk.demo.generate import generate_demo
from safety_desk.store import Store


@pytest.fixture
def laptop_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("SAFETY_DESK_DB", raising=False)
    path = tmp_path / "laptop" / "desk.db"
    store = Store.open(path)
    generate_demo(store=store, seed=9, enterprises=2, findings=6)
    store.close()
    return path


def test_backup_then_restore_elsewhere(laptop_db: Path, tmp_path: Path, capsys):
    out = tmp_path / "备份.zip"
    assert main(["--db", str(laptop_db), "backup", "--out", str(out)]) == 0
    assert "已备份数据库和" in capsys.readouterr().out and out.is_file()
    new_db = tmp_path / "new" / "desk.db"
    assert main(["--db", str(new_db), "restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "隐患 6 条" in printed and "原有数据已另存为" in printed
    conn = sqlite3.connect(new_db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("select count(*) from findings").fetchone()[0] == 6
    conn.close()
    assert main(["--db", str(new_db), "stats", "--json"]) == 0  # the program works on what it restored
    assert '"findings": 6,' in capsys.readouterr().out


def test_refusals_are_one_line_with_exit_2(laptop_db: Path, tmp_path: Path, capsys):
    not_a_backup = tmp_path / "notes.zip"
    not_a_backup.write_text("not a zip", encoding="utf-8")
    assert main(["--db", str(laptop_db), "restore", str(not_a_backup)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "notes.zip" in err and "不是 Safety Desk 备份" in err
    assert main(["--db", str(laptop_db), "backup", "--out", str(tmp_path / "b.txt")]) == 2
    assert ".zip" in capsys.readouterr().err
    assert main(["--db", str(laptop_db), "restore", str(tmp_path / "missing.zip")]) == 2
    assert "不存在" in capsys.readouterr().err


def test_auto_backup_from_the_command_line(laptop_db: Path, capsys, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAFETY_DESK_BACKUP_KEEP", "7")
    assert main(["--db", str(laptop_db), "backup", "--auto"]) == 0
    assert "backups" in capsys.readouterr().out
    assert main(["--db", str(laptop_db), "backup", "--auto"]) == 0
    assert "今天已有自动备份" in capsys.readouterr().out
    assert len(list((laptop_db.parent / "backups").glob("desk-auto-*.zip"))) == 1
