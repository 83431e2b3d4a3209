"""Merge 20 data packages of 1,000 hazards each into one office database and print the time.

    .venv/bin/python bench/packages_merge.py [--packages 20] [--findings 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from safety_desk.demo.generate import generate_demo
from safety_desk.services.packages import export_package, import_package
from safety_desk.store import Store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", type=int, default=20)
    parser.add_argument("--findings", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        packages = []
        for n in range(args.packages):
            laptop = Store.open(root / f"laptop{n}" / "desk.db")
            generate_demo(store=laptop, seed=n, enterprises=20, findings=args.findings)
            out = root / f"p{n}.sdpkg"
            export_package(store=laptop, out_path=out, all_records=True)
            laptop.close()
            packages.append(out)
        office = Store.open(root / "office" / "desk.db")
        start = time.perf_counter()
        for out in packages:
            import_package(store=office, path=out)
        elapsed = time.perf_counter() - start
        hazards = office.db["findings"].count
        print(f"merged {len(packages)} packages, {hazards} hazards: {elapsed:.2f} s "
              f"({elapsed / len(packages):.2f} s per package)")
        office.close()


if __name__ == "__main__":
    main()
