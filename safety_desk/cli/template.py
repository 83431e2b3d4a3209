"""``safety-desk template import|list``: checklist templates."""

from __future__ import annotations

import argparse
import json

from safety_desk.cli.common import Parser, open_store


def add_commands(commands) -> None:
    template = commands.add_parser("template", help="检查表模板")
    template_cmds = template.add_subparsers(dest="template_command", metavar="ACTION", parser_class=Parser)
    template_cmds.required = True
    imp = template_cmds.add_parser("import", help="导入检查表（.yaml / .xlsx）")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--sheet", help="Excel 工作表名（默认：第一个含表头的工作表）")
    imp.add_argument("--id", dest="key", help="模板编号（Excel 默认由标题生成）")
    lst = template_cmds.add_parser("list", help="列出已载入的检查表")
    lst.add_argument("--json", action="store_true", help="以 JSON 输出")


def _template_import(args: argparse.Namespace) -> int:
    from safety_desk.services.templates import import_template_file

    store = open_store(args)
    outcome = import_template_file(store=store, path=args.file, sheet=args.sheet, key=args.key)
    t = outcome.template
    state = "已导入" if outcome.created else "内容未变，未重复导入"
    print(f"{state}: id={t.key} version={t.version} sections={t.sections} items={t.items} points={t.points}  {t.title}")
    return 0


def _template_list(args: argparse.Namespace) -> int:
    from safety_desk.services.templates import list_templates

    templates = list_templates(store=open_store(args))
    if args.json:
        rows = [
            {
                "id": t.key, "version": t.version, "title": t.title, "sector": t.sector,
                "sections": t.sections, "items": t.items, "points": t.points, "uuid": t.id, "origin": t.origin,
            }
            for t in templates
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for t in templates:
            print(f"{t.key}\tv{t.version}\t{t.sections} 部分 / {t.items} 项 / {t.points} 点\t{t.title}")
    return 0


HANDLERS = {
    ("template", "import"): _template_import,
    ("template", "list"): _template_list,
}
