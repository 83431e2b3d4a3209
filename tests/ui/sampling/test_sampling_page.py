"""The 双随机 tab as a new user walks it: import a plan, draw with a seed, see the tasks on the inspections tab, walk
one, enter its result, export the draw record and the public notice, verify."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from safety_desk.services import draws as draw_service
from safety_desk.services import sampling_tasks
from safety_desk.store import Store
from safety_desk.ui.app import create_app, open_main_window
from safety_desk.ui.common.vocabulary import select_value
from tests.support.sampling import PLAN_FILE, build_sampling


@pytest.fixture
def window(qtbot, db_path: Path):
    store = Store.open(db_path)
    build_sampling(store, enterprises=60)
    store.db.execute("delete from sampling_plan_items")
    store.db.execute("delete from sampling_plans")  # registers only: the user imports the plan
    store.db.conn.commit()
    store.close()
    create_app(lang="zh_CN")
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.store.close()


def test_plan_draw_walk_result_export_verify(window, qtbot, tmp_path, monkeypatch):
    page = window.sampling
    window.tabs.setCurrentWidget(page)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "双随机"
    assert not page.buttons["draw"].isEnabled()
    plan_id = page.import_plan(str(PLAN_FILE))
    assert plan_id and page.plan_id() == plan_id and page.items_model.rowCount() == 7
    assert page.buttons["draw"].isEnabled() and not page.buttons["redraw"].isEnabled()

    dialog = page.draw_dialog()
    assert dialog.seed.text().isdigit() and len(dialog.seed.text()) == 14  # the seed is shown before drawing
    dialog.seed.setText("20191008")
    dialog.drawn_by.setText("王明")
    dialog.witnesses.setText("李华、赵强")
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.run_draw(dialog)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    record = draw_service.get_draw(store=window.store, draw_id=page.current_draw_id())
    assert record.seed == 20191008 and record.witnesses == ["李华", "赵强"] and record.seed_source == "指定"
    assert page.tasks_model.rowCount() == len(record.tasks) > 0
    assert "20191008" in page.summary.text()

    task_inspections = {t.inspection_id for t in page.tasks_model.records()}
    window.tabs.setCurrentWidget(window.inspections)
    listed = {r.id for r in window.inspections.model.records()}
    assert task_inspections <= listed  # the tasks are on the inspections tab

    window.tabs.setCurrentWidget(page)
    page.tasks_view.selectRow(0)
    task = page.selected_task()
    page.walk()
    assert window.tabs.currentWidget() is window.inspections
    assert window.inspections.view is not None and window.inspections.view.inspection_id == task.inspection_id
    window.inspections.close_inspection()

    window.tabs.setCurrentWidget(page)
    page.tasks_view.selectRow(page.tasks_model.row_of(task.id))
    page.set_visit_date(day=date(2019, 10, 8))
    assert page.selected_task().state in ("逾期未录入", "待录入结果", "即将到期")
    assert page.selected_task().due == date(2019, 11, 4)
    window.dashboard.reload(today=date(2019, 11, 5))
    assert (window.dashboard.sampling_due.value, window.dashboard.sampling_overdue.value) == (0, 1)
    window.dashboard.reload(today=date(2019, 10, 30))
    assert (window.dashboard.sampling_due.value, window.dashboard.sampling_overdue.value) == (1, 0)
    assert "双随机结果逾期未录入" in window.dashboard.sampling_overdue.text()
    result = page.result_dialog()
    select_value(result.result, "发现问题已责令改正")
    result.day.set_date(date(2019, 10, 25))
    assert page.save_result(result)
    assert page.selected_task().result == "发现问题已责令改正" and page.selected_task().state == "已录入"

    assert page.verify() is True and "完全一致" in page.status.text()

    pdf = tmp_path / "record.pdf"
    page.export_record(str(pdf))
    qtbot.waitUntil(lambda: page.task is None and page.last_export is not None, timeout=30_000)
    assert "20191008" in "".join(p.extract_text() for p in PdfReader(pdf).pages)
    xlsx = tmp_path / "notice.xlsx"
    page.last_export = None
    page.export_notice(str(xlsx))
    qtbot.waitUntil(lambda: page.task is None and page.last_export is not None, timeout=30_000)
    rows = list(load_workbook(xlsx).active.iter_rows(min_row=4, values_only=True))
    assert [(r[1], r[5]) for r in rows] == [(task.enterprise, "发现问题已责令改正")]


def test_redraw_needs_a_reason(window, qtbot):
    page = window.sampling
    page.import_plan(str(PLAN_FILE))
    first = page.draw_dialog()
    first.seed.setText("1")
    first._accept()
    page.run_draw(first)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    again = page.draw_dialog(replaces=page.current_draw_id())
    again.seed.setText("2")
    again._accept()
    assert again.result() != again.DialogCode.Accepted and again.error.text()
    again.reason.setText("监督人未到场")
    again._accept()
    page.run_draw(again)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert page.draws_model.rowCount() == 2
    assert sum(1 for d in page.draws_model.records() if d.replaced_by) == 1
    bad = page.draw_dialog()
    bad.seed.setText("十二")
    bad._accept()
    assert bad.result() != bad.DialogCode.Accepted and bad.error.text()
    assert sampling_tasks.list_tasks(store=window.store, plan_id=page.plan_id()).rows


def test_declare_and_withdraw_a_conflict_of_interest(window, qtbot):
    from tests.support.typing import type_text

    page = window.sampling
    dialog = page.recusal_dialog()
    dialog.inspector.setCurrentIndex(1)
    dialog.enterprise.lineEdit().clear()
    type_text(dialog.enterprise.lineEdit(), "济南测试007有限公司")
    dialog.reason.setText("近亲属任职")
    assert page.save_recusal(dialog)
    assert page.recusals_model.rowCount() == 1
    row = page.recusals_model.record_at(0)
    assert (row.enterprise, row.reason) == ("济南测试007有限公司", "近亲属任职")
    assert row.inspector_id == dialog.inspector.itemData(1)
    page.recusals_view.selectRow(0)
    page.withdraw_recusal()
    assert page.recusals_model.rowCount() == 0


def test_a_result_the_service_refuses_keeps_the_dialog_and_what_was_typed(window, qtbot, monkeypatch):
    """Entered before the visit was recorded: the service refuses; the dialog stays open with the note typed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from safety_desk.ui.sampling import sampling_page
    from safety_desk.ui.sampling.sampling_dialogs import ResultDialog
    from tests.support.dates import click_ok

    page = window.sampling
    window.tabs.setCurrentWidget(page)
    page.import_plan(str(PLAN_FILE))
    dialog = page.draw_dialog()
    dialog.seed.setText("20191008")
    dialog.drawn_by.setText("王明")
    dialog.witnesses.setText("李华、赵强")
    dialog._accept()
    page.run_draw(dialog)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    page.tasks_view.selectRow(0)
    refused: list[str] = []
    monkeypatch.setattr(sampling_page, "show_error", lambda _parent, _title, text: refused.append(text))
    seen: dict = {}

    def type_and_press_ok() -> None:
        result = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ResultDialog) and w.isVisible())
        result.note.setPlainText("现场发现两处问题，已当场责令改正")
        click_ok(result)
        seen.update(visible=result.isVisible(), note=result.note.toPlainText(), refused=list(refused))
        result.reject()

    QTimer.singleShot(0, type_and_press_ok)
    page.enter_result()
    assert seen["refused"] and "检查尚未完成" in seen["refused"][0]
    assert seen["visible"] and seen["note"] == "现场发现两处问题，已当场责令改正"
    assert page.selected_task().result in ("", None)
