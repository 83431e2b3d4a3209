"""Every record of a data package checked in memory, before the merge writes anything.

A package is untrusted input: an old version, a buggy build, a damaged stick or a person who edited it (and
recomputed the hashes). Each record goes through its kind's validator (``domain.record_kinds``: the same rules as the
forms), each reference must name a record that exists (in the package or here), ids and unique keys may not repeat,
a photo row must match its file. The first problem refuses the whole package with one line naming the member, the
record, the field and the rule.

    rows = check_package(db, package, where="a.sdpkg")   # table → [(row, versions)], ready to merge
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from safety_desk.domain.record_kinds import validator_for
from safety_desk.services.packages_format import Package, PackageError
from safety_desk.store import sync_repo
from safety_desk.store.attachments import image_extension

MAX_VERSIONS = 10_000  # versions one record may carry; a record edited that often is not a real one
MAX_MANIFEST_TEXT = 500
_HASHES = re.compile(r"[0-9a-f]{64}(?:,[0-9a-f]{64})*")
_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_UNTOUCHED = "数据库与照片文件夹均未改动"
_CHUNK = 500

Checked = dict[str, list[tuple[dict, list[str]]]]


def _refuse(where: str, text: str) -> PackageError:
    return PackageError(f"数据包 {where} 已拒绝：{text}（{_UNTOUCHED}）")


def check_package(db: Database, package: Package, *, where: str,
                  schema: sync_repo.SyncSchema | None = None) -> Checked:
    """table → [(row limited to this database's columns, incoming versions)], parents first; PackageError otherwise."""
    _check_manifest(package, where)
    schema = schema or sync_repo.sync_schema(db)
    synced = schema.synced
    named = set(package.records) | {d["table"] for d in package.deletions}
    unknown = named - set(synced)
    if unknown:
        raise PackageError(f"数据包含有本程序不认识的数据（{', '.join(sorted(unknown))}），请先升级程序")
    unchecked = sorted(t for t in named if validator_for(t) is None)
    if unchecked:  # a synced table nobody registered a validator for: it must not travel unchecked
        raise _refuse(where, f"本程序没有 {', '.join(unchecked)} 记录的校验规则，不能导入这类记录")
    checked: Checked = {}
    ids: dict[str, set[str]] = {}
    owner: dict[str, str] = {}  # id → table: an id names one record, whatever its table (the merge maps ids so)
    for table in (t for t in synced if t in package.records):
        checked[table], ids[table] = _check_member(schema, table, package.records[table], where)
        for record_id in ids[table]:
            other = owner.setdefault(record_id, table)
            if other != table:
                raise _refuse(where, f"记录编号 {_short(record_id)} 同时出现在 records/{other}.jsonl 和 "
                                     f"records/{table}.jsonl 中")
    _check_photos(package, checked.get("photos", []), where)
    _check_references(db, package, checked, ids, where)
    for d in package.deletions:
        if not _ID.fullmatch(d["id"]) or not _versions_ok(d["versions"]):
            raise _refuse(where, f"deletions.json 中 {d['table']} 的删除记录 {_short(d['id'])} 格式无效")
    return checked


def _check_manifest(package: Package, where: str) -> None:
    manifest = package.manifest
    for name in ("source_device_id", "source_device_name", "created_at"):
        value = manifest.get(name)
        if not isinstance(value, str) or len(value) > MAX_MANIFEST_TEXT or (name == "source_device_id" and not value):
            raise _refuse(where, f"清单的 {name} 无效")


def _versions_ok(versions: list) -> bool:
    if not versions:
        return True
    try:
        joined = ",".join(versions)  # one regex over the lot: a package carries tens of thousands of lists
    except TypeError:
        return False
    return len(versions) <= MAX_VERSIONS and _HASHES.fullmatch(joined) is not None


def _short(value) -> str:
    text = str(value) if value not in (None, "") else "（无编号）"
    return text if len(text) <= 40 else text[:37] + "…"


def _check_member(schema: sync_repo.SyncSchema, table: str, items: list[dict], where: str) -> tuple[list, set[str]]:
    kind = validator_for(table)
    assert kind is not None
    member = f"records/{table}.jsonl"
    columns = schema.columns[table]
    uniques = schema.uniques[table]
    seen_ids: set[str] = set()
    seen_keys: list[set] = [set() for _ in uniques]
    out = []
    for n, item in enumerate(items, 1):
        # Columns this database lacks come from a newer program and are left out, as they always were.
        row = item["row"]
        if not columns.issuperset(row):
            row = {k: v for k, v in row.items() if k in columns}
        problems = kind.problems(row)
        if problems:
            field, why = next(iter(problems.items()))
            more = f"（另有 {len(problems) - 1} 处问题）" if len(problems) > 1 else ""
            raise _refuse(where, f"{member} 第 {n} 行，{kind.label}记录 {_short(row.get('id'))} 的字段 {field}：{why}{more}")
        if not _versions_ok(item["versions"]):
            raise _refuse(where, f"{member} 第 {n} 行，{kind.label}记录 {_short(row['id'])} 的版本列表无效")
        if row["id"] in seen_ids:
            raise _refuse(where, f"{member} 第 {n} 行，{kind.label}记录 {_short(row['id'])} 重复出现")
        seen_ids.add(row["id"])
        for cols, seen in zip(uniques, seen_keys):
            key = tuple(map(row.get, cols))
            if None in key or "" in key:
                continue
            if key in seen:
                raise _refuse(where, f"{member} 第 {n} 行，{kind.label}记录 {_short(row['id'])} 的 {'、'.join(cols)} 与另一条记录重复")
            seen.add(key)
        out.append((row, item["versions"]))  # read, never changed: the merge builds new lists
    return out, seen_ids


def _check_photos(package: Package, rows: list, where: str) -> None:
    """A photo row names its file by SHA-256 and extension: the file, when carried, must be that image."""
    for n, (row, _versions) in enumerate(rows, 1):
        carried = package.photos.get(row["sha256"])
        if carried is None:
            continue
        data, ext = carried
        if ext != row["extension"] or image_extension(data[:16]) != ext or len(data) != row["size"]:
            raise _refuse(where, f"records/photos.jsonl 第 {n} 行，照片记录 {_short(row['id'])} 与照片文件 "
                                 f"photos/{row['sha256']}{ext} 不符（格式或大小）")


def _check_references(db: Database, package: Package, checked: Checked, ids: dict[str, set[str]],
                      where: str) -> None:
    """Each id a record names must be a record of that table in the package, one here, or a template or photo the
    package's keys match to one here."""
    local_keys = set(sync_repo.natural_keys(db).values()) if any(
        t in package.records for t in sync_repo.NATURAL_TABLES) or package.keys else set()
    matched = {source for source, key in package.keys.items() if isinstance(key, str) and key in local_keys}
    wanted: dict[str, set[str]] = {}
    for table, rows in checked.items():
        for col, target in validator_for(table).references().items():
            values = {row.get(col) for row, _versions in rows}
            values.discard(None)
            values.discard("")
            values -= ids.get(target, set())
            values -= matched
            if values:
                wanted.setdefault(target, set()).update(values)
    missing: dict[str, set[str]] = {}
    for target, values in wanted.items():
        found: set[str] = set()
        values_list = sorted(values)
        for begin in range(0, len(values_list), _CHUNK):
            chunk = values_list[begin:begin + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in db.execute(f"select id from [{target}] where id in ({marks})", chunk))
        if values - found:
            missing[target] = values - found
    if not missing:
        return
    for table, rows in checked.items():  # name the first record that refers to a missing one
        kind = validator_for(table)
        refs = kind.references()
        for n, (row, _versions) in enumerate(rows, 1):
            for col, target in refs.items():
                value = row.get(col)
                if value and value in missing.get(target, ()):
                    label = validator_for(target).label if validator_for(target) else target
                    raise _refuse(where, f"records/{table}.jsonl 第 {n} 行，{kind.label}记录 {_short(row['id'])} 的字段 "
                                         f"{col} 引用的{label} {_short(value)} 既不在数据包中，也不在本机（数据包可能"
                                         "缺少它依赖的记录，请在来源电脑上用“全部导出”（--all）重新导出）")
