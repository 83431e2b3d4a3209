"""Plans, draws and verification through the services, on a stored database."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from safety_desk.errors import UserError
from safety_desk.services import draws, sampling, sampling_tasks
from safety_desk.services import inspections as inspection_service
from safety_desk.services import registers as register_service
from safety_desk.store import registers_repo
from safety_desk.templates.errors import TemplateError
from tests.support.sampling import build_sampling


def test_plan_import_and_list(store):
    world = build_sampling(store)
    plans = sampling.list_plans(store=store)
    assert [(p.id, p.items, p.draws) for p in plans] == [(world.plan_id, 7, 0)]
    plan = sampling.get_plan(store=store, plan_id=world.plan_id)
    assert plan.departments[0] == "区应急局" and "区卫健局" in plan.departments
    assert plan.rules.risk_multipliers["重大风险"] == 3 and plan.rules.min_inspectors == 2
    campaign = inspection_service.get_campaign(store=store, campaign_id=plan.campaign_id)
    assert campaign.phases == ["抽查"] and campaign.start_date == plan.start_date


def test_plan_with_unknown_item_names_the_line(store, tmp_path):
    build_sampling(store)
    bad = tmp_path / "plan.yaml"
    bad.write_text("name: 计划\nstart: 2019-10-08\nend: 2019-12-31\nlead_department: 区应急局\n"
                   "items:\n  - yj-training-other-sectors\n  - no-such-item\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"plan.yaml，第 7 行.*no-such-item"):
        sampling.import_plan(store=store, path=bad)
    assert len(sampling.list_plans(store=store)) == 1


def test_draw_saves_tasks_with_inspections_and_verifies(store):
    world = build_sampling(store)
    record = draws.run_draw(store=store, plan_id=world.plan_id, seed=7, drawn_by="王明", witnesses=["李华", "赵强"])
    assert record.seed == 7 and record.seed_source == "指定" and record.witnesses == ["李华", "赵强"]
    assert len(record.tasks) > 5 and record.status == "有效"
    tasks = sampling_tasks.list_tasks(store=store, plan_id=world.plan_id).rows
    assert {t.enterprise_id for t in tasks} == {t.enterprise_id for t in record.tasks}
    for t in tasks:
        info = inspection_service.get_inspection(store=store, inspection_id=t.inspection_id)
        assert info.phase == "抽查" and len(info.inspectors) >= 2 and info.template_titles
        assert t.state == "待检查"
    report = draws.verify_draw(store=store, draw_id=record.id)
    assert report.identical and not report.registers_changed


def test_register_change_is_reported_and_gives_another_fingerprint(store):
    world = build_sampling(store)
    first = draws.run_draw(store=store, plan_id=world.plan_id, seed=7)
    e = registers_repo.get_enterprise(store.db, world.enterprise_ids[0])
    e.credit_grade = "D" if e.credit_grade != "D" else "A"
    register_service.save_enterprise(store=store, enterprise=e)
    report = draws.verify_draw(store=store, draw_id=first.id)
    assert report.identical and report.registers_changed  # the saved draw still re-runs on its own snapshot
    assert any("名录库自抽取后已有变化" in line for line in report.lines())
    again = draws.run_draw(store=store, plan_id=world.plan_id, seed=7, replaces=first.id, reason="名录库更正")
    assert again.registers_sha256 != first.registers_sha256 and again.plan_sha256 == first.plan_sha256


def test_tampering_is_caught(store):
    world = build_sampling(store)
    record = draws.run_draw(store=store, plan_id=world.plan_id, seed=7)
    result = json.loads(store.db.execute("select result_json from draws where id = ?", [record.id]).fetchone()[0])
    result[0][2] = list(reversed(result[0][2]))
    store.db.execute("update draws set result_json = ? where id = ?", [json.dumps(result), record.id])
    report = draws.verify_draw(store=store, draw_id=record.id)
    assert not report.identical
    assert ("保存的名单与其指纹一致", False) in report.checks


def test_a_saved_draw_is_replaced_only_with_a_reason(store):
    world = build_sampling(store)
    first = draws.run_draw(store=store, plan_id=world.plan_id, seed=1)
    with pytest.raises(UserError, match="已经抽取"):
        draws.run_draw(store=store, plan_id=world.plan_id, seed=2)
    with pytest.raises(UserError, match="原因"):
        draws.run_draw(store=store, plan_id=world.plan_id, seed=2, replaces=first.id)
    second = draws.run_draw(store=store, plan_id=world.plan_id, seed=2, replaces=first.id, reason="监督人未到场")
    assert second.replaces_draw_id == first.id and second.replace_reason == "监督人未到场"
    assert draws.get_draw(store=store, draw_id=first.id).status == "已被重新抽取替代"
    current = sampling_tasks.list_tasks(store=store, plan_id=world.plan_id).rows
    assert {t.draw_id for t in current} == {second.id}
    old = [t for t in sampling_tasks.list_tasks(store=store, include_superseded=True).rows if t.draw_id == first.id]
    assert old and all(t.state == "已作废" and t.inspection_id is None for t in old)
    assert draws.verify_draw(store=store, draw_id=first.id).identical  # the old record itself is untouched


def test_seed_from_the_draw_time_is_recorded(store):
    world = build_sampling(store)
    record = draws.run_draw(store=store, plan_id=world.plan_id, now=datetime(2019, 10, 8, 9, 30, 5))
    assert record.seed == 20191008093005 and record.seed_source == "按抽取时间生成"


def test_results_within_twenty_working_days(store):
    world = build_sampling(store)
    draws.run_draw(store=store, plan_id=world.plan_id, seed=7)
    task = sampling_tasks.list_tasks(store=store, plan_id=world.plan_id).rows[0]
    with pytest.raises(UserError, match="尚未完成"):
        sampling_tasks.record_result(store=store, task_id=task.id, result="未发现问题", result_on=date(2019, 10, 9))
    sampling_tasks.set_visit_date(store=store, task_id=task.id, day=date(2019, 10, 8))
    inspection_service.set_completed(store=store, inspection_id=task.inspection_id)
    task = sampling_tasks.get_task(store=store, task_id=task.id, today=date(2019, 10, 9))
    # 2019-10-08 (Tuesday) after the National Day holiday: 10-12 (Saturday) is a working day (调休)
    assert task.due == date(2019, 11, 4) and task.state == "待录入结果"
    assert sampling_tasks.get_task(store=store, task_id=task.id, today=date(2019, 10, 29)).state == "即将到期"
    assert sampling_tasks.get_task(store=store, task_id=task.id, today=date(2019, 11, 5)).state == "逾期未录入"
    due = sampling_tasks.results_due(store=store, today=date(2019, 11, 5)).rows
    assert [t.id for t in due] == [task.id]
    with pytest.raises(UserError, match="抽查结果应为"):
        sampling_tasks.record_result(store=store, task_id=task.id, result="还行", result_on=date(2019, 10, 20))
    sampling_tasks.record_result(store=store, task_id=task.id, result="发现问题已责令改正",
                                 result_on=date(2019, 10, 20), entered_by="王明")
    task = sampling_tasks.get_task(store=store, task_id=task.id, today=date(2019, 11, 5))
    assert task.state == "已录入" and task.result == "发现问题已责令改正"
    notice = sampling_tasks.publicity(store=store, plan_id=world.plan_id)
    assert [(r.enterprise, r.result) for r in notice.rows] == [(task.enterprise, "发现问题已责令改正")]


def test_recusal_is_respected_by_stored_draws(store):
    world = build_sampling(store, inspectors_per_department=3)
    for eid in world.enterprise_ids:
        for iid in world.inspector_ids[:1]:
            sampling.declare_recusal(store=store, inspector_id=iid, enterprise_id=eid, reason="亲属任职")
    record = draws.run_draw(store=store, plan_id=world.plan_id, seed=3)
    assert all(world.inspector_ids[0] not in t.inspector_ids for t in record.tasks)
    with pytest.raises(UserError, match="已申明"):
        sampling.declare_recusal(store=store, inspector_id=world.inspector_ids[0], enterprise_id=world.enterprise_ids[0])


def test_closed_enterprise_is_not_drawn(store):
    world = build_sampling(store)
    for eid in world.enterprise_ids:
        e = registers_repo.get_enterprise(store.db, eid)
        e.key_categories = ["停产关闭企业"]
        register_service.save_enterprise(store=store, enterprise=e)
    with pytest.raises(UserError, match="没有可抽取的企业"):
        draws.run_draw(store=store, plan_id=world.plan_id, seed=3)
    assert draws.list_draws(store=store) == []


def test_true_complaints_weigh_an_enterprise_up_and_the_draw_record_says_why(store, tmp_path):
    """Issue 17 point 3: complaints found true in the rules' window raise the enterprise's ratio (the shipped rules:
    365 days, 1 → × 1.5, 3 → × 2), the draw verifies, and the draw record names the enterprise and the reason."""
    from pypdf import PdfReader

    from safety_desk.domain.leads import SOURCE_COMPLAINT, Lead
    from safety_desk.services import leads as lead_service
    from safety_desk.services.sampling_exports import export_draw_record

    world = build_sampling(store)
    plan = sampling.get_plan(store=store, plan_id=world.plan_id)
    assert plan.rules.complaint_multipliers == {1: 1.5, 3: 2} and plan.rules.complaint_window_days == 365
    target = world.enterprise_ids[0]
    before = plan.start_date.replace(day=1)
    for n in range(3):
        saved = lead_service.register_lead(store=store, lead=Lead(
            source=SOURCE_COMPLAINT, received_on=date(2019, 8, 1 + n), summary=f"违规动火作业{n}",
            enterprise_id=target), today=date(2019, 9, 1))
        lead_service.close_lead(store=store, lead_id=saved.lead.id, finding="属实", case_no=f"（天桥）应急立〔2019〕{n + 1}号",
                                closed_on=date(2019, 9, 2), today=date(2019, 9, 2))
    # a complaint found untrue, and one closed after the plan started, do not count
    untrue = lead_service.register_lead(store=store, lead=Lead(
        source=SOURCE_COMPLAINT, received_on=date(2019, 8, 5), summary="反映不实", enterprise_id=world.enterprise_ids[1]),
        today=date(2019, 9, 1))
    lead_service.close_lead(store=store, lead_id=untrue.lead.id, finding="不属实", no_case_reason="经核查不属实",
                            closed_on=date(2019, 9, 2), today=date(2019, 9, 2))
    assert before < plan.start_date
    record = draws.run_draw(store=store, plan_id=world.plan_id, seed=11)
    weighted = draws.get_draw(store=store, draw_id=record.id).weighted
    name = registers_repo.get_enterprise(store.db, target).name
    assert [(w[0], w[2], w[3]) for w in weighted] == [(name, 3, 2.0)]
    raised = [s for s in record.strata if s.complaints]
    assert raised and all(s.complaints == "属实投诉举报3次以上" and s.population == 1 for s in raised)
    assert draws.verify_draw(store=store, draw_id=record.id).identical
    out = export_draw_record(store=store, draw_id=record.id, out_path=tmp_path / "摇号记录.pdf").path
    text = "".join(page.extract_text() for page in PdfReader(out).pages).replace(" ", "").replace("\n", "")
    assert "因投诉举报提高抽查比例" in text and name in text and "×2" in text
