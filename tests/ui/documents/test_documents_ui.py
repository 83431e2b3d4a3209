"""The documents UI: unit and numbering settings, 签发文书 from an inspection (the kinds the unit may issue, a refusal
shown in the dialog), the register with 作废 and 重印, and the fallback font registered with Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from safety_desk.paths import FALLBACK_FONT_FAMILY
from safety_desk.services import documents as ds
from safety_desk.services import issuing_unit
from safety_desk.store import Store
from safety_desk.ui.common.fonts import install_app_font
from safety_desk.ui.common.vocabulary import shown
from safety_desk.ui.documents.issue_dialog import IssueDocumentDialog
from safety_desk.ui.documents.register_dialog import DocumentRegisterDialog
from safety_desk.ui.documents.settings_dialog import UnitSettingsDialog
from tests.services.document_support import STREET, configure, visit_with_hazards


def test_settings_dialog_saves_the_unit_and_the_number_block(qtbot, store: Store):
    dialog = UnitSettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.name.setText("济南市天桥区应急管理局")
    dialog.short_name.setText("")
    dialog.save()
    assert "简称" in dialog.message.text() and not issuing_unit.current_unit(store=store).configured
    dialog.short_name.setText("天桥")
    dialog.power.setChecked(True)
    dialog.block_start.setValue(500)
    dialog.block_end.setValue(599)
    assert dialog.example.text() == "（天桥）应急责改〔2019〕500号"
    dialog.codes["order"].setText("安监责改")
    assert dialog.example.text() == "（天桥）安监责改〔2019〕500号"
    dialog.save()
    assert issuing_unit.current_unit(store=store).enforcement_power
    assert ds.numbering_settings(store=store).block_start == 500
    assert ds.numbering_settings(store=store).codes["order"] == "安监责改"


def test_issue_dialog_offers_the_units_kinds_and_issues(qtbot, store: Store, tmp_path: Path):
    visit = visit_with_hazards(store)
    dialog = IssueDocumentDialog(store, visit.inspection_id)
    qtbot.addWidget(dialog)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == ["record", "order", "review"]
    assert "发现安全生产事故隐患 2 项" in dialog.narrative.toPlainText()
    dialog.narrative.setPlainText("检查人员出示证件后检查了罐区。")
    dialog.time_from.setText("9:30")
    dialog.issue(out_path=str(tmp_path / "record.pdf"))
    assert dialog.issued.document.number == "（天桥）应急检记〔2019〕1号"
    assert "检查人员出示证件后检查了罐区。" in ds.preview_document(
        store=store, inspection_id=visit.inspection_id, kind="record",
        edits={"narrative": "检查人员出示证件后检查了罐区。"}).content.narrative
    dialog.kind.setCurrentIndex(2)  # a review before any order: refused in the dialog, not raised
    assert "还没有签发的责令限期整改指令书" in dialog.message.text() and not dialog.issue_button.isEnabled()
    configure(store, STREET)
    street = IssueDocumentDialog(store, visit.inspection_id)
    qtbot.addWidget(street)
    assert [street.kind.itemData(i) for i in range(street.kind.count())] == ["record", "notice", "review"]


def test_register_voids_and_reprints(qtbot, store: Store, tmp_path: Path):
    visit = visit_with_hazards(store)
    issued = ds.issue_document(store=store, inspection_id=visit.inspection_id, kind="order", actor="张明",
                               out_path=tmp_path / "issued.pdf")
    dialog = DocumentRegisterDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.model.data(dialog.model.index(0, 0)) == issued.document.number
    dialog.table.selectRow(0)
    dialog.reprint(out_path=str(tmp_path / "again.pdf"))
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "issued.pdf").read_bytes()
    dialog.void(reason="送达对象有误")
    assert shown("作废") + "（送达对象有误）" == dialog.model.data(dialog.model.index(0, 5))  # the UI language
    dialog.export_register(out_path=str(tmp_path / "发文登记.xlsx"))
    import openpyxl
    ws = openpyxl.load_workbook(tmp_path / "发文登记.xlsx").active
    assert ws["B4"].value == issued.document.number and ws["H4"].value == "作废" and ws["I4"].value == "送达对象有误"


def test_the_fallback_font_is_registered_with_qt(qtbot):
    family = install_app_font(QApplication.instance())
    assert family
    assert FALLBACK_FONT_FAMILY in QFontDatabase.families()
    assert QFontMetrics(QFont(FALLBACK_FONT_FAMILY)).inFontUcs4(0x20BB7)  # 𠮷
    assert QApplication.instance().font().families()[1:] == [FALLBACK_FONT_FAMILY]


def test_the_inspection_lists_its_documents_and_opens_the_issue_dialog(qtbot, db_path: Path, tmp_path: Path):
    from safety_desk.ui.app import create_app, open_main_window

    store = Store.open(db_path)
    visit = visit_with_hazards(store)
    ds.issue_document(store=store, inspection_id=visit.inspection_id, kind="record", actor="张明")
    store.close()
    create_app(lang="zh_CN")
    window = open_main_window(str(db_path))
    qtbot.addWidget(window)
    assert window.issue_document() is None  # no inspection open: a message, no dialog
    view = window.inspections.open_inspection(visit.inspection_id)
    assert [view.documents.item(i).text() for i in range(view.documents.count())] == [
        "（天桥）应急检记〔2019〕1号　现场检查记录　2019-08-06　有效"]
    dialog = window.issue_document()
    dialog.kind.setCurrentIndex(1)
    dialog.issue(out_path=str(tmp_path / "order.pdf"))
    assert view.documents.count() == 2 and "（天桥）应急责改〔2019〕1号" in view.documents.item(0).text()
    assert window.actions_by_name["documentRegister"].text() == "发文登记(&R)"
    window.store.close()
