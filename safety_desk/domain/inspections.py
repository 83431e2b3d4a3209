"""Campaigns, inspections and check results."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PHASES = ("自查自纠", "专项检查", "抽查", "全面检查", "回头看", "执法检查")
ENFORCEMENT_PHASE = "执法检查"

RESULT_OK, RESULT_FAIL, RESULT_NA, RESULT_UNCHECKED = "符合", "不符合", "不适用", "未检查"
RESULTS = (RESULT_OK, RESULT_FAIL, RESULT_NA, RESULT_UNCHECKED)


@dataclass
class Campaign:
    name: str
    start_date: date
    end_date: date
    phases: list[str] = field(default_factory=lambda: list(PHASES))
    id: str = ""


def campaign_problems(c: Campaign) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not c.name.strip():
        problems["name"] = "行动名称不能为空"
    if c.end_date < c.start_date:
        problems["end_date"] = "结束日期不能早于开始日期"
    unknown = [p for p in c.phases if p not in PHASES]
    if unknown:
        problems["phases"] = f"未知的阶段：{'、'.join(unknown)}"
    if not c.phases:
        problems["phases"] = "至少选择一个阶段"
    return problems


def inspection_team_problem(phase: str, inspectors: list[tuple[str, str]]) -> str | None:
    """An enforcement inspection needs at least two inspectors, each with an enforcement certificate.

    ``inspectors`` are (name, certificate number) pairs.
    """
    if not inspectors:
        return "至少选择一名检查人员"
    if phase == ENFORCEMENT_PHASE:
        if len(inspectors) < 2:
            return "执法检查应由两名以上执法人员进行"
        without = [name for name, cert in inspectors if not cert.strip()]
        if without:
            return f"执法检查人员须持有执法证：{'、'.join(without)} 没有执法证号"
    return None
