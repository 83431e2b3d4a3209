"""Bench: backup file, automatic backup and restore of a demo database, each against a plain file copy of the same
database in the same run (the ratio says more than seconds on a noisy machine).

    .venv/bin/python bench/backup_restore.py                       # 60 enterprises, 400 hazards
    .venv/bin/python bench/backup_restore.py --findings 5000 --enterprises 200
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safety_desk.demo.generate import generate_demo  # noqa: E402
from safety_desk.services.backups import auto_backup_if_due, backup_to, restore_from  # noqa: E402
from safety_desk.store import Store  # noqa: E402


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--enterprises", type=int, default=60)
    parser.add_argument("--findings", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "desk.db"
        store = Store.open(db)
        generate_demo(store=store, seed=1, enterprises=args.enterprises, findings=args.findings)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = db.stat().st_size
        baseline = timed(lambda: shutil.copyfile(db, Path(tmp) / "plain-copy.db"))
        out = Path(tmp) / "b.zip"
        rows = [
            ("backup --out", timed(lambda: backup_to(store=store, out_path=out))),
            ("automatic", timed(lambda: auto_backup_if_due(store=store, keep=7))),
            ("restore", timed(lambda: restore_from(store=store, path=out))),
        ]
        print(f"database {size / 1024 / 1024:.1f} MB, {store.db['findings'].count} hazards, "
              f"{store.db['photos'].count} photos; plain file copy {baseline * 1000:.0f} ms")
        for name, seconds in rows:
            print(f"{name:14s} {seconds * 1000:7.0f} ms   ×{seconds / max(baseline, 1e-6):.0f} of a plain copy")
        ok = store.db.execute("PRAGMA integrity_check").fetchone()[0]
        print(f"integrity_check after restore: {ok}")
        store.close()


if __name__ == "__main__":
    main()
