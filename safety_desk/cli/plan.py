"""``safety-desk plan import | list``: 抽查计划 (sampling plans) from a YAML file, and what is stored."""

from __future__ import annotations

import argparse
import json

from safety_desk.cli.common import Parser, open_store


def add_commands(commands) -> None:
    plan = commands.add_parser("plan", help="双随机抽查计划：导入、列出")
    cmds = plan.add_subparsers(dest="plan_command", metavar="ACTION", parser_class=Parser)
    cmds.required = True
    imp = cmds.add_parser("import", help="导入抽查计划（.yaml，格式见 forms/sampling/plan_example.yaml），输出计划编号")
    imp.add_argument("file", metavar="FILE.yaml")
    lst = cmds.add_parser("list", help="列出抽查计划")
    lst.add_argument("--json", action="store_true", help="以 JSON 输出")
    items = cmds.add_parser("items", help="导入抽查事项清单（.yaml，格式见 forms/sampling/items_2019.yaml）")
    items.add_argument("file", metavar="FILE.yaml")


def _import(args: argparse.Namespace) -> int:
    from safety_desk.services.sampling import import_plan

    print(import_plan(store=open_store(args), path=args.file))
    return 0


def _list(args: argparse.Namespace) -> int:
    from safety_desk.services.sampling import list_plans

    plans = list_plans(store=open_store(args))
    if args.json:
        print(json.dumps([{"id": p.id, "name": p.name, "items": p.items, "draws": p.draws,
                           "start": p.start_date.isoformat(), "end": p.end_date.isoformat(),
                           "lead_department": p.lead_department, "current_draw_id": p.current_draw_id}
                          for p in plans], ensure_ascii=False, indent=2))
    else:
        for p in plans:
            print(f"{p.id}\t{p.start_date} 至 {p.end_date}\t{p.items} 项事项\t{p.draws} 次摇号\t{p.name}")
    return 0


def _items(args: argparse.Namespace) -> int:
    from safety_desk.services.sampling import import_items

    new = import_items(store=open_store(args), path=args.file)
    print(f"已导入抽查事项 {new} 项（内容未变的不重复导入）")
    return 0


HANDLERS = {("plan", "import"): _import, ("plan", "list"): _list, ("plan", "items"): _items}
