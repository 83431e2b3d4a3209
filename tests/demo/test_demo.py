"""Demo data: deterministic for a seed, covering every phase/status/level, valid by the app's own rules."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from safety_desk.domain.findings import LEVELS, STATUSES, is_overdue
from safety_desk.domain.inspections import ENFORCEMENT_PHASE, PHASES, RESULT_FAIL
from safety_desk.domain.registers import uscc_problem
from safety_desk.errors import UserError
from safety_desk.demo.generate import (
    CAMPAIGN_END, CAMPAIGN_START, DEMO_TODAY, PHASE_WINDOWS, generate_demo, is_empty_database)
from safety_desk.demo.findings import LONG_TERM_DEADLINE
from safety_desk.demo.names import CAMPAIGN_NAME, STREETS
from safety_desk.store import Store
from safety_desk.store.attachments import photo_path
from safety_desk.store.findings_repo import row_to_finding

ENTERPRISE_COLUMNS = (
    "name, credit_code, street, address, sector, lead_department, risk_grade, credit_grade, key_categories, "
    "key_process, key_chemicals, major_hazard_source, contact_person, contact_phone"
)
FINDING_COLUMNS = (
    "description, location, found_date, deadline, level, status, rectification_mode, three_violations, funds_fen, "
    "responsible_unit, responsible_person, measures, contingency_plan, point_text, ledger_entered_at"
)

HISTORY_COLUMNS = {
    "status_changes": "from_status, to_status, reason, actor, changed_on",
    "reinspections": "inspector_name, reinspected_on, result, opinion",
    "deadline_extensions": "old_deadline, new_deadline, reason, approved_by, extended_on",
    "listings": "level, supervising_unit, document_no, listed_on, delisted_on",
    "enforcement_actions": "kind, case_no, amount_fen, target, person_name, decided_on, notes",
    "accidents": "occurred_on, street, accident_type, deaths, serious_injuries, direct_loss_fen, reporting",
    "illegal_operations": "found_on, street, responsible_department, enterprise_name, stopped, stopped_on",
    "blacklist_entries": "listed_on, reason, removed_on",
}


NOW = date(2026, 11, 30)  # a pinned "today" for the demo moved to the present


def content(store: Store) -> dict:
    """Everything a seed fixes, in insertion order, without UUIDs or created_at stamps."""
    db = store.db
    return {
        "enterprises": db.execute(f"select {ENTERPRISE_COLUMNS} from enterprises order by rowid").fetchall(),
        "inspectors": db.execute("select name, department, certificate_no from inspectors order by rowid").fetchall(),
        "inspections": db.execute(
            "select i.phase, i.inspection_date, i.notes, e.credit_code from inspections i "
            "join enterprises e on e.id = i.enterprise_id order by i.rowid").fetchall(),
        "findings": db.execute(f"select {FINDING_COLUMNS} from findings order by rowid").fetchall(),
        "results": db.execute("select result, note from check_results order by rowid").fetchall(),
        "photos": sorted(r[0] for r in db.execute("select sha256 from photos")),
        **{table: db.execute(f"select {columns} from {table} order by rowid").fetchall()
           for table, columns in HISTORY_COLUMNS.items()},
    }


@pytest.fixture
def new_store(tmp_path: Path):
    """Stores in tmp_path, so that the demo's photo files land there too (an in-memory store puts them in /tmp)."""
    opened: list[Store] = []

    def make(name: str = "demo") -> Store:
        opened.append(Store.open(tmp_path / f"{name}.db"))
        return opened[-1]

    yield make
    for store in opened:
        store.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """One mid-sized demo shared by the read-only checks below (generation takes a fraction of a second)."""
    store = Store.open(tmp_path_factory.mktemp("demo") / "demo.db")
    yield store, generate_demo(store=store, seed=2019, enterprises=40, findings=400, today=DEMO_TODAY)
    store.close()


def test_same_seed_gives_the_same_content_and_another_seed_does_not(new_store):
    first, second, other = new_store("first"), new_store("second"), new_store("other")
    a = generate_demo(store=first, seed=11, enterprises=12, findings=80, today=NOW)
    b = generate_demo(store=second, seed=11, enterprises=12, findings=80, today=NOW)
    c = generate_demo(store=other, seed=12, enterprises=12, findings=80, today=NOW)
    assert content(first) == content(second)
    assert (a.enterprises, a.inspections, a.check_results, a.findings, a.major_findings, a.photos, a.photo_links) == (
        b.enterprises, b.inspections, b.check_results, b.findings, b.major_findings, b.photos, b.photo_links)
    theirs = content(other)
    assert [r[0] for r in content(first)["enterprises"]] != [r[0] for r in theirs["enterprises"]]
    assert content(first)["findings"] != theirs["findings"]


