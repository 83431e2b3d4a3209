"""The rectification lifecycle of a hazard (隐患整改闭环): pure rules, no I/O.

    待整改 → 整改中        开始整改
    整改中 → 待复查        提交复查 (also 待整改 → 待复查 for a hazard fixed on the spot, 立即整改)
    待复查 → 已销号        复查合格销号 (a passed re-inspection writes it off)
    待复查 → 整改中        复查不合格 (reason required: the re-inspection opinion)
    已销号 → 整改中        重新打开 (reason required)

Only a hazard entered into the ledger (台账) is followed through the lifecycle: a draft is still being written.
A write-off (销号) happens only through a passed re-inspection (复查验收), never by setting a status.
Deadline extensions (延期) and listed supervision (挂牌督办) change no status; their rules are here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from safety_desk.domain.findings import (
    LEVEL_MAJOR,
    MODE_IMMEDIATE,
    STATUS_AWAITING_REVIEW,
    STATUS_CLOSED,
    STATUS_IN_PROGRESS,
    STATUS_PENDING,
    is_overdue,
)
from safety_desk.errors import UserError

# Actions that move a hazard between states. The values are what the history shows.
ACTION_START = "开始整改"
ACTION_SUBMIT = "提交复查"
ACTION_PASS = "复查合格销号"
ACTION_FAIL = "复查不合格"
ACTION_REOPEN = "重新打开"
# Actions that change no status, offered beside the transitions.
ACTION_REINSPECT = "复查验收"  # the user's one action that leads to ACTION_PASS or ACTION_FAIL
ACTION_EXTEND = "延期"
ACTION_LIST = "挂牌督办"
ACTION_DELIST = "撤销挂牌"

RESULT_PASS, RESULT_FAIL = "合格", "不合格"
REINSPECTION_RESULTS = (RESULT_PASS, RESULT_FAIL)

LISTING_LEVELS = ("区级", "市级", "省级")

DUE_SOON_DAYS = 7  # "due this week": today and the six days after it


@dataclass(frozen=True)
class Transition:
    action: str
    from_status: str
    to_status: str
    reason_required: bool = False
    only_immediate: bool = False  # a hazard fixed on the spot (立即整改) may skip 整改中


TRANSITIONS: tuple[Transition, ...] = (
    Transition(ACTION_START, STATUS_PENDING, STATUS_IN_PROGRESS),
    Transition(ACTION_SUBMIT, STATUS_IN_PROGRESS, STATUS_AWAITING_REVIEW),
    Transition(ACTION_SUBMIT, STATUS_PENDING, STATUS_AWAITING_REVIEW, only_immediate=True),
    Transition(ACTION_PASS, STATUS_AWAITING_REVIEW, STATUS_CLOSED),
    Transition(ACTION_FAIL, STATUS_AWAITING_REVIEW, STATUS_IN_PROGRESS, reason_required=True),
    Transition(ACTION_REOPEN, STATUS_CLOSED, STATUS_IN_PROGRESS, reason_required=True),
)


class TransitionError(UserError):
    """An action the hazard's current state does not allow; names both, so the user sees why."""

    def __init__(self, status: str, action: str, why: str = "") -> None:
        self.status = status
        self.action = action
        super().__init__(why or f"隐患当前状态为“{status}”，不能“{action}”")


class MissingReasonError(TransitionError):
    """The action is allowed from this state but only with a reason (a failed re-inspection, a reopening)."""


def _matching(status: str, action: str, mode: str) -> Transition | None:
    for t in TRANSITIONS:
        if t.action == action and t.from_status == status and (not t.only_immediate or mode == MODE_IMMEDIATE):
            return t
    return None


def check_allowed(status: str, action: str, *, mode: str, ledgered: bool) -> Transition:
    """The transition ``action`` takes from ``status``; TransitionError when the state does not allow it."""
    if not ledgered:
        raise TransitionError(status, action, f"隐患尚未登记入台账，不能“{action}”：请先补齐五落实并登记入台账")
    t = _matching(status, action, mode)
    if t is None:
        raise TransitionError(status, action)
    return t


