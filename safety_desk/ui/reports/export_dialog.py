"""Exporting from the app: the ledger of the hazards view's current filter, and an inspection's notice.

The export runs in a BackgroundTask (progress bar, Cancel); the file appears only when complete. A PDF then opens
in the in-app preview (print, open folder); for a workbook the folder can be opened.

    LedgerExportDialog(store, hazards_view.current_filter(), parent).open()
    export_notice_with_preview(parent, store, inspection_id)      # for a menu entry or the inspection view
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safety_desk.services.exports import (
    ExportResult,
    export_ledger,
    export_notice,
    ledger_filter,
    ledger_header,
    suggested_ledger_name,
    suggested_notice_name,
)
from safety_desk.store.database import Store
from safety_desk.services.hazards import HazardFilter, count_hazards
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.reports.pdf_preview import PdfPreviewDialog, open_folder_of
from safety_desk.ui.common.replaced_note import replaced_note, show_replaced
from safety_desk.ui.common.worker import BackgroundTask

UNIT_KEY = "export/unit"  # the unit printed on ledgers and notices: typed once per computer
FOLDER_KEY = "export/folder"


def documents_folder() -> str:
    """Where exports are offered: the folder used last, else the platform's documents folder — created if a fresh
    home folder has none yet, so that the first export of a new user does not fail on a folder nobody made."""
    saved = QSettings().value(FOLDER_KEY, "")
    if saved and Path(saved).is_dir():
        return saved
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not documents:
        return str(Path.home())
    try:
        Path(documents).mkdir(parents=True, exist_ok=True)
    except OSError:
        return str(Path.home())
    return documents


def remember_folder(path: Path) -> None:
    """The folder of a file just exported is where the next export is offered."""
    QSettings().setValue(FOLDER_KEY, str(Path(path).parent))


class LedgerExportDialog(QDialog):
    """Where and how to export the ledger of ``hazard_filter``; runs the export and shows the result."""

    exported = Signal(object)  # ExportResult, cancelled or not

    def __init__(self, store: Store, hazard_filter: HazardFilter, parent: QWidget | None = None, *,
                 preview: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export ledger"))
        self._store = store
        self._filter = hazard_filter
        self._preview = preview
        self.task: BackgroundTask | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self.replaced_box: QMessageBox | None = None  # names what printed as □, when anything did
        self.last_result: ExportResult | None = None

        self.filter_label = QLabel(objectName="exportFilter")
        self.filter_label.setWordWrap(True)
        self.pdf_radio = QRadioButton(self.tr("PDF (to print and sign)"), objectName="exportPdf")
        self.xlsx_radio = QRadioButton(self.tr("Excel workbook (.xlsx)"), objectName="exportXlsx")
        self.pdf_radio.setChecked(True)
        self.unit_edit = QLineEdit(QSettings().value(UNIT_KEY, ""), objectName="exportUnit")
        self.unit_edit.setPlaceholderText(self.tr("e.g. the street office keeping this ledger"))
        self.drafts_check = QCheckBox(self.tr("Include hazards not yet entered in the ledger"),
                                      objectName="exportDrafts")
        self.path_edit = QLineEdit(objectName="exportPath")
        browse = QPushButton(self.tr("Browse…"), objectName="exportBrowse")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.status_label = QLabel(objectName="exportStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportRun")

        form = QFormLayout()
        form.addRow(self.tr("Hazards:"), self.filter_label)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf_radio)
        formats.addWidget(self.xlsx_radio)
        formats.addStretch(1)
        form.addRow(self.tr("Format:"), formats)
        form.addRow(self.tr("Unit:"), self.unit_edit)
        form.addRow("", self.drafts_check)
        form.addRow(self.tr("Save as:"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(620, 0)

        self.pdf_radio.toggled.connect(self._suffix_changed)
        self.path_edit.textChanged.connect(self.status_label.clear)  # "export failed" was about the old path
        self.drafts_check.toggled.connect(self._describe)
        browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self._describe()
        header = ledger_header(store=store, hazard_filter=ledger_filter(hazard_filter))
        self.path_edit.setText(str(Path(documents_folder()) / suggested_ledger_name(header, hazard_filter, ".pdf")))

    def suffix(self) -> str:
        return ".pdf" if self.pdf_radio.isChecked() else ".xlsx"

    def _describe(self) -> None:
        f = ledger_filter(self._filter, include_drafts=self.drafts_check.isChecked())
        header = ledger_header(store=self._store, hazard_filter=f)
        count = count_hazards(store=self._store, hazard_filter=f)
        self.filter_label.setText(self.tr("%1 hazards — %2; %3").replace("%1", f"{count:,}")
                                  .replace("%2", header.filters).replace("%3", header.scope))

    def _suffix_changed(self) -> None:
        path = Path(self.path_edit.text().strip() or "ledger")
        self.path_edit.setText(str(path.with_suffix(self.suffix())))

    def _browse(self) -> None:
        kind = self.tr("PDF (*.pdf)") if self.suffix() == ".pdf" else self.tr("Excel workbook (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export ledger"), self.path_edit.text(), kind)
        if chosen:
            self.path_edit.setText(str(Path(chosen).with_suffix(self.suffix())))

    # ---- running ---------------------------------------------------------------------------------------------

    def start_export(self) -> None:
        """Export in the background; the dialog stays open (disabled) until it ends."""
        if self.task is not None:
            return
        path = Path(self.path_edit.text().strip()).expanduser()
        if not path.name:
            self.status_label.setText(self.tr("Choose a file to save to."))
            return
        if path.suffix.lower() != self.suffix():
            path = path.with_suffix(self.suffix())
            self.path_edit.setText(str(path))
        settings = QSettings()
        settings.setValue(UNIT_KEY, self.unit_edit.text().strip())
        remember_folder(path)
        store, f, unit, drafts = self._store, self._filter, self.unit_edit.text(), self.drafts_check.isChecked()
        # The work runs in another thread: it gets plain values, never widgets (the store opens its own connection).
        self.task = BackgroundTask(self, self.tr("Exporting the ledger…"), lambda progress: export_ledger(
            store=store, hazard_filter=f, out_path=path, unit=unit, include_drafts=drafts, progress=progress))
        self.task.succeeded.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.done.connect(self._task_done)
        self.setEnabled(False)
        self.status_label.setText(self.tr("Exporting…"))
        self.task.start()

    def _task_done(self) -> None:
        self.task = None
        self.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.status_label.setText(self.tr("Export failed."))
        show_error(self, self.tr("Cannot export the ledger"), message)

    def _finished(self, result: ExportResult) -> None:
        self.last_result = result
        self.exported.emit(result)
        if result.cancelled:
            self.status_label.setText(self.tr("Export cancelled; no file was written."))
            return
        self.status_label.setText(self.tr("Exported %1 hazards to %2").replace("%1", f"{result.rows:,}")
                                  .replace("%2", str(result.path)) + replaced_note(result))
        self.accept()
        if result.kind == "pdf" and self._preview:
            self.preview_dialog = PdfPreviewDialog(result.path, self.parentWidget())
            self.preview_dialog.open()
        elif self._preview:
            self._offer_folder(result)
        self.replaced_box = show_replaced(self.parentWidget(), result)

    def _offer_folder(self, result: ExportResult) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export ledger"),
                          self.tr("Exported %1 hazards to %2").replace("%1", f"{result.rows:,}")
                          .replace("%2", str(result.path)), QMessageBox.StandardButton.Close, self.parentWidget())
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: open_folder_of(result.path))
        box.open()


class NoticeExport(QObject):
    """One notice export: where to save, the background task, then the preview. Kept alive by its parent."""

    def __init__(self, parent: QWidget, store: Store, inspection_id: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self._store = store
        self._inspection_id = inspection_id
        self.task: BackgroundTask | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self.replaced_box: QMessageBox | None = None  # names what printed as □, when anything did
        self.result: ExportResult | None = None

    def choose_path(self) -> Path | None:
        name = suggested_notice_name(store=self._store, inspection_id=self._inspection_id)
        suggested = Path(documents_folder()) / name
        chosen, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export rectification notice"),
                                                str(suggested), self.tr("PDF (*.pdf)"))
        return Path(chosen).with_suffix(".pdf") if chosen else None

    def start(self, out_path: Path) -> None:
        remember_folder(out_path)
        store, inspection_id = self._store, self._inspection_id
        unit = QSettings().value(UNIT_KEY, "")
        self.task = BackgroundTask(self._parent, self.tr("Exporting the notice…"), lambda progress: export_notice(
            store=store, inspection_id=inspection_id, out_path=out_path, issuing_unit=unit, progress=progress))
        self.task.succeeded.connect(self._show)
        self.task.failed.connect(
            lambda message: show_error(self._parent, self.tr("Cannot export the notice"), message))
        self.task.start()

    def _show(self, result: ExportResult) -> None:
        self.result = result
        if not result.cancelled:
            self.preview_dialog = PdfPreviewDialog(result.path, self._parent)
            self.preview_dialog.open()
            self.replaced_box = show_replaced(self._parent, result)


def export_notice_with_preview(parent: QWidget, store: Store, inspection_id: str, *,
                               out_path: Path | None = None) -> NoticeExport | None:
    """Ask where to save (unless ``out_path``), export the notice in the background, then preview it."""
    export = NoticeExport(parent, store, inspection_id)
    out_path = out_path or export.choose_path()
    if out_path is None:
        export.deleteLater()
        return None
    export.start(out_path)
    return export
