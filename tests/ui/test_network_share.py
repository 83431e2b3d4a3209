"""The app on a database in a network share: a warning that says why, Quit by default, "Open anyway" on request."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from safety_desk.store import location
from safety_desk.store.database import NetworkDatabaseError
from safety_desk.ui.app import ask_to_open_on_network_share, create_app, open_main_window


@pytest.fixture
def share_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    fake = tmp_path / "mountinfo"
    fake.write_text(f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n40 22 0:40 / {os.path.realpath(folder)} rw - cifs //srv/x rw\n",
                    encoding="utf-8")
    monkeypatch.setattr(location, "MOUNTINFO", fake)
    monkeypatch.delenv(location.ENV_ALLOW_NETWORK, raising=False)
    return folder / "desk.db"


def _answer(button_text: str, seen: list[str]) -> None:
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "networkDatabaseWarning" and w.isVisible())
    seen.append(box.text())
    next(b for b in box.buttons() if b.text() == button_text).click()


@pytest.mark.parametrize(("button", "opens"), [("退出", False), ("仍然打开（不建议）", True)])
def test_the_warning_and_its_two_answers(qtbot, share_db: Path, button: str, opens: bool):
    create_app(lang="zh_CN")
    with pytest.raises(NetworkDatabaseError) as info:
        open_main_window(str(share_db))
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer(button, seen))
    assert ask_to_open_on_network_share(info.value) is opens
    assert "网络共享" in seen[0] and "数据包" in seen[0]
    if opens:
        window = open_main_window(str(share_db), allow_network=True)
        qtbot.addWidget(window)
        assert window.store.path == share_db and window.store.network_allowed
        window.store.close()
