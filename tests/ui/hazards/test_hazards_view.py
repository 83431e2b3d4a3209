"""The hazards view: filters and search change the rows, overdue rows are red, rows are read a page at a time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from safety_desk.domain.registers import Enterprise
from safety_desk.services.registers import save_enterprise
from safety_desk.store.database import new_id, now_iso
from safety_desk.store.findings_query import HazardFilter
from safety_desk.store.rows import insert_record
from safety_desk.ui.hazards.hazards_model import (
    COLUMNS,
    DESCRIPTION_COLUMN,
    HazardIdRole,
    HazardTableModel,
    OverdueRole,
)
from safety_desk.ui.app import create_app
from safety_desk.ui.hazards.hazards_view import HazardsView

TODAY = date.today()  # the view filters with the real date: deadlines are set relative to it
COL = {key: n for n, (key, _) in enumerate(COLUMNS)}


def add_hazard(db, enterprise_id: str, description: str, *, days_ago: int, level: str = "一般",
               status: str = "待整改", deadline_in: int | None = None, ledgered: bool = True) -> str:
    deadline = (TODAY + timedelta(days=deadline_in)).isoformat() if deadline_in is not None else None
    return insert_record(db, "findings", {
        "enterprise_id": enterprise_id, "description": description, "location": "",
        "found_date": (TODAY - timedelta(days=days_ago)).isoformat(), "level": level,
        "rectification_mode": "限期整改", "status": status, "deadline": deadline,
        "ledger_entered_at": now_iso() if ledgered else None,
    })


@pytest.fixture
def filled(store):
    a = save_enterprise(store=store, enterprise=Enterprise(name="东方化工有限公司", street="城关街道"))
    b = save_enterprise(store=store, enterprise=Enterprise(name="西山机械厂", street="东城街道"))
    db = store.db
    ids = {
        "late": add_hazard(db, a, "配电箱未接地", days_ago=30, deadline_in=-1),
        "major": add_hazard(db, a, "灭火器压力不足", days_ago=20, level="重大", status="整改中", deadline_in=5),
        "closed": add_hazard(db, b, "安全出口堵塞", days_ago=10, status="已销号", deadline_in=-3),
        "free": add_hazard(db, b, "电缆沟积水", days_ago=1),
    }
    return store, {"A": a, "B": b}, ids


@pytest.fixture
def view(qtbot, filled):
    store, _, _ = filled
    create_app(lang="zh_CN")  # the data's vocabularies are shown through translation
    v = HazardsView(store)
    qtbot.addWidget(v)
    v.resize(1200, 600)
    v.show()
    return v


def commit_text(widget, text: str) -> None:
    """Chinese arrives through the input method as a committed string (QTest.keyClicks only types Latin-1)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def descriptions(model) -> list[str]:
    return [model.index(r, DESCRIPTION_COLUMN).data() for r in range(model.rowCount())]


def test_opens_on_every_hazard_newest_first(view):
    assert descriptions(view.model) == ["电缆沟积水", "安全出口堵塞", "灭火器压力不足", "配电箱未接地"]
    assert "4" in view.count_label.text()
    row = [view.model.index(2, c).data() for c in range(view.model.columnCount())]
    assert row[COL["enterprise_name"]] == "东方化工有限公司" and row[COL["street"]] == "城关街道"
    assert (row[COL["level"]], row[COL["status"]], row[COL["rectification_mode"]]) == ("重大", "整改中", "限期整改")
    assert view.model.headerData(0, Qt.Orientation.Horizontal) and view.model.columnCount() == 8


def test_overdue_rows_are_red(view, filled):
    model = view.model
    late = model.row_of(filled[2]["late"])
    assert model.index(late, 0).data(OverdueRole) is True
    assert model.index(late, 3).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(200, 0, 0)
    closed = model.row_of(filled[2]["closed"])  # past its deadline, but written off
    assert model.index(closed, 0).data(OverdueRole) is False
    assert model.index(closed, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_combos_and_checkbox_filter_at_once(view, filled):
    _, ent, _ = filled
    view.level_combo.setCurrentIndex(view.level_combo.findData("重大"))
    assert descriptions(view.model) == ["灭火器压力不足"]
    assert "1" in view.count_label.text()
    view.level_combo.setCurrentIndex(0)
    view.status_combo.setCurrentIndex(view.status_combo.findData("待整改"))
    assert descriptions(view.model) == ["电缆沟积水", "配电箱未接地"]
    view.overdue_check.setChecked(True)
    assert descriptions(view.model) == ["配电箱未接地"]
    view.clear_filters()
    assert view.model.rowCount() == 4 and view.current_filter() == HazardFilter()

    view.street_combo.setCurrentIndex(view.street_combo.findData("东城街道"))
    assert descriptions(view.model) == ["电缆沟积水", "安全出口堵塞"]
    # only the street's enterprises are offered
    offered = {view.enterprise_combo.itemData(i) or None for i in range(view.enterprise_combo.count())}
    assert offered == {None, ent["B"]}
    view.street_combo.setCurrentIndex(0)
    view.enterprise_combo.setCurrentIndex(view.enterprise_combo.findData(ent["A"]))
    assert descriptions(view.model) == ["灭火器压力不足", "配电箱未接地"]
    assert view.current_filter() == HazardFilter(enterprise_id=ent["A"])


def test_search_applies_once_typing_pauses(view, qtbot):
    view.search_edit.setFocus()
    commit_text(view.search_edit, "电")
    assert view.search_timer.isActive() and view.model.rowCount() == 4  # not yet: typing may go on
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert descriptions(view.model) == ["电缆沟积水", "配电箱未接地"]
    assert view.current_filter().search == "电"
    view.search_edit.setText("西山")  # the enterprise's name
    qtbot.waitUntil(lambda: descriptions(view.model) == ["电缆沟积水", "安全出口堵塞"])
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "%")  # literally, not "anything"
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    view.search_edit.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)


