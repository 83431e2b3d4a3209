"""The lifecycle's pure rules: every allowed and refused transition, extensions, listings, re-inspection, veto."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safety_desk.domain.findings import (
    MODE_DEADLINE,
    MODE_IMMEDIATE,
    MODE_SHUTDOWN,
    STATUSES,
    is_overdue,
)
from safety_desk.domain.lifecycle import (
    ACTION_DELIST,
    ACTION_EXTEND,
    ACTION_FAIL,
    ACTION_LIST,
    ACTION_PASS,
    ACTION_REINSPECT,
    ACTION_REOPEN,
    ACTION_START,
    ACTION_SUBMIT,
    Listing,
    TransitionError,
    action_between,
    available_actions,
    due_soon,
    extension_problems,
    listing_problems,
    next_status,
    reinspection_problems,
    require_actor,
    require_open,
    veto_situation,
)
from safety_desk.errors import UserError

ACTIONS = (ACTION_START, ACTION_SUBMIT, ACTION_PASS, ACTION_FAIL, ACTION_REOPEN)
# (from, action, mode) → to: the whole table, written out so that a change to it is a visible change here.
ALLOWED = {
    ("待整改", ACTION_START, MODE_DEADLINE): "整改中",
    ("整改中", ACTION_SUBMIT, MODE_DEADLINE): "待复查",
    ("待复查", ACTION_PASS, MODE_DEADLINE): "已销号",
    ("待复查", ACTION_FAIL, MODE_DEADLINE): "整改中",
    ("已销号", ACTION_REOPEN, MODE_DEADLINE): "整改中",
}


def _allowed(status: str, action: str, mode: str) -> str | None:
    if status == "待整改" and action == ACTION_SUBMIT and mode == MODE_IMMEDIATE:
        return "待复查"  # fixed on the spot: no separate 整改中
    return ALLOWED.get((status, action, MODE_DEADLINE))


CASES = [(s, a, m) for s in STATUSES for a in ACTIONS for m in (MODE_IMMEDIATE, MODE_DEADLINE, MODE_SHUTDOWN)]


@pytest.mark.parametrize(("status", "action", "mode"), [c for c in CASES if _allowed(*c)])
def test_every_allowed_transition(status, action, mode):
    assert next_status(status, action, mode=mode, ledgered=True, reason="理由") == _allowed(status, action, mode)


@pytest.mark.parametrize(("status", "action", "mode"), [c for c in CASES if not _allowed(*c)])
def test_every_refused_transition_names_the_state_and_the_action(status, action, mode):
    with pytest.raises(TransitionError) as info:
        next_status(status, action, mode=mode, ledgered=True, reason="理由")
    assert isinstance(info.value, UserError)
    assert (info.value.status, info.value.action) == (status, action)
    assert status in str(info.value) and action in str(info.value)


@pytest.mark.parametrize(("status", "action"), [("待复查", ACTION_FAIL), ("已销号", ACTION_REOPEN)])
def test_a_failed_reinspection_and_a_reopening_need_a_reason(status, action):
    with pytest.raises(TransitionError, match="理由"):
        next_status(status, action, mode=MODE_DEADLINE, ledgered=True, reason="  ")
    assert next_status(status, action, mode=MODE_DEADLINE, ledgered=True, reason="报警器未联网") == "整改中"


@pytest.mark.parametrize("action", ACTIONS)
def test_a_draft_never_enters_the_lifecycle(action):
    for status in STATUSES:
        with pytest.raises(TransitionError, match="台账"):
            next_status(status, action, mode=MODE_IMMEDIATE, ledgered=False, reason="理由")
    assert available_actions(status="待整改", mode=MODE_DEADLINE, level="重大", ledgered=False, listed=False) == []


def test_the_history_names_each_move():
    assert action_between("待整改", "整改中") == ACTION_START
    assert action_between("待复查", "已销号") == ACTION_PASS
    assert action_between("已销号", "整改中") == ACTION_REOPEN
    assert "整改中" in action_between(None, "整改中")


@pytest.mark.parametrize(
    ("status", "mode", "level", "listed", "expected"),
    [
        ("待整改", MODE_DEADLINE, "重大", False, [ACTION_START, ACTION_EXTEND, ACTION_LIST]),
        ("待整改", MODE_IMMEDIATE, "一般", False, [ACTION_START, ACTION_SUBMIT, ACTION_EXTEND]),
        ("整改中", MODE_DEADLINE, "重大", True, [ACTION_SUBMIT, ACTION_EXTEND, ACTION_DELIST]),
        ("待复查", MODE_DEADLINE, "一般", False, [ACTION_REINSPECT, ACTION_EXTEND]),
        ("已销号", MODE_DEADLINE, "重大", False, [ACTION_REOPEN]),
    ],
)
def test_the_form_offers_only_the_allowed_actions(status, mode, level, listed, expected):
    assert available_actions(status=status, mode=mode, level=level, ledgered=True, listed=listed) == expected


def test_extensions_and_listings_need_an_open_ledgered_hazard():
    require_open("整改中", ACTION_EXTEND, ledgered=True)
    with pytest.raises(TransitionError, match="已销号"):
        require_open("已销号", ACTION_EXTEND, ledgered=True)
    with pytest.raises(TransitionError, match="台账"):
        require_open("待整改", ACTION_LIST, ledgered=False)


def test_an_actor_is_required():
    assert require_actor(" 王芳 ") == "王芳"
    with pytest.raises(UserError, match="操作人"):
        require_actor("  ")


FOUND = date(2019, 8, 6)


def test_an_extension_keeps_old_and_new_and_needs_reason_and_approver():
    ok = dict(old_deadline=date(2019, 9, 30), new_deadline=date(2019, 10, 31), found_date=FOUND,
              reason="设备到货延迟", approved_by="李主任")
    assert extension_problems(**ok) == {}
    assert "应晚于原时限" in extension_problems(**{**ok, "new_deadline": date(2019, 9, 30)})["new_deadline"]
    assert "应晚于原时限" in extension_problems(**{**ok, "new_deadline": date(2019, 9, 1)})["new_deadline"]
    assert "无需延期" in extension_problems(**{**ok, "old_deadline": None})["new_deadline"]
    assert set(extension_problems(**{**ok, "reason": " ", "approved_by": ""})) == {"reason", "approved_by"}
    # a deadline wrongly stored before the finding may not be "extended" to another date before it
    early = extension_problems(**{**ok, "old_deadline": date(2019, 7, 1), "new_deadline": date(2019, 7, 2)})
    assert "早于发现日期" in early["new_deadline"]


def test_a_listing_is_for_major_hazards_with_level_unit_number_and_date():
    ok = dict(hazard_level="重大", level="市级", supervising_unit="济南市安委会", document_no="济安委督〔2019〕5号",
              listed_on=date(2019, 8, 10), found_date=FOUND, today=date(2019, 8, 12))
    assert listing_problems(**ok) == {}
    assert "重大隐患" in listing_problems(**{**ok, "hazard_level": "一般"})["hazard_level"]
    assert "督办级别" in listing_problems(**{**ok, "level": "县级"})["level"]
    assert set(listing_problems(**{**ok, "supervising_unit": "", "document_no": " "})) == {
        "supervising_unit", "document_no"}
    assert "早于发现日期" in listing_problems(**{**ok, "listed_on": date(2019, 8, 1)})["listed_on"]
    assert "晚于今天" in listing_problems(**{**ok, "listed_on": date(2019, 8, 13)})["listed_on"]


def test_a_reinspection_needs_an_inspector_a_date_and_for_a_failure_an_opinion():
    ok = dict(result="合格", opinion="", inspector="张明", reinspected_on=date(2019, 9, 1), found_date=FOUND,
              today=date(2019, 9, 2))
    assert reinspection_problems(**ok) == {}
    assert "opinion" in reinspection_problems(**{**ok, "result": "不合格"})
    assert "result" in reinspection_problems(**{**ok, "result": "基本合格"})
    assert "inspector" in reinspection_problems(**{**ok, "inspector": " "})
    assert "晚于今天" in reinspection_problems(**{**ok, "reinspected_on": date(2019, 9, 3)})["reinspected_on"]
    assert "早于发现日期" in reinspection_problems(**{**ok, "reinspected_on": date(2019, 8, 5)})["reinspected_on"]


DEADLINE = date(2019, 9, 30)


def test_overdue_and_due_soon_across_the_deadline_boundary():
    # On the deadline day the hazard is due, not overdue; the next day it is overdue and no longer "due soon".
    assert not is_overdue(DEADLINE, "整改中", DEADLINE)
    assert due_soon(DEADLINE, "整改中", DEADLINE)
    assert is_overdue(DEADLINE, "整改中", DEADLINE + timedelta(days=1))
    assert not due_soon(DEADLINE, "整改中", DEADLINE + timedelta(days=1))
    # the week ahead: six days before the deadline counts, seven does not
    assert due_soon(DEADLINE, "待整改", DEADLINE - timedelta(days=6))
    assert not due_soon(DEADLINE, "待整改", DEADLINE - timedelta(days=7))
    # written off: never overdue, never due
    assert not is_overdue(DEADLINE, "已销号", DEADLINE + timedelta(days=100))
    assert not due_soon(DEADLINE, "已销号", DEADLINE)


def test_a_listed_hazard_past_its_deadline_and_not_accepted_is_a_veto_situation():
    listing = Listing(finding_id="f", level="区级", supervising_unit="区安委办", document_no="1号",
                      listed_on=date(2019, 8, 10))
    after = DEADLINE + timedelta(days=1)
    assert veto_situation(listing, "整改中", DEADLINE, after)
    assert veto_situation(listing, "待复查", DEADLINE, after)  # reported done, not yet accepted
    assert not veto_situation(listing, "整改中", DEADLINE, DEADLINE)  # the deadline day itself is not past it
    assert not veto_situation(listing, "已销号", DEADLINE, after)
    assert not veto_situation(None, "整改中", DEADLINE, after)
    lifted = Listing(**{**listing.__dict__, "delisted_on": date(2019, 9, 1)})
    assert not veto_situation(lifted, "整改中", DEADLINE, after)
    assert not veto_situation(listing, "整改中", None, after)
