"""The lifecycle's records in the store: status changes, extensions, listings, re-inspections and the audit log.

Every function works inside the caller's transaction: a service opens one ``db.atomic()`` per use case, so a
status change, the columns it sets and their audit rows are committed together or not at all.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from safety_desk.domain.findings import STATUS_CLOSED
from safety_desk.domain.lifecycle import (
    DUE_SOON_DAYS,
    Listing,
    ListedOverdueHazard,
    LookbackHazard,
    StreetCounts,
)
from safety_desk.store import as_of
from safety_desk.store.database import now_iso
from safety_desk.store.rows import get_record, insert_record, update_record

ACTION_EDIT = "edit"  # a field typed in the hazard form (services.findings.update_finding)
FIELD_INSERT = "(insert)"  # the audit field of a whole new record; new_value holds its values as JSON
# The form saves text on every keystroke, and a log of single characters would hide the changes a reader looks for:
# the keystrokes of one edit (the form says which continue the edit before) are one change, old value → last value.
# A finished edit (focus left the field, Enter, a pause) closes it; the next edit of that field is a change of its
# own. Past this pause even a continuing edit starts a new row, so a field left focused for an hour is not one change.
EDIT_MERGE_WINDOW = timedelta(minutes=10)


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


# -- audit log ---------------------------------------------------------------------------------------------------
def audit(db: Database, *, finding_id: str, table: str, record_id: str, field: str, old, new, actor: str,
          action: str, reason: str = "") -> str:
    return insert_record(db, "audit_log", {
        "finding_id": finding_id, "table_name": table, "record_id": record_id, "field": field,
        "old_value": _text(old), "new_value": _text(new), "actor": actor, "reason": reason or None, "action": action,
    })


def audit_insert(db: Database, *, finding_id: str, table: str, record_id: str, values: dict, actor: str,
                 action: str, reason: str = "") -> str:
    """Log a new lifecycle record whole: the log alone can tell what was recorded, even if the record is lost."""
    payload = json.dumps({k: v for k, v in values.items() if v is not None}, ensure_ascii=False, sort_keys=True)
    return audit(db, finding_id=finding_id, table=table, record_id=record_id, field=FIELD_INSERT, old=None,
                 new=payload, actor=actor, action=action, reason=reason)


def _audit_edit(db: Database, *, finding_id: str, field: str, old, new, actor: str, continues_edit: bool) -> None:
    last = None if not continues_edit else db.execute(
        "select id, field, actor, action, old_value, updated_at from audit_log where finding_id = ? "
        "order by created_at desc, rowid desc limit 1", [finding_id]).fetchone()
    if last and last[1] == field and (last[2] or "") == actor and last[3] == ACTION_EDIT and (
            datetime.fromisoformat(now_iso()) - datetime.fromisoformat(last[5]) <= EDIT_MERGE_WINDOW):
        if last[4] == _text(new):  # typed and typed back: nothing changed after all
            db.execute("delete from audit_log where id = ?", [last[0]])
        else:
            update_record(db, "audit_log", last[0], {"new_value": _text(new)})
        return
    audit(db, finding_id=finding_id, table="findings", record_id=finding_id, field=field, old=old, new=new,
          actor=actor, action=ACTION_EDIT)


def change_finding(db: Database, finding_id: str, columns: dict, *, actor: str, action: str,
                   reason: str = "", continues_edit: bool = False) -> dict[str, tuple]:
    """Update a hazard's columns and log every value that really changes (field, old, new, who, why).

    Returns {column: (old, new)} of what changed. A form edit (``action == "edit"``) that ``continues_edit`` (the
    next keystroke of an edit still under way) merges into the previous entry of that field by that person.
    """
    row = get_record(db, "findings", finding_id)
    changed = {c: (row[c], v) for c, v in columns.items() if _text(row[c]) != _text(v)}
    if not changed:
        return {}
    update_record(db, "findings", finding_id, {c: new for c, (_old, new) in changed.items()})
    for column, (old, new) in changed.items():
        if action == ACTION_EDIT:
            _audit_edit(db, finding_id=finding_id, field=column, old=old, new=new, actor=actor,
                        continues_edit=continues_edit)
        else:
            audit(db, finding_id=finding_id, table="findings", record_id=finding_id, field=column, old=old, new=new,
                  actor=actor, action=action, reason=reason)
    return changed


def insert_audited(db: Database, table: str, values: dict, *, finding_id: str, actor: str, action: str,
                   reason: str = "") -> str:
    record_id = insert_record(db, table, values)
    audit_insert(db, finding_id=finding_id, table=table, record_id=record_id, values=values, actor=actor,
                 action=action, reason=reason)
    return record_id


def audit_rows(db: Database, finding_id: str) -> list[dict]:
    """Every audit row of a hazard, oldest first."""
    return list(db.query(
        "select * from audit_log where finding_id = ? order by created_at, rowid", [finding_id]))


# -- records of one hazard ---------------------------------------------------------------------------------------
def _listing(row: dict) -> Listing:
    return Listing(
        id=row["id"], finding_id=row["finding_id"], level=row["level"], supervising_unit=row["supervising_unit"] or "",
        document_no=row["document_no"] or "", listed_on=date.fromisoformat(row["listed_on"]),
        delisted_on=date.fromisoformat(row["delisted_on"]) if row["delisted_on"] else None,
    )


def open_listing(db: Database, finding_id: str) -> Listing | None:
    rows = list(db.query(
        "select * from listings where finding_id = ? and delisted_on is null order by listed_on desc, created_at desc "
        "limit 1", [finding_id]))
    return _listing(rows[0]) if rows else None


def listings_of(db: Database, finding_id: str) -> list[tuple[Listing, str, str]]:
    """(listing, recorded at, recorded by), oldest first."""
    return [(_listing(r), r["created_at"], r["actor"] or "") for r in db.query(
        f"select l.*, {_ACTOR_SQL.format(table='listings', alias='l')} from listings l where l.finding_id = ? "
        "order by l.created_at", [finding_id])]


# The person who recorded a lifecycle record is in the audit row of its insert (the tables predate the actor).
_ACTOR_SQL = ("(select a.actor from audit_log a where a.table_name = '{table}' and a.record_id = {alias}.id "
              "and a.field = '(insert)' limit 1) as actor")


def status_changes_of(db: Database, finding_id: str) -> list[dict]:
    return list(db.query(
        "select * from status_changes where finding_id = ? order by created_at, rowid", [finding_id]))


def extensions_of(db: Database, finding_id: str) -> list[dict]:
    return list(db.query(
        f"select x.*, {_ACTOR_SQL.format(table='deadline_extensions', alias='x')} from deadline_extensions x "
        "where x.finding_id = ? order by x.created_at, x.rowid", [finding_id]))


def reinspections_of(db: Database, finding_id: str) -> list[dict]:
    return list(db.query(
        f"select r.*, {_ACTOR_SQL.format(table='reinspections', alias='r')}, "
        "(select count(*) from reinspection_photos p where p.reinspection_id = r.id) as photo_count "
        "from reinspections r where r.finding_id = ? order by r.created_at, r.rowid", [finding_id]))


def reinspection_photos(db: Database, reinspection_id: str) -> list[dict]:
    return list(db.query(
        "select p.id, p.sha256, p.extension, p.original_name from reinspection_photos rp "
        "join photos p on p.id = rp.photo_id where rp.reinspection_id = ? order by rp.position", [reinspection_id]))


def stored_photo_id(db: Database, digest: str, ext: str, size: int, name: str) -> str:
    """The photo with this content, stored once whatever refers to it."""
    row = db.execute("select id from photos where sha256 = ?", [digest]).fetchone()
    if row:
        return row[0]
    return insert_record(db, "photos", {"sha256": digest, "extension": ext, "size": size, "original_name": name})


# -- across hazards ----------------------------------------------------------------------------------------------
_OPEN = f"f.ledger_entered_at is not null and f.status != '{STATUS_CLOSED}'"
_HAS_DEADLINE = "coalesce(f.deadline, '') != ''"
# Counts over every hazard read the entries of idx_findings_campaign, which holds every column they need (m014), not
# the hazard rows (200,000 rows of 1 KB at district scale). Without statistics SQLite would pick an index it must
# leave for each row (deadline's, or (enterprise_id, closed_on) to skip the grouping's sort).
_COVERED = "findings f indexed by idx_findings_campaign"


def dashboard_figures(db: Database, today: date) -> tuple[int, int, int, int]:
    """(due within the week, overdue, listed and open, listed and overdue) over ledgered hazards."""
    t, soon = today.isoformat(), (today + timedelta(days=DUE_SOON_DAYS)).isoformat()
    due, overdue = db.execute(
        f"select coalesce(sum(f.deadline >= ? and f.deadline < ?), 0), coalesce(sum(f.deadline < ?), 0) "
        f"from {_COVERED} where {_OPEN} and {_HAS_DEADLINE}",
        [t, soon, t]).fetchone()
    # From the open listings (thousands), not from every open hazard asking for its listings.
    listed, listed_overdue = db.execute(
        f"select count(*), coalesce(sum({_HAS_DEADLINE} and f.deadline < ?), 0) "
        f"from (select distinct l.finding_id from listings l where l.delisted_on is null) c "
        f"cross join findings f on f.id = c.finding_id where {_OPEN}", [t]).fetchone()
    return due, overdue, listed, listed_overdue


def counts_by_street(db: Database, today: date) -> list[StreetCounts]:
    """Every street with an enterprise (zeros included: a street with nothing open is news too), by name.

    Counted per enterprise from idx_findings_campaign's entries and summed per street here: a join with
    ``enterprises`` per hazard read every open hazard's row. Hazards of an enterprise not in the table count nowhere, as in that join."""
    counts = {eid: (n, o) for eid, n, o in db.execute(
        f"select f.enterprise_id, count(*), coalesce(sum({_HAS_DEADLINE} and f.deadline < ?), 0) "
        f"from {_COVERED} where {_OPEN} group by f.enterprise_id",
        [today.isoformat()])}
    streets: dict[str, list[int]] = {}
    for eid, street in db.execute("select id, coalesce(street, '') from enterprises"):
        n, o = counts.get(eid, (0, 0))
        total = streets.setdefault(street, [0, 0])
        total[0] += n
        total[1] += o
    return [StreetCounts(s, n, o) for s, (n, o) in sorted(streets.items()) if s or n]