def test_counts_are_exactly_what_was_asked(demo):
    store, summary = demo
    db = store.db
    assert (summary.enterprises, summary.findings) == (40, 400)
    assert db["enterprises"].count == 40 and db["findings"].count == 400
    # the 双随机 example plan brings a campaign and inspections of its own (when the small register can staff it): the
    # counts here are the demo campaign's
    in_demo = "inspection_id in (select id from inspections where campaign_id = :c)"
    assert db.execute("select count(*) from inspections where campaign_id = :c",
                      {"c": summary.campaign_id}).fetchone()[0] == summary.inspections
    assert db.execute(f"select count(*) from check_results where {in_demo}",
                      {"c": summary.campaign_id}).fetchone()[0] == summary.check_results
    assert summary.major_findings == db.execute("select count(*) from findings where level = '重大'").fetchone()[0]
    assert summary.ledger_entered == db.execute(
        "select count(*) from findings where ledger_entered_at is not null").fetchone()[0]
    campaigns = list(db.query("select * from campaigns where id = ?", [summary.campaign_id]))
    assert [(c["name"], c["start_date"], c["end_date"]) for c in campaigns] == [
        (CAMPAIGN_NAME, "2019-07-15", "2019-10-31")]
    assert json.loads(campaigns[0]["phases"]) == list(PHASES)


def test_every_phase_status_and_level_is_present_with_a_plausible_major_share(demo):
    store, summary = demo
    db = store.db
    assert {r[0] for r in db.execute("select distinct phase from inspections")} == set(PHASES)
    assert {r[0] for r in db.execute("select distinct status from findings")} == set(STATUSES)
    assert {r[0] for r in db.execute("select distinct level from findings")} == set(LEVELS)
    assert 0.07 <= summary.major_findings / summary.findings <= 0.2
    assert db.execute("select count(*) from findings where three_violations = 1").fetchone()[0] > 0
    assert db.execute("select count(*) from findings where inspection_id is null").fetchone()[0] > 0


def test_a_tiny_demo_still_covers_every_phase_status_and_level(new_store):
    store = new_store()
    generate_demo(store=store, seed=3, enterprises=2, findings=12)
    db = store.db
    assert db["findings"].count == 12
    assert {r[0] for r in db.execute("select distinct phase from inspections")} == set(PHASES)
    assert {r[0] for r in db.execute("select distinct status from findings")} == set(STATUSES)
    assert {r[0] for r in db.execute("select distinct level from findings")} == set(LEVELS)


def test_the_smallest_demo_is_possible(new_store):
    store = new_store()
    summary = generate_demo(store=store, seed=1, enterprises=1, findings=1)
    assert (summary.enterprises, summary.findings, store.db["findings"].count) == (1, 1, 1)


def test_registers_are_valid_and_realistic(demo):
    store, _ = demo
    rows = list(store.db.query("select * from enterprises"))
    codes = [r["credit_code"] for r in rows]
    assert all(uscc_problem(code) is None for code in codes), [c for c in codes if uscc_problem(c)]
    assert len(set(codes)) == len(codes) and len({r["name"] for r in rows}) == len(rows)
    assert all(code[2:8] == "370105" for code in codes)  # 天桥区
    assert {r["street"] for r in rows} <= set(STREETS)
    assert all(len(r["contact_phone"]) == 11 and r["contact_phone"].startswith("1") for r in rows)
    assert any(json.loads(r["key_categories"]) for r in rows)
    assert any(r["key_process"] or r["key_chemicals"] or r["major_hazard_source"] for r in rows)
    assert {r["sector"]: r["lead_department"] for r in rows}["化工"] == "区化工专项行动办"
    inspectors = list(store.db.query("select * from inspectors"))
    assert len({r["department"] for r in inspectors}) >= 5
    assert sum(1 for r in inspectors if r["certificate_no"]) >= 2


def test_inspection_dates_follow_the_plan_and_enforcement_has_two_certified_inspectors(demo):
    store, summary = demo
    db = store.db
    for phase, day in db.execute("select phase, inspection_date from inspections where campaign_id = ?",
                                 [summary.campaign_id]):
        low, high = PHASE_WINDOWS[phase]
        assert low.isoformat() <= day <= high.isoformat(), (phase, day)
        assert date.fromisoformat(day).weekday() < 5
    teams = db.execute(
        """select i.id, count(p.id), sum(coalesce(p.certificate_no, '') != '') from inspections i
           join inspection_inspectors ii on ii.inspection_id = i.id join inspectors p on p.id = ii.inspector_id
           where i.phase = ? group by i.id""", [ENFORCEMENT_PHASE]).fetchall()
    assert teams and all(n >= 2 and certified == n for _, n, certified in teams)
    # every inspection has a team and at least one checklist
    assert db.execute("select count(*) from inspections where id not in "
                      "(select inspection_id from inspection_inspectors)").fetchone()[0] == 0
    assert db.execute("select count(*) from inspections where id not in "
                      "(select inspection_id from inspection_templates)").fetchone()[0] == 0


