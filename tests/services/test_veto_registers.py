"""The veto registers: accidents (grade computed), illegal operations, blacklist periods."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.domain.accidents import Accident
from safety_desk.domain.money import parse_yuan
from safety_desk.domain.veto_registers import BlacklistEntry, IllegalOperation
from safety_desk.domain.registers import Enterprise
from safety_desk.errors import NotFoundError, ValidationError
from safety_desk.services import registers as register_service
from safety_desk.services import veto_registers as service
from safety_desk.store import Store

TODAY = date(2019, 10, 31)


@pytest.fixture
def enterprise(store: Store) -> str:
    return register_service.save_enterprise(
        store=store, enterprise=Enterprise(name="济南鑫源化工有限公司", street="药山街道"))


def test_an_accident_is_stored_with_the_enterprises_street_and_graded(store: Store, enterprise: str):
    aid = service.save_accident(store=store, today=TODAY, accident=Accident(
        date(2019, 8, 20), "燃爆", enterprise_id=enterprise, deaths=3, serious_injuries=4,
        direct_loss_fen=parse_yuan("12,000,000"), cause_poor_rectification=True, reporting="迟报",
        description="反应釜超温超压发生燃爆"))
    stored = service.get_accident(store=store, accident_id=aid)
    assert (stored.street, stored.enterprise_name, stored.grade, stored.reporting) == (
        "药山街道", "济南鑫源化工有限公司", "较大", "迟报")
    assert stored.is_explosion and stored.cause_poor_rectification and not stored.cause_three_violations

    stored.deaths = 2
    stored.direct_loss_fen = parse_yuan("9,999,999.99")
    service.save_accident(store=store, accident=stored, today=TODAY)
    assert service.get_accident(store=store, accident_id=aid).grade == "一般"  # regraded by the edit
    assert len(service.list_accidents(store=store)) == 1


def test_an_accident_of_an_unregistered_unit_needs_a_street(store: Store):
    with pytest.raises(ValidationError) as caught:
        service.save_accident(store=store, today=TODAY, accident=Accident(
            date(2019, 8, 1), "中毒窒息", deaths=1, illegal_production=True))
    assert set(caught.value.problems) == {"street"}
    aid = service.save_accident(store=store, today=TODAY, accident=Accident(
        date(2019, 8, 1), "中毒窒息", street="北园街道", deaths=1, illegal_production=True,
        description="无证小作坊清理污水池时中毒"))
    assert service.get_accident(store=store, accident_id=aid).enterprise_name == ""


def test_bad_accident_values_are_refused_field_by_field(store: Store):
    with pytest.raises(ValidationError) as caught:
        service.save_accident(store=store, today=TODAY, accident=Accident(
            date(2019, 11, 1), "其它", street="北园街道", serious_injuries=-2, enterprise_id="missing"))
    assert set(caught.value.problems) == {"occurred_on", "accident_type", "serious_injuries", "enterprise_id"}
    assert store.db["accidents"].count == 0


def test_the_newest_accident_comes_first(store: Store):
    for day in (date(2019, 7, 20), date(2019, 9, 3), date(2019, 8, 1)):
        service.save_accident(store=store, today=TODAY, accident=Accident(day, "火灾", street="北园街道"))
    assert [a.occurred_on.day for a in service.list_accidents(store=store)] == [3, 1, 20]


def test_illegal_operations_stopped_and_not(store: Store):
    oid = service.save_illegal_operation(store=store, today=TODAY, operation=IllegalOperation(
        date(2019, 8, 5), "泺口街道", responsible_department="区应急局", enterprise_name="无名液化气充装点",
        description="出租屋内非法充装液化石油气"))
    op = service.get_illegal_operation(store=store, operation_id=oid)
    assert not op.stopped and op.stopped_on is None and op.open_on(TODAY)
    op.stopped, op.stopped_on = True, date(2019, 8, 7)
    service.save_illegal_operation(store=store, operation=op, today=TODAY)
    op = service.get_illegal_operation(store=store, operation_id=oid)
    assert op.stopped and op.stopped_on == date(2019, 8, 7)
    assert op.open_on(date(2019, 8, 6)) and not op.open_on(date(2019, 8, 7))


@pytest.mark.parametrize(("changes", "field"), [
    ({"stopped": True}, "stopped_on"),
    ({"stopped": True, "stopped_on": date(2019, 8, 1)}, "stopped_on"),  # before it was found
    ({"stopped_on": date(2019, 8, 9)}, "stopped_on"),  # a date but not stopped
    ({"street": ""}, "street"),
    ({"description": "", "enterprise_name": ""}, "description"),
    ({"found_on": date(2019, 11, 2)}, "found_on"),
])
def test_bad_illegal_operations_are_refused(store: Store, changes: dict, field: str):
    values = {"found_on": date(2019, 8, 5), "street": "泺口街道", "description": "非法储存危险化学品", **changes}
    with pytest.raises(ValidationError) as caught:
        service.save_illegal_operation(store=store, operation=IllegalOperation(**values), today=TODAY)
    assert field in caught.value.problems
    assert store.db["illegal_operations"].count == 0


def test_blacklist_periods_may_follow_each_other_but_not_overlap(store: Store, enterprise: str):
    first = service.save_blacklist_entry(store=store, today=TODAY, entry=BlacklistEntry(
        enterprise, date(2019, 7, 20), reason="瞒报生产安全事故"))
    with pytest.raises(ValidationError, match="已在黑名单中") as caught:
        service.save_blacklist_entry(store=store, today=TODAY, entry=BlacklistEntry(
            enterprise, date(2019, 9, 1), reason="拒不执行监管指令"))
    assert "listed_on" in caught.value.problems
    entry = service.get_blacklist_entry(store=store, entry_id=first)
    entry.removed_on = date(2019, 8, 31)
    service.save_blacklist_entry(store=store, entry=entry, today=TODAY)
    service.save_blacklist_entry(store=store, today=TODAY, entry=BlacklistEntry(
        enterprise, date(2019, 9, 1), reason="拒不执行监管指令"))
    entries = service.list_blacklist_entries(store=store)
    assert [(e.reason, e.active_on(TODAY)) for e in entries] == [("拒不执行监管指令", True), ("瞒报生产安全事故", False)]
    assert entries[0].enterprise_name == "济南鑫源化工有限公司"


def test_blacklist_validation(store: Store, enterprise: str):
    with pytest.raises(ValidationError) as caught:
        service.save_blacklist_entry(store=store, today=TODAY, entry=BlacklistEntry(
            enterprise, date(2019, 9, 1), reason=" ", removed_on=date(2019, 8, 1)))
    assert set(caught.value.problems) == {"reason", "removed_on"}
    with pytest.raises(ValidationError) as caught:
        service.save_blacklist_entry(store=store, today=TODAY, entry=BlacklistEntry("", None, reason="x"))
    assert set(caught.value.problems) == {"enterprise_id", "listed_on"}


def test_a_deleted_record_is_a_not_found_error(store: Store):
    with pytest.raises(NotFoundError):
        service.get_accident(store=store, accident_id="nope")
    with pytest.raises(NotFoundError):
        service.save_illegal_operation(store=store, today=TODAY, operation=IllegalOperation(
            date(2019, 8, 5), "泺口街道", description="x", id="nope"))
