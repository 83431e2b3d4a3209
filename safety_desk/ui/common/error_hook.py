"""The last line of defence: an exception that escapes a slot becomes a clear dialog, never a silent loss.

Without this, PySide prints the traceback to a console nobody sees and the window carries on as if the edit had
been saved. A full disk or a database locked too long by another window are things a user can fix, so they are
named as such; anything else is a programming error: the user gets a short message and the traceback goes to a
log file beside the database for the developers.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from safety_desk.errors import UserError
from safety_desk.store.database import STORAGE_FULL, STORAGE_LOCKED, STORAGE_READ_ONLY, storage_trouble
from safety_desk.ui.common.dialogs import show_error


def user_message(exc: BaseException, log_path: Path | None) -> str:
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, sqlite3.OperationalError):
        trouble = storage_trouble(exc)
        if trouble == STORAGE_FULL:
            return QCoreApplication.translate(
                "ErrorHook", "The disk is full: the last change was not saved. Free some space, then make the change again.")
        if trouble == STORAGE_LOCKED:
            return QCoreApplication.translate(
                "ErrorHook", "Another window is writing to the same database: the last change was not saved. "
                "Wait a moment, then make the change again.")
        if trouble == STORAGE_READ_ONLY:
            return QCoreApplication.translate(
                "ErrorHook", "The database file cannot be written (read-only): the last change was not saved.")
    where = str(log_path) if log_path else "stderr"
    return QCoreApplication.translate(
        "ErrorHook", "Something went wrong inside Safety Desk and the last action may not have been completed. "
        "Details were written to %1.").replace("%1", where)


class ErrorHook:
    """``sys.excepthook`` for the UI: shows ``user_message`` and logs the traceback."""

    def __init__(self, window: QWidget, log_path: Path | None) -> None:
        self.window = window
        self.log_path = log_path
        self.shown: list[str] = []  # the messages shown (tests read them)

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(exc, UserError):
            self._log(kind, exc, tb)
        message = user_message(exc, self.log_path)
        self.shown.append(message)
        show_error(self.window, QCoreApplication.translate("ErrorHook", "Safety Desk"), message)

    def _log(self, kind, exc, tb) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        try:
            if self.log_path is None:
                raise OSError
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        except OSError:  # a full disk may refuse the log too; the console is the last resort
            sys.__stderr__.write(text)


def install_error_hook(window: QWidget, db_path: Path | None) -> ErrorHook:
    log_path = db_path.parent / "safety_desk_errors.log" if db_path else None
    hook = ErrorHook(window, log_path)
    sys.excepthook = hook
    return hook
