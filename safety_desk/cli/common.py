"""What every command group shares: the parser class, argparse value types, opening the store, the exit status.

A user error exits with status 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from safety_desk.store import Store, resolve_db_path

EXIT_USER_ERROR = 2


class Parser(argparse.ArgumentParser):
    """argparse exits with 2 on bad usage already; keep its message to one line plus the usage hint."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USER_ERROR, f"{self.prog}: 错误：{message}\n")


def one_of(choices: Sequence[str], what: str):
    """An argparse type: one of ``choices``, or a one-line Chinese error (exit 2)."""

    def parse(text: str) -> str:
        if text not in choices:
            raise argparse.ArgumentTypeError(f"{what}应为 {' / '.join(choices)} 之一，而不是 “{text}”")
        return text

    return parse


def int_in(low: int, high: int, what: str):
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


def open_store(args: argparse.Namespace) -> Store:
    """The database named by ``--db`` (or the environment, or the user's data folder), shipped templates loaded."""
    from safety_desk.services.templates import load_shipped_templates

    # --allow-network-db overrides; without it SAFETY_DESK_ALLOW_NETWORK_DB decides (None)
    store = Store.open(resolve_db_path(args.db), allow_network=getattr(args, "allow_network_db", False) or None)
    load_shipped_templates(store=store)
    return store
