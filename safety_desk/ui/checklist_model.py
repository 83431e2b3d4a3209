"""The check points of one inspection as a table: item, point, result, note."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from safety_desk.domain.inspections import RESULT_FAIL, RESULT_NA, RESULT_OK
from safety_desk.store.inspections_repo import ChecklistRow

PointIdRole = Qt.ItemDataRole.UserRole + 1

COL_ITEM, COL_POINT, COL_RESULT, COL_NOTE = range(4)
_RESULT_COLOURS = {RESULT_OK: "#e6f4ea", RESULT_FAIL: "#fde7e9", RESULT_NA: "#eeeeee"}


class ChecklistModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ChecklistRow] = []
        self._headers = (self.tr("Item"), self.tr("Check point"), self.tr("Result"), self.tr("Note"))

    def set_rows(self, rows: list[ChecklistRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_row(self, row: int, new: ChecklistRow) -> None:
        """Refresh one row in place, so the cursor and scroll position stay where the inspector is."""
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_NOTE))

    def row_at(self, row: int) -> ChecklistRow:
        return self._rows[row]

    def rows(self) -> list[ChecklistRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_ITEM:
                return f"{r.template_title}\n{r.section_heading} {r.item_heading}" if role == Qt.ItemDataRole.ToolTipRole \
                    else r.item_heading
            return (f"{r.label}{r.text}", r.result, r.note)[col - 1]
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_RESULT and r.result in _RESULT_COLOURS:
            return QBrush(QColor(_RESULT_COLOURS[r.result]))
        if role == PointIdRole:
            return r.point_id
        return None