def lookback(db: Database, enterprise_id: str, today: date, closed_since: date,
             exclude_inspection_id: str | None) -> list[LookbackHazard]:
    """Ledgered hazards of an enterprise found by ``today``: open ones first (by deadline), then recent write-offs."""
    rows = db.query(
        f"""select f.*, exists (select 1 from listings l where l.finding_id = f.id and l.delisted_on is null) as listed
            from findings f
            where f.enterprise_id = ? and f.ledger_entered_at is not null and f.found_date <= ?
              and (f.status != ? or f.closed_on >= ?) and (? is null or coalesce(f.inspection_id, '') != ?)
            order by f.status = ?, coalesce(f.deadline, '9999'), f.found_date, f.id""",
        [enterprise_id, today.isoformat(), STATUS_CLOSED, closed_since.isoformat(), exclude_inspection_id,
         exclude_inspection_id, STATUS_CLOSED])
    out = []
    for r in rows:
        deadline = date.fromisoformat(r["deadline"]) if r["deadline"] else None
        out.append(LookbackHazard(
            id=r["id"], description=r["description"] or "", level=r["level"], status=r["status"],
            found_date=date.fromisoformat(r["found_date"]), deadline=deadline,
            closed_on=date.fromisoformat(r["closed_on"]) if r["closed_on"] else None,
            overdue=deadline is not None and deadline < today and r["status"] != STATUS_CLOSED,
            listed=bool(r["listed"])))
    return out


