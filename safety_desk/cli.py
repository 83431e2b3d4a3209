"""The command line: a thin layer over services.

``safety-desk`` with no command starts the desktop app; with a command it works on the database and prints.
A user error exits with status 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from safety_desk import __version__, cli_packages
from safety_desk.errors import UserError
from safety_desk.store import Store, resolve_db_path

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on bad usage already; keep its message to one line plus the usage hint."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USER_ERROR, f"{self.prog}: 错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="safety-desk", description="Safety Desk 安全生产隐患排查（离线桌面版）")
    parser.add_argument("--version", action="version", version=f"safety-desk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（默认：用户数据目录；或环境变量 SAFETY_DESK_DB）")
    parser.add_argument("--lang", metavar="LANG", help="界面语言，如 zh_CN 或 en（仅桌面程序）")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    template = commands.add_parser("template", help="检查表模板")
    template_cmds = template.add_subparsers(dest="template_command", metavar="ACTION", parser_class=_Parser)
    template_cmds.required = True
    imp = template_cmds.add_parser("import", help="导入检查表（.yaml / .xlsx）")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--sheet", help="Excel 工作表名（默认：第一个含表头的工作表）")
    imp.add_argument("--id", dest="key", help="模板编号（Excel 默认由标题生成）")
    lst = template_cmds.add_parser("list", help="列出已载入的检查表")
    lst.add_argument("--json", action="store_true", help="以 JSON 输出")

    from safety_desk.services.demo import MAX_ENTERPRISES, MAX_FINDINGS

    demo = commands.add_parser("demo", help="生成演示数据（模拟的专项整治行动，同一种子结果相同）")
    demo.add_argument("--seed", type=_int_in(0, 2**63 - 1, "种子"), default=2019, help="随机种子（默认 2019）")
    demo.add_argument("--enterprises", type=_int_in(1, MAX_ENTERPRISES, "企业数量"), default=60, metavar="N",
                      help=f"企业数量（1–{MAX_ENTERPRISES}，默认 60）")
    demo.add_argument("--findings", type=_int_in(1, MAX_FINDINGS, "隐患数量"), default=400, metavar="N",
                      help=f"隐患数量（1–{MAX_FINDINGS}，默认 400）")
    demo.add_argument("--force", action="store_true", help="数据库已有企业时仍然追加演示数据")
    stats = commands.add_parser("stats", help="数据库统计（企业、检查、隐患……）")
    stats.add_argument("--json", action="store_true", help="以 JSON 输出")
    _add_export_commands(commands)
    cli_packages.add_package_commands(commands)
    return parser


def _add_export_commands(commands) -> None:
    from safety_desk.domain.findings import LEVELS, STATUSES

    export = commands.add_parser("export", help="导出隐患台账（PDF / Excel）或整改通知书（PDF）")
    export_cmds = export.add_subparsers(dest="export_command", metavar="WHAT", parser_class=_Parser)
    export_cmds.required = True
    ledger = export_cmds.add_parser("ledger", help="隐患台账：文件类型由扩展名决定（.pdf / .xlsx）")
    ledger.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf 或 .xlsx）")
    ledger.add_argument("--campaign", metavar="ID", help="专项行动（编号或名称）")
    ledger.add_argument("--street", metavar="NAME", help="所属街道")
    ledger.add_argument("--enterprise", metavar="ID", help="企业（编号、统一社会信用代码或名称）")
    ledger.add_argument("--level", type=_one_of(LEVELS, "隐患等级"), help="隐患等级：" + " / ".join(LEVELS))
    ledger.add_argument("--status", type=_one_of(STATUSES, "整改状态"), help="整改状态：" + " / ".join(STATUSES))
    ledger.add_argument("--overdue", action="store_true", help="只导出逾期未整改的隐患")
    ledger.add_argument("--search", default="", metavar="TEXT", help="在描述、位置、企业名称中搜索")
    ledger.add_argument("--unit", default="", metavar="NAME", help="填报单位（印在台账标题栏）")
    ledger.add_argument("--include-drafts", action="store_true", help="也导出尚未登记入台账的隐患")
    notice = export_cmds.add_parser("notice", help="一次检查的隐患整改通知书（含现场检查记录，PDF）")
    notice.add_argument("--inspection", required=True, metavar="ID", help="检查记录编号")
    notice.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf）")
    notice.add_argument("--unit", default="", metavar="NAME", help="发出通知书的单位")
    _add_report_exports(export_cmds)


def _add_report_exports(export_cmds) -> None:
    """The committee's reports: one-vote veto, monthly report, committee summary."""
    veto = export_cmds.add_parser("veto", help="一票否决情形评估报告（PDF）")
    veto.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf）")
    veto.add_argument("--campaign", metavar="ID", help="专项行动（编号或名称；默认最近的一个）")
    monthly = export_cmds.add_parser("monthly", help="月报（PDF / Excel）：一个街道或部门；不指定单位则为全区汇总")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM", help="月份")
    monthly.add_argument("--unit", metavar="NAME", help="街道或牵头部门；省略则导出全区汇总（每个街道和部门一行）")
    monthly.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf 或 .xlsx）")
    monthly.add_argument("--campaign", metavar="ID", help="专项行动（编号或名称；默认最近的一个）")
    monthly.add_argument("--cutoff-day", type=_int_in(0, 28, "统计截止日"), metavar="DAY",
                         help="按上月 DAY+1 日至本月 DAY 日统计（如 20）；0 为自然月；默认按报表页保存的设置（初始为自然月）")
    summary = export_cmds.add_parser("summary", help="安委会工作汇总（PDF）：全区总数、图表、逾期挂牌督办隐患")
    summary.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf）")
    summary.add_argument("--campaign", metavar="ID", help="专项行动（编号或名称；默认最近的一个）")


