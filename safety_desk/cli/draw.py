"""``safety-desk draw run | verify``: the 双随机 draw of a plan, saved for good, and its re-run check.

``draw run --json`` prints ``{"draw_id", "seed", "registers_sha256", "plan_sha256", "tasks": [{"enterprise_id",
"enterprise", "credit_code", "items", "inspectors"}]}``. ``draw verify`` exits 0 when the re-run list is identical,
1 when it differs, 2 on a user error.
"""

from __future__ import annotations

import argparse
import json

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


HANDLERS = {("draw", "run"): _run, ("draw", "verify"): _verify}
