"""ReportsPage: the committee's reports in one place — one-vote veto, a unit's monthly report, the district roll-up
and the committee summary — exported off the UI thread, then previewed (PDF: print, open folder) or, for a workbook,
with an offer to open its folder.

    page = ReportsPage(store)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(KIND_SUMMARY))
    page.export_button.click()        # asks where to save, exports, opens the preview
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QSpinBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.monthly import previous_month
from safety_desk.services.exports import ExportResult
from safety_desk.services.inspections import list_campaigns
from safety_desk.services import monthly as monthly_service
from safety_desk.services.monthly import export_monthly, units
from safety_desk.services.summary import export_summary
from safety_desk.services.veto import export_veto_report
from safety_desk.store.database import Store
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.reports.export_dialog import documents_folder, remember_folder
from safety_desk.ui.reports.pdf_preview import PdfPreviewDialog, open_folder_of
from safety_desk.ui.common.replaced_note import replaced_note, show_replaced
from safety_desk.ui.common.worker import BackgroundTask

KIND_VETO, KIND_MONTHLY, KIND_ROLLUP, KIND_SUMMARY = "veto", "monthly", "rollup", "summary"
FORMATS = {KIND_VETO: (".pdf", ".xlsx"), KIND_MONTHLY: (".pdf", ".xlsx"), KIND_ROLLUP: (".pdf", ".xlsx"),
           KIND_SUMMARY: (".pdf", ".xlsx")}
_FILE_STEMS = {KIND_VETO: "一票否决情形评估报告", KIND_MONTHLY: "月报", KIND_ROLLUP: "全区月报汇总",
               KIND_SUMMARY: "安委会工作汇总"}


def default_month(today: date, start: date | None, end: date | None) -> tuple[int, int]:
    """The month before ``today`` (reports are due by the 20th for the month past), kept inside the campaign."""
    month = previous_month(today.year, today.month)
    if start is not None and month < (start.year, start.month):
        month = (start.year, start.month)
    if end is not None and month > (end.year, end.month):
        month = (end.year, end.month)
    return month


class ReportsPage(QWidget):
    """Choose a report, its campaign, unit, month and format; Export… saves it and shows the result."""

    exported = Signal(object)  # ExportResult, cancelled or not

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: date | None = None,
                 preview: bool = True) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        self._preview = preview
        self.task: BackgroundTask | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self.replaced_box: QMessageBox | None = None  # names what printed as □, when anything did
        self.folder_box: QMessageBox | None = None
        self.last_result: ExportResult | None = None

        self.kind_combo = QComboBox(objectName="reportKind")
        for text, kind in ((self.tr("One-vote veto report"), KIND_VETO), (self.tr("Monthly report"), KIND_MONTHLY),
                           (self.tr("District roll-up"), KIND_ROLLUP), (self.tr("Committee summary"), KIND_SUMMARY)):
            self.kind_combo.addItem(text, kind)
        self.campaign_combo = QComboBox(objectName="reportCampaign")
        self.unit_combo = QComboBox(objectName="reportUnit")
        self.month_edit = QDateEdit(objectName="reportMonth")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.format_combo = QComboBox(objectName="reportFormat")
        # The office's period rule (a saved setting): 0 = calendar month, 20 = the 21st of the month before to the 20th.
        self.cutoff_spin = QSpinBox(objectName="reportCutoff")
        self.cutoff_spin.setRange(0, 28)
        self.cutoff_spin.setSpecialValueText(self.tr("calendar month"))
        self.cutoff_spin.setPrefix("")
        self.cutoff_spin.setValue(monthly_service.cutoff_setting(store=store) or 0)
        self.cutoff_spin.valueChanged.connect(
            lambda day: monthly_service.set_cutoff_setting(store=self._store, day=day or None))
        self.export_button = QPushButton(self.tr("Export…"), objectName="reportExport")
        self.status_label = QLabel(objectName="reportStatus")
        self.status_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind_combo)
        form.addRow(self.tr("Campaign:"), self.campaign_combo)
        form.addRow(self.tr("Street or department:"), self.unit_combo)
        form.addRow(self.tr("Month:"), self.month_edit)
        form.addRow(self.tr("Monthly period ends on day:"), self.cutoff_spin)
        form.addRow(self.tr("Format:"), self.format_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.export_button)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.campaign_combo.currentIndexChanged.connect(self._campaign_changed)
        self.export_button.clicked.connect(self.export)
        self.refresh()

    # ---- state -----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload campaigns and units from the database (after an import or a merge)."""
        campaign, unit = self.campaign_combo.currentData(), self.unit_combo.currentData()
        self.campaign_combo.blockSignals(True)
        self.campaign_combo.clear()
        for c in list_campaigns(store=self._store):
            self.campaign_combo.addItem(f"{c.name}（{c.start_date.isoformat()} 至 {c.end_date.isoformat()}）",
                                        (c.id, c.start_date, c.end_date))
        index = next((i for i in range(self.campaign_combo.count())
                      if campaign and self.campaign_combo.itemData(i)[0] == campaign[0]), 0)
        self.campaign_combo.setCurrentIndex(index)
        self.campaign_combo.blockSignals(False)
        self.unit_combo.clear()
        streets, departments = units(store=self._store)
        for name in streets:
            self.unit_combo.addItem(self.tr("%1 (street)").replace("%1", name), name)
        if streets and departments:
            self.unit_combo.insertSeparator(self.unit_combo.count())
        for name in departments:
            self.unit_combo.addItem(self.tr("%1 (department)").replace("%1", name), name)
        if unit is not None and self.unit_combo.findData(unit) >= 0:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))
        self._campaign_changed()
        self._kind_changed()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def campaign_id(self) -> str | None:
        data = self.campaign_combo.currentData()
        return data[0] if data else None

    def month(self) -> str:
        return self.month_edit.date().toString("yyyy-MM")

    def suffix(self) -> str:
        return self.format_combo.currentData() or ".pdf"

    def _campaign_changed(self) -> None:
        data = self.campaign_combo.currentData()
        start, end = (data[1], data[2]) if data else (None, None)
        self.month_edit.clearMinimumDate()
        self.month_edit.clearMaximumDate()
        if start and end:
            self.month_edit.setDateRange(QDate(start.year, start.month, 1), QDate(end.year, end.month, 1))
        year, month = default_month(self._today or date.today(), start, end)
        self.month_edit.setDate(QDate(year, month, 1))
        self.export_button.setEnabled(data is not None)
        no_campaign = self.tr("No campaign yet: create one or load the demo data first.")
        if data is None:
            self.status_label.setText(no_campaign)
        elif self.status_label.text() == no_campaign:  # a campaign has come since: the hint is stale
            self.status_label.clear()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.unit_combo.setEnabled(kind == KIND_MONTHLY)
        self.month_edit.setEnabled(kind in (KIND_MONTHLY, KIND_ROLLUP))
        self.cutoff_spin.setEnabled(kind in (KIND_MONTHLY, KIND_ROLLUP))
        previous = self.format_combo.currentData()
        self.format_combo.clear()
        for suffix in FORMATS[kind]:
            self.format_combo.addItem(self.tr("PDF") if suffix == ".pdf" else self.tr("Excel workbook (.xlsx)"),
                                      suffix)
        if self.format_combo.findData(previous) >= 0:
            self.format_combo.setCurrentIndex(self.format_combo.findData(previous))
        self.format_combo.setEnabled(self.format_combo.count() > 1)

    def suggested_name(self) -> str:
        kind, parts = self.kind(), []
        if kind == KIND_MONTHLY:
            parts.append(self.unit_combo.currentData() or "")
        parts.append(_FILE_STEMS[kind])
        if kind in (KIND_MONTHLY, KIND_ROLLUP):
            parts.append(self.month())
        name = "_".join(p for p in parts if p) + self.suffix()
        return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)

    # ---- exporting -------------------------------------------------------------------------------------------

    def export(self) -> None:
        """Ask where to save, then export."""
        pattern = self.tr("PDF (*.pdf)") if self.suffix() == ".pdf" else self.tr("Excel workbook (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"),
                                                str(Path(documents_folder()) / self.suggested_name()), pattern)
        if chosen:
            self.start_export(Path(chosen))

    def start_export(self, path: Path) -> None:
        if self.task is not None:
            return
        if self.kind() == KIND_MONTHLY and not self.unit_combo.currentData():
            self.status_label.setText(self.tr("Choose a street or department for the monthly report."))
            return
        path = Path(path).expanduser()
        if path.suffix.lower() != self.suffix():
            path = path.with_suffix(self.suffix())
        remember_folder(path)
        # The work runs in another thread: plain values only, never widgets (the store opens its own connection).
        store, kind, campaign, month = self._store, self.kind(), self.campaign_id(), self.month()
        unit = self.unit_combo.currentData()

        def work(progress):
            if kind == KIND_VETO:
                return export_veto_report(store=store, out_path=path, campaign=campaign, progress=progress)
            if kind == KIND_SUMMARY:
                return export_summary(store=store, out_path=path, campaign=campaign, progress=progress)
            return export_monthly(store=store, month=month, out_path=path, unit=unit if kind == KIND_MONTHLY else None,
                                  campaign=campaign, rollup=kind == KIND_ROLLUP)

        self.task = BackgroundTask(self, self.tr("Exporting the report…"), work)
        self.task.succeeded.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.done.connect(self._task_done)
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Exporting…"))
        self.task.start()

    def _task_done(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.status_label.setText(self.tr("Export failed."))
        show_error(self, self.tr("Cannot export the report"), message)

    def _finished(self, result: ExportResult) -> None:
        self.last_result = result
        if result.cancelled:
            self.status_label.setText(self.tr("Export cancelled; no file was written."))
        else:
            self.status_label.setText(self.tr("Exported to %1").replace("%1", str(result.path)) + replaced_note(result))
            if self._preview and result.kind == "pdf":
                self.preview_dialog = PdfPreviewDialog(result.path, self)
                self.preview_dialog.open()
            elif self._preview:
                self._offer_folder(result)
            self.replaced_box = show_replaced(self, result)
        self.exported.emit(result)

    def _offer_folder(self, result: ExportResult) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export report"),
                          self.tr("Exported to %1").replace("%1", str(result.path)),
                          QMessageBox.StandardButton.Close, self)
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: open_folder_of(result.path))
        self.folder_box = box
        box.open()
