"""The data package file: a zip whose ``manifest.json`` names the format version, the source device, the time, the
record counts and the SHA-256 and size of every other member.

Members: ``records/<table>.jsonl`` (one ``{"row": …, "versions": […]}`` per line), ``keys.json`` (the source's id →
natural key of templates and photos), ``photos/<sha256>.<ext>``, and — only when the source deleted records —
``deletions.json`` (``[{"table", "id", "deleted_at", "versions": […]}]``: tombstones; a package without it, as every
package written before deletions travelled, simply deletes nothing). ``read_package`` checks all of it — names, sizes,
hashes, JSON — before the caller touches the database.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from safety_desk.errors import UserError

FORMAT = "safety-desk-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DELETIONS = "deletions.json"
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # one table of 200,000 hazards is far below this
MAX_PHOTO_BYTES = 40 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_MEMBERS = 500_000
MAX_RATIO = 200  # JSON compresses ~10×; a zip bomb compresses thousands of times
_RECORDS = re.compile(r"records/[a-z_][a-z0-9_]{0,62}\.jsonl")
_PHOTO = re.compile(r"photos/([0-9a-f]{64})\.(jpg|png|gif|bmp|webp)")
_CHUNK = 1024 * 1024


class PackageError(UserError):
    """A package refused before anything was written."""


@dataclass
class Package:
    manifest: dict
    records: dict[str, list[dict]] = field(default_factory=dict)  # table → [{"row", "versions"}]
    keys: dict[str, str] = field(default_factory=dict)
    photos: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # sha256 → (data, ".ext")
    deletions: list[dict] = field(default_factory=list)  # [{"table", "id", "deleted_at", "versions"}]


def write_package(path: str | Path, *, manifest: dict, records: dict[str, list[dict]], keys: dict[str, str],
                  photo_files: dict[str, Path], deletions: list[dict] | None = None) -> None:
    """Write to a temporary name and rename: a half-written package never sits under the name the user chose."""
    path = Path(path)
    tmp = path.with_name(path.name + ".partial")
    members: dict[str, dict] = {}
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            def put(name: str, data: bytes, compress: bool = True) -> None:
                zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED)
                members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

            for table, items in records.items():
                put(f"records/{table}.jsonl",
                    "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items).encode())
            put("keys.json", json.dumps(keys, ensure_ascii=False).encode())
            if deletions:  # absent when nothing was deleted: such a package reads in older versions too
                put(DELETIONS, json.dumps(deletions, ensure_ascii=False).encode())
            for sha, file in photo_files.items():
                put(f"photos/{sha}{file.suffix}", file.read_bytes(), compress=False)  # already compressed
            zf.writestr(MANIFEST, json.dumps({**manifest, "members": members}, ensure_ascii=False, indent=1))
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"无法写入数据包 {path}：{exc.strerror or exc}") from None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, where: str) -> bytes:
    """Read at most ``cap`` bytes whatever the header claims: a forged size must not get past the limit."""
    chunks, total = [], 0
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            total += len(chunk)
            if total > cap:
                raise PackageError(f"数据包 {where} 的成员 {info.filename} 超过大小上限（{cap // (1024 * 1024)} MB），已拒绝")
            chunks.append(chunk)
    return b"".join(chunks)


def _check_name(name: str, where: str) -> None:
    if (name.startswith(("/", "\\")) or "\\" in name or ".." in name.split("/") or ":" in name
            or not (name in (MANIFEST, "keys.json", DELETIONS) or _RECORDS.fullmatch(name) or _PHOTO.fullmatch(name))):
        raise PackageError(f"数据包 {where} 含有不允许的成员名 “{name}”，已拒绝")


def read_package(path: str | Path) -> Package:
    """The whole package, checked; PackageError naming the file and the problem otherwise."""
    where = str(path)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackageError(f"找不到数据包 {where}") from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackageError(f"{where} 不是完整的数据包（文件已截断或损坏：{exc}）") from None
    try:
        with zf:
            return _read(zf, where)
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        raise PackageError(f"{where} 不是完整的数据包（文件已截断或损坏：{exc}）") from None


def _read(zf: zipfile.ZipFile, where: str) -> Package:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackageError(f"数据包 {where} 成员过多（{len(infos)}），已拒绝")
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise PackageError(f"数据包 {where} 含有重名成员，已拒绝")
    for info in infos:
        _check_name(info.filename, where)
        cap = MAX_PHOTO_BYTES if info.filename.startswith("photos/") else MAX_MEMBER_BYTES
        if info.file_size > cap or (info.compress_size and info.file_size / info.compress_size > MAX_RATIO
                                    and info.file_size > _CHUNK):
            raise PackageError(f"数据包 {where} 的成员 {info.filename} 过大或压缩比异常（疑似压缩炸弹），已拒绝")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise PackageError(f"数据包 {where} 解压后过大，已拒绝")
    if MANIFEST not in names:
        raise PackageError(f"{where} 不是 Safety Desk 数据包（缺少 {MANIFEST}）")
    try:
        manifest = json.loads(_read_member(zf, zf.getinfo(MANIFEST), MAX_MEMBER_BYTES, where))
    except (ValueError, UnicodeDecodeError):
        raise PackageError(f"数据包 {where} 的清单无法读取") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(f"{where} 不是 Safety Desk 数据包")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise PackageError(f"数据包 {where} 的格式版本为 {manifest.get('format_version')!r}，本程序只能读取版本 "
                           f"{FORMAT_VERSION}（请用相同版本的程序导出）")
    declared = manifest.get("members")
    if not isinstance(declared, dict) or set(declared) != set(names) - {MANIFEST}:
        raise PackageError(f"数据包 {where} 的清单与内容不符（成员缺失或多余），已拒绝")
    package = Package(manifest=manifest)
    for info in infos:
        if info.filename == MANIFEST:
            continue
        entry = declared[info.filename]
        cap = MAX_PHOTO_BYTES if info.filename.startswith("photos/") else MAX_MEMBER_BYTES
        if not isinstance(entry, dict) or not isinstance(entry.get("size"), int) or entry["size"] > cap:
            raise PackageError(f"数据包 {where} 的成员 {info.filename} 声明的大小无效或过大，已拒绝")
        data = _read_member(zf, info, min(cap, entry["size"]), where)
        if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise PackageError(f"数据包 {where} 的成员 {info.filename} 校验值不符（文件被改动或已损坏），已拒绝")
        _parse_member(package, info.filename, data, where)
    return package


def _parse_member(package: Package, name: str, data: bytes, where: str) -> None:
    try:
        if name == "keys.json":
            keys = json.loads(data)
            if not isinstance(keys, dict):
                raise ValueError
            package.keys = keys
        elif name == DELETIONS:
            deletions = json.loads(data)
            if not isinstance(deletions, list):
                raise ValueError
            for d in deletions:
                if not (isinstance(d, dict) and isinstance(d.get("table"), str) and isinstance(d.get("id"), str)
                        and isinstance(d.get("versions"), list)
                        and all(isinstance(v, str) for v in d["versions"])):
                    raise ValueError
            package.deletions = deletions
        elif photo := _PHOTO.fullmatch(name):
            if hashlib.sha256(data).hexdigest() != photo.group(1):
                raise PackageError(f"数据包 {where} 的照片 {name} 内容与文件名不符，已拒绝")
            package.photos[photo.group(1)] = (data, "." + photo.group(2))
        else:
            table = name[len("records/"):-len(".jsonl")]
            lines = [line for line in data.decode().splitlines() if line.strip()]
            try:  # one parse of the whole member is several times faster than one per line
                items = json.loads("[" + ",".join(lines) + "]")
            except ValueError:
                items = [json.loads(line) for line in lines]  # names no line, but refuses what the fast path did
            if len(items) != len(lines):
                raise ValueError
            for item in items:
                if not (isinstance(item, dict) and isinstance(item.get("row"), dict)
                        and isinstance(item["row"].get("id"), str) and isinstance(item.get("versions"), list)):
                    raise ValueError
            package.records[table] = items
    except (ValueError, UnicodeDecodeError):
        raise PackageError(f"数据包 {where} 的成员 {name} 内容无法读取，已拒绝") from None
