"""``safety-desk demo``: sample data for trying the program (a simulated campaign, the same for the same seed)."""

from __future__ import annotations

import argparse

from safety_desk.cli.common import int_in, open_store


def add_commands(commands) -> None:
    from safety_desk.demo.generate import MAX_ENTERPRISES, MAX_FINDINGS

    demo = commands.add_parser("demo", help="生成演示数据（模拟的专项整治行动，同一种子结果相同）")
    demo.add_argument("--seed", type=int_in(0, 2**63 - 1, "种子"), default=2019, help="随机种子（默认 2019）")
    demo.add_argument("--enterprises", type=int_in(1, MAX_ENTERPRISES, "企业数量"), default=60, metavar="N",
                      help=f"企业数量（1–{MAX_ENTERPRISES}，默认 60）")
    demo.add_argument("--findings", type=int_in(1, MAX_FINDINGS, "隐患数量"), default=400, metavar="N",
                      help=f"隐患数量（1–{MAX_FINDINGS}，默认 400）")
    demo.add_argument("--force", action="store_true", help="数据库已有企业时仍然追加演示数据")


def _demo(args: argparse.Namespace) -> int:
    from safety_desk.demo.generate import generate_demo

    store = open_store(args)
    summary = generate_demo(
        store=store, seed=args.seed, enterprises=args.enterprises, findings=args.findings, force=args.force)
    print(f"{summary.describe()} → {store.path}")
    return 0


HANDLERS = {("demo", None): _demo}
