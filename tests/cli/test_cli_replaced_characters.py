"""Every PDF export tells the user which characters no bundled font has (printed as □) and where: the service's
result carries them, the command prints one warning line on stderr and still exits 0; xlsx is not concerned."""

from __future__ import annotations

import pytest

from safety_desk.cli import main
from safety_desk.services.exports import export_notice
from safety_desk.store import Store
from tests.reports.ledger_data import build_ledger_db, stream_text

PRIVATE, EXT_H = "\ue000", "\U000323af"  # private use; CJK Extension H (Unicode 15): in no bundled font
NAME = f"济南{PRIVATE}泺口化工{EXT_H}有限公司"


@pytest.fixture
def odd_names(db_path):
    store = Store.open(db_path)
    data = build_ledger_db(store)
    store.db.execute("update enterprises set name = ?, street = ?, sector = ? where id = ?",
                     [NAME, f"泺口街道{PRIVATE}", f"化工{PRIVATE}", data.enterprise_a])
    store.db.conn.commit()
    store.close()
    return db_path, data


def run(capsys, db_path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), "export", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("what, args, said", [
    ("ledger", [], "已导出台账"),
    ("notice", ["--inspection", "{inspection}"], "已导出整改通知书"),
    ("summary", [], "已导出安委会工作汇总"),
    ("monthly", ["--month", "2019-08"], "已导出全区月报汇总"),
])
def test_pdf_exports_warn_once_naming_the_characters_and_where(odd_names, tmp_path, capsys, what, args, said):
    db_path, data = odd_names
    out = tmp_path / f"{what}.pdf"
    args = [a.format(inspection=data.inspection_id) for a in args]
    code, stdout, err = run(capsys, db_path, what, "--out", str(out), *args)
    assert code == 0 and said in stdout and out.exists()
    assert len(err.splitlines()) == 1, err
    assert "没有可用字体，已印为 □" in err and "U+E000" in err
    assert "泺口街道□" in err or "化工□" in err or "济南□泺口化工□有限公" in err
    assert "□" in stream_text(out)


def test_the_warning_names_each_character_with_an_excerpt_of_its_text(odd_names, tmp_path, capsys):
    db_path, data = odd_names
    code, _, err = run(capsys, db_path, "ledger", "--out", str(tmp_path / "l.pdf"), "--street", f"泺口街道{PRIVATE}")
    assert code == 0
    assert f"{EXT_H}（U+323AF，见“济南□泺口化工□有限公司”" in err
    assert f"{PRIVATE}（U+E000，见“" in err and "“济南□泺口化工□有限公…”" in err


def test_xlsx_and_clean_pdfs_say_nothing(odd_names, db_path, tmp_path, capsys):
    assert run(capsys, db_path, "ledger", "--out", str(tmp_path / "l.xlsx"))[2] == ""
    code, _, err = run(capsys, db_path, "ledger", "--out", str(tmp_path / "b.pdf"), "--street", "北坦街道")
    assert code == 0 and err == ""


def test_the_service_returns_what_it_replaced(odd_names, tmp_path):
    db_path, data = odd_names
    store = Store.open(db_path)
    result = export_notice(store=store, inspection_id=data.inspection_id, out_path=tmp_path / "n.pdf")
    store.close()
    assert result.replaced == [PRIVATE, EXT_H]
    (ch, places, count), _ = result.replacements
    assert ch == PRIVATE and count >= 2 and any("济南□泺口化工□有限公" in p for p in places)