def listed_overdue(db: Database, today: date, campaign_id: str | None = None) -> list[ListedOverdueHazard]:
    """Listed and past the deadline on ``today``, as things stood that day (a past day for a period report):
    listed by then and not yet delisted, not yet written off, the deadline then in force. ``campaign_id``: only
    that campaign's hazards. Driven from the listings in force (``as_of.listed_ids``), not from every hazard."""
    rows = db.query(
        f"""select * from (
              select f.id as fid, f.enterprise_id, coalesce(e.name, '') as enterprise_name,
                     coalesce(e.street, '') as street, coalesce(f.description, '') as description,
                     {as_of.status_on('f', ':day')} as status, {as_of.deadline_on('f', ':day')} as deadline, l.*
              from {as_of.listed_ids(':day')} c cross join findings f on f.id = c.finding_id
              join listings l on l.id = {as_of.listing_on('f', ':day')}
              left join enterprises e on e.id = f.enterprise_id
              where f.ledger_entered_at is not null and not {as_of.closed_on('f', ':day')}
                and (:campaign is null or f.campaign_id = :campaign))
            where coalesce(deadline, '') != '' and deadline < :day
            order by deadline, enterprise_name, fid""", {"day": today.isoformat(), "campaign": campaign_id})
    out = []
    for r in rows:
        deadline = date.fromisoformat(r["deadline"])
        out.append(ListedOverdueHazard(
            finding_id=r["fid"], enterprise_id=r["enterprise_id"], enterprise_name=r["enterprise_name"],
            street=r["street"], description=r["description"], status=r["status"], deadline=deadline,
            days_overdue=(today - deadline).days, listing=_listing(r)))
    return out
