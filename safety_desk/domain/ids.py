"""How a record's id is shown to people.

Record ids are time-ordered UUIDs (``store.database.new_id``): they begin with their creation time, so records made
in the same minute share their first 8 characters. Lists, messages and papers show the END of an id instead, which
is random (as is any part of an older random id); ``store.rows.ids_matching`` finds a record by it.
"""

from __future__ import annotations

SHORT_ID_LEN = 8


def short_id(record_id: str) -> str:
    """The 8 characters people see for a record: the end of its id."""
    return record_id[-SHORT_ID_LEN:]
