"""Qt's own file dialog speaks Chinese in the Chinese UI (issue 14, point 5): the strings qtbase_zh_CN lacks come
from our supplement (resources/translations/qt_extra_zh_CN.ts), dates and sizes use Chinese formats even on a
machine whose locale is C. Runs in a child process: Qt reads the system locale once per process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

DRIVER = r"""
import json, sys, time
from pathlib import Path
from safety_desk.ui.app import create_app
app = create_app(lang="zh_CN")
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel, QTreeView
from safety_desk.ui.common.events import process_events
folder = Path(sys.argv[1])
(folder / "报表").mkdir()
(folder / "台账.pdf").write_bytes(b"%PDF-1.4")
dialog = QFileDialog(None, "导出台账", str(folder), "PDF (*.pdf)")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
dialog.setViewMode(QFileDialog.ViewMode.Detail)
dialog.show()
tree = next(v for v in dialog.findChildren(QTreeView) if v.isVisible())
deadline = time.monotonic() + 10
while tree.model().rowCount(tree.rootIndex()) < 2 and time.monotonic() < deadline:
    process_events()
    time.sleep(0.05)
model, root = tree.model(), tree.rootIndex()
cells = [[model.index(r, c, root).data() for c in range(model.columnCount())] for r in range(model.rowCount(root))]
texts = {
    "labels": [w.text() for w in dialog.findChildren(QLabel) if w.text()],
    "buttons": [w.text() for w in dialog.findChildren(QAbstractButton) if w.text()],
    "tips": [w.toolTip() for w in dialog.findChildren(QAbstractButton) if w.toolTip()],
    "headers": [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())],
    "cells": cells,
}
if len(sys.argv) > 2:
    dialog.grab().save(sys.argv[2])
print(json.dumps(texts, ensure_ascii=False))
"""


def test_the_file_dialog_has_no_english_in_the_chinese_ui(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))  # a fresh machine: no locale
    shot = os.environ.get("QT_STRINGS_SHOT")
    result = subprocess.run([sys.executable, "-c", DRIVER, str(tmp_path), *([shot] if shot else [])], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    english = re.compile(r"[A-Za-z]{2,}")
    for kind in ("labels", "buttons", "tips", "headers"):
        leftovers = [t for t in shown[kind] if english.search(t.replace("&", ""))]
        assert leftovers == [], (kind, leftovers)  # e.g. "&Look in:", "Files of &type:"
    rows = {row[0]: row for row in shown["cells"]}
    assert set(rows) == {"报表", "台账.pdf"}
    folder, pdf = rows["报表"], rows["台账.pdf"]
    assert folder[2] == "文件夹"  # not "Folder"
    assert "字节" in pdf[1] and "bytes" not in pdf[1]
    for row in (folder, pdf):
        assert re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d{2}", row[3]), row[3]  # not "30 11 2026 21:13"


def test_the_supplement_qm_is_compiled_from_its_ts(tmp_path: Path):
    from safety_desk.paths import TRANSLATIONS_DIR

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    out = tmp_path / "check.qm"
    subprocess.run([str(lrelease), str(TRANSLATIONS_DIR / "qt_extra_zh_CN.ts"), "-qm", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == (TRANSLATIONS_DIR / "qt_extra_zh_CN.qm").read_bytes()
