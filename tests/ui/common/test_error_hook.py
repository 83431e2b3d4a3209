"""An exception escaping a slot becomes a clear dialog; a full disk and a locked database are named as such."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from safety_desk.errors import UserError
from safety_desk.ui.app import create_app
from safety_desk.ui.common.error_hook import ErrorHook


def _raise(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_disk_full_and_locked_are_named_and_nothing_is_hidden(qtbot, tmp_path: Path):
    create_app(lang="zh_CN")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    hook = ErrorHook(window, tmp_path / "errors.log")
    hook(*_raise(sqlite3.OperationalError("database or disk is full")))
    assert "磁盘已满" in hook.shown[-1]
    hook(*_raise(sqlite3.OperationalError("database is locked")))
    assert "另一个窗口" in hook.shown[-1]
    hook(*_raise(UserError("照片 x.png 不是照片")))
    assert hook.shown[-1] == "照片 x.png 不是照片"
    hook(*_raise(KeyError("bug")))
    assert str(tmp_path / "errors.log") in hook.shown[-1] and "Traceback" not in hook.shown[-1]
    log = (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert "KeyError" in log and "database or disk is full" in log and "照片 x.png" not in log
    assert len(_boxes()) >= 4
    for box in _boxes():
        assert "Traceback" not in box.text()
        box.close()
    sys.excepthook = sys.__excepthook__
