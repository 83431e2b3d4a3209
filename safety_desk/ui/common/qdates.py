"""Dates between Python and Qt widgets, shared by every form that edits a date.

Every date a user types goes into a ``DateField`` (ui/common/date_field.py): it shows exactly what was typed, and a
text that is not a date is a problem the form marks and refuses, never a leftover earlier date (a QDateEdit's habit).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from safety_desk.ui.common.date_field import DateField

_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$|^(\d{4})(\d{2})$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")


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


class MonthEdit(QLineEdit):
    """A month typed as text (yyyy-mm, also 2019/9, 2019年9月, 201909), limited to a range (a campaign's months);
    Up and Down step through the months. A QDateEdit put its last valid month back over an unfinished one when
    focus left, when it was shown again and when it took focus, so the page exported a month the field had not
    shown; a line edit never rewrites what was typed. The page asks ``problem()`` and refuses a month not in range.

        edit = MonthEdit(objectName="reportMonth")
        edit.setDateRange(QDate(2019, 7, 1), QDate(2019, 10, 1))
        edit.setDate(QDate(2019, 9, 1))      # shows "2019-09"
        edit.date()                          # QDate(2019, 9, 1); an invalid QDate when the text is not a month
    """

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setPlaceholderText(self.tr("yyyy-mm"))
        self._first: QDate | None = None
        self._last: QDate | None = None
        self.textChanged.connect(lambda _text: self.property("invalid") and self.set_invalid(self.problem()))

    def setDateRange(self, first: QDate, last: QDate) -> None:
        self._first, self._last = QDate(first.year(), first.month(), 1), QDate(last.year(), last.month(), 1)

    def clearMinimumDate(self) -> None:
        self._first = None

    def clearMaximumDate(self) -> None:
        self._last = None

    def setDate(self, value: QDate) -> None:
        self.setText(value.toString("yyyy-MM"))

    def date(self) -> QDate:
        """The first day of the month shown; an invalid QDate when the text is not a month."""
        match = _MONTH.match(self.text().strip().translate(_FULL_WIDTH))
        if not match:
            return QDate()
        year, month = (int(g) for g in match.groups() if g is not None)
        return QDate(year, month, 1) if 1900 <= year <= 2999 and 1 <= month <= 12 else QDate()

    def problem(self) -> str:
        """Why the month shown cannot be used ("" when it can, or when the field is disabled)."""
        if not self.isEnabled():
            return ""
        shown_month = self.date()
        if shown_month.isValid() and (self._first is None or shown_month >= self._first) and (
                self._last is None or shown_month <= self._last):
            return ""
        if self._first is not None and self._last is not None:
            return self.tr("“%1” is not a month from %2 to %3 (yyyy-mm)").replace("%1", self.text()).replace(
                "%2", self._first.toString("yyyy-MM")).replace("%3", self._last.toString("yyyy-MM"))
        return self.tr("“%1” is not a month (yyyy-mm)").replace("%1", self.text())

    def set_invalid(self, message: str) -> None:
        self.setProperty("invalid", bool(message))
        self.setStyleSheet("border: 2px solid #b00020;" if message else "")
        self.setToolTip(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        current = self.date()
        if step is None or not current.isValid():
            super().keyPressEvent(event)
            return
        month = current.addMonths(step)
        if (self._first is None or month >= self._first) and (self._last is None or month <= self._last):
            self.setDate(month)
            self.editingFinished.emit()
