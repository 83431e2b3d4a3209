"""A hazard's state as it stood on a past day, in SQL over ``findings f``: what period reports need.

A period report says what was true on the period's last day. The findings table holds today's state; the history
tables hold how it got there: ``status_changes`` (from → to, on a day), ``deadline_extensions`` (old → new, on a
day), ``listings`` (listed on, delisted on). The state on day d is the one before the first change after d.

    db.execute(f"select {status_on('f', ':d')}, {deadline_on('f', ':d')} from findings f", {"d": "2019-08-31"})
"""

from __future__ import annotations

from safety_desk.domain.findings import STATUS_CLOSED, STATUS_IN_PROGRESS


def status_on(alias: str, day: str) -> str:
    """The status on ``day`` (an SQL parameter): from the status history, or — for a hazard written off without a
    recorded change (imported data) — open until its write-off date."""
    return (f"coalesce((select s.from_status from status_changes s where s.finding_id = {alias}.id "
            f"and s.changed_on > {day} and coalesce(s.from_status, '') != '' "
            f"order by s.changed_on, s.created_at limit 1), "
            f"case when {alias}.status = '{STATUS_CLOSED}' and coalesce({alias}.closed_on, '') > {day} "
            f"then '{STATUS_IN_PROGRESS}' else {alias}.status end)")


def closed_on(alias: str, day: str) -> str:
    """True when the hazard was written off on or before ``day``."""
    return f"({alias}.status = '{STATUS_CLOSED}' and coalesce({alias}.closed_on, '') <= {day})"


def deadline_on(alias: str, day: str) -> str:
    """The deadline in force on ``day``: an extension granted after it had not moved it yet."""
    return (f"coalesce((select x.old_deadline from deadline_extensions x where x.finding_id = {alias}.id "
            f"and x.extended_on > {day} and coalesce(x.old_deadline, '') != '' "
            f"order by x.extended_on, x.created_at limit 1), {alias}.deadline)")


def listing_on(alias: str, day: str) -> str:
    """The id of the listing (挂牌督办) in force on ``day``, or null."""
    return (f"(select l2.id from listings l2 where l2.finding_id = {alias}.id and l2.listed_on <= {day} "
            f"and (l2.delisted_on is null or l2.delisted_on > {day}) "
            f"order by l2.listed_on desc, l2.created_at desc limit 1)")


def listed_ids(day: str) -> str:
    """The ids of the hazards with a listing in force on ``day``: a subquery to drive a query from (``from
    {listed_ids(':d')} c cross join findings f on f.id = c.finding_id``) when only listed hazards matter. A district
    lists thousands of its 200,000 hazards: asking ``listing_on`` of every hazard reads them all (0.8 s)."""
    return (f"(select distinct l3.finding_id from listings l3 where l3.listed_on <= {day} "
            f"and (l3.delisted_on is null or l3.delisted_on > {day}))")
