"""PdfPreviewDialog: an exported PDF shown in the app (QtPdf), printed through the system's printers, or its folder
opened — so a street office checks and prints the ledger without leaving the program.

Printing renders each page to an image at the printer's resolution (capped at 300 dpi: a landscape A4 page is then
~35 MB of pixels, freed page by page) and draws it on the QPrinter. It runs on the UI thread with a cancellable
progress dialog: QPdfDocument and QPainter-on-QPrinter are not documented as safe to share with a worker thread.

    dialog = PdfPreviewDialog(Path("台账.pdf"), parent)
    dialog.open()

The bar above the pages moves between pages (◀ ▶, or type the page number) and zooms: − and + (Ctrl+− / Ctrl++),
fit to width (the default: a landscape ledger reads across) and whole page (to see a page's layout before printing).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPageLayout, QPainter, QShortcut
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safety_desk.ui.common.events import process_events
from safety_desk.ui.common.screen_fit import fit_to_screen

MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


def open_folder_of(path: Path) -> bool:
    """Show the folder holding ``path`` in the platform's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve().parent)))


class PdfPreviewDialog(QDialog):
    """Every page of a PDF, scrolled continuously and fitted to the width, with Print… and Open folder."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Preview – %1").replace("%1", self.path.name))
        fit_to_screen(self, 1000, 760)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self, objectName="pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages_label = QLabel(objectName="pdfPages")
        self.prev_button = QPushButton(self.tr("◀ Previous page"), objectName="pdfPrevious")
        self.next_button = QPushButton(self.tr("Next page ▶"), objectName="pdfNext")
        self.page_spin = QSpinBox(objectName="pdfPage", minimum=1, maximum=1)
        self.page_spin.setPrefix(self.tr("Page "))
        self.zoom_out_button = QPushButton("−", objectName="pdfZoomOut")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.zoom_in_button = QPushButton("+", objectName="pdfZoomIn")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit_width_button = QPushButton(self.tr("Fit width"), objectName="pdfFitWidth")
        self.fit_page_button = QPushButton(self.tr("Whole page"), objectName="pdfFitPage")
        self.zoom_label = QLabel(objectName="pdfZoom")
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") * 4 + 16)
        navigation = QHBoxLayout()
        for widget in (self.prev_button, self.page_spin, self.next_button):
            navigation.addWidget(widget)
        navigation.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_width_button,
                       self.fit_page_button):
            navigation.addWidget(widget)
        self.print_button = QPushButton(self.tr("Print…"), objectName="pdfPrint")
        self.folder_button = QPushButton(self.tr("Open folder"), objectName="pdfOpenFolder")
        self.close_button = QPushButton(self.tr("Close"), objectName="pdfClose")
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label, 1)
        for button in (self.print_button, self.folder_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_spin.valueChanged.connect(self.go_to_page)
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_width_button.clicked.connect(lambda: self.set_fit(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self.set_fit(QPdfView.ZoomMode.FitInView))
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in), ("Ctrl+=", self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out)):
            QShortcut(QKeySequence(keys), self, slot)
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
        self.page_spin.setMaximum(max(1, self.document.pageCount()))
        self.page_spin.setSuffix(self.tr(" of %1").replace("%1", str(self.document.pageCount())))
        self._show_navigation()
        return ok

    # ---- pages and zoom --------------------------------------------------------------------------------------

    def current_page(self) -> int:
        """1-based, as the user counts."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to_page(self, page: int) -> None:
        page = max(1, min(page, self.page_count()))
        if self.page_count() and page != self.current_page():
            navigator = self.view.pageNavigator()
            navigator.jump(page - 1, QPointF(), navigator.currentZoom())
        self._show_navigation()

    def _page_shown(self, _index: int) -> None:
        self._show_navigation()

    def _show_navigation(self) -> None:
        page = self.current_page()
        self.page_spin.blockSignals(True)  # showing where we are is not a request to go there
        self.page_spin.setValue(page)
        self.page_spin.blockSignals(False)
        self.prev_button.setEnabled(page > 1)
        self.next_button.setEnabled(page < self.page_count())
        mode = self.view.zoomMode()
        self.fit_width_button.setEnabled(mode != QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setEnabled(mode != QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)}%")

    def effective_zoom(self) -> float:
        """The zoom the pages are drawn at now (in the fit modes Qt computes it; this follows the same rule)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(0, self.current_page() - 1))
        scale = self.logicalDpiX() / 72
        margins = self.view.documentMargins()
        width = (self.view.viewport().width() - margins.left() - margins.right()) / (points.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return width
        height = (self.view.viewport().height() - margins.top() - margins.bottom()) / (points.height() * scale)
        return min(width, height)

    def zoom_in(self) -> None:
        self.set_zoom(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.effective_zoom() / ZOOM_STEP)

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))
        self._show_navigation()

    def set_fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._show_navigation()

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
