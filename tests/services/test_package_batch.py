"""Several packages at once (an office's week): each merged on its own, a refused one changes nothing and does not
stop the others, cancelling leaves the rest out whole; the same result as importing them one after another."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from safety_desk.demo.generate import generate_demo
from safety_desk.services.packages import CANCELLED, export_package, import_package, import_packages
from safety_desk.store.database import storage_problem
from tests.support.stores import content, open_computer


_open = open_computer


def _laptop_package(tmp_path: Path, name: str, seed: int) -> Path:
    laptop = _open(tmp_path, name)
    generate_demo(store=laptop, seed=seed, enterprises=2, findings=6)
    out = tmp_path / f"{name}.sdpkg"
    export_package(store=laptop, out_path=out, all_records=True)
    laptop.close()
    return out


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> tuple[Path, Path, Path]:
    tmp = tmp_path_factory.mktemp("batch")
    bad = tmp / "bad.sdpkg"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", '{"format": "safety-desk-package", "format_version": 99, "members": {}}')
    return _laptop_package(tmp, "a", 1), bad, _laptop_package(tmp, "b", 2)


def test_a_refused_package_does_not_stop_the_others(packages, tmp_path: Path) -> None:
    a, bad, b = packages
    office = _open(tmp_path, "office")
    results = import_packages(store=office, paths=[a, bad, b])
    assert [r.path for r in results] == [a, bad, b]
    assert results[0].summary.new > 0 and results[2].summary.new > 0
    assert results[1].summary is None and str(bad) in results[1].error and "格式版本" in results[1].error
    assert office.db["findings"].count == 12
    one_by_one = _open(tmp_path, "other")
    for path in (a, b):
        import_package(store=one_by_one, path=path)
    for table in ("findings", "check_results", "inspections", "status_changes", "enterprises", "photos"):
        ids = "select id from [{}] order by id".format(table)  # templates have their own ids on each computer
        assert office.db.execute(ids).fetchall() == one_by_one.db.execute(ids).fetchall()
    hazards = "select id, description, level, status, funds_fen, deadline from findings order by id"
    assert office.db.execute(hazards).fetchall() == one_by_one.db.execute(hazards).fetchall()
    again = import_packages(store=office, paths=[a, b])  # nothing new the second time
    assert [r.summary.new for r in again] == [0, 0]
    for store in (office, one_by_one):
        store.close()


def test_cancelling_leaves_the_package_being_merged_and_the_rest_out(packages, tmp_path: Path) -> None:
    a, _bad, b = packages
    office = _open(tmp_path, "office")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total // 2 + 10  # stop early in the second package

    results = import_packages(store=office, paths=[a, b], progress=progress)
    assert results[0].summary is not None and results[1].error == CANCELLED
    assert office.db["findings"].count == 6  # the first package whole, nothing of the second
    assert all(total == 2000 for _done, total in seen) and seen == sorted(seen)
    office.close()


def test_the_database_is_left_as_it_was_when_every_package_is_refused(packages, tmp_path: Path) -> None:
    _a, bad, _b = packages
    office = _open(tmp_path, "office")
    before = content(office)
    files_before = {p.name: p.read_bytes() for p in office.path.parent.iterdir() if p.is_file()}
    results = import_packages(store=office, paths=[bad, tmp_path / "missing.sdpkg"])
    assert [bool(r.error) for r in results] == [True, True] and "找不到数据包" in results[1].error
    assert content(office) == before
    assert {p.name: p.read_bytes() for p in office.path.parent.iterdir() if p.is_file()} == files_before
    office.close()


def test_storage_problems_in_words() -> None:
    assert "磁盘已满" in storage_problem(sqlite3.OperationalError("database or disk is full"))
    assert "另一个窗口" in storage_problem(sqlite3.OperationalError("database is locked"))
    assert "只读" in storage_problem(sqlite3.OperationalError("attempt to write a readonly database"))
    assert storage_problem(sqlite3.OperationalError("no such table: x")) is None


def test_a_package_refused_in_the_middle_of_its_merge_is_rolled_back_alone(tmp_path: Path) -> None:
    """Refused after its checks passed (here: this computer's own package, found out by the merge): the package
    before it and the one after it are stored, nothing of it."""
    office = _open(tmp_path, "office")
    generate_demo(store=office, seed=7, enterprises=2, findings=5)
    own = tmp_path / "own.sdpkg"
    export_package(store=office, out_path=own, all_records=True)
    a, b = _laptop_package(tmp_path, "a", 1), _laptop_package(tmp_path, "b", 2)
    results = import_packages(store=office, paths=[a, own, b])
    assert [r.summary is not None for r in results] == [True, False, True] and "本机导出" in results[1].error
    assert office.db["findings"].count == 17
    assert office.db.execute("pragma integrity_check").fetchone()[0] == "ok"
    office.close()


def test_a_long_batch_commits_in_parts_and_cancelling_keeps_the_parts_done(packages, tmp_path: Path,
                                                                           monkeypatch) -> None:
    from safety_desk.services import packages as service

    monkeypatch.setattr(service, "BATCH_PACKAGES", 2)
    a, bad, b = packages
    office = _open(tmp_path, "office")
    results = import_packages(store=office, paths=[a, bad, b, a, b])
    assert [r.summary is not None for r in results] == [True, False, True, True, True]
    assert [r.summary.new for r in results if r.summary] == [results[0].summary.new, results[2].summary.new, 0, 0]
    assert office.db["findings"].count == 12
    other = _open(tmp_path, "other")
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 2000  # the third package (second part) is cancelled as it starts

    results = import_packages(store=other, paths=[a, bad, b, a], progress=progress)
    assert [r.error for r in results][2:] == [CANCELLED, CANCELLED] and results[0].summary is not None
    assert other.db["findings"].count == 6  # the first part stayed
    for store in (office, other):
        store.close()


def test_a_full_disk_stops_the_batch_in_words_with_nothing_half_stored(packages, tmp_path: Path) -> None:
    """SQLite's page limit stands in for a full disk ("database or disk is full")."""
    a, _bad, b = packages
    office = _open(tmp_path, "office")
    before = content(office)
    photos_before = sorted(p.name for p in office.attachments_dir.rglob("*"))
    pages = office.db.execute("PRAGMA page_count").fetchone()[0]
    office.db.execute(f"PRAGMA max_page_count = {pages + 5}")
    results = import_packages(store=office, paths=[a, b])
    assert [r.summary for r in results] == [None, None]
    assert all("磁盘已满" in r.error for r in results)
    office.db.execute("PRAGMA max_page_count = 1073741823")
    assert content(office) == before
    assert sorted(p.name for p in office.attachments_dir.rglob("*")) == photos_before
    assert import_packages(store=office, paths=[a, b])[1].summary.new > 0  # room again: both go in
    office.close()
