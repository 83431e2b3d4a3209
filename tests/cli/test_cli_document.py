"""`safety-desk document issue|list|reprint|void`: the contract's commands, options and JSON keys; exit 2 with one
line on a user error; `export notice` still works beside them."""

from __future__ import annotations

import json

import pytest

from safety_desk.cli import main
from safety_desk.store import Store
from tests.services.document_support import visit_with_hazards


@pytest.fixture
def visit(db_path):
    store = Store.open(db_path)
    v = visit_with_hazards(store)
    store.close()
    return v


def run(db_path, *args: str) -> int:
    return main(["--db", str(db_path), "document", *args])


def test_issue_list_reprint_void(db_path, visit, tmp_path, capsys):
    out = tmp_path / "指令书.pdf"
    assert run(db_path, "issue", "--inspection", visit.inspection_id, "--kind", "order", "--out", str(out)) == 0
    number = capsys.readouterr().out.strip()
    assert number == "（天桥）应急责改〔2019〕1号" and out.read_bytes().startswith(b"%PDF")
    assert run(db_path, "issue", "--inspection", visit.inspection_id, "--kind", "record",
               "--out", str(tmp_path / "r.pdf")) == 0
    capsys.readouterr()
    assert run(db_path, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [set(d) for d in listed] == [{"number", "kind", "unit", "date", "inspection_id", "status", "sha256"}] * 2
    order = next(d for d in listed if d["kind"] == "order")
    assert order == {**order, "number": number, "unit": "济南市天桥区应急管理局", "date": "2019-08-06",
                     "inspection_id": visit.inspection_id, "status": "issued"}
    again = tmp_path / "重印.pdf"
    assert run(db_path, "reprint", number, "--out", str(again)) == 0
    assert again.read_bytes() == out.read_bytes()
    assert run(db_path, "void", number, "--reason", "企业名称写错") == 0
    capsys.readouterr()
    assert run(db_path, "list") == 0
    assert "作废：企业名称写错" in capsys.readouterr().out
    assert run(db_path, "issue", "--inspection", visit.inspection_id, "--kind", "order",
               "--out", str(tmp_path / "o2.pdf")) == 0
    assert capsys.readouterr().out.strip() == "（天桥）应急责改〔2019〕2号"


def test_user_errors_exit_2_with_one_line(db_path, visit, tmp_path, capsys):
    assert run(db_path, "issue", "--inspection", visit.inspection_id, "--kind", "notice",
               "--out", str(tmp_path / "n.pdf")) == 2
    err = capsys.readouterr().err
    assert "不能签发隐患整改通知书" in err and err.count("\n") == 1
    assert run(db_path, "issue", "--inspection", visit.inspection_id, "--kind", "order",
               "--out", str(tmp_path / "n.docx")) == 2
    assert "只能导出为 .pdf" in capsys.readouterr().err
    assert run(db_path, "void", "（天桥）应急责改〔2019〕9号", "--reason", "x") == 2
    assert "没有文号为" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        run(db_path, "issue", "--inspection", visit.inspection_id, "--kind", "letter", "--out", "x.pdf")
    assert exit_info.value.code == 2
    assert not (tmp_path / "n.pdf").exists()


def test_export_notice_keeps_working(db_path, visit, tmp_path, capsys):
    out = tmp_path / "通知书.pdf"
    assert main(["--db", str(db_path), "export", "notice", "--inspection", visit.inspection_id,
                 "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and "已导出整改通知书：2 项隐患" in capsys.readouterr().out
