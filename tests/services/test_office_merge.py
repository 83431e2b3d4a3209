"""The street office compiles two laptops' work: every hazard and photo arrives, the monthly report counts both
laptops, and a tampered package is refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from safety_desk.errors import UserError
from safety_desk.demo.generate import generate_demo
from safety_desk.services.monthly import monthly_report
from safety_desk.services.packages import export_package, import_package
from safety_desk.services.templates import load_shipped_templates
from safety_desk.store import Store


def _laptop(path: Path, seed: int) -> Store:
    store = Store.open(path)
    generate_demo(store=store, seed=seed, enterprises=8, findings=40)
    return store


def _district(store: Store):
    return monthly_report(store=store, month="2019-08").current


def test_two_laptops_demo_campaigns_merge_at_the_office(tmp_path: Path):
    a, b = _laptop(tmp_path / "a.db", 1), _laptop(tmp_path / "b.db", 2)
    office = Store.open(tmp_path / "office.db")
    load_shipped_templates(store=office)
    for laptop, name in ((a, "a"), (b, "b")):
        export_package(store=laptop, out_path=tmp_path / f"{name}.sdpkg", all_records=True)
        import_package(store=office, path=tmp_path / f"{name}.sdpkg")

    def count(store: Store, table: str) -> int:
        return store.db[table].count

    for table in ("findings", "enterprises", "inspections", "finding_photos"):
        assert count(office, table) == count(a, table) + count(b, table), table
    assert count(office, "campaigns") == 1  # the same campaign created on two laptops is one campaign
    shared_photos = {r["sha256"] for r in a.db.query("select sha256 from photos")} | {
        r["sha256"] for r in b.db.query("select sha256 from photos")}
    assert {r["sha256"] for r in office.db.query("select sha256 from photos")} == shared_photos
    for row in office.db.query("select sha256, extension from photos"):
        assert (office.attachments_dir / row["sha256"][:2] / f"{row['sha256']}{row['extension']}").exists()

    fa, fb, fo = _district(a), _district(b), _district(office)
    assert fa.hazards + fb.hazards == fo.hazards > 0
    assert fa.hazards_major + fb.hazards_major == fo.hazards_major
    assert fa.enterprises_inspected + fb.enterprises_inspected == fo.enterprises_inspected
    assert fa.rectified + fb.rectified == fo.rectified


def test_a_tampered_package_is_refused_and_changes_nothing(tmp_path: Path):
    a = _laptop(tmp_path / "a.db", 3)
    package = tmp_path / "a.sdpkg"
    export_package(store=a, out_path=package, all_records=True)
    tampered = tmp_path / "tampered.sdpkg"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".json") and "manifest" not in info.filename:
                data += b" "  # one byte more: the member no longer has the hash the manifest promises
            dst.writestr(info, data)
    office = Store.open(tmp_path / "office.db")
    before = office.db["findings"].count
    with pytest.raises(UserError, match="tampered.sdpkg"):
        import_package(store=office, path=tampered)
    assert office.db["findings"].count == before == 0
