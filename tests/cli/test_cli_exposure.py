"""`safety-desk export exposure --from --to --out`: the exposure list from the command line."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from safety_desk.cli import main
from safety_desk.demo.generate import DEMO_TODAY, generate_demo
from safety_desk.store import Store


def test_export_exposure_writes_the_rows_and_refuses_bad_input(capsys, db_path: Path, tmp_path: Path):
    store = Store.open(db_path)
    generate_demo(store=store, seed=2019, enterprises=40, findings=300, today=DEMO_TODAY)  # the 2019 campaign
    store.close()
    out = tmp_path / "曝光.xlsx"
    code = main(["--db", str(db_path), "export", "exposure", "--from", "2019-07-01", "--to", "2019-12-31",
                 "--out", str(out), "--min-fine", "20000"])
    printed, err = capsys.readouterr()
    assert code == 0 and err == "" and "已导出曝光名单" in printed
    n = int(printed.split("：")[1].split(" ")[0])
    ws = load_workbook(out).active
    assert n > 0 and [ws.cell(4 + i, 1).value for i in range(n)] == list(range(1, n + 1))
    assert ws.cell(4 + n, 1).value is None
    code = main(["--db", str(db_path), "export", "exposure", "--from", "2019-07-01", "--to", "2019-12-31",
                 "--out", str(tmp_path / "x.docx")])
    _, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "x.docx" in err