def test_hazards_from_points_snapshot_the_point_and_fail_it(demo):
    store, _ = demo
    db = store.db
    rows = db.execute(
        """select f.point_text, f.template_title, r.result from findings f
           left join check_results r on r.inspection_id = f.inspection_id and r.point_id = f.point_id
           where f.point_id is not null""").fetchall()
    assert rows
    assert all(text and title and result == RESULT_FAIL for text, title, result in rows)
    results = dict(db.execute("select result, count(*) from check_results group by result").fetchall())
    assert results["符合"] > results["不符合"] > 0 and results.get("不适用", 0) > 0


def test_ledgered_hazards_have_the_five_fields_and_drafts_show_what_is_missing(demo):
    store, _ = demo
    findings = [row_to_finding(r) for r in store.db.query("select * from findings")]
    ledgered = [f for f in findings if f.ledger_entered]
    drafts = [f for f in findings if not f.ledger_entered]
    assert ledgered and drafts
    assert all(f.missing_for_ledger() == [] for f in ledgered)
    assert all(f.five.missing() == [] for f in ledgered)  # also the on-the-spot ones
    assert all(f.missing_for_ledger() for f in drafts)
    assert all(f.status == "待整改" for f in drafts)
    for f in findings:
        assert CAMPAIGN_START <= f.found_date <= CAMPAIGN_END
        if f.five.deadline is not None:
            assert f.five.deadline >= f.found_date
            assert f.five.deadline.year == 2019 or f.five.deadline == LONG_TERM_DEADLINE
        if f.five.funds_fen is not None:
            assert f.five.funds_fen >= 0 and f.five.funds_fen % 100 == 0  # whole yuan, stored in fen


def test_some_hazards_are_overdue_today_and_some_open_ones_are_not(demo):
    store, _ = demo
    findings = [row_to_finding(r) for r in store.db.query("select * from findings")]
    today = date.today()
    assert any(is_overdue(f.five.deadline, f.status, today) for f in findings)
    if today < LONG_TERM_DEADLINE:
        assert any(f.status != "已销号" and f.five.deadline and not is_overdue(f.five.deadline, f.status, today)
                   for f in findings)


def test_photos_are_real_images_stored_once_and_shared(demo):
    store, summary = demo
    db = store.db
    photos = list(db.query("select * from photos"))
    links = db["finding_photos"].count
    assert 0 < len(photos) < links
    assert (summary.photos, summary.photo_links) == (len(photos), links)
    for p in photos:
        path = photo_path(store.attachments_dir, p["sha256"], p["extension"])
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size == p["size"]


def test_refuses_a_database_with_enterprises_unless_forced(new_store):
    store = new_store()
    assert is_empty_database(store=store)
    generate_demo(store=store, seed=5, enterprises=5, findings=20)
    assert not is_empty_database(store=store)
    with pytest.raises(UserError, match="--force"):
        generate_demo(store=store, seed=5, enterprises=5, findings=20)
    assert store.db["findings"].count == 20
    generate_demo(store=store, seed=5, enterprises=5, findings=20, force=True)  # same seed: codes must not clash
    codes = [r[0] for r in store.db.execute("select credit_code from enterprises")]
    assert len(codes) == len(set(codes)) == 10
    # one demo campaign (the 双随机 plan, when drawn, has its own: its period runs past the campaign's end)
    assert store.db.execute("select count(*) from campaigns where name = ?", [CAMPAIGN_NAME]).fetchone()[0] == 1
    assert store.db["findings"].count == 40
    assert store.db["sampling_plans"].count <= 1


@pytest.mark.parametrize("kwargs", [{"enterprises": 0}, {"findings": 0}, {"enterprises": 10**6}, {"seed": -1}])
def test_bad_sizes_are_user_errors(kwargs):
    store = Store.memory()
    with pytest.raises(UserError):
        generate_demo(store=store, **kwargs)
    assert store.db["enterprises"].count == 0


