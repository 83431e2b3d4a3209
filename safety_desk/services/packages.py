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
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from safety_desk.domain.record_kinds import validator_for
from safety_desk.errors import Cancelled, UserError, ValidationError
from safety_desk.services.packages_check import check_package
from safety_desk.services.packages_format import FORMAT, FORMAT_VERSION, Package, read_package, write_package
from safety_desk.services.packages_merge import Merger
from safety_desk.store import sync_repo, tombstones
from safety_desk.store.attachments import StagedPhotos, photo_path
from safety_desk.store.database import Store, now_iso, storage_problem

Progress = Callable[[int, int], bool]
DEFAULT_DESTINATION = "office"
_IMPORT_CACHE_KIB = 128 * 1024  # page cache during an import (KiB); it grows only as far as it is used
_IMPORT_CHECKPOINT_PAGES = 64 * 1024  # 256 MB of write-ahead log at most during a batch of imports
BATCH_PACKAGES = 20  # packages per write transaction in import_packages (about 200 MB of log at 11,000 records each)


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


def import_package(*, store: Store, path: str | Path, progress: Progress | None = None,
                   package: Package | None = None) -> ImportSummary:
    """Check every record of the package in memory, then merge it in one transaction: all of it or, on any failure,
    none of it — the photo folder included (photos are moved in only as the transaction commits). ``package``: the
    file already read (``read_package(path)``), so as not to read it twice."""
    with _bulk_writes(store) as merged:
        summary = _import_one(store, path, package or read_package(path), sync_repo.sync_schema(store.db), progress)
        merged.append(path)
        return summary


CANCELLED = "已取消，未导入"


@dataclass
class PackageResult:
    """What became of one package of a batch: its summary when merged, why not otherwise."""

    path: Path
    summary: ImportSummary | None = None
    error: str = ""


def import_packages(*, store: Store, paths: list[str | Path],
                    progress: Progress | None = None) -> list[PackageResult]:
    """Several packages, as an office merges a week's packages from every laptop: each checked in full and merged on
    its own, in the order given. A refused package changes nothing and does not stop the others; cancelling
    (``progress`` returning False) stops at the package being merged, which is left out whole, as are the ones after
    it (their error: ``CANCELLED``).

    Up to ``BATCH_PACKAGES`` packages share one write transaction, with a savepoint per package: a refused package
    is rolled back to its savepoint, the others are committed together (photos moved in after that commit). A page of
    an index that several packages write to is then written once, not once per package — what keeps a week's
    packages from many laptops, whose records interleave in every id index, fast. The bound keeps the write-ahead log
    and the time other windows wait to write within reason when a whole campaign is chosen at once. The schema is
    read once, and the log copied into the database once at the end (``_bulk_writes``)."""
    results: list[PackageResult] = []
    with _bulk_writes(store) as merged:
        schema = sync_repo.sync_schema(store.db)
        for first in range(0, len(paths), BATCH_PACKAGES):
            done, stopped = _merge_batch(store, schema, paths, first, progress)
            results += done
            merged.extend(r.path for r in done if r.summary is not None)
            if stopped:  # cancelled or out of disk: ``done`` already accounts for every package left
                break
    return results


def _merge_batch(store: Store, schema: sync_repo.SyncSchema, paths: list[str | Path], first: int,
                 progress: Progress | None) -> tuple[list[PackageResult], bool]:
    """Merge ``paths[first:first + BATCH_PACKAGES]`` in one transaction: (a result per package of the batch, False),
    or, when it had to stop (cancelled, disk full), (a result for every package from ``first`` to the end, True)."""
    results: list[PackageResult] = []
    staged: list[StagedPhotos] = []
    stopped = False
    steps = 1000  # progress units per package
    try:
        with store.db.atomic():
            for n in range(first, min(first + BATCH_PACKAGES, len(paths))):
                path = paths[n]

                def scaled(done: int, total: int, n: int = n) -> bool:
                    return progress(n * steps + (done * steps) // max(total, 1), len(paths) * steps)

                photos = StagedPhotos(store.attachments_dir)
                try:
                    if progress and not progress(n * steps, len(paths) * steps):
                        raise Cancelled("已取消")
                    summary = _merge_one(store, path, read_package(path), schema, scaled if progress else None,
                                         photos)
                except Cancelled:
                    photos.discard()
                    results += [PackageResult(Path(p), error=CANCELLED) for p in paths[n:]]
                    stopped = True
                    break
                except UserError as exc:
                    photos.discard()
                    results.append(PackageResult(Path(path), error=str(exc)))
                    continue
                except BaseException:  # disk full (SQLite may have rolled back the whole transaction) or worse
                    photos.discard()
                    raise
                staged.append(photos)
                results.append(PackageResult(Path(path), summary=summary))
    except BaseException as exc:  # disk full, during a merge or the commit: nothing of this batch is stored
        for photos in staged:
            photos.discard()
        problem = storage_problem(exc) if isinstance(exc, sqlite3.OperationalError) else None
        if problem is None:
            raise
        refused = {n: r for n, r in enumerate(results, first) if r.summary is None}  # keep their own words
        return [refused.get(n) or PackageResult(Path(p), error=problem)
                for n, p in enumerate(paths[first:], first)], True
    for photos in staged:
        photos.commit()
        photos.discard(keep_placed=True)
    return results, stopped


@contextmanager
def _bulk_writes(store: Store) -> Iterator[list]:
    """A large page cache while merging, and the write-ahead log checkpointed once at the end.

    Rows, versions and arrival marks of an office database spread over many pages: with SQLite's default 2 MB page
    cache a district database (gigabytes) would re-read index pages for nearly every record. And SQLite copies the
    write-ahead log into the database (a checkpoint, two fsyncs) after any commit that leaves more than 1,000 pages in
    it — after every package; in a batch each page is copied once. Both settings go back afterwards. The caller adds
    each package it merged to the list it is given: with none, nothing is checkpointed (the files stay as they were)."""
    db = store.db
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    autocheckpoint = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-_IMPORT_CACHE_KIB}")  # negative: KiB
    db.execute(f"PRAGMA wal_autocheckpoint = {_IMPORT_CHECKPOINT_PAGES}")  # a bound for very large batches
    merged: list = []
    try:
        yield merged
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
        db.execute(f"PRAGMA wal_autocheckpoint = {int(autocheckpoint)}")
    if merged:
        try:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")  # what the commits did not; readers are never blocked
        except sqlite3.OperationalError:  # busy: SQLite checkpoints at a later commit instead; nothing is lost
            pass


def _import_one(store: Store, path: str | Path, package: Package, schema: sync_repo.SyncSchema,
                progress: Progress | None) -> ImportSummary:
    photos = StagedPhotos(store.attachments_dir)
    try:
        with store.db.atomic():
            summary = _merge_one(store, path, package, schema, progress, photos)
            photos.commit()
    except BaseException:
        photos.discard()
        raise
    photos.discard(keep_placed=True)
    return summary


def _merge_one(store: Store, path: str | Path, package: Package, schema: sync_repo.SyncSchema,
               progress: Progress | None, photos: StagedPhotos) -> ImportSummary:
    """Check the package, then merge it inside a transaction (or a savepoint of the caller's); photos are staged."""
    summary = ImportSummary()
    checked = check_package(store.db, package, where=str(path), schema=schema)
    with store.db.atomic():
        Merger(store, package, checked, summary, photos=photos, schema=schema).run(progress)
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
