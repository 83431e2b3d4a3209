"""A date typed as text (年-月-日) with a calendar to pick from: what the field shows is exactly what was typed.

A QDateEdit keeps the last *valid* date while it shows an unfinished one ("2019-09-31" shows, 2019-09-03 is its
value) and emits a new date at every keystroke. Forms that must store only what the user finished use this field:
its value is parsed from the text on demand (domain.dates.parse_typed_date), so an invalid text is an error the form
can show, never a silent leftover.

    field = DateField(objectName="deadline")
    field.set_date(date(2019, 9, 30))
    field.editingFinished.connect(...)   # Enter, focus out — and a date picked from the calendar
    field.date_value()                   # date | None, ValueError for text that is not a date
    field.problem(required=True)         # "" or why the text cannot be stored ("请填写日期" when empty)
    field.set_invalid(message)           # red border and tooltip; "" clears them
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QMenu, QWidget, QWidgetAction

from safety_desk.domain.dates import parse_typed_date


_INVALID = "border: 2px solid #b00020;"  # as the hazard form marks a field


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

    def problem(self, *, required: bool) -> str:
        """Why the text shown is not a date to store: "" when it is one (or is empty and not ``required``)."""
        try:
            value = self.date_value()
        except ValueError as exc:
            return str(exc)
        if value is None and required:
            return self.tr("Enter a date (yyyy-mm-dd)")
        return ""

    def set_invalid(self, message: str) -> None:
        """Mark the field red with ``message`` as its tooltip, or clear the mark ("")."""
        self.setProperty("invalid", bool(message))
        self.setStyleSheet(_INVALID if message else "")
        self.setToolTip(message)

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


def named_problem(label: str, why: str) -> str:
    """A problem naming its field: "Start: “2019-02-30” 不是有效日期…"."""
    return QCoreApplication.translate("DateField", "%1: %2").replace("%1", label.rstrip(":：")).replace("%2", why)


class DateChecks:
    """The typed dates of a plain dialog (a ``RecordForm`` checks its own): each field is marked red, and the
    dialog's message line names it, as soon as its edit finishes with a text that is not a date (and unmarked as
    soon as the text is one); ``refuse()`` is what OK calls first, and the dialog stays open, storing nothing,
    while it returns True.

        self.checks = DateChecks(self.error)
        self.start = self.checks.add(DateField(objectName="campaignStart"), self.tr("Start"))
        def accept(self):
            if self.checks.refuse():
                return
    """

    def __init__(self, message: QLabel) -> None:
        self.message = message
        self._fields: list[tuple[DateField, str, bool]] = []
        self._showing = False  # the message line shows date problems (and may be cleared when they are gone)

    def add(self, field: DateField, label: str, *, required: bool = True) -> DateField:
        self._fields.append((field, label, required))
        field.editingFinished.connect(lambda: self._check(field))
        field.textChanged.connect(lambda _text: field.property("invalid") and self._check(field))  # fixed: unmark
        return field

    def problem(self, field: DateField) -> str:
        """Why ``field`` cannot be stored, naming it ("" when it can)."""
        for candidate, label, required in self._fields:
            if candidate is field:
                why = field.problem(required=required) if field.isEnabled() else ""
                return named_problem(label, why) if why else ""
        raise KeyError(field.objectName())

    def problems(self) -> list[str]:
        return [message for field, _label, _required in self._fields if (message := self.problem(field))]

    def _check(self, field: DateField) -> None:
        message = self.problem(field)
        field.set_invalid(message)
        self._show()

    def _show(self) -> None:
        problems = self.problems()
        if problems or self._showing:
            self.message.setText("\n".join(problems))
        self._showing = bool(problems)

    def refuse(self) -> bool:
        """Mark every field not holding a date; True (refuse OK) when there is one, with the first focused."""
        first = None
        for field, _label, _required in self._fields:
            message = self.problem(field)
            field.set_invalid(message)
            if message and first is None:
                first = field
        self._show()
        if first is not None:
            first.setFocus()
        return first is not None
