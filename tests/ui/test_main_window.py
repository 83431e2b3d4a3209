"""The window opens offscreen in Chinese, the browser shows the catalogue, and imports report errors in a dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from safety_desk.ui.app import create_app, open_main_window
from safety_desk.ui.templates.template_models import NodePathRole


@pytest.fixture
def window(qtbot, db_path: Path):
    create_app(lang="zh_CN")
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.store.close()


def _menu_titles(w) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def test_window_opens_in_chinese_on_the_catalogue(window):
    assert "文件(&F)" in _menu_titles(window)
    assert window.actions_by_name["importTemplate"].text() == "导入检查表(&I)…"
    browser = window.browser
    assert browser.list_model.template_at(browser.template_list.currentIndex().row()).title == (
        "化工企业安全生产风险隐患排查整治指导目录"
    )
    section = browser.tree_model.index(0, 0)
    assert section.data() == "（一）风险分级管控体系建设"
    item = browser.tree_model.index(0, 0, section)
    assert item.data() == "1. 隐患排查"
    assert browser.tree_model.rowCount(item) == 5
    assert browser.tree_model.index(1, 0).data().startswith("（二）")
    # the first item is selected at once, with the eight columns laid out
    text = browser.detail.toPlainText()
    for heading in ("检查项目", "检查内容", "检查依据", "检查方法", "常见问题", "处置依据", "整改要求", "复查验收"):
        assert heading in text
    assert "查阅隐患排查治理台账" in text


def test_selecting_a_point_shows_its_own_basis(window):
    browser = window.browser
    item = browser.tree_model.index(0, 0, browser.tree_model.index(0, 0))
    point = browser.tree_model.index(4, 0, item)
    assert point.data(NodePathRole) == (0, 0, 4)
    browser.tree.setCurrentIndex(point)
    text = browser.detail.toPlainText()
    assert "该检查点的检查依据 ⑤" in text
    assert "第15条第2款" in text


def test_template_text_is_shown_as_typed_not_as_markup(window, tmp_path: Path):
    f = tmp_path / "markup.yaml"
    f.write_text(
        "id: markup\nversion: 1\ntitle: 标记<b>测试</b>\nsections:\n  - title: 部分\n    items:\n"
        "      - {title: 项目, method: \"A < B & C <i>不是斜体</i>\", points: [①检查]}\n",
        encoding="utf-8",
    )
    assert window.import_template_file(str(f))
    assert "A < B & C <i>不是斜体</i>" in window.browser.detail.toPlainText()


def test_bad_file_shows_a_located_error_and_changes_nothing(window, tmp_path: Path, qtbot):
    before = window.store.db["templates"].count
    bad = tmp_path / "坏的.yaml"
    bad.write_text("id: x\nversion: one\ntitle: t\nsections: []\n", encoding="utf-8")
    assert not window.import_template_file(str(bad))
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes, "an error dialog is shown"
    box = boxes[-1]
    assert box.windowTitle() == "无法导入检查表"
    assert "坏的.yaml" in box.text() and "第 2 行" in box.text() and "Traceback" not in box.text()
    box.close()
    assert window.store.db["templates"].count == before


def test_imported_template_is_selected(window, tmp_path: Path):
    f = tmp_path / "new.yaml"
    f.write_text(
        "id: new-one\nversion: 1\ntitle: 新检查表\nsections:\n  - title: 部分\n    items:\n"
        "      - {title: 项目, points: [①第一点, ②第二点]}\n",
        encoding="utf-8",
    )
    assert window.import_template_file(str(f))
    browser = window.browser
    assert browser.list_model.template_at(browser.template_list.currentIndex().row()).title == "新检查表"
    assert "已导入 新检查表" in window.statusBar().currentMessage()
