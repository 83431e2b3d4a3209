"""Telling the user, when an export finishes, which characters no bundled font has (they print as □) and where.

The export services return them (``ExportResult.replacements``: character, excerpts, occurrences); the command line
prints them on stderr, the window says them here: appended to the completion message, and in a box of their own
when the completion is a PDF preview.

    label.setText(done_text + replaced_note(result))
    show_replaced(self, result)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def replaced_note(result) -> str:
    """"" when nothing was replaced; else a sentence (with a leading line break) naming each character, its code
    point and where it occurs, e.g. "… □: \\ue000 (U+E000, 4 times, e.g. in “济南□化工…”)"."""
    replacements = getattr(result, "replacements", None) or []
    if not replacements:
        return ""
    items = []
    for ch, places, count in replacements:
        where = "、".join(f"“{p}”" for p in places)
        items.append(QCoreApplication.translate(
            "ReplacedCharacters", "{char} (U+{code}, {count} times, e.g. in {where})").format(
                char=ch, code=f"{ord(ch):04X}", count=count, where=where))
    return "\n" + QCoreApplication.translate(
        "ReplacedCharacters", "No font has these characters; they print as □: {chars}").format(
        chars=QCoreApplication.translate("ReplacedCharacters", "; ").join(items))


def show_replaced(parent: QWidget | None, result) -> QMessageBox | None:
    """A warning box (window-modal, not blocking) naming what printed as □; None when nothing did."""
    note = replaced_note(result).strip()
    if not note:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ReplacedCharacters", "Export finished"),
                      note, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("replacedMessage")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
