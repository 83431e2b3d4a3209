"""Attachment 2: each situation of each unit kind hit by a minimal case and missed by its near miss."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.domain.accidents import Accident
from safety_desk.domain.veto_registers import BlacklistEntry, IllegalOperation
from safety_desk.domain.veto_rules import ListedHazard, VetoRecords, dismissal_warnings, evaluate
from safety_desk.paths import FORMS_DIR
from safety_desk.templates.veto_rules_format import load_veto_rules

START, END = date(2019, 7, 15), date(2019, 10, 31)
RULES = load_veto_rules(FORMS_DIR / "veto_rules" / "attachment2_2019.yaml")
DEPTS = {"e1": "区应急局"}
NAMES = {"e1": "济南鑫源化工有限公司"}


def hits(**registers) -> set[tuple[str, str, str]]:
    records = VetoRecords(departments=DEPTS, enterprise_names=NAMES, **registers)
    return {(h.unit_kind, h.unit, h.situation.key) for h in evaluate(RULES, records, start=START, end=END)}


def accident(**kw) -> Accident:
    values = dict(occurred_on=date(2019, 8, 20), accident_type="机械伤害", street="药山街道", enterprise_id="e1")
    values.update(kw)
    return Accident(**values)


def op(n: int = 1, stopped: bool = False, found: date = date(2019, 8, 3)) -> list[IllegalOperation]:
    return [IllegalOperation(found, "药山街道", responsible_department="区应急局", enterprise_name=f"黑作坊{i}",
                             stopped=stopped, stopped_on=date(2019, 8, 10) if stopped else None) for i in range(n)]


D, S, E = "department", "street", "enterprise"
ENT = "济南鑫源化工有限公司"


@pytest.mark.parametrize("hit_case, miss_case, expected", [
    # department: 较大 explosion — 3 deaths vs 2 deaths
    (dict(accident_type="爆炸", deaths=3), dict(accident_type="爆炸", deaths=2), (D, "区应急局", "larger-explosion")),
    # department: fatal illegal accident — 1 death vs none
    (dict(illegal_production=True, deaths=1), dict(illegal_production=True, serious_injuries=2),
     (D, "区应急局", "fatal-illegal-accident")),
    # street: fatal explosion — a death vs injuries only
    (dict(accident_type="燃爆", deaths=1), dict(accident_type="燃爆", serious_injuries=5), (S, "药山街道", "fatal-explosion")),
    # street: illegal-production accident — flagged vs not
    (dict(illegal_production=True), dict(), (S, "药山街道", "illegal-accident")),
    # enterprise: explosion — 爆燃 vs fire
    (dict(accident_type="爆燃"), dict(accident_type="火灾"), (E, ENT, "explosion")),
    # enterprise: poor rectification or 三违
    (dict(cause_poor_rectification=True), dict(), (E, ENT, "poor-rectification-or-three-violations")),
    (dict(cause_three_violations=True), dict(), (E, ENT, "poor-rectification-or-three-violations")),
    # enterprise: late / concealed / false report
    (dict(reporting="迟报"), dict(reporting="按时报告"), (E, ENT, "misreported")),
    (dict(reporting="瞒报"), dict(), (E, ENT, "misreported")),
])
def test_accident_situations_hit_and_near_miss(hit_case, miss_case, expected):
    assert expected in hits(accidents=[accident(**hit_case)])
    assert expected not in hits(accidents=[accident(**miss_case)])


def test_an_accident_outside_the_period_does_not_count():
    assert hits(accidents=[accident(accident_type="爆炸", deaths=3, occurred_on=date(2019, 7, 14))]) == set()


def test_one_illegal_operation_not_stopped_hits_the_street_not_the_department():
    assert hits(illegal_operations=op(1)) == {(S, "药山街道", "illegal-not-stopped")}


def test_two_illegal_operations_not_stopped_hit_both():
    assert hits(illegal_operations=op(2)) == {(S, "药山街道", "illegal-not-stopped"),
                                              (D, "区应急局", "illegal-not-stopped")}


def test_stopped_illegal_operations_hit_nobody():
    assert hits(illegal_operations=op(2, stopped=True)) == set()


def listed(overdue: bool) -> ListedHazard:
    return ListedHazard("f1", "e1", ENT, "液氯储罐区防火间距不足", date(2019, 9, 30), "整改中", "区级", "区安委会办公室",
                        "济天安办〔2019〕12号", date(2019, 8, 15), overdue=overdue)


def test_listed_major_hazard_unrectified_hits_the_enterprise_and_near_miss():
    assert hits(listed_hazards=[listed(True)]) == {(E, ENT, "listed-hazard-unrectified")}
    assert hits(listed_hazards=[listed(False)]) == set()


def test_blacklist_during_the_period_hits_and_an_entry_removed_before_it_does_not():
    on = BlacklistEntry("e1", date(2019, 6, 1), reason="拒不整改")
    assert hits(blacklist=[on]) == {(E, ENT, "blacklist")}
    off = BlacklistEntry("e1", date(2019, 1, 1), reason="拒不整改", removed_on=date(2019, 7, 1))
    assert hits(blacklist=[off]) == set()


def test_hit_carries_the_records_and_evidence():
    a = accident(accident_type="爆炸", deaths=3, serious_injuries=1)
    hit = next(h for h in evaluate(RULES, VetoRecords(accidents=[a], departments=DEPTS, enterprise_names=NAMES),
                                   start=START, end=END) if h.unit_kind == D)
    assert hit.records == (a,)
    assert "2019-08-20" in hit.evidence[0] and "死亡 3 人" in hit.evidence[0] and ENT in hit.evidence[0]
    assert "一年内不得推荐" in hit.consequences


def test_dismissal_warning_street_one_district_two_in_a_month():
    one = dismissal_warnings(RULES.dismissal, op(1), start=START, end=END)
    assert [(w.scope, w.unit, w.month) for w in one] == [("street", "药山街道", "2019-08")]
    two = dismissal_warnings(RULES.dismissal, op(1) + [
        IllegalOperation(date(2019, 8, 20), "北园街道", enterprise_name="非法储油点")], start=START, end=END)
    assert {(w.scope, w.unit) for w in two} == {("street", "药山街道"), ("street", "北园街道"), ("district", "全区")}
    assert dismissal_warnings(RULES.dismissal, op(2, stopped=True), start=START, end=END) == []
