"""文件 → 备份数据 / 从备份恢复 in the window, and the quiet automatic daily backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from safety_desk.demo.generate import generate_demo
from safety_desk.store import Store
from safety_desk.ui.app import create_app, open_main_window


@pytest.fixture
def window(qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch):
    store = Store.open(db_path)
    generate_demo(store=store, seed=11, enterprises=2, findings=5)
    store.close()
    # information/warning boxes would block the test: record them instead
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append("WARNING " + text))
    create_app(lang="zh_CN")
    w = open_main_window(str(db_path))
    w.shown = shown
    qtbot.addWidget(w)
    w.show()
    yield w
    w.store.close()


def _file_menu(w) -> list[str]:
    menu = next(a.menu() for a in w.menuBar().actions() if a.text().startswith("文件"))
    return [a.text() for a in menu.actions()]


def test_file_menu_has_backup_and_restore(window):
    items = _file_menu(window)
    assert "备份数据(&B)…" in items and "从备份恢复(&R)…" in items


def test_backup_then_restore_in_the_window(qtbot, window, tmp_path: Path):
    out = tmp_path / "备份.zip"
    window.backup_data_to(str(out))
    with qtbot.waitSignal(window.task.done, timeout=30_000):
        pass
    assert out.is_file() and "已备份数据库和" in window.shown[-1]
    descriptions = [r[0] for r in window.store.db.execute("select description from findings order by id")]
    window.store.db.execute("update findings set description = '改错了'")
    window.store.db.conn.commit()
    old_view = window.hazards

    asked: list[str] = []
    window.restore_backup_from(str(out), confirm=lambda path: asked.append(path) or True)
    with qtbot.waitSignal(window.task.done, timeout=30_000):
        pass
    assert asked == [str(out)]
    assert "已恢复 5 条隐患" in window.shown[-1] and "before-restore" in window.shown[-1]
    assert window.hazards is not old_view and window.hazards.model.rowCount() == 5  # views rebuilt
    assert [r[0] for r in window.store.db.execute("select description from findings order by id")] == descriptions
    assert window.store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_refused_restore_says_why_and_changes_nothing(qtbot, window, tmp_path: Path):
    bad = tmp_path / "notes.zip"
    bad.write_text("x", encoding="utf-8")
    window.restore_backup_from(str(bad), confirm=lambda path: True)
    with qtbot.waitSignal(window.task.done, timeout=30_000):
        pass
    assert window.shown[-1].startswith("WARNING") and "不是 Safety Desk 备份" in window.shown[-1]
    assert window.hazards.model.rowCount() == 5


def test_declining_the_question_restores_nothing(window, tmp_path: Path):
    window.restore_backup_from(str(tmp_path / "whatever.zip"), confirm=lambda path: False)
    assert window.task is None


def test_the_daily_backup_runs_quietly(qtbot, window, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAFETY_DESK_BACKUP_KEEP", "7")
    with qtbot.waitSignal(window.auto_backup.made, timeout=30_000) as signal:
        window.auto_backup.run()
    path = Path(signal.args[0])
    assert path.parent == window.store.path.parent / "backups" and path.name.startswith(window.store.path.stem + "-auto-")
    assert "每日备份已保存" in window.statusBar().currentMessage()
    assert not window.auto_backup.task.dialog.isVisible()
    task = window.auto_backup.run()  # the same day again: nothing new
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    assert len(list(path.parent.glob("*-auto-*.zip"))) == 1
