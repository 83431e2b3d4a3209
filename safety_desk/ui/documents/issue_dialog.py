"""签发文书…: from an inspection, the kinds this unit may issue; the draft's free text to adjust; preview; 签发.

Preview writes the unnumbered draft to a temporary PDF and opens it in the system viewer; 签发 takes the number,
freezes the PDF and saves a copy where the user chooses.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from safety_desk.domain.documents import TITLES, kinds_for
from safety_desk.errors import UserError
from safety_desk.services import documents as document_service
from safety_desk.services import issuing_unit as unit_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.store.database import Store
from safety_desk.ui.common.vocabulary import shown


class IssueDocumentDialog(QDialog):
    def __init__(self, store: Store, inspection_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.inspection_id = store, inspection_id
        self.issued = None
        self.setWindowTitle(self.tr("Issue document"))
        self.resize(640, 560)
        unit = unit_service.current_unit(store=store)
        self.kind = QComboBox()
        for kind in kinds_for(unit.enforcement_power):
            self.kind.addItem(shown(TITLES[kind]), kind)
        self.unit_label = QLabel(unit.name or self.tr("(no issuing unit set: Documents → Issuing unit and numbers)"))
        self.place, self.time_from, self.time_to = QLineEdit(), QLineEdit(), QLineEdit()
        self.head, self.head_title, self.recorder = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.time_from, self.time_to):
            edit.setPlaceholderText("09:30")
        self.narrative = QPlainTextEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00000")
        form = QFormLayout()
        form.addRow(self.tr("Issuing unit"), self.unit_label)
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Place inspected"), self.place)
        form.addRow(self.tr("Time from"), self.time_from)
        form.addRow(self.tr("Time to"), self.time_to)
        form.addRow(self.tr("Head of the unit"), self.head)
        form.addRow(self.tr("Head's title"), self.head_title)
        form.addRow(self.tr("Recorder"), self.recorder)
        form.addRow(self.tr("Narrative / opinion"), self.narrative)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.clicked.connect(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = buttons.addButton(self.tr("Issue…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        issued = document_service.list_documents(store=store, inspection_id=inspection_id)
        if issued:  # what this inspection already has, so nobody issues the same order twice by mistake
            listed = QLabel(self.tr("Already issued:") + " " + "；".join(
                f"{d.number} {d.title}（{d.status_text}）" for d in issued))
            listed.setWordWrap(True)
            layout.addWidget(listed)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self.load_draft)
        self.load_draft()

    def current_kind(self) -> str:
        return self.kind.currentData()

    def load_draft(self) -> None:
        """Fill the free text from the records; a refusal (a draft hazard in an order …) is shown, not raised."""
        self.message.clear()
        try:
            draft = document_service.preview_document(store=self.store, inspection_id=self.inspection_id,
                                                      kind=self.current_kind())
        except UserError as exc:
            self.message.setText(str(exc))
            self.issue_button.setEnabled(False)
            self.preview_button.setEnabled(False)
            return
        c = draft.content
        for edit, value in ((self.place, c.place), (self.time_from, c.time_from), (self.time_to, c.time_to),
                            (self.head, c.head), (self.head_title, c.head_title), (self.recorder, c.recorder)):
            edit.setText(value)
        self.narrative.setPlainText(c.narrative)
        # Only the on-site record has free text of its own; a review may word its conclusion; orders and notices
        # print what the hazards say.
        kind = self.current_kind()
        for edit in (self.place, self.time_from, self.time_to, self.head, self.head_title, self.recorder):
            edit.setEnabled(kind == "record")
        self.narrative.setEnabled(kind in ("record", "review"))
        self.narrative.setPlaceholderText(self.tr("Leave empty to conclude from the re-inspection results")
                                          if kind == "review" else "")
        self.issue_button.setEnabled(True)
        self.preview_button.setEnabled(True)

    def edits(self) -> dict:
        values = {"place": self.place.text(), "time_from": self.time_from.text(), "time_to": self.time_to.text(),
                  "head": self.head.text(), "head_title": self.head_title.text(), "recorder": self.recorder.text(),
                  "narrative": self.narrative.toPlainText()}
        kind = self.current_kind()
        if kind == "review":
            return {"narrative": values["narrative"]}
        return values if kind == "record" else {}

    def preview(self) -> Path | None:
        try:
            draft = document_service.preview_document(store=self.store, inspection_id=self.inspection_id,
                                                      kind=self.current_kind(), edits=self.edits())
            data, _pages = document_service.render(draft.content)
        except UserError as exc:
            self.message.setText(str(exc))
            return None
        path = Path(tempfile.mkdtemp(prefix="safety-desk-preview-")) / "预览.pdf"
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def issue(self, out_path: str | None = None) -> None:
        kind = self.current_kind()
        if out_path is None:
            out_path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the issued document"),
                                                      str(Path.home() / f"{TITLES[kind]}.pdf"), "PDF (*.pdf)")
            if not out_path:
                return
        try:
            result = document_service.issue_document(
                store=self.store, inspection_id=self.inspection_id, kind=kind, edits=self.edits(),
                actor=lifecycle_service.current_actor(store=self.store) or "—", out_path=out_path)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.issued = result
        text = self.tr("Issued {number}.").format(number=result.document.number)
        if result.replaced:
            text += " " + self.tr("No font has these characters; they print as □: {chars}").format(
                chars=" ".join(result.replaced))
        if self.isVisible():  # told on the window, without blocking: the dialog closes now
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Issue document"), text,
                              QMessageBox.StandardButton.Ok, self.parentWidget())
            box.setObjectName("issuedMessage")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.accept()
