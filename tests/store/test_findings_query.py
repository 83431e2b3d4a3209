"""The hazard filter, search, order and display rows that the hazards view and the ledger export share."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.domain.inspections import Campaign
from safety_desk.domain.registers import Enterprise
from safety_desk.services.inspections import create_campaign
from safety_desk.services.registers import save_enterprise
from safety_desk.store.database import new_id, now_iso
from safety_desk.store.findings_query import (
    HazardFilter,
    count_hazards,
    distinct_streets,
    enterprise_choices,
    hazard_ids,
    hazard_ids_and_drafts,
    hazard_rows,
    where_clause,
)
from safety_desk.store.rows import insert_record

TODAY = date(2024, 6, 10)


def add_hazard(db, enterprise_id: str, description: str, found: str, *, campaign_id: str | None = None,
               location: str = "", level: str = "一般", status: str = "待整改", deadline: str | None = None,
               ledger: bool = False) -> str:
    return insert_record(db, "findings", {
        "enterprise_id": enterprise_id, "campaign_id": campaign_id, "description": description,
        "location": location, "found_date": found, "level": level, "rectification_mode": "限期整改",
        "status": status, "deadline": deadline, "ledger_entered_at": now_iso() if ledger else None,
    })


@pytest.fixture
def data(store):
    """Six hazards of three enterprises in two streets (and one with no street), two campaigns."""
    s = store
    ent = {
        "A": save_enterprise(store=s, enterprise=Enterprise(name="东方化工有限公司", street="城关街道")),
        "B": save_enterprise(store=s, enterprise=Enterprise(name="西山机械厂", street="东城街道")),
        "C": save_enterprise(store=s, enterprise=Enterprise(name="Acme Foods 食品厂", street="东城街道")),
        "D": save_enterprise(store=s, enterprise=Enterprise(name="无街道企业")),
    }
    spring = create_campaign(store=s, campaign=Campaign("2024春季行动", date(2024, 3, 1), date(2024, 6, 30)))
    autumn = create_campaign(store=s, campaign=Campaign("2024秋季行动", date(2024, 9, 1), date(2024, 11, 30)))
    db = s.db
    h = {
        # overdue on TODAY: the deadline was yesterday
        1: add_hazard(db, ent["A"], "配电箱未接地", "2024-05-01", campaign_id=spring, location="一号车间",
                      deadline="2024-06-09"),
        # deadline is TODAY: not overdue yet, overdue tomorrow
        2: add_hazard(db, ent["A"], "灭火器压力不足", "2024-05-02", campaign_id=spring, location="仓库",
                      level="重大", status="整改中", deadline="2024-06-10"),
        # long past its deadline but written off: never overdue
        3: add_hazard(db, ent["B"], "安全出口堵塞", "2024-05-03", campaign_id=autumn, location="电房旁",
                      status="已销号", deadline="2024-05-10"),
        4: add_hazard(db, ent["B"], "储罐液位计显示100%失真", "2024-05-04", campaign_id=autumn, level="重大",
                      status="待复查", ledger=True),
        5: add_hazard(db, ent["C"], "warehouse_01 地面油污", "2024-05-05", campaign_id=spring, location="Dock",
                      deadline="2024-07-01"),
        6: add_hazard(db, ent["C"], "消防通道被占用", "2024-05-06"),
    }
    return {"store": s, "db": db, "ent": ent, "h": h, "spring": spring, "autumn": autumn}


def found(data, **filter_fields) -> set[int]:
    """Which of the numbered hazards a filter keeps (count and ids must agree)."""
    f = HazardFilter(today=TODAY, **filter_fields)
    ids = hazard_ids(data["db"], f)
    assert count_hazards(data["db"], f) == len(ids)
    number = {v: k for k, v in data["h"].items()}
    return {number[i] for i in ids}


def test_no_filter_lists_every_hazard_newest_first(data):
    assert hazard_ids(data["db"], HazardFilter()) == [data["h"][n] for n in (6, 5, 4, 3, 2, 1)]
    assert where_clause(HazardFilter()) == ("1", [])
    assert HazardFilter().is_empty() and not HazardFilter(level="重大").is_empty()


def test_each_filter(data):
    assert found(data, campaign_id=data["spring"]) == {1, 2, 5}
    assert found(data, street="东城街道") == {3, 4, 5, 6}
    assert found(data, enterprise_id=data["ent"]["A"]) == {1, 2}
    assert found(data, level="重大") == {2, 4}
    assert found(data, status="待整改") == {1, 5, 6}
    assert found(data, ledger_only=True) == {4}
    assert found(data, street="东城街道", level="重大") == {4}
    assert found(data, campaign_id=data["autumn"], status="已销号") == {3}
    assert found(data, street="没有的街道") == set()


def test_overdue_is_derived_from_today(data):
    assert found(data, overdue=True) == {1}
    assert found(data, overdue=False) == {2, 3, 4, 5, 6}
    # the day after hazard 2's deadline it is overdue too; the written-off hazard 3 never is
    assert hazard_ids(data["db"], HazardFilter(overdue=True, today=date(2024, 6, 11))) == [data["h"][2], data["h"][1]]
    f = HazardFilter(overdue=True, today=date(2024, 7, 2))
    assert set(hazard_ids(data["db"], f)) == {data["h"][n] for n in (1, 2, 5)}


def test_search_one_character_over_description_location_and_enterprise(data):
    assert found(data, search="电") == {1, 3}  # 配电箱 in a description, 电房旁 in a location
    assert found(data, search="化工") == {1, 2}  # the enterprise's name
    assert found(data, search="dock") == {5}  # ASCII matches whatever the case
    assert found(data, search="ACME") == {5, 6}
    assert found(data, search="  灭火器 仓库 ") == {2}  # terms separated by spaces must all match
    assert found(data, search="镍") == set()


def test_search_matches_percent_and_underscore_literally(data):
    assert found(data, search="%") == {4}
    assert found(data, search="100%") == {4}
    assert found(data, search="1%") == set()  # a wildcard "1%" would match "100%失真"
    assert found(data, search="_") == {5}
    assert found(data, search="e_0") == {5}
    assert found(data, search="\\") == set()


def test_orders(data):
    db, h = data["db"], data["h"]
    by_enterprise = hazard_ids(db, HazardFilter(), order_by="enterprise", descending=False)
    names = [r["enterprise_name"] for r in hazard_rows(db, by_enterprise)]
    assert names == sorted(names)
    assert hazard_ids(db, HazardFilter(level="重大"), order_by="found_date", descending=False) == [h[2], h[4]]
    with pytest.raises(ValueError, match="unknown order"):
        hazard_ids(db, HazardFilter(), order_by="id; drop table findings")


def test_rows_carry_the_display_columns_in_the_order_asked(data):
    db, h = data["db"], data["h"]
    rows = hazard_rows(db, [h[4], h[1], "no-such-id", h[6]], today=TODAY)
    assert [r["id"] for r in rows] == [h[4], h[1], h[6]]
    first = rows[1]
    assert (first["enterprise_name"], first["street"], first["campaign_name"]) == ("东方化工有限公司", "城关街道", "2024春季行动")
    assert (first["description"], first["location"], first["level"], first["status"]) == (
        "配电箱未接地", "一号车间", "一般", "待整改")
    assert (first["rectification_mode"], first["found_date"], first["deadline"]) == ("限期整改", "2024-05-01", "2024-06-09")
    assert first["overdue"] is True and rows[0]["overdue"] is False
    assert rows[0]["ledger_entered"] is True
    assert rows[2]["campaign_name"] == "" and rows[2]["deadline"] == ""


def test_rows_for_more_ids_than_one_query_takes(store):
    eid = save_enterprise(store=store, enterprise=Enterprise(name="大户企业", street="城关街道"))
    stamp = now_iso()
    store.db["findings"].insert_all(
        {"id": new_id(), "created_at": stamp, "updated_at": stamp, "enterprise_id": eid, "found_date": "2024-01-01",
         "description": f"隐患{n}", "level": "一般", "rectification_mode": "立即整改", "status": "待整改"}
        for n in range(1500)
    )
    ids = hazard_ids(store.db, HazardFilter())
    rows = hazard_rows(store.db, ids)
    assert len(rows) == 1500 and [r["id"] for r in rows] == ids


def test_streets_and_enterprises_for_the_combos(data):
    assert distinct_streets(data["db"]) == sorted(["城关街道", "东城街道"])
    assert {name for _, name in enterprise_choices(data["db"], "东城街道")} == {"西山机械厂", "Acme Foods 食品厂"}
    assert len(enterprise_choices(data["db"])) == 4


def test_describe_names_the_active_filters(data):
    assert HazardFilter().describe() == "全部隐患"
    f = HazardFilter(campaign_id=data["spring"], street="城关街道", level="重大", status="整改中", overdue=True,
                     search="灭火器", ledger_only=True, today=TODAY)
    assert f.describe(data["db"]) == (
        "专项行动：2024春季行动；街道：城关街道；等级：重大；状态：整改中；逾期（截至 2024-06-10）；已入台账；搜索：“灭火器”"
    )
    assert HazardFilter(enterprise_id=data["ent"]["B"]).describe(data["db"]) == "企业：西山机械厂"
    assert HazardFilter(overdue=False).describe() == "未逾期"


def test_the_display_order_index_exists(store):
    assert "idx_findings_display_order" in {i.name for i in store.db["findings"].indexes}


def test_a_campaign_alone_is_read_from_its_index_in_display_order(data):
    """A district office has one campaign of 200,000 hazards: choosing it must not sort them all (m014's index)."""
    db, h = data["db"], data["h"]
    for n, found_on in ((7, "2024-05-05"), (8, "2024-05-05")):  # same day as 5: created_at, then id, decide
        h[n] = add_hazard(db, data["ent"]["A"], f"同日隐患{n}", found_on, campaign_id=data["spring"])
    spring = HazardFilter(campaign_id=data["spring"])
    for descending in (True, False):
        everything = hazard_ids(db, HazardFilter(), descending=descending)
        in_spring = set(hazard_ids(db, HazardFilter(campaign_id=data["spring"], level="一般")) + [h[2]])
        assert hazard_ids(db, spring, descending=descending) == [i for i in everything if i in in_spring]
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        hazard_ids(db, spring)
    finally:
        db.conn.set_trace_callback(None)
    [query] = [s for s in statements if s.lstrip().startswith("select f.id")]
    plan = " / ".join(row[3] for row in db.execute("explain query plan " + query))
    assert "idx_findings_campaign" in plan and "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("filter_fields", [
    {}, {"campaign_id": "spring"}, {"campaign_id": "autumn"}, {"search": "电"}, {"overdue": False},
    {"level": "重大"}, {"ledger_only": True}, {"street": "没有的街道"},
])
def test_ids_and_drafts_agree_with_ids_and_a_count(data, filter_fields):
    """The view's ids and its "of which N drafts" come from one pass where the filter reads rows, from an index and
    a count where it does not: the same numbers either way."""
    fields = {k: data[v] if k == "campaign_id" else v for k, v in filter_fields.items()}
    f = HazardFilter(today=TODAY, **fields)
    for order, descending in (("found_date", True), ("enterprise", False)):
        ids, drafts = hazard_ids_and_drafts(data["db"], f, order_by=order, descending=descending)
        assert ids == hazard_ids(data["db"], f, order_by=order, descending=descending)
        ledgered = count_hazards(data["db"], HazardFilter(**{**f.__dict__, "ledger_only": True}))
        assert drafts == len(ids) - ledgered
