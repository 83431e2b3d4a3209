"""Merge 20 data packages of 1,000 hazards each into one office database; print the time and its ratio to a plain
``executemany`` of the same rows into an empty copy of the schema, measured in the same run.

    .venv/bin/python bench/packages_merge.py [--packages 20] [--findings 1000]

Goal (issue 15): under 3 s for 20 × 1,000 hazards, at most 3× the plain baseline. The baseline reads the same
package files (unzip, hashes, JSON), then inserts every row with one executemany per table in one transaction, with
no checks and no merging; "insert only" is that last step alone.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from safety_desk.demo.generate import generate_demo
from safety_desk.services.packages import export_package, import_package
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


def plain_executemany(root: Path, packages: list[Path]) -> tuple[float, float]:
    """(read + insert, insert only) seconds for the same rows in an empty copy of the schema."""
    store = Store.open(root / "plain" / "desk.db")
    conn = store.db.conn
    conn.execute("PRAGMA foreign_keys = OFF")  # rows of 20 laptops share template ids; no merge maps them here
    for table in store.db.table_names():  # unique indexes would refuse those shared rows: a plain copy has none
        for index in store.db[table].indexes:
            if index.unique and not index.name.startswith("sqlite_autoindex"):
                conn.execute(f"drop index [{index.name}]")
    total = inserting = 0.0
    for path in packages:
        start = time.perf_counter()
        package = read_package(path)
        middle = time.perf_counter()
        with store.db.atomic():
            for table, items in package.records.items():
                rows = [item["row"] for item in items]
                columns = list(rows[0])
                names = ", ".join(f"[{c}]" for c in columns)
                conn.executemany(
                    f"insert or ignore into [{table}] ({names}) values ({', '.join('?' * len(columns))})",
                    [tuple(r.get(c) for c in columns) for r in rows])
        end = time.perf_counter()
        total += end - start
        inserting += end - middle
    store.close()
    return total, inserting


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", type=int, default=20)
    parser.add_argument("--findings", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        packages = make_packages(root, args.packages, args.findings)
        office = Store.open(root / "office" / "desk.db")
        times = []
        for out in packages:
            start = time.perf_counter()
            import_package(store=office, path=out)
            times.append(time.perf_counter() - start)
        elapsed = sum(times)
        hazards = office.db["findings"].count
        records = sum(office.db[t].count for t in office.db.table_names() if not t.startswith("sync_"))
        office.close()
        plain, inserting = plain_executemany(root, packages)
        print(f"merged {len(packages)} packages, {hazards} hazards, {records} records: {elapsed:.2f} s "
              f"({elapsed / len(packages):.2f} s per package; first {times[0]:.2f} s, last {times[-1]:.2f} s)")
        print(f"plain executemany of the same rows (read + insert): {plain:.2f} s → merge is {elapsed / plain:.1f}×")
        print(f"plain executemany, insert only: {inserting:.2f} s → merge is {elapsed / inserting:.1f}×")


if __name__ == "__main__":
    main()
