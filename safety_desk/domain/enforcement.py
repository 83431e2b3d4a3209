"""Enforcement outcomes of an inspection (工作措施（四）) and the "一罚了之" warning.

The plan says every violation found must be 立案查处 and followed until it is rectified, and that "一罚了之、跟踪整改
不到位" is treated as dereliction. So a fine is not the end: the hazards of the inspection that led to it must be
rectified and accepted. ``fines_without_followup`` finds the fines where they were not, with the hazards as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from safety_desk.domain.findings import MODE_IMMEDIATE, STATUS_CLOSED
from safety_desk.domain.lifecycle import RESULT_PASS
from safety_desk.domain.money import yuan_text

KIND_ORDER_RECTIFY = "责令限期整改"
KIND_SUSPEND = "责令停产停业整顿"
KIND_CASE = "立案"
KIND_FINE = "罚款"
KIND_CLOSE = "关闭取缔"
KIND_JUDICIAL = "移送司法机关"
KINDS = (KIND_ORDER_RECTIFY, KIND_SUSPEND, KIND_CASE, KIND_FINE, KIND_CLOSE, KIND_JUDICIAL)
# Orders addressed to the unit itself: a person cannot be ordered to stop production or be closed down.
ENTERPRISE_ONLY_KINDS = frozenset({KIND_ORDER_RECTIFY, KIND_SUSPEND, KIND_CLOSE})

TARGET_ENTERPRISE, TARGET_PERSON = "企业", "个人"
TARGETS = (TARGET_ENTERPRISE, TARGET_PERSON)

REINSPECTION_PASSED = RESULT_PASS  # the re-inspection result that accepts a rectification (复查验收合格)
MAX_TEXT = 5_000
MAX_CASE_NO = 100


@dataclass
class EnforcementAction:
    """One decision taken on an inspection: an order, a case, a fine (on the enterprise or a named person) …"""

    kind: str
    decided_on: date | None
    inspection_id: str | None = None
    enterprise_id: str = ""
    finding_id: str | None = None  # the hazard it is about, when it is about one
    case_no: str = ""  # 立案 needs it; a fine decided in a case may repeat it
    amount_fen: int | None = None  # 罚款 only
    target: str = TARGET_ENTERPRISE
    person_name: str = ""  # when target is 个人 (主要负责人, 安全管理人员 …)
    notes: str = ""
    id: str = ""

    def on_whom(self) -> str:
        return self.person_name if self.target == TARGET_PERSON else TARGET_ENTERPRISE


def action_problems(a: EnforcementAction, *, today: date, inspection_date: date | None = None) -> dict[str, str]:
    """Field → message for every invalid value of an action; empty when it may be saved."""
    problems: dict[str, str] = {}
    if a.kind not in KINDS:
        problems["kind"] = f"执法措施应为 {'/'.join(KINDS)} 之一"
    if a.decided_on is None:
        problems["decided_on"] = "决定日期不能为空"
    elif inspection_date is not None and a.decided_on < inspection_date:
        problems["decided_on"] = f"决定日期 {a.decided_on.isoformat()} 早于检查日期 {inspection_date.isoformat()}"
    elif a.decided_on > today:
        problems["decided_on"] = f"决定日期 {a.decided_on.isoformat()} 晚于今天"
    if a.kind == KIND_CASE and not a.case_no.strip():
        problems["case_no"] = "立案须填写案件编号"
    elif len(a.case_no) > MAX_CASE_NO:
        problems["case_no"] = "案件编号过长"
    if a.kind == KIND_FINE:
        if a.amount_fen is None or a.amount_fen <= 0:
            problems["amount_fen"] = "罚款须填写大于 0 的金额（元）"
    elif a.amount_fen is not None:
        problems["amount_fen"] = "只有罚款填写金额"
    if a.target not in TARGETS:
        problems["target"] = f"处罚对象应为 {'/'.join(TARGETS)}"
    elif a.target == TARGET_PERSON:
        if a.kind in ENTERPRISE_ONLY_KINDS:
            problems["target"] = f"“{a.kind}”的对象只能是企业"
        elif not a.person_name.strip():
            problems["person_name"] = "处罚个人的，须填写责任人姓名"
    if len(a.notes) > MAX_TEXT:
        problems["notes"] = f"备注过长（上限 {MAX_TEXT} 字）"
    return problems


# --- 一罚了之 -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HazardFollowup:
    """What the warning needs to know about a hazard of the fined inspection."""

    finding_id: str
    description: str
    level: str
    status: str
    deadline: date | None
    rectification_mode: str
    passed_reinspection: bool  # a 复查验收 with result 合格 is on record

    def unresolved_on(self, today: date) -> bool:
        """Past its deadline and either not written off, or written off without a passing re-inspection.

        A hazard fixed on the spot (立即整改) is checked by the inspectors there and then; it needs no later visit.
        A hazard without a deadline is a draft (its five fields are not set): the ledger checks flag it instead.
        """
        if self.deadline is None or self.deadline >= today:
            return False
        if self.status != STATUS_CLOSED:
            return True
        return not self.passed_reinspection and self.rectification_mode != MODE_IMMEDIATE


@dataclass(frozen=True)
class FineWithoutFollowup:
    """One inspection whose fines were not followed by rectification: the fines and the hazards left behind."""

    inspection_id: str
    enterprise_id: str
    enterprise_name: str
    inspection_date: date | None
    fines: tuple[EnforcementAction, ...]
    hazards: tuple[HazardFollowup, ...]

    @property
    def total_fen(self) -> int:
        return sum(f.amount_fen or 0 for f in self.fines)

    def describe(self) -> str:
        """One Chinese sentence with the evidence, for the panel, a report or the CLI."""
        when = self.inspection_date.isoformat() if self.inspection_date else "（日期不详）"
        fines = "、".join(f"{f.on_whom()} {yuan_text(f.amount_fen)} 元" for f in self.fines)
        hazards = "；".join(
            f"{h.description or '（未填写描述）'}（{h.level}，时限 {h.deadline.isoformat() if h.deadline else '—'}，"
            f"{h.status if h.status != STATUS_CLOSED else '已销号但无复查验收合格记录'}）"
            for h in self.hazards)
        return (f"一罚了之：{self.enterprise_name} {when} 检查后已罚款（{fines}），"
                f"但 {len(self.hazards)} 项隐患逾期未整改销号：{hazards}")


def fines_without_followup(
    fines: Iterable[EnforcementAction],
    hazards_by_inspection: Mapping[str, list[HazardFollowup]],
    *,
    today: date,
    enterprise_names: Mapping[str, str] | None = None,
    inspection_dates: Mapping[str, date] | None = None,
) -> list[FineWithoutFollowup]:
    """Group the fines by inspection; keep the inspections with unresolved hazards on ``today``.

    A fine about one hazard (``finding_id``) answers for that hazard; a fine about the inspection as a whole answers
    for all of its hazards. Inspections come out in the order of their first fine.
    """
    grouped: dict[str, list[EnforcementAction]] = {}
    for fine in fines:
        if fine.kind == KIND_FINE and fine.inspection_id:
            grouped.setdefault(fine.inspection_id, []).append(fine)
    out = []
    for inspection_id, its_fines in grouped.items():
        hazards = hazards_by_inspection.get(inspection_id, [])
        whole = any(f.finding_id is None for f in its_fines)
        named = {f.finding_id for f in its_fines}
        stale = tuple(h for h in hazards if (whole or h.finding_id in named) and h.unresolved_on(today))
        if stale:
            enterprise_id = its_fines[0].enterprise_id
            out.append(FineWithoutFollowup(
                inspection_id=inspection_id, enterprise_id=enterprise_id,
                enterprise_name=(enterprise_names or {}).get(enterprise_id, ""),
                inspection_date=(inspection_dates or {}).get(inspection_id),
                fines=tuple(its_fines), hazards=stale))
    return out