def next_status(status: str, action: str, *, mode: str, ledgered: bool, reason: str = "") -> str:
    """The state ``action`` leads to from ``status``; TransitionError when it is not allowed or lacks its reason."""
    t = check_allowed(status, action, mode=mode, ledgered=ledgered)
    if t.reason_required and not reason.strip():
        raise MissingReasonError(status, action, f"“{action}”须说明理由")
    return t.to_status


def action_between(from_status: str | None, to_status: str) -> str:
    """Name the action that moved a hazard (for a history written before actions were named, or by another app)."""
    for t in TRANSITIONS:
        if t.from_status == from_status and t.to_status == to_status:
            return t.action
    return f"状态变更为“{to_status}”"


def available_actions(*, status: str, mode: str, level: str, ledgered: bool, listed: bool) -> list[str]:
    """What the UI offers for a hazard, in the order of its buttons. Only allowed actions are offered."""
    if not ledgered:
        return []
    actions: list[str] = []
    if _matching(status, ACTION_START, mode):
        actions.append(ACTION_START)
    if _matching(status, ACTION_SUBMIT, mode):
        actions.append(ACTION_SUBMIT)
    if status == STATUS_AWAITING_REVIEW:
        actions.append(ACTION_REINSPECT)
    if status != STATUS_CLOSED:
        actions.append(ACTION_EXTEND)
        if level == LEVEL_MAJOR and not listed:
            actions.append(ACTION_LIST)
    if listed:
        actions.append(ACTION_DELIST)
    if _matching(status, ACTION_REOPEN, mode):
        actions.append(ACTION_REOPEN)
    return actions


def require_open(status: str, action: str, *, ledgered: bool) -> None:
    """Extensions and listings apply to hazards being followed: ledgered and not written off."""
    if not ledgered:
        raise TransitionError(status, action, f"隐患尚未登记入台账，不能“{action}”")
    if status == STATUS_CLOSED:
        raise TransitionError(status, action, f"隐患已销号，不能“{action}”；如需继续整改请先重新打开")


def require_actor(actor: str) -> str:
    """Every recorded step names who took it."""
    name = (actor or "").strip()
    if not name:
        raise UserError("请填写操作人姓名：每一步整改记录都须写明由谁办理")
    return name


# -- deadline extensions (延期) ----------------------------------------------------------------------------------
def extension_problems(
    *, old_deadline: date | None, new_deadline: date | None, found_date: date, reason: str, approved_by: str,
) -> dict[str, str]:
    """Field → message for an extension; empty when it may be granted."""
    problems: dict[str, str] = {}
    if old_deadline is None:
        problems["new_deadline"] = "隐患尚未设定整改时限，无需延期"
    elif new_deadline is None:
        problems["new_deadline"] = "请填写延期后的整改时限"
    elif new_deadline <= old_deadline:
        problems["new_deadline"] = (
            f"延期后的时限 {new_deadline.isoformat()} 应晚于原时限 {old_deadline.isoformat()}")
    elif new_deadline < found_date:
        problems["new_deadline"] = f"延期后的时限 {new_deadline.isoformat()} 早于发现日期 {found_date.isoformat()}"
    if not reason.strip():
        problems["reason"] = "请填写延期理由"
    if not approved_by.strip():
        problems["approved_by"] = "请填写批准人"
    return problems


# -- listed supervision (挂牌督办) -------------------------------------------------------------------------------
@dataclass
class Listing:
    """A hazard under listed supervision by a government level."""

    finding_id: str
    level: str
    supervising_unit: str
    document_no: str
    listed_on: date
    delisted_on: date | None = None
    id: str = ""

    @property
    def is_open(self) -> bool:
        return self.delisted_on is None


