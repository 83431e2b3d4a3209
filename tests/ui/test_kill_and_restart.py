"""Nothing lost: kill a real app process mid-inspection, start again, find everything typed before the kill."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from safety_desk.store import Store
from tests.support.builders import build_visit, png

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def prepared_inspection(db_path: Path) -> str:
    store = Store.open(db_path)
    visit = build_visit(store)
    store.close()
    return visit.inspection_id


def _read_line(child: subprocess.Popen, timeout: float) -> str:
    """One line of the child's stdout, or "" if none came in time (the child may be stuck, not dead)."""
    ready = selectors.DefaultSelector()
    ready.register(child.stdout, selectors.EVENT_READ)
    return child.stdout.readline() if ready.select(timeout) else ""


def _drain(child: subprocess.Popen) -> str:
    child.kill()
    return child.stderr.read()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_mid_inspection_and_restart_finds_everything(qtbot, db_path: Path, tmp_path: Path):
    inspection_id = prepared_inspection(db_path)
    photos = [png(tmp_path / "现场1.png", (200, 30, 30)), png(tmp_path / "现场2.png", (30, 30, 200))]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(HERE / "kill_driver.py"), str(db_path), inspection_id, *map(str, photos)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        line = _read_line(child, timeout=120)
        assert line.strip() == "READY", line + _drain(child)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL

    from safety_desk.ui.app import create_app, open_main_window

    create_app(lang="zh_CN")
    window = open_main_window(str(db_path))
    qtbot.addWidget(window)
    window.show()
    try:
        view = window.inspections.view
        assert view is not None and view.inspection_id == inspection_id  # reopened where the inspector was
        results = [r.result for r in view.model.rows()]
        assert results == ["符合", "不适用", "不符合", "未检查", "未检查"]
        assert view.model.rows()[2].note == "现场未见排查记录"
        assert view.progress_label.text() == "已检查 3 / 5"
        assert view.findings.count() == 1
        (dialog,) = window.finding_dialogs.values()  # the hazard form that was open is open again
        assert dialog.description.toPlainText() == "储罐区未设置可燃气体报警装置"
        assert dialog.level.currentText() == "重大"
        assert dialog.location.text() == "二号储罐区"
        assert dialog.responsible_unit.text() == "生产安全部"
        assert dialog.responsible_person.text() == "王建国"
        assert dialog.measures.toPlainText() == "加装可燃气体报警装置并联网"
        assert dialog.funds.text() == "12500.50"
        assert dialog.deadline_value() == date(2019, 9, 5)
        assert dialog.contingency_plan.toPlainText() == "停用储罐并设专人监护"
        assert dialog.photos.count() == 2
        assert "可以登记入台账" in dialog.missing.text()
    finally:
        for d in list(window.finding_dialogs.values()):
            d.close()
        window.store.close()
