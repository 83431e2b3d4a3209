"""Merge 20 data packages of 1,000 hazards each into one office database; print the time and its ratio to a plain
``executemany`` of the same rows into an empty copy of the schema, measured in the same run.

    .venv/bin/python bench/packages_merge.py [--packages 20] [--findings 1000]

Goal (issue 15): under 3 s for 20 × 1,000 hazards, at most 3× the plain baseline. The baseline reads the same
package files (unzip, hashes, JSON), then inserts every row with one executemany per table in one transaction, with
no checks and no merging; "insert only" is that last step alone. Two ways to merge are timed, each into a fresh
office database: all packages chosen at once (``import_packages``: what an office does with a week's packages, and
what 导入数据包 does with several files) and one ``import_package`` after another. The baseline and the one-by-one
merge take turns package by package (a machine busy with something else slows them alike); the batch is one call
right after.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from safety_desk.demo.generate import generate_demo
from safety_desk.services.packages import export_package, import_package, import_packages
from safety_desk.services.packages_format import read_package
from safety_desk.store import Store


def make_packages(root: Path, count: int, findings: int) -> list[Path]:
    packages = []
    for n in range(count):
        laptop = Store.open(root / f"laptop{n}" / "desk.db")
        generate_demo(store=laptop, seed=n, enterprises=20, findings=findings)
        out = root / f"p{n}.sdpkg"
        export_package(store=laptop, out_path=out, all_records=True)
        laptop.close()
        packages.append(out)
    return packages


class Plain:
    """The baseline: the same rows into an empty copy of the schema, one executemany per table and package."""

    def __init__(self, root: Path) -> None:
        self.store = Store.open(root / "plain" / "desk.db")
        self.conn = self.store.db.conn
        self.conn.execute("PRAGMA foreign_keys = OFF")  # rows of 20 laptops share template ids; no merge maps them
        for table in self.store.db.table_names():  # unique indexes would refuse those shared rows: a plain copy
            for index in self.store.db[table].indexes:  # has none
                if index.unique and not index.name.startswith("sqlite_autoindex"):
                    self.conn.execute(f"drop index [{index.name}]")
        self.total = self.inserting = 0.0

    def add(self, path: Path) -> None:
        start = time.perf_counter()
        package = read_package(path)
        middle = time.perf_counter()
        with self.store.db.atomic():
            for table, items in package.records.items():
                rows = [item["row"] for item in items]
                columns = list(rows[0])
                names = ", ".join(f"[{c}]" for c in columns)
                self.conn.executemany(
                    f"insert or ignore into [{table}] ({names}) values ({', '.join('?' * len(columns))})",
                    [tuple(r.get(c) for c in columns) for r in rows])
        end = time.perf_counter()
        self.total += end - start
        self.inserting += end - middle


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", type=int, default=20)
    parser.add_argument("--findings", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        packages = make_packages(root, args.packages, args.findings)
        batch_office = Store.open(root / "batch" / "desk.db")
        single_office = Store.open(root / "single" / "desk.db")
        plain = Plain(root)
        single_times = []
        for path in packages:
            plain.add(path)
            start = time.perf_counter()
            import_package(store=single_office, path=path)
            single_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        results = import_packages(store=batch_office, paths=packages)
        batch_time = time.perf_counter() - start
        assert all(r.summary is not None for r in results), [r.error for r in results if r.error]
        hazards = batch_office.db["findings"].count
        records = sum(batch_office.db[t].count for t in batch_office.db.table_names() if not t.startswith("sync_"))
        single = sum(single_times)
        for store in (batch_office, single_office, plain.store):
            store.close()
        print(f"{len(packages)} packages, {hazards} hazards, {records} records")
        print(f"plain executemany of the same rows: read + insert {plain.total:.2f} s, insert only "
              f"{plain.inserting:.2f} s")
        print(f"merged all at once (import_packages): {batch_time:.2f} s → {batch_time / plain.total:.1f}× read + insert, "
              f"{batch_time / plain.inserting:.1f}× insert only")
        print(f"merged one after another (import_package): {single:.2f} s (first {single_times[0]:.2f} s, last "
              f"{single_times[-1]:.2f} s) → {single / plain.total:.1f}× read + insert")


if __name__ == "__main__":
    main()
