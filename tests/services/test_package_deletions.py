"""Deletes travel in data packages: a record deleted on a laptop goes at the office too, unless changed there since."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from safety_desk.errors import UserError
from safety_desk.demo.generate import generate_demo
from safety_desk.services.findings import delete_draft_finding, remove_photo
from safety_desk.services.packages import export_package, import_package, preview_package
from safety_desk.services.packages_merge import Merger as _Merger
from safety_desk.services.packages_format import read_package
from safety_desk.store import Store, tombstones
from safety_desk.store.rows import insert_record, update_record
from tests.support.stores import content


@pytest.fixture
def pair(tmp_path: Path):
    laptop, office = Store.open(tmp_path / "laptop" / "desk.db"), Store.open(tmp_path / "office" / "desk.db")
    generate_demo(store=laptop, seed=5, enterprises=3, findings=20)
    draft = _one(laptop, "select id from findings where ledger_entered_at is null order by id")["id"]
    photo = _one(laptop, "select id from photos order by id")["id"]
    insert_record(laptop.db, "finding_photos", {"finding_id": draft, "photo_id": photo, "position": 0})
    export_package(store=laptop, out_path=tmp_path / "first.sdpkg")
    import_package(store=office, path=tmp_path / "first.sdpkg")
    yield laptop, office
    laptop.close()
    office.close()


def _one(store: Store, sql: str, params=()) -> dict | None:
    return next(iter(store.db.query(sql, list(params))), None)


def _draft_with_photo(store: Store) -> str:
    return _one(store, "select f.id from findings f where f.ledger_entered_at is null and exists "
                       "(select 1 from finding_photos p where p.finding_id = f.id) order by f.id")["id"]


def _link_elsewhere(store: Store, draft: str) -> dict:
    """A photo link of another hazard that is not written off (remove_photo refuses those)."""
    return _one(store, "select p.id, p.finding_id, p.photo_id from finding_photos p join findings f "
                       "on f.id = p.finding_id where f.id != ? and f.closed_on is null order by p.id", [draft])


def _exists(store: Store, table: str, record_id: str) -> bool:
    return _one(store, f"select 1 x from [{table}] where id = ?", [record_id]) is not None


def _delete_on_laptop(laptop: Store) -> tuple[str, list[str], dict]:
    draft = _draft_with_photo(laptop)
    draft_links = [r["id"] for r in laptop.db.query("select id from finding_photos where finding_id = ?", [draft])]
    link = _link_elsewhere(laptop, draft)
    delete_draft_finding(store=laptop, finding_id=draft)
    remove_photo(store=laptop, finding_id=link["finding_id"], photo_id=link["photo_id"])
    return draft, draft_links, link


def test_deleted_hazard_and_photo_link_go_at_the_office(pair, tmp_path: Path) -> None:
    laptop, office = pair
    draft, draft_links, link = _delete_on_laptop(laptop)
    out = tmp_path / "deletes.sdpkg"
    result = export_package(store=laptop, out_path=out)
    assert result.deletions == 2 + len(draft_links)
    assert {(d["table"], d["id"]) for d in read_package(out).deletions} == {
        ("findings", draft), ("finding_photos", link["id"]), *(("finding_photos", i) for i in draft_links)}
    preview = preview_package(store=office, path=out)
    assert preview.deleted == 2 + len(draft_links) and _exists(office, "findings", draft)  # nothing written
    summary = import_package(store=office, path=out)
    assert (summary.deleted, summary.kept_changed, summary.kept_referenced) == (2 + len(draft_links), 0, 0)
    assert not _exists(office, "findings", draft) and not _exists(office, "finding_photos", link["id"])
    assert not any(_exists(office, "finding_photos", i) for i in draft_links)
    assert _exists(office, "photos", link["photo_id"])  # only the link goes; the photo stays
    assert "删除" in summary.describe()
    # the office remembers, and hands the deletes on to the next laptop (its own tombstones)
    assert tombstones.get(office.db, "findings", draft) is not None
    # re-importing the same package changes nothing
    before = content(office)
    again = import_package(store=office, path=out)
    assert (again.deleted, again.kept_changed, again.new, again.updated) == (0, 0, 0, 0)
    assert content(office) == before


def test_an_edit_at_the_office_wins_over_the_delete(pair, tmp_path: Path) -> None:
    laptop, office = pair
    draft, _links, _link = _delete_on_laptop(laptop)
    update_record(office.db, "findings", draft, {"description": "办公室补充的描述"})
    out = tmp_path / "deletes.sdpkg"
    export_package(store=laptop, out_path=out)
    summary = import_package(store=office, path=out)
    assert summary.kept_changed == 1
    row = _one(office, "select description from findings where id = ?", [draft])
    assert row == {"description": "办公室补充的描述"}
    assert "保留" in summary.describe()
    before = content(office)
    assert import_package(store=office, path=out).kept_changed == 1 and content(office) == before
    # the edited hazard comes back to the laptop: the edit is later than the delete
    back = tmp_path / "back.sdpkg"
    export_package(store=office, out_path=back, destination="laptop")
    import_package(store=laptop, path=back)
    assert _one(laptop, "select description from findings where id = ?", [draft]) == {
        "description": "办公室补充的描述"}
    assert tombstones.get(laptop.db, "findings", draft) is None


def test_a_record_still_used_at_the_office_is_kept(pair, tmp_path: Path) -> None:
    laptop, office = pair
    draft = _draft_with_photo(laptop)
    export_package(store=office, out_path=tmp_path / "sync.sdpkg", destination="laptop")  # the office is up to date
    import_package(store=laptop, path=tmp_path / "sync.sdpkg")
    # the office attached one more photo link to the draft, which the laptop never saw
    photo = _one(office, "select id from photos where id not in (select photo_id from finding_photos "
                         "where finding_id = ?) order by id", [draft])["id"]
    insert_record(office.db, "finding_photos", {"id": "office-link", "finding_id": draft, "photo_id": photo,
                                                "position": 99})
    delete_draft_finding(store=laptop, finding_id=draft)
    out = tmp_path / "deletes.sdpkg"
    export_package(store=laptop, out_path=out)
    summary = import_package(store=office, path=out)
    assert summary.kept_referenced == 1 and _exists(office, "findings", draft)
    assert _exists(office, "finding_photos", "office-link")
    before = content(office)
    assert import_package(store=office, path=out).kept_referenced == 1 and content(office) == before
    # the next package from the office brings the hazard back to the laptop, with the link that needs it
    back = tmp_path / "back.sdpkg"
    result = export_package(store=office, out_path=back, destination="laptop")
    # the kept hazard travels again, with its link
    assert (result.counts["findings"], result.counts["finding_photos"]) == (1, 1)
    assert import_package(store=laptop, path=back).conflicts == 0
    assert _exists(laptop, "findings", draft) and _exists(laptop, "finding_photos", "office-link")
    assert tombstones.get(laptop.db, "findings", draft) is None


def test_a_stale_package_does_not_bring_a_deleted_record_back(pair, tmp_path: Path) -> None:
    laptop, office = pair
    stale = tmp_path / "stale.sdpkg"
    export_package(store=laptop, out_path=stale, all_records=True)  # still has the hazard and its links
    draft, draft_links, link = _delete_on_laptop(laptop)
    export_package(store=laptop, out_path=tmp_path / "deletes.sdpkg")
    import_package(store=office, path=tmp_path / "deletes.sdpkg")
    before = content(office)
    summary = import_package(store=office, path=stale)
    assert (summary.new, summary.updated, summary.conflicts) == (0, 0, 0)
    assert content(office) == before
    assert not _exists(office, "findings", draft) and not _exists(office, "finding_photos", link["id"])
    # the laptop itself ignores its own old rows too, when they come back through a third device
    third = Store.open(tmp_path / "third" / "desk.db")
    try:
        import_package(store=third, path=stale)
        relay = tmp_path / "relay.sdpkg"
        export_package(store=third, out_path=relay, destination="laptop", all_records=True)
        assert import_package(store=laptop, path=relay).new == 0
        assert not _exists(laptop, "findings", draft)
    finally:
        third.close()


def test_a_tombstone_for_a_record_never_seen_is_remembered(pair, tmp_path: Path) -> None:
    laptop, office = pair
    draft = _draft_with_photo(laptop)
    old = tmp_path / "old.sdpkg"
    export_package(store=laptop, out_path=old, destination="county", all_records=True)
    delete_draft_finding(store=laptop, finding_id=draft)
    other = Store.open(tmp_path / "other" / "desk.db")
    try:
        out = tmp_path / "deletes.sdpkg"
        export_package(store=laptop, out_path=out, destination="other")
        summary = import_package(store=other, path=out)  # knows nothing of the hazard: a no-op that is remembered
        assert summary.deleted == 0 and tombstones.get(other.db, "findings", draft) is not None
        import_package(store=other, path=old)  # an older package with the hazard: it stays deleted
        assert not _exists(other, "findings", draft)
        assert _one(other, "select count(*) n from finding_photos where finding_id = ?", [draft]) == {"n": 0}
        assert _exists(other, "findings", _one(laptop, "select id from findings order by id")["id"])
    finally:
        other.close()


def test_a_failed_import_leaves_everything_as_it_was(pair, tmp_path: Path, monkeypatch) -> None:
    laptop, office = pair
    _delete_on_laptop(laptop)
    out = tmp_path / "deletes.sdpkg"
    export_package(store=laptop, out_path=out)
    before = content(office)
    apply = _Merger._apply_deletions

    def fail_after_deleting(self, synced):
        apply(self, synced)
        assert self.summary.deleted > 0
        raise UserError("磁盘已满")

    monkeypatch.setattr(_Merger, "_apply_deletions", fail_after_deleting)
    with pytest.raises(UserError):
        import_package(store=office, path=out)
    assert content(office) == before  # records, sync versions and tombstones alike


def test_old_packages_without_deletions_still_import(pair, tmp_path: Path) -> None:
    laptop, office = pair
    update_record(laptop.db, "findings", _draft_with_photo(laptop), {"description": "改"})
    out = tmp_path / "plain.sdpkg"
    assert export_package(store=laptop, out_path=out).deletions == 0
    with zipfile.ZipFile(out) as zf:
        assert "deletions.json" not in zf.namelist()
        assert json.loads(zf.read("manifest.json"))["format_version"] == 1
    assert import_package(store=office, path=out).updated == 1


def _resigned(src: Path, dst: Path, deletions: list[dict]) -> Path:
    """The package with other tombstones, its manifest's checksums made to match (as a newer program would write)."""
    import hashlib

    with zipfile.ZipFile(src) as zin:
        manifest = json.loads(zin.read("manifest.json"))
        members = {n: zin.read(n) for n in zin.namelist() if n != "manifest.json"}
    members["deletions.json"] = json.dumps(deletions).encode()
    manifest["members"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items()}
    with zipfile.ZipFile(dst, "w") as zout:
        for name, data in members.items():
            zout.writestr(name, data)
        zout.writestr("manifest.json", json.dumps(manifest))
    return dst


