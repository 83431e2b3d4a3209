"""Dates between Python and Qt widgets, shared by every form that edits a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(value: date | None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value) if value else QDate.currentDate(), calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
