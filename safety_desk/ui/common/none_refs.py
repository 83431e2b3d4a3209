"""Work around PySide6 6.12 dropping a reference to None when a Qt call hands None across.

Under Python 3.11 (Debian 12's, and the bundle's), PySide6 6.12.0 drops one reference to None on EVERY call of a
method that returns nothing — ``QLabel.setText``, ``QTimer.stop``, ``beginResetModel`` … (measured: −1000 for 1,000
calls) — and None starts with a few thousand: a few thousand clicks and repaints later the app died with "Fatal
Python error: none_dealloc". ``immortalize_none()`` gives None a reserve of 2**48 references, as Python 3.12 makes
None immortal (PEP 683): at a million calls a second that lasts nine years. It checks that it changed what it meant
to, and does nothing on Python ≥ 3.12 or another interpreter. PySide6-Pdf, which the PDF preview needs, exists only
for 6.12, so a Qt without the bug is not an option.

The older, narrower workaround below is the fallback where that cannot be done (a build with another object layout):

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


_NONE_RESERVE = 1 << 48


def immortalize_none() -> bool:
    """Add ``_NONE_RESERVE`` references to None (CPython < 3.12 only); True when done and checked."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None is immortal there
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: the first field of every CPython object
    before = sys.getrefcount(None)
    if abs(refcount.value - before) > 2:  # not the layout we know (a debug build): leave it alone
        return False
    refcount.value += _NONE_RESERVE
    return sys.getrefcount(None) - before == _NONE_RESERVE


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    if sys.version_info >= (3, 12) or immortalize_none():
        return  # None cannot run out: pinning would only keep a reference per call (memory, for nothing)
    for cls in (QModelIndex, QPersistentModelIndex):
        cls.data = _returning(cls.data)
    QComboBox.currentData = _returning(QComboBox.currentData)
    QComboBox.itemData = _returning(QComboBox.itemData)
