"""双随机、一公开 (济天政发〔2019〕5号): sampling items, the rules that adjust their ratios, plans and task results.

Pure records and checks; the draw itself is ``domain.draw``. Files in forms/sampling/ are read by
``templates.sampling_format``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from safety_desk.domain.registers import CREDIT_GRADES, HAZARD_FLAGS, KEY_CATEGORIES, RISK_GRADES

ITEM_KINDS = ("重点检查事项", "一般检查事项")  # 三（二）
METHODS = ("实地核查", "书面检查", "网络监测")  # 三（六）
METHOD_ALIASES = {"现场检查": "实地核查"}  # what offices also call an on-site check
UNGRADED = "未评定"  # a register row without a risk or credit grade forms its own stratum
FLAG_NAMES = tuple(name for name, _ in HAZARD_FLAGS)

# The result of a task (抽查结果), a closed list. The source does not enumerate results; these are the categories
# such public notices use (an ASSUMPTION documented in the README), in the order an office reads them.
RESULT_NONE_FOUND = "未发现问题"
RESULT_CORRECTED = "发现问题已责令改正"
RESULT_PENDING = "发现问题待后续处理"
RESULTS = (
    RESULT_NONE_FOUND,
    RESULT_CORRECTED,
    RESULT_PENDING,
    "未按规定公示应当公示的信息",
    "通过登记的住所（经营场所）无法联系",
    "不配合检查情节严重",
    "未发现开展本次抽查涉及的经营活动",
    "已停产关闭",
)
RESULT_DUE_WORKDAYS = 20  # 三（七）：“在20个工作日内将抽查结果依法录入”

# Task states, derived (never stored): the order is the order of a task's life.
STATE_TO_INSPECT = "待检查"
STATE_TO_ENTER = "待录入结果"
STATE_DUE_SOON = "即将到期"
STATE_OVERDUE = "逾期未录入"
STATE_ENTERED = "已录入"
STATE_ENTERED_LATE = "逾期录入"
STATE_SUPERSEDED = "已作废"
TASK_STATES = (STATE_TO_INSPECT, STATE_TO_ENTER, STATE_DUE_SOON, STATE_OVERDUE, STATE_ENTERED, STATE_ENTERED_LATE,
               STATE_SUPERSEDED)
DUE_SOON_WORKDAYS = 5


@dataclass(frozen=True)
class SamplingObject:
    """Which register rows an item samples. Empty lists mean "any"; ``key_categories`` and ``flags`` match any of."""

    sectors: tuple[str, ...] = ()
    exclude_sectors: tuple[str, ...] = ()
    key_categories: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    risk_grades: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {k: list(v) for k, v in (("sectors", self.sectors), ("exclude_sectors", self.exclude_sectors),
                                        ("key_categories", self.key_categories), ("flags", self.flags),
                                        ("risk_grades", self.risk_grades)) if v}

    def describe(self) -> str:
        parts = []
        if self.sectors:
            parts.append("行业：" + "、".join(self.sectors))
        if self.exclude_sectors:
            parts.append("不含行业：" + "、".join(self.exclude_sectors))
        if self.key_categories:
            parts.append("重点企业类别：" + "、".join(self.key_categories))
        if self.flags:
            labels = dict(HAZARD_FLAGS)
            parts.append("两重点一重大：" + "、".join(labels.get(f, f) for f in self.flags))
        if self.risk_grades:
            parts.append("风险等级：" + "、".join(self.risk_grades))
        return "；".join(parts) or "名录库内全部企业"


@dataclass(frozen=True)
class SamplingItem:
    """One entry of the 随机抽查事项清单."""

    key: str
    name: str
    department: str  # 抽查主体
    basis: str = ""  # 抽查依据
    kind: str = ITEM_KINDS[1]
    object: SamplingObject = field(default_factory=SamplingObject)
    method: str = METHODS[0]
    base_ratio: float = 0.05
    frequency: str = ""
    templates: tuple[str, ...] = ()  # template keys

    def as_dict(self) -> dict:
        return {"key": self.key, "name": self.name, "department": self.department, "basis": self.basis,
                "kind": self.kind, "object": self.object.as_dict(), "method": self.method,
                "base_ratio": self.base_ratio, "frequency": self.frequency, "templates": list(self.templates)}

    @classmethod
    def from_dict(cls, d: dict) -> "SamplingItem":
        obj = d.get("object") or {}
        return cls(key=d["key"], name=d["name"], department=d["department"], basis=d.get("basis", ""),
                   kind=d.get("kind", ITEM_KINDS[1]),
                   object=SamplingObject(**{k: tuple(v) for k, v in obj.items()}),
                   method=d.get("method", METHODS[0]), base_ratio=float(d["base_ratio"]),
                   frequency=d.get("frequency", ""), templates=tuple(d.get("templates", ())))


@dataclass(frozen=True)
class SamplingRules:
    """How ratios are adjusted and who is left out. Defaults are assumptions (forms/sampling/rules.yaml)."""

    risk_multipliers: dict[str, float] = field(default_factory=lambda: {g: 1.0 for g in (*RISK_GRADES, UNGRADED)})
    credit_multipliers: dict[str, float] = field(
        default_factory=lambda: {g: 1.0 for g in (*CREDIT_GRADES, UNGRADED)})
    max_ratio: float = 1.0
    min_per_stratum: int = 1
    recently_inspected_days: int = 0
    closed_category: str = KEY_CATEGORIES[4]
    min_inspectors: int = 2
    title: str = ""
    source: str = ""
    # 投诉举报多的企业提高抽查比例 (5号 三（二）): complaints found true (属实/部分属实) in the window before the plan
    # starts → the enterprise's ratio × the multiplier of the highest threshold it reaches. Empty: no weighting.
    complaint_window_days: int = 0
    complaint_multipliers: dict[int, float] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"risk_multipliers": dict(self.risk_multipliers), "credit_multipliers": dict(self.credit_multipliers),
                "max_ratio": self.max_ratio, "min_per_stratum": self.min_per_stratum,
                "recently_inspected_days": self.recently_inspected_days, "closed_category": self.closed_category,
                "min_inspectors": self.min_inspectors, "title": self.title, "source": self.source,
                # only when set: plans saved before the complaints factor keep their fingerprints
                **({"complaint_window_days": self.complaint_window_days,
                    "complaint_multipliers": {str(k): v for k, v in sorted(self.complaint_multipliers.items())}}
                   if self.complaint_multipliers else {})}

    @classmethod
    def from_dict(cls, d: dict) -> "SamplingRules":
        data = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        if "complaint_multipliers" in data:
            data["complaint_multipliers"] = {int(k): float(v) for k, v in data["complaint_multipliers"].items()}
        return cls(**data)

    def complaint_tier(self, true_complaints: int) -> tuple[int, float] | None:
        """(threshold, multiplier) of the highest threshold ``true_complaints`` reaches, or None."""
        reached = [t for t in self.complaint_multipliers if 0 < t <= true_complaints]
        return (max(reached), self.complaint_multipliers[max(reached)]) if reached else None

    def ratio(self, base_ratio: float, risk_grade: str, credit_grade: str) -> float:
        r = base_ratio * self.risk_multipliers.get(risk_grade or UNGRADED, 1.0) \
            * self.credit_multipliers.get(credit_grade or UNGRADED, 1.0)
        return min(self.max_ratio, r)

    def quota(self, ratio: float, population: int) -> int:
        """How many of ``population`` to draw: ratio × n rounded half up, at least ``min_per_stratum`` of a
        non-empty stratum, never more than there are."""
        if population <= 0:
            return 0
        k = math.floor(ratio * population + 0.5 + 1e-9)
        return min(population, max(k, self.min_per_stratum))


@dataclass
class Plan:
    """A 抽查计划: items, period, the lead department (发起部门) and, derived, the departments taking part."""

    name: str
    start_date: date
    end_date: date
    lead_department: str
    items: list[SamplingItem]
    rules: SamplingRules = field(default_factory=SamplingRules)
    campaign_id: str = ""
    id: str = ""

    @property
    def departments(self) -> list[str]:
        out = [self.lead_department] if self.lead_department else []
        for item in self.items:
            if item.department not in out:
                out.append(item.department)
        return out

    def canonical(self) -> dict:
        """What the plan fingerprint covers: everything that decides a draw, nothing else (no ids, no stamps)."""
        return {"name": self.name, "start": self.start_date.isoformat(), "end": self.end_date.isoformat(),
                "lead_department": self.lead_department, "items": [i.as_dict() for i in self.items],
                "rules": self.rules.as_dict()}


def item_problems(item: SamplingItem) -> dict[str, str]:
    """Field → message for every invalid field of an item."""
    problems: dict[str, str] = {}
    if not item.name.strip():
        problems["name"] = "抽查事项名称不能为空"
    if not item.department.strip():
        problems["department"] = "抽查主体（部门）不能为空"
    if item.kind not in ITEM_KINDS:
        problems["kind"] = f"事项类别应为 {'/'.join(ITEM_KINDS)} 之一，而不是 “{item.kind}”"
    if item.method not in METHODS:
        problems["method"] = f"检查方式应为 {'/'.join(METHODS)} 之一，而不是 “{item.method}”"
    if not (0 < item.base_ratio <= 1):
        problems["base_ratio"] = f"抽查比例应大于 0、不超过 1（如 0.05 表示 5%），而不是 {item.base_ratio}"
    unknown = [c for c in item.object.key_categories if c not in KEY_CATEGORIES]
    if unknown:
        problems["object.key_categories"] = f"未知的重点企业类别：{'、'.join(unknown)}"
    unknown = [f for f in item.object.flags if f not in FLAG_NAMES]
    if unknown:
        problems["object.flags"] = f"未知的标记：{'、'.join(unknown)}（可用：{'、'.join(FLAG_NAMES)}）"
    unknown = [g for g in item.object.risk_grades if g not in (*RISK_GRADES, UNGRADED)]
    if unknown:
        problems["object.risk_grades"] = f"未知的风险等级：{'、'.join(unknown)}"
    if not item.templates:
        problems["templates"] = "至少指定一张检查表"
    return problems


def rules_problems(rules: SamplingRules) -> dict[str, str]:
    problems: dict[str, str] = {}
    for name, table, grades in (("risk_multipliers", rules.risk_multipliers, RISK_GRADES),
                                ("credit_multipliers", rules.credit_multipliers, CREDIT_GRADES)):
        unknown = [g for g in table if g not in (*grades, UNGRADED)]
        if unknown:
            problems[name] = f"未知的等级：{'、'.join(unknown)}（可用：{'、'.join((*grades, UNGRADED))}）"
        elif any(not isinstance(v, (int, float)) or v < 0 for v in table.values()):
            problems[name] = "倍数应为不小于 0 的数"
    if not (0 < rules.max_ratio <= 1):
        problems["max_ratio"] = "最高抽查比例应大于 0、不超过 1"
    if rules.min_per_stratum < 0:
        problems["min_per_stratum"] = "每层最少抽取数不能为负"
    if rules.recently_inspected_days < 0:
        problems["recently_inspected_days"] = "天数不能为负"
    if rules.closed_category and rules.closed_category not in KEY_CATEGORIES:
        problems["closed_category"] = f"未知的重点企业类别：{rules.closed_category}"
    if rules.min_inspectors < 2:
        problems["min_inspectors"] = "每户至少应有两名执法检查人员"
    if any(not isinstance(t, int) or t < 1 or not isinstance(v, (int, float)) or v < 1
           for t, v in rules.complaint_multipliers.items()):
        problems["complaints"] = "投诉举报次数应为不小于 1 的整数，倍数应为不小于 1 的数"
    elif rules.complaint_multipliers and rules.complaint_window_days < 1:
        problems["complaints"] = "统计投诉举报的天数应为正整数"
    return problems


def plan_problems(plan: Plan) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not plan.name.strip():
        problems["name"] = "计划名称不能为空"
    if plan.end_date < plan.start_date:
        problems["end"] = "结束日期不能早于开始日期"
    if not plan.lead_department.strip():
        problems["lead_department"] = "发起部门不能为空"
    if not plan.items:
        problems["items"] = "计划至少包含一个抽查事项"
    keys = [i.key for i in plan.items]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        problems["items"] = f"抽查事项重复：{'、'.join(dup)}"
    return problems


def task_state(*, superseded: bool, inspected: bool, result: str, due: date | None, entered_on: date | None,
               today: date, due_soon: date | None = None) -> str:
    """The state of a task as of ``today``. ``due``: 20 working days after the inspection; ``due_soon``: the day
    from which the deadline counts as near (DUE_SOON_WORKDAYS working days before it)."""
    if superseded:
        return STATE_SUPERSEDED
    if result:
        return STATE_ENTERED_LATE if due and entered_on and entered_on > due else STATE_ENTERED
    if not inspected:
        return STATE_TO_INSPECT
    if due and today > due:
        return STATE_OVERDUE
    if due and due_soon and today >= due_soon:
        return STATE_DUE_SOON
    return STATE_TO_ENTER


@dataclass(frozen=True)
class PublicityRow:
    """One line of the public notice: nothing personal (no inspector, no contact person)."""

    serial: int
    enterprise: str
    credit_code: str
    items: str
    departments: str
    inspection_date: date
    result: str


@dataclass(frozen=True)
class Publicity:
    plan_name: str
    lead_department: str
    start_date: date
    end_date: date
    rows: list[PublicityRow]
    tasks: int  # all current tasks of the plan, results entered or not