def test_enter_and_double_click_activate_a_hazard(view, qtbot, filled):
    table = view.table
    index = view.model.index(1, DESCRIPTION_COLUMN)
    table.setCurrentIndex(index)
    with qtbot.waitSignal(view.hazard_activated) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [filled[2]["closed"]]
    center = table.visualRect(view.model.index(3, 0)).center()
    with qtbot.waitSignal(view.hazard_activated) as blocker:
        # a real double-click starts with a press; QTest's double-click event alone has none
        qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert blocker.args == [filled[2]["late"]]


def test_reload_refreshes_combos_and_rows_keeping_the_filter(view, filled):
    store, ent, ids = filled
    view.level_combo.setCurrentIndex(view.level_combo.findData("重大"))
    view.table.selectRow(0)
    c = save_enterprise(store=store, enterprise=Enterprise(name="南湖物流", street="南湖街道"))
    add_hazard(store.db, c, "叉车无证驾驶", days_ago=0, level="重大")
    view.reload()
    assert view.street_combo.findData("南湖街道") > 0
    assert descriptions(view.model) == ["叉车无证驾驶", "灭火器压力不足"]
    assert view.current_hazard_id() == ids["major"]  # the selected hazard stays selected


def test_sorting_by_a_column_is_done_over_all_rows(view):
    view.table.sortByColumn(COL["enterprise_name"], Qt.SortOrder.AscendingOrder)
    names = [view.model.index(r, COL["enterprise_name"]).data() for r in range(view.model.rowCount())]
    assert names == sorted(names)
    view.table.sortByColumn(COL["found_date"], Qt.SortOrder.AscendingOrder)
    assert descriptions(view.model)[0] == "配电箱未接地"


def test_rows_are_fetched_a_page_at_a_time(qtbot, store):
    eid = save_enterprise(store=store, enterprise=Enterprise(name="大户企业", street="城关街道"))
    stamp = now_iso()
    store.db["findings"].insert_all(
        {"id": new_id(), "created_at": stamp, "updated_at": stamp, "enterprise_id": eid,
         "found_date": (date(2024, 1, 1) + timedelta(days=n)).isoformat(), "description": f"隐患{n:04d}",
         "level": "一般", "rectification_mode": "立即整改", "status": "待整改"}
        for n in range(1000)
    )
    model = HazardTableModel(store, page_size=100, max_cached_pages=3)
    model.set_filter(HazardFilter())
    assert model.rowCount() == 1000 and model.cached_pages() == []  # ids only, no rows yet
    assert model.index(999, DESCRIPTION_COLUMN).data() == "隐患0000"  # oldest last
    assert model.cached_pages() == [9]
    assert model.index(999, 0).data(HazardIdRole) == model.hazard_id(999)
    assert model.index(0, DESCRIPTION_COLUMN).data() == "隐患0999"
    assert model.index(500, DESCRIPTION_COLUMN).data() == "隐患0499"
    assert model.cached_pages() == [9, 0, 5]
    for row in range(0, 1000, 37):
        assert model.index(row, DESCRIPTION_COLUMN).data() == f"隐患{999 - row:04d}"
    assert len(model.cached_pages()) <= 3

    # refresh keeps the filter and drops the cached pages
    model.set_filter(HazardFilter(search="隐患09"))
    assert model.rowCount() == 100
    store.db.execute("update findings set description = '改过的' where description = '隐患0999'")
    model.refresh()
    assert model.filter().search == "隐患09" and model.rowCount() == 99


def test_drafts_look_like_drafts_and_the_count_says_how_many(qtbot, filled):
    store, ent, _ = filled
    create_app(lang="zh_CN")
    draft = add_hazard(store.db, ent["A"], "消防通道堆放杂物", days_ago=0, ledgered=False)
    view = HazardsView(store)
    qtbot.addWidget(view)
    model = view.model
    row = model.row_of(draft)
    assert model.index(row, COL["status"]).data() == "草稿"  # not 待整改 like a ledgered hazard
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert "台账" in model.index(row, COL["status"]).data(Qt.ItemDataRole.ToolTipRole)
    ledgered = model.row_of(filled[2]["free"])
    assert model.index(ledgered, COL["status"]).data() == "待整改"
    assert model.index(ledgered, 0).data(Qt.ItemDataRole.FontRole) is None
    text = view.count_label.text()
    assert "共 5 条" in text and "草稿 1 条" in text and "导出台账时不含" in text


def test_names_and_the_search_hint_fit_their_boxes(qtbot, filled):
    store, _, _ = filled
    create_app(lang="zh_CN")
    view = HazardsView(store)
    qtbot.addWidget(view)
    view.resize(1264, 600)
    view.show()
    header = view.table.horizontalHeader()
    fm = view.table.fontMetrics()
    for name in ("济南泺口精细化工股份有限公司", "东方化工有限公司"):
        assert fm.horizontalAdvance(name) + 8 <= header.sectionSize(COL["enterprise_name"]) or len(name) > 14
    assert fm.horizontalAdvance("工人新村南村街道") + 8 <= header.sectionSize(COL["street"])
    edit = view.search_edit
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 20
