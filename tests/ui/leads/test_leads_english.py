"""The leads tab in both UI languages: sources, channels, statuses and findings show in English in the English UI and
as stored in the Chinese one; the filters still filter on the stored values; free text stays as typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from safety_desk.domain.leads import Lead
from safety_desk.services.leads import get_lead, register_lead
from safety_desk.store import Store
from safety_desk.ui.leads.leads_view import LeadsView
from tests.support.builders import build_visit
from tests.support.language import ui_language

PERIOD = (date(2026, 9, 1), date(2026, 12, 31))
SHOWN = {"en": {"转办交办": "Referred or assigned", "数据监测": "Data monitoring", "上级转办": "Referred from above",
                "属实": "True", "办理中": "In hand", "待分办": "Unassigned", "电话": "Phone"},
         "zh_CN": {v: v for v in ("转办交办", "数据监测", "上级转办", "属实", "办理中", "待分办", "电话")}}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_lead_vocabularies_follow_the_ui_language(qtbot, store: Store, language: str):
    words = SHOWN[language]
    visit = build_visit(store, when=date(2026, 9, 29), period=PERIOD)
    lead = register_lead(store=store, lead=Lead(source="转办交办", channel="上级转办", received_on=date(2026, 9, 28),
                                                 summary="超量储存", enterprise_id=visit.enterprise_id,
                                                 department="区应急局"), today=date(2026, 9, 28)).lead
    register_lead(store=store, lead=replace(lead, finding="属实", verified_on=date(2026, 10, 9)), today=date(2026, 10, 9))
    register_lead(store=store, lead=Lead(source="数据监测", received_on=date(2026, 10, 20), summary="报警器离线",
                                         enterprise_id=visit.enterprise_id), today=date(2026, 10, 20))
    with ui_language(language):
        view = LeadsView(store)
        qtbot.addWidget(view)
        model = view.model
        rows = {model.records()[r].id: [model.index(r, c).data() for c in range(model.columnCount())]
                for r in range(model.rowCount())}
        assert {words["转办交办"], words["上级转办"], words["属实"], words["办理中"], "超量储存", "区应急局"} <= set(
            rows[lead.id])
        sources = [view.source_combo.itemText(i) for i in range(view.source_combo.count())]
        assert words["数据监测"] in sources and words["转办交办"] in sources
        view.source_combo.setCurrentIndex(sources.index(words["数据监测"]))  # chosen by what it shows …
        assert [v.source for v in model.records()] == ["数据监测"]  # … it filters on what is stored
        view.source_combo.setCurrentIndex(0)
        statuses = [view.status_combo.itemText(i) for i in range(view.status_combo.count())]
        view.status_combo.setCurrentIndex(statuses.index(words["办理中"]))
        assert [v.id for v in model.records()] == [lead.id]

        dialog = view.edit_lead(lead.id)
        assert dialog.source_combo.currentText() == words["转办交办"]
        assert dialog.finding_combo.currentText() == words["属实"]
        dialog.reply_method_combo.setCurrentIndex([dialog.reply_method_combo.itemText(i) for i in range(
            dialog.reply_method_combo.count())].index(words["电话"]))
        dialog.reply.set_value(date(2026, 10, 12))
        dialog.accept()
        assert not dialog.isVisible()
    stored = get_lead(store=store, lead_id=lead.id)
    assert (stored.source, stored.channel, stored.finding, stored.reply_method) == ("转办交办", "上级转办", "属实", "电话")
