"""Dates between Python and Qt widgets, shared by every form that edits a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(value: date | None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value) if value else QDate.currentDate(), calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class OptionalDate(QWidget):
    """A check box saying whether a date applies (stopped? removed? replied?) and the date, enabled only when it
    does."""

    def __init__(self, label: str, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, checked=value is not None)
        self.date = date_edit(value)
        self.date.setEnabled(value is not None)
        self.check.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.date, 1)

    def value(self) -> date | None:
        return from_qdate(self.date.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.date.setDate(value)
