"""Bench: the hazards view over 100,000 hazards — open, scroll, filter, search.

    .venv/bin/python bench/hazards_view.py            # 100,000 hazards in a temporary database
    .venv/bin/python bench/hazards_view.py --rows 20000 --repeat 5

Each time is the median of ``--repeat`` runs, printed in ms and as a ratio to a baseline measured in the same run
(fetching every finding id with one plain query), because the machines this runs on are noisy: the ratio says more
than the milliseconds. The search debounce (250 ms of waiting for typing to pause) is not part of any time.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import unicodedata
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSignalBlocker, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from safety_desk.domain.findings import LEVELS, MODES, STATUSES  # noqa: E402
from safety_desk.store.database import Store, new_id, now_iso  # noqa: E402
from safety_desk.ui.hazards.hazards_model import FOUND_DATE_COLUMN  # noqa: E402
from safety_desk.ui.hazards.hazards_view import HazardsView  # noqa: E402
from safety_desk.ui.common.events import process_events  # noqa: E402

TARGET_MS = 1000  # "well under a second"

STREETS = ("城关街道", "东城街道", "西城街道", "南湖街道", "北苑街道", "新华街道", "滨江街道", "高新街道")
NAME_HEADS = "华鑫宏盛恒永金泰"
NAME_TAILS = "达源丰利通安隆昌"
TRADES = ("化工", "机械", "建材", "食品", "纺织", "物流", "五金", "塑料")
PLACES = ("生产车间", "原料仓库", "配电室", "锅炉房", "危化品库房", "职工食堂", "员工宿舍", "办公楼", "装卸区",
          "消防控制室", "储罐区", "污水处理站")
THINGS = ("灭火器", "室内消火栓", "应急照明灯", "疏散指示标志", "电气线路", "配电箱", "安全阀", "压力表",
          "可燃气体报警器", "防护栏杆", "安全出口", "叉车", "气瓶", "通风设施")
PROBLEMS = ("压力不足", "过期未检", "被杂物遮挡", "私拉乱接", "未设置警示标识", "未定期检测", "损坏未修复",
            "未按规定存放", "无接地保护", "老化破损", "失效", "检查记录不全")


def build_database(path: Path, rows: int, seed: int = 20240501) -> Store:
    """200 enterprises in 8 streets, one campaign, ``rows`` hazards; one transaction per table."""
    rnd = random.Random(seed)
    store = Store.open(path)
    db = store.db
    stamp = now_iso()
    synced = {"created_at": stamp, "updated_at": stamp}
    names = [f"{h}{t}{trade}有限公司" for h in NAME_HEADS for t in NAME_TAILS for trade in TRADES]
    enterprises = [
        {"id": new_id(), **synced, "name": f"{street[:2]}{name}", "street": street}
        for street, name in zip((STREETS * 25), rnd.sample(names, 200))
    ]
    campaign = {"id": new_id(), **synced, "name": "2024年安全生产治本攻坚行动", "start_date": "2024-01-01",
                "end_date": "2024-12-31", "phases": '["企业自查", "部门检查"]'}
    first_day = date(2024, 1, 1)
    findings = []
    for n in range(rows):
        place, thing, problem = rnd.choice(PLACES), rnd.choice(THINGS), rnd.choice(PROBLEMS)
        found = first_day + timedelta(days=rnd.randrange(480))
        mode = rnd.choices(MODES, weights=(4, 5, 1))[0]
        deadline = None if mode == MODES[0] else (found + timedelta(days=rnd.choice((7, 15, 30, 60, 90))))
        findings.append({
            "id": new_id(), "created_at": stamp, "updated_at": stamp,
            "campaign_id": campaign["id"], "enterprise_id": rnd.choice(enterprises)["id"],
            "found_date": found.isoformat(), "description": f"{place}{thing}{problem}",
            "location": f"{place}{rnd.randrange(1, 9)}号", "level": rnd.choices(LEVELS, weights=(85, 15))[0],
            "three_violations": int(rnd.random() < 0.05), "rectification_mode": mode,
            "status": rnd.choices(STATUSES, weights=(25, 20, 10, 45))[0],
            "deadline": deadline.isoformat() if deadline else None,
            "ledger_entered_at": stamp if rnd.random() < 0.7 else None,
        })
    with db.atomic():
        db["enterprises"].insert_all(enterprises)
        db["campaigns"].insert(campaign)
        db["findings"].insert_all(findings, batch_size=2000)

    return store


def pad(text: str, width: int) -> str:
    """Left-justify by display width: a Chinese character takes two columns of a terminal."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(width - shown, 0)