def _one_of(choices: Sequence[str], what: str):
    """An argparse type: one of ``choices``, or a one-line Chinese error (exit 2)."""

    def parse(text: str) -> str:
        if text not in choices:
            raise argparse.ArgumentTypeError(f"{what}应为 {' / '.join(choices)} 之一，而不是 “{text}”")
        return text

    return parse


def _int_in(low: int, high: int, what: str):
    """An argparse type: an integer in [low, high], or a one-line Chinese error (exit 2)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what}应为整数，而不是 “{text}”") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what}应在 {low} 到 {high} 之间（实际 {value}）")
        return value

    return parse


def _open_store(args: argparse.Namespace) -> Store:
    from safety_desk.services.templates import load_shipped_templates

    store = Store.open(resolve_db_path(args.db))
    load_shipped_templates(store=store)
    return store


def _template_import(args: argparse.Namespace) -> int:
    from safety_desk.services.templates import import_template_file

    store = _open_store(args)
    outcome = import_template_file(store=store, path=args.file, sheet=args.sheet, key=args.key)
    t = outcome.template
    state = "已导入" if outcome.created else "内容未变，未重复导入"
    print(f"{state}: id={t.key} version={t.version} sections={t.sections} items={t.items} points={t.points}  {t.title}")
    return 0


def _template_list(args: argparse.Namespace) -> int:
    from safety_desk.services.templates import list_templates

    templates = list_templates(store=_open_store(args))
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


def _demo(args: argparse.Namespace) -> int:
    from safety_desk.services.demo import generate_demo

    store = _open_store(args)
    summary = generate_demo(
        store=store, seed=args.seed, enterprises=args.enterprises, findings=args.findings, force=args.force)
    print(f"{summary.describe()} → {store.path}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from safety_desk.services.stats import collect_stats, format_stats

    stats = collect_stats(store=_open_store(args))
    print(json.dumps(stats, ensure_ascii=False, indent=2) if args.json else format_stats(stats))
    return 0


def _export_ledger(args: argparse.Namespace) -> int:
    from safety_desk.services.exports import export_ledger, ledger_format, resolve_ledger_filter

    ledger_format(args.out)  # a wrong extension is refused before the database is even opened
    store = _open_store(args)
    hazard_filter = resolve_ledger_filter(
        store=store, campaign=args.campaign, street=args.street, enterprise=args.enterprise, level=args.level,
        status=args.status, overdue=args.overdue, search=args.search, include_drafts=args.include_drafts)
    result = export_ledger(store=store, hazard_filter=hazard_filter, out_path=args.out, unit=args.unit,
                           include_drafts=args.include_drafts)
    pages = f"，{result.pages} 页" if result.pages else ""
    print(f"已导出台账：{result.rows} 条隐患{pages} → {result.path}")
    return 0


def _export_notice(args: argparse.Namespace) -> int:
    from safety_desk.services.exports import NOTICE_FORMATS, export_notice

    if not args.out.lower().endswith(NOTICE_FORMATS):
        raise UserError(f"整改通知书只能导出为 .pdf 文件，而不是 “{args.out}”")
    result = export_notice(store=_open_store(args), inspection_id=args.inspection, out_path=args.out,
                           issuing_unit=args.unit)
    print(f"已导出整改通知书：{result.rows} 项隐患，{result.pages} 页 → {result.path}")
    return 0


def _export_veto(args: argparse.Namespace) -> int:
    from safety_desk.services.veto import export_veto_report

    result = export_veto_report(store=_open_store(args), out_path=args.out, campaign=args.campaign)
    print(f"已导出一票否决报告：{result.rows} 项情形，{result.pages} 页 → {result.path}")
    return 0


def _export_monthly(args: argparse.Namespace) -> int:
    from safety_desk.services.monthly import export_monthly

    result = export_monthly(store=_open_store(args), month=args.month, unit=args.unit, out_path=args.out,
                            campaign=args.campaign, cutoff_day=args.cutoff_day, rollup=not args.unit)
    what = f"{args.unit} 月报" if args.unit else f"全区月报汇总（{result.rows} 行）"
    pages = f"，{result.pages} 页" if result.pages else ""
    print(f"已导出{what}{pages} → {result.path}")
    return 0


def _export_summary(args: argparse.Namespace) -> int:
    from pathlib import Path

    from safety_desk.services.exports import export_kind
    from safety_desk.services.summary import export_summary

    export_kind(Path(args.out), (".pdf",), "安委会汇总报告")  # refused before the database is opened
    result = export_summary(store=_open_store(args), out_path=args.out, campaign=args.campaign)
    print(f"已导出安委会工作汇总：逾期挂牌督办重大隐患 {result.rows} 项，{result.pages} 页 → {result.path}")
    return 0


_HANDLERS = {
    ("template", "import"): _template_import,
    ("template", "list"): _template_list,
    ("demo", None): _demo,
    ("stats", None): _stats,
    ("export", "ledger"): _export_ledger,
    ("export", "notice"): _export_notice,
    ("export", "veto"): _export_veto,
    ("export", "monthly"): _export_monthly,
    ("export", "summary"): _export_summary,
}
_HANDLERS.update(cli_packages.HANDLERS)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from safety_desk.ui.app import run_app  # Qt only when the window is wanted

        return run_app(db=args.db, lang=args.lang)
    handler = _HANDLERS[(args.command, getattr(args, f"{args.command}_command", None))]
    try:
        return handler(args)
    except UserError as exc:
        print(f"safety-desk: {exc}".replace("\n", " "), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
