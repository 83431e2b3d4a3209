"""Bulk inserts for generated data: buffered rows, ``executemany`` in foreign-key order, progress and cancel.

A row per service call would take minutes for 100,000 hazards; this writes them in seconds inside the caller's
transaction. Rows are stamped like ``store.rows.insert_record`` does (UUID id, ISO-8601 UTC created/updated).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from sqlite_utils import Database

# Parents before children: foreign keys are enforced, so a child row may not reach the table before its parent.
_ORDER = (
    "enterprises", "inspectors", "inspections", "inspection_templates", "inspection_inspectors", "check_results",
    "findings", "photos", "finding_photos", "status_changes", "deadline_extensions", "listings", "reinspections",
    "enforcement_actions",
)
# Hot tables take plain tuples (without the stamps) in this column order.
_FAST_COLUMNS = {
    "check_results": ("id", "inspection_id", "point_id", "result", "note"),
    "finding_photos": ("id", "finding_id", "photo_id", "position"),
    # hundreds of thousands of history rows; one shared stamp keeps them in insertion (rowid) order
    "status_changes": ("id", "finding_id", "from_status", "to_status", "reason", "actor", "changed_on"),
    "reinspections": ("id", "finding_id", "inspector_id", "inspector_name", "reinspected_on", "result", "opinion"),
}
CHUNK = 20_000


class Cancelled(Exception):
    """The progress callback asked to stop; the surrounding transaction rolls back."""


class BulkWriter:
    def __init__(self, db: Database, progress: Callable[[int, int], bool] | None, *, total: int) -> None:
        self.db = db
        self.progress = progress
        self.total = total
        self.done = 0
        self._rows: dict[str, list[tuple]] = {}
        self._columns: dict[str, tuple[str, ...]] = {}
        self._pending = 0
        base = datetime.now(timezone.utc)
        self._stamp = base.isoformat(timespec="microseconds")
        # Distinct, increasing created_at for the records a user sees in lists: ties would leave their order to chance.
        self._base = base
        self._tick = 0

    def _next_stamp(self) -> str:
        self._tick += 1
        return (self._base + timedelta(microseconds=self._tick)).isoformat(timespec="microseconds")

    def add(self, table: str, row: dict) -> None:
        """A full row (with ``id``); created_at/updated_at are added. All rows of a table have the same keys."""
        stamp = self._stamp if table in ("inspection_templates", "inspection_inspectors") else self._next_stamp()
        columns = self._columns.setdefault(table, (*row, "created_at", "updated_at"))
        self._rows.setdefault(table, []).append((*row.values(), stamp, stamp))
        assert len(columns) == len(row) + 2
        self._pending += 1

    def add_row(self, table: str, row: dict) -> None:
        """``add`` or, for a hot table, ``add_fast`` (the row's keys in that table's column order)."""
        columns = _FAST_COLUMNS.get(table)
        if columns is None:
            self.add(table, row)
        else:
            assert tuple(row) == columns, (table, tuple(row))
            self.add_fast(table, tuple(row.values()))

    def add_fast(self, table: str, values: tuple) -> None:
        self._columns.setdefault(table, (*_FAST_COLUMNS[table], "created_at", "updated_at"))
        self._rows.setdefault(table, []).append((*values, self._stamp, self._stamp))
        self._pending += 1

    def maybe_flush(self) -> None:
        if self._pending >= CHUNK:
            self.flush()

    def flush(self, *, done: int | None = None) -> None:
        """Write everything buffered, then report progress; Cancelled if the callback returns False."""
        for table in _ORDER:
            rows = self._rows.pop(table, None)
            if rows:
                columns = self._columns[table]
                sql = (f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                       f"values ({', '.join('?' * len(columns))})")
                self.db.conn.executemany(sql, rows)
        self._pending = 0
        if done is not None:
            self.done = done
        if self.progress is not None and self.progress(min(self.done, self.total), self.total) is False:
            raise Cancelled()
