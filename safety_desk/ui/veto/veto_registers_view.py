"""The registers that one-vote veto decisions rest on: accidents (事故), illegal production/operation found
(非法生产经营) and the safety blacklist (黑名单), one tab each with New / Edit.

Every write goes through the services and ends with ``changed``, so the dashboard and veto views refresh on a signal.
Dialogs open window-modal without blocking (``open()``) and are returned, so tests can fill and accept them.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safety_desk.errors import UserError
from safety_desk.services import registers as register_service
from safety_desk.services import veto_registers as service
from safety_desk.store.database import Store
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.common.record_table_model import RecordIdRole, RecordTableModel
from safety_desk.ui.veto.veto_dialogs import AccidentDialog, BlacklistDialog, IllegalOperationDialog
from safety_desk.ui.veto.veto_models import AccidentTableModel, BlacklistTableModel, IllegalOperationTableModel

Kind = Literal["accident", "illegal_operation", "blacklist"]
VetoDialog = AccidentDialog | IllegalOperationDialog | BlacklistDialog


class RegisterTab(QWidget):
    """A summary line, the table and New / Edit buttons of one register."""

    def __init__(self, model: RecordTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.summary = QLabel(objectName=f"{name}Summary")
        self.table = QTableView(objectName=f"{name}Table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("New…"), objectName=f"{name}New")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName=f"{name}Edit", enabled=False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.edit_button.setEnabled(self.current_id() is not None))
        self.model.modelReset.connect(lambda: self.edit_button.setEnabled(False))
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RecordIdRole) if rows else None

    def select_id(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))


class VetoRegistersView(QWidget):
    """Three tabs: accidents (grade computed per 国务院令第493号), illegal operations, blacklist."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.accidents = RegisterTab(AccidentTableModel(self), "accident", self)
        self.illegal_operations = RegisterTab(IllegalOperationTableModel(self), "illegalOperation", self)
        self.blacklist = RegisterTab(BlacklistTableModel(self), "blacklist", self)
        self.tabs = QTabWidget(objectName="vetoRegisterTabs")
        self.tabs.addTab(self.accidents, self.tr("Accidents"))
        self.tabs.addTab(self.illegal_operations, self.tr("Illegal operations"))
        self.tabs.addTab(self.blacklist, self.tr("Blacklist"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for kind in ("accident", "illegal_operation", "blacklist"):
            tab = self.tab(kind)
            tab.new_button.clicked.connect(lambda _=False, k=kind: self.new_record(k))
            tab.edit_button.clicked.connect(lambda _=False, k=kind: self._edit_current(k))
            tab.table.doubleClicked.connect(lambda index, k=kind: self._edit_index(k, index))
        self.reload()

    def tab(self, kind: Kind) -> RegisterTab:
        return {"accident": self.accidents, "illegal_operation": self.illegal_operations,
                "blacklist": self.blacklist}[kind]

    def reload(self) -> None:
        """Re-read the three registers (after a write here, or when another view signals a change)."""
        accidents = service.list_accidents(store=self._store)
        operations = service.list_illegal_operations(store=self._store)
        entries = service.list_blacklist_entries(store=self._store)
        self.accidents.model.set_records(accidents)
        self.illegal_operations.model.set_records(operations)
        self.blacklist.model.set_records(entries)
        self.accidents.summary.setText(self.tr("{n} accidents, {deaths} deaths, {serious} above the general grade").format(
            n=len(accidents), deaths=sum(a.deaths for a in accidents),
            serious=sum(1 for a in accidents if a.grade != "一般")))
        self.illegal_operations.summary.setText(self.tr("{n} found, {open} not effectively stopped").format(
            n=len(operations), open=sum(1 for op in operations if not op.stopped)))
        self.blacklist.summary.setText(self.tr("{n} enterprises on the blacklist now").format(
            n=len({e.enterprise_id for e in entries if e.removed_on is None})))

    # --- new / edit ---------------------------------------------------------------------------------------------

    def new_record(self, kind: Kind) -> VetoDialog:
        self.tabs.setCurrentWidget(self.tab(kind))
        return self._open_form(kind, None)

    def edit_record(self, kind: Kind, record_id: str) -> VetoDialog | None:
        getters = {"accident": lambda: service.get_accident(store=self._store, accident_id=record_id),
                   "illegal_operation": lambda: service.get_illegal_operation(store=self._store,
                                                                              operation_id=record_id),
                   "blacklist": lambda: service.get_blacklist_entry(store=self._store, entry_id=record_id)}
        try:
            record = getters[kind]()
        except UserError as exc:  # deleted meanwhile (another window or a merged package)
            show_error(self, self.tr("Cannot open the record"), str(exc))
            self.reload()
            return None
        return self._open_form(kind, record)

    def _edit_current(self, kind: Kind) -> None:
        record_id = self.tab(kind).current_id()
        if record_id:
            self.edit_record(kind, record_id)

    def _edit_index(self, kind: Kind, index: QModelIndex) -> None:
        record_id = index.data(RecordIdRole)
        if record_id:
            self.edit_record(kind, record_id)

    def _open_form(self, kind: Kind, record) -> VetoDialog:
        store = self._store
        dialog: VetoDialog
        if kind == "accident":
            enterprises = register_service.list_enterprises(store=store)
            dialog = AccidentDialog(store, record, enterprises=enterprises, streets=self._streets(enterprises),
                                    parent=self)
        elif kind == "illegal_operation":
            enterprises = register_service.list_enterprises(store=store)
            departments = {e.lead_department for e in enterprises} | {
                op.responsible_department for op in self.illegal_operations.model.records()}
            dialog = IllegalOperationDialog(store, record, streets=self._streets(enterprises),
                                            departments=sorted(d for d in departments if d), parent=self)
        else:
            dialog = BlacklistDialog(store, record, enterprises=register_service.list_enterprises(store=store),
                                     parent=self)
        dialog.accepted.connect(lambda: self._after_write(kind, dialog.saved_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _streets(self, enterprises) -> list[str]:
        """Streets the user has already used anywhere: the register's, and the veto registers' own."""
        streets = {e.street for e in enterprises}
        streets |= {a.street for a in self.accidents.model.records()}
        streets |= {op.street for op in self.illegal_operations.model.records()}
        return sorted(s for s in streets if s)

    def _after_write(self, kind: Kind, record_id: str | None) -> None:
        self.reload()
        if record_id:
            self.tab(kind).select_id(record_id)
        self.changed.emit()
