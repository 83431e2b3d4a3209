"""What the hazard form shows is what is stored (issue 14, point 1).

A user types into the form with keyboard and mouse. A value shown invalid (red) is never stored, and it blocks
登记入台账, every lifecycle step and closing the form without a choice; numbers and dates are stored when their
edit is finished, never an intermediate prefix such as the "12.34" on the way to "12.345".
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from safety_desk.domain.lifecycle import ACTION_START
from safety_desk.services import findings as finding_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.store import Store
from safety_desk.ui.app import create_app
from safety_desk.ui.hazards.finding_dialog import FindingDialog
from tests.support.builders import build_visit
from tests.support.typing import type_text

FOUR = dict(description="储罐区未设置可燃气体报警装置", level="重大", responsible_unit="生产部", responsible_person="王建国",
            measures="加装报警装置")


@pytest.fixture
def visit(qtbot, store: Store):
    create_app(lang="zh_CN")
    return build_visit(store)


def open_form(qtbot, store: Store, fid: str) -> FindingDialog:
    dialog = FindingDialog(store, fid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot, widget, text: str) -> None:
    """Click into a field, select what it holds and type over it, as a user does."""
    click(qtbot, widget)
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def stored(store: Store, fid: str):
    return finding_service.get_finding(store=store, finding_id=fid)


def audit_values(store: Store, fid: str, field: str) -> list[str | None]:
    return [r["new_value"] for r in store.db.query(
        "select new_value from audit_log where finding_id = ? and field = ? order by created_at, rowid", [fid, field])]


def draft(store: Store, visit, **values) -> str:
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id, actor="张明")
    finding_service.update_finding(store=store, finding_id=fid, actor="张明", **values)
    return fid


def test_funds_shown_invalid_are_never_ledgered_with_a_leftover_value(qtbot, store: Store, visit):
    fid = draft(store, visit, **FOUR, deadline="2019-09-30")
    dialog = open_form(qtbot, store, fid)

    retype(qtbot, dialog.funds, "150000")
    qtbot.keyClick(dialog.funds, Qt.Key.Key_Tab)  # the edit is finished: now it is stored
    assert stored(store, fid).five.funds_fen == 15_000_000
    retype(qtbot, dialog.funds, "12.345")
    assert dialog.funds.styleSheet() and "分" in dialog.funds.toolTip()
    retype(qtbot, dialog.funds, "-100")
    assert dialog.funds.styleSheet() and "负数" in dialog.funds.toolTip()
    click(qtbot, dialog.contingency_plan)
    type_text(dialog.contingency_plan, "停用并专人监护")
    assert dialog.funds.text() == "-100" and dialog.funds.styleSheet()  # still shown, still red

    click(qtbot, dialog.ledger_button)
    f = stored(store, fid)
    assert not f.ledger_entered, "a hazard was ledgered while its funds field showed an invalid value"
    assert f.five.funds_fen == 15_000_000 and f.five.contingency_plan == "停用并专人监护"
    assert audit_values(store, fid, "funds_fen") == ["15000000"]  # no 12.34 or any other prefix, ever
    message = dialog.error.text()
    assert "整改资金" in message and "-100" in message and "150,000.00" in message  # which value is stored

    # fixing the field makes the same click succeed, with the value on the screen
    retype(qtbot, dialog.funds, "12.34")
    click(qtbot, dialog.ledger_button)
    f = stored(store, fid)
    assert f.ledger_entered and f.five.funds_fen == 1234
    assert audit_values(store, fid, "funds_fen") == ["15000000", "1234"]


def test_an_invalid_funds_field_blocks_closing_without_a_choice(qtbot, store: Store, visit):
    fid = draft(store, visit, **FOUR, funds="150000")
    dialog = open_form(qtbot, store, fid)
    retype(qtbot, dialog.funds, "-100")
    dialog.close()
    assert dialog.isVisible() and dialog.close_prompt is not None and dialog.close_prompt.isVisible()
    click(qtbot, dialog.close_prompt.findChild(type(dialog.ledger_button), "fixButton"))
    assert dialog.isVisible() and dialog.funds.text() == "-100"  # back to the form, nothing decided for the user
    dialog.close()
    click(qtbot, dialog.close_prompt.findChild(type(dialog.ledger_button), "keepStoredButton"))
    assert not dialog.isVisible()
    assert stored(store, fid).five.funds_fen == 15_000_000


def test_a_deadline_shown_invalid_blocks_the_ledger_and_is_not_stored(qtbot, store: Store, visit):
    fid = draft(store, visit, **FOUR, funds="12500", contingency_plan="停用并专人监护")
    dialog = open_form(qtbot, store, fid)
    retype(qtbot, dialog.deadline, "2019-09-30")
    qtbot.keyClick(dialog.deadline, Qt.Key.Key_Tab)
    assert stored(store, fid).five.deadline == date(2019, 9, 30)
    retype(qtbot, dialog.deadline, "2019-09-31")  # there is no 31 September
    click(qtbot, dialog.ledger_button)
    f = stored(store, fid)
    assert not f.ledger_entered and f.five.deadline == date(2019, 9, 30)
    assert "整改时限" in dialog.error.text() and "2019-09-30" in dialog.error.text()
    assert audit_values(store, fid, "deadline") == ["2019-09-30"]
    retype(qtbot, dialog.deadline, "2019-08-01")  # before the hazard was found (2019-08-06)
    click(qtbot, dialog.ledger_button)
    assert not stored(store, fid).ledger_entered and stored(store, fid).five.deadline == date(2019, 9, 30)
    assert "早于发现日期" in dialog.deadline.toolTip()
    retype(qtbot, dialog.deadline, "2019-10-31")
    click(qtbot, dialog.ledger_button)
    f = stored(store, fid)
    assert f.ledger_entered and f.five.deadline == date(2019, 10, 31)
    assert audit_values(store, fid, "deadline") == ["2019-09-30", "2019-10-31"]


def test_a_level_the_store_refuses_blocks_every_lifecycle_step(qtbot, store: Store, visit):
    fid = draft(store, visit, **FOUR, funds="12500", deadline="2019-09-30", contingency_plan="停用并专人监护")
    finding_service.enter_ledger(store=store, finding_id=fid, actor="张明")
    lifecycle_service.list_hazard(store=store, finding_id=fid, actor="张明", level="区级", supervising_unit="区安委会",
                                  document_no="济天安委〔2019〕3号", listed_on=date(2019, 8, 10))
    dialog = open_form(qtbot, store, fid)
    click(qtbot, dialog.level)
    dialog.level.hidePopup()
    qtbot.keyClick(dialog.level, Qt.Key.Key_Up)  # 重大 → 一般: a listed hazard may not become general
    assert dialog.level.currentText() == "一般" and dialog.level.styleSheet()
    assert stored(store, fid).level == "重大"

    click(qtbot, dialog.lifecycle.buttons[ACTION_START])
    assert dialog.step_dialog is None or not dialog.step_dialog.isVisible(), "a step opened over an invalid level"
    assert "隐患等级" in dialog.error.text() and "重大" in dialog.error.text()
    assert stored(store, fid).status == "待整改"
    # the user keeps the stored value: the form shows it again and the step is possible
    click(qtbot, dialog.revert_button)
    assert dialog.level.currentText() == "重大" and not dialog.level.styleSheet()
    click(qtbot, dialog.lifecycle.buttons[ACTION_START])
    assert dialog.step_dialog is not None and dialog.step_dialog.isVisible()


def test_a_refusal_to_ledger_is_one_message_and_marks_the_empty_fields(qtbot, store: Store, visit):
    fid = draft(store, visit, description="储罐区未设置可燃气体报警装置", level="重大", responsible_unit="生产部",
                funds="100")
    dialog = open_form(qtbot, store, fid)
    click(qtbot, dialog.ledger_button)
    assert not stored(store, fid).ledger_entered
    shown = [label.text() for label in (dialog.missing, dialog.error) if label.text()]
    assert len(shown) == 1 and "不能登记入台账" in shown[0] and "预案" in shown[0]  # said once, not twice
    marked = {name for name, w in dialog._widgets.items() if w.styleSheet()}
    assert marked == {"responsible_person", "measures", "deadline", "contingency_plan"}
    assert dialog.responsible_person.hasFocus()
    type_text(dialog.responsible_person, "王建国")
    assert not dialog.responsible_person.styleSheet()  # filled: no longer marked


def test_a_pause_in_typing_finishes_a_number_but_never_stores_an_invalid_one(qtbot, store: Store, visit):
    fid = draft(store, visit, **FOUR)
    dialog = open_form(qtbot, store, fid)
    retype(qtbot, dialog.funds, "8000")
    assert stored(store, fid).five.funds_fen is None  # still typing
    qtbot.waitUntil(lambda: stored(store, fid).five.funds_fen == 800_000, timeout=5000)
    retype(qtbot, dialog.funds, "80.001")
    qtbot.wait(2000)  # longer than the pause
    assert stored(store, fid).five.funds_fen == 800_000 and dialog.funds.styleSheet()


def test_quitting_the_app_asks_about_a_value_that_is_not_stored(qtbot, store: Store, visit):
    from safety_desk.ui.main_window import MainWindow

    fid = draft(store, visit, **FOUR, funds="150000")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_finding(fid)
    dialog.funds.setText("-100")
    window.close()
    assert window.isVisible() and dialog.isVisible() and dialog.close_prompt.isVisible()
    click(qtbot, dialog.close_prompt.findChild(type(dialog.ledger_button), "keepStoredButton"))
    window.close()
    assert not window.isVisible() and stored(store, fid).five.funds_fen == 15_000_000


def test_the_history_holds_one_change_per_finished_edit_not_per_keystroke(qtbot, store: Store, visit):
    fid = draft(store, visit, **FOUR)
    dialog = open_form(qtbot, store, fid)
    click(qtbot, dialog.location)
    type_text(dialog.location, "二号储罐区")  # saved at every keystroke …
    assert stored(store, fid).location == "二号储罐区"
    qtbot.keyClick(dialog.location, Qt.Key.Key_Tab)  # … one edit, finished here
    click(qtbot, dialog.location)
    qtbot.keyClick(dialog.location, Qt.Key.Key_End)
    type_text(dialog.location, "东侧")
    qtbot.keyClick(dialog.location, Qt.Key.Key_Tab)
    assert audit_values(store, fid, "location") == ["二号储罐区", "二号储罐区东侧"]


def test_a_lifecycle_step_records_the_date_it_shows_or_refuses(qtbot, store: Store, visit):
    from safety_desk.domain.lifecycle import ACTION_EXTEND

    fid = draft(store, visit, **FOUR, funds="12500", deadline="2019-09-30", contingency_plan="停用并专人监护")
    finding_service.enter_ledger(store=store, finding_id=fid, actor="张明")
    lifecycle_service.remember_actor(store=store, name="王芳")
    dialog = open_form(qtbot, store, fid)
    step = dialog.open_step(ACTION_EXTEND)
    step.new_deadline.setText("2019-11-31")  # 31 November stays on the screen as typed
    type_text(step.reason, "设备到货延迟")
    type_text(step.approved_by, "李主任")
    step.accept()
    assert step.isVisible() and step.new_deadline.styleSheet() and "11 月没有 31 日" in step.error.text()
    assert stored(store, fid).five.deadline == date(2019, 9, 30)  # nothing recorded from a date nobody typed
    step.new_deadline.setText("2019-11-30")
    step.accept()
    assert not step.isVisible() and stored(store, fid).five.deadline == date(2019, 11, 30)
