"""``safety-desk workdays add DATE N`` and ``workdays between A B``: the State Council working-day calendar.

``add`` prints the date N working days after DATE (DATE itself not counted); ``between`` prints the number of working
days after A up to and including B. A year the calendar does not cover is counted on weekends only, with a warning
line on stderr. The office's own year files are read from ``workdays/`` beside the database (``--db``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from safety_desk.cli.common import Parser, int_in
from safety_desk.domain.workdays import MAX_WORKDAYS


def iso_date(text: str) -> date:
    """An argparse type: a date written YYYY-MM-DD, or a one-line Chinese error (exit 2)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD，而不是 “{text}”") from None


def add_commands(commands) -> None:
    workdays = commands.add_parser("workdays", help="工作日计算（国务院节假日及调休安排）")
    cmds = workdays.add_subparsers(dest="workdays_command", metavar="ACTION", parser_class=Parser)
    cmds.required = True
    add = cmds.add_parser("add", help="DATE 之后第 N 个工作日（DATE 当天不计）")
    add.add_argument("date", type=iso_date, metavar="DATE", help="起算日期（YYYY-MM-DD）")
    add.add_argument("n", type=int_in(0, MAX_WORKDAYS, "工作日数"), metavar="N", help="工作日数")
    between = cmds.add_parser("between", help="A 之后到 B（含 B）之间的工作日数；B 早于 A 时为负数")
    between.add_argument("a", type=iso_date, metavar="A", help="开始日期（不计）")
    between.add_argument("b", type=iso_date, metavar="B", help="结束日期（计入）")


def _warn(warnings: list[str]) -> None:
    for line in warnings:
        print(f"safety-desk: 警告：{line}", file=sys.stderr)


def _db_path(args: argparse.Namespace):
    from safety_desk.store import resolve_db_path

    return resolve_db_path(args.db)


def _add(args: argparse.Namespace) -> int:
    from safety_desk.services.workdays import add_workdays

    warnings: list[str] = []
    print(add_workdays(day=args.date, n=args.n, db_path=_db_path(args), warnings=warnings).isoformat())
    _warn(warnings)
    return 0


def _between(args: argparse.Namespace) -> int:
    from safety_desk.services.workdays import workdays_between

    warnings: list[str] = []
    print(workdays_between(a=args.a, b=args.b, db_path=_db_path(args), warnings=warnings))
    _warn(warnings)
    return 0


HANDLERS = {("workdays", "add"): _add, ("workdays", "between"): _between}