def listing_problems(
    *, hazard_level: str, level: str, supervising_unit: str, document_no: str, listed_on: date | None,
    found_date: date, today: date,
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if hazard_level != LEVEL_MAJOR:
        problems["hazard_level"] = "只有重大隐患才能挂牌督办"
    if level not in LISTING_LEVELS:
        problems["level"] = f"督办级别应为 {'/'.join(LISTING_LEVELS)}"
    if not supervising_unit.strip():
        problems["supervising_unit"] = "请填写督办单位"
    if not document_no.strip():
        problems["document_no"] = "请填写督办文号"  # a listing is made by a document; without one it is not official
    if listed_on is None:
        problems["listed_on"] = "请填写挂牌日期"
    elif listed_on < found_date:
        problems["listed_on"] = f"挂牌日期 {listed_on.isoformat()} 早于发现日期 {found_date.isoformat()}"
    elif listed_on > today:
        problems["listed_on"] = f"挂牌日期 {listed_on.isoformat()} 晚于今天"
    return problems


def veto_situation(listing: Listing | None, status: str, deadline: date | None, today: date) -> bool:
    """A hazard under (open) listed supervision still not rectified after its deadline: a one-vote veto situation
    for its enterprise (Attachment 2). "Not rectified" is "not accepted", as overdue is: a 待复查 hazard counts."""
    return listing is not None and listing.is_open and is_overdue(deadline, status, today)


# -- re-inspection (复查验收) ------------------------------------------------------------------------------------
def reinspection_problems(
    *, result: str, opinion: str, inspector: str, reinspected_on: date | None, found_date: date, today: date,
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if result not in REINSPECTION_RESULTS:
        problems["result"] = f"复查结论应为 {'/'.join(REINSPECTION_RESULTS)}"
    elif result == RESULT_FAIL and not opinion.strip():
        problems["opinion"] = "复查不合格须写明原因（复查意见）"
    if not inspector.strip():
        problems["inspector"] = "请填写复查人员"
    if reinspected_on is None:
        problems["reinspected_on"] = "请填写复查日期"
    elif reinspected_on < found_date:
        problems["reinspected_on"] = f"复查日期 {reinspected_on.isoformat()} 早于发现日期 {found_date.isoformat()}"
    elif reinspected_on > today:
        problems["reinspected_on"] = f"复查日期 {reinspected_on.isoformat()} 晚于今天"
    return problems


# -- deadlines on the dashboard ----------------------------------------------------------------------------------
def due_soon(deadline: date | None, status: str, today: date) -> bool:
    """Due within the coming week (today included), not yet written off and not already overdue."""
    return (deadline is not None and status != STATUS_CLOSED
            and today <= deadline < today + timedelta(days=DUE_SOON_DAYS))


# -- history -----------------------------------------------------------------------------------------------------
KIND_CREATED, KIND_EDIT, KIND_LEDGER, KIND_STATUS = "created", "edit", "ledger", "status"
KIND_EXTENSION, KIND_LISTING, KIND_DELISTING, KIND_REINSPECTION = "extension", "listing", "delisting", "reinspection"


@dataclass(frozen=True)
class HistoryEntry:
    """One step in a hazard's history: when it was recorded, what happened, who did it and why.

    ``on`` is the date the user gave for the step (re-inspection, listing) when it differs from the recording time.
    """

    at: datetime  # aware, UTC
    kind: str
    title: str
    detail: str = ""
    actor: str = ""
    reason: str = ""
    on: date | None = None


class StreetCounts(NamedTuple):
    street: str
    open: int
    overdue: int


@dataclass(frozen=True)
class DashboardCounts:
    """The main window's figures for ``today``; only hazards in the ledger are followed."""

    today: date
    due_this_week: int
    overdue: int
    listed_open_majors: int
    listed_overdue: int  # veto situations: listed, open and past the deadline
    by_street: list[StreetCounts] = field(default_factory=list)


@dataclass(frozen=True)
class LookbackHazard:
    """An earlier hazard of an enterprise to re-check in a 回头看 inspection: still open, or written off recently."""

    id: str
    description: str
    level: str
    status: str
    found_date: date
    deadline: date | None
    closed_on: date | None
    overdue: bool
    listed: bool


@dataclass(frozen=True)
class ListedOverdueHazard:
    """Evidence of a veto situation: a listed hazard still open after its deadline."""

    finding_id: str
    enterprise_id: str
    enterprise_name: str
    street: str
    description: str
    status: str
    deadline: date
    days_overdue: int
    listing: Listing
