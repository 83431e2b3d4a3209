"""Following a major hazard through its lifecycle in the hazard form, as a street office does for months:
listed supervision, start, an extension, a failed re-inspection, a passed one, the write-off — and its history."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from safety_desk.domain.lifecycle import (
    ACTION_DELIST,
    ACTION_EXTEND,
    ACTION_LIST,
    ACTION_REINSPECT,
    ACTION_REOPEN,
    ACTION_START,
    ACTION_SUBMIT,
)
from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.store import Store
from safety_desk.ui.app import create_app
from safety_desk.ui.hazards.finding_dialog import FindingDialog
from safety_desk.ui.inspection.inspection_view import InspectionView
from safety_desk.ui.hazards.lifecycle_dialogs import ExtensionDialog, ReinspectionDialog, TransitionDialog
from tests.support.builders import build_visit, png
from tests.support.typing import type_text

FIVE = dict(description="储罐区未设置可燃气体报警装置", level="重大", responsible_unit="生产部", responsible_person="王建国",
            measures="加装报警装置", funds="12500", deadline="2019-09-30", contingency_plan="停用并专人监护")


@pytest.fixture
def visit(qtbot, store: Store):
    create_app(lang="zh_CN")
    return build_visit(store)


def ledgered_major(store: Store, visit, **overrides) -> str:
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id, actor="张明")
    finding_service.update_finding(store=store, finding_id=fid, actor="张明", **{**FIVE, **overrides})
    finding_service.enter_ledger(store=store, finding_id=fid, actor="张明")
    return fid


def form(qtbot, store: Store, fid: str) -> FindingDialog:
    dialog = FindingDialog(store, fid)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_action(qtbot, dialog: FindingDialog, action: str):
    button = dialog.lifecycle.buttons[action]
    assert not button.isHidden(), f"{action} is not offered"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    step = dialog.step_dialog
    assert step is not None and step.isVisible()
    return step


def test_a_major_hazard_from_pending_to_written_off_in_the_form(qtbot, store: Store, visit, tmp_path: Path):
    fid = ledgered_major(store, visit)
    dialog = form(qtbot, store, fid)
    assert dialog.lifecycle.visible_actions() == [ACTION_START, ACTION_EXTEND, ACTION_LIST]
    assert "待整改" in dialog.lifecycle.status.text()
    assert not dialog.deadline.isEnabled()  # in the ledger: the deadline moves only by an extension

    # 挂牌督办; the name typed here is remembered for the next steps
    step = click_action(qtbot, dialog, ACTION_LIST)
    step.level.setCurrentText("市级")
    type_text(step.supervising_unit, "济南市安委会")
    type_text(step.document_no, "济安委督〔2019〕5号")
    step.actor.clear()
    type_text(step.actor, "王芳")
    qtbot.mouseClick(step.buttons.button(step.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not step.isVisible()
    assert "济安委督〔2019〕5号" in dialog.lifecycle.status.text()
    assert ACTION_LIST not in dialog.lifecycle.visible_actions() and ACTION_DELIST in dialog.lifecycle.visible_actions()

    step = click_action(qtbot, dialog, ACTION_START)
    assert step.actor.text() == "王芳"
    step.accept()
    assert "整改中" in dialog.lifecycle.status.text()

    # 延期 without reason or approver is refused in the dialog, which stays open with the fields marked
    step = click_action(qtbot, dialog, ACTION_EXTEND)
    assert isinstance(step, ExtensionDialog) and step.old_deadline.text() == "2019-09-30"
    step.new_deadline.setDate(step.new_deadline.date().addDays(1))
    step.accept()
    assert step.isVisible() and step.reason.styleSheet() and step.approved_by.styleSheet()
    type_text(step.reason, "报警装置到货延迟")
    type_text(step.approved_by, "街道安监办 李主任")
    step.accept()
    assert not step.isVisible()
    assert dialog.deadline_value() == date(2019, 10, 31)

    click_action(qtbot, dialog, ACTION_SUBMIT).accept()
    assert dialog.lifecycle.visible_actions() == [ACTION_REINSPECT, ACTION_EXTEND, ACTION_DELIST]

    # a failed re-inspection needs its reason and sends the hazard back
    step = click_action(qtbot, dialog, ACTION_REINSPECT)
    assert isinstance(step, ReinspectionDialog)
    step.result.setCurrentText("不合格")
    step.inspector.setCurrentIndex(step.inspector.findText("张明"))
    step.accept()
    assert step.isVisible() and step.opinion.styleSheet()
    type_text(step.opinion, "报警器未接入控制室")
    step.accept()
    assert not step.isVisible()
    assert "整改中" in dialog.lifecycle.status.text()

    click_action(qtbot, dialog, ACTION_SUBMIT).accept()
    step = click_action(qtbot, dialog, ACTION_REINSPECT)
    step.result.setCurrentText("合格")
    step.inspector.setCurrentIndex(step.inspector.findText("李华"))
    type_text(step.opinion, "已接入并试验合格")
    step.add_photo_paths([str(png(tmp_path / "整改后.png", (0, 160, 0)))])
    step.accept()
    assert not step.isVisible()

    f = finding_service.get_finding(store=store, finding_id=fid)
    assert f.status == "已销号"
    assert dialog.lifecycle.visible_actions() == [ACTION_REOPEN]
    assert not dialog.description.isEnabled() and not dialog.add_photo_button.isEnabled()

    dialog.tabs.setCurrentWidget(dialog.history)
    steps = [s for s in dialog.history.steps() if not s[0].startswith("修改")]
    assert steps == [
        ("录入隐患", "张明", ""), ("登记入台账", "张明", ""), ("挂牌督办", "王芳", ""), ("开始整改", "王芳", ""),
        ("延期", "王芳", "报警装置到货延迟"), ("提交复查", "王芳", ""),
        ("复查验收：不合格", "王芳", "报警器未接入控制室"), ("复查不合格", "王芳", "报警器未接入控制室"),
        ("提交复查", "王芳", ""), ("复查验收：合格", "王芳", "已接入并试验合格"),
        ("复查合格销号", "王芳", "已接入并试验合格"), ("撤销挂牌", "王芳", "复查合格销号，摘牌"),
    ]
    model = dialog.history.model
    details = [model.index(n, 3).data() for n in range(model.rowCount())]
    assert any("2019-09-30 → 2019-10-31" in d and "李主任" in d for d in details)
    assert any("李华" in d and "照片 1 张" in d for d in details)


def test_the_form_refuses_edits_to_a_written_off_hazard(qtbot, store: Store, visit, tmp_path: Path):
    fid = ledgered_major(store, visit)
    lifecycle_service.start_rectification(store=store, finding_id=fid, actor="王芳")
    lifecycle_service.submit_for_reinspection(store=store, finding_id=fid, actor="王芳")
    lifecycle_service.record_reinspection(store=store, finding_id=fid, actor="王芳", result="合格", inspector_name="李华",
                                          reinspected_on=date(2019, 9, 1))
    dialog = form(qtbot, store, fid)
    for widget in dialog._widgets.values():
        assert not widget.isEnabled()
    assert not dialog.add_photo_button.isEnabled() and not dialog.remove_photo_button.isEnabled()
    assert not dialog.photos.acceptDrops() and not dialog.ledger_button.isEnabled()
    # even a change that reaches the form (a drop, a script) is refused and nothing is stored
    assert not dialog.commit("description", "改掉描述")
    assert "已销号" in dialog.error.text()
    assert not dialog.add_photo_files([str(png(tmp_path / "x.png", (1, 2, 3)))])
    f = finding_service.get_finding(store=store, finding_id=fid)
    assert f.description == FIVE["description"] and finding_service.photo_files(store=store, finding_id=fid) == []

    # reopening needs a reason; then the form is editable again
    step = click_action(qtbot, dialog, ACTION_REOPEN)
    assert isinstance(step, TransitionDialog)
    step.accept()
    assert step.isVisible() and step.reason.styleSheet() and "理由" in step.error.text()
    type_text(step.reason, "回头看发现报警器被拆除")
    step.accept()
    assert not step.isVisible()
    assert dialog.description.isEnabled() and dialog.add_photo_button.isEnabled()
    assert dialog.commit("location", "二号储罐区")


def test_a_draft_offers_no_lifecycle_step(qtbot, store: Store, visit):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    dialog = form(qtbot, store, fid)
    assert dialog.lifecycle.visible_actions() == []
    assert dialog.deadline.isEnabled()


def test_a_lookback_inspection_lists_earlier_hazards_to_recheck(qtbot, store: Store, visit):
    still_open = ledgered_major(store, visit, description="储罐区仍未整改")
    closed = ledgered_major(store, visit, description="已销号的隐患")
    for step in (lifecycle_service.start_rectification, lifecycle_service.submit_for_reinspection):
        step(store=store, finding_id=closed, actor="王芳")
    lifecycle_service.record_reinspection(store=store, finding_id=closed, actor="王芳", result="合格",
                                          inspector_name="李华", reinspected_on=date(2019, 9, 1))
    lookback_id = inspection_service.start_inspection(
        store=store, campaign_id=visit.campaign_id, phase="回头看", enterprise_id=visit.enterprise_id,
        template_ids=[visit.template_id], inspector_ids=visit.inspector_ids, inspection_date=date(2019, 10, 10))
    view = InspectionView(store, lookback_id)
    qtbot.addWidget(view)
    view.show()
    items = [view.lookback.item(n) for n in range(view.lookback.count())]
    assert [i.data(Qt.ItemDataRole.UserRole + 1) for i in items] == [still_open, closed]
    assert "储罐区仍未整改" in items[0].text() and "2019-09-30" in items[0].text()
    assert "2019-09-01" in items[1].text()
    with qtbot.waitSignal(view.open_finding) as opened:
        view.lookback.itemActivated.emit(items[0])
    assert opened.args == [still_open]
    # an ordinary inspection has no such list
    plain = InspectionView(store, visit.inspection_id)
    qtbot.addWidget(plain)
    assert plain.lookback is None


def test_today_moves_the_overdue_mark_in_the_form(qtbot, store: Store, visit):
    fid = ledgered_major(store, visit)
    dialog = form(qtbot, store, fid)
    f = finding_service.get_finding(store=store, finding_id=fid)
    dialog.lifecycle.set_state(f, None, [], "王芳", date(2019, 9, 30))
    assert "#b00020" not in dialog.lifecycle.status.text()
    dialog.lifecycle.set_state(f, None, [], "王芳", date(2019, 9, 30) + timedelta(days=2))
    assert "#b00020" in dialog.lifecycle.status.text()
