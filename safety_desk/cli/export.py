"""``safety-desk export ledger|notice|veto|monthly|summary``: documents and reports as PDF or xlsx."""

from __future__ import annotations

import argparse
import sys

from safety_desk.cli.common import Parser, int_in, one_of, open_store
from safety_desk.errors import UserError


def add_commands(commands) -> None:
    from safety_desk.domain.findings import LEVELS, STATUSES

    export = commands.add_parser("export", help="导出隐患台账（PDF / Excel）或整改通知书（PDF）")
    export_cmds = export.add_subparsers(dest="export_command", metavar="WHAT", parser_class=Parser)
    export_cmds.required = True
    ledger = export_cmds.add_parser("ledger", help="隐患台账：文件类型由扩展名决定（.pdf / .xlsx）")
    ledger.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf 或 .xlsx）")
    ledger.add_argument("--campaign", metavar="ID", help="专项行动（编号或名称）")
    ledger.add_argument("--street", metavar="NAME", help="所属街道")
    ledger.add_argument("--enterprise", metavar="ID", help="企业（编号、统一社会信用代码或名称）")
    ledger.add_argument("--level", type=one_of(LEVELS, "隐患等级"), help="隐患等级：" + " / ".join(LEVELS))
    ledger.add_argument("--status", type=one_of(STATUSES, "整改状态"), help="整改状态：" + " / ".join(STATUSES))
    ledger.add_argument("--overdue", action="store_true", help="只导出逾期未整改的隐患")
    ledger.add_argument("--search", default="", metavar="TEXT", help="在描述、位置、企业名称中搜索")
    ledger.add_argument("--unit", default="", metavar="NAME", help="填报单位（印在台账标题栏）")
    ledger.add_argument("--include-drafts", action="store_true", help="也导出尚未登记入台账的隐患")
    notice = export_cmds.add_parser("notice", help="一次检查的隐患整改通知书（含现场检查记录，PDF）")
    notice.add_argument("--inspection", required=True, metavar="ID", help="检查记录编号")
    notice.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf）")
    notice.add_argument("--unit", default="", metavar="NAME", help="发出通知书的单位")
    _add_report_exports(export_cmds)
    add_exposure_command(export_cmds)
    _add_sampling_exports(export_cmds)


def _add_report_exports(export_cmds) -> None:
    """The committee's reports: one-vote veto, monthly report, committee summary."""
    veto = export_cmds.add_parser("veto", help="一票否决情形评估报告（PDF 或 Excel）")
    veto.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf 或 .xlsx）")
    veto.add_argument("--campaign", metavar="ID", help="专项行动（编号或名称；默认最近的一个）")
    monthly = export_cmds.add_parser("monthly", help="月报（PDF / Excel）：一个街道或部门；不指定单位则为全区汇总")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM", help="月份")
    monthly.add_argument("--unit", metavar="NAME", help="街道或牵头部门；省略则导出全区汇总（每个街道和部门一行）")
    monthly.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf 或 .xlsx）")
    monthly.add_argument("--campaign", metavar="ID", help="专项行动（编号或名称；默认最近的一个）")
    monthly.add_argument("--cutoff-day", type=int_in(0, 28, "统计截止日"), metavar="DAY",
                         help="按上月 DAY+1 日至本月 DAY 日统计（如 20）；0 为自然月；默认按报表页保存的设置（初始为自然月）")
    summary = export_cmds.add_parser("summary", help="安委会工作汇总（PDF 或 Excel）：全区总数、图表、逾期挂牌督办隐患")
    summary.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf 或 .xlsx）")
    summary.add_argument("--campaign", metavar="ID", help="专项行动（编号或名称；默认最近的一个）")


def _add_sampling_exports(export_cmds) -> None:
    """双随机 publication: the draw record and the public notice of results."""
    record = export_cmds.add_parser("draw-record", help="双随机摇号记录（PDF）：计划、种子、指纹、名单、签名栏")
    record.add_argument("--draw", required=True, metavar="DRAW_ID", help="摇号记录编号")
    record.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf）")
    record.add_argument("--unit", default="", metavar="NAME", help="盖章单位（默认：本机发文单位）")
    notice = export_cmds.add_parser("publicity", help="双随机抽查结果公示（PDF / Excel）")
    notice.add_argument("--plan", required=True, metavar="PLAN_ID", help="抽查计划（编号、编号前缀或名称）")
    notice.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf 或 .xlsx）")
    notice.add_argument("--unit", default="", metavar="NAME", help="公示单位（默认：本机发文单位）")


def warn_replaced(result) -> None:
    """One line on stderr when the PDF has □ for characters no bundled font has: which, and where (as issuing a
    document does). The exit status stays 0: the file was written."""
    from safety_desk.reports.text_safety import replacement_summary

    if result.replacements:
        print(f"safety-desk: 注意：以下字符没有可用字体，已印为 □：{replacement_summary(result.replacements)}",
              file=sys.stderr)


def _export_draw_record(args: argparse.Namespace) -> int:
    from pathlib import Path

    from safety_desk.services.exports import export_kind
    from safety_desk.services.sampling_exports import DRAW_RECORD_FORMATS, export_draw_record

    export_kind(Path(args.out), DRAW_RECORD_FORMATS, "摇号记录")
    result = export_draw_record(store=open_store(args), draw_id=args.draw, out_path=args.out, unit=args.unit)
    print(f"已导出摇号记录：{result.rows} 户，{result.pages} 页 → {result.path}")
    warn_replaced(result)
    return 0


