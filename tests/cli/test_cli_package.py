"""The package commands through the real command line (cli/package.py)."""

from __future__ import annotations

import sqlite3
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


def _laptop_package(tmp_path: Path, name: str, seed: int) -> Path:
    s = Store.open(tmp_path / f"{name}.db")
    generate_demo(store=s, seed=seed, enterprises=2, findings=4)
    s.close()
    out = tmp_path / f"{name}.sdpkg"
    assert _run(["--db", str(tmp_path / f"{name}.db"), "package", "export", "--out", str(out), "--all"]) == 0
    return out


def test_several_packages_one_line_each_exit_2_when_any_refused(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _laptop_package(tmp_path, "a", 1), _laptop_package(tmp_path, "b", 2)
    bad = tmp_path / "bad.sdpkg"
    bad.write_bytes(b"not a zip")
    capsys.readouterr()
    office = str(tmp_path / "office.db")
    assert _run(["--db", office, "package", "import", str(a), str(bad), str(b)]) == 2
    out, err = capsys.readouterr()
    assert sum(line.startswith("已导入 ") for line in out.splitlines()) == 2 and str(a) in out and str(b) in out and "共 3 个数据包：已导入 2 个，未导入 1 个" in out
    assert err.count("\n") == 1 and str(bad) in err and "Traceback" not in err
    assert Store.open(office).db["findings"].count == 8
    assert _run(["--db", office, "package", "import", "--dry-run", str(a), str(b)]) == 0
    out, _ = capsys.readouterr()
    assert "新增 0 条" in out and "可导入 2 个" in out


def test_a_database_another_window_is_writing_gives_one_line(tmp_path: Path, monkeypatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from safety_desk.store import database

    a = _laptop_package(tmp_path, "a", 1)
    office = tmp_path / "office.db"
    Store.open(office).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(office)
    other.execute("BEGIN IMMEDIATE")  # another window in the middle of a write
    try:
        capsys.readouterr()
        assert _run(["--db", str(office), "package", "import", str(a)]) == 2
        _, err = capsys.readouterr()
        assert err.count("\n") == 1 and "另一个窗口" in err and "Traceback" not in err
    finally:
        other.rollback()
        other.close()
    assert Store.open(office).db["findings"].count == 0


def test_a_full_disk_gives_one_line(tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    from safety_desk.services import packages

    a = _laptop_package(tmp_path, "a", 1)

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(packages, "_import_one", full)
    capsys.readouterr()
    assert _run(["--db", str(tmp_path / "office.db"), "package", "import", str(a)]) == 2
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and "磁盘已满" in err and "Traceback" not in err
