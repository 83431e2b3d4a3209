"""The validator registry: one record kind per synced table, covering every column, accepting what the program itself
stores and refusing what it never would."""

from __future__ import annotations

import pytest

from safety_desk.demo.generate import generate_demo
from safety_desk.domain.record_kinds import KINDS
from safety_desk.domain.records import RecordKind, choice, day, integer, json_list, ref, stamp, text
from safety_desk.store import Store, sync_repo


def test_every_synced_table_has_a_validator_for_exactly_its_columns() -> None:
    db = Store.memory().db
    for table in sync_repo.synced_tables(db):
        assert table in KINDS, f"synced table {table} has no validator: register one in domain/record_kinds.py"
        assert set(KINDS[table].all_columns) == set(db[table].columns_dict), table
        for target in KINDS[table].references().values():
            assert target in KINDS


def test_the_programs_own_records_are_valid() -> None:
    store = Store.memory()
    generate_demo(store=store, seed=8, enterprises=6, findings=120)
    checked = 0
    for table in sync_repo.synced_tables(store.db):
        for row in store.db.query(f"select * from [{table}]"):
            assert KINDS[table].problems(row) == {}, (table, row)
            checked += 1
    assert checked > 1000


KIND = RecordKind("demo", "示例", {
    "name": text(nonblank=True, max_len=10), "n": integer(lo=0, hi=100), "day": day(), "at": stamp(),
    "level": choice(("一般", "重大")), "tags": json_list(("a", "b")), "parent": ref("demo"),
})
GOOD = {"id": "r1", "created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00",
        "name": "名称", "n": 5, "day": "2024-02-29", "at": None, "level": "一般", "tags": '["a"]', "parent": None}


@pytest.mark.parametrize("field, value, words", [
    ("name", "", "不能为空"), ("name", "   ", "不能为空"), ("name", "x" * 11, "过长"), ("name", 5, "应为文字"),
    ("name", {"a": 1}, "应为文字"), ("n", 2**64, "之间"), ("n", -1, "之间"), ("n", "5", "应为整数"),
    ("n", True, "应为整数"), ("n", 1.0, "应为整数"), ("day", "2019-02-30", "有效日期"), ("day", "2019-2-3", "有效日期"),
    ("day", 20190203, "应为文字"), ("at", "yesterday", "有效时间"), ("level", "特大", "应为"), ("level", ["一般"], "应为文字"),
    ("tags", '["c"]', "未知"), ("tags", "[1]", "列表"), ("tags", "{", "列表"), ("parent", "../x", "记录编号"),
    ("id", "", "记录编号"), ("id", None, "不能为空"), ("created_at", None, "不能为空"), ("extra", 1, "校验规则"),
])
def test_column_checks_name_the_field_and_the_rule(field: str, value, words: str) -> None:
    assert KIND.problems(GOOD) == {}
    problems = KIND.problems({**GOOD, field: value})
    assert set(problems) == {field} and words in problems[field]


def test_rules_see_only_well_typed_rows() -> None:
    seen = []
    kind = RecordKind("demo", "示例", {"n": integer()}, rules=lambda row: seen.append(row) or {"n": "规则"})
    assert kind.problems({**GOOD_BASE, "n": "x"}) == {"n": "应为整数，而不是 “x”"}
    assert seen == []
    assert kind.problems({**GOOD_BASE, "n": 3}) == {"n": "规则"}


GOOD_BASE = {k: GOOD[k] for k in ("id", "created_at", "updated_at")}


def test_what_a_package_would_refuse_is_not_stored_in_the_first_place() -> None:
    from safety_desk.domain.registers import Enterprise
    from safety_desk.errors import ValidationError
    from safety_desk.services.registers import save_enterprise

    store = Store.memory()
    with pytest.raises(ValidationError) as info:  # the form has no cap of its own; the record kind has one
        save_enterprise(store=store, enterprise=Enterprise(name="企" * 600, street="城关街道"))
    assert "name" in info.value.problems and "过长" in info.value.problems["name"]
    assert store.db["enterprises"].count == 0
