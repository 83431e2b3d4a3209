"""Enforcement outcomes of an inspection, and the 一罚了之 warning with its evidence."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.domain.enforcement import EnforcementAction
from safety_desk.domain.money import parse_yuan
from safety_desk.errors import UserError, ValidationError
from safety_desk.services import enforcement as service
from safety_desk.services import findings as finding_service
from safety_desk.store import Store
from safety_desk.store.rows import insert_record
from tests.support.builders import Visit, build_visit

DAY = date(2019, 8, 6)
TODAY = date(2019, 10, 31)


@pytest.fixture
def visit(store: Store) -> Visit:
    return build_visit(store, phase="执法检查", when=DAY)


def hazard(store: Store, visit: Visit, description: str, *, deadline: str, status: str = "待整改",
           mode: str = "限期整改") -> str:
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    finding_service.update_finding(store=store, finding_id=fid, description=description, deadline=deadline,
                                   rectification_mode=mode)
    # set directly: this test is about enforcement, not about the lifecycle's transition rules
    store.db.execute("update findings set status = ? where id = ?", [status, fid])
    return fid


def reinspect(store: Store, finding_id: str, result: str) -> None:
    insert_record(store.db, "reinspections", {"finding_id": finding_id, "reinspected_on": "2019-09-10",
                                              "result": result, "inspector_name": "张明"})


def act(store: Store, visit: Visit, kind: str, **values) -> str:
    return service.save_action(store=store, today=TODAY, action=EnforcementAction(
        kind=kind, decided_on=values.pop("decided_on", DAY), inspection_id=visit.inspection_id, **values))


def test_every_kind_is_recorded_in_the_order_decided(store: Store, visit: Visit):
    act(store, visit, "移送司法机关", decided_on=date(2019, 8, 20), target="个人", person_name="赵六")
    act(store, visit, "责令限期整改")
    act(store, visit, "立案", case_no="济天应急立〔2019〕017号")
    act(store, visit, "罚款", amount_fen=parse_yuan("30,000"), case_no="济天应急立〔2019〕017号",
        decided_on=date(2019, 8, 15))
    act(store, visit, "罚款", amount_fen=parse_yuan("12,000"), target="个人", person_name="赵六",
        decided_on=date(2019, 8, 15))
    act(store, visit, "责令停产停业整顿")
    act(store, visit, "关闭取缔", decided_on=date(2019, 9, 30))
    actions = service.list_actions(store=store, inspection_id=visit.inspection_id)
    assert [a.kind for a in actions] == ["责令限期整改", "立案", "责令停产停业整顿", "罚款", "罚款", "移送司法机关", "关闭取缔"]
    assert all(a.enterprise_id == visit.enterprise_id for a in actions)  # always the inspection's enterprise
    fines = [(a.on_whom(), a.amount_fen) for a in actions if a.kind == "罚款"]
    assert fines == [("企业", 3_000_000), ("赵六", 1_200_000)]


@pytest.mark.parametrize(("kind", "values", "field"), [
    ("立案", {}, "case_no"),
    ("罚款", {}, "amount_fen"),
    ("罚款", {"amount_fen": 0}, "amount_fen"),
    ("罚款", {"amount_fen": 100, "target": "个人"}, "person_name"),
    ("责令停产停业整顿", {"target": "个人", "person_name": "赵六"}, "target"),
    ("责令限期整改", {"amount_fen": 100}, "amount_fen"),
    ("警告", {}, "kind"),
    ("立案", {"case_no": "1", "decided_on": date(2019, 8, 5)}, "decided_on"),  # before the inspection
    ("立案", {"case_no": "1", "decided_on": date(2019, 11, 1)}, "decided_on"),  # after today
    ("立案", {"case_no": "1", "finding_id": "not-of-this-inspection"}, "finding_id"),
])
def test_bad_actions_are_refused_field_by_field(store: Store, visit: Visit, kind: str, values: dict, field: str):
    with pytest.raises(ValidationError) as caught:
        act(store, visit, kind, **values)
    assert field in caught.value.problems
    assert store.db["enforcement_actions"].count == 0


def test_edit_and_remove(store: Store, visit: Visit):
    aid = act(store, visit, "罚款", amount_fen=100_00)
    action = service.get_action(store=store, action_id=aid)
    action.amount_fen = 500_00
    service.save_action(store=store, action=action, today=TODAY)
    assert service.get_action(store=store, action_id=aid).amount_fen == 500_00
    service.delete_action(store=store, action_id=aid)
    assert service.list_actions(store=store, inspection_id=visit.inspection_id) == []
    with pytest.raises(UserError):
        service.save_action(store=store, action=EnforcementAction("罚款", DAY, amount_fen=1), today=TODAY)


def test_a_fine_with_hazards_left_past_their_deadline_is_一罚了之(store: Store, visit: Visit):
    open_one = hazard(store, visit, "储罐区未设置紧急切断装置", deadline="2019-09-05")
    closed_ok = hazard(store, visit, "灭火器过期", deadline="2019-08-20", status="已销号")
    reinspect(store, closed_ok, "不合格")
    reinspect(store, closed_ok, "合格")
    closed_on_paper = hazard(store, visit, "安全出口上锁", deadline="2019-08-20", status="已销号")
    hazard(store, visit, "现场清理", deadline="2019-08-06", status="已销号", mode="立即整改")  # fixed on the spot
    hazard(store, visit, "长期治理", deadline="2020-06-30", status="整改中")  # not yet due
    assert service.fine_without_followup(store=store, today=TODAY) == []  # no fine, no warning

    act(store, visit, "罚款", amount_fen=parse_yuan("30,000"))
    act(store, visit, "罚款", amount_fen=parse_yuan("12,000"), target="个人", person_name="赵六")
    warnings = service.fine_without_followup(store=store, today=TODAY)
    assert len(warnings) == 1  # one per inspection, however many fines
    w = warnings[0]
    assert (w.inspection_id, w.enterprise_name, w.inspection_date, w.total_fen) == (
        visit.inspection_id, "济南泺口化工有限公司", DAY, 4_200_000)
    assert [h.finding_id for h in w.hazards] == [open_one, closed_on_paper]
    text = w.describe()
    assert "储罐区未设置紧急切断装置" in text and "30,000.00" in text and "赵六" in text and "无复查验收合格记录" in text

    # before the deadline the same data is no warning: there is still time to rectify
    assert service.fine_without_followup(store=store, today=date(2019, 8, 19)) == []
    # rectified and accepted: the warning goes
    store.db.execute("update findings set status = '已销号' where id = ?", [open_one])
    reinspect(store, open_one, "合格")
    reinspect(store, closed_on_paper, "合格")
    assert service.fine_without_followup(store=store, today=TODAY) == []


def test_a_fine_about_one_hazard_answers_for_that_hazard_only(store: Store, visit: Visit):
    done = hazard(store, visit, "已整改", deadline="2019-08-20", status="已销号")
    reinspect(store, done, "合格")
    hazard(store, visit, "未整改", deadline="2019-08-20")
    act(store, visit, "罚款", amount_fen=100_00, finding_id=done)
    assert service.fine_without_followup(store=store, today=TODAY) == []
    act(store, visit, "责令限期整改")  # not a fine: no warning from it either
    assert service.fine_without_followup(store=store, today=TODAY) == []


def test_the_warning_can_be_asked_for_one_inspection(store: Store, visit: Visit):
    hazard(store, visit, "未整改", deadline="2019-08-20")
    act(store, visit, "罚款", amount_fen=100_00)
    assert len(service.fine_without_followup(store=store, today=TODAY, inspection_id=visit.inspection_id)) == 1
    assert service.fine_without_followup(store=store, today=TODAY, inspection_id="other") == []
