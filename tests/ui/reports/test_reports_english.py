"""The reports page in both UI languages: a campaign's period reads "… (start to end)" in the English UI and
"…（起 至 止）" in the Chinese one; the campaign's name is shown as it was typed."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.store import Store
from safety_desk.ui.reports.reports_page import ReportsPage
from tests.support.builders import build_visit
from tests.support.language import ui_language

NAME = "迎接建国70周年安全生产专项整治行动"
SHOWN = {"en": f"{NAME} (2019-07-15 to 2019-10-31)", "zh_CN": f"{NAME}（2019-07-15 至 2019-10-31）"}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_campaign_period_follows_the_ui_language(qtbot, store: Store, language: str):
    build_visit(store)
    with ui_language(language):
        page = ReportsPage(store, today=date(2019, 11, 5), preview=False)
        qtbot.addWidget(page)
        assert page.campaign_combo.currentText() == SHOWN[language]
        assert page.campaign_id() is not None  # the data behind the words is the campaign
