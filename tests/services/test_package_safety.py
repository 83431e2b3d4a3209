"""Bad packages are refused with a clear message and leave the database exactly as it was."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from safety_desk.services import packages_format
from safety_desk.demo.generate import generate_demo
from safety_desk.services.packages import export_package, import_package
from safety_desk.services.packages_format import PackageError
from safety_desk.store import Store
from tests.support.stores import content


@pytest.fixture
def good(tmp_path: Path) -> Path:
    laptop = Store.open(tmp_path / "laptop" / "desk.db")
    generate_demo(store=laptop, seed=3, enterprises=2, findings=6)
    out = tmp_path / "good.sdpkg"
    export_package(store=laptop, out_path=out, all_records=True)
    laptop.close()
    return out


@pytest.fixture
def office(tmp_path: Path):
    store = Store.open(tmp_path / "office" / "desk.db")
    generate_demo(store=store, seed=4, enterprises=2, findings=4)
    yield store
    store.close()


def _rewrite(src: Path, dst: Path, change) -> Path:
    """Copy the package, letting ``change(name, data, manifest)`` alter members; returns dst."""
    with zipfile.ZipFile(src) as zin:
        manifest = json.loads(zin.read("manifest.json"))
        members = {n: zin.read(n) for n in zin.namelist() if n != "manifest.json"}
    members, manifest = change(members, manifest)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members.items():
            zout.writestr(name, data)
        zout.writestr("manifest.json", json.dumps(manifest))
    return dst


def _tamper(members, manifest):
    name = next(n for n in members if n.startswith("records/findings"))
    members[name] = members[name].replace("隐患".encode(), "篡改".encode(), 1) or members[name] + b" "
    return members, manifest


def _wrong_version(members, manifest):
    return members, {**manifest, "format_version": 99}


def _traversal(members, manifest):
    members["../../evil.txt"] = b"x"
    manifest["members"]["../../evil.txt"] = {"sha256": packages_format.hashlib.sha256(b"x").hexdigest(), "size": 1}
    return members, manifest


def _bomb(members, manifest):
    data = b"\0" * (8 * 1024 * 1024)
    members["records/zzz.jsonl"] = data
    manifest["members"]["records/zzz.jsonl"] = {"sha256": packages_format.hashlib.sha256(data).hexdigest(),
                                                "size": len(data)}
    return members, manifest


@pytest.mark.parametrize("kind, message", [
    ("truncated", "截断"), ("version", "格式版本"), ("tamper", "校验值不符"), ("traversal", "不允许的成员名"),
    ("bomb", "压缩炸弹"), ("not_zip", "截断"),
])
def test_bad_package_is_refused_and_database_untouched(kind, message, good: Path, office: Store, tmp_path: Path):
    bad = tmp_path / f"{kind}.sdpkg"
    if kind == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size * 2 // 3])
    elif kind == "not_zip":
        bad.write_text("hello")
    else:
        change = {"version": _wrong_version, "tamper": _tamper, "traversal": _traversal, "bomb": _bomb}[kind]
        _rewrite(good, bad, change)
    before = content(office)
    with pytest.raises(PackageError, match=message):
        import_package(store=office, path=bad)
    assert content(office) == before
    assert not (tmp_path.parent / "evil.txt").exists()


def test_oversized_member_is_refused_even_if_the_header_lies(good: Path, office: Store, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(packages_format, "MAX_MEMBER_BYTES", 200)
    before = content(office)
    with pytest.raises(PackageError, match="过大|上限"):
        import_package(store=office, path=good)
    assert content(office) == before


def test_failure_midway_rolls_back(good: Path, office: Store, tmp_path: Path) -> None:
    def drop_enterprises(members, manifest):  # hazards whose enterprise is missing: the merge fails partway
        members.pop("records/enterprises.jsonl")
        manifest["members"].pop("records/enterprises.jsonl")
        return members, manifest

    bad = _rewrite(good, tmp_path / "partial.sdpkg", drop_enterprises)
    before = content(office)
    with pytest.raises(Exception, match="既不在数据包中，也不在本机"):
        import_package(store=office, path=bad)
    assert content(office) == before


def test_good_package_still_imports(good: Path, office: Store) -> None:
    assert import_package(store=office, path=good).new > 0
