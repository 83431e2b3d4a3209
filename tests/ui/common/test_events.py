"""process_events can run in a long loop: PySide6 6.12's static processEvents loses a reference to None per call."""

from __future__ import annotations

import sys

from safety_desk.ui.app import create_app
from safety_desk.ui.common.events import process_events


def test_process_events_keeps_none_alive():
    create_app(lang="zh_CN")
    before = sys.getrefcount(None)
    for _ in range(2000):
        process_events()
    assert sys.getrefcount(None) >= before - 50  # small drift from other objects is fine; −2000 would not be
