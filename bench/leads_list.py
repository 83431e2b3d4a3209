"""Bench: the 线索 list and the dashboard's lead figures over many leads; working-day arithmetic.

    .venv/bin/python bench/leads_list.py                 # 10,000 leads in a temporary database
    .venv/bin/python bench/leads_list.py --leads 50000 --repeat 5

Times are medians of ``--repeat`` runs, printed in ms and as a ratio to a baseline measured in the same run: for the
list, reading every lead row with one plain query; for working days, the same number of steps counting weekends only
with ``date.weekday()``. The machines this runs on are noisy: the ratio says more than the milliseconds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safety_desk.domain.leads import FINDINGS, SOURCES  # noqa: E402
from safety_desk.services.leads import list_leads  # noqa: E402
from safety_desk.services.workdays import load_calendar  # noqa: E402
from safety_desk.store import Store  # noqa: E402
from safety_desk.store.database import new_id, now_iso  # noqa: E402


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def fill(store: Store, n: int) -> None:
    rng = random.Random(17)
    db = store.db
    stamp = now_iso()
    enterprises = [{"id": new_id(), "created_at": stamp, "updated_at": stamp, "name": f"企业{i}", "street": f"街道{i % 15}"}
                   for i in range(max(10, n // 20))]
    db["enterprises"].insert_all(enterprises)
    rows = []
    for _ in range(n):
        received = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
        closed = rng.random() < 0.7
        rows.append({"id": new_id(), "created_at": stamp, "updated_at": stamp, "source": rng.choice(SOURCES),
                     "channel": "电话", "received_on": received.isoformat(), "summary": "反映内容" * 5,
                     "enterprise_id": rng.choice(enterprises)["id"], "due_workdays": 15,
                     "due_on": (received + timedelta(days=21)).isoformat(), "department": "区应急局",
                     "finding": rng.choice(FINDINGS) if closed or rng.random() < 0.3 else "",
                     "closed_on": (received + timedelta(days=10)).isoformat() if closed else None,
                     "complainant_contact": "13900000000"})
    db["leads"].insert_all(rows, batch_size=2000)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.db")
        fill(store, args.leads)
        today = date(2026, 6, 30)
        base = median_ms(lambda: list(store.db.query("select * from leads")), args.repeat)
        listed = median_ms(lambda: list_leads(store=store, today=today), args.repeat)
        flagged = median_ms(lambda: list_leads(store=store, today=today, dereliction=True), args.repeat)
        print(f"{args.leads} leads: plain read {base:.0f} ms; list_leads {listed:.0f} ms ({listed / base:.1f}×); "
              f"dereliction filter {flagged:.0f} ms ({flagged / base:.1f}×)")
        store.close()
    cal = load_calendar()
    days = [date(2019, 1, 1) + timedelta(days=i) for i in range(2500)]

    def weekends_only() -> None:
        for d in days:
            left, x = 20, d
            while left:
                x += timedelta(days=1)
                if x.weekday() < 5:
                    left -= 1

    naive = median_ms(weekends_only, args.repeat)
    ours = median_ms(lambda: [cal.add(d, 20) for d in days], args.repeat)
    print(f"20 working days after each of {len(days)} days: weekends-only loop {naive:.0f} ms; "
          f"calendar {ours:.0f} ms ({ours / naive:.1f}×)")


if __name__ == "__main__":
    main()
