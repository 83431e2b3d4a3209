"""Regression tests of issue 15: a package's records are untrusted, whatever its hashes say.

One test per failure class found by mutating packages: a path outside the photo folder, corrupt data accepted, the
program then breaking on its own data, tracebacks, photos left behind by a refused import, and a table nobody wrote a
validator for. Each refusal is one line naming the member, the record, the field and the rule, and leaves the
database and the photo folder as they were.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from safety_desk.cli import main as cli_main
from safety_desk.demo.generate import generate_demo
from safety_desk.demo.images import demo_photo
from safety_desk.domain import record_kinds
from safety_desk.errors import UserError
from safety_desk.services.exports import export_ledger, ledger_filter
from safety_desk.services.findings import add_photos
from safety_desk.services.packages import export_package, import_package
from safety_desk.services.packages_merge import Merger
from safety_desk.services.stats import collect_stats
from safety_desk.services.templates import load_shipped_templates
from safety_desk.store import Store
from safety_desk.store.findings_query import HazardFilter
from tests.support.stores import content
from tests.support.package_fuzz import PackageParts


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> PackageParts:
    root = tmp_path_factory.mktemp("laptop")
    laptop = Store.open(root / "desk.db")
    load_shipped_templates(store=laptop)
    generate_demo(store=laptop, seed=3, enterprises=3, findings=25)
    photo = root / "photo.png"
    photo.write_bytes(demo_photo(2, 2))
    finding = next(laptop.db.query("select id from findings where status != '已销号' limit 1"))["id"]
    add_photos(store=laptop, finding_id=finding, paths=[photo])
    out = export_package(store=laptop, out_path=root / "good.sdpkg", all_records=True).path
    laptop.close()
    return PackageParts.read(out)


@pytest.fixture
def office(tmp_path: Path):
    store = Store.open(tmp_path / "office" / "desk.db")
    load_shipped_templates(store=store)
    generate_demo(store=store, seed=4, enterprises=2, findings=4)
    yield store
    store.close()


def _files(folder: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else None for p in sorted(folder.rglob("*"))}


def _copy(base: PackageParts) -> PackageParts:
    return PackageParts(json.loads(json.dumps(base.manifest)), dict(base.members),
                        json.loads(json.dumps(base.records)))


def _row(parts: PackageParts, table: str, where=lambda row: True) -> dict:
    return next(item["row"] for item in parts.records[table] if where(item["row"]))


def _assert_refused(office: Store, parts: PackageParts, tmp_path: Path, *match: str) -> str:
    """Import ``parts``; it must be refused with one line containing each of ``match``, nothing changed."""
    path = parts.write(tmp_path / "bad.sdpkg")
    before, photos = content(office), _files(office.attachments_dir.parent)
    with pytest.raises(UserError) as caught:
        import_package(store=office, path=path)
    message = str(caught.value)
    assert "\n" not in message
    for text in match:
        assert text in message
    assert content(office) == before
    assert _files(office.attachments_dir.parent) == photos
    return message


# --- a file written outside the photo folder -----------------------------------------------------------------------

@pytest.mark.parametrize("extension", ["/../../../../evil.txt", "/../evil.jpg", ".jpg/../../evil", ".txt", ""])
def test_a_photo_extension_never_names_a_path(extension: str, base, office: Store, tmp_path: Path) -> None:
    parts = _copy(base)
    _row(parts, "photos")["extension"] = extension
    message = _assert_refused(office, parts, tmp_path, "records/photos.jsonl", "extension")
    assert "数据库与照片文件夹均未改动" in message
    assert not list(tmp_path.parent.rglob("evil*"))


def test_a_photo_row_must_match_its_file(base, office: Store, tmp_path: Path) -> None:
    parts = _copy(base)
    photo = _row(parts, "photos")
    photo["extension"] = ".gif" if photo["extension"] != ".gif" else ".png"  # a closed-list value, but not the file's
    _assert_refused(office, parts, tmp_path, "照片", "不符")


# --- corrupt data accepted ----------------------------------------------------------------------------------------

CORRUPT = [
    ("findings", "status", "完成", "应为"),
    ("findings", "level", "特大", "应为"),
    ("findings", "rectification_mode", "随便", "应为"),
    ("findings", "funds_fen", -100, "之间"),
    ("findings", "funds_fen", "一万", "应为整数"),
    ("findings", "found_date", "2019-02-30", "不是有效日期"),
    ("findings", "deadline", "2000-01-01", "早于发现日期"),
    ("findings", "point_id", "0b7d5c0e-1111-4222-8333-944445555666", "既不在数据包中"),
    ("findings", "id", "", "不是有效的记录编号"),
    ("findings", "description", "".join(chr(0x4E00 + n * 7919 % 20_000) for n in range(1_000_000)), "过长"),
    ("campaigns", "end_date", "2000-01-01", "结束日期不能早于开始日期"),
    ("enterprises", "name", "", "不能为空"),
    ("enterprises", "credit_code", "91350100M000100Y4X", "统一社会信用代码"),
    ("accidents", "deaths", -1, "之间"),
    ("accidents", "deaths", "三人", "应为整数"),
    ("accidents", "direct_loss_fen", "很多", "应为整数"),
    ("accidents", "direct_loss_fen", -5, "之间"),
]


@pytest.mark.parametrize("table, field, value, rule", CORRUPT, ids=[f"{t}.{f}={str(v)[:12]}" for t, f, v, _ in CORRUPT])
def test_corrupt_records_are_refused_naming_member_record_field_and_rule(
        table: str, field: str, value, rule: str, base, office: Store, tmp_path: Path) -> None:
    parts = _copy(base)
    row = _row(parts, table, lambda r: table != "findings" or r["point_id"])
    record_id = row["id"]
    row[field] = value
    match = [f"records/{table}.jsonl", rule] + ([record_id[:20], field] if field != "id" else [field])
    _assert_refused(office, parts, tmp_path, *match)


def test_a_package_cannot_overwrite_a_record_here_with_invalid_values(base, office: Store, tmp_path: Path) -> None:
    good = base.write(tmp_path / "good.sdpkg")
    import_package(store=office, path=good)
    # The very record, naming the version this office holds: a later edit on the other side, were it valid.
    parts = _copy(base)
    row = _row(parts, "findings", lambda r: r["status"] == "待整改" and not r["ledger_entered_at"])
    row["level"] = "特大"
    _assert_refused(office, parts, tmp_path, "level", row["id"][:20])
    row["level"] = "重大"  # the same edit with a valid value goes through: the refusal was the value's
    summary = import_package(store=office, path=parts.write(tmp_path / "valid.sdpkg"))
    assert summary.updated == 1
    assert office.db.execute("select level from findings where id = ?", [row["id"]]).fetchone()[0] == "重大"


# --- the program then breaking on its own data ----------------------------------------------------------------------

def test_stats_and_ledgers_keep_working_after_bad_packages(base, office: Store, tmp_path: Path) -> None:
    for table, field, value in (("accidents", "direct_loss_fen", "12万"), ("findings", "funds_fen", "1万"),
                                ("findings", "deadline", "2019-02-30")):
        parts = _copy(base)
        _row(parts, table)[field] = value
        _assert_refused(office, parts, tmp_path, field)
    import_package(store=office, path=base.write(tmp_path / "good.sdpkg"))
    stats = collect_stats(store=office)
    assert stats  # as `stats --json` reads it
    for suffix in (".xlsx", ".pdf"):
        export_ledger(store=office, hazard_filter=ledger_filter(HazardFilter(), include_drafts=True),
                      out_path=tmp_path / f"ledger{suffix}")
        assert (tmp_path / f"ledger{suffix}").stat().st_size > 0


# --- tracebacks ---------------------------------------------------------------------------------------------------

TRACEBACKS = [
    ("findings", "funds_fen", 2**64),
    ("templates", "version", 2**64),
    ("photos", "size", 2**64),
    ("enterprises", "key_process", 2**64),
    ("findings", "description", 2**64),
    ("templates", "template_key", None),  # a template row without its key
    ("photos", "sha256", None),  # a photo row without its key
    ("photos", "sha256", ["a", "b"]),  # a list in a unique-key column
    ("inspection_templates", "inspection_id", ["x"]),
    ("enterprises", "name", {"zh": "企业"}),  # a dict where a string belongs
    ("enterprises", "key_categories", {"a": 1}),
]


@pytest.mark.parametrize("table, field, value", TRACEBACKS, ids=[f"{t}.{f}" for t, f, _ in TRACEBACKS])
def test_odd_values_give_exit_2_and_one_line(table: str, field: str, value, base, office: Store,
                                              tmp_path: Path) -> None:
    parts = _copy(base)
    row = _row(parts, table)
    if value is None:
        del row[field]
    else:
        row[field] = value
    path = parts.write(tmp_path / "odd.sdpkg")
    db_path = str(office.path)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli_main(["--db", db_path, "package", "import", str(path)])
    assert code == 2
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and field in lines[0] and table in lines[0]


def test_manifest_fields_of_the_wrong_type_are_refused(base, office: Store, tmp_path: Path) -> None:
    parts = _copy(base)
    parts.manifest["source_device_name"] = {"name": "x"}
    _assert_refused(office, parts, tmp_path, "source_device_name")


def test_repeated_records_are_refused(base, office: Store, tmp_path: Path) -> None:
    parts = _copy(base)
    parts.records["findings"].append(json.loads(json.dumps(parts.records["findings"][0])))
    _assert_refused(office, parts, tmp_path, "重复")


# --- photos left after a refused import ------------------------------------------------------------------------------

def test_a_refused_import_leaves_no_photo(base, office: Store, tmp_path: Path) -> None:
    parts = _copy(base)
    assert parts.records["photos"]
    parts.records["findings"][-1]["row"]["status"] = "不存在的状态"  # the photos come first, the hazards after
    _assert_refused(office, parts, tmp_path, "status")
    for photo in parts.records["photos"]:
        assert not list(office.attachments_dir.rglob(photo["row"]["sha256"] + "*"))


def test_a_failure_during_the_merge_leaves_no_photo(base, office: Store, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = base.write(tmp_path / "good.sdpkg")
    before, photos = content(office), _files(office.attachments_dir.parent)

    def disk_full(self, synced):
        raise UserError("磁盘已满")

    monkeypatch.setattr(Merger, "_apply_deletions", disk_full)  # after every record and photo was staged
    with pytest.raises(UserError, match="磁盘已满"):
        import_package(store=office, path=path)
    assert content(office) == before
    assert _files(office.attachments_dir.parent) == photos
    monkeypatch.undo()
    assert import_package(store=office, path=path).photos == len(base.records["photos"])
    assert list(office.attachments_dir.rglob("*.png"))
    assert not list(office.attachments_dir.glob(".incoming-*"))  # the staging folder is gone after a commit too


# --- a synced table without a validator -----------------------------------------------------------------------------

def test_a_table_without_a_validator_is_refused(base, office: Store, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(record_kinds.KINDS, "accidents")
    _assert_refused(office, _copy(base), tmp_path, "accidents", "校验规则")


def test_one_id_in_two_tables_is_refused(base, office: Store, tmp_path: Path) -> None:
    # Found by the fuzz (seed 16000161): a check point's id changed to an enterprise's id made the merge map the
    # enterprise's hazards to the check point (a FOREIGN KEY traceback) in an office that had merged the package.
    import_package(store=office, path=base.write(tmp_path / "good.sdpkg"))
    parts = _copy(base)
    _row(parts, "template_points")["id"] = _row(parts, "enterprises")["id"]
    _assert_refused(office, parts, tmp_path, "同时出现在", "records/enterprises.jsonl", "records/template_points.jsonl")
