"""Leads: due dates in working days, the dereliction flag on the due date, closing rules, lists without the
complainant, packages carrying leads with the form's checks."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from safety_desk.domain.enforcement import EnforcementAction
from safety_desk.domain.leads import Lead
from safety_desk.errors import UserError, ValidationError
from safety_desk.services import enforcement as enforcement_service
from safety_desk.services.leads import (
    close_lead,
    derelictions,
    find_enterprise,
    get_lead,
    lead_due_setting,
    list_leads,
    register_lead,
    resolve_lead_id,
    set_lead_due_setting,
    true_complaint_counts,
    true_complaints,
)
from safety_desk.services.packages import export_package, import_package, preview_package
from safety_desk.services.templates import load_shipped_templates
from safety_desk.store import Store
from tests.support.builders import build_visit

CONTACT = "13905310000"
RECEIVED = date(2026, 9, 28)  # a Monday before the National Day holiday (10-01 … 10-07, 10-10 worked)
TODAY = date(2026, 9, 28)
PERIOD = (date(2026, 9, 1), date(2026, 12, 31))


def _lead(enterprise_id: str | None, **changes) -> Lead:
    values = dict(source="投诉举报", channel="电话", received_on=RECEIVED, summary="夜间违规动火作业，无人监护",
                  enterprise_id=enterprise_id, complainant="王某", complainant_contact=CONTACT)
    values.update(changes)
    return Lead(**values)


@pytest.fixture
def visit(store):
    return build_visit(store, when=date(2026, 9, 29), period=PERIOD)


def test_the_due_date_counts_working_days_across_national_day(store, visit):
    saved = register_lead(store=store, lead=_lead(visit.enterprise_id), today=TODAY)
    # 15 working days: 09-29, 09-30, 10-08, 10-09, 10-10 (Saturday worked), 10-12 … 10-16, 10-19 … 10-23
    assert saved.lead.due_on == date(2026, 10, 23)
    assert saved.warnings == []
    set_lead_due_setting(store=store, workdays=3)
    assert lead_due_setting(store=store) == 3
    later = register_lead(store=store, lead=_lead(visit.enterprise_id, due_workdays=3), today=TODAY)
    assert later.lead.due_on == date(2026, 10, 8)


def test_a_due_date_in_an_uncovered_year_warns(store, visit):
    saved = register_lead(store=store, lead=_lead(visit.enterprise_id, received_on=date(2026, 12, 24)),
                          today=date(2026, 12, 24))
    assert saved.lead.due_on == date(2027, 1, 14) and "2027" in saved.warnings[0]


def _found_true(store, lead_id: str) -> None:
    lead = get_lead(store=store, lead_id=lead_id)
    register_lead(store=store, lead=replace(lead, department="区应急管理局", handler="赵强", finding="属实",
                                            verified_on=date(2026, 10, 9)), today=date(2026, 10, 9))


def test_an_unhandled_true_lead_is_flagged_on_its_due_date_and_not_the_day_before(store, visit):
    lead_id = register_lead(store=store, lead=_lead(visit.enterprise_id), today=TODAY).id
    _found_true(store, lead_id)
    [before] = list_leads(store=store, today=date(2026, 10, 22))
    assert before.status == "办理中" and not before.dereliction and not before.overdue
    [on_due] = list_leads(store=store, today=date(2026, 10, 23))
    assert on_due.dereliction and not on_due.overdue
    assert "未立案、未处罚、未责令整改" in on_due.describe_dereliction()
    [after] = list_leads(store=store, today=date(2026, 10, 26))
    assert after.dereliction and after.overdue
    assert [v.id for v in derelictions(store=store, today=date(2026, 10, 26))] == [lead_id]


def test_a_false_lead_is_never_flagged(store, visit):
    lead_id = register_lead(store=store, lead=_lead(visit.enterprise_id), today=TODAY).id
    close_lead(store=store, lead_id=lead_id, finding="不属实", closed_on=date(2026, 10, 9), today=date(2026, 10, 9))
    [view] = list_leads(store=store, today=date(2026, 11, 30))
    assert view.status == "已办结" and not view.dereliction and not view.overdue


def test_a_case_on_the_due_date_clears_the_flag(store, visit):
    lead_id = register_lead(store=store, lead=_lead(visit.enterprise_id), today=TODAY).id
    _found_true(store, lead_id)
    close_lead(store=store, lead_id=lead_id, finding="属实", case_no="（天桥）应急立〔2026〕7号",
               closed_on=date(2026, 10, 23), today=date(2026, 10, 23))
    [view] = list_leads(store=store, today=date(2026, 11, 30))
    assert not view.dereliction and view.handled_by == "立案" and view.handled_on == date(2026, 10, 23)


def test_an_order_on_the_linked_inspection_counts_and_a_late_one_keeps_the_flag(store, visit):
    lead_id = register_lead(store=store, lead=_lead(visit.enterprise_id), today=TODAY).id
    _found_true(store, lead_id)
    lead = get_lead(store=store, lead_id=lead_id)
    register_lead(store=store, lead=replace(lead, inspection_ids=(visit.inspection_id,)), today=date(2026, 10, 9))
    action = enforcement_service.save_action(store=store, action=EnforcementAction(
        kind="责令限期整改", decided_on=date(2026, 10, 26), inspection_id=visit.inspection_id), today=date(2026, 10, 26))
    [late] = list_leads(store=store, today=date(2026, 10, 27))
    assert late.dereliction and late.handled_on == date(2026, 10, 26)
    assert "才责令限期整改（已逾期）" in late.describe_dereliction()
    enforcement_service.save_action(store=store, action=replace(
        enforcement_service.get_action(store=store, action_id=action), decided_on=date(2026, 10, 20)),
        today=date(2026, 10, 27))
    [in_time] = list_leads(store=store, today=date(2026, 10, 27))
    assert not in_time.dereliction and in_time.handled_by == "责令限期整改"


def test_closing_a_true_lead_needs_a_case_or_a_reason(store, visit):
    lead_id = register_lead(store=store, lead=_lead(visit.enterprise_id), today=TODAY).id
    with pytest.raises(ValidationError) as caught:
        close_lead(store=store, lead_id=lead_id, finding="属实", today=date(2026, 10, 9))
    assert "case_no" in caught.value.problems
    assert get_lead(store=store, lead_id=lead_id).closed_on is None  # nothing stored
    close_lead(store=store, lead_id=lead_id, finding="部分属实", no_case_reason="当场责令改正，情节轻微",
               today=date(2026, 10, 9))
    with pytest.raises(UserError, match="已于"):
        close_lead(store=store, lead_id=lead_id, finding="属实", case_no="x", today=date(2026, 10, 9))


@pytest.mark.parametrize("changes, field", [
    (dict(source="来信"), "source"),
    (dict(received_on=date(2026, 9, 29)), "received_on"),  # after TODAY
    (dict(summary=" "), "summary"),
    (dict(enterprise_id=None), "enterprise"),
    (dict(reply_on=date(2026, 9, 28)), "reply_method"),
    (dict(case_no="立〔2026〕1号"), "case_opened_on"),
    (dict(due_workdays=0), "due_workdays"),
])
def test_invalid_leads_are_refused_with_the_field(store, visit, changes, field):
    with pytest.raises(ValidationError) as caught:
        register_lead(store=store, lead=_lead(**{"enterprise_id": visit.enterprise_id, **changes}), today=TODAY)
    assert field in caught.value.problems
    assert store.db["leads"].count == 0


def test_an_unregistered_enterprise_is_kept_by_name(store, visit):
    saved = register_lead(store=store, lead=_lead(None, enterprise_name="无名小作坊", enterprise_address="北园大街 1 号",
                                                  street="北园街道"), today=TODAY)
    [view] = list_leads(store=store, today=TODAY)
    assert (view.enterprise, view.street, view.credit_code) == ("无名小作坊", "北园街道", "")
    assert find_enterprise(store=store, text="无名小作坊") is None
    assert find_enterprise(store=store, text="91110108551385082q") == visit.enterprise_id
    assert resolve_lead_id(store=store, text=saved.id[-8:]) == saved.id


def test_true_complaints_count_only_complaints_found_true_in_the_window(store, visit):
    for finding, source in (("属实", "投诉举报"), ("部分属实", "投诉举报"), ("不属实", "投诉举报"), ("属实", "数据监测")):
        lead_id = register_lead(store=store, lead=_lead(visit.enterprise_id, source=source), today=TODAY).id
        close_lead(store=store, lead_id=lead_id, finding=finding, no_case_reason="已责令改正" if finding != "不属实"
                   else "", closed_on=date(2026, 10, 9), today=date(2026, 10, 9))
    assert true_complaints(store=store, enterprise_id=visit.enterprise_id, since=date(2026, 1, 1)) == 2
    assert true_complaints(store=store, enterprise_id=visit.enterprise_id, since=date(2026, 10, 10)) == 0
    assert true_complaint_counts(store=store, since=date(2026, 1, 1)) == {visit.enterprise_id: 2}


def test_lists_never_carry_the_complainant(store, visit):
    register_lead(store=store, lead=_lead(visit.enterprise_id), today=TODAY)
    [view] = list_leads(store=store, today=TODAY)
    assert CONTACT not in repr(view) and "王某" not in repr(view)
    assert get_lead(store=store, lead_id=view.id).complainant_contact == CONTACT  # the lead's own form has it


def _laptop(tmp_path: Path, name: str) -> Store:
    s = Store.open(tmp_path / name / "desk.db")
    load_shipped_templates(store=s)
    return s


def test_leads_travel_in_packages_and_the_summary_has_no_contact(tmp_path):
    laptop, office = _laptop(tmp_path, "laptop"), _laptop(tmp_path, "office")
    visit = build_visit(laptop, when=date(2026, 9, 29), period=PERIOD)
    lead_id = register_lead(store=laptop, lead=_lead(visit.enterprise_id, inspection_ids=(visit.inspection_id,)),
                            today=TODAY).id
    out = tmp_path / "a.sdpkg"
    result = export_package(store=laptop, out_path=out)
    assert result.counts["leads"] == 1 and result.counts["lead_inspections"] == 1
    with zipfile.ZipFile(out) as zf:
        assert CONTACT not in zf.read("manifest.json").decode()
    summary = preview_package(store=office, path=out)
    assert CONTACT not in summary.describe() and CONTACT not in repr(summary)
    import_package(store=office, path=out)
    lead = get_lead(store=office, lead_id=lead_id)
    assert lead.complainant_contact == CONTACT and lead.inspection_ids == (visit.inspection_id,)
    laptop.close()
    office.close()


def test_an_invalid_lead_in_a_package_is_refused_and_nothing_is_written(tmp_path):
    laptop, office = _laptop(tmp_path, "laptop"), _laptop(tmp_path, "office")
    visit = build_visit(laptop, when=date(2026, 9, 29), period=PERIOD)
    register_lead(store=laptop, lead=_lead(visit.enterprise_id), today=TODAY)
    out = tmp_path / "a.sdpkg"
    export_package(store=laptop, out_path=out)
    bad = tmp_path / "bad.sdpkg"
    _rewrite(out, bad, "records/leads.jsonl", lambda row: {**row, "source": "道听途说", "due_on": "2026-13-01"})
    before = office.db["enterprises"].count
    with pytest.raises(UserError) as caught:  # the package check names the member, the record and the field
        import_package(store=office, path=bad)
    assert "records/leads.jsonl" in str(caught.value) and "线索" in str(caught.value)
    assert "source" in str(caught.value) and "道听途说" in str(caught.value)
    assert office.db["leads"].count == 0 and office.db["enterprises"].count == before
    laptop.close()
    office.close()


def _rewrite(src: Path, dst: Path, member: str, change) -> None:
    """Edit one member of a package and fix the manifest's hashes, as a careless hand-edit would."""
    import hashlib

    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    items = [json.loads(line) for line in members[member].decode().splitlines()]
    for item in items:
        item["row"] = change(item["row"])
    members[member] = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items).encode()
    manifest = json.loads(members.pop("manifest.json"))
    manifest["members"][member] = {"sha256": hashlib.sha256(members[member]).hexdigest(), "size": len(members[member])}
    with zipfile.ZipFile(dst, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))


def test_the_veto_report_warns_of_an_unhandled_true_lead(store, visit, tmp_path):
    from pypdf import PdfReader

    from safety_desk.services.veto import evaluate_veto, export_veto_report

    lead_id = register_lead(store=store, lead=_lead(visit.enterprise_id), today=TODAY).id
    _found_true(store, lead_id)
    assert evaluate_veto(store=store, today=date(2026, 10, 22)).lead_warnings == ()
    [warning] = evaluate_veto(store=store, today=date(2026, 10, 23)).lead_warnings
    assert "济南泺口化工有限公司" in warning and CONTACT not in warning
    out = tmp_path / "veto.pdf"
    export_veto_report(store=store, out_path=out, today=date(2026, 10, 23))
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "").replace("\n", "")
    assert "失职渎职警示" in text and "线索核查属实未处置：济南泺口化工有限公司" in text and CONTACT not in text