def test_tombstones_of_unknown_tables_or_bad_shape_are_refused(pair, tmp_path: Path) -> None:
    laptop, office = pair
    _delete_on_laptop(laptop)
    out = tmp_path / "deletes.sdpkg"
    export_package(store=laptop, out_path=out)
    before = content(office)
    unknown = _resigned(out, tmp_path / "unknown.sdpkg",
                        [{"table": "device; drop table findings", "id": "x", "deleted_at": "", "versions": []}])
    with pytest.raises(UserError, match="不认识"):
        import_package(store=office, path=unknown)
    local = _resigned(out, tmp_path / "local.sdpkg", [{"table": "device", "id": "x", "deleted_at": "", "versions": []}])
    with pytest.raises(UserError, match="不认识"):
        import_package(store=office, path=local)
    bad = _resigned(out, tmp_path / "bad.sdpkg", [{"table": "findings", "id": 3, "versions": "all"}])
    with pytest.raises(UserError, match="无法读取"):
        import_package(store=office, path=bad)
    assert content(office) == before


def test_tables_added_later_get_their_trigger_at_open(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    store = Store.open(path)
    store.db["later_table"].create({"id": str, "created_at": str, "updated_at": str, "note": str}, pk="id")
    store.db["later_table"].insert({"id": "r1", "created_at": "t", "updated_at": "t", "note": ""})
    store.close()
    store = Store.open(path)  # as after a migration that adds a synced table
    try:
        store.db.execute("delete from later_table where id = 'r1'")
        assert tombstones.get(store.db, "later_table", "r1") is not None
        store.db.execute("delete from local_state")  # device-local tables leave none
        assert store.db.execute("select count(*) from sync_tombstones where table_name = 'local_state'").fetchone() \
            == (0,)
    finally:
        store.close()
