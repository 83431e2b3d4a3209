"""Record ids: time-ordered UUIDs (version 7), and the short id lists print (the random end)."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from safety_desk.store import Store
from safety_desk.domain.ids import short_id
from safety_desk.store.database import new_id
from safety_desk.store.rows import ids_matching


def test_new_ids_are_uuid7_and_later_ids_sort_later() -> None:
    first = new_id()
    time.sleep(0.002)
    later = [new_id() for _ in range(50)]
    parsed = uuid.UUID(first)
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == first
    assert all(first < other for other in later)
    assert len(set(later)) == 50  # the same millisecond: the random part tells them apart
    stamp_ms = int(first.replace("-", "")[:12], 16)
    assert abs(stamp_ms / 1000 - time.time()) < 60


def test_ids_made_one_after_another_sort_in_that_order() -> None:
    ids = [new_id() for _ in range(20_000)]  # many within one millisecond
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 7 for i in ids[::997])
    # the random part goes up by a random step, not by one: ids made together are not one typo apart (32 random
    # bits: two of 20,000 short ids may coincide now and then, as the starts of random UUIDs did)
    ends = [int(short_id(i), 16) for i in ids]
    assert all(abs(b - a) > 1 for a, b in zip(ends, ends[1:]))


def test_the_short_id_is_the_random_end() -> None:
    ids = [new_id() for _ in range(200)]  # made within a few milliseconds: their starts coincide
    assert len({i[:8] for i in ids}) < 5
    assert len({short_id(i) for i in ids}) == 200
    assert all(short_id(i) == i[-8:] for i in ids)


def test_ids_matching_takes_a_start_an_end_or_the_whole(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "desk.db")
    db = store.db
    db["leads_probe"].create({"id": str}, pk="id")
    a, b = "01a22ec2-2fdc-748c-90ae-87fb2d8013a9", "01a22ec2-2fdc-77fa-8f70-90dddf96d034"
    db["leads_probe"].insert_all([{"id": a}, {"id": b}])
    assert ids_matching(db, "leads_probe", a) == [a]
    assert ids_matching(db, "leads_probe", short_id(a)) == [a]
    assert ids_matching(db, "leads_probe", " " + short_id(b).upper() + " ") == [b]
    assert sorted(ids_matching(db, "leads_probe", "01a22ec2")) == sorted([a, b])  # a shared start: not unique
    assert ids_matching(db, "leads_probe", "01a22ec2-2fdc-77") == [b]
    assert ids_matching(db, "leads_probe", "013a9") == []  # shorter than the minimum
    assert ids_matching(db, "leads_probe", "ffffffff") == []
    store.close()
