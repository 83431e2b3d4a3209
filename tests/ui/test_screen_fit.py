"""Every window and dialog fits a laptop screen (issue 14, point 4): 1366×768 and 1280×720 with a 40-pixel taskbar.

Qt's offscreen platform takes the screen size from a config file, fixed for the life of the QApplication, so each
size runs in a child process (screen_fit_driver.py) that opens every window and dialog and reports any button, tab
bar or status bar that is cut off or outside the screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TASKBAR = 40


@pytest.mark.parametrize("width, height, lang", [(1366, 768, "zh_CN"), (1280, 720, "zh_CN"), (1280, 720, "en")])
def test_every_window_and_dialog_fits_a_laptop_screen(tmp_path: Path, width: int, height: int, lang: str):
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height - TASKBAR,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT),
           "SCREEN_FIT_LANG": lang}  # English labels are longer: they must fit too
    result = subprocess.run([sys.executable, str(HERE / "screen_fit_driver.py"), str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["screen"] == [width, height - TASKBAR]  # the child really ran on that screen
    assert report["problems"] == []
    windows = report["windows"]
    assert {"main window, fresh database", "hazard form, ledgered", "PdfPreviewDialog", "NewInspectionDialog",
            "EnterpriseDialog", "RegisterImportDialog", "ReinspectionDialog"} <= set(windows)
    assert windows["main window, sample data"][0] >= width - 120  # it uses the screen, not a postage stamp
