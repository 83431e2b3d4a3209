"""Bench: the reports and figures a district office opens, on a district database (issue 15).

    .venv/bin/python bench/district_reports.py --db /work/district7/office-copy/desk.db
    .venv/bin/python bench/district_reports.py --db COPY --today 2026-09-30 --repeat 3 --only committee_summary

Each time is the best of ``--repeat`` runs (time.perf_counter), printed in ms and as a ratio to a baseline measured
in the same run: a full ``select id from findings`` scan (``select count(*) from findings`` is printed too). The
machines this runs on are noisy and shared: the ratio says more than the milliseconds. ``--today`` (default: the
campaign's last hazard's found date + 7 days, when things are still open) is the day every figure is taken on.

Opening the database with ``Store.open`` applies pending migrations: measure a copy, never an office's database.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safety_desk.services.lifecycle_views import dashboard_counts, listed_overdue_hazards  # noqa: E402
from safety_desk.services.stats import collect_stats  # noqa: E402
from safety_desk.services.summary import committee_summary  # noqa: E402
from safety_desk.services.veto import evaluate_veto  # noqa: E402
from safety_desk.store.database import Store  # noqa: E402


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def dashboard_window(store: Store, today: date):
    """What the main window's dashboard computes when it opens (DashboardView.reload), widgets included."""
    from safety_desk.ui.app import create_app
    from safety_desk.ui.hazards.dashboard import DashboardView

    create_app()
    view = DashboardView(store)
    try:
        return lambda: view.reload(today)
    finally:
        _keep.append(view)


_keep: list = []


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True, help="a COPY of an office database (migrations are applied)")
    p.add_argument("--today", type=date.fromisoformat, default=None)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--only", action="append", default=[], help="time only these (repeatable)")
    p.add_argument("--no-window", action="store_true", help="skip the dashboard window (no Qt)")
    args = p.parse_args(argv)

    t0 = time.perf_counter()
    store = Store.open(Path(args.db))
    opened = time.perf_counter() - t0
    db = store.db
    today = args.today
    if today is None:
        last = db.execute("select max(found_date) from findings").fetchone()[0]
        today = date.fromisoformat(last) + timedelta(days=7) if last else date.today()
    hazards = db.execute("select count(*) from findings").fetchone()[0]

    cases = {
        "committee_summary": lambda: committee_summary(store=store, today=today),
        "collect_stats": lambda: collect_stats(store=store, today=today),
        "dashboard_counts": lambda: dashboard_counts(store=store, today=today),
        "listed_overdue_hazards": lambda: listed_overdue_hazards(store=store, today=today),
        "evaluate_veto": lambda: evaluate_veto(store=store, today=today),
    }
    if not args.no_window:
        cases["dashboard (window reload)"] = dashboard_window(store, today)
    if args.only:
        cases = {k: v for k, v in cases.items() if k in args.only}

    count_s = best_of(args.repeat, lambda: db.execute("select count(*) from findings").fetchone())
    scan_s = best_of(args.repeat, lambda: db.execute("select id from findings").fetchall())
    print(f"database: {args.db}  hazards: {hazards:,}  today: {today}  opened in {opened * 1000:.0f} ms "
          f"(migrations included)  best of {args.repeat}")
    print(f"{'baseline: select count(*) from findings':<42} {count_s * 1000:9.1f} ms")
    print(f"{'baseline: select id from findings (scan)':<42} {scan_s * 1000:9.1f} ms   1.00 × scan")
    for name, fn in cases.items():
        s = best_of(args.repeat, fn)
        print(f"{name:<42} {s * 1000:9.1f} ms {s / scan_s:6.2f} × scan")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
