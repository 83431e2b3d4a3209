"""Read and save this computer's issuing unit (发文单位). Documents and reports print ``current_unit().name``."""

from __future__ import annotations

import json

from safety_desk.domain.issuing_unit import IssuingUnit
from safety_desk.store import Store

UNIT_KEY = "issuing_unit"


def current_unit(*, store: Store) -> IssuingUnit:
    """The saved unit, or an empty (unconfigured) one: callers print a blank line for the name then."""
    row = store.db.execute("select value from local_state where key = ?", [UNIT_KEY]).fetchone()
    if not row or not row[0]:
        return IssuingUnit()
    try:
        return IssuingUnit.from_dict(json.loads(row[0]))
    except (ValueError, TypeError):
        return IssuingUnit()  # a damaged setting is shown as unset, never a crash; saving again repairs it


def set_unit(*, store: Store, unit: IssuingUnit) -> IssuingUnit:
    unit.validate()
    with store.db.atomic():
        store.db["local_state"].upsert(
            {"key": UNIT_KEY, "value": json.dumps(unit.to_dict(), ensure_ascii=False)}, pk="key")
    return unit
