"""``safety-desk draw run | verify``: the 双随机 draw of a plan, saved for good, and its re-run check.

``draw tasks --plan PLAN_ID`` lists the plan's tasks with their result deadlines; ``draw result TASK_ID --result
TEXT`` enters a task's result (``--visit DATE`` first records the visit day and marks the inspection finished).

``draw run --json`` prints ``{"draw_id", "seed", "registers_sha256", "plan_sha256", "tasks": [{"enterprise_id",
"enterprise", "credit_code", "items", "inspectors"}]}``. ``draw verify`` exits 0 when the re-run list is identical,
1 when it differs, 2 on a user error.
"""

from __future__ import annotations

import argparse
import json
import sys

from safety_desk.cli.common import Parser, int_in, open_store

EXIT_DIFFERENT = 1


def add_commands(commands) -> None:
    from safety_desk.domain.draw import MAX_SEED

    draw = commands.add_parser("draw", help="双随机摇号：抽取检查对象和执法检查人员，复核摇号结果")
    cmds = draw.add_subparsers(dest="draw_command", metavar="ACTION", parser_class=Parser)
    cmds.required = True
    run = cmds.add_parser("run", help="按抽查计划摇号，保存摇号记录并生成检查任务")
    run.add_argument("--plan", required=True, metavar="PLAN_ID", help="抽查计划（编号、编号前缀或名称）")
    run.add_argument("--seed", type=int_in(0, MAX_SEED, "种子"), metavar="N",
                     help="随机种子；省略则由摇号时间生成（如 20191008093005）并记录")
    run.add_argument("--by", default="", metavar="NAME", help="摇号人")
    run.add_argument("--witness", action="append", default=[], metavar="NAME", help="监督人（可重复）")
    run.add_argument("--replaces", metavar="DRAW_ID", help="重新抽取：被替代的摇号记录")
    run.add_argument("--reason", default="", metavar="TEXT", help="重新抽取的原因（与 --replaces 同用，必填）")
    run.add_argument("--json", action="store_true", help="以 JSON 输出")
    verify = cmds.add_parser("verify", help="用保存的快照和种子重新摇号，核对名单是否一致（一致 0，不一致 1）")
    verify.add_argument("draw_id", metavar="DRAW_ID")
    verify.add_argument("--json", action="store_true", help="以 JSON 输出")
    tasks = cmds.add_parser("tasks", help="列出抽查计划的检查任务、结果录入期限和状态")
    tasks.add_argument("--plan", required=True, metavar="PLAN_ID", help="抽查计划（编号、编号前缀或名称）")
    tasks.add_argument("--json", action="store_true", help="以 JSON 输出")
    result = cmds.add_parser("result", help="录入一项抽查任务的检查结果（检查完成后 20 个工作日内）")
    result.add_argument("task_id", metavar="TASK_ID", help="任务编号（或至少 6 位的编号前缀）")
    result.add_argument("--result", required=True, metavar="TEXT", help="抽查结果（如 未发现问题）")
    result.add_argument("--on", type=_day, metavar="DATE", help="录入日期（默认今天）")
    result.add_argument("--visit", type=_day, metavar="DATE", help="先登记检查日期并标记检查已完成")
    result.add_argument("--note", default="", metavar="TEXT", help="说明")
    result.add_argument("--by", default="", metavar="NAME", help="录入人")


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD，而不是 “{text}”") from None


def _run(args: argparse.Namespace) -> int:
    from safety_desk.services.draws import run_draw

    record = run_draw(store=open_store(args), plan_id=args.plan, seed=args.seed, drawn_by=args.by,
                      witnesses=args.witness, replaces=args.replaces, reason=args.reason)
    items = {i.key: i.name for i in record.plan.items}
    if args.json:
        print(json.dumps({
            "draw_id": record.id, "seed": record.seed, "registers_sha256": record.registers_sha256,
            "plan_sha256": record.plan_sha256,
            "tasks": [{"enterprise_id": t.enterprise_id, "enterprise": t.enterprise, "credit_code": t.credit_code,
                       "items": [items.get(k, k) for k in t.items], "inspectors": list(t.inspectors)}
                      for t in record.tasks]}, ensure_ascii=False, indent=2))
        return 0
    print(f"摇号记录 {record.id}")
    print(f"种子 {record.seed}（{record.seed_source}）  时间 {record.drawn_at}  抽中 {len(record.tasks)} 户")
    print(f"名录库指纹 {record.registers_sha256}")
    print(f"计划指纹   {record.plan_sha256}")
    for n, t in enumerate(record.tasks, start=1):
        print(f"{n}\t{t.enterprise}\t{t.credit_code}\t{'；'.join(items.get(k, k) for k in t.items)}\t"
              f"{'、'.join(t.inspectors)}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from safety_desk.services.draws import verify_draw

    report = verify_draw(store=open_store(args), draw_id=args.draw_id)
    if args.json:
        print(json.dumps({"draw_id": report.draw_id, "identical": report.identical,
                          "registers_changed": report.registers_changed, "plan_changed": report.plan_changed,
                          "checks": [{"check": what, "ok": ok} for what, ok in report.checks]},
                         ensure_ascii=False, indent=2))
    else:
        print(f"摇号记录 {report.draw_id}")
        for line in report.lines():
            print(line)
    return 0 if report.identical else EXIT_DIFFERENT


def _task_json(t) -> dict:
    return {"id": t.id, "enterprise_id": t.enterprise_id, "enterprise": t.enterprise, "credit_code": t.credit_code,
            "items": t.item_names, "inspectors": t.inspectors, "inspection_id": t.inspection_id,
            "inspection_date": t.inspection_date.isoformat() if t.inspection_date else None,
            "due": t.due.isoformat() if t.due else None, "state": t.state, "result": t.result or None,
            "result_on": t.result_on.isoformat() if t.result_on else None}


def _tasks(args: argparse.Namespace) -> int:
    from safety_desk.services.sampling_tasks import list_tasks

    listing = list_tasks(store=open_store(args), plan_id=args.plan)
    for warning in listing.warnings:
        print(f"safety-desk: 注意：{warning}", file=sys.stderr)
    if args.json:
        print(json.dumps([_task_json(t) for t in listing.rows], ensure_ascii=False, indent=2))
        return 0
    for t in listing.rows:
        due = t.due.isoformat() if t.due else "—"
        print(f"{t.id}\t{t.enterprise}\t{t.state}\t期限 {due}\t{t.result or ''}")
    return 0


def _result(args: argparse.Namespace) -> int:
    from datetime import date

    from safety_desk.errors import UserError
    from safety_desk.services import sampling_tasks
    from safety_desk.store.rows import ids_matching

    store = open_store(args)
    text = args.task_id.strip()
    ids = ids_matching(store.db, "sampling_tasks", text, min_len=6)
    if len(ids) != 1:
        raise UserError(f"抽查任务 “{text}” {'不存在' if not ids else '不唯一：请给出更长的编号'}")
    if args.visit:
        sampling_tasks.set_visit_date(store=store, task_id=ids[0], day=args.visit, completed=True)
    sampling_tasks.record_result(store=store, task_id=ids[0], result=args.result, result_on=args.on or date.today(),
                                 note=args.note, entered_by=args.by)
    task = sampling_tasks.get_task(store=store, task_id=ids[0])
    print(f"已录入：{task.enterprise}  {task.result}（{task.state}，期限 {task.due.isoformat() if task.due else '—'}）")
    return 0


HANDLERS = {("draw", "run"): _run, ("draw", "verify"): _verify, ("draw", "tasks"): _tasks, ("draw", "result"): _result}
