"""Exporting from the hazards view: the view's filter, off the UI thread, preview and print, cancel leaves nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pypdf import PdfReader

from safety_desk.reports import ledger_pdf
from safety_desk.ui.reports.export_dialog import LedgerExportDialog, export_notice_with_preview
from safety_desk.ui.hazards.hazards_view import HazardsView
from safety_desk.ui.common.worker import BackgroundTask
from tests.reports.ledger_data import build_ledger_db, stream_text


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    # The remembered unit and folder go to a temporary settings file, never the developer's own.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    QSettings().clear()


@pytest.fixture
def data(file_store):
    return build_ledger_db(file_store)


@pytest.fixture
def view(qtbot, file_store, data):
    v = HazardsView(file_store)
    qtbot.addWidget(v)
    v.show()
    return v


def run_export(qtbot, dialog: LedgerExportDialog):
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.task is None)
    return blocker.args[0]


def test_export_button_takes_the_views_filter_then_previews_and_prints(qtbot, view, tmp_path):
    view.street_combo.setCurrentIndex(view.street_combo.findData("泺口街道"))
    view.export_button.click()
    dialog = view.export_dialog
    assert "街道：泺口街道" in dialog.filter_label.text() and dialog.filter_label.text().startswith("2 ")
    dialog.unit_edit.setText("泺口街道办事处")
    dialog.path_edit.setText(str(tmp_path / "泺口.pdf"))
    result = run_export(qtbot, dialog)
    assert (result.kind, result.rows, result.cancelled) == ("pdf", 2, False)
    text = stream_text(tmp_path / "泺口.pdf")
    assert "危化品库房未设置可燃气体报警器" in text and "北坦" not in text and "填报单位：泺口街道办事处" in text
    assert QSettings().value("export/unit") == "泺口街道办事处"

    preview = dialog.preview_dialog
    qtbot.addWidget(preview)
    assert preview.isVisible() and preview.page_count() == result.pages
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)  # enough to prove every page goes to the printer, and quick
    assert preview.print_to(printer) == result.pages
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == result.pages
    assert float(printed.pages[0].mediabox.width) > float(printed.pages[0].mediabox.height)  # landscape kept
    preview.close()


def test_xlsx_export_offers_the_folder(qtbot, view, tmp_path):
    view.export_button.click()
    dialog = view.export_dialog
    dialog.xlsx_radio.setChecked(True)
    assert dialog.path_edit.text().endswith(".xlsx")
    dialog.path_edit.setText(str(tmp_path / "全部.xlsx"))
    dialog.drafts_check.setChecked(True)
    assert dialog.filter_label.text().startswith("4 ")
    result = run_export(qtbot, dialog)
    assert (result.kind, result.rows) == ("xlsx", 4) and (tmp_path / "全部.xlsx").exists()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "全部.xlsx" in boxes[0].text()
    for box in boxes:
        box.close()


def test_cancel_leaves_no_file(qtbot, view, tmp_path, monkeypatch):
    monkeypatch.setattr(ledger_pdf, "PROGRESS_EVERY", 1)
    view.export_button.click()
    dialog = view.export_dialog
    dialog.path_edit.setText(str(tmp_path / "out" / "台账.pdf"))
    (tmp_path / "out").mkdir()
    start = BackgroundTask.start

    def start_then_cancel(task):
        # The progress dialog's Cancel, pressed before the first row is written: a worker can finish three rows
        # before the UI thread runs again, so a cancel sent after start() would race it.
        task.cancel()
        start(task)

    monkeypatch.setattr(BackgroundTask, "start", start_then_cancel)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.start_export()
    assert blocker.args[0].cancelled
    qtbot.waitUntil(lambda: dialog.task is None)
    assert list((tmp_path / "out").iterdir()) == []
    assert "已取消" in dialog.status_label.text() and dialog.isEnabled()
    dialog.close()


def test_notice_export_previews_the_notice(qtbot, view, file_store, data, tmp_path):
    export = export_notice_with_preview(view, file_store, data.inspection_id, out_path=tmp_path / "通知书.pdf")
    qtbot.waitUntil(lambda: export.result is not None, timeout=30_000)
    assert not export.result.cancelled and export.preview_dialog.page_count() >= 2
    assert "安全生产隐患整改通知书" in stream_text(tmp_path / "通知书.pdf")
    export.preview_dialog.close()
