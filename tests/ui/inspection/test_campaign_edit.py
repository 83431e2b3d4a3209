"""Correcting a campaign: its name, period and phases; refused where inspections would fall outside."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from safety_desk.domain.inspections import Campaign
from safety_desk.errors import ValidationError
from safety_desk.services import inspections as inspection_service
from safety_desk.store import Store
from safety_desk.ui.app import create_app, open_main_window
from tests.support.builders import build_visit


def test_rename_and_extend_a_campaign(store: Store):
    visit = build_visit(store)  # one inspection on 2019-08-06
    campaign = inspection_service.get_campaign(store=store, campaign_id=visit.campaign_id)
    campaign.name = "迎接建国70周年安全生产专项整治行动（延长）"
    campaign.end_date = date(2019, 11, 30)
    inspection_service.update_campaign(store=store, campaign=campaign)
    again = inspection_service.get_campaign(store=store, campaign_id=visit.campaign_id)
    assert (again.name, again.end_date) == (campaign.name, date(2019, 11, 30))


def test_a_period_or_phase_that_would_orphan_inspections_is_refused(store: Store):
    visit = build_visit(store)
    campaign = inspection_service.get_campaign(store=store, campaign_id=visit.campaign_id)
    shrunk = Campaign(id=campaign.id, name=campaign.name, start_date=date(2019, 9, 1), end_date=campaign.end_date,
                      phases=campaign.phases)
    with pytest.raises(ValidationError) as info:
        inspection_service.update_campaign(store=store, campaign=shrunk)
    assert "2019-08-06" in info.value.problems["start_date"]
    without_phase = Campaign(id=campaign.id, name=campaign.name, start_date=campaign.start_date,
                             end_date=campaign.end_date, phases=["自查自纠"])
    with pytest.raises(ValidationError, match="专项检查"):
        inspection_service.update_campaign(store=store, campaign=without_phase)
    assert inspection_service.get_campaign(store=store, campaign_id=visit.campaign_id) == campaign


def test_the_window_edits_a_campaign(qtbot, db_path: Path):
    create_app(lang="zh_CN")
    store = Store.open(db_path)
    visit = build_visit(store)
    store.close()
    window = open_main_window(str(db_path))
    qtbot.addWidget(window)
    window.show()
    dialog = window.edit_campaign()
    assert dialog.windowTitle() == "编辑专项行动" and dialog.name.text().startswith("迎接建国70周年")
    dialog.end.set_date(date(2019, 12, 31))
    dialog.accept()
    assert inspection_service.get_campaign(store=window.store, campaign_id=visit.campaign_id).end_date == date(2019, 12, 31)
    window.store.close()
