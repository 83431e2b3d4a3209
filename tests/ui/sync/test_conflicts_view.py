"""The conflicts view shows both versions and settles them; the import dialog summarises before it writes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from safety_desk.demo.generate import generate_demo
from safety_desk.services.packages import export_package, import_package, list_conflicts
from safety_desk.store import Store
from safety_desk.store.rows import update_record
from safety_desk.ui.sync.conflicts_view import ConflictsView
from safety_desk.ui.sync.package_dialogs import import_package_interactive


def _conflicted(tmp_path: Path) -> tuple[Store, str]:
    a, office = Store.open(tmp_path / "a" / "d.db"), Store.open(tmp_path / "o" / "d.db")
    generate_demo(store=a, seed=8, enterprises=2, findings=3)
    export_package(store=a, out_path=tmp_path / "1.sdpkg")
    import_package(store=office, path=tmp_path / "1.sdpkg")
    finding = next(a.db.query("select id from findings order by id"))["id"]
    update_record(a.db, "findings", finding, {"description": "甲", "location": "甲处"})
    update_record(office.db, "findings", finding, {"description": "乙", "location": "乙处"})
    export_package(store=a, out_path=tmp_path / "2.sdpkg")
    import_package(store=office, path=tmp_path / "2.sdpkg")
    return office, finding


def test_both_versions_side_by_side_and_merge(qtbot, tmp_path: Path) -> None:
    office, finding = _conflicted(tmp_path)
    view = ConflictsView(office)
    qtbot.addWidget(view)
    assert view.list.count() == 1
    cells = {view.table.item(r, 0).text(): (view.table.item(r, 1).text(), view.table.item(r, 2).text())
             for r in range(view.table.rowCount())}
    assert cells["description"] == ("乙", "甲") and cells["location"] == ("乙处", "甲处")
    row = [view.table.item(r, 0).text() for r in range(view.table.rowCount())].index("description")
    view.table.cellWidget(row, 3).setCurrentIndex(1)  # take the incoming description, keep our location
    with qtbot.waitSignal(view.resolved):
        view.merge.click()
    got = next(office.db.query("select description, location from findings where id = ?", [finding]))
    assert got == {"description": "甲", "location": "乙处"}
    assert view.list.count() == 0 and list_conflicts(store=office) == []


def test_import_shows_summary_then_imports(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    a, office = Store.open(tmp_path / "a" / "d.db"), Store.open(tmp_path / "o" / "d.db")
    generate_demo(store=a, seed=9, enterprises=2, findings=4)
    export_package(store=a, out_path=tmp_path / "p.sdpkg")
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    task = import_package_interactive(parent, office, path=str(tmp_path / "p.sdpkg"),
                                      confirm=lambda s: seen.append(s) or True)
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    assert seen[0].new > 0 and seen[0].conflicts == 0
    assert office.db["findings"].count == 4
    declined = import_package_interactive(parent, office, path=str(tmp_path / "p.sdpkg"), confirm=lambda s: False)
    assert declined is None


def test_several_packages_chosen_at_once_are_imported_and_listed(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from safety_desk.ui.sync import package_dialogs

    paths = []
    for n in (1, 2):
        laptop = Store.open(tmp_path / f"l{n}" / "d.db")
        generate_demo(store=laptop, seed=n, enterprises=2, findings=3)
        export_package(store=laptop, out_path=tmp_path / f"{n}.sdpkg", all_records=True)
        paths.append(str(tmp_path / f"{n}.sdpkg"))
    (tmp_path / "bad.sdpkg").write_bytes(b"not a package")
    paths.insert(1, str(tmp_path / "bad.sdpkg"))
    office = Store.open(tmp_path / "o" / "d.db")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (paths, ""))
    asked, shown = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    real = package_dialogs.import_packages_interactive
    monkeypatch.setattr(package_dialogs, "import_packages_interactive",
                        lambda parent, store, chosen: real(parent, store, chosen, show=lambda *a: shown.append(a)))
    parent = QWidget()
    qtbot.addWidget(parent)
    task = package_dialogs.import_package_interactive(parent, office)
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    assert "3" in asked[0]
    title, text, details, all_merged = shown[0]
    assert office.db["findings"].count == 6 and not all_merged
    assert "2" in text and "bad.sdpkg" in text
    assert details.count("\n") == 2 and "bad.sdpkg" in details.splitlines()[1]
