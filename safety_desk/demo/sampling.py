"""The demo's 双随机: the example plan (forms/sampling/plan_example.yaml), a draw replaced by a second one (so a
superseded draw and its voided tasks show), and tasks in every state — not yet inspected, inspected with the
result overdue, entered on time with each result of the closed list, entered late. Relative to the plan's own
dates (autumn 2019), so the same seed gives the same picture whenever it is generated; "due soon" shows on the
dashboard for a day in the plan's period (``today`` of the services).

Conflicts of interest (回避) are declared for a few inspectors, and the draw respects them. A register too small to
staff every visit (a demo of a handful of enterprises) gets no plan rather than a failed demo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime

from safety_desk.domain.draw import DrawError
from safety_desk.domain.sampling import RESULTS
from safety_desk.domain.workdays import add_workdays
from safety_desk.services import draws as draw_service
from safety_desk.services import sampling as sampling_service
from safety_desk.services import sampling_tasks as task_service
from safety_desk.services.workdays import calendar_for
from safety_desk.store.database import Store
from safety_desk.templates.sampling_format import SAMPLING_DIR

PLAN_FILE = SAMPLING_DIR / "plan_example.yaml"
DRAWN_BY, WITNESSES = "王建国", ["李秀英", "张伟（区纪委监委派驻纪检组）"]


@dataclass
class SamplingDemo:
    plans: int = 0
    draws: int = 0
    tasks: int = 0
    results: int = 0


def write_sampling(*, store: Store, rng: random.Random) -> SamplingDemo:
    db = store.db
    if db.execute("select 1 from sampling_plans where origin = ?", [PLAN_FILE.name]).fetchone():
        return SamplingDemo()  # a forced second demo run keeps the one plan
    with db.atomic():
        try:
            return _write(store, rng)
        except DrawError:
            raise _Skip from None


class _Skip(Exception):
    pass


def write_sampling_or_skip(*, store: Store, rng: random.Random) -> SamplingDemo:
    """``write_sampling``, or nothing when the registers cannot staff the visits (its savepoint rolled back)."""
    try:
        return write_sampling(store=store, rng=rng)
    except _Skip:
        return SamplingDemo()


def _write(store: Store, rng: random.Random) -> SamplingDemo:
    db = store.db
    plan_id = sampling_service.import_plan(store=store, path=PLAN_FILE)
    # 回避: a few inspectors of departments with three or more declare a conflict with an enterprise
    people = db.execute("select id, department from inspectors where certificate_no != '' order by name").fetchall()
    by_dept: dict[str, list[str]] = {}
    for pid, dept in people:
        by_dept.setdefault(dept, []).append(pid)
    enterprises = [r[0] for r in db.execute("select id from enterprises order by credit_code, name")]
    for dept, ids in sorted(by_dept.items()):
        if len(ids) >= 3 and enterprises:
            sampling_service.declare_recusal(store=store, inspector_id=ids[0], enterprise_id=rng.choice(enterprises),
                                             reason="近亲属在该企业任职", declared_on=date(2019, 9, 20))
    first = draw_service.run_draw(store=store, plan_id=plan_id, seed=rng.randrange(10**8), drawn_by=DRAWN_BY,
                                  now=datetime(2019, 10, 8, 9, 0, 0))
    second = draw_service.run_draw(store=store, plan_id=plan_id, seed=20191008093000, drawn_by=DRAWN_BY,
                                   witnesses=WITNESSES, replaces=first.id, reason="监督人未到场，依规重新摇号",
                                   now=datetime(2019, 10, 8, 9, 30, 0))
    tasks = task_service.list_tasks(store=store, plan_id=plan_id, today=date(2019, 10, 8)).rows
    calendar = calendar_for(store=store)
    results = 0
    for n, task in enumerate(tasks):
        if n >= len(RESULTS) + 4:
            break  # the rest: not inspected yet
        visit = add_workdays(date(2019, 10, 8), 1 + n % 12, calendar)
        task_service.set_visit_date(store=store, task_id=task.id, day=visit, completed=True)
        if n < len(RESULTS):  # each result of the closed list, entered within the 20 working days
            task_service.record_result(store=store, task_id=task.id, result=RESULTS[n],
                                       result_on=add_workdays(visit, 3 + n, calendar), entered_by=DRAWN_BY,
                                       note="" if n == 0 else "已书面告知企业")
            results += 1
        elif n == len(RESULTS):  # entered, but after the deadline
            task_service.record_result(store=store, task_id=task.id, result=RESULTS[0],
                                       result_on=add_workdays(visit, 25, calendar), entered_by=DRAWN_BY)
            results += 1
        # the others: inspected, the result still to be entered (overdue once 20 working days have passed)
    return SamplingDemo(plans=1, draws=2, tasks=len(tasks), results=results)
