"""曝光名单…: the exposure list of a period (enterprises punished for serious violations) as PDF or Excel.

Only what such notices print; what counts as serious is written under the fields (the office's choice, not law).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.exposure import DEFAULT_MIN_FINE_YUAN
from safety_desk.errors import UserError
from safety_desk.services.exposure import export_exposure
from safety_desk.store.database import Store
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.common.qdates import date_edit, from_qdate
from safety_desk.ui.common.replaced_note import replaced_note


class ExposureDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Exposure list"))
        today = date.today()
        self.from_edit = date_edit(date(today.year, 1, 1))
        self.to_edit = date_edit(today)
        self.min_fine = QSpinBox(minimum=0, maximum=100_000_000, singleStep=10_000, value=DEFAULT_MIN_FINE_YUAN)
        self.min_fine.setSuffix(self.tr(" yuan"))
        note = QLabel(self.tr("Listed: stop-production orders, closures, transfers to the judiciary, fines on a visit "
                              "that found a major hazard, and fines of at least the amount above (the office's "
                              "choice). Penalties on persons are never listed."), wordWrap=True)
        note.setStyleSheet("color: #555")
        self.result_label = QLabel(objectName="exposureResult", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Penalties from"), self.from_edit)
        form.addRow(self.tr("to"), self.to_edit)
        form.addRow(self.tr("Serious fine from"), self.min_fine)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), objectName="exposurePdf")
        self.xlsx_button = QPushButton(self.tr("Export Excel…"), objectName="exposureXlsx")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.xlsx_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)

    def export(self, suffix: str, path: str | None = None) -> Path | None:
        """Ask where (unless ``path`` is given: tests), write, and say what was written."""
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
            name = f"曝光名单_{from_qdate(self.from_edit.date()).isoformat()}_{from_qdate(self.to_edit.date()).isoformat()}"
            pattern = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbook (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export exposure list"),
                                                  str(Path(folder) / (name + suffix)), pattern)
            if not path:
                return None
        try:
            result = export_exposure(store=self._store, start=from_qdate(self.from_edit.date()),
                                     end=from_qdate(self.to_edit.date()), out_path=path,
                                     min_fine_yuan=self.min_fine.value())
        except UserError as exc:
            show_error(self, self.tr("Cannot export"), str(exc))
            return None
        self.result_label.setText(self.tr("{n} entries written to {path}").format(n=result.rows, path=result.path)
                                  + replaced_note(result))
        return result.path