def test_cancel_from_progress_rolls_everything_back():
    store = Store.memory()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    summary = generate_demo(store=store, seed=1, enterprises=5, findings=30, progress=progress)
    assert summary.cancelled and summary.findings == 0
    assert calls and calls[0][1] > 0
    for table in ("campaigns", "enterprises", "inspectors", "inspections", "check_results", "findings"):
        assert store.db[table].count == 0, table
    assert store.db["templates"].count > 0  # the shipped forms stay loaded


def test_progress_reaches_the_total(new_store):
    calls: list[tuple[int, int]] = []
    generate_demo(store=new_store(), seed=1, enterprises=5, findings=30,
                  progress=lambda done, total: calls.append((done, total)) or True)
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_the_sample_is_a_campaign_running_today(new_store):
    store = new_store()
    generate_demo(store=store, seed=2019, enterprises=20, findings=120, today=NOW)
    db = store.db
    start, end = db.execute("select start_date, end_date from campaigns").fetchone()
    assert start <= NOW.isoformat() < end  # running now, not a 2019 campaign judged against today
    for table, column in (("inspections", "inspection_date"), ("findings", "found_date"), ("findings", "closed_on"),
                          ("reinspections", "reinspected_on"), ("status_changes", "changed_on"),
                          ("accidents", "occurred_on"), ("listings", "listed_on"), ("leads", "received_on")):
        latest = db.execute(f"select max({column}) from {table}").fetchone()[0]
        assert latest and latest <= NOW.isoformat(), (table, column, latest)  # nothing happens in the future
        assert latest >= "2026-05-01", (table, column, latest)
    rows = [row_to_finding(r) for r in db.query("select * from findings where ledger_entered_at is not null")]
    overdue = [(NOW - f.five.deadline).days for f in rows if is_overdue(f.five.deadline, f.status, NOW)]
    assert overdue and max(overdue) < 200  # weeks or months overdue, not 2,526 days
    numbers = [r[0] for r in db.execute("select document_no from listings")]
    assert numbers and all("〔2026〕" in n for n in numbers)
    assert db.execute("select count(*) from blacklist_entries where reason like '%2019年%'").fetchone()[0] == 0


def test_the_same_seed_and_today_give_the_same_sample_and_another_today_moves_it(new_store):
    first, second, later = new_store("first"), new_store("second"), new_store("later")
    for store, today in ((first, NOW), (second, NOW), (later, date(2027, 3, 1))):
        generate_demo(store=store, seed=4, enterprises=6, findings=30, today=today)
    assert content(first) == content(second)
    dates = [r[0] for r in first.db.execute("select found_date from findings order by rowid")]
    moved = [r[0] for r in later.db.execute("select found_date from findings order by rowid")]
    gaps = {(date.fromisoformat(b) - date.fromisoformat(a)).days for a, b in zip(dates, moved)}
    assert len(gaps) == 1 and gaps.pop() % 7 == 0  # the same campaign, moved by whole weeks


def test_demo_has_a_plan_with_a_draw_and_results_in_every_state(new_store):
    from datetime import date

    from safety_desk.domain.sampling import RESULTS
    from safety_desk.services import draws, sampling, sampling_tasks

    store = new_store()
    generate_demo(store=store, seed=2019, enterprises=60, findings=40)
    plans = sampling.list_plans(store=store)
    assert len(plans) == 1 and plans[0].draws == 2
    drawn = draws.list_draws(store=store)
    assert {d.status for d in drawn} == {"有效", "已被重新抽取替代"}
    current = next(d for d in drawn if not d.replaced_by)
    assert current.witnesses and current.replace_reason
    assert draws.verify_draw(store=store, draw_id=current.id).identical
    tasks = sampling_tasks.list_tasks(store=store, today=date(2019, 11, 20), include_superseded=True).rows
    states = {t.state for t in tasks}
    assert {"待检查", "逾期未录入", "已录入", "逾期录入", "已作废"} <= states
    assert {t.result for t in tasks if t.result} == set(RESULTS)
    early = {t.state for t in sampling_tasks.list_tasks(store=store, today=date(2019, 10, 10)).rows}
    assert {"待录入结果"} <= early
    assert store.db.execute("select count(*) from inspector_recusals").fetchone()[0] >= 1


def test_one_seed_draws_the_same_enterprises(tmp_path) -> None:
    """The draw lists the register by record id; ids made one after another sort in that order, so one seed makes
    one demo, 双随机 tasks included."""
    drawn = []
    for n in (1, 2):
        store = Store.open(tmp_path / str(n) / "desk.db")
        generate_demo(store=store, seed=3, findings=20)
        drawn.append(store.db.execute("select e.name, t.position, t.departments from sampling_tasks t join enterprises e "
                                      "on e.id = t.enterprise_id order by 1, 2").fetchall())
        store.close()
    assert drawn[0] and drawn[0] == drawn[1]
