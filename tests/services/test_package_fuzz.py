"""Fuzz: mutated data packages (hashes recomputed) through ``safety-desk package import``.

Every case ends one of two ways: exit 0 with every stored record valid and the program's own stats and exports still
working, or exit 2 with one line, the database and the photo folder exactly as before. Nothing is ever written
outside the data folder. ``SAFETY_DESK_FUZZ_CASES`` sets the number of cases (default 200) and
``SAFETY_DESK_FUZZ_SEED`` the seed; a failure names the case's seed so that it can be replayed alone.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from safety_desk.cli import main as cli_main
from safety_desk.demo.generate import generate_demo
from safety_desk.demo.images import demo_photo
from safety_desk.domain.record_kinds import KINDS
from safety_desk.errors import UserError
from safety_desk.services.findings import add_photos
from safety_desk.services.packages import export_package, import_package
from safety_desk.services.templates import load_shipped_templates
from safety_desk.store import Store, sync_repo
from tests.support.package_fuzz import PackageParts, mutate

CASES = int(os.environ.get("SAFETY_DESK_FUZZ_CASES", "200"))
SEED = int(os.environ.get("SAFETY_DESK_FUZZ_SEED", "15"))
EXPORT_EVERY = 10  # the ledger exports of an accepted case: every tenth one (they cost more than the import)


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder under ``root``; the database files left out (compared by content)."""
    out: dict[str, bytes | None] = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if path.name.startswith("desk.db"):
            continue
        out[rel] = path.read_bytes() if path.is_file() else None
    return out


def _outside(root: Path, office: Path) -> set[Path]:
    """Everything under the test's folder but the office's data folder (and the ledgers the checks export)."""
    return {p for p in root.rglob("*") if not p.is_relative_to(office) and not p.name.startswith("ledger.")}


def _dump(db_path: Path) -> dict:
    conn = sqlite3.connect(db_path)
    try:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
        return {t: sorted(map(repr, conn.execute(f"select * from [{t}]"))) for t in tables}
    finally:
        conn.close()


def _import(db_path: Path, package: Path, number: int) -> tuple[int, str]:
    """(exit status, message): every fourth case through the command line, the others through the service the
    command line and the app call (the command line also loads the shipped checklists, which takes longer)."""
    if number % 4 == 0:
        code, _out, err = _cli("--db", str(db_path), "package", "import", str(package))
        return code, err
    store = Store.open(db_path)
    try:
        import_package(store=store, path=package)
        return 0, ""
    except UserError as exc:
        return 2, f"safety-desk: {exc}".replace("\n", " ") + "\n"
    finally:
        store.close()


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("fuzz")
    laptop = Store.open(root / "laptop" / "desk.db")
    load_shipped_templates(store=laptop)
    generate_demo(store=laptop, seed=3, enterprises=3, findings=25)
    photo = root / "photo.png"
    photo.write_bytes(demo_photo(1, 1))
    finding = next(laptop.db.query("select id from findings where status != '已销号' limit 1"))["id"]
    add_photos(store=laptop, finding_id=finding, paths=[photo])
    good = export_package(store=laptop, out_path=root / "good.sdpkg", all_records=True).path
    laptop.close()
    # Two offices: one with only its own records (the package's are new there), one that already merged the package
    # (a mutated record naming its current version would overwrite it there).
    offices = []
    for name, merged in (("fresh", False), ("merged", True)):
        office = Store.open(root / name / "desk.db")
        load_shipped_templates(store=office)
        generate_demo(store=office, seed=4, enterprises=2, findings=8)
        if merged:
            import_package(store=office, path=good)
        office.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        office.close()
        offices.append(root / name)
    return root, PackageParts.read(good), offices


def _check_accepted(case: Path, db_path: Path, number: int) -> list[str]:
    """What is wrong with a database after an accepted import (empty when nothing)."""
    wrong = []
    store = Store.open(db_path)
    try:
        db = store.db
        for table in sync_repo.synced_tables(db):
            kind = KINDS[table]
            for row in db.query(f"select * from [{table}]"):
                problems = kind.problems(row)
                if problems:
                    wrong.append(f"stored {table} {row['id']}: {problems}")
                    break
            for col, target in kind.references().items():
                dangling = db.execute(
                    f"select count(*) from [{table}] where [{col}] is not null and [{col}] != '' and "
                    f"[{col}] not in (select id from [{target}])").fetchone()[0]
                if dangling:
                    wrong.append(f"{table}.{col}: {dangling} references to no {target}")
        for row in db.query("select sha256, extension from photos"):
            if not (store.attachments_dir / row["sha256"][:2] / f"{row['sha256']}{row['extension']}").is_file():
                wrong.append(f"photo file missing: {row['sha256']}")
    finally:
        store.close()
    code, _out, err = _cli("--db", str(db_path), "stats", "--json")
    if code != 0:
        wrong.append(f"stats --json exit {code}: {err}")
    if number % EXPORT_EVERY == 0:
        for suffix in (".xlsx", ".pdf"):
            code, _out, err = _cli("--db", str(db_path), "export", "ledger", "--include-drafts",
                                   "--out", str(case / f"ledger{suffix}"))
            if code != 0:
                wrong.append(f"export ledger{suffix} exit {code}: {err}")
    return wrong


