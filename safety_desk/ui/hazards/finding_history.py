"""A hazard's history: every step with when, what, who and why, oldest first (services.lifecycle.finding_history)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from safety_desk.domain.lifecycle import KIND_EDIT, KIND_STATUS, HistoryEntry
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.store.database import Store
from safety_desk.ui.common.record_table_model import RecordTableModel

COL_AT, COL_ON, COL_STEP, COL_DETAIL, COL_ACTOR, COL_REASON = range(6)
KindRole = Qt.ItemDataRole.UserRole + 1
# Status changes stand out, edits recede: a reader scans for the lifecycle first.
_STATUS_BACKGROUND = QColor("#eef5ff")
_EDIT_FOREGROUND = QColor("#555555")


class FindingHistoryModel(RecordTableModel[HistoryEntry]):
    """Tens of entries per hazard: the whole list is held."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # "Recorded at" is when the step was entered (the order of the list); "Date" is the step's own date where
        # the user gave one (a re-inspection done yesterday and recorded today). Times are stored in UTC (records
        # travel between laptops) and shown in the reader's local time.
        self._columns = [
            (self.tr("Recorded at"), lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M")),
            (self.tr("Date"), lambda e: e.on.isoformat() if e.on else ""),
            (self.tr("Step"), lambda e: e.title),
            (self.tr("Details"), lambda e: e.detail),
            (self.tr("By"), lambda e: e.actor or "—"),
            (self.tr("Reason"), lambda e: e.reason),
        ]

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_records(entries)

    def entry(self, row: int) -> HistoryEntry:
        return self.record_at(row)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == KindRole:
            return e.kind
        if role == Qt.ItemDataRole.BackgroundRole and e.kind == KIND_STATUS:
            return QBrush(_STATUS_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and e.kind == KIND_EDIT:
            return QBrush(_EDIT_FOREGROUND)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return super().data(index, role)
        return None


class FindingHistoryView(QWidget):
    def __init__(self, store: Store, finding_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.finding_id = finding_id
        self.setObjectName("findingHistory")
        self.model = FindingHistoryModel(self)
        self.table = QTableView(objectName="historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column in (COL_AT, COL_ON, COL_STEP, COL_ACTOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        self.model.set_entries(lifecycle_service.finding_history(store=self.store, finding_id=self.finding_id))
        if self.model.rowCount():
            self.table.scrollToBottom()  # the latest step is what one opens the history for

    def steps(self) -> list[tuple[str, str, str]]:
        """(step, by, reason) of every entry, for tests and for copying out."""
        return [(e.title, e.actor, e.reason) for e in (self.model.entry(n) for n in range(self.model.rowCount()))]
