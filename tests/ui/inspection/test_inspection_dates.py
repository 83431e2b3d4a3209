"""Typed dates in the inspection dialogs (new inspection, campaign, enforcement measure): an unfinished date is kept
as typed, marked red with a message naming the field, and OK refuses it (the dialog stays, nothing is stored); the
date fixed is stored exactly as shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from safety_desk.services import enforcement as enforcement_service
from safety_desk.services import inspections as inspection_service
from safety_desk.store import Store
from safety_desk.ui.inspection.campaign_dialog import CampaignDialog
from safety_desk.ui.inspection.enforcement_panel import EnforcementActionDialog
from safety_desk.ui.inspection.new_inspection_dialog import NewInspectionDialog
from tests.support.builders import build_visit
from tests.support.dates import click_ok, is_marked, retype


def _inspection_dates(store: Store) -> list[str]:
    return [r[0] for r in store.db.execute("select inspection_date from inspections order by inspection_date")]


def test_new_inspection_refuses_an_unfinished_date_and_stores_the_one_shown(qtbot, store: Store):
    visit = build_visit(store)  # one inspection on 2019-08-06
    dialog = NewInspectionDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    for n in range(dialog.inspectors.count()):
        dialog.inspectors.item(n).setCheckState(Qt.CheckState.Checked)
    retype(dialog.date, "2019-08-")
    click_ok(dialog)
    assert dialog.isVisible() and dialog.inspection_id is None
    assert _inspection_dates(store) == ["2019-08-06"]  # nothing stored
    assert dialog.date.text() == "2019-08-" and is_marked(dialog.date)  # kept as typed, marked
    assert QCoreApplication.translate("NewInspectionDialog", "Date") in dialog.error.text()
    assert "2019-08-" in dialog.error.text()

    retype(dialog.date, "2019-08-27")
    assert not is_marked(dialog.date) and "2019-08-" not in dialog.error.text()  # fixed: the mark goes at once
    click_ok(dialog)
    assert not dialog.isVisible() and dialog.inspection_id
    assert _inspection_dates(store) == ["2019-08-06", "2019-08-27"]
    assert inspection_service.get_inspection(store=store, inspection_id=dialog.inspection_id).enterprise_id == \
        visit.enterprise_id


def test_a_new_campaign_refuses_an_impossible_date(qtbot, store: Store):
    dialog = CampaignDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    retype(dialog.start, "2019-02-30")
    click_ok(dialog)
    assert dialog.isVisible() and inspection_service.list_campaigns(store=store) == []
    assert dialog.start.text() == "2019-02-30" and is_marked(dialog.start) and not is_marked(dialog.end)
    assert QCoreApplication.translate("CampaignDialog", "Start") in dialog.error.text()
    retype(dialog.end, "")  # a campaign has an end: an empty one is refused too
    click_ok(dialog)
    assert is_marked(dialog.end) and inspection_service.list_campaigns(store=store) == []

    retype(dialog.start, "2019/7/20")
    retype(dialog.end, "2019-10-31")
    click_ok(dialog)
    assert not dialog.isVisible()
    [campaign] = inspection_service.list_campaigns(store=store)
    assert (campaign.start_date, campaign.end_date) == (date(2019, 7, 20), date(2019, 10, 31))
    assert dialog.start.text() == "2019/7/20"  # never rewritten behind the user's back


def test_editing_a_campaign_keeps_the_stored_period_until_the_date_is_finished(qtbot, store: Store):
    visit = build_visit(store)
    before = inspection_service.get_campaign(store=store, campaign_id=visit.campaign_id)
    dialog = CampaignDialog(store, campaign=before)
    qtbot.addWidget(dialog)
    dialog.show()
    retype(dialog.end, "2019-12-3")
    retype(dialog.end, "2019-12-")  # backspaced: unfinished
    click_ok(dialog)
    assert dialog.isVisible() and is_marked(dialog.end)
    assert inspection_service.get_campaign(store=store, campaign_id=visit.campaign_id) == before
    retype(dialog.end, "2019-12-3")
    click_ok(dialog)
    assert inspection_service.get_campaign(store=store, campaign_id=visit.campaign_id).end_date == date(2019, 12, 3)


def test_an_enforcement_measure_refuses_an_unfinished_decision_date(qtbot, store: Store):
    visit = build_visit(store, phase="执法检查", when=date(2019, 8, 6))
    dialog = EnforcementActionDialog(store, visit.inspection_id, inspection_date=date(2019, 8, 6), hazards=[])
    qtbot.addWidget(dialog)
    dialog.show()
    retype(dialog.date_edit, "2019-8")
    click_ok(dialog)
    assert dialog.isVisible() and is_marked(dialog.date_edit)
    assert enforcement_service.list_actions(store=store, inspection_id=visit.inspection_id) == []
    message = dialog.problem_of("decided_on")
    assert "2019-8" in message and QCoreApplication.translate("EnforcementActionDialog", "Decided on") in message
    retype(dialog.date_edit, "2019-8-20")
    click_ok(dialog)
    assert not dialog.isVisible()
    [action] = enforcement_service.list_actions(store=store, inspection_id=visit.inspection_id)
    assert action.decided_on == date(2019, 8, 20)


@pytest.mark.parametrize("language, words", [("en", ("Self-check", "Special inspection")),
                                             ("zh_CN", ("自查自纠", "专项检查"))])
def test_campaign_phases_follow_the_ui_language(qtbot, store: Store, language: str, words: tuple[str, str]):
    from tests.support.language import ui_language

    visit = build_visit(store)
    with ui_language(language):
        campaign = CampaignDialog(store, campaign=inspection_service.get_campaign(store=store,
                                                                                  campaign_id=visit.campaign_id))
        qtbot.addWidget(campaign)
        assert [b.text() for b in campaign.phase_boxes][:2] == list(words)
        campaign.phase_boxes[0].setChecked(False)  # no inspection in 自查自纠: it may go
        click_ok(campaign)
        assert not campaign.isVisible()
        dialog = NewInspectionDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.phase.itemText(0) == words[1]
        for n in range(dialog.inspectors.count()):
            dialog.inspectors.item(n).setCheckState(Qt.CheckState.Checked)
        retype(dialog.date, "2019-08-27")
        click_ok(dialog)
        assert dialog.inspection_id
    assert "自查自纠" not in inspection_service.get_campaign(store=store, campaign_id=visit.campaign_id).phases
    assert inspection_service.get_inspection(store=store, inspection_id=dialog.inspection_id).phase == "专项检查"
