"""A draw made at the office travels to a laptop; the walked task and its result come back and merge."""

from __future__ import annotations

from datetime import date

from safety_desk.services import draws, packages, sampling_tasks
from safety_desk.services import inspections as inspection_service
from safety_desk.services import templates as template_service
from safety_desk.store import Store
from tests.support.sampling import build_sampling


def test_plans_draws_tasks_and_results_travel_both_ways(tmp_path):
    office = Store.open(tmp_path / "office.db")
    laptop = Store.open(tmp_path / "laptop.db")
    template_service.load_shipped_templates(store=laptop)
    world = build_sampling(office)
    record = draws.run_draw(store=office, plan_id=world.plan_id, seed=11, drawn_by="王明")
    packages.export_package(store=office, out_path=tmp_path / "to-laptop.sdpkg", destination="laptop")
    summary = packages.import_package(store=laptop, path=tmp_path / "to-laptop.sdpkg")
    assert summary.conflicts == 0
    assert draws.verify_draw(store=laptop, draw_id=record.id).identical
    task = sampling_tasks.list_tasks(store=laptop, plan_id=world.plan_id).rows[0]
    assert inspection_service.get_inspection(store=laptop, inspection_id=task.inspection_id).template_titles

    sampling_tasks.set_visit_date(store=laptop, task_id=task.id, day=date(2019, 10, 15))
    inspection_service.set_completed(store=laptop, inspection_id=task.inspection_id)
    sampling_tasks.record_result(store=laptop, task_id=task.id, result="未发现问题", result_on=date(2019, 10, 16),
                                 entered_by="李华")
    packages.export_package(store=laptop, out_path=tmp_path / "to-office.sdpkg")
    back = packages.import_package(store=office, path=tmp_path / "to-office.sdpkg")
    assert back.conflicts == 0 and back.updated >= 2  # the task's result and the inspection's date and completion
    at_office = sampling_tasks.get_task(store=office, task_id=task.id, today=date(2019, 10, 17))
    assert (at_office.result, at_office.inspection_date, at_office.state) == ("未发现问题", date(2019, 10, 15), "已录入")
    assert draws.verify_draw(store=office, draw_id=record.id).identical
    office.close()
    laptop.close()