def test_mutated_packages_are_merged_valid_or_refused_cleanly(world) -> None:
    root, base, offices = world
    failures: list[str] = []
    accepted = refused = 0
    for number in range(CASES):
        case_seed = SEED * 1_000_003 + number
        rng = random.Random(case_seed)
        parts, what = mutate(base, rng)
        case = root / f"case{number}"
        office = case / "data"
        shutil.copytree(offices[number % 2], office)
        package = parts.write(case / "case.sdpkg")
        db_path = office / "desk.db"
        before_db, before_files = _dump(db_path), _tree(office)
        outside_before = _outside(root, office)
        evil_before = Path("/tmp/evil.txt").exists()  # an absolute path some mutations aim at
        label = f"case seed {case_seed} ({', '.join(what)})"
        try:
            code, err = _import(db_path, package, number)
        except Exception as exc:  # a traceback: the one outcome never allowed
            failures.append(f"{label}: {type(exc).__name__}: {str(exc)[:200]}")
            shutil.rmtree(case)
            continue
        if code == 0:
            accepted += 1
            failures += [f"{label}: {w}" for w in _check_accepted(case, db_path, accepted)]
        elif code == 2:
            refused += 1
            if len(err.strip().splitlines()) != 1:
                failures.append(f"{label}: refusal is not one line: {err!r}")
            if _dump(db_path) != before_db:
                failures.append(f"{label}: refused, but the database changed ({err.strip()})")
            if _tree(office) != before_files:
                failures.append(f"{label}: refused, but the data folder changed ({err.strip()})")
        else:
            failures.append(f"{label}: exit {code}: {err}")
        if _outside(root, office) != outside_before or Path("/tmp/evil.txt").exists() != evil_before:
            failures.append(f"{label}: a file appeared outside the data folder")
        shutil.rmtree(case)  # a failure names its seed: replay it alone with SAFETY_DESK_FUZZ_SEED/CASES
    print(f"{CASES} mutated packages: {accepted} accepted, {refused} refused")
    assert not failures, "\n".join(failures[:10])
    assert refused > CASES // 4  # the mutations do reach the validators


BATCH_CASES = max(4, CASES // 20)


def _records(db_path: Path) -> dict:
    """The synced tables' rows (what packages carry); the local marks (arrival times, conflict ids) left out."""
    store = Store.open(db_path)
    try:
        return {t: sorted(map(repr, store.db.execute(f"select * from [{t}]")))
                for t in sync_repo.synced_tables(store.db)}
    finally:
        store.close()


def test_mutated_packages_in_a_batch_end_as_they_would_one_by_one(world) -> None:
    """Several mutated packages chosen at once (import_packages: one transaction, a savepoint each): the same
    packages are taken and refused, with the same words, and the same records stored, as when imported one after
    another; never a traceback, never a file outside the data folder."""
    from safety_desk.services.packages import import_packages

    root, base, offices = world
    failures: list[str] = []
    outcomes = {"taken": 0, "refused": 0}
    for number in range(BATCH_CASES):
        case_seed = SEED * 7_000_003 + number
        rng = random.Random(case_seed)
        case = root / f"batch{number}"
        case.mkdir()
        paths = []
        for k in range(4):  # three mutated packages and, third, the package as exported
            parts = mutate(base, rng)[0] if k != 2 else base
            paths.append(parts.write(case / f"p{k}.sdpkg"))
        batch_office, single_office = case / "batch", case / "single"
        shutil.copytree(offices[number % 2], batch_office)
        shutil.copytree(offices[number % 2], single_office)
        outside_before = _outside(root, case)
        label = f"batch case seed {case_seed}"
        try:
            store = Store.open(batch_office / "desk.db")
            try:
                results = import_packages(store=store, paths=paths)
            finally:
                store.close()
            singles = []
            for path in paths:
                store = Store.open(single_office / "desk.db")
                try:
                    import_package(store=store, path=path)
                    singles.append("")
                except UserError as exc:
                    singles.append(str(exc))
                finally:
                    store.close()
        except Exception as exc:  # a traceback: never allowed
            failures.append(f"{label}: {type(exc).__name__}: {str(exc)[:200]}")
            shutil.rmtree(case)
            continue
        for error in singles:
            outcomes["refused" if error else "taken"] += 1
        if [r.error for r in results] != singles:
            failures.append(f"{label}: batch {[r.error[:60] for r in results]} vs one by one {[s[:60] for s in singles]}")
        if _records(batch_office / "desk.db") != _records(single_office / "desk.db"):
            failures.append(f"{label}: the batch stored other records than one by one")
        if _tree(batch_office / "desk.db.attachments") != _tree(single_office / "desk.db.attachments"):
            failures.append(f"{label}: the batch left other photo files than one by one")
        if _outside(root, case) != outside_before:
            failures.append(f"{label}: a file appeared outside the data folders")
        shutil.rmtree(case)
    print(f"{BATCH_CASES} batches of 4 packages: {outcomes}")
    assert not failures, "\n".join(failures[:10])
    assert outcomes["taken"] > BATCH_CASES and outcomes["refused"] > BATCH_CASES  # both outcomes in batches
