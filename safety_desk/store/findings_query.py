"""Querying hazards for the hazards view and the ledger export: one filter, ordered keys, pages of display rows.

The view never loads 100,000 hazards at once: it asks for the ordered ids (cheap, index-only where it can be) and then
for the display columns of the ~200 ids on screen. The filter is a plain dataclass so the CLI can build the same one
from options::

    f = HazardFilter(street="城关街道", level="重大", overdue=True, search="消防")
    n = count_hazards(store.db, f)
    ids = hazard_ids(store.db, f)                 # newest first
    rows = hazard_rows(store.db, ids[:200])       # dicts in the order of those ids
    f.describe(store.db)                          # "街道：城关街道；等级：重大；逾期；搜索：“消防”"
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlite_utils import Database

from safety_desk.domain.findings import STATUS_CLOSED, is_overdue

# Named orders (never raw SQL from a caller). Each ends in unique keys so that paging sees one stable order;
# found_date/created_at/id matches the covering index of m006, so the default order needs no sort step.
ORDERS: dict[str, tuple[str, ...]] = {
    "found_date": ("f.found_date", "f.created_at", "f.id"),
    "deadline": ("coalesce(f.deadline, '')", "f.found_date", "f.id"),
    "enterprise": ("e.name", "f.found_date", "f.id"),
    "street": ("coalesce(e.street, '')", "e.name", "f.found_date", "f.id"),
    "description": ("f.description", "f.id"),
    "level": ("f.level", "f.found_date", "f.id"),
    "rectification_mode": ("f.rectification_mode", "f.found_date", "f.id"),
    "status": ("f.status", "f.found_date", "f.id"),
}

# The join is only for ordering by enterprise or street; SQLite drops it when the order does not use it.
_FROM = "findings f left join enterprises e on e.id = f.enterprise_id"
_LIKE_ESCAPE = "\\"


@dataclass
class HazardFilter:
    """Which hazards to show or export; None / "" / False mean "no restriction".

    ``overdue`` True keeps only overdue hazards, False only those not overdue. ``today`` decides what overdue means
    (tests and reports pin it; None is the real date at query time).
    """

    campaign_id: str | None = None
    street: str | None = None
    enterprise_id: str | None = None
    level: str | None = None
    status: str | None = None
    overdue: bool | None = None
    search: str = ""
    ledger_only: bool = False
    today: date | None = None

    def effective_today(self) -> date:
        return self.today or date.today()

    def search_terms(self) -> list[str]:
        # Whitespace separates terms that must all match, as in any search box; a single term is a plain substring.
        return self.search.split()

    def is_empty(self) -> bool:
        return self == HazardFilter(today=self.today)

    def describe(self, db: Database | None = None) -> str:
        """A short Chinese line for a report's title block, e.g. "街道：城关街道；等级：重大；逾期".

        With ``db`` the campaign and enterprise are named; without it their ids are shown.
        """
        parts: list[str] = []
        if self.campaign_id:
            parts.append("专项行动：" + _name_of(db, "campaigns", self.campaign_id))
        if self.street:
            parts.append("街道：" + self.street)
        if self.enterprise_id:
            parts.append("企业：" + _name_of(db, "enterprises", self.enterprise_id))
        if self.level:
            parts.append("等级：" + self.level)
        if self.status:
            parts.append("状态：" + self.status)
        if self.overdue is not None:
            when = f"（截至 {self.today.isoformat()}）" if self.today else ""
            parts.append(("逾期" if self.overdue else "未逾期") + when)
        if self.ledger_only:
            parts.append("已入台账")
        if self.search_terms():
            parts.append("搜索：“" + " ".join(self.search_terms()) + "”")
        return "；".join(parts) if parts else "全部隐患"


def _name_of(db: Database | None, table: str, record_id: str) -> str:
    if db is not None:
        row = db.execute(f"select name from [{table}] where id = ?", [record_id]).fetchone()
        if row:
            return row[0]
    return record_id


def _like_pattern(term: str) -> str:
    """A LIKE pattern matching ``term`` literally anywhere: "100%" must not mean "100 followed by anything"."""
    for special in (_LIKE_ESCAPE, "%", "_"):  # the escape character itself first, or it would escape twice
        term = term.replace(special, _LIKE_ESCAPE + special)
    return f"%{term}%"


def where_clause(f: HazardFilter) -> tuple[str, list]:
    """SQL condition over ``findings f`` (no join needed) and its parameters; "1" when unrestricted."""
    conditions: list[str] = []
    params: list = []
    for column, value in (
        ("f.campaign_id", f.campaign_id),
        ("f.enterprise_id", f.enterprise_id),
        ("f.level", f.level),
        ("f.status", f.status),
    ):
        if value:
            conditions.append(f"{column} = ?")
            params.append(value)
    if f.street:
        # A subquery rather than the join: a few hundred enterprise ids, then the enterprise_id index.
        conditions.append("f.enterprise_id in (select id from enterprises where street = ?)")
        params.append(f.street)
    if f.overdue is not None:
        # Mirrors domain.findings.is_overdue; an empty deadline is "not set", as the services store it as null.
        overdue_sql = "(coalesce(f.deadline, '') != '' and f.deadline < ? and f.status != ?)"
        conditions.append(overdue_sql if f.overdue else f"not {overdue_sql}")
        params += [f.effective_today().isoformat(), STATUS_CLOSED]
    if f.ledger_only:
        conditions.append("f.ledger_entered_at is not null")
    for term in f.search_terms():
        pattern = _like_pattern(term)
        # LIKE is case-insensitive for ASCII; Chinese has no case. coalesce: a null column must not hide the row.
        conditions.append(
            "(coalesce(f.description, '') like ? escape '\\' or coalesce(f.location, '') like ? escape '\\'"
            " or f.enterprise_id in (select id from enterprises where name like ? escape '\\'))"
        )
        params += [pattern, pattern, pattern]
    return (" and ".join(conditions) or "1"), params


def count_hazards(db: Database, f: HazardFilter) -> int:
    where, params = where_clause(f)
    return db.execute(f"select count(*) from findings f where {where}", params).fetchone()[0]


def hazard_ids(db: Database, f: HazardFilter, order_by: str = "found_date", descending: bool = True) -> list[str]:
    """Ids of the matching hazards in display order (default: newest found first). ValueError for an unknown order."""
    return [row[0] for row in db.execute(*_ids_query(f, order_by, descending, "")).fetchall()]


def hazard_ids_and_drafts(db: Database, f: HazardFilter, order_by: str = "found_date", descending: bool = True
                          ) -> tuple[list[str], int]:
    """``hazard_ids`` and how many of them are drafts (not in the ledger), as the hazards view's count line says.

    A filter that reads hazard rows anyway (a search, the overdue test) tells drafts in the same pass: counting them
    with a second query read every row twice (a search over 200,000 hazards: 0.35 s + 0.25 s). A filter answered
    from an index alone counts them from an index: reading rows for the flag would cost more than the count."""
    where, _ = where_clause(f)
    if where in _FROM_INDEX:
        ids = hazard_ids(db, f, order_by, descending)
        return ids, (len(ids) - count_hazards(db, replace(f, ledger_only=True))) if ids else 0
    rows = db.execute(*_ids_query(f, order_by, descending, ", f.ledger_entered_at is null")).fetchall()
    return [row[0] for row in rows], sum(row[1] for row in rows)


# Filters that the indexes answer without reading hazard rows: nothing, or a campaign alone (m014).
_FROM_INDEX = ("1", "f.campaign_id = ?")


def _ids_query(f: HazardFilter, order_by: str, descending: bool, extra: str) -> tuple[str, list]:
    if order_by not in ORDERS:
        raise ValueError(f"unknown order {order_by!r}; choose one of {', '.join(ORDERS)}")
    where, params = where_clause(f)
    direction = " desc" if descending else ""
    # Unfiltered in the default order, the covering index of m006 gives the ids already sorted. Otherwise a unary
    # "+" keeps SQLite from walking an order index and fetching every row from it at random to test the filter
    # (measured 3-4x slower at 100,000 hazards than filtering by its own index or a scan, then sorting the matches).
    # A campaign alone (the whole district in one campaign, at a district office) walks m014's (campaign, display
    # order) index the same way.
    plus = "" if where in _FROM_INDEX and order_by == "found_date" else "+"
    order = ", ".join(plus + key + direction for key in ORDERS[order_by])
    return f"select f.id{extra} from {_FROM} where {where} order by {order}", params


# Display columns of the hazards view (and the start of a ledger row); keys are what hazard_rows() returns.
ROW_SQL = """
    select f.id, f.enterprise_id, coalesce(e.name, '') as enterprise_name, coalesce(e.street, '') as street,
           f.campaign_id, coalesce(c.name, '') as campaign_name, coalesce(f.description, '') as description,
           coalesce(f.location, '') as location, f.level, f.rectification_mode, f.found_date,
           coalesce(f.deadline, '') as deadline, f.status, f.ledger_entered_at is not null as ledger_entered
    from findings f
    left join enterprises e on e.id = f.enterprise_id
    left join campaigns c on c.id = f.campaign_id
