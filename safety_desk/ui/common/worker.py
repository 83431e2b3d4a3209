"""Run slow work (demo data, imports, exports) off the UI thread, with progress and cancel.

The work function gets a ``progress(done, total) -> bool`` callback; returning False asks it to stop. Results and
errors come back as signals on the UI thread. Never touch widgets from inside the work function: it runs in
another thread (the store hands that thread its own SQLite connection).

The worker is a plain Python thread that only writes plain attributes; the UI thread polls them with a timer.
Emitting Qt signals from the worker many times a second, while the UI thread runs its event loop, crashed
PySide6 6.12 here ("deallocating None", a reference-count error) — polling keeps every Qt call on the UI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from safety_desk.errors import UserError

POLL_MS = 50


class BackgroundTask(QObject):
    """``BackgroundTask(parent, label, work).start()``; connect ``succeeded`` / ``failed`` before starting."""

    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, parent: QWidget, label: str, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._finished = threading.Event()
        self._progress: tuple[int, int] = (0, 0)
        self._outcome: tuple[str, Any] | None = None
        self._thread = threading.Thread(target=self._run, name="safety-desk-task", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, ms: int = 60_000) -> bool:
        return self._finished.wait(ms / 1000)

    # -- worker thread: plain Python only ------------------------------------------------------------------------
    def _run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self._progress = (done, total)
            return not self._cancel.is_set()

        try:
            self._outcome = ("ok", self._work(progress))
        except UserError as exc:
            self._outcome = ("error", str(exc))
        except Exception:  # a programming error: report it rather than die silently in a thread
            self._outcome = ("error", traceback.format_exc(limit=3))
        finally:
            self._finished.set()

    # -- UI thread -----------------------------------------------------------------------------------------------
    def _poll(self) -> None:
        done, total = self._progress
        if total:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))
        if not self._finished.is_set():
            return
        self._timer.stop()
        self.dialog.reset()
        self.dialog.hide()
        kind, value = self._outcome or ("error", "")
        if kind == "ok":
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)
        self.done.emit()
