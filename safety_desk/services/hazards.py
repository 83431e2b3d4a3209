"""The hazards view's queries as use cases, so that the UI talks to services only (the SQL is store/findings_query).

    ids = hazard_ids(store=s, hazard_filter=HazardFilter(street="泺口街道", overdue=True))
    rows = hazard_rows(store=s, ids=ids[:200])
"""

from __future__ import annotations

from datetime import date

from safety_desk.store import findings_query
from safety_desk.store.database import Store
from safety_desk.store.findings_query import HazardFilter

__all__ = ["HazardFilter", "count_hazards", "hazard_ids", "hazard_ids_and_drafts", "hazard_rows", "distinct_streets",
           "enterprise_choices"]


def count_hazards(*, store: Store, hazard_filter: HazardFilter) -> int:
    return findings_query.count_hazards(store.db, hazard_filter)


def hazard_ids(*, store: Store, hazard_filter: HazardFilter, order_by: str = "found_date",
               descending: bool = True) -> list[str]:
    """Every matching hazard's id in display order: cheap even at 100,000 hazards; rows are read page by page."""
    return findings_query.hazard_ids(store.db, hazard_filter, order_by=order_by, descending=descending)


def hazard_ids_and_drafts(*, store: Store, hazard_filter: HazardFilter, order_by: str = "found_date",
                          descending: bool = True) -> tuple[list[str], int]:
    """``hazard_ids`` and how many of them are not in the ledger yet, in one pass where the filter reads rows."""
    return findings_query.hazard_ids_and_drafts(store.db, hazard_filter, order_by=order_by, descending=descending)


def hazard_rows(*, store: Store, ids: list[str], today: date | None = None) -> list[dict]:
    return findings_query.hazard_rows(store.db, ids, today=today)


def distinct_streets(*, store: Store) -> list[str]:
    return findings_query.distinct_streets(store.db)


def enterprise_choices(*, store: Store, street: str | None = None) -> list[tuple[str, str]]:
    return findings_query.enterprise_choices(store.db, street)
