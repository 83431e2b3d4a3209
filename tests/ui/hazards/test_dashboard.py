"""The dashboard: the four figures and the streets, for an injected "today"; first tab of the main window,
refreshed after a hazard changes; a figure leads to its hazards."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from safety_desk.domain.registers import Enterprise
from safety_desk.services import findings as finding_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.services import registers as register_service
from safety_desk.store import Store
from safety_desk.ui.app import create_app, open_main_window
from safety_desk.ui.hazards.dashboard import FIGURE_OVERDUE, DashboardView
from tests.support.builders import build_visit

DEADLINE = date(2019, 9, 30)


def hazard(store: Store, enterprise_id: str, *, level: str = "一般", deadline: date = DEADLINE) -> str:
    fid = finding_service.open_finding(store=store, enterprise_id=enterprise_id, found_date=date(2019, 8, 6))
    finding_service.update_finding(
        store=store, finding_id=fid, description="隐患", level=level, responsible_unit="单位", responsible_person="人",
        measures="措施", funds="100", deadline=deadline.isoformat(), contingency_plan="预案")
    finding_service.enter_ledger(store=store, finding_id=fid)
    return fid


def populate(store: Store) -> dict:
    visit = build_visit(store)
    other = register_service.save_enterprise(store=store, enterprise=Enterprise(name="天桥机械厂", street="北园街道"))
    listed = hazard(store, visit.enterprise_id, level="重大")
    lifecycle_service.list_hazard(store=store, finding_id=listed, actor="王芳", level="区级", supervising_unit="区安委办",
                                  document_no="天安委督〔2019〕3号", listed_on=date(2019, 8, 10), today=date(2019, 8, 10))
    hazard(store, visit.enterprise_id, deadline=DEADLINE + timedelta(days=3))
    hazard(store, other, deadline=DEADLINE + timedelta(days=30))
    return {"visit": visit, "listed": listed}


@pytest.fixture
def dashboard(qtbot, store: Store):
    create_app(lang="zh_CN")
    populate(store)
    view = DashboardView(store)
    qtbot.addWidget(view)
    view.show()
    return view


def figures(view: DashboardView) -> tuple[int, int, int, int]:
    return view.due.value, view.overdue.value, view.listed.value, view.listed_overdue.value


def streets(view: DashboardView) -> list[tuple]:
    model = view.street_table.model()
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_figures_and_streets_across_the_deadline_boundary(dashboard: DashboardView):
    dashboard.reload(today=DEADLINE)
    assert figures(dashboard) == (2, 0, 1, 0)
    assert streets(dashboard) == [("北园街道", 1, 0), ("泺口街道", 2, 0)]
    dashboard.reload(today=DEADLINE + timedelta(days=1))
    assert figures(dashboard) == (1, 1, 1, 1)
    assert streets(dashboard) == [("北园街道", 1, 0), ("泺口街道", 2, 1)]
    assert "2019-10-01" in dashboard.title.text()
    assert "#b00020" in dashboard.overdue.styleSheet()  # an overdue figure above zero is red


def test_clicking_a_figure_and_a_street_asks_for_their_hazards(qtbot, dashboard: DashboardView):
    dashboard.reload(today=DEADLINE + timedelta(days=1))
    with qtbot.waitSignal(dashboard.figure_clicked) as clicked:
        qtbot.mouseClick(dashboard.overdue, Qt.MouseButton.LeftButton)
    assert clicked.args == [FIGURE_OVERDUE]
    index = dashboard.street_table.model().index(1, 0)
    with qtbot.waitSignal(dashboard.street_activated) as activated:
        dashboard.street_table.activated.emit(index)
    assert activated.args == ["泺口街道"]


@pytest.fixture
def window(qtbot, db_path: Path):
    create_app(lang="zh_CN")
    store = Store.open(db_path)
    data = populate(store)
    store.close()
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    w.show()
    yield w, data
    w.close()  # closes the hazard forms too
    w.store.close()


def test_the_dashboard_is_the_first_tab_and_follows_hazard_edits(qtbot, window):
    w, data = window
    assert w.tabs.widget(0) is w.dashboard
    assert w.tabs.currentWidget() is w.dashboard  # ledgered hazards are being followed: start from what is due
    listed_before = w.dashboard.listed.value
    assert listed_before == 1
    dialog = w.open_finding(data["listed"])
    lifecycle_service.delist(store=w.store, finding_id=data["listed"], actor="王芳", reason="误挂")
    dialog._step_stored(data["listed"])  # what a stored step dialog does
    qtbot.waitUntil(lambda: w.dashboard.listed.value == 0, timeout=3000)
    w._show_figure(FIGURE_OVERDUE)
    assert w.tabs.currentWidget() is w.hazards and w.hazards.overdue_check.isChecked()
