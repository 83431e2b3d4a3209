"""Let the UI breathe inside a long loop on the UI thread.

PySide6 6.12's static ``QCoreApplication.processEvents()`` releases a reference to None on every call that it never
took (measured: −1 per call), so a loop calling it a few thousand times kills the interpreter ("deallocating
None"). ``QEventLoop.processEvents`` on an instance does the same work without that bug.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop

_loop: QEventLoop | None = None


def process_events() -> None:
    global _loop
    if _loop is None:
        _loop = QEventLoop()
    _loop.processEvents()
