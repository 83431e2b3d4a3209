"""Back from the sample data to one's own database without restarting (issue 14, point 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.store import Store
from safety_desk.ui.app import create_app, open_main_window


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    QSettings().clear()


@pytest.fixture
def window(qtbot, db_path: Path):
    create_app(lang="zh_CN")
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.store.close()


def test_open_another_database_and_come_back_through_recent(window, db_path: Path, tmp_path: Path, monkeypatch):
    assert db_path.name in window.windowTitle()  # which database is open, in the title bar
    other = tmp_path / "街道办.db"
    Store.open(other).close()
    monkeypatch.setattr("safety_desk.ui.main_window.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(other), ""))
    window.actions_by_name["openDatabase"].trigger()
    assert window.store.path == other and "街道办.db" in window.windowTitle()
    menu = window.recent_menu
    menu.refresh()
    entries = [a.data() for a in menu.actions()]
    assert entries[:2] == [str(other.resolve()), str(db_path.resolve())]  # newest first
    next(a for a in menu.actions() if a.data() == str(db_path.resolve())).trigger()
    assert window.store.path.resolve() == db_path.resolve() and "desk.db" in window.windowTitle()
    file_menu = window.menuBar().actions()[0].menu()
    titles = [a.text() for a in file_menu.actions()]
    assert "打开数据库(&O)…" in titles and "最近使用" in titles


def test_a_file_that_is_not_a_database_is_refused_in_a_dialog(window, db_path: Path, tmp_path: Path, monkeypatch):
    errors = []
    monkeypatch.setattr("safety_desk.ui.main_window.show_error", lambda parent, title, text: errors.append(text))
    bogus = tmp_path / "notes.db"
    bogus.write_text("这不是数据库" * 100, encoding="utf-8")
    assert not window.open_database_file(str(bogus))
    assert window.store.path == db_path and "notes.db" in errors[0]


def test_the_name_is_asked_once_remembered_and_shown(qtbot, window, tmp_path: Path):
    qtbot.waitUntil(lambda: window.actor_prompt is not None and window.actor_prompt.isVisible())
    assert "未设置" in window.actor_label.text()  # not the login name ("root") behind the user's back
    window.actor_prompt.setTextValue("王芳")
    window.actor_prompt.accept()
    assert "王芳" in window.actor_label.text()
    assert lifecycle_service.current_actor(store=window.store) == "王芳"
    # another database on this computer starts with the name: no second question
    other = tmp_path / "另一个.db"
    Store.open(other).close()
    assert window.open_database_file(str(other))
    qtbot.wait(50)
    assert window.actor_prompt is None and "王芳" in window.actor_label.text()
    assert lifecycle_service.current_actor(store=window.store) == "王芳"