"""

# SQLite's default limit on host parameters is 999 on old builds; stay under it whatever the caller passes.
_MAX_PARAMS = 900


def hazard_rows(db: Database, ids: list[str], today: date | None = None) -> list[dict]:
    """Display rows for ``ids``, in the same order; ids deleted meanwhile are left out.

    Keys: id, enterprise_id, enterprise_name, street, campaign_id, campaign_name, description, location, level,
    rectification_mode, found_date, deadline ("" when unset), status, ledger_entered, overdue (derived from ``today``).
    """
    today = today or date.today()
    by_id: dict[str, dict] = {}
    for start in range(0, len(ids), _MAX_PARAMS):
        chunk = ids[start:start + _MAX_PARAMS]
        marks = ", ".join("?" * len(chunk))
        for row in db.query(f"{ROW_SQL} where f.id in ({marks})", chunk):
            deadline = date.fromisoformat(row["deadline"]) if row["deadline"] else None
            row["ledger_entered"] = bool(row["ledger_entered"])
            row["overdue"] = is_overdue(deadline, row["status"], today)
            by_id[row["id"]] = row
    return [by_id[i] for i in ids if i in by_id]


def distinct_streets(db: Database) -> list[str]:
    """Streets that have an enterprise, sorted; the street filter offers these."""
    rows = db.execute(
        "select distinct street from enterprises where coalesce(street, '') != '' order by street"
    ).fetchall()
    return [r[0] for r in rows]


def enterprise_choices(db: Database, street: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of the enterprises, optionally of one street, for the enterprise filter."""
    where, params = ("where street = ?", [street]) if street else ("", [])
    return [tuple(r) for r in db.execute(f"select id, name from enterprises {where} order by name, id", params)]
