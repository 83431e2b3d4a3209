"""The queries of the committee summary, the dashboard, ``stats`` and the veto register of listed hazards as they were
before issue 15's district scale (driven from every hazard, one query per listed hazard's campaign, a join with
``enterprises`` per hazard). Kept as the oracle of tests/services/test_district_reports.py, which checks that the
faster queries give the same figures in the same order; not used by the app."""

from __future__ import annotations

from datetime import date, timedelta

from safety_desk.domain.findings import LEVEL_MAJOR, STATUS_CLOSED
from safety_desk.domain.lifecycle import DUE_SOON_DAYS, StreetCounts
from safety_desk.services.monthly import LEDGERED
from safety_desk.store import as_of

_OPEN = f"f.ledger_entered_at is not null and f.status != '{STATUS_CLOSED}'"
_HAS_DEADLINE = "coalesce(f.deadline, '') != ''"


def reference_listed_overdue(db, today: date, campaign_id: str | None = None) -> list[tuple]:
    """(finding id, enterprise name, street, status, deadline, listing id) in the report's order; the summary asked
    each hazard's campaign with a query of its own."""
    rows = db.execute(
        f"""select * from (
              select f.id as fid, f.enterprise_id, coalesce(e.name, '') as enterprise_name,
                     coalesce(e.street, '') as street, coalesce(f.description, '') as description,
                     {as_of.status_on('f', ':day')} as status, {as_of.deadline_on('f', ':day')} as deadline, l.id
              from findings f join listings l on l.id = {as_of.listing_on('f', ':day')}
              left join enterprises e on e.id = f.enterprise_id
              where f.ledger_entered_at is not null and not {as_of.closed_on('f', ':day')})
            where coalesce(deadline, '') != '' and deadline < :day
            order by deadline, enterprise_name, fid""", {"day": today.isoformat()}).fetchall()
    out = [(r[0], r[2], r[3], r[5], r[6], r[7]) for r in rows]
    if campaign_id is None:
        return out
    return [r for r in out
            if db.execute("select campaign_id from findings where id = ?", [r[0]]).fetchone()[0] == campaign_id]


def reference_summary_parts(db, campaign_id: str, start: date, end: date) -> tuple[list, list, int]:
    """(by street: (street, general, major), by sector: (sector, hazards, rectified), listed and open on ``end``)."""
    p = {"campaign": campaign_id, "start": start.isoformat(), "end": end.isoformat(), "major": LEVEL_MAJOR,
         "closed": STATUS_CLOSED}
    found = f"h.campaign_id = :campaign and h.found_date between :start and :end and {LEDGERED}"
    by_street = [(street or "（未填街道）", general or 0, major or 0) for street, general, major in db.execute(
        "select nullif(coalesce(e.street, ''), ''), sum(h.level != :major), sum(h.level = :major) "
        f"from findings h left join enterprises e on e.id = h.enterprise_id where {found} "
        "group by 1 order by count(*) desc, 1", p)]
    by_sector = [(sector or "（未填行业）", n, done or 0) for sector, n, done in db.execute(
        "select nullif(coalesce(e.sector, ''), ''), count(*), sum(h.status = :closed and h.closed_on <= :end) "
        f"from findings h left join enterprises e on e.id = h.enterprise_id where {found} "
        "group by 1 order by 1", p)]
    listed_open = db.execute(
        f"select count(*) from findings h where h.campaign_id = :campaign and {LEDGERED} "
        f"and {as_of.listing_on('h', ':end')} is not null and not {as_of.closed_on('h', ':end')}",
        p).fetchone()[0]
    return by_street, by_sector, listed_open


def reference_dashboard(db, today: date) -> tuple[tuple[int, int, int, int], list[StreetCounts]]:
    t, soon = today.isoformat(), (today + timedelta(days=DUE_SOON_DAYS)).isoformat()
    due, overdue = db.execute(
        f"select coalesce(sum(f.deadline >= ? and f.deadline < ?), 0), coalesce(sum(f.deadline < ?), 0) "
        f"from findings f where {_OPEN} and {_HAS_DEADLINE}", [t, soon, t]).fetchone()
    listed, listed_overdue = db.execute(
        f"select count(*), coalesce(sum({_HAS_DEADLINE} and f.deadline < ?), 0) from findings f "
        f"where {_OPEN} and exists (select 1 from listings l where l.finding_id = f.id and l.delisted_on is null)",
        [t]).fetchone()
    rows = db.execute(
        f"select coalesce(e.street, '') as street, count(f.id), "
        f"coalesce(sum({_HAS_DEADLINE} and f.deadline < ?), 0) "
        f"from enterprises e left join findings f on f.enterprise_id = e.id and {_OPEN} "
        "group by coalesce(e.street, '') order by street", [t]).fetchall()
    return (due, overdue, listed, listed_overdue), [StreetCounts(s, n, o) for s, n, o in rows if s or n]


def reference_stats_overdue(db, today: date) -> int:
    return db.execute("select count(*) from findings where deadline is not null and deadline != '' "
                      "and deadline < ? and status != ?", [today.isoformat(), STATUS_CLOSED]).fetchone()[0]


def reference_veto_listed(db, today: date) -> list[tuple]:
    """(finding id, deadline, status, listing level, listed on) of the listed hazards the veto rules judge. The query
    as it was, columns included: its order of hazards listed the same day is the order its plan read them in (the
    table's, since the description is in no index)."""
    return [(r[0], r[3], r[4], r[5], r[8]) for r in db.execute(
        f"select f.id, f.enterprise_id, f.description, {as_of.deadline_on('f', ':day')}, "
        f"{as_of.status_on('f', ':day')}, l.level, l.supervising_unit, l.document_no, l.listed_on "
        f"from findings f join listings l on l.id = {as_of.listing_on('f', ':day')} order by l.listed_on",
        {"day": today.isoformat()})]


def reference_weeks(db, campaign_id: str, start: date, end: date) -> list[tuple[date, int, int]]:
    """(week end, open majors, overdue majors) as of each week's end, the extensions joined to their hazards."""
    from safety_desk.domain.summary import week_ends

    p = {"campaign": campaign_id, "start": start.isoformat(), "end": end.isoformat(), "major": LEVEL_MAJOR,
         "closed": STATUS_CLOSED}
    found = f"h.campaign_id = :campaign and h.found_date between :start and :end and {LEDGERED}"
    majors = db.execute(
        f"select h.id, h.found_date, case when h.status = :closed then h.closed_on end, h.deadline from findings h "
        f"where {found} and h.level = :major", p).fetchall()
    extensions: dict[str, list[tuple[str, str]]] = {}
    for fid, extended_on, old in db.execute(
            f"select x.finding_id, x.extended_on, x.old_deadline from deadline_extensions x join findings h "
            f"on h.id = x.finding_id where {found} and h.level = :major and coalesce(x.old_deadline, '') != '' "
            "order by x.extended_on, x.created_at", p):
        extensions.setdefault(fid, []).append((extended_on, old))

    def deadline_on(day: str, deadline, granted) -> str | None:
        for extended_on, old in granted:
            if extended_on > day:
                return old
        return deadline

    out = []
    for week_end in week_ends(start, end):
        d = week_end.isoformat()
        open_ = [deadline_on(d, deadline, extensions.get(fid, ()))
                 for fid, found_on, closed, deadline in majors if found_on <= d and (not closed or closed > d)]
        out.append((week_end, len(open_), sum(1 for deadline in open_ if deadline and deadline < d)))
    return out
