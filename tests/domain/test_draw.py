"""The draw in isolation: determinism, ratios per stratum, 回避, teams, joint visits, load spreading."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from datetime import date

import pytest

from safety_desk.domain.draw import (
    DrawError,
    RegisterSnapshot,
    SnapEnterprise,
    SnapInspector,
    canonical_json,
    run_draw,
    sha256_of,
)
from safety_desk.domain.registers import CREDIT_GRADES, RISK_GRADES
from safety_desk.domain.sampling import Plan, SamplingItem, SamplingObject, SamplingRules

RULES = SamplingRules(risk_multipliers={"重大风险": 3, "较大风险": 2, "一般风险": 1, "低风险": 0.5, "未评定": 1},
                      credit_multipliers={"A": 0.5, "B": 1, "C": 2, "D": 3, "未评定": 1}, recently_inspected_days=180)


def make_snapshot(n: int = 400, seed: int = 7, per_department: int = 6) -> RegisterSnapshot:
    rng = random.Random(seed)
    sectors = ("工贸", "建筑施工", "教育")
    enterprises = [SnapEnterprise(f"e{i:06d}", f"企业{i}", f"CODE{i:014d}", sectors[i % 3], rng.choice(RISK_GRADES),
                                  rng.choice(CREDIT_GRADES), (), False, False, False) for i in range(n)]
    inspectors = []
    for d, dept in enumerate(("区应急局", "区住房城乡建设局", "区教体局")):
        for j in range(per_department):
            inspectors.append(SnapInspector(f"i{d}{j:03d}", f"{dept}人员{j}", dept, f"证{d}{j:03d}"))
        inspectors.append(SnapInspector(f"i{d}999", f"{dept}无证人员", dept, ""))  # never drawn: no certificate
    return RegisterSnapshot.build(enterprises, inspectors)


def make_plan(ratio: float = 0.1) -> Plan:
    items = [
        SamplingItem("a-trade", "工贸执法检查", "区应急局", object=SamplingObject(sectors=("工贸",)), base_ratio=ratio,
                     templates=("t1",)),
        SamplingItem("b-training", "培训检查", "区应急局", object=SamplingObject(exclude_sectors=("教育",)),
                     base_ratio=ratio, templates=("t2",)),
        SamplingItem("c-build", "建筑施工检查", "区住房城乡建设局", object=SamplingObject(sectors=("建筑施工",)),
                     base_ratio=ratio, templates=("t3",)),
        SamplingItem("d-school", "校园检查", "区教体局", object=SamplingObject(sectors=("教育",)), base_ratio=ratio,
                     templates=("t4",)),
    ]
    return Plan("计划", date(2019, 10, 8), date(2019, 12, 31), "区应急局", items, RULES, id="p1")


def test_same_seed_same_registers_same_draw_in_another_process():
    plan, snap = make_plan(), make_snapshot()
    here = run_draw(plan, snap, 20191008).canonical()
    assert run_draw(plan, snap, 20191008).canonical() == here
    code = (
        "import json,sys\n"
        "from tests.domain.test_draw import make_plan, make_snapshot\n"
        "from safety_desk.domain.draw import run_draw, sha256_of\n"
        "print(sha256_of(run_draw(make_plan(), make_snapshot(), 20191008).canonical()))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "12345", "PATH": ""}, cwd=str(__import__("pathlib").Path(__file__)
                                                                              .parents[2]))
    assert out.stdout.strip() == sha256_of(here)
    assert run_draw(plan, snap, 20191009).canonical() != here  # and the seed does matter


def test_order_of_register_rows_does_not_matter():
    snap = make_snapshot()
    shuffled = RegisterSnapshot.build(reversed(snap.enterprises), reversed(snap.inspectors))
    assert sha256_of(shuffled.canonical()) == sha256_of(snap.canonical())
    assert run_draw(make_plan(), shuffled, 5).canonical() == run_draw(make_plan(), snap, 5).canonical()


def test_any_register_change_changes_the_fingerprint():
    snap = make_snapshot()
    base = sha256_of(snap.canonical())
    e = snap.enterprises[3]
    changed = RegisterSnapshot.build([e._replace(credit_grade="D" if e.credit_grade != "D" else "A"),
                                      *snap.enterprises[:3], *snap.enterprises[4:]], snap.inspectors)
    assert sha256_of(changed.canonical()) != base
    fewer = RegisterSnapshot.build(snap.enterprises, snap.inspectors[1:])
    assert sha256_of(fewer.canonical()) != base
    recused = RegisterSnapshot.build(snap.enterprises, snap.inspectors, [("i0000", "e000001")])
    assert sha256_of(recused.canonical()) != base
    assert RegisterSnapshot.from_canonical(json.loads(canonical_json(snap.canonical()))) == snap


def test_ratios_respected_per_stratum_on_a_large_register():
    plan, snap = make_plan(ratio=0.04), make_snapshot(n=30_000, per_department=200)
    outcome = run_draw(plan, snap, 99)
    drawn = Counter()
    for t in outcome.tasks:
        for key in t.items:
            drawn[key] += 1
    for s in outcome.strata:
        expected = s.population * min(1.0, 0.04 * RULES.risk_multipliers[s.risk_grade]
                                      * RULES.credit_multipliers[s.credit_grade])
        assert abs(s.drawn - expected) <= 0.5 + 1e-9 or (expected < 1 and s.drawn == 1), s
    for key in ("a-trade", "b-training", "c-build", "d-school"):
        assert drawn[key] == sum(s.drawn for s in outcome.strata if s.item_key == key)
    # the strata really hold what they claim: the drawn enterprises of a stratum are of its grades
    grades = {e.id: (e.risk_grade, e.credit_grade) for e in snap.enterprises}
    per_stratum = Counter((k, *grades[t.enterprise_id]) for t in outcome.tasks for k in t.items)
    assert per_stratum == Counter({(s.item_key, s.risk_grade, s.credit_grade): s.drawn for s in outcome.strata})


def test_at_least_one_per_non_empty_stratum_when_the_ratio_rounds_to_zero():
    outcome = run_draw(make_plan(ratio=0.001), make_snapshot(n=120), 3)
    assert outcome.strata and all(s.drawn == 1 for s in outcome.strata)


def test_closed_and_recently_inspected_enterprises_are_not_drawn():
    snap = make_snapshot(n=60)
    closed = snap.enterprises[0]._replace(sector="建筑施工", key_categories=("停产关闭企业",))
    recent = snap.enterprises[1]._replace(sector="建筑施工")
    old = snap.enterprises[2]._replace(sector="建筑施工")
    snap = RegisterSnapshot.build([closed, recent, old], snap.inspectors,
                                  history=[(recent.id, "c-build", "2019-09-01"), (old.id, "c-build", "2018-01-01")])
    plan = make_plan(ratio=1.0)
    plan.items = [plan.items[2]]
    drawn = {t.enterprise_id for t in run_draw(plan, snap, 1).tasks}
    assert drawn == {old.id}


def test_a_conflicted_inspector_is_never_drawn_for_that_enterprise():
    snap = make_snapshot(n=90, per_department=3)
    plan = make_plan(ratio=1.0)
    recusals = [("i0000", e.id) for e in snap.enterprises[::2]] + [("i1001", e.id) for e in snap.enterprises[1::3]]
    snap = RegisterSnapshot.build(snap.enterprises, snap.inspectors, recusals)
    banned = set((i, e) for i, e in recusals)
    seen_i0000 = 0
    for seed in range(200):
        for t in run_draw(plan, snap, seed).tasks:
            assert not any((i, t.enterprise_id) in banned for i in t.inspector_ids)
            seen_i0000 += "i0000" in t.inspector_ids
    assert seen_i0000  # the inspector is drawn elsewhere: the rule is per enterprise, not a ban


def test_each_task_has_two_certified_inspectors_and_load_is_spread():
    snap = make_snapshot(n=300, per_department=5)
    certified = {i.id for i in snap.inspectors if i.certificate_no}
    outcome = run_draw(make_plan(ratio=0.5), snap, 11)
    load = Counter()
    for t in outcome.tasks:
        assert len(t.inspector_ids) >= 2 and len(set(t.inspector_ids)) == len(t.inspector_ids)
        assert set(t.inspector_ids) <= certified
        load.update(t.inspector_ids)
    by_dept = {}
    for i in snap.inspectors:
        if i.id in certified:
            by_dept.setdefault(i.department, []).append(load[i.id])
    for counts in by_dept.values():
        assert max(counts) - min(counts) <= 1  # nobody again before the others of the department


def test_joint_visit_merges_departments():
    snap = make_snapshot(n=60)
    plan = make_plan(ratio=1.0)
    outcome = run_draw(plan, snap, 2)
    building = [t for t in outcome.tasks if "c-build" in t.items]
    assert building and all(t.items == ("b-training", "c-build") for t in building)
    depts = {i.id: i.department for i in snap.inspectors}
    for t in building:
        assert t.departments == ("区应急局", "区住房城乡建设局")
        assert {depts[i] for i in t.inspector_ids} == {"区应急局", "区住房城乡建设局"}
    assert len({t.enterprise_id for t in outcome.tasks}) == len(outcome.tasks)  # one visit per enterprise


def test_too_few_inspectors_is_a_clear_error():
    snap = make_snapshot(n=30, per_department=1)
    plan = make_plan(ratio=1.0)
    plan.items = [plan.items[3]]  # 区教体局 has one certified inspector; a visit needs two
    with pytest.raises(DrawError, match="区教体局.*至少 2 名"):
        run_draw(plan, snap, 1)


class _ScanStaffing:
    """The inspector step exactly as the module docstring words it: scan the candidates each time."""

    def __init__(self, rng, snapshot, minimum):
        self.rng, self.minimum, self.snapshot = rng, minimum, snapshot
        self.count = Counter()
        self.recused = set(snapshot.recusals)

    def _one(self, department, enterprise, taken):
        candidates = [i for i in self.snapshot.inspectors if i.department == department and i.certificate_no
                      and (i.id, enterprise.id) not in self.recused and i.id not in taken]
        if not candidates:
            return None
        least = min(self.count[i.id] for i in candidates)
        candidates = [i for i in candidates if self.count[i.id] == least]
        chosen = candidates[self.rng.randrange(len(candidates))]
        self.count[chosen.id] += 1
        taken.add(chosen.id)
        return chosen


def test_the_fast_inspector_step_is_the_documented_one(monkeypatch):
    import safety_desk.domain.draw as draw_module

    snap = make_snapshot(n=150, per_department=4)
    recusals = [("i0001", e.id) for e in snap.enterprises[::3]] + [("i0002", e.id) for e in snap.enterprises[::5]]
    snap = RegisterSnapshot.build(snap.enterprises, snap.inspectors, recusals)
    fast = [run_draw(make_plan(ratio=0.3), snap, seed).canonical() for seed in range(15)]
    monkeypatch.setattr(draw_module._Staffing, "_one", _ScanStaffing._one)
    monkeypatch.setattr(draw_module._Staffing, "__init__", _ScanStaffing.__init__)
    assert [run_draw(make_plan(ratio=0.3), snap, seed).canonical() for seed in range(15)] == fast


def test_true_complaints_raise_the_ratio_exactly_as_the_rules_say():
    """济天政发〔2019〕5号: 投诉举报多的提高抽查比例 — the multiplier of the highest threshold reached, per stratum."""
    from dataclasses import replace

    rules = replace(RULES, complaint_window_days=365, complaint_multipliers={1: 1.5, 3: 2})
    enterprises = [SnapEnterprise(f"e{i:03d}", f"企业{i}", f"C{i:03d}", "工贸", "一般风险", "B", (), False, False, False)
                   for i in range(300)]
    inspectors = [SnapInspector(f"i{j}", f"人员{j}", "区应急局", f"证{j}") for j in range(6)]
    # 100 enterprises with 1–2 true complaints, 40 with 3 or more, 160 with none
    complaints = {f"e{i:03d}": 1 + i % 2 for i in range(100)} | {f"e{i:03d}": 3 + i % 4 for i in range(100, 140)}
    item = SamplingItem("a", "工贸执法检查", "区应急局", object=SamplingObject(sectors=("工贸",)), base_ratio=0.1,
                        templates=("t",))
    plan = Plan("计划", date(2019, 10, 8), date(2019, 12, 31), "区应急局", [item], rules, id="p1")
    snap = RegisterSnapshot.build(enterprises, inspectors, complaints=complaints)
    outcome = run_draw(plan, snap, 5)
    strata = {s.complaints: s for s in outcome.strata}
    assert (strata[""].population, strata[""].ratio, strata[""].drawn) == (160, pytest.approx(0.1), 16)
    one = strata["属实投诉举报1次以上"]
    assert (one.population, one.ratio, one.drawn) == (100, pytest.approx(0.15), 15)
    three = strata["属实投诉举报3次以上"]
    assert (three.population, three.ratio, three.drawn) == (40, pytest.approx(0.2), 8)
    drawn = {t.enterprise_id for t in outcome.tasks}
    assert len(drawn & {f"e{i:03d}" for i in range(100, 140)}) == 8
    # the complaint counts are part of the snapshot: its fingerprint changes with them, and the draw re-runs from it
    again = RegisterSnapshot.from_canonical(json.loads(canonical_json(snap.canonical())))
    assert run_draw(plan, again, 5).canonical() == outcome.canonical()
    fewer = RegisterSnapshot.build(enterprises, inspectors, complaints={**complaints, "e100": 2})
    assert sha256_of(fewer.canonical()) != sha256_of(snap.canonical())
    # without complaints the canonical snapshot (and so the fingerprints of earlier draws) is unchanged
    assert "complaints" not in RegisterSnapshot.build(enterprises, inspectors).canonical()
    # rules without the factor ignore the counts
    plain = run_draw(replace(plan, rules=RULES), snap, 5)
    assert {s.complaints for s in plain.strata} == {""}
