"""The package commands through the real command line (cli/package.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from safety_desk.cli import main
from safety_desk.demo.generate import generate_demo
from safety_desk.store import Store


def _run(argv: list[str]) -> int:
    return main(argv)


def test_export_then_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = tmp_path / "laptop.db"
    s = Store.open(laptop)
    generate_demo(store=s, seed=5, enterprises=2, findings=5)
    s.close()
    out = tmp_path / "p.sdpkg"
    assert _run(["--db", str(laptop), "package", "export", "--out", str(out), "--all"]) == 0
    assert "已导出数据包" in capsys.readouterr().out
    office = str(tmp_path / "office.db")
    assert _run(["--db", office, "package", "import", str(out), "--dry-run"]) == 0
    assert "预览" in capsys.readouterr().out
    assert _run(["--db", office, "package", "import", str(out)]) == 0
    assert "新增" in capsys.readouterr().out
    assert Store.open(office).db["findings"].count == 5


def test_refused_package_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sdpkg"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", '{"format": "safety-desk-package", "format_version": 7, "members": {}}')
    db = tmp_path / "office.db"
    assert _run(["--db", str(db), "package", "import", str(bad)]) == 2
    out = capsys.readouterr().err  # the real CLI prints user errors on stderr
    assert "格式版本" in out and out.count("\n") == 1
    assert not db.exists()  # refused before the database was opened
