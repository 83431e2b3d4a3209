"""Take the README's screenshots from this build: ``.venv/bin/python scripts/screenshot.py``.

Runs offscreen; walks the path a new user takes: the catalogue on a new database, the sample data, an inspection
of the chemical catalogue, a 重大 hazard with two photos and the five fields, and the hazards view.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety_desk.ui.common.events import process_events  # noqa: E402

from safety_desk.demo import generate as demo  # noqa: E402
from safety_desk.services import lifecycle  # noqa: E402
from safety_desk.store import Store  # noqa: E402
from safety_desk.ui.app import create_app, open_main_window  # noqa: E402
from tests.support.builders import build_visit, png  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle() -> None:
    for _ in range(5):
        process_events()


def shoot(widget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def template_browser(tmp: Path) -> None:
    window = open_main_window(str(tmp / "new.db"))
    window.resize(1360, 820)
    window.show()
    browser = window.browser
    item = browser.tree_model.index(0, 0, browser.tree_model.index(0, 0))
    browser.tree.setCurrentIndex(browser.tree_model.index(4, 0, item))  # point ⑤ shows its own basis
    shoot(window, "template-browser.png")
    window.close()
    window.store.close()


def inspection_path(tmp: Path) -> None:
    db = tmp / "visit.db"
    store = Store.open(db)
    visit = build_visit(store, when=date(2019, 8, 6))
    store.close()
    window = open_main_window(str(db))
    window.resize(1360, 820)
    window.show()
    view = window.inspections.open_inspection(visit.inspection_id)
    window.tabs.setCurrentWidget(window.inspections)
    view.table.selectRow(0)
    for result in ("符合", "符合", "不适用"):
        view.set_result(result)
    view.set_result("不符合")
    view.note.setPlainText("未制定重大事故隐患治理方案，现场查阅台账缺少近三个月排查记录")
    dialog = window.open_finding(view.new_hazard_for_current_point())
    dialog.description.setPlainText("二号储罐区可燃气体报警装置失效，未制定重大事故隐患治理方案")
    dialog.level.setCurrentText("重大")
    dialog.location.setText("二号储罐区")
    dialog.responsible_unit.setText("生产安全部")
    dialog.responsible_person.setText("王建国")
    dialog.measures.setPlainText("更换报警探头并接入中控室，编制治理方案")
    dialog.funds.setText("12500.00")
    dialog.deadline.setDate(dialog.found_date.date().addDays(30))
    dialog.contingency_plan.setPlainText("停用二号储罐，设专人监护，配备便携式检测仪")
    dialog.add_photo_files([str(png(tmp / "p1.png", (200, 60, 40), 96)), str(png(tmp / "p2.png", (40, 90, 200), 96))])
    dialog.enter_ledger()
    dialog.resize(760, 900)
    shoot(dialog, "hazard-form.png")
    dialog.close()
    view.table.selectRow(3)
    shoot(window, "inspection-walk.png")
    follow_to_write_off(window, dialog.finding_id, tmp)
    window.close()
    window.store.close()


def follow_to_write_off(window, finding_id: str, tmp: Path) -> None:
    """The street office follows the hazard: listed, rectified, a failed re-inspection, an extension, write-off."""
    store = window.store
    def kw(day: date) -> dict:
        return dict(store=store, finding_id=finding_id, today=day)

    lifecycle.list_hazard(**kw(date(2019, 8, 8)), actor="区安委会办公室 赵敏", level="区级",
                          supervising_unit="天桥区安委会办公室", document_no="天安办督〔2019〕12号",
                          listed_on=date(2019, 8, 8))
    lifecycle.start_rectification(**kw(date(2019, 8, 9)), actor="泺口街道 孙丽", reason="企业已制定治理方案")
    lifecycle.submit_for_reinspection(**kw(date(2019, 9, 2)), actor="泺口街道 孙丽", reason="企业报告报警装置已更换")
    lifecycle.record_reinspection(**kw(date(2019, 9, 3)), actor="张明", result="不合格", reinspected_on=date(2019, 9, 3),
                                  opinion="报警信号未接入中控室", inspector_name="张明")
    lifecycle.extend_deadline(**kw(date(2019, 9, 4)), actor="泺口街道 孙丽", new_deadline=date(2019, 9, 30),
                              reason="联网设备到货延迟", approved_by="泺口街道安监办")
    lifecycle.submit_for_reinspection(**kw(date(2019, 9, 25)), actor="泺口街道 孙丽", reason="已接入中控室")
    lifecycle.record_reinspection(**kw(date(2019, 9, 26)), actor="张明", result="合格", reinspected_on=date(2019, 9, 26),
                                  opinion="报警装置联网运行正常，同意销号", inspector_name="张明",
                                  photo_paths=[png(tmp / "p3.png", (40, 160, 60), 96)])
    dialog = window.open_finding(finding_id)
    dialog.resize(900, 760)
    dialog.tabs.setCurrentWidget(dialog.history)
    shoot(dialog, "hazard-history.png")
    dialog.close()


def hazards_view(tmp: Path) -> None:
    db = tmp / "demo.db"
    store = Store.open(db)
    demo.generate_demo(store=store, enterprises=60, findings=400)
    store.close()
    window = open_main_window(str(db))
    window.resize(1360, 820)
    window.show()
    window.inspections.close_inspection()
    window.tabs.setCurrentWidget(window.hazards)
    shoot(window, "hazards-view.png")
    window.tabs.setCurrentWidget(window.dashboard)
    shoot(window, "dashboard.png")
    window.tabs.setCurrentWidget(window.veto_registers)
    shoot(window, "veto-registers.png")
    window.close()
    window.store.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    create_app(["screenshot"], lang="zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        template_browser(Path(tmp))
        inspection_path(Path(tmp))
        hazards_view(Path(tmp))


if __name__ == "__main__":
    main()
