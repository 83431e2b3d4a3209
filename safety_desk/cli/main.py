"""The command line: a thin layer over services.

``safety-desk`` with no command starts the desktop app; with a command it works on the database and prints.
A user error exits with status 2 and one line on stderr, never a traceback. Each command group lives in its own
module with ``add_commands(commands)`` and ``HANDLERS``; this module only assembles them.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from safety_desk import __version__
from safety_desk.cli import backup, demo, document, draw, export, lead, package, plan, stats, template, workdays
from safety_desk.cli.common import EXIT_USER_ERROR, Parser
from safety_desk.errors import UserError
from safety_desk.store.database import storage_problem

# In the order `safety-desk --help` lists them.
COMMAND_GROUPS = (template, demo, stats, export, package, document, backup, workdays, lead, plan, draw)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="safety-desk", description="Safety Desk 安全生产隐患排查（离线桌面版）")
    parser.add_argument("--version", action="version", version=f"safety-desk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（默认：用户数据目录；或环境变量 SAFETY_DESK_DB）")
    parser.add_argument("--lang", metavar="LANG", help="界面语言，如 zh_CN 或 en（仅桌面程序）")
    # Hidden: the smoke test of the frozen program opens the window, prints one JSON line and quits after MS.
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    parser.add_argument("--allow-network-db", action="store_true",
                        help="允许数据库位于网络共享上（不建议；或环境变量 SAFETY_DESK_ALLOW_NETWORK_DB=1）")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in COMMAND_GROUPS:
        group.add_commands(commands)
    return parser


HANDLERS = {key: handler for group in COMMAND_GROUPS for key, handler in group.HANDLERS.items()}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from safety_desk.ui.app import run_app  # Qt only when the window is wanted

        return run_app(db=args.db, lang=args.lang, allow_network=args.allow_network_db or None,
                       quit_after_ms=args.quit_after)
    handler = HANDLERS[(args.command, getattr(args, f"{args.command}_command", None))]
    try:
        return handler(args)
    except UserError as exc:
        print(f"safety-desk: {exc}".replace("\n", " "), file=sys.stderr)
        return EXIT_USER_ERROR
    except sqlite3.OperationalError as exc:  # disk full, another window writing: words, not a traceback
        problem = storage_problem(exc)
        if problem is None:
            raise
        print(f"safety-desk: {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
