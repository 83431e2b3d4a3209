"""A date typed as text (年-月-日) with a calendar to pick from: what the field shows is exactly what was typed.

A QDateEdit keeps the last *valid* date while it shows an unfinished one ("2019-09-31" shows, 2019-09-03 is its
value) and emits a new date at every keystroke. Forms that must store only what the user finished use this field:
its value is parsed from the text on demand (domain.dates.parse_typed_date), so an invalid text is an error the form
can show, never a silent leftover.

    field = DateField(objectName="deadline")
    field.set_date(date(2019, 9, 30))
    field.editingFinished.connect(...)   # Enter, focus out — and a date picked from the calendar
    field.date_value()                   # date | None, ValueError for text that is not a date
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from safety_desk.domain.dates import parse_typed_date


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#444444"), 1))
    painter.drawRect(1, 3, 13, 11)
    painter.fillRect(2, 4, 12, 3, QColor("#b00020"))
    for x in (4, 7, 10):
        for y in (9, 12):
            painter.drawPoint(x, y)
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """A line edit for one date; the calendar button fills it in and finishes the edit."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setPlaceholderText(self.tr("yyyy-mm-dd"))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Pick from the calendar"), self)
        self.calendar_action.setObjectName("pickDate")
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None

    def date_value(self) -> date | None:
        return parse_typed_date(self.text())

    def set_date(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def show_calendar(self) -> QMenu:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu, objectName="dateCalendar")
        calendar.setGridVisible(True)
        try:
            current = self.date_value()
        except ValueError:
            current = None
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.clicked.connect(lambda q: self._picked(q, menu))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        self.calendar = calendar
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        return menu

    def _picked(self, q: QDate, menu: QMenu) -> None:
        menu.close()
        self.setText(date(q.year(), q.month(), q.day()).isoformat())
        self.editingFinished.emit()  # a picked date is a finished edit, like Enter