def median_ms(action, repeat: int, before=None) -> float:
    times = []
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", metavar="PATH", help="measure this database instead of building one "
                        "(bench/district_merge.py passes its merged office database)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        if args.db:
            store = Store.open(args.db)
            print(f"opened {args.db}: {store.db['findings'].count:,} hazards")
        else:
            store = build_database(Path(tmp) / "bench.db", args.rows)
            print(f"built {args.rows:,} hazards in {time.perf_counter() - started:.1f} s")
        db = store.db

        def baseline() -> None:
            db.execute("select id from findings").fetchall()

        base = median_ms(baseline, max(args.repeat, 5))
        count_ms = median_ms(lambda: db.execute("select count(*) from findings").fetchone(), max(args.repeat, 5))
        print(f"baseline: select id from findings = {base:.1f} ms (select count(*) = {count_ms:.1f} ms)")

        results: list[tuple[str, float, int]] = []
        holder: dict[str, HazardsView] = {}

        def paint() -> None:
            # Synchronous paint: the view asks data() for exactly the rows on screen.
            holder["v"].table.viewport().repaint()

        def open_view() -> None:
            if "v" in holder:
                holder.pop("v").deleteLater()
                process_events()
            view = HazardsView(store)
            view.resize(1400, 900)
            view.show()
            process_events()
            holder["v"] = view
            paint()

        results.append(("open view (filter + first page)", median_ms(open_view, args.repeat), 0))
        view = holder["v"]
        model, table = view.model, view.table
        results[-1] = (results[-1][0], results[-1][1], model.rowCount())
        assert model.cached_pages(), "the first page was not fetched"

        bar = table.verticalScrollBar()

        def scroll_to(fraction: float):
            def go() -> None:
                bar.setValue(int(bar.maximum() * fraction))
                paint()
            return go

        def scroll_home() -> None:
            bar.setValue(0)
            paint()
            model._pages.clear()  # measure a real fetch, not a cache hit

        results.append(("scroll to end", median_ms(scroll_to(1.0), args.repeat, scroll_home), model.rowCount()))
        assert (model.rowCount() - 1) // 200 in model.cached_pages(), "the last page was not fetched"
        results.append(("scroll to middle", median_ms(scroll_to(0.5), args.repeat, scroll_home), model.rowCount()))
        print(f"pages cached after scrolling: {len(model.cached_pages())} (of {model.rowCount() // 200 + 1})")

        def set_widgets(campaign=0, street=0, level=0, overdue=False, search="") -> None:
            widgets = (view.campaign_combo, view.street_combo, view.level_combo, view.overdue_check,
                       view.search_edit, view.enterprise_combo)
            blockers = [QSignalBlocker(w) for w in widgets]
            view.campaign_combo.setCurrentIndex(campaign)
            view.street_combo.setCurrentIndex(street)
            view._fill_enterprises()
            view.level_combo.setCurrentIndex(level)
            view.overdue_check.setChecked(overdue)
            view.search_edit.setText(search)
            for b in blockers:
                b.unblock()

        def measure(label: str, **state) -> None:
            def run() -> None:
                view.apply_filter()
                paint()
            ms = median_ms(run, args.repeat, before=lambda: (set_widgets(**state), model._pages.clear()))
            results.append((label, ms, model.rowCount()))
            set_widgets()

        measure("filter: campaign (every hazard)", campaign=1)
        measure("filter: street", street=3)
        measure("filter: level 重大 + overdue", level=LEVELS.index("重大") + 1, overdue=True)
        measure("search 1 char “电”", search="电")
        measure("search 3 chars “灭火器”", search="灭火器")
        measure("search, no match “镍”", search="镍")
        measure("filter: street + search “阀”", street=5, search="阀")
        measure("clear filters (all again)")

        def sort_by_enterprise() -> None:
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            paint()

        def sort_back() -> None:
            table.sortByColumn(FOUND_DATE_COLUMN, Qt.SortOrder.DescendingOrder)
            model._pages.clear()

        results.append(("sort all by enterprise", median_ms(sort_by_enterprise, args.repeat, sort_back),
                        model.rowCount()))
        sort_back()

        print()
        print(f"{pad('step', 36)}{'rows':>9}{'ms':>10}{'x baseline':>12}")
        for label, ms, rows in results:
            print(f"{pad(label, 36)}{rows:>9,}{ms:>10.1f}{ms / base:>12.1f}")
        worst_label, worst, _ = max(results, key=lambda r: r[1])
        verdict = "OK" if worst < TARGET_MS else "TOO SLOW"
        print(f"\nRESULT {verdict}: slowest step “{worst_label}” {worst:.0f} ms "
              f"(target < {TARGET_MS} ms; {worst / base:.1f}× the id-scan baseline of {base:.1f} ms)")
        holder.pop("v").deleteLater()
        process_events()
        store.close()
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
