"""A new user's first day (issue 14): views follow the records they show (point 8); a new inspection starts from
the inspections tab and may register its enterprise on the way (point 9)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from safety_desk.domain.inspections import Campaign
from safety_desk.services import inspections as inspection_service
from safety_desk.services import registers as register_service
from safety_desk.ui.app import create_app, open_main_window
from safety_desk.ui.inspection.campaign_dialog import CampaignDialog
from safety_desk.ui.inspection.new_inspection_dialog import NewInspectionDialog
from tests.support.builders import build_visit
from tests.support.typing import type_text


@pytest.fixture
def window(qtbot, db_path: Path):
    create_app(lang="zh_CN")
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.store.close()


def test_views_follow_a_new_campaign_without_a_restart(qtbot, window, monkeypatch):
    window.tabs.setCurrentWidget(window.reports)
    assert "还没有专项行动" in window.reports.status_label.text()
    assert "还是空的" in window.welcome.text.text()

    def create(dialog):
        inspection_service.create_campaign(store=window.store, campaign=Campaign(
            "安全生产专项整治行动", date(2026, 7, 1), date(2026, 12, 31)))
        return True

    monkeypatch.setattr(CampaignDialog, "exec", create)
    window.actions_by_name["newCampaign"].trigger()
    assert "还没有专项行动" not in window.reports.status_label.text()
    assert window.reports.campaign_combo.count() == 1 and window.reports.export_button.isEnabled()
    banner = window.welcome.text.text()
    assert window.welcome.isVisible() and "空" not in banner and "新建检查" in banner  # what is left to do
    assert "新建专项行动" not in banner


def test_the_banner_goes_once_there_is_an_inspection(qtbot, window):
    build_visit(window.store)
    window.records_changed()
    assert not window.welcome.isVisible()


def test_new_inspection_from_the_inspections_tab(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(NewInspectionDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.tabs.setCurrentWidget(window.inspections)
    qtbot.mouseClick(window.inspections.new_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].add_enterprise.isVisible() is not None


def test_an_unregistered_enterprise_is_offered_new_enterprise(qtbot, window):
    visit = build_visit(window.store)
    dialog = NewInspectionDialog(window.store, window, new_enterprise_form=window.new_enterprise_form)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.enterprise.setEditText("")
    type_text(dialog.enterprise.lineEdit(), "济南北园食品有限公司")
    dialog.accept()
    assert dialog.isVisible() and "不在名录库中" in dialog.error.text() and "新增企业" in dialog.error.text()

    qtbot.mouseClick(dialog.add_enterprise, Qt.MouseButton.LeftButton)
    form = dialog.enterprise_form
    assert form is not None and form.isVisible() and form.name_edit.text() == "济南北园食品有限公司"
    form.accept()
    assert not form.isVisible()
    new_id = form.saved_id
    assert new_id and register_service.get_enterprise(store=window.store, enterprise_id=new_id).name == "济南北园食品有限公司"
    assert dialog.enterprise.currentData() == new_id and dialog.error.text() == ""
    for n in range(dialog.inspectors.count()):
        dialog.inspectors.item(n).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.inspection_id
    assert inspection_service.get_inspection(store=window.store, inspection_id=dialog.inspection_id).enterprise_id == new_id
    assert visit.enterprise_id != new_id
