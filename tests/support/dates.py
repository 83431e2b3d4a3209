"""Typing a date into a dialog as a user does, and pressing its OK button with the mouse (focus leaves the field)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def retype(field: QWidget, text: str) -> None:
    """Replace what a date field shows by ``text``, key by key (works on a QDateEdit too: the old widget)."""
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClicks(field, text)


def click_ok(dialog: QWidget) -> None:
    """Press OK the way a user does: the mouse takes the focus out of the field being typed in."""
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    button.setFocus()  # what a mouse press on a focusable button does first (offscreen windows are not active)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def is_marked(field: QWidget) -> bool:
    """The field shows the red mark of a value that is not stored."""
    return field.property("invalid") is True
