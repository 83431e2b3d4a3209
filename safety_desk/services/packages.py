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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from safety_desk.errors import UserError
from safety_desk.services.leads import validate_lead_row
from safety_desk.services.packages_format import FORMAT, FORMAT_VERSION, Package, read_package, write_package
from safety_desk.store import sync_repo, tombstones
from safety_desk.store.attachments import photo_path, write_photo
from safety_desk.store.database import Store, now_iso

Progress = Callable[[int, int], bool]
DEFAULT_DESTINATION = "office"
# Records checked like a form edit before they are merged (one validator per record kind): table → check(store, row).
ROW_CHECKS: dict[str, Callable[..., None]] = {"leads": validate_lead_row}


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
    try:
        with store.db.atomic():
            _Merger(store, package, summary, write_files=False).run(None)
            raise _DryRun
    except _DryRun:
        pass
    return summary


def import_package(*, store: Store, path: str | Path, progress: Progress | None = None) -> ImportSummary:
    """Check the whole package, then merge it in one transaction: all of it or, on any failure, none of it."""
    package = read_package(path)
    summary = ImportSummary()
    with store.db.atomic():
        _Merger(store, package, summary, write_files=True).run(progress)
    return summary


class _Merger:
    def __init__(self, store: Store, package: Package, summary: ImportSummary, *, write_files: bool) -> None:
        self.store, self.db, self.package, self.summary = store, store.db, package, summary
        self.write_files = write_files
        self.source = package.manifest.get("source_device_id", "")
        self.source_name = package.manifest.get("source_device_name", "")
        summary.source_device = self.source_name
        self.keys = sync_repo.natural_keys(self.db)  # local id → natural key
        self.by_key = {v: k for k, v in self.keys.items()}
        self.id_map: dict[str, str] = {}  # incoming id → local id, for records matched by natural or unique key
        for source_id, key in package.keys.items():
            if isinstance(key, str) and key in self.by_key:
                self.id_map[source_id] = self.by_key[key]
        self.stamp = now_iso()
        # Incoming rows not inserted because this device deleted that very version: (table, id) → (row, versions).
        self.suppressed: dict[tuple[str, str], tuple[dict, list[str]]] = {}

    def run(self, progress: Progress | None) -> None:
        if self.source == self.store.device_id:
            raise UserError("这个数据包是本机导出的，无需导入")
        synced = sync_repo.synced_tables(self.db)
        tables = [t for t in synced if t in self.package.records]
        unknown = (set(self.package.records) | {d["table"] for d in self.package.deletions}) - set(synced)
        if unknown:
            raise UserError(f"数据包含有本程序不认识的数据（{', '.join(sorted(unknown))}），请先升级程序")
        total = sum(len(self.package.records[t]) for t in tables)
        done = 0
        for table in tables:
            refs = sync_repo.references(self.db, table)
            columns = set(self.db[table].columns_dict)
            uniques = sync_repo.unique_keys(self.db, table)
            for item in self.package.records[table]:
                row = {k: v for k, v in item["row"].items() if k in columns}
                for col, _other in refs.items():
                    if isinstance(row.get(col), str):
                        row[col] = self.id_map.get(row[col], row[col])
                if table in ROW_CHECKS:
                    ROW_CHECKS[table](store=self.store, row=row)
                try:
                    self._merge(table, row, refs, uniques, [v for v in item["versions"] if isinstance(v, str)])
                except sqlite3.IntegrityError as exc:
                    raise UserError(
                        f"数据包中的记录（{table} {row.get('id')}）无法合并：{exc}。数据包可能缺少它依赖的记录，"
                        "请在来源电脑上用“全部导出”（--all）重新导出") from None
                done += 1
                if progress and done % 200 == 0 and not progress(done, total):
                    raise UserError("已取消导入，数据库未改动")
        self._apply_deletions(synced)
        if progress:
            progress(total, total)

    def _apply_deletions(self, synced: list[str]) -> None:
        """Delete what the other side deleted, children first, unless changed here since or still needed here."""
        db = self.db
        order = {t: n for n, t in enumerate(synced)}
        users: dict[str, list[tuple[str, str]]] = {}  # table → (table, column) referencing it, local tables too
        for other_table in db.table_names():
            for col, target in sync_repo.references(db, other_table).items():
                users.setdefault(target, []).append((other_table, col))
        refs: dict[str, dict[str, str]] = {}
        for item in sorted(self.package.deletions, key=lambda d: -order[d["table"]]):
            table = item["table"]
            if table not in refs:
                refs[table] = sync_repo.references(db, table)
            record_id = self.id_map.get(item["id"], item["id"])
            versions = set(item["versions"])
            found = list(db.query(f"select * from [{table}] where id = ?", [record_id]))
            if not found:  # never had it, or deleted already: remember, so an older package does not bring it back
                tombstones.remember(db, table, record_id, versions, self.stamp)
                continue
            # Kept records are marked as arrived, so that the next package from here carries them back to the side
            # that deleted them (a record referring to one goes along, and needs it there).
            if sync_repo.row_hash(found[0], refs[table], self.keys) not in versions:
                self.summary.kept_changed += 1  # changed here after the version the other side deleted
                self._send_again(table, found[0])
                continue
            if any(db.execute(f"select 1 from [{t}] where [{c}] = ? limit 1", [record_id]).fetchone()
                   for t, c in users.get(table, [])):
                self.summary.kept_referenced += 1
                self._send_again(table, found[0])
                continue
            sync_repo.add_versions(db, table, record_id, versions)  # the trigger's tombstone carries them on
            db.execute(f"delete from [{table}] where id = ?", [record_id])
            self.summary.deleted += 1

    def _send_again(self, table: str, row: dict) -> None:
        """Mark a kept record as arrived now, unless it changed or arrived after the package was made (then the next
        package carries it anyway, and a second import of this one changes nothing)."""
        made = str(self.package.manifest.get("created_at") or "")
        arrived = self.db.execute("select arrived_at from sync_arrivals where table_name = ? and record_id = ?",
                                  [table, row["id"]]).fetchone()
        if max(row.get("updated_at") or "", arrived[0] if arrived else "") <= made:
            sync_repo.mark_arrived(self.db, table, row["id"], self.stamp)

    def _restore_parents(self, row: dict, refs: dict[str, str]) -> None:
        for col, other in refs.items():  # a record arriving now needs one deleted here: bring that back
            if isinstance(row.get(col), str) and (other, row[col]) in self.suppressed:
                self._restore(other, row[col])

    def _restore(self, table: str, record_id: str) -> None:
        """Insert a row held back by a local tombstone after all: a record arriving now refers to it."""
        row, versions = self.suppressed.pop((table, record_id))
        self._restore_parents(row, sync_repo.references(self.db, table))
        self.db[table].insert(row)
        tombstones.forget(self.db, table, record_id)
        self._took(table, record_id, versions)
        self.summary.unchanged -= 1
        self.summary.new += 1

    def _merge(self, table: str, row: dict, refs: dict, uniques: list[list[str]], incoming_versions: list[str]) -> None:
        db = self.db
        if table in sync_repo.NATURAL_TABLES:
            key = sync_repo.natural_key_of(table, row, self.keys)
            if key in self.by_key:  # the same template or photo is already here, maybe under another id
                self.id_map[row["id"]] = self.by_key[key]
                self.summary.unchanged += 1
                return
            self.keys[row["id"]], self.by_key[key] = key, row["id"]
            if table == "photos":
                self._photo(row)
        local = self._local(table, row, uniques)
        h_in = sync_repo.row_hash(row, refs, self.keys)
        if local is None:
            tombstone = tombstones.get(db, table, row["id"])
            if tombstone is not None and h_in in tombstone["versions"]:  # deleted here: old news
                self.suppressed[(table, row["id"])] = (row, incoming_versions + [h_in])
                self.summary.unchanged += 1
                return
            if tombstone is not None:  # edited elsewhere after the version deleted here: the edit wins
                tombstones.forget(db, table, row["id"])
            self._restore_parents(row, refs)
            db[table].insert(row)
            self._took(table, row["id"], incoming_versions + [h_in])
            self.summary.new += 1
            return
        h_local = sync_repo.row_hash(local, refs, self.keys)
        known = sync_repo.versions(db, table, local["id"])
        if h_local == h_in:
            sync_repo.add_versions(db, table, local["id"], incoming_versions + [h_in])
            self.summary.unchanged += 1
        elif h_in in known:  # this device already had the incoming version: ours is later
            self.summary.unchanged += 1
        elif h_local in incoming_versions:  # theirs was made from ours: a later edit on their side only
            self._restore_parents(row, refs)
            db[table].update(local["id"], {k: v for k, v in row.items() if k != "id"})
            self._took(table, local["id"], incoming_versions + [h_in, h_local])
            self.summary.updated += 1
        elif sync_repo.has_conflict(db, table, local["id"], h_in):
            self.summary.unchanged += 1
        else:
            sync_repo.add_conflict(db, table=table, record_id=local["id"], local=local, incoming=row,
                                   incoming_hash=h_in, source_device_id=self.source,
                                   source_device_name=self.source_name)
            self.summary.conflicts += 1

    def _local(self, table: str, row: dict, uniques: list[list[str]]) -> dict | None:
        found = list(self.db.query(f"select * from [{table}] where id = ?", [row["id"]]))
        if found:
            return found[0]
        for cols in uniques:  # the same link or enterprise created on both sides under two ids
            values = [row.get(c) for c in cols]
            if any(v is None or v == "" for v in values):
                continue
            where = " and ".join(f"[{c}] = ?" for c in cols)
            found = list(self.db.query(f"select * from [{table}] where {where}", values))
            if found:
                self.id_map[row["id"]] = found[0]["id"]
                row["id"] = found[0]["id"]
                return found[0]
        return None

    def _took(self, table: str, record_id: str, hashes: list[str]) -> None:
        sync_repo.add_versions(self.db, table, record_id, hashes)
        sync_repo.mark_arrived(self.db, table, record_id, self.stamp)

    def _photo(self, row: dict) -> None:
        sha, ext = row["sha256"], row["extension"]
        if sha in self.package.photos:
            if self.write_files:
                write_photo(self.store.attachments_dir, self.package.photos[sha][0], sha, ext)
            self.summary.photos += 1
        elif not photo_path(self.store.attachments_dir, sha, ext).exists():
            raise UserError(f"数据包缺少照片文件 {sha}{ext}，请在来源电脑上用“全部导出”（--all）重新导出")


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
    keys = sync_repo.natural_keys(db)
    refs = sync_repo.references(db, table)
    with db.atomic():
        db[table].update(record_id, values)
        settled = list(db.query(f"select * from [{table}] where id = ?", [record_id]))[0]
        hashes = [sync_repo.row_hash(r, refs, keys) for r in (local, current[0], incoming, settled)]
        sync_repo.add_versions(db, table, record_id, [*hashes, record["incoming_hash"]])
        sync_repo.mark_resolved(db, conflict_id, choice)
