"""Dates between Python and Qt widgets, shared by every form that edits a date.

Every date a user types goes into a ``DateField`` (ui/common/date_field.py): it shows exactly what was typed, and a
text that is not a date is a problem the form marks and refuses, never a leftover earlier date (a QDateEdit's habit).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from safety_desk.ui.common.date_field import DateField


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(value: date | None, *, name: str = "") -> DateField:
    """A typed date field showing ``value`` (today when None, as a new record's date starts)."""
    edit = DateField(objectName=name)
    edit.set_date(value or date.today())
    return edit


class OptionalDate(QWidget):
    """A check box saying whether a date applies (stopped? removed? replied?) and the date, enabled only when it
    does. Ticking the box on an empty date fills in today, which the user sees and can change."""

    def __init__(self, label: str, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, checked=value is not None)
        self.date = DateField()
        self.date.set_date(value)
        self.date.setEnabled(value is not None)
        self.check.toggled.connect(self._toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.date, 1)

    def _toggled(self, on: bool) -> None:
        self.date.setEnabled(on)
        if on and not self.date.text().strip():
            self.date.set_date(date.today())
        if not on:
            self.date.set_invalid("")  # an unticked date is not part of the record: nothing to mark

    def problem(self) -> str:
        """Why the date shown cannot be stored ("" when it can, or when the box is unticked)."""
        return self.date.problem(required=True) if self.check.isChecked() else ""

    def value(self) -> date | None:
        """The date when ticked; ValueError when the ticked date is not a date (check ``problem()`` first)."""
        if not self.check.isChecked():
            return None
        value = self.date.date_value()
        if value is None:
            raise ValueError(self.date.problem(required=True))
        return value

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.date.set_date(value)


class MonthEdit(QDateEdit):
    """A month (yyyy-MM) with arrows to step through a campaign's months. Unlike a plain QDateEdit it never puts
    its previous month back over an unfinished one when focus leaves ("2019-1" stays "2019-1"): the page asks
    ``problem()`` and refuses to use a month the field does not show."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setDisplayFormat("yyyy-MM")
        self.lineEdit().textChanged.connect(lambda _text: self.property("invalid") and self.set_invalid(
            self.problem()))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        typed, finished = self.text(), self.hasAcceptableInput()
        super().focusOutEvent(event)  # Qt's fix-up puts the last valid month back …
        if not finished and self.text() != typed:
            self.lineEdit().setText(typed)  # … the user sees what they typed instead, and it is refused

    def problem(self) -> str:
        """Why the month shown is not the one the field holds ("" when it is)."""
        if not self.isEnabled() or self.hasAcceptableInput():
            return ""
        first, last = self.minimumDate().toString("yyyy-MM"), self.maximumDate().toString("yyyy-MM")
        return self.tr("“%1” is not a month from %2 to %3 (yyyy-mm)").replace("%1", self.text()).replace(
            "%2", first).replace("%3", last)

    def set_invalid(self, message: str) -> None:
        self.setProperty("invalid", bool(message))
        self.setStyleSheet("QDateEdit { border: 2px solid #b00020; }" if message else "")
        self.setToolTip(message)
