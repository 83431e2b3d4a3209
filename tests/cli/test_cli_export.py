"""`safety-desk export ledger|notice`: the view's filters as options, file type by extension, exit 2 on bad input."""

from __future__ import annotations

import openpyxl
import pytest

from safety_desk.cli import main
from safety_desk.store import Store
from tests.reports.ledger_data import build_ledger_db, stream_text


@pytest.fixture
def filled(db_path):
    store = Store.open(db_path)
    data = build_ledger_db(store)
    store.close()
    return db_path, data


def run(db_path, *args: str) -> int:
    return main(["--db", str(db_path), "export", *args])


def test_export_ledger_pdf_with_the_views_filters(filled, tmp_path, capsys):
    db_path, data = filled
    out = tmp_path / "泺口.pdf"
    assert run(db_path, "ledger", "--out", str(out), "--street", "泺口街道", "--level", "重大", "--status", "待整改",
               "--campaign", data.campaign_id, "--search", "报警器", "--unit", "泺口街道办事处") == 0
    assert "已导出台账：1 条隐患" in capsys.readouterr().out
    text = stream_text(out)
    assert "危化品库房未设置可燃气体报警器" in text and "填报单位：泺口街道办事处" in text
    assert "灭火器压力不足" not in text


def test_export_ledger_xlsx_drafts_and_overdue(filled, tmp_path):
    db_path, data = filled
    out = tmp_path / "all.xlsx"
    assert run(db_path, "ledger", "--out", str(out), "--include-drafts", "--enterprise", data.enterprise_a) == 0
    ws = openpyxl.load_workbook(out).active
    descriptions = {ws.cell(r, 4).value.split("\n")[0] for r in range(5, 8)}
    assert "草稿：消防通道堆放杂物" in descriptions and len(descriptions) == 3
    # Every deadline of the data is in 2019: all open hazards are overdue today.
    assert run(db_path, "ledger", "--out", str(tmp_path / "late.pdf"), "--overdue") == 0
    assert "（逾期）" in stream_text(tmp_path / "late.pdf")


@pytest.mark.parametrize("args, message", [
    (["ledger", "--out", "x.docx"], ".pdf / .xlsx"),
    (["ledger", "--out", "x.pdf", "--level", "中等"], "隐患等级应为"),
    (["ledger", "--out", "x.pdf", "--status", "完成"], "整改状态应为"),
    (["ledger", "--out", "x.pdf", "--street", "火星街道"], "火星街道"),
    (["ledger", "--out", "x.pdf", "--campaign", "no-such"], "专项行动"),
    (["notice", "--inspection", "no-such", "--out", "n.pdf"], "检查记录不存在"),
    (["notice", "--inspection", "x", "--out", "n.xlsx"], ".pdf"),
])
def test_bad_values_exit_2_with_one_line(filled, tmp_path, capsys, monkeypatch, args, message):
    db_path, _ = filled
    monkeypatch.chdir(tmp_path)
    try:
        code = run(db_path, *args)
    except SystemExit as exc:  # argparse's own validation exits
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob("n.*"))


def test_export_notice(filled, tmp_path, capsys):
    db_path, data = filled
    out = tmp_path / "通知书.pdf"
    assert run(db_path, "notice", "--inspection", data.inspection_id, "--out", str(out), "--unit", "泺口街道办事处") == 0
    assert "已导出整改通知书：3 项隐患" in capsys.readouterr().out
    text = stream_text(out)
    assert "安全生产隐患整改通知书" in text and "现场检查记录" in text and "危化品库房未设置可燃气体报警器" in text
