"""The registers of 双随机、一公开: inspected units (检查对象名录库) and inspectors (执法检查人员名录库).

Each tab is a searchable table with New / Edit / Import from Excel… / Save blank template…. Every write goes through
the services and ends with ``registers_changed``, so other views refresh on a signal, never by polling.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.registers import Enterprise, Inspector
from safety_desk.errors import UserError
from safety_desk.services import register_import
from safety_desk.services import registers as register_service
from safety_desk.store.database import Store
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.registers.enterprise_dialog import EnterpriseDialog, InspectorDialog
from safety_desk.ui.registers.register_import_dialog import RegisterImportDialog
from safety_desk.ui.registers.register_models import (
    EnterpriseTableModel,
    InspectorTableModel,
    RecordIdRole,
    SearchTextRole,
    RecordTableModel,
)

RegisterKind = Literal["enterprise", "inspector"]


class RegisterPage(QWidget):
    """One register: search box, table, buttons. The owning view connects the buttons to the use cases."""

    def __init__(self, model: RecordTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterRole(SearchTextRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit(objectName=f"{name}Search", clearButtonEnabled=True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(objectName=f"{name}Table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.proxy.sort(-1)  # keep the register's own order (street, name) until the user clicks a heading
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)

        self.new_button = QPushButton(self.tr("New…"), objectName=f"{name}New")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName=f"{name}Edit", enabled=False)
        self.import_button = QPushButton(self.tr("Import from Excel…"), objectName=f"{name}Import")
        self.template_button = QPushButton(self.tr("Save blank template…"), objectName=f"{name}Template")
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.edit_button.setEnabled(self.current_id() is not None))
        self.model.modelReset.connect(lambda: self.edit_button.setEnabled(False))
        # Fit the columns to the register once it is loaded (a few thousand rows at most: cheap), capped so that a
        # long address does not push the rest off screen.
        self.model.modelReset.connect(self._fit_columns)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for b in (self.new_button, self.edit_button, self.import_button, self.template_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 260))

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RecordIdRole) if rows else None

    def select_id(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def visible_ids(self) -> list[str]:
        """Ids of the rows the search leaves visible, in view order."""
        return [self.proxy.index(r, 0).data(RecordIdRole) for r in range(self.proxy.rowCount())]


class RegistersView(QWidget):
    """Two tabs: 检查对象名录库 (enterprises) and 执法检查人员名录库 (inspectors).

    Dialogs open window-modal without blocking (``open()``) and are returned, so tests can fill and accept them.
    """

    registers_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.enterprises = RegisterPage(EnterpriseTableModel(self), "enterprise", self)
        self.enterprises.search.setPlaceholderText(self.tr("Search by name, street or credit code"))
        self.inspectors = RegisterPage(InspectorTableModel(self), "inspector", self)
        self.inspectors.search.setPlaceholderText(self.tr("Search by name, department or certificate no."))
        self.tabs = QTabWidget(objectName="registerTabs")
        self.tabs.addTab(self.enterprises, self.tr("Inspected units"))
        self.tabs.addTab(self.inspectors, self.tr("Inspectors"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for page, kind in ((self.enterprises, "enterprise"), (self.inspectors, "inspector")):
            page.new_button.clicked.connect(lambda _=False, k=kind: self.new_record(k))
            page.edit_button.clicked.connect(lambda _=False, k=kind, p=page: self._edit_current(k, p))
            page.table.doubleClicked.connect(lambda index, k=kind: self._edit_index(k, index))
            page.import_button.clicked.connect(lambda _=False, k=kind: self.choose_import_file(k))
            page.template_button.clicked.connect(lambda _=False, k=kind: self.choose_template_path(k))
        self.reload()

    def reload(self) -> None:
        """Re-read both registers (after a write here, or when another view signals a change)."""
        self.enterprises.model.set_records(register_service.list_enterprises(store=self._store))
        self.inspectors.model.set_records(register_service.list_inspectors(store=self._store))

    # --- new / edit ---------------------------------------------------------------------------------------------

    def new_record(self, kind: RegisterKind) -> EnterpriseDialog | InspectorDialog:
        return self._open_form(kind, None)

    def edit_record(self, kind: RegisterKind, record_id: str) -> EnterpriseDialog | InspectorDialog | None:
        try:
            record: Enterprise | Inspector
            if kind == "enterprise":
                record = register_service.get_enterprise(store=self._store, enterprise_id=record_id)
            else:
                record = register_service.get_inspector(store=self._store, inspector_id=record_id)
        except UserError as exc:  # deleted meanwhile (another window or the CLI)
            show_error(self, self.tr("Cannot open the record"), str(exc))
            self.reload()
            return None
        return self._open_form(kind, record)

    def _edit_current(self, kind: RegisterKind, page: RegisterPage) -> None:
        record_id = page.current_id()
        if record_id:
            self.edit_record(kind, record_id)

    def _edit_index(self, kind: RegisterKind, index: QModelIndex) -> None:
        record_id = index.data(RecordIdRole)
        if record_id:
            self.edit_record(kind, record_id)

    def _open_form(
        self, kind: RegisterKind, record: Enterprise | Inspector | None
    ) -> EnterpriseDialog | InspectorDialog:
        if kind == "enterprise":
            dialog: EnterpriseDialog | InspectorDialog = EnterpriseDialog(
                self._store, record, streets=self.enterprises.model.streets(), parent=self)
        else:
            dialog = InspectorDialog(self._store, record, departments=self.inspectors.model.departments(), parent=self)
        dialog.accepted.connect(lambda: self._after_write(kind, dialog.saved_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_write(self, kind: RegisterKind, record_id: str | None = None) -> None:
        self.reload()
        page = self.enterprises if kind == "enterprise" else self.inspectors
        if record_id:
            page.select_id(record_id)
        self.registers_changed.emit()

    # --- Excel ------------------------------------------------------------------------------------------------

    def choose_import_file(self, kind: RegisterKind) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import register from Excel"), "", self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.import_file(kind, path)

    def import_file(self, kind: RegisterKind, path: str | Path) -> RegisterImportDialog | None:
        """Read ``path`` and show its preview; nothing is written until the user clicks Import there."""
        preview_fn = register_import.preview_enterprises if kind == "enterprise" else register_import.preview_inspectors
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = preview_fn(store=self._store, path=path)
        except UserError as exc:  # not an xlsx, no name column, too big … : located message, no traceback
            show_error(self, self.tr("Cannot import the register"), str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        dialog = RegisterImportDialog(self._store, preview, self)
        dialog.accepted.connect(lambda: self._after_import(kind, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_import(self, kind: RegisterKind, dialog: RegisterImportDialog) -> None:
        counts = dialog.counts
        self.tabs.setCurrentWidget(self.enterprises if kind == "enterprise" else self.inspectors)
        self._after_write(kind)
        if counts is not None:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Register imported"), self.tr(
                "Added: {inserted}; updated: {updated}; skipped because of errors: {skipped}.").format(
                inserted=counts.inserted, updated=counts.updated, skipped=counts.skipped),
                QMessageBox.StandardButton.Ok, self)
            box.setObjectName("importDoneDialog")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def choose_template_path(self, kind: RegisterKind) -> None:
        name = self.tr("Inspected units template.xlsx") if kind == "enterprise" else self.tr(
            "Inspectors template.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save blank template"), name, self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.save_template(kind, path)

    def save_template(self, kind: RegisterKind, path: str | Path) -> bool:
        """Write a blank register with the expected headers; False (after telling the user) when it fails."""
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        writer = (register_import.write_enterprise_template if kind == "enterprise"
                  else register_import.write_inspector_template)
        try:
            writer(path)
        except UserError as exc:
            show_error(self, self.tr("Cannot save the template"), str(exc))
            return False
        return True
