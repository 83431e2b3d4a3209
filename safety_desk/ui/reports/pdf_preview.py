"""PdfPreviewDialog: an exported PDF shown in the app (QtPdf), printed through the system's printers, or its folder
opened — so a street office checks and prints the ledger without leaving the program.

Printing renders each page to an image at the printer's resolution (capped at 300 dpi: a landscape A4 page is then
~35 MB of pixels, freed page by page) and draws it on the QPrinter. It runs on the UI thread with a cancellable
progress dialog: QPdfDocument and QPainter-on-QPrinter are not documented as safe to share with a worker thread.

    dialog = PdfPreviewDialog(Path("台账.pdf"), parent)
    dialog.open()
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safety_desk.ui.common.events import process_events

MAX_PRINT_DPI = 300


def open_folder_of(path: Path) -> bool:
    """Show the folder holding ``path`` in the platform's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve().parent)))


class PdfPreviewDialog(QDialog):
    """Every page of a PDF, scrolled continuously and fitted to the width, with Print… and Open folder."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Preview – %1").replace("%1", self.path.name))
        self.resize(1000, 760)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self, objectName="pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages_label = QLabel(objectName="pdfPages")
        self.print_button = QPushButton(self.tr("Print…"), objectName="pdfPrint")
        self.folder_button = QPushButton(self.tr("Open folder"), objectName="pdfOpenFolder")
        self.close_button = QPushButton(self.tr("Close"), objectName="pdfClose")
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label, 1)
        for button in (self.print_button, self.folder_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.folder_button.clicked.connect(lambda: open_folder_of(self.path))
        self.close_button.clicked.connect(self.accept)
        self.load()

    def load(self) -> bool:
        error = self.document.load(str(self.path))
        ok = error == QPdfDocument.Error.None_
        self.print_button.setEnabled(ok)
        if ok:
            self.pages_label.setText(self.tr("%1 pages").replace("%1", str(self.document.pageCount())))
        else:
            self.pages_label.setText(self.tr("Cannot open %1").replace("%1", str(self.path)))
        return ok

    def page_count(self) -> int:
        return self.document.pageCount()

    # ---- printing --------------------------------------------------------------------------------------------

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = 1, self.page_count()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or last, last)
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, last - first + 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            process_events()  # keep the dialog's Cancel button alive between pages
            return not progress.wasCanceled()

        try:
            printed = self.print_to(printer, first, last, step)
        finally:
            progress.reset()
        if printed == 0:
            QMessageBox.warning(self, self.tr("Print"), self.tr("Nothing was printed."))

    def print_to(self, printer: QPrinter, first: int = 1, last: int | None = None,
                 progress: Callable[[int, int], bool] | None = None) -> int:
        """Print pages ``first``..``last`` (1-based) on ``printer``; returns how many were sent."""
        doc = self.document
        last = min(last or doc.pageCount(), doc.pageCount())
        if doc.pageCount() == 0 or first > last:
            return 0
        size = doc.pagePointSize(first - 1)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index in range(first - 1, last):
                if printed:
                    printer.newPage()
                points = doc.pagePointSize(index)
                image = doc.render(index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(QRectF(area.x() + (area.width() - w) / 2, area.y(), w, h), image)
                printed += 1
                if progress is not None and not progress(printed, last - first + 1):
                    break
        finally:
            painter.end()
        return printed
