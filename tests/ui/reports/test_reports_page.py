"""The reports page: defaults, which controls apply to which report, and each export → preview or folder offer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from safety_desk.ui.reports.reports_page import KIND_MONTHLY, KIND_ROLLUP, KIND_SUMMARY, KIND_VETO, ReportsPage, default_month
from tests.reports.ledger_data import flat, pdf_pages_text
from tests.reports.test_summary_pdf import build


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    QSettings().clear()


@pytest.fixture
def page(qtbot, file_store):
    from safety_desk.ui.app import create_app

    create_app(lang="zh_CN")  # the messages checked below are the Chinese ones a user sees
    build(file_store)
    file_store.db.execute("update enterprises set lead_department = '区应急局'")
    p = ReportsPage(file_store, today=date(2026, 11, 28))
    qtbot.addWidget(p)
    p.show()
    return p


def choose(page: ReportsPage, kind: str) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind))


def run(qtbot, page: ReportsPage, path: Path):
    with qtbot.waitSignal(page.exported, timeout=30_000) as blocker:
        page.start_export(path)
    qtbot.waitUntil(lambda: page.task is None)
    return blocker.args[0]


def test_default_month_is_last_month_kept_inside_the_campaign():
    start, end = date(2019, 7, 15), date(2019, 10, 31)
    assert default_month(date(2019, 9, 5), start, end) == (2019, 8)
    assert default_month(date(2026, 11, 28), start, end) == (2019, 10)
    assert default_month(date(2019, 7, 20), start, end) == (2019, 7)
    assert default_month(date(2020, 1, 10), None, None) == (2019, 12)


def test_controls_follow_the_report_kind(page):
    assert page.month() == "2019-10"  # today is long after the campaign: its last month
    assert page.unit_combo.findData("泺口街道") >= 0 and page.unit_combo.findData("区应急局") >= 0
    choose(page, KIND_VETO)
    assert not page.unit_combo.isEnabled() and page.format_combo.count() == 2 and page.suffix() == ".pdf"
    choose(page, KIND_MONTHLY)
    assert page.unit_combo.isEnabled() and page.format_combo.count() == 2 and page.month_edit.isEnabled()
    choose(page, KIND_SUMMARY)
    assert not page.month_edit.isEnabled() and page.suggested_name() == "安委会工作汇总.pdf"


def test_summary_export_opens_the_preview(qtbot, page, tmp_path):
    choose(page, KIND_SUMMARY)
    result = run(qtbot, page, tmp_path / "汇总.pdf")
    assert (result.kind, result.cancelled) == ("pdf", False)
    assert page.preview_dialog is not None and page.preview_dialog.page_count() >= 1
    assert "济南泺口化工有限公司" in flat("".join(pdf_pages_text(result.path)))
    page.preview_dialog.close()


def test_monthly_xlsx_offers_the_folder(qtbot, page, tmp_path):
    choose(page, KIND_MONTHLY)
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("泺口街道"))
    page.format_combo.setCurrentIndex(page.format_combo.findData(".xlsx"))
    page.month_edit.setDate(page.month_edit.date().addMonths(-2))
    assert page.suggested_name() == "泺口街道_月报_2019-08.xlsx"
    result = run(qtbot, page, tmp_path / "月报")  # the suffix follows the chosen format
    assert result.path == tmp_path / "月报.xlsx" and result.path.exists()
    assert page.folder_box is not None and page.folder_box.isVisible()
    page.folder_box.close()


def test_export_button_asks_for_the_path(qtbot, page, tmp_path, monkeypatch):
    choose(page, KIND_ROLLUP)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "roll.pdf"), "")))
    with qtbot.waitSignal(page.exported, timeout=30_000) as blocker:
        page.export_button.click()
    qtbot.waitUntil(lambda: page.task is None)
    assert blocker.args[0].path == tmp_path / "roll.pdf" and (tmp_path / "roll.pdf").exists()
    page.preview_dialog.close()


def test_veto_export_and_a_failure_is_reported(qtbot, page, tmp_path):
    choose(page, KIND_VETO)
    result = run(qtbot, page, tmp_path / "veto.pdf")
    assert result.rows >= 1  # the overdue listed major is a veto situation
    page.preview_dialog.close()
    page.start_export(tmp_path / "no such folder" / "veto.pdf")
    qtbot.waitUntil(lambda: page.task is None)
    assert page.status_label.text() == "导出失败。"


def test_characters_no_font_has_are_named_when_the_export_ends(qtbot, page, tmp_path, file_store):
    choose(page, KIND_SUMMARY)
    run(qtbot, page, tmp_path / "clean.pdf")
    assert page.replaced_box is None and "□" not in page.status_label.text()
    page.preview_dialog.close()
    file_store.db.execute("update enterprises set sector = '化工\ue000'")  # private use: no bundled font has it
    file_store.db.conn.commit()
    result = run(qtbot, page, tmp_path / "汇总.pdf")
    assert result.replaced == ["\ue000"]
    for shown in (page.status_label.text(), page.replaced_box.text()):
        assert "以下字符没有可用字体，已印为 □" in shown and "U+E000" in shown and "“化工□（3）”" in shown, shown
    page.preview_dialog.close()
    page.replaced_box.close()
