"""The registers view: forms that refuse bad values field by field, search, and the Excel import preview.

Text assertions avoid the English source strings where a translator may be installed by an earlier test.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from safety_desk.domain.registers import Enterprise, Inspector
from safety_desk.services.registers import list_enterprises, list_inspectors, save_enterprise, save_inspector
from safety_desk.store import Store
from safety_desk.ui.registers.enterprise_dialog import InspectorDialog
from safety_desk.ui.registers.register_models import RowOkRole
from safety_desk.ui.registers.registers_view import RegistersView

CODE_A = "91110108551385082Q"
CODE_B = "9144030071526726XG"
CODE_C = "91350100M000100Y43"


@pytest.fixture
def view(qtbot, store: Store) -> RegistersView:
    v = RegistersView(store)
    qtbot.addWidget(v)
    v.show()
    return v


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_create_an_enterprise_through_the_form(qtbot, view: RegistersView, store: Store):
    save_enterprise(store=store, enterprise=Enterprise(name="已有企业", street="东街"))
    view.reload()
    dialog = view.new_record("enterprise")
    assert dialog.isVisible()
    assert dialog.street_combo.findText("东街") >= 0  # known streets are offered
    dialog.name_edit.setText("甲化工有限公司")
    dialog.code_edit.setText(CODE_A.lower())
    dialog.street_combo.setCurrentText("西街")
    dialog.risk_combo.setCurrentIndex(dialog.risk_combo.findData("较大风险"))
    dialog.credit_combo.setCurrentIndex(dialog.credit_combo.findData("B"))
    dialog.category_boxes["停产关闭企业"].setChecked(True)
    dialog.flag_boxes["major_hazard_source"].setChecked(True)
    dialog.phone_edit.setText("0755-12345678")
    with qtbot.waitSignal(view.registers_changed, timeout=1000):
        _ok(dialog)
    stored = next(e for e in list_enterprises(store=store) if e.name == "甲化工有限公司")
    assert (stored.credit_code, stored.street, stored.risk_grade, stored.credit_grade) == (CODE_A, "西街", "较大风险", "B")
    assert stored.key_categories == ["停产关闭企业"] and stored.major_hazard_source and not stored.key_process
    assert view.enterprises.model.rowCount() == 2
    assert view.enterprises.current_id() == stored.id  # the new record is selected


def test_a_bad_credit_code_keeps_the_form_open_and_marks_the_field(qtbot, view: RegistersView, store: Store):
    dialog = view.new_record("enterprise")
    dialog.name_edit.setText("乙公司")
    dialog.code_edit.setText(CODE_A[:17] + "A")
    dialog.phone_edit.setText("电话号码")
    with qtbot.assertNotEmitted(view.registers_changed):
        _ok(dialog)
    assert dialog.isVisible()
    assert "应为 Q" in dialog.problem_of("credit_code")
    assert dialog.code_edit.property("invalid") is True
    assert "应为 Q" in dialog.code_edit.toolTip()
    assert dialog.problem_of("contact_phone") and dialog.problem_of("name") == ""
    assert list_enterprises(store=store) == []

    dialog.code_edit.setText(CODE_A)
    dialog.phone_edit.setText("")
    with qtbot.waitSignal(view.registers_changed, timeout=1000):
        _ok(dialog)
    assert [e.credit_code for e in list_enterprises(store=store)] == [CODE_A]


def test_a_code_registered_to_another_enterprise_is_marked(view: RegistersView, store: Store):
    save_enterprise(store=store, enterprise=Enterprise(name="甲公司", credit_code=CODE_A))
    dialog = view.new_record("enterprise")
    dialog.name_edit.setText("乙公司")
    dialog.code_edit.setText(CODE_A)
    _ok(dialog)
    assert dialog.isVisible() and "甲公司" in dialog.problem_of("credit_code")
    assert len(list_enterprises(store=store)) == 1


def test_edit_an_inspector_by_double_click(qtbot, view: RegistersView, store: Store):
    save_inspector(store=store, inspector=Inspector(name="王五", department="应急管理局"))
    view.reload()
    view.tabs.setCurrentWidget(view.inspectors)
    table = view.inspectors.table
    index = table.model().index(0, 0)
    table.doubleClicked.emit(index)
    dialog = view.findChild(InspectorDialog)
    assert dialog.isVisible() and dialog.name_edit.text() == "王五"
    dialog.certificate_edit.setText("A001")
    with qtbot.waitSignal(view.registers_changed, timeout=1000):
        _ok(dialog)
    assert [(i.name, i.certificate_no) for i in list_inspectors(store=store)] == [("王五", "A001")]


def test_search_filters_by_name_street_or_code(view: RegistersView, store: Store):
    for name, street, code in (("甲化工", "东街", CODE_A), ("乙机械", "西街", CODE_B), ("丙仓储", "东街", "")):
        save_enterprise(store=store, enterprise=Enterprise(name=name, street=street, credit_code=code))
    view.reload()
    page = view.enterprises

    def names() -> list[str]:
        return [page.model.record_at(page.model.row_of(i)).name for i in page.visible_ids()]

    page.search.setText("东街")
    assert sorted(names()) == ["丙仓储", "甲化工"]
    page.search.setText(CODE_B[:6].lower() + CODE_B[6:12])
    assert names() == ["乙机械"]
    page.search.setText("仓储")
    assert names() == ["丙仓储"]
    page.search.clear()
    assert len(names()) == 3


def _register_file(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某街道检查对象名录库"])
    ws.append(["序号", "企业名称\n（全称）", "统一社会信用代码", "所属街道", "风险等级", "联系电话"])
    ws.append([1, "甲化工有限公司", CODE_A, "东街", "一般", 13800138000])  # row 3: good
    ws.append([2, "乙公司", CODE_B[:17] + "A", "东街", None, None])  # row 4: wrong check digit
    ws.append([3, "", CODE_C, "西街", None, None])  # row 5: no name
    ws.append([4, "丙公司", CODE_C, "西街", "很高", None])  # row 6: unknown risk grade
    ws.append([5, "丁公司", "", "西街", None, "0755-1234"])  # row 7: good
    path = tmp_path / "register.xlsx"
    wb.save(path)
    return path


def test_import_preview_shows_bad_rows_and_imports_the_good_ones(qtbot, view: RegistersView, store: Store,
                                                                 tmp_path: Path):
    dialog = view.import_file("enterprise", _register_file(tmp_path))
    assert dialog is not None and dialog.isVisible()
    assert re.search(r"\b2\b.*\b3\b", dialog.summary.text())  # 2 rows can be imported, 3 have errors
    model = dialog.model
    assert [model.row_at(n).row for n in range(model.rowCount())] == [3, 4, 5, 6, 7]
    bad = model.index(1, 0)
    assert model.data(bad) == 4
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    reason = model.data(model.index(1, model.PROBLEMS))
    assert "统一社会信用代码校验位错误（应为" in reason
    assert "企业名称不能为空" in model.data(model.index(2, model.PROBLEMS))

    dialog.only_errors.setChecked(True)
    assert dialog.proxy.rowCount() == 3
    assert all(dialog.proxy.index(r, 0).data(RowOkRole) is False for r in range(3))
    dialog.only_errors.setChecked(False)
    assert dialog.proxy.rowCount() == 5

    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(view.registers_changed, timeout=1000):
        dialog.import_button.click()
    assert sorted(e.name for e in list_enterprises(store=store)) == ["丁公司", "甲化工有限公司"]
    assert view.enterprises.model.rowCount() == 2
    done = view.findChild(QMessageBox, "importDoneDialog")
    assert done is not None and "2" in done.text() and "3" in done.text()


def test_cancelling_the_preview_writes_nothing(qtbot, view: RegistersView, store: Store, tmp_path: Path):
    dialog = view.import_file("enterprise", _register_file(tmp_path))
    with qtbot.assertNotEmitted(view.registers_changed):
        dialog.cancel_button.click()
    assert list_enterprises(store=store) == []
    assert view.enterprises.model.rowCount() == 0


def test_import_is_disabled_when_no_row_is_good(view: RegistersView, tmp_path: Path):
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "执法证号"])
    wb.active.append(["", "A001"])
    wb.save(tmp_path / "people.xlsx")
    dialog = view.import_file("inspector", tmp_path / "people.xlsx")
    assert not dialog.import_button.isEnabled()


def test_a_bad_file_shows_a_located_error(view: RegistersView, store: Store, tmp_path: Path):
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    assert view.import_file("enterprise", path) is None
    box = view.findChild(QMessageBox, "errorDialog")
    assert box is not None and "notes.xlsx" in box.text()
    assert list_enterprises(store=store) == []


def test_save_blank_template(view: RegistersView, tmp_path: Path):
    assert view.save_template("inspector", tmp_path / "人员模板")
    ws = openpyxl.load_workbook(tmp_path / "人员模板.xlsx").worksheets[0]
    assert [c.value for c in ws[1]] == ["姓名", "单位", "执法证号", "专业"]
