"""Lifecycle use cases: transitions stored with who/when/why, the audit log, extensions, listings, re-inspection,
the dashboard, 回头看 and veto evidence — each a single transaction that stores all or nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from safety_desk.domain.lifecycle import TransitionError
from safety_desk.errors import UserError, ValidationError
from safety_desk.services import findings as finding_service
from safety_desk.services import lifecycle
from safety_desk.store import Store
from tests.support.builders import build_visit, png

FIVE = dict(description="储罐区未设置可燃气体报警装置", level="重大", responsible_unit="生产部", responsible_person="王建国",
            measures="加装报警装置", funds="12500", deadline="2019-09-30", contingency_plan="停用并专人监护")
DEADLINE = date(2019, 9, 30)
WHO = "王芳"


@pytest.fixture
def visit(store: Store):
    return build_visit(store)


def ledgered(store: Store, visit, **overrides) -> str:
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id, actor="张明")
    finding_service.update_finding(store=store, finding_id=fid, actor="张明", **{**FIVE, **overrides})
    finding_service.enter_ledger(store=store, finding_id=fid, actor="张明")
    return fid


def _count(store: Store, table: str) -> int:
    return store.db[table].count


def _list(store: Store, fid: str, **kw):
    args = dict(level="区级", supervising_unit="天桥区安委会", document_no="天安委督〔2019〕3号",
                listed_on=date(2019, 8, 10), today=date(2019, 8, 10))
    return lifecycle.list_hazard(store=store, finding_id=fid, actor=WHO, **{**args, **kw})


def test_a_major_hazard_from_pending_to_written_off_with_a_failed_reinspection_and_an_extension(
        store: Store, visit, tmp_path: Path):
    fid = ledgered(store, visit)
    _list(store, fid)
    started = lifecycle.start_rectification(store=store, finding_id=fid, actor=WHO, today=date(2019, 8, 11))
    assert started.status == "整改中"
    f = lifecycle.extend_deadline(store=store, finding_id=fid, actor=WHO, new_deadline=date(2019, 10, 31),
                                  reason="报警装置到货延迟", approved_by="街道安监办 李主任", today=date(2019, 9, 25))
    assert f.five.deadline == date(2019, 10, 31)
    lifecycle.submit_for_reinspection(store=store, finding_id=fid, actor=WHO, today=date(2019, 10, 1))
    f = lifecycle.record_reinspection(
        store=store, finding_id=fid, actor=WHO, result="不合格", opinion="报警器未接入控制室", inspector_id=visit.inspector_ids[0],
        reinspected_on=date(2019, 10, 5), today=date(2019, 10, 5))
    assert f.status == "整改中"
    lifecycle.submit_for_reinspection(store=store, finding_id=fid, actor=WHO, today=date(2019, 10, 15))
    photo = png(tmp_path / "整改后.png", (0, 160, 0))
    f = lifecycle.record_reinspection(
        store=store, finding_id=fid, actor=WHO, result="合格", opinion="已接入并试验合格", inspector_name="李华",
        reinspected_on=date(2019, 10, 20), photo_paths=[photo], today=date(2019, 10, 21))
    assert f.status == "已销号"
    row = store.db["findings"].get(fid)
    assert (row["closed_on"], row["closed_by"]) == ("2019-10-20", "李华")
    assert lifecycle.open_listing(store=store, finding_id=fid) is None  # written off: the listing is lifted

    steps = [(e.title, e.actor, e.reason) for e in lifecycle.finding_history(store=store, finding_id=fid)]
    lifecycle_steps = [s for s in steps if not s[0].startswith("修改")]
    assert lifecycle_steps == [
        ("录入隐患", "张明", ""),
        ("登记入台账", "张明", ""),
        ("挂牌督办", WHO, ""),
        ("开始整改", WHO, ""),
        ("延期", WHO, "报警装置到货延迟"),
        ("提交复查", WHO, ""),
        ("复查验收：不合格", WHO, "报警器未接入控制室"),
        ("复查不合格", WHO, "报警器未接入控制室"),
        ("提交复查", WHO, ""),
        ("复查验收：合格", WHO, "已接入并试验合格"),
        ("复查合格销号", WHO, "已接入并试验合格"),
        ("撤销挂牌", WHO, "复查合格销号，摘牌"),
    ]
    history = lifecycle.finding_history(store=store, finding_id=fid)
    extension = next(e for e in history if e.title == "延期")
    assert "2019-09-30 → 2019-10-31" in extension.detail and "李主任" in extension.detail
    failed = next(e for e in history if e.title == "复查验收：不合格")
    assert "张明" in failed.detail and failed.on == date(2019, 10, 5)  # the inspector from the register
    passed = next(e for e in history if e.title == "复查验收：合格")
    assert "照片 1 张" in passed.detail
    reinspection_id = store.db.execute("select id from reinspections where result = '合格'").fetchone()[0]
    [(_, path)] = lifecycle.reinspection_photo_files(store=store, reinspection_id=reinspection_id)
    assert path.read_bytes() == photo.read_bytes()
    assert [c["to_status"] for c in store.db["status_changes"].rows] == ["整改中", "待复查", "整改中", "待复查", "已销号"]


def test_refused_steps_store_nothing(store: Store, visit):
    fid = ledgered(store, visit)
    before = (_count(store, "status_changes"), _count(store, "audit_log"))
    with pytest.raises(TransitionError, match="待整改"):
        lifecycle.record_reinspection(store=store, finding_id=fid, actor=WHO, result="合格", inspector_name="李华",
                                      reinspected_on=date(2019, 9, 1), today=date(2019, 9, 1))
    with pytest.raises(TransitionError):
        lifecycle.reopen(store=store, finding_id=fid, actor=WHO, reason="复发")
    with pytest.raises(UserError, match="操作人"):
        lifecycle.start_rectification(store=store, finding_id=fid, actor=" ")
    assert (_count(store, "status_changes"), _count(store, "audit_log")) == before
    assert finding_service.get_finding(store=store, finding_id=fid).status == "待整改"


def test_a_draft_is_not_followed_until_it_is_in_the_ledger(store: Store, visit):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    with pytest.raises(TransitionError, match="台账"):
        lifecycle.start_rectification(store=store, finding_id=fid, actor=WHO)
    with pytest.raises(TransitionError, match="台账"):
        lifecycle.extend_deadline(store=store, finding_id=fid, actor=WHO, new_deadline=date(2019, 12, 1),
                                  reason="r", approved_by="a")
    assert lifecycle.actions_for(store=store, finding_id=fid) == []


def test_a_hazard_fixed_on_the_spot_goes_straight_to_reinspection(store: Store, visit):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    finding_service.update_finding(store=store, finding_id=fid, description="消防通道堆放杂物", rectification_mode="立即整改")
    finding_service.enter_ledger(store=store, finding_id=fid)
    assert lifecycle.submit_for_reinspection(store=store, finding_id=fid, actor=WHO).status == "待复查"


def test_write_off_only_by_a_passed_reinspection_and_reopen_only_with_a_reason(store: Store, visit):
    fid = ledgered(store, visit)
    with pytest.raises(ValidationError) as info:
        finding_service.update_finding(store=store, finding_id=fid, status="已销号")
    assert "status" in info.value.problems
    lifecycle.start_rectification(store=store, finding_id=fid, actor=WHO)
    lifecycle.submit_for_reinspection(store=store, finding_id=fid, actor=WHO)
    with pytest.raises(ValidationError) as info:  # a failure without its reason is refused, field by field
        lifecycle.record_reinspection(store=store, finding_id=fid, actor=WHO, result="不合格", inspector_name="李华",
                                      reinspected_on=date(2019, 9, 1), today=date(2019, 9, 1))
    assert set(info.value.problems) == {"opinion"}
    lifecycle.record_reinspection(store=store, finding_id=fid, actor=WHO, result="合格", inspector_name="李华",
                                  reinspected_on=date(2019, 9, 1), today=date(2019, 9, 1))
    with pytest.raises(TransitionError, match="理由"):
        lifecycle.reopen(store=store, finding_id=fid, actor=WHO, reason="")
    f = lifecycle.reopen(store=store, finding_id=fid, actor=WHO, reason="回头看发现报警器被拆除", today=date(2019, 9, 20))
    assert f.status == "整改中"
    row = store.db["findings"].get(fid)
    assert row["closed_on"] is None and row["closed_by"] is None
    last = lifecycle.finding_history(store=store, finding_id=fid)[-1]
    assert (last.title, last.actor, last.reason, last.on) == ("重新打开", WHO, "回头看发现报警器被拆除", date(2019, 9, 20))


def test_a_written_off_hazard_refuses_edits(store: Store, visit, tmp_path: Path):
    fid = ledgered(store, visit)
    photo = finding_service.add_photos(store=store, finding_id=fid, paths=[png(tmp_path / "a.png", (1, 1, 1))])[0]
    lifecycle.start_rectification(store=store, finding_id=fid, actor=WHO)
    lifecycle.submit_for_reinspection(store=store, finding_id=fid, actor=WHO)
    lifecycle.record_reinspection(store=store, finding_id=fid, actor=WHO, result="合格", inspector_name="李华",
                                  reinspected_on=date(2019, 9, 1), today=date(2019, 9, 1))
    with pytest.raises(UserError, match="已销号"):
        finding_service.update_finding(store=store, finding_id=fid, description="改一改")
    with pytest.raises(UserError, match="已销号"):
        finding_service.remove_photo(store=store, finding_id=fid, photo_id=photo)
    for step in (lambda: lifecycle.extend_deadline(store=store, finding_id=fid, actor=WHO, reason="r", approved_by="a",
                                                   new_deadline=date(2019, 12, 1)),
                 lambda: _list(store, fid)):
        with pytest.raises(TransitionError, match="已销号"):
            step()
    assert finding_service.get_finding(store=store, finding_id=fid).description == FIVE["description"]


def test_the_audit_log_holds_every_change(store: Store, visit, tmp_path: Path):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id, actor="张明")
    # the form saves every keystroke: one edit of one field is one change, from the first to the last value
    for n, typed in enumerate(("储", "储罐", "储罐区")):
        finding_service.update_finding(store=store, finding_id=fid, actor="张明", location=typed, continues_edit=n > 0)
    finding_service.update_finding(store=store, finding_id=fid, actor="张明", **FIVE)
    finding_service.update_finding(store=store, finding_id=fid, actor="李华", funds="13000")
    finding_service.update_finding(store=store, finding_id=fid, actor="李华", funds="13000")  # no change, no row
    finding_service.add_photos(store=store, finding_id=fid, actor="李华", paths=[png(tmp_path / "现场.png", (5, 5, 5))])
    finding_service.enter_ledger(store=store, finding_id=fid, actor="张明")
    lifecycle.start_rectification(store=store, finding_id=fid, actor=WHO, reason="企业已采购设备")
    lifecycle.extend_deadline(store=store, finding_id=fid, actor=WHO, new_deadline=date(2019, 10, 31),
                              reason="到货延迟", approved_by="李主任")

    rows = list(store.db.query("select * from audit_log where finding_id = ? order by created_at, rowid", [fid]))
    edits = {(r["field"], r["old_value"], r["new_value"], r["actor"]) for r in rows if r["action"] == "edit"}
    assert ("location", "", "储罐区", "张明") in edits
    assert ("description", "", FIVE["description"], "张明") in edits
    assert ("level", "一般", "重大", "张明") in edits
    assert ("funds_fen", None, "1250000", "张明") in edits and ("funds_fen", "1250000", "1300000", "李华") in edits
    assert ("deadline", None, "2019-09-30", "张明") in edits
    assert len([r for r in rows if r["field"] == "funds_fen"]) == 2
    assert any(r["field"] == "photos" and r["new_value"] == "现场.png" for r in rows)
    assert any(r["field"] == "ledger_entered_at" and r["old_value"] is None and r["new_value"] for r in rows)
    by_field = {r["field"]: r for r in rows if r["action"] in ("开始整改", "延期") and r["table_name"] == "findings"}
    assert (by_field["status"]["old_value"], by_field["status"]["new_value"]) == ("待整改", "整改中")
    assert (by_field["status"]["actor"], by_field["status"]["reason"]) == (WHO, "企业已采购设备")
    assert (by_field["deadline"]["old_value"], by_field["deadline"]["new_value"]) == ("2019-09-30", "2019-10-31")
    assert by_field["deadline"]["reason"] == "到货延迟"
    inserted = {r["table_name"] for r in rows if r["field"] == "(insert)"}
    assert inserted == {"findings", "status_changes", "deadline_extensions"}
    # the history tells each field edit once, with who
    history = lifecycle.finding_history(store=store, finding_id=fid)
    assert any(e.title == "修改整改资金（元）" and "12,500.00 → 13,000.00" in e.detail and e.actor == "李华"
               for e in history)


def test_after_the_ledger_the_deadline_changes_only_by_an_extension(store: Store, visit):
    fid = ledgered(store, visit)
    with pytest.raises(ValidationError) as info:
        finding_service.update_finding(store=store, finding_id=fid, deadline="2019-12-31")
    assert "延期" in info.value.problems["deadline"]
    with pytest.raises(ValidationError) as info:
        lifecycle.extend_deadline(store=store, finding_id=fid, actor=WHO, new_deadline=date(2019, 9, 1),
                                  reason="", approved_by="")
    assert set(info.value.problems) == {"new_deadline", "reason", "approved_by"}
    assert _count(store, "deadline_extensions") == 0
    assert finding_service.get_finding(store=store, finding_id=fid).five.deadline == DEADLINE
    lifecycle.extend_deadline(store=store, finding_id=fid, actor=WHO, new_deadline=date(2019, 11, 30),
                              reason="停产检修", approved_by="李主任", today=date(2019, 9, 28))
    ext = next(iter(store.db["deadline_extensions"].rows))
    assert (ext["old_deadline"], ext["new_deadline"], ext["reason"], ext["approved_by"], ext["extended_on"]) == (
        "2019-09-30", "2019-11-30", "停产检修", "李主任", "2019-09-28")


def test_listing_only_for_majors_one_at_a_time(store: Store, visit):
    general = ledgered(store, visit, level="一般")
    with pytest.raises(ValidationError) as info:
        _list(store, general)
    assert "重大隐患" in info.value.problems["hazard_level"]
    fid = ledgered(store, visit)
    listing = _list(store, fid)
    assert (listing.level, listing.document_no, listing.listed_on) == ("区级", "天安委督〔2019〕3号", date(2019, 8, 10))
    with pytest.raises(TransitionError, match="已由天桥区安委会挂牌督办"):
        _list(store, fid, level="市级")
    with pytest.raises(ValidationError) as info:  # a listed hazard stays 重大
        finding_service.update_finding(store=store, finding_id=fid, level="一般")
    assert "挂牌" in info.value.problems["level"]
    with pytest.raises(ValidationError):
        lifecycle.delist(store=store, finding_id=fid, actor=WHO, reason="")
    lifecycle.delist(store=store, finding_id=fid, actor=WHO, reason="升级为市级督办", delisted_on=date(2019, 8, 20))
    assert _list(store, fid, level="市级", listed_on=date(2019, 8, 20), today=date(2019, 8, 20)).level == "市级"
    titles = [e.title for e in lifecycle.finding_history(store=store, finding_id=fid)]
    assert titles[-3:] == ["挂牌督办", "撤销挂牌", "挂牌督办"]


def test_a_bad_evidence_photo_stores_nothing(store: Store, visit, tmp_path: Path):
    fid = ledgered(store, visit)
    lifecycle.start_rectification(store=store, finding_id=fid, actor=WHO)
    lifecycle.submit_for_reinspection(store=store, finding_id=fid, actor=WHO)
    bad = tmp_path / "验收报告.png"
    bad.write_text("not an image", encoding="utf-8")
    with pytest.raises(UserError, match="验收报告.png"):
        lifecycle.record_reinspection(store=store, finding_id=fid, actor=WHO, result="合格", inspector_name="李华",
                                      reinspected_on=date(2019, 9, 1), photo_paths=[bad], today=date(2019, 9, 1))
    assert _count(store, "reinspections") == 0
    assert finding_service.get_finding(store=store, finding_id=fid).status == "待复查"


def test_dashboard_counts_across_the_deadline_boundary(store: Store, visit):
    listed = ledgered(store, visit)
    _list(store, listed)
    ledgered(store, visit, level="一般", deadline="2019-10-03")
    finding_service.update_finding(  # a draft is not followed yet: it counts nowhere
        store=store, finding_id=finding_service.open_finding(store=store, inspection_id=visit.inspection_id),
        deadline="2019-09-01")
    on_deadline = lifecycle.dashboard_counts(store=store, today=DEADLINE)
    assert (on_deadline.due_this_week, on_deadline.overdue, on_deadline.listed_open_majors,
            on_deadline.listed_overdue) == (2, 0, 1, 0)
    next_day = lifecycle.dashboard_counts(store=store, today=DEADLINE + timedelta(days=1))
    assert (next_day.due_this_week, next_day.overdue, next_day.listed_open_majors, next_day.listed_overdue) == (
        1, 1, 1, 1)
    assert next_day.by_street == [("泺口街道", 2, 1)]
    [evidence] = lifecycle.listed_overdue_hazards(store=store, today=DEADLINE + timedelta(days=3))
    assert (evidence.finding_id, evidence.enterprise_name, evidence.days_overdue, evidence.listing.document_no) == (
        listed, "济南泺口化工有限公司", 3, "天安委督〔2019〕3号")
    assert lifecycle.listed_overdue_hazards(store=store, today=DEADLINE) == []


def test_lookback_lists_open_and_recently_written_off_hazards(store: Store, visit):
    still_open = ledgered(store, visit, description="仍未整改")
    recent = ledgered(store, visit, description="近期销号")
    old = ledgered(store, visit, description="早已销号")
    for fid, on in ((recent, date(2019, 9, 10)), (old, date(2019, 8, 7))):
        lifecycle.start_rectification(store=store, finding_id=fid, actor=WHO)
        lifecycle.submit_for_reinspection(store=store, finding_id=fid, actor=WHO)
        lifecycle.record_reinspection(store=store, finding_id=fid, actor=WHO, result="合格", inspector_name="李华",
                                      reinspected_on=on, today=on)
    found = lifecycle.lookback_hazards(store=store, enterprise_id=visit.enterprise_id, today=date(2019, 11, 10),
                                       recent_days=90)
    assert [h.id for h in found] == [still_open, recent]
    assert found[0].overdue and found[1].closed_on == date(2019, 9, 10)
    assert lifecycle.lookback_hazards(store=store, enterprise_id=visit.enterprise_id, today=date(2019, 11, 10),
                                      exclude_inspection_id=visit.inspection_id) == []


def test_the_actor_is_remembered_on_this_device(store: Store):
    assert not lifecycle.has_remembered_actor(store=store)
    assert lifecycle.current_actor(store=store) == ""  # not the login name: nobody has said who they are yet
    lifecycle.remember_actor(store=store, name=" 王芳 ")
    assert lifecycle.current_actor(store=store) == "王芳" and lifecycle.has_remembered_actor(store=store)
    with pytest.raises(UserError):
        lifecycle.remember_actor(store=store, name="")


def test_a_hazard_written_without_the_audit_log_still_shows_when_it_was_recorded_and_ledgered(store: Store, visit):
    fid = ledgered(store, visit)
    store.db.execute("delete from audit_log")  # as in a database from before the audit log, or bulk-written rows
    history = lifecycle.finding_history(store=store, finding_id=fid)
    assert [(e.title, e.actor) for e in history] == [("录入隐患", ""), ("登记入台账", "")]


def test_each_finished_edit_is_one_change_in_the_audit_log(store: Store, visit):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id, actor="张明")
    for n, typed in enumerate(("1", "15", "150")):  # one edit, saved keystroke by keystroke
        finding_service.update_finding(store=store, finding_id=fid, actor="张明", location=typed, continues_edit=n > 0)
    # the next edit of the same field, a moment later: a change of its own, not merged into the first
    finding_service.update_finding(store=store, finding_id=fid, actor="张明", location="1号罐区")
    finding_service.update_finding(store=store, finding_id=fid, actor="张明", funds="150000")
    finding_service.update_finding(store=store, finding_id=fid, actor="张明", funds="12.34")
    rows = [(r["field"], r["old_value"], r["new_value"]) for r in store.db.query(
        "select * from audit_log where finding_id = ? and action = 'edit' order by created_at, rowid", [fid])]
    assert rows == [("location", "", "150"), ("location", "150", "1号罐区"),
                    ("funds_fen", None, "15000000"), ("funds_fen", "15000000", "1234")]
