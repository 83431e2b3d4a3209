"""The 双随机 tab in both UI languages: item kinds, methods, task states, results and the draw's status show in
English in the English UI and as stored in the Chinese one; a result chosen in English is stored in Chinese."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.services import draws as draw_service
from safety_desk.services import sampling_tasks as task_service
from safety_desk.store import Store
from safety_desk.ui.sampling.sampling_page import SamplingPage
from tests.support.language import ui_language
from tests.support.sampling import build_sampling

SHOWN = {"en": {"已录入": "Entered", "未发现问题": "No problem found", "有效": "Valid", "指定": "Typed in",
                "重点检查事项": "Key check item", "发现问题已责令改正": "Problems found, ordered corrected",
                "plan": "to"},
         "zh_CN": {"已录入": "已录入", "未发现问题": "未发现问题", "有效": "有效", "指定": "指定",
                   "重点检查事项": "重点检查事项", "发现问题已责令改正": "发现问题已责令改正", "plan": "至"}}


def _column(model, title: str) -> list[str]:
    from PySide6.QtCore import Qt

    col = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)
    return [model.index(r, col).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_sampling_vocabularies_follow_the_ui_language(qtbot, store: Store, language: str):
    words = SHOWN[language]
    world = build_sampling(store, enterprises=60)
    draw_service.run_draw(store=store, plan_id=world.plan_id, seed=20191008, drawn_by="王明")
    first, second = task_service.list_tasks(store=store, plan_id=world.plan_id).rows[:2]
    for task in (first, second):
        task_service.set_visit_date(store=store, task_id=task.id, day=date(2019, 10, 8), completed=True)
    task_service.record_result(store=store, task_id=first.id, result="未发现问题", result_on=date(2019, 10, 20))
    with ui_language(language):
        page = SamplingPage(store)
        qtbot.addWidget(page)
        assert f" {words['plan']} " in page.plan_combo.currentText()
        tasks = page.tasks_model
        row = tasks.row_of(first.id)
        cells = [tasks.index(row, c).data() for c in range(tasks.columnCount())]
        assert words["已录入"] in cells and words["未发现问题"] in cells and first.enterprise in cells
        draws = page.draws_model
        assert any(words["有效"] == draws.index(0, c).data() for c in range(draws.columnCount()))
        assert any(words["指定"] in str(draws.index(0, c).data()) for c in range(draws.columnCount()))
        items = page.items_model
        assert any(words["重点检查事项"] == items.index(r, 2).data() for r in range(items.rowCount()))

        page.tasks_view.selectRow(tasks.row_of(second.id))
        dialog = page.result_dialog()
        results = [dialog.result.itemText(i) for i in range(dialog.result.count())]
        dialog.result.setCurrentIndex(results.index(words["发现问题已责令改正"]))
        dialog.day.set_date(date(2019, 10, 25))
        assert page.save_result(dialog)
    assert task_service.get_task(store=store, task_id=second.id).result == "发现问题已责令改正"
