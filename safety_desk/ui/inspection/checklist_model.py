"""The check points of one inspection as a table: item, point, result, note."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from safety_desk.domain.inspections import RESULT_FAIL, RESULT_NA, RESULT_OK
from safety_desk.store.inspections_repo import ChecklistRow
from safety_desk.ui.common.record_table_model import RecordTableModel

PointIdRole = Qt.ItemDataRole.UserRole + 1

COL_ITEM, COL_POINT, COL_RESULT, COL_NOTE = range(4)
_RESULT_COLOURS = {RESULT_OK: "#e6f4ea", RESULT_FAIL: "#fde7e9", RESULT_NA: "#eeeeee"}


class ChecklistModel(RecordTableModel[ChecklistRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Item"), lambda r: r.item_heading),
            (self.tr("Check point"), lambda r: f"{r.label}{r.text}"),
            (self.tr("Result"), lambda r: r.result),
            (self.tr("Note"), lambda r: r.note),
        ]

    def set_rows(self, rows: list[ChecklistRow]) -> None:
        self.set_records(rows)

    def rows(self) -> list[ChecklistRow]:
        return self.records()

    def row_at(self, row: int) -> ChecklistRow:
        return self.record_at(row)

    def update_row(self, row: int, new: ChecklistRow) -> None:
        """Refresh one row in place, so the cursor and scroll position stay where the inspector is."""
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_NOTE))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_ITEM:
            return f"{r.template_title}\n{r.section_heading} {r.item_heading}"
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == COL_RESULT and r.result in _RESULT_COLOURS:
            return QBrush(QColor(_RESULT_COLOURS[r.result]))
        if role == PointIdRole:
            return r.point_id
        return super().data(index, role)
