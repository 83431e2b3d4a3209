"""双随机 use cases, part three: the tasks of a draw, their results within 20 working days, and the public notice.

    rows = list_tasks(store=s, plan_id=p, today=date.today())   # TaskRow with due date and state
    set_visit_date(store=s, task_id=t, day=date(2019, 10, 15))  # the day of the visit (the inspection's date)
    record_result(store=s, task_id=t, result="未发现问题", result_on=date(2019, 10, 20), entered_by="王明")
    due = results_due(store=s, today=date.today())               # due soon and overdue, for the dashboard
    notice = publicity(store=s, plan_id=p)                       # what the 公示 prints

The result is due 20 working days after the inspection (三（七）), counted with the working-day calendar (the
inspection day itself not counted). A task's inspection is walked like any other on the inspections tab; once it is
marked complete the result can be entered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from safety_desk.domain.sampling import (
    DUE_SOON_WORKDAYS,
    Publicity,
    PublicityRow,
    RESULT_DUE_WORKDAYS,
    RESULTS,
    STATE_DUE_SOON,
    STATE_OVERDUE,
    task_state,
)
from safety_desk.domain.workdays import add_workdays
from safety_desk.errors import NotFoundError, UserError, ValidationError
from safety_desk.services.workdays import calendar_for
from safety_desk.store import inspections_repo, sampling_repo
from safety_desk.store.database import Store
from safety_desk.store.rows import update_record

_TASKS_SQL = """
    select t.id, t.plan_id, p.name as plan_name, t.draw_id, t.enterprise_id, e.name as enterprise,
           coalesce(e.credit_code, '') as credit_code, coalesce(e.street, '') as street, t.items, t.departments,
           t.inspection_id, i.inspection_date, i.completed_at, t.result, coalesce(t.result_note, '') as result_note,
           t.result_on, coalesce(t.result_by, '') as result_by, t.superseded, t.position,
           (select group_concat(name, '、') from (select x.name from inspection_inspectors ii
                join inspectors x on x.id = ii.inspector_id where ii.inspection_id = t.inspection_id
                order by x.name)) as inspectors
    from sampling_tasks t join sampling_plans p on p.id = t.plan_id join enterprises e on e.id = t.enterprise_id
    left join inspections i on i.id = t.inspection_id
