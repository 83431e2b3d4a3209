"""The veto evaluation over a stored campaign: registers gathered, hits with evidence, dismissal warnings."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.domain.accidents import Accident
from safety_desk.domain.veto_registers import IllegalOperation
from safety_desk.errors import UserError
from safety_desk.services import findings as finding_service
from safety_desk.services import lifecycle
from safety_desk.services import veto_registers as registers
from safety_desk.services.veto import evaluate_veto
from safety_desk.store import Store
from tests.support.builders import build_visit

TODAY = date(2019, 10, 31)
ENT = "济南泺口化工有限公司"


def listed_major(store: Store, visit) -> str:
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id, actor="张明")
    finding_service.update_finding(
        store=store, finding_id=fid, actor="张明", description="储罐区未设置可燃气体报警装置", level="重大",
        responsible_unit="生产部", responsible_person="王建国", measures="加装报警装置", funds="12500",
        deadline="2019-09-30", contingency_plan="停用并专人监护")
    finding_service.enter_ledger(store=store, finding_id=fid, actor="张明")
    lifecycle.list_hazard(store=store, finding_id=fid, actor="王芳", level="区级", supervising_unit="天桥区安委会",
                          document_no="天安委督〔2019〕3号", listed_on=date(2019, 8, 10), today=date(2019, 8, 10))
    return fid


def test_a_campaign_with_an_overdue_listed_hazard_and_an_open_illegal_operation(store: Store):
    visit = build_visit(store)
    listed_major(store, visit)
    registers.save_illegal_operation(store=store, today=TODAY, operation=IllegalOperation(
        date(2019, 8, 3), "泺口街道", responsible_department="区应急局", enterprise_name="无证加油点"))
    registers.save_accident(store=store, today=TODAY, accident=Accident(
        date(2019, 9, 2), "机械伤害", enterprise_id=visit.enterprise_id, serious_injuries=1, reporting="迟报"))
    report = evaluate_veto(store=store, today=TODAY)
    assert report.campaign_name == "迎接建国70周年安全生产专项整治行动"
    got = {(h.unit_kind, h.unit, h.situation.key) for h in report.hits}
    assert got == {("street", "泺口街道", "illegal-not-stopped"),
                   ("enterprise", ENT, "listed-hazard-unrectified"), ("enterprise", ENT, "misreported")}
    listed = next(h for h in report.hits if h.situation.key == "listed-hazard-unrectified")
    assert "天安委督〔2019〕3号" in listed.evidence[0] and "2019-09-30" in listed.evidence[0]
    assert [(w.scope, w.unit, w.month) for w in report.warnings] == [("street", "泺口街道", "2019-08")]


def test_before_the_deadline_the_listed_hazard_is_not_a_hit(store: Store):
    visit = build_visit(store)
    listed_major(store, visit)
    assert evaluate_veto(store=store, today=date(2019, 9, 30)).hits == ()


def test_unknown_campaign_is_a_user_error(store: Store):
    build_visit(store)
    with pytest.raises(UserError):
        evaluate_veto(store=store, campaign="nope", today=TODAY)
