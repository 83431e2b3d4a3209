"""Errors a user can cause. The CLI turns them into exit status 2, the UI into a dialog; never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: a bad file, a bad value, a missing record."""


class NotFoundError(UserError):
    """A record the user asked for does not exist."""


class ValidationError(UserError):
    """Invalid values. ``problems`` maps field name → message so that a form can mark each field."""

    def __init__(self, problems: dict[str, str], *, record: str = "") -> None:
        self.problems = problems
        prefix = f"{record}：" if record else ""
        super().__init__(prefix + "；".join(problems.values()))


class Cancelled(UserError):
    """The user stopped a long task; what it had begun was undone."""
