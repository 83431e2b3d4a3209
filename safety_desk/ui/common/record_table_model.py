"""A read-only table of records: each column is a heading and a function from a record to its text.

Shared by the registers, the inspections list and the checklist; subclasses add roles (colours, ids) in ``data``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

RecordIdRole = Qt.ItemDataRole.UserRole + 1
SearchTextRole = Qt.ItemDataRole.UserRole + 2  # what the search box matches: name, street/department, code

_Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R", bound=Any)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Read-only rows of records; subclasses give the columns as (heading, text of a record)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._columns: list[tuple[str, Callable[[R], str]]] = []

    def set_records(self, records: list[R]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._rows)

    def record_at(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](record)
        if role == RecordIdRole:
            return record.id
        if role == SearchTextRole:
            return self.search_text(record)
        return None

    def search_text(self, record: R) -> str:
        """What a search box above the table matches; subclasses with a search box say what."""
        return ""


