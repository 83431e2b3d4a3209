"""Run slow work (demo data, imports, exports) off the UI thread, with progress and cancel.

The work function gets a ``progress(done, total) -> bool`` callback; returning False asks it to stop. Results and
errors come back as signals on the UI thread. Never touch widgets from inside the work function: it runs in
another thread (the store hands that thread its own SQLite connection).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from safety_desk.errors import UserError


class _Runner(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self.cancel_requested.is_set()

        try:
            self.succeeded.emit(self._work(progress))
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception:  # a programming error: report it rather than die silently in a thread
            self.failed.emit(traceback.format_exc(limit=3))
        finally:
            self.finished.emit()


class BackgroundTask(QObject):
    """``BackgroundTask(parent, label, work).start()``; connect ``succeeded`` / ``failed`` before starting."""

    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, parent: QWidget, label: str, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.finished.connect(self._thread.quit)
        self._thread.finished.connect(self._finish)
        self._runner.succeeded.connect(self.succeeded)
        self._runner.failed.connect(self.failed)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)
        self._runner.progressed.connect(self._progress)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._runner.cancel_requested.set()

    def wait(self, ms: int = 60_000) -> bool:
        return self._thread.wait(ms)

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.done.emit()
