"""The two registers besides accidents that one-vote veto rules read: illegal production/operation found (打非治违)
and the safety blacklist (安全生产"黑名单"). Pure records and their validation; accidents live in ``accidents``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MAX_TEXT = 5_000


@dataclass
class IllegalOperation:
    """An illegal production/operation found in a street, and whether it was effectively stopped (有效制止).

    The unit is usually not in the enterprise register (it is illegal), so it is named in text.
    """

    found_on: date | None
    street: str
    responsible_department: str = ""  # the department with direct supervision duty (负有直接监管责任的部门)
    enterprise_name: str = ""
    description: str = ""
    stopped: bool = False
    stopped_on: date | None = None
    id: str = ""

    def open_on(self, day: date) -> bool:
        """Found by ``day`` and not yet stopped on it: what the veto and dismissal rules count."""
        return (self.found_on is not None and self.found_on <= day
                and not (self.stopped and self.stopped_on is not None and self.stopped_on <= day))


def illegal_operation_problems(op: IllegalOperation, *, today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    if op.found_on is None:
        problems["found_on"] = "发现日期不能为空"
    elif op.found_on > today:
        problems["found_on"] = f"发现日期 {op.found_on.isoformat()} 晚于今天"
    if not op.street.strip():
        problems["street"] = "所在街道不能为空"  # the street-level veto and dismissal rules need it
    if not op.description.strip() and not op.enterprise_name.strip():
        problems["description"] = "请填写非法生产经营的单位或情况"
    if op.stopped:
        if op.stopped_on is None:
            problems["stopped_on"] = "已有效制止的，须填写制止日期"
        elif op.found_on is not None and op.stopped_on < op.found_on:
            problems["stopped_on"] = f"制止日期 {op.stopped_on.isoformat()} 早于发现日期 {op.found_on.isoformat()}"
        elif op.stopped_on > today:
            problems["stopped_on"] = f"制止日期 {op.stopped_on.isoformat()} 晚于今天"
    elif op.stopped_on is not None:
        problems["stopped_on"] = "未制止的，不应填写制止日期"
    for attr in ("description", "enterprise_name", "responsible_department"):
        if len(getattr(op, attr)) > MAX_TEXT:
            problems[attr] = f"内容过长（上限 {MAX_TEXT} 字）"
    return problems


@dataclass
class BlacklistEntry:
    """An enterprise's time on the safety blacklist: from ``listed_on`` until ``removed_on`` (None: still listed)."""

    enterprise_id: str
    listed_on: date | None
    reason: str = ""
    removed_on: date | None = None
    id: str = ""
    enterprise_name: str = ""  # read from the register for display; not stored with the entry

    def active_on(self, day: date) -> bool:
        return (self.listed_on is not None and self.listed_on <= day
                and (self.removed_on is None or self.removed_on > day))


def blacklist_problems(entry: BlacklistEntry, *, today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not entry.enterprise_id:
        problems["enterprise_id"] = "请选择企业"
    if entry.listed_on is None:
        problems["listed_on"] = "列入日期不能为空"
    elif entry.listed_on > today:
        problems["listed_on"] = f"列入日期 {entry.listed_on.isoformat()} 晚于今天"
    if not entry.reason.strip():
        problems["reason"] = "列入原因不能为空"
    elif len(entry.reason) > MAX_TEXT:
        problems["reason"] = f"列入原因过长（上限 {MAX_TEXT} 字）"
    if entry.removed_on is not None:
        if entry.listed_on is not None and entry.removed_on < entry.listed_on:
            problems["removed_on"] = (
                f"移出日期 {entry.removed_on.isoformat()} 早于列入日期 {entry.listed_on.isoformat()}")
        elif entry.removed_on > today:
            problems["removed_on"] = f"移出日期 {entry.removed_on.isoformat()} 晚于今天"
    return problems
