"""The demo's leads: one in every state, the dereliction flag and the links the 线索 tab shows."""

from __future__ import annotations

from datetime import date

from safety_desk.demo.generate import DEMO_TODAY, generate_demo
from safety_desk.domain.leads import FINDINGS, STATUSES
from safety_desk.services.leads import get_lead, list_leads


def test_leads_in_every_state(store):
    summary = generate_demo(store=store, seed=2019, enterprises=20, findings=80, today=DEMO_TODAY)  # as of 2019
    assert summary.leads == 7 and "线索 7 条" in summary.describe()
    views = list_leads(store=store, today=date(2019, 12, 31))
    assert {v.status for v in views} == set(STATUSES)
    assert {v.finding for v in views} == set(FINDINGS) | {""}
    assert {v.source for v in views} == {"投诉举报", "转办交办", "数据监测"}
    flagged = [v for v in views if v.dereliction]
    assert [v.source for v in flagged] == ["转办交办"]
    assert any(v.overdue for v in views) and any(v.handled_by == "责令整改隐患" for v in views)
    assert any(v.enterprise.startswith("（未登记）") for v in views)
    linked = [get_lead(store=store, lead_id=v.id) for v in views]
    assert any(lead.inspection_ids for lead in linked) and any(lead.finding_ids for lead in linked)
    # as of a day early in the campaign only the first lead exists, and it is not yet due
    early = list_leads(store=store, today=views[-1].received_on)
    assert len(early) == 1 and not early[0].overdue
