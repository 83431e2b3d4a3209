"""Errors a user can cause. The CLI turns them into exit status 2, the UI into a dialog; never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: a bad file, a bad value, a missing record."""


class NotFoundError(UserError):
    """A record the user asked for does not exist."""
