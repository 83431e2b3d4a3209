"""发文登记: every issued document (or one inspection's), with 重印… (byte-identical), 作废… (with a reason) and the
register as xlsx. Clashing numbers (two laptops given overlapping blocks) are shown in red."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from safety_desk.domain.documents import STATUS_VOID, IssuedDocument
from safety_desk.errors import UserError
from safety_desk.services import documents as document_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.store.database import Store
from safety_desk.ui.common.vocabulary import shown


class DocumentsModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("DocumentRegisterDialog", "Number"),
               QT_TRANSLATE_NOOP("DocumentRegisterDialog", "Document"),
               QT_TRANSLATE_NOOP("DocumentRegisterDialog", "Date"),
               QT_TRANSLATE_NOOP("DocumentRegisterDialog", "Enterprise"),
               QT_TRANSLATE_NOOP("DocumentRegisterDialog", "Issued by"),
               QT_TRANSLATE_NOOP("DocumentRegisterDialog", "Status"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents: list[IssuedDocument] = []
        self.clashes: dict[str, int] = {}

    def reset(self, documents: list[IssuedDocument], clashes: dict[str, int]) -> None:
        self.beginResetModel()
        self.documents, self.clashes = documents, clashes
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.documents)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return DocumentRegisterDialog.tr_column(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        d = self.documents[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = shown(d.status_text) + (f"（{d.void_reason}）" if d.status == STATUS_VOID else "")
            return (d.number, shown(d.title), d.issued_on.isoformat(), d.enterprise, d.issued_by,
                    status)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if d.number in self.clashes and index.column() == 0:
                return QColor("#b00000")
            if d.status == STATUS_VOID:
                return QColor("#888888")
        return None


class DocumentRegisterDialog(QDialog):
    def __init__(self, store: Store, inspection_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.inspection_id = store, inspection_id
        self.setWindowTitle(self.tr("Register of issued documents"))
        self.resize(900, 480)
        self.model = DocumentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.reprint_button = QPushButton(self.tr("Reprint…"))
        self.void_button = QPushButton(self.tr("Void…"))
        self.export_button = QPushButton(self.tr("Export register (xlsx)…"))
        self.reprint_button.clicked.connect(lambda: self.reprint())
        self.void_button.clicked.connect(lambda: self.void())
        self.export_button.clicked.connect(lambda: self.export_register())
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.void_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.refresh()

    @staticmethod
    def tr_column(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("DocumentRegisterDialog", text)

    def refresh(self) -> None:
        documents = document_service.list_documents(store=self.store, inspection_id=self.inspection_id)
        clashes = document_service.number_clashes(store=self.store)
        self.model.reset(documents, clashes)
        text = self.tr("{count} documents").format(count=len(documents))
        if clashes:
            text += " · " + self.tr("{count} numbers used twice: give each laptop its own number block").format(
                count=len(clashes))
        self.summary.setText(text)

    def selected(self) -> IssuedDocument | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.documents[rows[0].row()] if rows else None

    def reprint(self, out_path: str | None = None) -> None:
        document = self.selected()
        if document is None:
            return
        if out_path is None:
            out_path, _ = QFileDialog.getSaveFileName(self, self.tr("Reprint"), str(Path.home() / f"{document.title}.pdf"),
                                                      "PDF (*.pdf)")
            if not out_path:
                return
        try:
            document_service.copy_pdf(store=self.store, document=document, out_path=out_path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Reprint"), str(exc))

    def void(self, reason: str | None = None) -> None:
        document = self.selected()
        if document is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Void"),
                                              self.tr("Reason for voiding {number}:").format(number=document.number))
            if not ok:
                return
        try:
            document_service.void_document(store=self.store, number=document.id, reason=reason,
                                           actor=lifecycle_service.current_actor(store=self.store) or "—")
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Void"), str(exc))
            return
        self.refresh()

    def export_register(self, out_path: str | None = None) -> None:
        if out_path is None:
            out_path, _ = QFileDialog.getSaveFileName(self, self.tr("Export register (xlsx)…"),
                                                      str(Path.home() / "发文登记.xlsx"), "Excel (*.xlsx)")
            if not out_path:
                return
        try:
            document_service.export_register(store=self.store, out_path=out_path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Export register (xlsx)…"), str(exc))
