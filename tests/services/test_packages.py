"""Data packages between two laptops and the office: every record and photo everywhere, conflicts kept, no-op re-import."""

from __future__ import annotations

from pathlib import Path

import pytest

from safety_desk.demo.generate import generate_demo
from safety_desk.errors import ValidationError
from safety_desk.services.packages import export_package, import_package, list_conflicts, preview_package, \
    resolve_conflict
from safety_desk.store import Store
from safety_desk.store.attachments import photo_path
from safety_desk.store.rows import update_record
from tests.support.stores import content, open_computer


_open = open_computer


@pytest.fixture
def three(tmp_path: Path):
    a, b, office = _open(tmp_path, "a"), _open(tmp_path, "b"), _open(tmp_path, "office")
    generate_demo(store=a, seed=1, enterprises=3, findings=12)
    generate_demo(store=b, seed=2, enterprises=3, findings=12)
    yield a, b, office
    for s in (a, b, office):
        s.close()


def _finding(store: Store, n: int = 0) -> str:
    return list(store.db.query("select id from findings order by id"))[n]["id"]


def _description(store: Store, finding_id: str) -> str:
    return next(store.db.query("select description from findings where id = ?", [finding_id]))["description"]


def _exchange(src: Store, dst: Store, tmp_path: Path, dest_name: str, *, all_records: bool = False):
    out = tmp_path / f"{dest_name}-{len(list(tmp_path.glob('*.sdpkg')))}.sdpkg"
    export_package(store=src, out_path=out, destination=dest_name, all_records=all_records)
    return import_package(store=dst, path=out), out


def _everywhere(stores: tuple[Store, ...]) -> None:
    ids = [{r["id"] for r in s.db.query("select id from findings")} for s in stores]
    assert ids[0] == ids[1] == ids[2] and len(ids[0]) == 24
    shas = [{r["sha256"] for r in s.db.query("select sha256, extension from photos")} for s in stores]
    assert shas[0] == shas[1] == shas[2] and shas[0]
    for s in stores:
        for r in s.db.query("select sha256, extension from photos"):
            assert photo_path(s.attachments_dir, r["sha256"], r["extension"]).exists()
        links = next(s.db.query("select count(*) n from finding_photos"))["n"]
        assert links == next(stores[0].db.query("select count(*) n from finding_photos"))["n"]


def test_three_databases_exchange_both_ways(three, tmp_path: Path) -> None:
    a, b, office = three
    fa, fb = _finding(a), _finding(b)
    update_record(a.db, "findings", fa, {"description": "A 改过的描述"})
    update_record(b.db, "findings", fb, {"description": "B 改过的描述"})
    s1, _ = _exchange(a, office, tmp_path, "office")
    s2, _ = _exchange(b, office, tmp_path, "office")
    assert s1.new > 12 and s2.new > 12 and s1.conflicts == s2.conflicts == 0
    _exchange(office, a, tmp_path, "laptop-a")
    _exchange(office, b, tmp_path, "laptop-b")
    _everywhere((a, b, office))
    for s in (a, b, office):
        assert _description(s, fa) == "A 改过的描述" and _description(s, fb) == "B 改过的描述"
    # shipped templates matched by content: no second copy anywhere
    assert {s.db["templates"].count for s in (a, b, office)} == {a.db["templates"].count}

    # an edit on one side only travels on as an update, incrementally, and comes back to the other laptop
    update_record(b.db, "findings", fa, {"location": "B 补充的位置"})
    s3, pkg = _exchange(b, office, tmp_path, "office")
    assert (s3.updated, s3.conflicts) == (1, 0)
    assert sum(1 for _ in pkg.parent.glob("*.sdpkg"))
    s4, _ = _exchange(office, a, tmp_path, "laptop-a")
    assert s4.conflicts == 0 and s4.updated >= 1
    row = next(a.db.query("select description, location from findings where id = ?", [fa]))
    assert row == {"description": "A 改过的描述", "location": "B 补充的位置"}


def test_concurrent_edit_is_one_conflict_with_both_versions(three, tmp_path: Path) -> None:
    a, _b, office = three
    _exchange(a, office, tmp_path, "office")
    _exchange(office, a, tmp_path, "laptop-a")
    finding = _finding(a)
    update_record(a.db, "findings", finding, {"description": "A 的版本"})
    update_record(office.db, "findings", finding, {"description": "办公室的版本"})
    out = tmp_path / "edit.sdpkg"
    export_package(store=a, out_path=out)
    preview = preview_package(store=office, path=out)
    assert preview.conflicts == 1 and list_conflicts(store=office) == []
    summary = import_package(store=office, path=out)
    assert summary.conflicts == 1
    assert _description(office, finding) == "办公室的版本"  # nothing overwritten silently
    [conflict] = list_conflicts(store=office)
    assert conflict.record_id == finding and conflict.table == "findings"
    assert conflict.local["description"] == "办公室的版本" and conflict.incoming["description"] == "A 的版本"
    assert conflict.differing_fields() == ["description"]
    assert import_package(store=office, path=out).conflicts == 0  # the same conflict is not raised twice
    with pytest.raises(ValidationError, match="早于发现日期"):  # a merge is checked like any other edit
        resolve_conflict(store=office, conflict_id=conflict.id, choice="merge",
                         fields={"description": "合并后的描述", "deadline": "2000-01-01"})
    assert len(list_conflicts(store=office)) == 1 and _description(office, finding) == "办公室的版本"
    resolve_conflict(store=office, conflict_id=conflict.id, choice="merge", fields={"description": "合并后的描述"})
    assert list_conflicts(store=office) == [] and _description(office, finding) == "合并后的描述"
    back, _ = _exchange(office, a, tmp_path, "laptop-a")
    assert back.conflicts == 0 and _description(a, finding) == "合并后的描述"


def test_reimport_is_a_no_op(three, tmp_path: Path) -> None:
    a, _b, office = three
    out = tmp_path / "a.sdpkg"
    result = export_package(store=a, out_path=out, all_records=True)
    assert result.records > 0 and result.photos > 0
    import_package(store=office, path=out)
    before = content(office)
    again = import_package(store=office, path=out)
    assert (again.new, again.updated, again.conflicts) == (0, 0, 0)
    assert content(office) == before


def test_incremental_export_holds_only_what_changed(three, tmp_path: Path) -> None:
    a, _b, office = three
    first = export_package(store=a, out_path=tmp_path / "1.sdpkg")
    assert first.counts["findings"] == 12
    update_record(a.db, "findings", _finding(a, 3), {"description": "改"})
    second = export_package(store=a, out_path=tmp_path / "2.sdpkg")
    assert second.counts == {"findings": 1}
    other = export_package(store=a, out_path=tmp_path / "3.sdpkg", destination="county")
    assert other.counts["findings"] == 12  # another destination has had nothing yet
