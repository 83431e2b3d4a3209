"""Work around PySide6 6.12 dropping a reference to None when a Qt call hands None across.

Measured here: ``QModelIndex.data()``, ``QComboBox.currentData()`` and ``itemData()`` returning an empty value, and
``QComboBox.addItem(text, None)``, each leave ``sys.getrefcount(None)`` one lower than they should (like the static
void methods of docs/DEVELOPING.md). A hazards view refilled at every filter step, or a dashboard read a few
thousand times, then ends with "Fatal Python error: none_dealloc". ``install()`` wraps those methods so that each
call that lost a reference gets it back (a pinned None). It measures rather than assumes: on a PySide6 without the
bug nothing is pinned. Installed when ``safety_desk.ui`` is imported, before any widget exists.

``addItem(text, None)`` loses its reference only after the call returns, where no wrapper can see it: never hand
None to Qt as item data — use "" and read it back with ``currentData() or None`` (tests/ui/common/test_none_refs.py
checks the sources).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox

# One reference per lost one: a few bytes per call that needed it, and None's refcount stays what Python expects.
_PINNED: list[None] = []
_installed = False


def _returning(original):
    def wrapper(self, *args, **kwargs):
        before = sys.getrefcount(None)
        value = original(self, *args, **kwargs)
        if value is None and sys.getrefcount(None) <= before:  # ``value`` holds one: the call took one away
            _PINNED.append(None)
        return value

    wrapper.__name__ = original.__name__
    wrapper.__doc__ = original.__doc__
    return wrapper


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    for cls in (QModelIndex, QPersistentModelIndex):
        cls.data = _returning(cls.data)
    QComboBox.currentData = _returning(QComboBox.currentData)
    QComboBox.itemData = _returning(QComboBox.itemData)
