"""Merging a checked data package into this database, in bulk (see ``services.packages`` for the rules).

The package's records were checked in memory first (``packages_check``); here they are merged table by table,
parents first. What exists here is read per table with a few ``in (…)`` queries, new rows are written per table with
one ``executemany``, and so are their versions and arrival marks: a package of 11,000 records is a few dozen
statements, not 11,000 round trips. Photos go to a folder inside the photo folder and are moved in by the caller only
when the transaction commits (``store.attachments.StagedPhotos``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from safety_desk.errors import Cancelled, UserError
from safety_desk.services.packages_check import Checked
from safety_desk.services.packages_format import Package
from safety_desk.store import sync_repo, tombstones
from safety_desk.store.attachments import StagedPhotos, photo_path
from safety_desk.store.database import Store, now_iso

Progress = Callable[[int, int], bool]
_CHUNK = 500


def _chunks(values: list) -> list[list]:
    return [values[start:start + _CHUNK] for start in range(0, len(values), _CHUNK)]


class Merger:
    def __init__(self, store: Store, package: Package, checked: Checked, summary, *,
                 photos: StagedPhotos | None, schema: sync_repo.SyncSchema | None = None) -> None:
        self.store, self.db, self.package, self.checked, self.summary = store, store.db, package, checked, summary
        self.schema = schema or sync_repo.sync_schema(self.db)
        self.photos = photos  # None: a dry run, nothing is written
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
        # Per table, read in bulk before its rows are merged.
        self.local_rows: dict[str, dict] = {}
        self.local_versions: dict[str, set[str]] = {}
        self.local_tombstones: dict[str, set[str]] = {}
        self.by_unique: dict[tuple[str, ...], dict[tuple, dict]] = {}  # unique columns → their values → local row
        # Written in bulk after each table.
        self.pending: list[dict] = []
        self.new_versions: list[tuple[str, str, str]] = []
        self.arrivals: list[tuple[str, str, str]] = []

    def run(self, progress: Progress | None) -> None:
        if self.source == self.store.device_id:
            raise UserError("这个数据包是本机导出的，无需导入")
        synced = self.schema.synced
        total = sum(len(rows) for rows in self.checked.values())
        done = 0
        for table in (t for t in synced if t in self.checked):
            refs = self.schema.refs[table]
            uniques = self.schema.uniques[table]
            rows = self._mapped(self.checked[table], refs)
            self._prefetch(table, [row for row, _ in rows], uniques)
            # Natural-key tables, a table naming its own records (a parent held back below may be needed by a later
            # row), and anything while rows are held back by local deletes go record by record.
            if table in sync_repo.NATURAL_TABLES or table in refs.values() or self.suppressed:
                slow = rows
            else:
                slow = self._merge_new(table, rows, refs, bool(uniques))
            for row, versions in slow:
                try:
                    self._merge(table, row, refs, uniques, versions)
                except sqlite3.IntegrityError as exc:  # the checks should have refused it; never a traceback
                    raise UserError(f"数据包中的记录（{table} {row['id']}）无法合并：{exc}，数据库未改动") from None
                done += 1
                if progress and done % 500 == 0 and not progress(done, total):
                    raise Cancelled("已取消导入，数据库未改动")
            done += len(rows) - len(slow)
            if progress and not progress(done, total):
                raise Cancelled("已取消导入，数据库未改动")
            self._flush(table)
        self._apply_deletions(synced)
        if progress:
            progress(total, total)

    def _mapped(self, items: list[tuple[dict, list[str]]], refs: dict[str, str]) -> list[tuple[dict, list[str]]]:
        """The rows with their references to templates and photos matched here replaced by the local ids (copies:
        the package stays as read)."""
        id_map, columns = self.id_map, tuple(refs)
        rows = []
        for row, versions in items:
            row = row.copy()
            for col in columns:
                value = row.get(col)
                if value.__class__ is str and value in id_map:
                    row[col] = id_map[value]
            rows.append((row, versions))
        return rows

    def _merge_new(self, table: str, rows: list[tuple[dict, list[str]]], refs: dict[str, str],
                   has_uniques: bool) -> list[tuple[dict, list[str]]]:
        """Take the records this database has never seen (the bulk of a package) in one pass, as ``_merge`` would;
        return the others (held here, deleted here, or maybe held under another id) for ``_merge``."""
        local_rows, tombstoned = self.local_rows, self.local_tombstones
        maybe_held = has_uniques and any(self.by_unique.values())
        hash_row = sync_repo.row_hasher(refs, self.keys)
        pending, new_versions, arrivals, stamp = self.pending, self.new_versions, self.arrivals, self.stamp
        rest = []
        for item in rows:
            row, versions = item
            record_id = row["id"]
            if record_id in local_rows or record_id in tombstoned or (
                    maybe_held and self._local(table, row, self.schema.uniques[table]) is not None):
                rest.append(item)
                continue
            hashes = set(versions)
            hashes.add(hash_row(row))
            pending.append(row)
            new_versions.extend([(table, record_id, h) for h in hashes])
            arrivals.append((table, record_id, stamp))
        self.summary.new += len(rows) - len(rest)
        return rest

    # --- bulk reads and writes --------------------------------------------------------------------------------------

    def _prefetch(self, table: str, rows: list[dict], uniques: list[list[str]]) -> None:
        """Read what this database holds of the incoming rows: by id, and by each unique key (the same link or
        enterprise created on both sides under two ids), with their versions and tombstones."""
        self.local_rows, self.local_versions, self.local_tombstones = {}, {}, {}
        self.by_unique = {}
        db = self.db
        ids = [row["id"] for row in rows]
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in db.query(f"select * from [{table}] where id in ({marks})", chunk):
                self.local_rows[row["id"]] = row
            for record_id, versions in db.execute(
                    "select record_id, versions from sync_tombstones where table_name = ? and "
                    f"record_id in ({marks})", [table, *chunk]):
                self.local_tombstones[record_id] = set(json.loads(versions or "[]"))
        for cols in uniques:  # the unique index's first column finds the candidates; the rest is matched here
            keys = (tuple(map(row.get, cols)) for row in rows if row["id"] not in self.local_rows)
            firsts = sorted({key[0] for key in keys if None not in key and "" not in key})
            found = self.by_unique.setdefault(tuple(cols), {})
            for chunk in _chunks(firsts):
                marks = ",".join("?" * len(chunk))
                for row in db.query(f"select * from [{table}] where [{cols[0]}] in ({marks})", chunk):
                    found[tuple(row[c] for c in cols)] = row
        matched = list(self.local_rows) + [r["id"] for m in self.by_unique.values() for r in m.values()]
        for chunk in _chunks(matched):
            marks = ",".join("?" * len(chunk))
            for record_id, h in db.execute(
                    f"select record_id, row_hash from sync_versions where table_name = ? and record_id in ({marks})",
                    [table, *chunk]):
                self.local_versions.setdefault(record_id, set()).add(h)

    def _versions(self, table: str, record_id: str) -> set[str]:
        return self.local_versions.get(record_id, set())

    def _flush(self, table: str) -> None:
        try:
            groups: dict[tuple[str, ...], list[tuple]] = {}
            # In key order: each insert then lands next to the last one in the id index (random UUIDs otherwise
            # touch a different page of it every time), and so do the versions and arrivals below.
            self.pending.sort(key=lambda row: row["id"])
            for row in self.pending:
                groups.setdefault(tuple(row), []).append(tuple(row.values()))
            for columns, values in groups.items():
                names = ", ".join(f"[{c}]" for c in columns)
                marks = ", ".join("?" * len(columns))
                self.db.conn.executemany(f"insert into [{table}] ({names}) values ({marks})", values)
        except sqlite3.IntegrityError as exc:
            raise UserError(
                f"数据包中的记录（{table}）无法合并：{exc}。数据包可能缺少它依赖的记录，"
                "请在来源电脑上用“全部导出”（--all）重新导出") from None
        self.db.conn.executemany(
            "insert or ignore into sync_versions (table_name, record_id, row_hash) values (?, ?, ?)",
            sorted(self.new_versions))
        self.db.conn.executemany(
            "insert or replace into sync_arrivals (table_name, record_id, arrived_at) values (?, ?, ?)",
            sorted(self.arrivals))
        self.pending, self.new_versions, self.arrivals = [], [], []

    def _took(self, table: str, record_id: str, hashes: list[str]) -> None:
        self.new_versions.extend((table, record_id, h) for h in set(hashes))
        self.arrivals.append((table, record_id, self.stamp))

    # --- one record -------------------------------------------------------------------------------------------------

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
            tombstone = self.local_tombstones.get(row["id"])
            if tombstone is not None and h_in in tombstone:  # deleted here: old news
                self.suppressed[(table, row["id"])] = (row, incoming_versions + [h_in])
                self.summary.unchanged += 1
                return
            if tombstone is not None:  # edited elsewhere after the version deleted here: the edit wins
                tombstones.forget(db, table, row["id"])
            self._restore_parents(row, refs)
            self.pending.append(row)
            self._took(table, row["id"], incoming_versions + [h_in])
            self.summary.new += 1
            return
        h_local = sync_repo.row_hash(local, refs, self.keys)
        known = self._versions(table, local["id"])
        if h_local == h_in:
            self.new_versions.extend((table, local["id"], h) for h in incoming_versions + [h_in])
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
        found = self.local_rows.get(row["id"])
        if found is not None:
            return found
        for cols in uniques:  # the same link or enterprise created on both sides under two ids
            if not self.by_unique.get(tuple(cols)):
                continue
            values = tuple(row.get(c) for c in cols)
            if any(v is None or v == "" for v in values):
                continue
            found = self.by_unique.get(tuple(cols), {}).get(values)
            if found is not None:
                self.id_map[row["id"]] = found["id"]
                row["id"] = found["id"]
                return found
        return None

    def _restore_parents(self, row: dict, refs: dict[str, str]) -> None:
        if not self.suppressed:
            return
        for col, other in refs.items():  # a record arriving now needs one deleted here: bring that back
            if isinstance(row.get(col), str) and (other, row[col]) in self.suppressed:
                self._restore(other, row[col])

    def _restore(self, table: str, record_id: str) -> None:
        """Insert a row held back by a local tombstone after all: a record arriving now refers to it."""
        row, versions = self.suppressed.pop((table, record_id))
        self._restore_parents(row, self.schema.refs[table])
        self.db[table].insert(row)
        tombstones.forget(self.db, table, record_id)
        sync_repo.add_versions(self.db, table, record_id, versions)
        sync_repo.mark_arrived(self.db, table, record_id, self.stamp)
        self.summary.unchanged -= 1
        self.summary.new += 1

    def _photo(self, row: dict) -> None:
        sha, ext = row["sha256"], row["extension"]  # checked: a SHA-256 and an extension from a closed list
        if sha in self.package.photos:
            if self.photos is not None:
                self.photos.add(self.package.photos[sha][0], sha, ext)
            self.summary.photos += 1
        elif not photo_path(self.store.attachments_dir, sha, ext).exists():
            raise UserError(f"数据包缺少照片文件 {sha}{ext}，请在来源电脑上用“全部导出”（--all）重新导出")

    # --- deletions --------------------------------------------------------------------------------------------------

    def _apply_deletions(self, synced: list[str]) -> None:
        """Delete what the other side deleted, children first, unless changed here since or still needed here."""
        db = self.db
        order = {t: n for n, t in enumerate(synced)}
        refs = self.schema.refs
        for item in sorted(self.package.deletions, key=lambda d: -order[d["table"]]):
            table = item["table"]
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
                   for t, c in self.schema.users(table)):
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
