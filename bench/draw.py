"""Bench: a 双随机 draw from 100,000 enterprises and 2,000 inspectors, against a plain ``random.sample`` of the same
size in the same run.

    .venv/bin/python bench/draw.py                      # 100,000 enterprises, 2,000 inspectors, the example plan
    .venv/bin/python bench/draw.py --enterprises 20000 --inspectors 500 --repeat 5

What is timed (the registers are built in memory first, not timed):
- snapshot: canonical JSON of the register snapshot and its SHA-256 (what a draw fingerprints and stores);
- draw: ``domain.draw.run_draw`` — eligibility per item, strata, partial Fisher–Yates per stratum, joint visits,
  inspectors for every visit (certificates, 回避, load spread);
- baseline: ``random.sample`` of the enterprises, as many as the draw picked in total, plus ``random.sample`` of two
  inspectors per drawn enterprise — the draw's work with none of its rules.
The ratio draw / baseline is what to read; the machines this runs on are noisy, the ratio less so.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safety_desk.domain.draw import RegisterSnapshot, SnapEnterprise, SnapInspector, run_draw, sha256_of  # noqa: E402
from safety_desk.domain.registers import CREDIT_GRADES, KEY_CATEGORIES, RISK_GRADES  # noqa: E402
from safety_desk.domain.sampling import Plan  # noqa: E402
from safety_desk.templates.sampling_format import SHIPPED_ITEMS, SHIPPED_RULES, load_item_list, load_rules  # noqa: E402

SECTORS = ("工贸", "建筑施工", "城镇燃气", "特种设备", "文化旅游", "教育", "医疗卫生", "化工", "危险化学品", "消防")


def registers(n_enterprises: int, n_inspectors: int, seed: int = 1) -> RegisterSnapshot:
    rng = random.Random(seed)
    enterprises = [SnapEnterprise(f"{rng.getrandbits(128):032x}", f"企业{i}", f"9137010500{i:08d}",
                                  rng.choice(SECTORS), rng.choice(RISK_GRADES), rng.choice(CREDIT_GRADES),
                                  (KEY_CATEGORIES[4],) if rng.random() < 0.02 else (), False, False, False)
                   for i in range(n_enterprises)]
    items = load_item_list(SHIPPED_ITEMS)
    departments = sorted({i.department for i in items})
    inspectors = [SnapInspector(f"{rng.getrandbits(128):032x}", f"检查员{i}", departments[i % len(departments)],
                                f"37{i:08d}" if rng.random() < 0.9 else "") for i in range(n_inspectors)]
    recusals = [(rng.choice(inspectors).id, rng.choice(enterprises).id) for _ in range(n_inspectors)]
    return RegisterSnapshot.build(enterprises, inspectors, recusals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enterprises", type=int, default=100_000)
    parser.add_argument("--inspectors", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    snapshot = registers(args.enterprises, args.inspectors)
    plan = Plan("基准计划", date(2019, 10, 8), date(2019, 12, 31), "区应急局", load_item_list(SHIPPED_ITEMS),
                load_rules(SHIPPED_RULES))
    snap_times, draw_times, base_times = [], [], []
    for r in range(args.repeat):
        t0 = time.perf_counter()
        sha256_of(snapshot.canonical())
        t1 = time.perf_counter()
        outcome = run_draw(plan, snapshot, 1000 + r)
        t2 = time.perf_counter()
        rng = random.Random(1000 + r)
        drawn = sum(len(t.items) for t in outcome.tasks)
        picked = rng.sample(snapshot.enterprises, drawn)
        for _ in picked:
            rng.sample(snapshot.inspectors, 2)
        t3 = time.perf_counter()
        snap_times.append(t1 - t0)
        draw_times.append(t2 - t1)
        base_times.append(t3 - t2)
    snap, draw, base = (statistics.median(x) for x in (snap_times, draw_times, base_times))
    print(f"registers: {args.enterprises:,} enterprises, {args.inspectors:,} inspectors; "
          f"drawn: {len(outcome.tasks):,} visits ({drawn:,} item picks), {len(outcome.strata)} strata")
    print(f"snapshot fingerprint  {snap * 1000:8.1f} ms")
    print(f"draw (run_draw)       {draw * 1000:8.1f} ms")
    print(f"random.sample         {base * 1000:8.1f} ms")
    print(f"ratio draw / random.sample = {draw / base:.1f}×  (median of {args.repeat})")


if __name__ == "__main__":
    main()