"""


@dataclass(frozen=True)
class TaskRow:
    id: str
    plan_id: str
    plan_name: str
    draw_id: str
    enterprise_id: str
    enterprise: str
    credit_code: str
    street: str
    item_keys: list[str]
    item_names: list[str]
    departments: list[str]
    inspectors: str
    inspection_id: str | None
    inspection_date: date | None
    inspected: bool
    result: str
    result_note: str
    result_on: date | None
    result_by: str
    due: date | None
    state: str


@dataclass
class TaskList:
    rows: list[TaskRow]
    warnings: list[str]  # e.g. a due date counted in a year the working-day calendar does not cover


def _rows(store: Store, where: str, params: list, today: date) -> TaskList:
    db = store.db
    calendar = calendar_for(store=store)
    warnings: list[str] = []
    names: dict[str, str] = {}
    for r in db.execute("select item_key, name from sampling_items"):
        names[r[0]] = r[1]
    out = []
    for r in db.query(_TASKS_SQL + where + " order by p.start_date desc, t.position", params):
        visit = date.fromisoformat(r["inspection_date"]) if r["inspection_date"] else None
        due = soon = None
        if visit is not None and r["completed_at"]:
            due = add_workdays(visit, RESULT_DUE_WORKDAYS, calendar, warnings=warnings)
            soon = add_workdays(visit, RESULT_DUE_WORKDAYS - DUE_SOON_WORKDAYS, calendar, warnings=warnings)
        result_on = date.fromisoformat(r["result_on"]) if r["result_on"] else None
        keys = json.loads(r["items"])
        out.append(TaskRow(
            id=r["id"], plan_id=r["plan_id"], plan_name=r["plan_name"], draw_id=r["draw_id"],
            enterprise_id=r["enterprise_id"], enterprise=r["enterprise"], credit_code=r["credit_code"],
            street=r["street"], item_keys=keys, item_names=[names.get(k, k) for k in keys],
            departments=json.loads(r["departments"] or "[]"), inspectors=r["inspectors"] or "",
            inspection_id=r["inspection_id"], inspection_date=visit, inspected=bool(r["completed_at"]),
            result=r["result"] or "", result_note=r["result_note"], result_on=result_on, result_by=r["result_by"],
            due=due, state=task_state(superseded=bool(r["superseded"]), inspected=bool(r["completed_at"]),
                                      result=r["result"] or "", due=due, entered_on=result_on, today=today,
                                      due_soon=soon)))
    return TaskList(out, warnings)


def list_tasks(*, store: Store, plan_id: str | None = None, today: date | None = None,
               include_superseded: bool = False) -> TaskList:
    clauses, params = [], []
    if plan_id:
        clauses.append("t.plan_id = ?")
        params.append(sampling_repo.find_plan(store.db, plan_id))
    if not include_superseded:
        clauses.append("t.superseded = 0")
    where = (" where " + " and ".join(clauses)) if clauses else ""
    return _rows(store, where, params, today or date.today())


def get_task(*, store: Store, task_id: str, today: date | None = None) -> TaskRow:
    rows = _rows(store, " where t.id = ?", [task_id], today or date.today()).rows
    if not rows:
        raise NotFoundError(f"抽查任务不存在（{task_id}）")
    return rows[0]


def task_for_inspection(*, store: Store, inspection_id: str) -> TaskRow | None:
    """The 双随机 task an inspection belongs to, if any (the inspection view shows its result deadline)."""
    found = store.db.execute("select id from sampling_tasks where inspection_id = ?", [inspection_id]).fetchone()
    return get_task(store=store, task_id=found[0]) if found else None


def set_visit_date(*, store: Store, task_id: str, day: date, completed: bool | None = None) -> None:
    """The day the enterprise is (or was) visited: the inspection's date, within the campaign's period; with
    ``completed`` the inspection is also marked finished (or not), which starts the 20 working days."""
    db = store.db
    task = get_task(store=store, task_id=task_id)
    if task.inspection_id is None:
        raise UserError("该任务已作废，没有检查记录")
    campaign = db.execute("select c.start_date, c.end_date from inspections i join campaigns c on c.id = i.campaign_id "
                          "where i.id = ?", [task.inspection_id]).fetchone()
    if not campaign[0] <= day.isoformat() <= campaign[1]:
        raise ValidationError({"inspection_date": f"检查日期 {day.isoformat()} 不在计划期间（{campaign[0]} 至 {campaign[1]}）"},
                              record=task.enterprise)
    if task.result_on and day > task.result_on:
        raise ValidationError({"inspection_date": "检查日期不能晚于结果录入日期"}, record=task.enterprise)
    with db.atomic():
        update_record(db, "inspections", task.inspection_id, {"inspection_date": day.isoformat()})
        if completed is not None and completed != task.inspected:
            inspections_repo.mark_completed(db, task.inspection_id, completed)


def record_result(*, store: Store, task_id: str, result: str, result_on: date, note: str = "",
                  entered_by: str = "") -> None:
    """Enter (or correct) the result of a task whose inspection is complete."""
    task = get_task(store=store, task_id=task_id)
    problems: dict[str, str] = {}
    if result not in RESULTS:
        problems["result"] = f"抽查结果应为以下之一：{'、'.join(RESULTS)}"
    if task.state == "已作废":
        raise UserError(f"“{task.enterprise}” 的任务已作废（计划已重新抽取），不能录入结果")
    if not task.inspected:
        problems["inspection"] = f"“{task.enterprise}” 的检查尚未完成：请先登记检查日期并标记检查已完成"
    elif task.inspection_date and result_on < task.inspection_date:
        problems["result_on"] = f"录入日期不能早于检查日期 {task.inspection_date.isoformat()}"
    if problems:
        raise ValidationError(problems, record=task.enterprise)
    db = store.db
    with db.atomic():
        update_record(db, "sampling_tasks", task_id, {
            "result": result, "result_note": note.strip(), "result_on": result_on.isoformat(),
            "result_by": entered_by.strip()})


def results_due(*, store: Store, today: date | None = None) -> TaskList:
    """Tasks whose result is due within DUE_SOON_WORKDAYS working days, or overdue: most urgent first."""
    tasks = list_tasks(store=store, today=today)
    rows = sorted((r for r in tasks.rows if r.state in (STATE_DUE_SOON, STATE_OVERDUE)),
                  key=lambda r: (r.due or date.max, r.enterprise))
    return TaskList(rows, tasks.warnings)


def publicity(*, store: Store, plan_id: str) -> Publicity:
    """The results entered so far of the plan's current tasks, in the draw's order."""
    plan = sampling_repo.get_plan(store.db, sampling_repo.find_plan(store.db, plan_id))
    tasks = list_tasks(store=store, plan_id=plan.id).rows
    done = [t for t in tasks if t.result]
    rows = [PublicityRow(n, t.enterprise, t.credit_code, "；".join(t.item_names), "、".join(t.departments),
                         t.inspection_date or plan.start_date, t.result) for n, t in enumerate(done, start=1)]
    return Publicity(plan.name, plan.lead_department, plan.start_date, plan.end_date, rows, len(tasks))
