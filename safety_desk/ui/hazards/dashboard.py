"""The dashboard: what needs attention today across the ledger — due this week, overdue, listed major hazards still
open (with the veto situations among them) — and open/overdue hazards by street.

Figures are computed for today's date each time the dashboard is refreshed (overdue is never stored).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.lifecycle import DashboardCounts, StreetCounts
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.store.database import Store
from safety_desk.ui.common.record_table_model import RecordTableModel

# Figure keys: what a click on a figure asks the hazards view to show.
FIGURE_DUE, FIGURE_OVERDUE, FIGURE_LISTED = "due_this_week", "overdue", "listed_open_majors"
StreetRole = Qt.ItemDataRole.UserRole + 1
_RED = QColor("#b00020")


class StreetCountsModel(RecordTableModel[StreetCounts]):
    """One row per street (tens at most)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Street"), lambda r: r.street or self.tr("(no street)")),
            (self.tr("Open"), lambda r: r.open),  # numbers, so that a sort by these columns is numeric
            (self.tr("Overdue"), lambda r: r.overdue),
        ]

    def set_rows(self, rows: list[StreetCounts]) -> None:
        self.set_records(rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and r.overdue:
            return QBrush(_RED)
        if role == StreetRole:
            return r.street
        if role == Qt.ItemDataRole.DisplayRole:
            return super().data(index, role)
        return None


class FigureButton(QPushButton):
    """A big number with its caption; clicking it shows the hazards behind it."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.caption = caption
        self.value = 0
        self.setMinimumHeight(84)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_value(self, value: int, alarm: bool = False) -> None:
        self.value = value
        self.setText(f"{value}\n{self.caption}")
        colour = "#b00020" if alarm and value else "#202124"
        self.setStyleSheet(f"QPushButton {{ font-size: 15px; color: {colour}; padding: 8px; text-align: center; }}")


class DashboardView(QWidget):
    figure_clicked = Signal(str)  # FIGURE_* key
    street_activated = Signal(str)  # street name ("" for enterprises without one)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("dashboard")
        self.counts: DashboardCounts | None = None
        self.title = QLabel(objectName="dashboardTitle")
        self.due = FigureButton(self.tr("due within 7 days"), "figureDue")
        self.overdue = FigureButton(self.tr("overdue"), "figureOverdue")
        self.listed = FigureButton(self.tr("listed major hazards still open"), "figureListed")
        self.listed_overdue = FigureButton(self.tr("listed and overdue: veto situations"), "figureVeto")
        for key, button in ((FIGURE_DUE, self.due), (FIGURE_OVERDUE, self.overdue), (FIGURE_LISTED, self.listed),
                            (FIGURE_LISTED, self.listed_overdue)):
            button.clicked.connect(lambda _=False, k=key: self.figure_clicked.emit(k))
        figures = QGridLayout()
        for column, button in enumerate((self.due, self.overdue, self.listed, self.listed_overdue)):
            figures.addWidget(button, 0, column)

        self.street_model = StreetCountsModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.street_model)
        self.street_table = QTableView(objectName="streetCounts")
        self.street_table.setModel(proxy)
        self.street_table.setSortingEnabled(True)
        self.street_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.street_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.street_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.street_table.verticalHeader().setVisible(False)
        self.street_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.street_table.activated.connect(lambda index: self.street_activated.emit(index.data(StreetRole)))
        note = QLabel(self.tr("Hazards in the ledger. Click a figure or double-click a street to see its hazards."))
        note.setStyleSheet("color:#555")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(figures)
        layout.addWidget(QLabel(self.tr("By street")))
        layout.addWidget(self.street_table, 1)
        layout.addWidget(note)

    def reload(self, today: date | None = None) -> DashboardCounts:
        today = today or date.today()
        counts = lifecycle_service.dashboard_counts(store=self.store, today=today)
        self.counts = counts
        self.title.setText("<b>" + self.tr("Rectification at a glance, %1").replace("%1", today.isoformat()) + "</b>")
        self.due.set_value(counts.due_this_week)
        self.overdue.set_value(counts.overdue, alarm=True)
        self.listed.set_value(counts.listed_open_majors)
        self.listed_overdue.set_value(counts.listed_overdue, alarm=True)
        self.street_model.set_rows(counts.by_street)
        return counts
