"""Demo data for the lifecycle, enforcement and veto registers: every situation the veto views and the 一罚了之
warning need, consistent with each hazard's status. Uses the same mid-sized demo as test_demo.py's checks."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from safety_desk.domain.enforcement import KINDS
from safety_desk.domain.findings import STATUSES
from safety_desk.domain.lifecycle import action_between, next_status
from safety_desk.services import veto_registers
from safety_desk.demo.generate import generate_demo
from safety_desk.services.enforcement import fine_without_followup
from safety_desk.services.stats import collect_stats
from safety_desk.store import Store



@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    store = Store.open(tmp_path_factory.mktemp("demo") / "demo.db")
    yield store, generate_demo(store=store, seed=2019, enterprises=40, findings=400)
    store.close()


def test_status_histories_lead_to_each_hazards_status(demo):
    store, summary = demo
    db = store.db
    changes: dict[str, list[tuple]] = {}
    for fid, frm, to, day in db.execute(
            "select finding_id, from_status, to_status, changed_on from status_changes order by rowid"):
        changes.setdefault(fid, []).append((frm, to, day))
    assert summary.status_changes == sum(len(c) for c in changes.values())
    for fid, status, found, ledgered, mode in db.execute(
            "select id, status, found_date, ledger_entered_at, rectification_mode from findings"):
        chain = changes.get(fid, [])
        if status == "待整改":
            assert chain == []
            continue
        assert ledgered is not None
        # replayed through the lifecycle's own rules: every step is one it allows, from 待整改 to the status
        state = "待整改"
        for frm, to, _ in chain:
            assert frm == state
            state = next_status(frm, action_between(frm, to), mode=mode, ledgered=True, reason="理由")
            assert state == to
        assert state == status
        days = [day for _, _, day in chain]
        assert days == sorted(days) and days[0] >= found
        assert all(to in STATUSES for _, to, _ in chain)


def test_written_off_hazards_passed_a_reinspection_and_one_failed_first(demo):
    store, _ = demo
    db = store.db
    closed = db.execute("select id, closed_on, closed_by from findings where status = '已销号'").fetchall()
    assert closed and all(on and by for _, on, by in closed)
    results: dict[str, list[str]] = {}
    for fid, result, day in db.execute("select finding_id, result, reinspected_on from reinspections order by rowid"):
        results.setdefault(fid, []).append(result)
    assert all(results.get(fid, [])[-1:] == ["合格"] for fid, _, _ in closed)
    assert any(r == ["不合格", "合格"] for r in results.values())
    last_day = dict(db.execute("select finding_id, max(reinspected_on) from reinspections group by finding_id"))
    assert all(last_day[fid] == on for fid, on, _ in closed)
    open_ids = {r[0] for r in db.execute("select id from findings where status != '已销号'")}
    assert not any(results.get(fid, [])[-1:] == ["合格"] for fid in open_ids)


def test_extensions_move_the_deadline(demo):
    store, summary = demo
    rows = store.db.execute(
        """select x.old_deadline, x.new_deadline, f.deadline, f.status, x.extended_on, f.found_date, x.approved_by
           from deadline_extensions x join findings f on f.id = x.finding_id""").fetchall()
    assert len(rows) == summary.deadline_extensions >= 2
    assert all(old < new == deadline and found <= asked <= old and approver
               for old, new, deadline, _, asked, found, approver in rows)
    statuses = {r[3] for r in rows}
    assert "已销号" in statuses and statuses - {"已销号"}  # one extended and done, one extended and still open


def test_listings_cover_every_level_and_some_are_open_past_the_deadline(demo):
    store, _ = demo
    rows = store.db.execute(
        """select l.level, l.supervising_unit, l.document_no, l.listed_on, l.delisted_on, f.level, f.status,
                  f.deadline, f.closed_on
           from listings l join findings f on f.id = l.finding_id""").fetchall()
    assert {r[0] for r in rows} == {"区级", "市级", "省级"}
    assert all(r[5] == "重大" and r[1] and r[2] for r in rows)
    assert all((r[4] is None) == (r[6] != "已销号") and (r[4] is None or r[4] == r[8] >= r[3]) for r in rows)
    today = date.today().isoformat()
    assert any(r[4] is None and r[6] in ("待整改", "整改中") and r[7] < today for r in rows)  # a veto situation
    assert collect_stats(store=store)["listed"] == sum(1 for r in rows if r[4] is None)


def test_enforcement_of_every_kind_on_enforcement_inspections_and_one_fine_without_followup(demo):
    store, summary = demo
    db = store.db
    rows = db.execute(
        """select a.kind, i.phase, a.case_no, a.amount_fen, a.target, a.person_name, a.decided_on, i.inspection_date
           from enforcement_actions a join inspections i on i.id = a.inspection_id""").fetchall()
    assert len(rows) == summary.enforcement_actions
    assert {r[0] for r in rows} == set(KINDS)
    assert {r[1] for r in rows} == {"执法检查"}
    assert all(r[2] for r in rows if r[0] == "立案")
    assert all(r[3] > 0 for r in rows if r[0] == "罚款") and all(r[3] is None for r in rows if r[0] != "罚款")
    assert {r[4] for r in rows if r[0] == "罚款"} == {"企业", "个人"}
    assert all(r[5] for r in rows if r[4] == "个人")
    assert all(r[6] >= r[7] for r in rows)
    warnings = fine_without_followup(store=store, today=date.today())
    assert warnings and all(w.hazards and w.fines for w in warnings)


def test_accidents_of_several_grades_and_types(demo):
    store, _ = demo
    accidents = veto_registers.list_accidents(store=store)
    assert len({a.grade for a in accidents}) >= 2 and "较大" in {a.grade for a in accidents}
    types = {a.accident_type for a in accidents}
    assert {"燃爆", "爆炸"} <= types and len(types) >= 5
    assert any(a.illegal_production and a.deaths for a in accidents)
    assert any(a.illegal_production and not a.enterprise_id for a in accidents)
    assert any(a.reporting == "迟报" for a in accidents)
    assert any(a.cause_three_violations for a in accidents) and any(a.cause_poor_rectification for a in accidents)
    assert all(a.street for a in accidents)


def test_illegal_operations_stopped_and_not_in_several_streets(demo):
    store, _ = demo
    ops = veto_registers.list_illegal_operations(store=store)
    assert {op.stopped for op in ops} == {True, False} and len({op.street for op in ops}) >= 4
    not_stopped = [op for op in ops if not op.stopped]
    by_department = Counter(op.responsible_department for op in not_stopped)
    assert max(by_department.values()) >= 2  # a department veto: 2处以上未予有效制止
    by_street_month = Counter((op.street, op.found_on.month) for op in not_stopped)
    assert 1 in by_street_month.values()  # a street with one found in a month and not stopped
    assert all(op.stopped_on >= op.found_on for op in ops if op.stopped)


def test_one_enterprise_is_blacklisted_and_another_was_removed(demo):
    store, _ = demo
    entries = veto_registers.list_blacklist_entries(store=store)
    assert len(entries) == 2 and len({e.enterprise_id for e in entries}) == 2
    today = date.today()
    assert [e.active_on(today) for e in entries] == [True, False]
    late = next(a for a in veto_registers.list_accidents(store=store) if a.reporting == "迟报")
    assert entries[0].enterprise_id == late.enterprise_id
    assert collect_stats(store=store)["blacklisted"] == 1


def test_stats_of_the_demo(demo):
    store, summary = demo
    stats = collect_stats(store=store)
    assert stats["overdue"] > 0 and stats["listed"] > 0
    assert stats["accidents"] == summary.accidents and stats["illegal_operations"] == summary.illegal_operations
    assert 0 < stats["illegal_operations_not_stopped"] < stats["illegal_operations"]
    assert all(n > 0 for n in stats["enforcement"].values()) and stats["fines_fen"] > 0
    assert sum(stats["by_status"].values()) == stats["findings"]


def test_a_tiny_demo_still_writes_the_registers(tmp_path: Path):
    store = Store.open(tmp_path / "tiny.db")
    try:
        summary = generate_demo(store=store, seed=3, enterprises=1, findings=1)
        assert summary.accidents == store.db["accidents"].count > 0
        assert store.db["blacklist_entries"].count == 1  # one enterprise: only the one that reported late
    finally:
        store.close()
