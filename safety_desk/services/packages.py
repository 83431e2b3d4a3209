"""Data packages: carry records between laptops and the office without losing one.

    export_package(store=laptop, out_path="a.sdpkg")               # what changed since the last package to "office"
    summary = preview_package(store=office, path="a.sdpkg")         # new / updated / conflicting, nothing written
    import_package(store=office, path="a.sdpkg")                    # one transaction; re-importing changes nothing

Merging by UUID: each device remembers the versions (content hashes) every record has had here, and a package carries
them. An incoming version this device already had is old news; an incoming version whose history contains the local
one is a later edit and replaces it; anything else was changed on both sides and becomes a conflict that keeps both
versions (``conflicts`` table) until the user resolves it. Nothing is overwritten silently.

Deletes travel too. Deleting a synced record leaves a tombstone (``store/tombstones.py``: table, id, time, and the
versions this device knew of the record); a package carries the tombstones written since the last one. On import, after
the records: a local record whose current version the deleting side knew is deleted (children before parents); one
changed here since, or still referenced by a record here the other side did not delete, is kept and counted
(``kept_changed``, ``kept_referenced``). A tombstone for a record never seen here is remembered, so that an older
package still carrying the row does not bring it back; a later version of the row (edited elsewhere after the
version that was deleted) does come back: an edit wins over a delete, as it does here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from safety_desk.domain.record_kinds import validator_for
from safety_desk.errors import UserError, ValidationError
from safety_desk.services.packages_check import check_package
from safety_desk.services.packages_format import FORMAT, FORMAT_VERSION, read_package, write_package
from safety_desk.services.packages_merge import Merger
from safety_desk.store import sync_repo, tombstones
from safety_desk.store.attachments import StagedPhotos, photo_path
from safety_desk.store.database import Store, now_iso

Progress = Callable[[int, int], bool]
DEFAULT_DESTINATION = "office"
_IMPORT_CACHE_KIB = 128 * 1024  # page cache during an import (KiB); it grows only as far as it is used


@dataclass
class ExportResult:
    path: Path
    records: int
    photos: int
    counts: dict[str, int]
    deletions: int = 0  # tombstones carried


@dataclass
class ImportSummary:
    source_device: str = ""
    new: int = 0
    updated: int = 0
    conflicts: int = 0
    unchanged: int = 0
    photos: int = 0
    deleted: int = 0  # records deleted here because the other side deleted them (dependants included)
    kept_changed: int = 0  # deleted on the other side but changed here since: kept, the local edit wins
    kept_referenced: int = 0  # deleted on the other side but still used by a record here it did not delete: kept

    def describe(self) -> str:
        text = (f"新增 {self.new} 条，更新 {self.updated} 条，冲突 {self.conflicts} 条，"
                f"未变 {self.unchanged} 条，照片 {self.photos} 张")
        if self.deleted:
            text += f"，删除 {self.deleted} 条"
        if self.kept_changed:
            text += f"，对方已删除但本机已修改而保留 {self.kept_changed} 条"
        if self.kept_referenced:
            text += f"，对方已删除但本机仍有记录引用而保留 {self.kept_referenced} 条"
        return text


class _DryRun(Exception):
    pass


def _device(store: Store) -> dict:
    return next(store.db.query("select id, name from device order by created_at limit 1"))


def export_package(*, store: Store, out_path: str | Path, destination: str = DEFAULT_DESTINATION,
                   all_records: bool = False, progress: Progress | None = None) -> ExportResult:
    """Every record changed since the last package to ``destination`` (everything with ``all_records``), with the
    photos they reference, in one file. The watermark moves only once the file is written."""
    db = store.db
    mark = now_iso()
    since = None if all_records else sync_repo.watermark(db, destination)
    keys = sync_repo.natural_keys(db)
    tables = sync_repo.synced_tables(db)
    records: dict[str, list[dict]] = {}
    photo_files: dict[str, Path] = {}
    with db.atomic():  # one consistent snapshot; also records the versions being sent
        for n, table in enumerate(tables):
            if progress and not progress(n, len(tables) + 1):
                raise UserError("已取消导出")
            refs = sync_repo.references(db, table)
            history = sync_repo.all_versions(db, table)
            items = []
            for row in sync_repo.changed_rows(db, table, since):
                h = sync_repo.row_hash(row, refs, keys)
                known = history.get(row["id"], set())
                if h not in known:
                    sync_repo.add_versions(db, table, row["id"], [h])
                items.append({"row": row, "versions": sorted(known | {h})})
                if table == "photos":
                    file = photo_path(store.attachments_dir, row["sha256"], row["extension"])
                    if file.exists():
                        photo_files[row["sha256"]] = file
            if items:
                records[table] = items
        deletions = tombstones.since(db, since)
        device = _device(store)
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "source_device_id": device["id"],
            "source_device_name": device["name"], "created_at": mark, "since": since, "destination": destination,
            "counts": {t: len(v) for t, v in records.items()}, "deletions": len(deletions),
        }
        write_package(out_path, manifest=manifest, records=records, keys=keys, photo_files=photo_files,
                      deletions=deletions)
        sync_repo.set_watermark(db, destination, mark)
    if progress:
        progress(len(tables) + 1, len(tables) + 1)
    counts = manifest["counts"]
    return ExportResult(path=Path(out_path), records=sum(counts.values()), photos=len(photo_files), counts=counts,
                        deletions=len(deletions))


def preview_package(*, store: Store, path: str | Path) -> ImportSummary:
    """What an import would do — new, updated, conflicting records — without writing anything."""
    package = read_package(path)
    summary = ImportSummary()
    schema = sync_repo.sync_schema(store.db)
    checked = check_package(store.db, package, where=str(path), schema=schema)
    try:
        with store.db.atomic():
            Merger(store, package, checked, summary, photos=None, schema=schema).run(None)
            raise _DryRun
    except _DryRun:
        pass
    return summary


def import_package(*, store: Store, path: str | Path, progress: Progress | None = None) -> ImportSummary:
    """Check every record of the package in memory, then merge it in one transaction: all of it or, on any failure,
    none of it — the photo folder included (photos are moved in only as the transaction commits)."""
    package = read_package(path)
    summary = ImportSummary()
    schema = sync_repo.sync_schema(store.db)
    checked = check_package(store.db, package, where=str(path), schema=schema)
    photos = StagedPhotos(store.attachments_dir)
    cache = store.db.execute("PRAGMA cache_size").fetchone()[0]
    # Rows, versions and arrival marks land at random places of indexes keyed by UUID: with SQLite's default 2 MB
    # page cache, a district database (gigabytes) would re-read index pages for nearly every record.
    store.db.execute(f"PRAGMA cache_size = {-_IMPORT_CACHE_KIB}")  # negative: KiB; back to the setting after
    try:
        with store.db.atomic():
            Merger(store, package, checked, summary, photos=photos, schema=schema).run(progress)
            photos.commit()
    except BaseException:
        photos.discard()
        raise
    finally:
        store.db.execute(f"PRAGMA cache_size = {int(cache)}")
    photos.discard(keep_placed=True)
    return summary


# --- conflicts -------------------------------------------------------------------------------------------------------

@dataclass
class Conflict:
    id: str
    table: str
    record_id: str
    local: dict
    incoming: dict
    source_device_name: str
    created_at: str

    def differing_fields(self) -> list[str]:
        return [k for k in self.local if k not in ("id", "created_at", "updated_at")
                and self.local.get(k) != self.incoming.get(k)]


def list_conflicts(*, store: Store) -> list[Conflict]:
    return [Conflict(id=r["id"], table=r["table_name"], record_id=r["record_id"], local=json.loads(r["local_json"]),
                     incoming=json.loads(r["incoming_json"]), source_device_name=r["source_device_name"] or "",
                     created_at=r["created_at"]) for r in sync_repo.open_conflicts(store.db)]


def resolve_conflict(*, store: Store, conflict_id: str, choice: str = "local", fields: dict | None = None) -> None:
    """Settle a conflict: keep ``"local"``, take ``"incoming"``, or ``"merge"`` with ``fields`` chosen per column.

    The result is a new version descended from both, so the next package carries it to the other side, which then
    takes it without a conflict of its own."""
    if choice not in ("local", "incoming", "merge"):
        raise ValueError(choice)
    db = store.db
    record = sync_repo.get_conflict(db, conflict_id)
    if record is None or record["resolved_at"]:
        raise UserError("该冲突不存在或已处理")
    table, record_id = record["table_name"], record["record_id"]
    local, incoming = json.loads(record["local_json"]), json.loads(record["incoming_json"])
    current = list(db.query(f"select * from [{table}] where id = ?", [record_id]))
    if not current:
        raise UserError(f"记录不存在（{table} {record_id}）")
    values = {"local": current[0], "incoming": incoming, "merge": {**current[0], **(fields or {})}}[choice]
    columns = set(db[table].columns_dict)
    values = {k: v for k, v in values.items() if k in columns and k not in ("id", "created_at")}
    values["updated_at"] = now_iso()  # newer than every watermark: the next package carries the settled version
    kind = validator_for(table)
    problems = kind.problems({**current[0], **values}) if kind else {"table": f"本程序没有 {table} 记录的校验规则"}
    if problems:  # fields merged from two valid versions may still disagree (a deadline before the found date)
        raise ValidationError(problems, record=kind.label if kind else table)
    keys = sync_repo.natural_keys(db)
    refs = sync_repo.references(db, table)
    with db.atomic():
        db[table].update(record_id, values)
        settled = list(db.query(f"select * from [{table}] where id = ?", [record_id]))[0]
        hashes = [sync_repo.row_hash(r, refs, keys) for r in (local, current[0], incoming, settled)]
        sync_repo.add_versions(db, table, record_id, [*hashes, record["incoming_hash"]])
        sync_repo.mark_resolved(db, conflict_id, choice)
