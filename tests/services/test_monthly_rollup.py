"""The district roll-up reads every unit's figures at once (issue 15: a district office's database must stay fast);
its numbers must be those of the plain per-unit queries it replaced (tests/services/monthly_reference.py), month by
month over a demo campaign whose histories matter: hazards written off after the month they were found in, listings
lifted later, deadlines extended later, plus the odd rows of real registers (a department named like a street, an
enterprise without a street, an accident or a lead counted under its own street, a second campaign)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from safety_desk.demo.generate import DEMO_TODAY, generate_demo
from safety_desk.domain.monthly import previous_month, report_period
from safety_desk.services.monthly import district_rollup, monthly_report, units
from safety_desk.services.veto import resolve_campaign
from safety_desk.store import Store
from tests.services.monthly_reference import reference_figures

MONTHS = ("2019-07", "2019-08", "2019-09", "2019-10", "2019-11")


@pytest.fixture
def district(store: Store) -> Store:
    generate_demo(store=store, seed=2019, enterprises=30, findings=150, today=DEMO_TODAY)
    db = store.db
    with db.atomic():
        ids = [r[0] for r in db.execute("select id from enterprises order by name")]
        streets = [r[0] for r in db.execute("select distinct street from enterprises order by street")]
        # a department named like a street (the roll-up reports it as that street, as monthly_report does)
        db.execute("update enterprises set lead_department = ? where id = ?", [streets[0], ids[0]])
        db.execute("update enterprises set street = null where id = ?", [ids[1]])  # no street: district only
        db.execute("update enterprises set lead_department = '' where id = ?", [ids[2]])
        db.execute("update accidents set enterprise_id = null, street = '新设街道' where rowid = "
                   "(select min(rowid) from accidents)")  # a street only the registers of accidents know
        db.execute("update illegal_operations set street = '新设街道', responsible_department = '区城管局' "
                   "where rowid = (select min(rowid) from illegal_operations)")
        db.execute("update leads set street = ?, department = '区城管局' where rowid = (select min(rowid) from leads "
                   "where enterprise_id is not null)", [streets[-1]])
        # a second campaign: its hazards and inspections must not count in the first one's figures
        db.execute("insert into campaigns (id, created_at, updated_at, name, start_date, end_date, phases) "
                   "select 'other-campaign', created_at, updated_at, '另一专项行动', start_date, end_date, phases "
                   "from campaigns limit 1")
        db.execute("update findings set campaign_id = 'other-campaign' where rowid % 7 = 0")
        db.execute("update inspections set campaign_id = 'other-campaign' where rowid % 9 = 0")
    return store


def test_the_demo_has_the_histories_that_matter(district: Store):
    db = district.db
    assert db.execute("select count(*) from findings where status = '已销号' "
                      "and substr(closed_on, 1, 7) > substr(found_date, 1, 7)").fetchone()[0] > 5
    assert db.execute("select count(*) from listings where delisted_on > listed_on").fetchone()[0] >= 1
    assert db.execute("select count(*) from deadline_extensions").fetchone()[0] >= 1


@pytest.mark.parametrize("cutoff", [0, 20])
def test_rollup_equals_the_per_unit_queries(district: Store, cutoff: int):
    cid, _, campaign_start, _ = resolve_campaign(store=district, campaign=None)
    streets, depts = units(store=district)
    assert "新设街道" in streets and "区城管局" in depts and streets[0] in depts
    for month in MONTHS:
        year, mon = (int(x) for x in month.split("-"))
        start, end = report_period(year, mon, cutoff_day=cutoff or None)
        pstart, pend = report_period(*previous_month(year, mon), cutoff_day=cutoff or None)
        reports = district_rollup(store=district, month=month, cutoff_day=cutoff)
        assert [r.unit for r in reports] == [*streets, *depts, ""]
        for r in reports:
            expected = [reference_figures(store=district, kind=r.unit_kind, unit=r.unit, start=a, end=b,
                                          campaign_id=cid)
                        for a, b in ((start, end), (pstart, pend), (campaign_start, end))]
            assert [r.current, r.previous, r.cumulative] == expected, (month, r.unit)
        # one unit alone reads the same figures as the roll-up gives it
        for r in (reports[0], reports[len(streets)], reports[-1]):
            alone = monthly_report(store=district, month=month, unit=r.unit or None, cutoff_day=cutoff)
            assert dataclasses.astuple(alone) == dataclasses.astuple(r), (month, r.unit)
    last = reports[-1].cumulative  # the comparisons above compared figures, not zeros
    assert last.hazards and last.rectified and last.majors_listed and last.leads_received and last.accidents


def test_written_off_after_the_month_counts_as_open_at_its_end(district: Store):
    db = district.db
    fid, found, closed = db.execute(
        "select h.id, h.found_date, h.closed_on from findings h join enterprises e on e.id = h.enterprise_id "
        "where h.status = '已销号' and h.ledger_entered_at is not null and h.campaign_id != 'other-campaign' "
        "and substr(h.closed_on, 1, 7) > substr(h.found_date, 1, 7) and e.street is not null "
        "order by h.found_date limit 1").fetchone()
    month = found[:7]
    before = {r.unit: r.current for r in district_rollup(store=district, month=month, cutoff_day=0)}
    db.execute("update findings set closed_on = ? where id = ?", [f"{month}-01", fid])  # as if written off in time
    after = {r.unit: r.current for r in district_rollup(store=district, month=month, cutoff_day=0)}
    assert after[""].rectified == before[""].rectified + 1, (found, closed)
    assert after[""].hazards == before[""].hazards
