"""The conflicts left by data package imports: both versions side by side; keep one, or pick field by field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidget, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from safety_desk.domain.leads import CONFIDENTIAL_FIELDS
from safety_desk.errors import UserError
from safety_desk.services.packages import Conflict, list_conflicts, resolve_conflict
from safety_desk.store import Store
from safety_desk.domain.ids import short_id


class ConflictsView(QWidget):
    """``ConflictsView(store)``; ``resolved`` is emitted after each settled conflict so other views can refresh."""

    resolved = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conflicts: list[Conflict] = []
        # A handful of conflicts at a time: a list widget is enough here (large lists elsewhere are Qt models).
        self.list = QListWidget()
        self.heading = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This computer"), self.tr("Incoming"), self.tr("Keep")])
        self.keep_local = QPushButton(self.tr("Keep this computer's version"))
        self.keep_incoming = QPushButton(self.tr("Keep incoming version"))
        self.merge = QPushButton(self.tr("Merge chosen fields"))
        buttons = QHBoxLayout()
        for b in (self.keep_local, self.keep_incoming, self.merge):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.keep_local.clicked.connect(lambda: self._resolve("local"))
        self.keep_incoming.clicked.connect(lambda: self._resolve("incoming"))
        self.merge.clicked.connect(lambda: self._resolve("merge"))
        self.refresh()

    def refresh(self) -> None:
        self._conflicts = list_conflicts(store=self._store)
        self.list.clear()
        for c in self._conflicts:
            self.list.addItem(self.tr("{table} {record} — from {device}").format(
                table=c.table, record=short_id(c.record_id), device=c.source_device_name))
        if self._conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _show(self, row: int) -> None:
        conflict = self.current()
        for b in (self.keep_local, self.keep_incoming, self.merge):
            b.setEnabled(conflict is not None)
        self.table.setRowCount(0)
        if conflict is None:
            self.heading.setText(self.tr("No conflicts"))
            return
        self.heading.setText(self.tr("Changed on both sides since the last exchange"))
        fields = conflict.differing_fields()
        self.table.setRowCount(len(fields))
        for i, name in enumerate(fields):
            self.table.setItem(i, 0, QTableWidgetItem(name))
            secret = conflict.table == "leads" and name in CONFIDENTIAL_FIELDS  # the complainant: never on a list
            shown = (lambda _v: self.tr("(confidential: open the lead)")) if secret else _text
            self.table.setItem(i, 1, QTableWidgetItem(shown(conflict.local.get(name))))
            self.table.setItem(i, 2, QTableWidgetItem(shown(conflict.incoming.get(name))))
            choice = QComboBox()
            choice.addItem(self.tr("This computer"), "local")
            choice.addItem(self.tr("Incoming"), "incoming")
            self.table.setCellWidget(i, 3, choice)
        self.table.resizeColumnsToContents()

    def chosen_fields(self) -> dict:
        conflict = self.current()
        assert conflict is not None
        out = {}
        for i in range(self.table.rowCount()):
            name = self.table.item(i, 0).text()
            side = self.table.cellWidget(i, 3).currentData()
            out[name] = (conflict.incoming if side == "incoming" else conflict.local).get(name)
        return out

    def _resolve(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            resolve_conflict(store=self._store, conflict_id=conflict.id, choice=choice,
                             fields=self.chosen_fields() if choice == "merge" else None)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Conflicts"), str(exc))
            return
        self.resolved.emit(conflict.id)
        self.refresh()


def _text(value) -> str:
    return "" if value is None else str(value)
