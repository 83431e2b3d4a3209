"""Exporting from the hazards view: the view's filter, off the UI thread, preview and print, cancel leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pypdf import PdfReader

from safety_desk.reports import ledger_pdf
from safety_desk.ui.app import create_app
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
    create_app(lang="zh_CN")  # the assertions read Chinese messages, whichever test ran before
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


@pytest.fixture
def fresh_home(tmp_path, monkeypatch):
    """A new user's home folder: no Documents folder yet, no XDG user-dirs file."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def test_the_first_export_on_a_fresh_home_succeeds(qtbot, view, fresh_home, tmp_path):
    assert not (fresh_home / "Documents").exists()
    view.export_button.click()
    dialog = view.export_dialog
    offered = Path(dialog.path_edit.text())
    assert offered.parent == fresh_home / "Documents" and offered.parent.is_dir()  # created for the first export
    result = run_export(qtbot, dialog)
    assert not result.cancelled and result.path.parent == fresh_home / "Documents" and result.path.is_file()


def test_a_failed_export_says_so_only_until_the_path_changes(qtbot, view, fresh_home, tmp_path, monkeypatch):
    monkeypatch.setattr("safety_desk.ui.reports.export_dialog.show_error", lambda *a: None)
    view.export_button.click()
    dialog = view.export_dialog
    dialog.path_edit.setText(str(tmp_path / "没有这个文件夹" / "台账.pdf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.status_label.text() == "导出失败。"
    (tmp_path / "reports").mkdir()
    dialog.path_edit.setText(str(tmp_path / "reports" / "台账.pdf"))
    assert dialog.status_label.text() == ""  # no stale failure beside a good path
    result = run_export(qtbot, dialog)
    assert result.path == tmp_path / "reports" / "台账.pdf"
    view.export_button.click()  # the next export is offered in the folder used last
    assert Path(view.export_dialog.path_edit.text()).parent == tmp_path / "reports"


def test_the_notice_is_offered_under_the_enterprise_and_date(qtbot, view, file_store, data, fresh_home, monkeypatch):
    from safety_desk.ui.reports.export_dialog import NoticeExport

    offered = []
    monkeypatch.setattr("safety_desk.ui.reports.export_dialog.QFileDialog.getSaveFileName",
                        lambda parent, title, path, kinds: (offered.append(path), ("", ""))[1])
    assert NoticeExport(view, file_store, data.inspection_id).choose_path() is None
    name = Path(offered[0]).name
    enterprise, day = file_store.db.execute(
        "select e.name, i.inspection_date from inspections i join enterprises e on e.id = i.enterprise_id "
        "where i.id = ?", [data.inspection_id]).fetchone()
    assert name == f"隐患整改通知书_{enterprise}_{day}.pdf"
    assert Path(offered[0]).parent == fresh_home / "Documents"


def test_the_preview_zooms_and_moves_between_pages(qtbot, file_store, data, tmp_path):
    from PySide6.QtPdfWidgets import QPdfView

    from safety_desk.services.exports import export_notice
    from safety_desk.ui.reports.pdf_preview import PdfPreviewDialog

    create_app(lang="zh_CN")
    export_notice(store=file_store, inspection_id=data.inspection_id, out_path=tmp_path / "通知书.pdf")
    preview = PdfPreviewDialog(tmp_path / "通知书.pdf")
    qtbot.addWidget(preview)
    preview.show()
    pages = preview.page_count()
    assert pages >= 2 and preview.page_spin.maximum() == pages and preview.current_page() == 1
    assert not preview.prev_button.isEnabled() and preview.next_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 2 and preview.page_spin.value() == 2 and preview.prev_button.isEnabled()
    preview.page_spin.setValue(1)
    assert preview.current_page() == 1

    fitted = preview.effective_zoom()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == pytest.approx(fitted * 1.25, rel=0.01)
    assert preview.zoom_label.text() == f"{round(fitted * 125)}%"
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() == pytest.approx(fitted / 1.25, rel=0.01)
    qtbot.mouseClick(preview.fit_page_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView and not preview.fit_page_button.isEnabled()
    assert preview.effective_zoom() < fitted  # a whole portrait page is smaller than the page's width
    qtbot.mouseClick(preview.fit_width_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert "第" in preview.page_spin.prefix() and str(pages) in preview.page_spin.suffix()


def test_characters_no_font_has_are_named_beside_the_preview(qtbot, view, file_store, data, tmp_path):
    file_store.db.execute("update enterprises set name = '济南泺口\ue000化工有限公司' where id = ?", [data.enterprise_a])
    file_store.db.conn.commit()
    export = export_notice_with_preview(view, file_store, data.inspection_id, out_path=tmp_path / "通知书.pdf")
    qtbot.waitUntil(lambda: export.result is not None, timeout=30_000)
    assert export.result.replaced == ["\ue000"]
    text = export.replaced_box.text()
    assert "已印为 □" in text and "U+E000" in text and "济南泺口□化工有限公司" in text
    export.preview_dialog.close()
    export.replaced_box.close()

    view.export_button.click()
    dialog = view.export_dialog
    dialog.path_edit.setText(str(tmp_path / "台账.pdf"))
    result = run_export(qtbot, dialog)
    assert result.replaced == ["\ue000"] and "U+E000" in dialog.status_label.text()
    assert "济南泺口□化工有限公司" in dialog.replaced_box.text()
    dialog.preview_dialog.close()
    dialog.replaced_box.close()
