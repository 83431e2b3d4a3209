"""Issued documents in both UI languages: the document titles and their status show in English in the English UI and
as issued in the Chinese one (the PDFs are Chinese papers either way)."""

from __future__ import annotations

from pathlib import Path

import pytest

from safety_desk.services import documents as ds
from safety_desk.store import Store
from safety_desk.ui.documents.issue_dialog import IssueDocumentDialog
from safety_desk.ui.documents.register_dialog import DocumentRegisterDialog
from tests.services.document_support import visit_with_hazards
from tests.support.language import ui_language

SHOWN = {"en": ("On-site inspection record", "Order to rectify within a time limit", "Valid", "Void"),
         "zh_CN": ("现场检查记录", "责令限期整改指令书", "有效", "作废")}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_document_titles_and_status_follow_the_ui_language(qtbot, store: Store, tmp_path: Path, language: str):
    record, order, valid, void = SHOWN[language]
    visit = visit_with_hazards(store)
    first = ds.issue_document(store=store, inspection_id=visit.inspection_id, kind="record", actor="张明",
                              out_path=tmp_path / "record.pdf")
    ds.issue_document(store=store, inspection_id=visit.inspection_id, kind="order", actor="张明",
                      out_path=tmp_path / "order.pdf")
    ds.void_document(store=store, number=first.document.number, reason="送达对象有误", actor="张明")
    with ui_language(language):
        issue = IssueDocumentDialog(store, visit.inspection_id)
        qtbot.addWidget(issue)
        assert [issue.kind.itemText(i) for i in range(issue.kind.count())][:2] == [record, order]
        register = DocumentRegisterDialog(store)
        qtbot.addWidget(register)
        model = register.model
        rows = {tuple(model.data(model.index(r, c)) for c in (1, 5)) for r in range(model.rowCount())}
        assert rows == {(record, void + "（送达对象有误）"), (order, valid)}  # the reason as typed
    assert {d.title for d in ds.list_documents(store=store)} == {"现场检查记录", "责令限期整改指令书"}
