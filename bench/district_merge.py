"""A district office's campaign: 200 data packages (about 1,000 hazards and 11,000 records each) merged into one
database of about 200,000 hazards and 2 million records. Prints the merge time per package as the database grows
(it must not grow with the database), then the hazards view's slowest step and the monthly roll-up on the result.

    .venv/bin/python bench/district_merge.py                       # 200 packages: long (generation included)
    .venv/bin/python bench/district_merge.py --packages 40 --keep /tmp/district   # smaller; keep the files
    .venv/bin/python bench/district_merge.py --measure /tmp/district-copy/desk.db  # only the roll-up and the view

``--measure DB`` skips the merge and measures a database kept by an earlier run (opening it applies new migrations,
as the app does: measure a copy). Issue 15 at 200 packages: roll-up 88–100 s and the view's slowest step 0.9–1.1 s
before m014 and the set-based roll-up, ~1–2 s and ~0.5 s after (docs/DEVELOPING.md, "District scale").

Generating 200 demo laptops would take longer than merging them, so ``--base`` laptops (default 20) are generated
and the other packages are copies of them with every record id replaced (the campaign's excepted: every laptop
works in the same campaign), as from 200 different laptops; templates and photos match by content, as they do
between real laptops. The ids of a copy are time-ordered like the program's own (UUID v7) and made during one week
per ``--base`` packages, at random moments of it: the office merges a week's packages from many laptops, whose
records interleave in every id index. The office merges a week's packages at a time (``import_packages``, as
导入数据包 with several files does); ``--one-by-one`` imports each on its own instead. Packages are kept in
``--keep`` (when given) and reused by later runs. Not a test: it takes many minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safety_desk.demo.generate import generate_demo  # noqa: E402
from safety_desk.services.monthly import district_rollup  # noqa: E402
from safety_desk.services.packages import export_package, import_package, import_packages  # noqa: E402
from safety_desk.store import Store  # noqa: E402


def package(folder: Path, n: int, findings: int) -> Path:
    out = folder / f"laptop{n:03d}.sdpkg"
    if not out.exists():
        laptop_db = folder / "laptops" / f"{n:03d}" / "desk.db"
        laptop = Store.open(laptop_db)
        generate_demo(store=laptop, seed=1000 + n, enterprises=20, findings=findings)
        export_package(store=laptop, out_path=out, all_records=True)
        laptop.close()
        shutil.rmtree(laptop_db.parent)  # the package holds what the office needs
    return out


_UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


_START_MS = 1_780_000_000_000  # 2026-05-28, some time before the demo's ids were made
_WEEK_MS = 7 * 24 * 3600 * 1000


def clone(source: Path, out: Path, n: int, base_count: int) -> Path:
    """``source`` as if exported by laptop ``n``: new record ids, a new device, hashes recomputed."""
    if out.exists():
        return out
    with zipfile.ZipFile(source) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        members = {name: zf.read(name) for name in zf.namelist() if name != "manifest.json"}
    keep = {row["row"]["id"].encode() for line in members.get("records/campaigns.jsonl", b"").splitlines() if line
            for row in [json.loads(line)]}
    space = uuid.UUID(int=n)
    week = (n // base_count) * _WEEK_MS  # the week this copy's laptop sent its package in

    def new_id(match: re.Match) -> bytes:
        old = match.group(0)
        if old in keep:
            return old
        random_part = uuid.uuid5(space, old.decode()).int
        # Time-ordered like the program's own ids (UUID v7), made at some moment of the package's week: the
        # packages of one week interleave, as a week's work of many laptops does.
        made = _START_MS + week + random_part % _WEEK_MS
        value = made << 80 | random_part & ((1 << 80) - 1) & ~(0xF << 76) & ~(0b11 << 62) | 0x7 << 76 | 0b10 << 62
        return str(uuid.UUID(int=value)).encode()

    for name in list(members):
        if name.startswith("records/") or name == "keys.json":
            members[name] = _UUID.sub(new_id, members[name])
    manifest["source_device_id"] = str(uuid.uuid5(space, "device"))
    manifest["source_device_name"] = f"laptop-{n:03d}"
    manifest["members"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                           for name, data in members.items()}
    partial = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_STORED if name.startswith("photos/") else None)
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
    partial.replace(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=int, default=200)
    parser.add_argument("--findings", type=int, default=1000)
    parser.add_argument("--base", type=int, default=20, help="demo laptops generated; the rest are copies")
    parser.add_argument("--keep", metavar="DIR", help="keep the packages and the office database here")
    parser.add_argument("--measure", metavar="DB", help="no merge: measure the roll-up and the view on this database")
    parser.add_argument("--one-by-one", action="store_true", help="import_package per package, not a week at a time")
    args = parser.parse_args()
    if args.measure:
        measure(Store.open(args.measure), Path(args.measure))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        bases = [package(folder, n, args.findings) for n in range(min(args.base, args.packages))]
        packages = bases + [clone(bases[n % len(bases)], folder / f"copy{n:03d}.sdpkg", n, len(bases))
                            for n in range(len(bases), args.packages)]
        print(f"{len(packages)} packages ready in {time.perf_counter() - started:.0f} s", flush=True)
        office_db = folder / "office" / "desk.db"
        shutil.rmtree(office_db.parent, ignore_errors=True)
        office = Store.open(office_db)
        # A week's packages (``--base`` of them) at a time, as an office merges them (import_packages), or with
        # --one-by-one each package on its own (import_package).
        weeks = [packages[n:n + len(bases)] for n in range(0, len(packages), len(bases))]
        per_week: list[float] = []  # seconds per package, each week
        print(f"{'packages':>9}{'hazards':>10}{'records':>11}{'s/package (this week)':>24}")
        records = merged = 0
        started = time.perf_counter()
        for week in weeks:
            start = time.perf_counter()
            if args.one_by_one:
                summaries = [import_package(store=office, path=path) for path in week]
            else:
                results = import_packages(store=office, paths=week)
                assert all(r.summary for r in results), [r.error for r in results if r.error]
                summaries = [r.summary for r in results]
            per_week.append((time.perf_counter() - start) / len(week))
            records += sum(s.new for s in summaries)
            merged += len(week)
            hazards = office.db.execute("select count(*) from findings").fetchone()[0]
            print(f"{merged:>9}{hazards:>10,}{records:>11,}{per_week[-1]:>24.2f}", flush=True)
        # The first week's packages are the generated laptops (ids in order of making, no interleaving): compare
        # the second week, the first whose packages interleave as every later week's do, with the last.
        second, last = per_week[min(1, len(per_week) - 1)], per_week[-1]
        print(f"merge: {time.perf_counter() - started:.0f} s in all; {second:.2f} s per package in week 2, "
              f"{last:.2f} s in week {len(per_week)} → {last / second:.2f}× as the database grew")
        measure(office, office_db)


def measure(office: Store, office_db: Path) -> None:
    """The monthly roll-up of the latest month, then the hazards view, on the merged database."""
    month = office.db.execute("select substr(max(found_date), 1, 7) from findings").fetchone()[0]
    start = time.perf_counter()
    reports = district_rollup(store=office, month=month)
    print(f"monthly roll-up {month}: {len(reports)} units in {time.perf_counter() - start:.2f} s")
    office.close()
    print("hazards view on the merged database:")
    subprocess.run([sys.executable, str(Path(__file__).parent / "hazards_view.py"), "--db", str(office_db),
                    "--repeat", "3"], check=False)


if __name__ == "__main__":
    main()