def _export_publicity(args: argparse.Namespace) -> int:
    from pathlib import Path

    from safety_desk.services.exports import export_kind
    from safety_desk.services.sampling_exports import PUBLICITY_FORMATS, export_publicity

    export_kind(Path(args.out), PUBLICITY_FORMATS, "抽查结果公示")
    result = export_publicity(store=open_store(args), plan_id=args.plan, out_path=args.out, unit=args.unit)
    pages = f"，{result.pages} 页" if result.pages else ""
    print(f"已导出抽查结果公示：{result.rows} 户{pages} → {result.path}")
    warn_replaced(result)
    return 0


def _export_ledger(args: argparse.Namespace) -> int:
    from safety_desk.services.exports import export_ledger, ledger_format, resolve_ledger_filter

    ledger_format(args.out)  # a wrong extension is refused before the database is even opened
    store = open_store(args)
    hazard_filter = resolve_ledger_filter(
        store=store, campaign=args.campaign, street=args.street, enterprise=args.enterprise, level=args.level,
        status=args.status, overdue=args.overdue, search=args.search, include_drafts=args.include_drafts)
    result = export_ledger(store=store, hazard_filter=hazard_filter, out_path=args.out, unit=args.unit,
                           include_drafts=args.include_drafts)
    pages = f"，{result.pages} 页" if result.pages else ""
    print(f"已导出台账：{result.rows} 条隐患{pages} → {result.path}")
    warn_replaced(result)
    return 0


def _export_notice(args: argparse.Namespace) -> int:
    from safety_desk.services.exports import NOTICE_FORMATS, export_notice

    if not args.out.lower().endswith(NOTICE_FORMATS):
        raise UserError(f"整改通知书只能导出为 .pdf 文件，而不是 “{args.out}”")
    result = export_notice(store=open_store(args), inspection_id=args.inspection, out_path=args.out,
                           issuing_unit=args.unit)
    print(f"已导出整改通知书：{result.rows} 项隐患，{result.pages} 页 → {result.path}")
    warn_replaced(result)
    return 0


def _export_veto(args: argparse.Namespace) -> int:
    from safety_desk.services.veto import export_veto_report

    result = export_veto_report(store=open_store(args), out_path=args.out, campaign=args.campaign)
    pages = f"，{result.pages} 页" if result.pages else ""
    print(f"已导出一票否决报告：{result.rows} 项情形{pages} → {result.path}")
    warn_replaced(result)
    return 0


def _export_monthly(args: argparse.Namespace) -> int:
    from safety_desk.services.monthly import export_monthly

    result = export_monthly(store=open_store(args), month=args.month, unit=args.unit, out_path=args.out,
                            campaign=args.campaign, cutoff_day=args.cutoff_day, rollup=not args.unit)
    what = f"{args.unit} 月报" if args.unit else f"全区月报汇总（{result.rows} 行）"
    pages = f"，{result.pages} 页" if result.pages else ""
    print(f"已导出{what}{pages} → {result.path}")
    warn_replaced(result)
    return 0


def _export_summary(args: argparse.Namespace) -> int:
    from pathlib import Path

    from safety_desk.services.exports import export_kind
    from safety_desk.services.summary import export_summary

    export_kind(Path(args.out), (".pdf", ".xlsx"), "安委会汇总报告")  # refused before the database is opened
    result = export_summary(store=open_store(args), out_path=args.out, campaign=args.campaign)
    pages = f"，{result.pages} 页" if result.pages else ""
    print(f"已导出安委会工作汇总：逾期挂牌督办重大隐患 {result.rows} 项{pages} → {result.path}")
    warn_replaced(result)
    return 0


HANDLERS = {
    ("export", "draw-record"): _export_draw_record,
    ("export", "publicity"): _export_publicity,
    ("export", "ledger"): _export_ledger,
    ("export", "notice"): _export_notice,
    ("export", "veto"): _export_veto,
    ("export", "monthly"): _export_monthly,
    ("export", "summary"): _export_summary,
}


def add_exposure_command(export_cmds) -> None:
    """``export exposure --from DATE --to DATE --out F.pdf|.xlsx``: the exposure list (曝光) for publication."""
    from safety_desk.cli.workdays import iso_date

    exposure = export_cmds.add_parser("exposure", help="严重违法行为曝光名单（PDF / Excel）：企业、信用代码、违法行为、处罚、日期")
    exposure.add_argument("--from", dest="start", required=True, type=iso_date, metavar="DATE", help="处罚日期起")
    exposure.add_argument("--to", dest="end", required=True, type=iso_date, metavar="DATE", help="处罚日期止")
    exposure.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf 或 .xlsx）")
    exposure.add_argument("--min-fine", type=int_in(0, 10**9, "罚款金额"), metavar="YUAN",
                          help="罚款达到多少元算严重（默认 50000；停产停业整顿、关闭取缔、移送司法机关和重大隐患的罚款总是列入）")


def _export_exposure(args: argparse.Namespace) -> int:
    from pathlib import Path

    from safety_desk.domain.exposure import DEFAULT_MIN_FINE_YUAN
    from safety_desk.services.exports import export_kind
    from safety_desk.services.exposure import export_exposure

    export_kind(Path(args.out), (".pdf", ".xlsx"), "曝光名单")  # refused before the database is opened
    result = export_exposure(store=open_store(args), start=args.start, end=args.end, out_path=args.out,
                             min_fine_yuan=DEFAULT_MIN_FINE_YUAN if args.min_fine is None else args.min_fine)
    print(f"已导出曝光名单：{result.rows} 家次 → {result.path}")
    warn_replaced(result)
    return 0


HANDLERS[("export", "exposure")] = _export_exposure
