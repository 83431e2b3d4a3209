"""The preview of a register import: every row with its status and, for a bad row, why; Import writes the good
rows in one transaction, Cancel writes nothing."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safety_desk.errors import UserError
from safety_desk.services.register_import import ImportCounts, RegisterPreview, commit_preview
from safety_desk.store.database import Store
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.registers.register_models import PreviewTableModel, RowOkRole


class RegisterImportDialog(QDialog):
    """Shows ``preview``; ``counts`` is set once the good rows are written (the dialog is then accepted)."""

    def __init__(self, store: Store, preview: RegisterPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.preview = preview
        self.counts: ImportCounts | None = None
        # whole sentences, not a fragment spliced into one: Chinese word order differs
        self.setWindowTitle(self.tr("Import inspected units from Excel") if preview.kind == "enterprise"
                            else self.tr("Import inspectors from Excel"))

        good = preview.good_rows
        updates = sum(r.action == "update" for r in good)
        source = QLabel(self.tr("File {file}, sheet “{sheet}”, header in row {row}").format(
            file=preview.file_name, sheet=preview.sheet, row=preview.header_row))
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(objectName="importSummary")
        self.summary.setText(
            self.tr("Rows to import: {good} ({new} new, {updated} updates); rows with errors: {bad}").format(
                good=len(good), new=len(good) - updates, updated=updates, bad=len(preview.bad_rows)))
        note = QLabel(self.tr("Rows with errors are not imported. Fix them in the file and import it again."))
        note.setVisible(bool(preview.bad_rows))
        note.setWordWrap(True)

        self.model = PreviewTableModel(preview, self)
        # Filtering in a proxy keeps a few thousand rows cheap: the view only asks for what it draws.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(RowOkRole)
        self.only_errors = QCheckBox(self.tr("Show only rows with errors"), objectName="onlyErrors")
        self.only_errors.setEnabled(bool(preview.bad_rows))
        self.only_errors.toggled.connect(self._filter)

        self.table = QTableView(objectName="previewTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # measure the first rows only: thousands would stall the dialog
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):  # long reasons and addresses are read in the tooltip
            header.resizeSection(col, min(header.sectionSize(col), 420 if col == self.model.PROBLEMS else 200))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"), objectName="importButton")
        self.import_button.setEnabled(bool(good))
        self.import_button.setDefault(bool(good))
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelButton")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.import_rows)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_errors)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 600)

    def _filter(self, only_errors: bool) -> None:
        # RowOkRole is a bool; its string form is what the proxy's fixed-string filter compares.
        self.proxy.setFilterFixedString("false" if only_errors else "")

    def import_rows(self) -> None:
        """Write the good rows (one transaction) and close; on failure nothing was written and the dialog stays."""
        if not self.preview.good_rows:
            return
        try:
            self.counts = commit_preview(store=self._store, preview=self.preview)
        except UserError as exc:
            show_error(self, self.tr("Cannot import the register"), str(exc))
            return
        self.import_button.setEnabled(False)  # a second click must not insert the rows twice
        self.accept()
