"""Monthly lead figures on a hand-built month: received, found true, cases from leads, replies by the due date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from safety_desk.domain.enforcement import EnforcementAction
from safety_desk.domain.leads import Lead
from safety_desk.domain.monthly import figure_lines
from safety_desk.services import enforcement as enforcement_service
from safety_desk.services.leads import close_lead, get_lead, register_lead
from safety_desk.services.monthly import export_monthly, monthly_report
from tests.support.builders import build_visit

TODAY = date(2019, 12, 31)


def _lead(store, visit, received: date, **changes) -> str:
    lead = Lead(source="投诉举报", received_on=received, summary="举报", enterprise_id=visit.enterprise_id, **changes)
    return register_lead(store=store, lead=lead, today=TODAY).id


def test_monthly_lead_figures(store, tmp_path: Path):
    visit = build_visit(store, phase="执法检查", when=date(2019, 8, 6))  # 泺口街道
    _lead(store, visit, date(2019, 7, 30))                                  # July: not received in August
    a = _lead(store, visit, date(2019, 8, 1), reply_on=date(2019, 8, 5), reply_method="电话")  # replied in time
    b = _lead(store, visit, date(2019, 8, 2), reply_on=date(2019, 9, 30), reply_method="书面")  # replied late
    c = _lead(store, visit, date(2019, 8, 5), inspection_ids=(visit.inspection_id,))
    _lead(store, visit, date(2019, 8, 30), street="北园街道")                 # another street's lead
    close_lead(store=store, lead_id=a, finding="属实", case_no="立〔2019〕1号", closed_on=date(2019, 8, 20),
               today=TODAY)                                                 # true + case in August
    close_lead(store=store, lead_id=b, finding="不属实", closed_on=date(2019, 8, 21), today=TODAY)
    register_lead(store=store, lead=replace(get_lead(store=store, lead_id=c), finding="部分属实",
                                            verified_on=date(2019, 9, 2)), today=TODAY)  # true, but in September
    enforcement_service.save_action(store=store, action=EnforcementAction(
        kind="立案", decided_on=date(2019, 8, 7), inspection_id=visit.inspection_id, case_no="立〔2019〕2号"),
        today=TODAY)                                                        # a case on c's linked inspection
    report = monthly_report(store=store, month="2019-08", unit="泺口街道", cutoff_day=0)
    f = report.current
    assert (f.leads_received, f.leads_true, f.lead_cases, f.leads_replied_in_time) == (3, 1, 2, 1)
    assert (report.previous.leads_received, report.cumulative.leads_received) == (1, 4)
    district = monthly_report(store=store, month="2019-08", cutoff_day=0).current
    assert district.leads_received == 4
    lines = dict(figure_lines(f))
    assert (lines["受理线索（条）"], lines["其中核查属实（条）"], lines["线索立案查处（起）"], lines["按期答复反映人（条）"]) == \
        ("3", "1", "2", "1")
    out = tmp_path / "月报.pdf"
    export_monthly(store=store, month="2019-08", unit="泺口街道", out_path=out, cutoff_day=0, today=TODAY)
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    assert "受理线索（条）" in text and "线索立案查处（起）" in text


def test_the_committee_summary_has_a_line_for_leads(store, tmp_path: Path):
    from safety_desk.services.summary import export_summary

    visit = build_visit(store, phase="执法检查", when=date(2019, 8, 6))
    lead_id = _lead(store, visit, date(2019, 8, 1), reply_on=date(2019, 8, 5), reply_method="电话")
    close_lead(store=store, lead_id=lead_id, finding="属实", case_no="立〔2019〕1号", closed_on=date(2019, 8, 20),
               today=TODAY)
    _lead(store, visit, date(2019, 9, 1))
    out = tmp_path / "汇总.pdf"
    export_summary(store=store, out_path=out, today=TODAY)
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "").replace("\n", "")
    assert "线索（受理/属实/立案/按期答复）2/1/1/1" in text
