"""The committee summary, the dashboard, ``stats`` and the veto's listed hazards read a district's 200,000 hazards
from indexes and from the listings in force (issue 15); their figures must be those of the queries they replaced
(tests/services/district_reports_reference.py), day by day over demo campaigns whose histories matter: listings made
later and lifted later, deadlines extended later, write-offs after the day, drafts, plus enterprises without a street
or a sector, streets with as many hazards as each other, hazards listed on the same day and a second campaign."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safety_desk.demo.generate import DEMO_TODAY, generate_demo
from safety_desk.services.lifecycle_views import dashboard_counts, listed_overdue_hazards
from safety_desk.services.stats import collect_stats
from safety_desk.services.summary import committee_summary
from safety_desk.services.veto import gather_records, resolve_campaign
from safety_desk.store import Store
from tests.services.district_reports_reference import (
    reference_dashboard,
    reference_listed_overdue,
    reference_stats_overdue,
    reference_summary_parts,
    reference_veto_listed,
    reference_weeks,
)


@pytest.fixture(params=[2019, 7])
def district(store: Store, request) -> Store:
    generate_demo(store=store, seed=request.param, enterprises=30, findings=200, today=DEMO_TODAY)
    db = store.db
    with db.atomic():
        ids = [r[0] for r in db.execute("select id from enterprises order by name")]
        db.execute("update enterprises set street = null, sector = '' where id = ?", [ids[1]])
        db.execute("update enterprises set street = '', sector = null where id = ?", [ids[2]])
        # a second campaign: the summary must leave its hazards out, the dashboard and the veto count them
        db.execute("insert into campaigns (id, created_at, updated_at, name, start_date, end_date, phases) "
                   "select 'other-campaign', created_at, updated_at, '另一专项行动', start_date, end_date, phases "
                   "from campaigns limit 1")
        db.execute("update findings set campaign_id = 'other-campaign' where rowid % 7 = 0")
        # the first listings all on one day: ties the reports must keep in the order they had
        db.execute("update listings set listed_on = (select min(listed_on) from listings) where rowid in "
                   "(select rowid from listings order by listed_on limit 4)")
        # drafts: hazards not entered in the ledger, some of them listed
        db.execute("update findings set ledger_entered_at = null where rowid % 11 = 0 "
                   "or id = (select finding_id from listings order by listed_on desc limit 1)")
    # Ids made in order are in rowid order too; in an office's database (packages from many laptops) they are not:
    # move the first of the tied hazards by id to the end of the table.
    first = db.execute("select min(finding_id) from listings where listed_on = (select min(listed_on) from listings)"
                       ).fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")
    with db.atomic():
        db.execute("create temp table moved as select * from findings where id = ?", [first])
        db.execute("delete from findings where id = ?", [first])
        db.execute("insert into findings select * from moved")
    db.execute("PRAGMA foreign_keys = ON")
    return store


def days(store: Store) -> list[date]:
    _, _, start, end = resolve_campaign(store=store, campaign="other-campaign")
    return [start - timedelta(days=3) + timedelta(days=9 * n) for n in range((end - start).days // 9 + 8)]


def test_the_demo_has_the_histories_that_matter(district: Store):
    db = district.db
    assert db.execute("select count(*) from listings where delisted_on > listed_on").fetchone()[0] >= 1
    assert db.execute("select count(*) from deadline_extensions").fetchone()[0] >= 1
    assert db.execute("select count(*) from findings f join listings l on l.finding_id = f.id "
                      "where f.ledger_entered_at is null").fetchone()[0] >= 1
    assert db.execute("select count(*) from findings where status = '已销号' and closed_on > found_date"
                      ).fetchone()[0] > 5
    day = date(2019, 11, 30)
    assert reference_listed_overdue(db, day, "other-campaign") and len(reference_listed_overdue(db, day)) > len(
        reference_listed_overdue(db, day, "other-campaign"))


def test_listed_overdue_equals_the_query_over_every_hazard(district: Store):
    db = district.db
    cid = resolve_campaign(store=district, campaign=None)[0]
    seen = 0
    for day in days(district):
        for campaign in (None, cid, "other-campaign"):
            got = [(h.finding_id, h.enterprise_name, h.street, h.status, h.deadline.isoformat(), h.listing.id)
                   for h in listed_overdue_hazards(store=district, today=day, campaign_id=campaign)]
            assert got == reference_listed_overdue(db, day, campaign), (day, campaign)
            seen += len(got)
    assert seen > 20


def test_committee_summary_parts_equal_the_old_queries(district: Store):
    db = district.db
    for campaign in (None, "other-campaign"):
        cid, _, start, _ = resolve_campaign(store=district, campaign=campaign)
        for day in days(district):
            s = committee_summary(store=district, campaign=campaign, today=day, issuing_unit="区安委办")
            by_street, by_sector, listed_open = reference_summary_parts(db, cid, start, s.as_of)
            assert [(r.street, r.general, r.major) for r in s.by_street] == by_street, day
            assert [(r.sector, r.hazards, r.rectified) for r in s.by_sector] == by_sector, day
            assert s.majors_listed_open == listed_open, day
            assert [(w.week_end, w.open_majors, w.overdue_majors) for w in s.weeks] == reference_weeks(
                db, cid, start, s.as_of), day
            assert [h.finding_id for h in s.overdue_listed] == [
                r[0] for r in reference_listed_overdue(db, s.as_of, cid)], day
    names = [r.street for r in s.by_street]
    assert "（未填街道）" in names and "（未填行业）" in [r.sector for r in s.by_sector]


def test_committee_summary_asks_no_query_per_hazard(district: Store):
    """The summary's statements do not grow with the number of listed overdue hazards (one query each before)."""
    statements: list[str] = []
    district.db.conn.set_trace_callback(statements.append)
    try:
        counts = {}
        for day in (date(2019, 8, 10), date(2019, 12, 31)):
            statements.clear()
            counts[len(committee_summary(store=district, today=day).overdue_listed)] = len(statements)
    finally:
        district.db.conn.set_trace_callback(None)
    assert len(counts) == 2 and len(set(counts.values())) == 1, counts


def test_dashboard_and_stats_equal_the_old_queries(district: Store):
    db = district.db
    for day in days(district):
        c = dashboard_counts(store=district, today=day)
        figures, streets = reference_dashboard(db, day)
        assert (c.due_this_week, c.overdue, c.listed_open_majors, c.listed_overdue) == figures, day
        assert c.by_street == streets, day
        assert collect_stats(store=district, today=day)["overdue"] == reference_stats_overdue(db, day), day
    assert figures[1] > 0 and figures[3] > 0 and any(not s.street for s in streets)


def test_veto_listed_hazards_equal_the_old_query_in_its_order(district: Store):
    db = district.db
    for day in days(district):
        got = [(h.finding_id, h.deadline.isoformat() if h.deadline else None, h.status, h.listing_level,
                h.listed_on.isoformat()) for h in gather_records(store=district, today=day).listed_hazards]
        assert got == [tuple(r) for r in reference_veto_listed(db, day)], day
