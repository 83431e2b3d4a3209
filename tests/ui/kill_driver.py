"""Run by test_kill_and_restart.py in a child process: walk a checklist and type a hazard, then wait to be killed.

Usage: python kill_driver.py DB_PATH INSPECTION_ID PHOTO1 PHOTO2
Prints READY once everything is typed; the parent then kills this process with SIGKILL.
"""

from __future__ import annotations

import os
from datetime import timedelta
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from safety_desk.ui.app import create_app, open_main_window  # noqa: E402
from tests.support.typing import type_text  # noqa: E402


def main() -> None:
    db, inspection_id, *photos = sys.argv[1:]
    app = create_app(["kill-driver"], lang="zh_CN")
    window = open_main_window(db)
    window.show()
    window.activateWindow()

    def drive() -> None:
        view = window.inspections.open_inspection(inspection_id)
        view.table.setFocus()
        QTest.keyClick(view.table, Qt.Key.Key_1)  # ① compliant → moves to ②
        QTest.keyClick(view.table, Qt.Key.Key_3)  # ② not applicable → moves to ③
        QTest.keyClick(view.table, Qt.Key.Key_2)  # ③ non-compliant, stays
        type_text(view.note, "现场未见排查记录")
        view.table.setFocus()
        QTest.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        (dialog,) = window.finding_dialogs.values()
        type_text(dialog.description, "储罐区未设置可燃气体报警装置")
        dialog.level.setCurrentText("重大")
        type_text(dialog.location, "二号储罐区")
        type_text(dialog.responsible_unit, "生产安全部")
        type_text(dialog.responsible_person, "王建国")
        type_text(dialog.measures, "加装可燃气体报警装置并联网")
        type_text(dialog.funds, "12500.50")
        QTest.keyClick(dialog.funds, Qt.Key.Key_Return)  # Enter finishes the number: now it is stored
        dialog.deadline.set_date(dialog.found_date.date_value() + timedelta(days=30))
        QTest.keyClick(dialog.deadline, Qt.Key.Key_Return)
        type_text(dialog.contingency_plan, "停用储罐并设专人监护")
        dialog.add_photo_files(photos)
        print("READY", flush=True)

    QTimer.singleShot(0, drive)
    app.exec()


if __name__ == "__main__":
    main()
