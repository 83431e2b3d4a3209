"""``safety-desk stats``: what the database holds (enterprises, inspections, hazards …), as text or JSON."""

from __future__ import annotations

import argparse
import json

from safety_desk.cli.common import open_store


def add_commands(commands) -> None:
    stats = commands.add_parser("stats", help="数据库统计（企业、检查、隐患……）")
    stats.add_argument("--json", action="store_true", help="以 JSON 输出")


def _stats(args: argparse.Namespace) -> int:
    from safety_desk.services.stats import collect_stats, format_stats

    stats = collect_stats(store=open_store(args))
    print(json.dumps(stats, ensure_ascii=False, indent=2) if args.json else format_stats(stats))
    return 0


HANDLERS = {("stats", None): _stats}
