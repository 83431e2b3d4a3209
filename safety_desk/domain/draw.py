"""The reproducible draw (摇号) of 双随机: enterprises per item and stratum, then inspectors for each drawn enterprise.

The result depends only on the seed, the plan and the registers' snapshot, so anyone holding the three can re-run it
and get the same list (``draw verify``). The algorithm, version ``ALGORITHM``:

1. **Snapshot.** Enterprises, inspectors, conflict-of-interest declarations (回避) and the history of earlier tasks,
   each list sorted (enterprises and inspectors by id). Its fingerprint is the SHA-256 of its canonical JSON
   (``canonical_json``: keys sorted, no spaces, UTF-8). The plan's fingerprint is the same over ``Plan.canonical()``.
2. **One generator**: ``random.Random(seed)`` (Python's Mersenne Twister; an integer seed gives the same stream on
   every platform and Python version since 3.2). Every random choice below takes the next numbers of that one
   stream, in the order described, and nothing else does.
3. **Enterprises**, for each item in plan order: the eligible enterprises (matching the item's object; not of the
   rules' closed category; no task for the same item inspected within ``recently_inspected_days`` before the plan
   starts) are split into strata by (risk grade, credit grade, complaints tier), missing grades being "未评定"; the
   complaints tier is "" or "属实投诉举报N次以上" for the highest threshold of ``rules.complaint_multipliers`` that the
   enterprise's complaints found true in the window reach (snapshot ``complaints``), and multiplies the stratum's
   ratio (capped at ``max_ratio``). For each stratum in sorted order of its key:
   ``k = rules.quota(ratio, n)``, then ``k`` members are chosen by a partial
   Fisher–Yates shuffle of the stratum (sorted by id): for ``i`` in ``0..k-1`` swap position ``i`` with
   ``i + rng.randrange(n - i)``; the first ``k`` are drawn.
4. **Visits.** An enterprise drawn by several items is one task (进一次门，查多项事) with all of them; tasks are in
   enterprise id order.
5. **Inspectors**, task by task: one from each department of the task's items (in plan order of first appearance),
   then more from those departments in turn until ``rules.min_inspectors``. A candidate has an enforcement
   certificate, is of the department, has not declared 回避 with the enterprise and is not on the team yet; among the
   candidates only those drawn the fewest times so far in this draw count (so nobody is drawn again before the
   others of the department), and one of them (sorted by id) is chosen with ``rng.randrange``.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from safety_desk.domain.sampling import UNGRADED, Plan, SamplingItem, SamplingObject
from safety_desk.errors import UserError

ALGORITHM = "safety-desk-draw/1"
MAX_SEED = 2**63 - 1


class DrawError(UserError):
    """A draw that cannot be made as asked (too few inspectors, nothing to draw)."""


class SnapEnterprise(NamedTuple):
    id: str
    name: str
    credit_code: str
    sector: str
    risk_grade: str
    credit_grade: str
    key_categories: tuple[str, ...]
    key_process: bool
    key_chemicals: bool
    major_hazard_source: bool


class SnapInspector(NamedTuple):
    id: str
    name: str
    department: str
    certificate_no: str


@dataclass(frozen=True)
class RegisterSnapshot:
    """What the draw reads of the registers. ``history``: (enterprise id, item key, inspection date) of earlier
    tasks; ``recusals``: (inspector id, enterprise id) declared conflicts of interest; ``complaints``: (enterprise
    id, complaints found true in the rules' window) for enterprises that have any, when the rules weigh them."""

    enterprises: tuple[SnapEnterprise, ...]
    inspectors: tuple[SnapInspector, ...]
    recusals: tuple[tuple[str, str], ...] = ()
    history: tuple[tuple[str, str, str], ...] = ()
    complaints: tuple[tuple[str, int], ...] = ()

    @classmethod
    def build(cls, enterprises, inspectors, recusals=(), history=(), complaints=()) -> "RegisterSnapshot":
        return cls(tuple(sorted(enterprises, key=lambda e: e.id)), tuple(sorted(inspectors, key=lambda i: i.id)),
                   tuple(sorted(set(recusals))), tuple(sorted(set(history))),
                   tuple(sorted((e, int(n)) for e, n in dict(complaints).items() if n > 0)))

    def canonical(self) -> dict:
        data = {"format": 1,
                "enterprises": [[*e[:6], list(e.key_categories), int(e.key_process), int(e.key_chemicals),
                                 int(e.major_hazard_source)] for e in self.enterprises],
                "inspectors": [list(i) for i in self.inspectors],
                "recusals": [list(r) for r in self.recusals],
                "history": [list(h) for h in self.history]}
        if self.complaints:  # only when present: snapshots saved before the complaints factor keep their fingerprint
            data["complaints"] = [list(c) for c in self.complaints]
        return data

    @classmethod
    def from_canonical(cls, data: dict) -> "RegisterSnapshot":
        return cls(
            tuple(SnapEnterprise(*row[:6], tuple(row[6]), bool(row[7]), bool(row[8]), bool(row[9]))
                  for row in data["enterprises"]),
            tuple(SnapInspector(*row) for row in data["inspectors"]),
            tuple(tuple(r) for r in data["recusals"]), tuple(tuple(h) for h in data["history"]),
            tuple((str(c[0]), int(c[1])) for c in data.get("complaints", [])))


def canonical_json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256_of(data: object) -> str:
    return hashlib.sha256(canonical_json(data)).hexdigest()


@dataclass(frozen=True)
class StratumCount:
    item_key: str
    risk_grade: str
    credit_grade: str
    population: int
    ratio: float
    drawn: int
    complaints: str = ""  # the complaints tier that raised this stratum's ratio ("" = none)


@dataclass(frozen=True)
class DrawnTask:
    enterprise_id: str
    enterprise: str
    credit_code: str
    items: tuple[str, ...]  # item keys, plan order
    departments: tuple[str, ...]
    inspector_ids: tuple[str, ...]
    inspectors: tuple[str, ...]  # names, same order


@dataclass(frozen=True)
class DrawOutcome:
    tasks: tuple[DrawnTask, ...]
    strata: tuple[StratumCount, ...]

    def canonical(self) -> list:
        """The list that is published and verified: who is inspected, for what, by whom."""
        return [[t.enterprise_id, list(t.items), list(t.inspector_ids)] for t in self.tasks]


def matches(obj: SamplingObject, e: SnapEnterprise) -> bool:
    if obj.sectors and e.sector not in obj.sectors:
        return False
    if obj.exclude_sectors and e.sector in obj.exclude_sectors:
        return False
    if obj.key_categories and not set(obj.key_categories) & set(e.key_categories):
        return False
    if obj.flags and not any(getattr(e, f) for f in obj.flags):
        return False
    if obj.risk_grades and (e.risk_grade or UNGRADED) not in obj.risk_grades:
        return False
    return True


def _pick(rng: random.Random, members: list, k: int) -> list:
    """Partial Fisher–Yates: the first k of a shuffle of ``members`` (a copy)."""
    pool = list(members)
    n = len(pool)
    for i in range(k):
        j = i + rng.randrange(n - i)
        pool[i], pool[j] = pool[j], pool[i]
    return pool[:k]


def eligible(plan: Plan, item: SamplingItem, snapshot: RegisterSnapshot,
             index: dict[str, list[SnapEnterprise]] | None = None) -> list[SnapEnterprise]:
    """The enterprises an item may draw, in id order. ``index``: the snapshot's enterprises by sector (id order
    within each), so that an item about two sectors does not look at the other 90% of the register."""
    obj = item.object
    index = index if index is not None else sector_index(snapshot)
    if obj.sectors:
        pools = [index.get(s, []) for s in dict.fromkeys(obj.sectors) if s not in obj.exclude_sectors]
    else:
        pools = [v for k, v in index.items() if k not in obj.exclude_sectors]
    candidates = pools[0] if len(pools) == 1 else sorted((e for p in pools for e in p), key=_by_id)
    if obj.key_categories or obj.flags or obj.risk_grades:
        candidates = [e for e in candidates if matches(obj, e)]
    left_out = set()
    closed = plan.rules.closed_category
    if closed:
        left_out = {e.id for e in snapshot.enterprises if closed in e.key_categories}
    days = plan.rules.recently_inspected_days
    if days and snapshot.history:
        since = (plan.start_date - timedelta(days=days)).isoformat()
        start = plan.start_date.isoformat()
        left_out |= {eid for eid, key, day in snapshot.history if key == item.key and since <= day < start}
    return [e for e in candidates if e.id not in left_out] if left_out else list(candidates)


def _by_id(e: SnapEnterprise) -> str:
    return e.id


def sector_index(snapshot: RegisterSnapshot) -> dict[str, list[SnapEnterprise]]:
    index: dict[str, list[SnapEnterprise]] = defaultdict(list)
    for e in snapshot.enterprises:  # already in id order, and so is each list
        index[e.sector].append(e)
    return dict(index)


def run_draw(plan: Plan, snapshot: RegisterSnapshot, seed: int) -> DrawOutcome:
    """The draw of the module docstring. DrawError when a department cannot staff a visit."""
    if not 0 <= seed <= MAX_SEED:
        raise DrawError(f"种子应在 0 到 {MAX_SEED} 之间")
    rng = random.Random(seed)
    rules = plan.rules
    by_enterprise: dict[str, list[str]] = defaultdict(list)
    drawn: dict[str, SnapEnterprise] = {}
    strata_counts: list[StratumCount] = []
    index = sector_index(snapshot)
    tiers = complaint_tiers(rules, snapshot)
    for item in plan.items:
        strata: dict[tuple[str, str, str], list[SnapEnterprise]] = defaultdict(list)
        for e in eligible(plan, item, snapshot, index):
            tier = tiers.get(e.id)
            label = tier_label(tier[0]) if tier else ""
            strata[(e.risk_grade or UNGRADED, e.credit_grade or UNGRADED, label)].append(e)
        for key in sorted(strata):
            members = strata[key]
            ratio = rules.ratio(item.base_ratio, key[0], key[1])
            if key[2]:
                ratio = min(rules.max_ratio, ratio * tiers[members[0].id][1])
            chosen = _pick(rng, members, rules.quota(ratio, len(members)))
            for e in chosen:
                by_enterprise[e.id].append(item.key)
                drawn[e.id] = e
            strata_counts.append(StratumCount(item.key, key[0], key[1], len(members), ratio, len(chosen), key[2]))
    items = {i.key: i for i in plan.items}
    staff = _Staffing(rng, snapshot, rules.min_inspectors)
    tasks = []
    for eid in sorted(by_enterprise):
        keys = tuple(by_enterprise[eid])
        departments = tuple(dict.fromkeys(items[k].department for k in keys))
        team = staff.team(drawn[eid], departments)
        tasks.append(DrawnTask(eid, drawn[eid].name, drawn[eid].credit_code, keys, departments,
                               tuple(i.id for i in team), tuple(i.name for i in team)))
    return DrawOutcome(tuple(tasks), tuple(strata_counts))


def tier_label(threshold: int) -> str:
    return f"属实投诉举报{threshold}次以上"


def complaint_tiers(rules, snapshot: RegisterSnapshot) -> dict[str, tuple[int, float]]:
    """enterprise id → (threshold, multiplier) for the enterprises whose true complaints raise their ratio."""
    out = {}
    for enterprise_id, count in snapshot.complaints:
        tier = rules.complaint_tier(count)
        if tier:
            out[enterprise_id] = tier
    return out


class _Staffing:
    """Draws inspectors, spreading the load within the draw.

    Equivalent to scanning the department's candidates for the least-drawn ones each time, but kept in buckets by
    how often each was drawn (each bucket sorted by id), so a pick costs a bisection, not a scan of the register."""

    def __init__(self, rng: random.Random, snapshot: RegisterSnapshot, minimum: int) -> None:
        self.rng, self.minimum = rng, minimum
        self.by_id = {i.id: i for i in snapshot.inspectors}
        self.buckets: dict[str, list[list[str]]] = defaultdict(lambda: [[]])
        for i in snapshot.inspectors:  # already in id order
            if i.certificate_no.strip():
                self.buckets[i.department][0].append(i.id)
        self.level: dict[str, int] = defaultdict(int)
        self.recused: dict[str, set[str]] = defaultdict(set)  # enterprise id → inspector ids
        for inspector_id, enterprise_id in snapshot.recusals:
            self.recused[enterprise_id].add(inspector_id)

    def _one(self, department: str, enterprise: SnapEnterprise, taken: set[str]) -> SnapInspector | None:
        if department not in self.buckets:
            return None
        excluded = self.recused.get(enterprise.id, set()) | taken
        buckets = self.buckets[department]
        while self.level[department] < len(buckets) - 1 and not buckets[self.level[department]]:
            self.level[department] += 1  # counts only grow: an emptied bucket stays empty
        for count in range(self.level[department], len(buckets)):
            bucket = buckets[count]
            skip = sorted(p for p, x in ((bisect.bisect_left(bucket, x), x) for x in excluded)
                          if p < len(bucket) and bucket[p] == x)
            if len(bucket) - len(skip) <= 0:
                continue
            index = self.rng.randrange(len(bucket) - len(skip))
            for p in skip:  # the index-th candidate, skipping the excluded
                if p <= index:
                    index += 1
                else:
                    break
            chosen = bucket.pop(index)
            if count + 1 == len(buckets):
                buckets.append([])
            bisect.insort(buckets[count + 1], chosen)
            taken.add(chosen)
            return self.by_id[chosen]
        return None

    def team(self, enterprise: SnapEnterprise, departments: tuple[str, ...]) -> list[SnapInspector]:
        team: list[SnapInspector] = []
        taken: set[str] = set()
        for department in departments:
            chosen = self._one(department, enterprise, taken)
            if chosen is None:
                raise DrawError(self._short(department, enterprise))
            team.append(chosen)
        turn = 0
        while len(team) < self.minimum:
            for offset in range(len(departments)):
                chosen = self._one(departments[(turn + offset) % len(departments)], enterprise, taken)
                if chosen is not None:
                    team.append(chosen)
                    turn += offset + 1
                    break
            else:
                raise DrawError(self._short("、".join(departments), enterprise))
        return team

    def _short(self, department: str, enterprise: SnapEnterprise) -> str:
        return (f"{department} 没有足够的执法检查人员：检查 “{enterprise.name}” 需要至少 {self.minimum} 名持有执法证、"
                f"且未申明与该企业回避的人员。请在执法检查人员名录库中补充人员或执法证号")


def seed_from_time(moment) -> int:
    """A seed derived from the draw time, readable as the time itself: 2019-10-08 09:30:05 → 20191008093005."""
    return int(moment.strftime("%Y%m%d%H%M%S"))


def history_window(plan: Plan) -> tuple[date, date]:
    """The dates of earlier tasks that matter to a plan's exclusions: [start - days, start)."""
    return plan.start_date - timedelta(days=plan.rules.recently_inspected_days), plan.start_date


@dataclass(frozen=True)
class DrawRecord:
    """A saved draw as the draw record (摇号记录) prints it."""

    id: str
    plan_id: str
    plan_name: str
    seed: int
    seed_source: str  # "指定" | "按抽取时间生成"
    drawn_at: str
    drawn_by: str
    witnesses: list[str]
    algorithm: str
    registers_sha256: str
    plan_sha256: str
    result_sha256: str
    replaces_draw_id: str | None
    replace_reason: str
    replaced_by: str | None
    plan: Plan
    tasks: list[DrawnTask] = field(default_factory=list)
    strata: list[StratumCount] = field(default_factory=list)
    enterprises: int = 0  # in the snapshot
    inspectors: int = 0
    # enterprises whose ratio was raised for complaints found true: (name, credit code, complaints, multiplier)
    weighted: list[tuple[str, str, int, float]] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "已被重新抽取替代" if self.replaced_by else "有效"
