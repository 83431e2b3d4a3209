"""Mutated data packages for the fuzz tests: a good package's members edited the way a buggy build, a damaged stick
or a person with a text editor would, then the manifest's hashes recomputed so that only the records can refuse it.

    base = PackageParts.read(good_path)
    parts = mutate(base, random.Random(7))     # 1–3 mutations
    parts.write(tmp_path / "case.sdpkg")
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

# Values a field should never hold, and some it may: the validators must tell them apart.
NASTY = [
    None, "", " ", 0, -1, 1, 2**64, -(2**63) - 1, 2**63, 1.5, float("1e308"), True, False, "abc", "１２", "-5",
    "2019-02-30", "2026-13-01", "2020-1-1", "0001-01-01", "9999-12-31", "2024-02-29", "2020-01-01T00:00:00",
    [], {}, [1, 2], {"a": 1}, ["一般"], "x" * 25_000, "../../../../tmp/evil.txt", "/../../x.txt",
    "..\\..\\evil", "a\x00b", "<b>&amp;</b>", "一般", "重大", "已销号", "待整改", "立即整改", "罚款", "合格",
    ".jpg", ".png", ".exe", "0" * 64, "f" * 64, "91350100M000100Y43", "911100001000000000",
]


@dataclass
class PackageParts:
    manifest: dict
    members: dict[str, bytes]
    records: dict[str, list[dict]] = field(default_factory=dict)  # parsed records/<table>.jsonl

    @classmethod
    def read(cls, path: Path) -> "PackageParts":
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            members = {n: zf.read(n) for n in zf.namelist() if n != "manifest.json"}
        records = {n[len("records/"):-len(".jsonl")]: [json.loads(line) for line in data.decode().splitlines() if line]
                   for n, data in members.items() if n.startswith("records/")}
        return cls(manifest, members, records)

    def write(self, path: Path) -> Path:
        members = dict(self.members)
        for table, items in self.records.items():
            members[f"records/{table}.jsonl"] = "".join(
                json.dumps(item, ensure_ascii=False) + "\n" for item in items).encode()
        manifest = {**self.manifest, "members": {
            n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items()}}
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members.items():
                zf.writestr(name, data)
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        return path


def _pick_record(parts: PackageParts, rng: random.Random) -> tuple[str, dict]:
    # Findings and photos carry most of the rules and the one path-like field: pick them more often.
    tables = [t for t, items in parts.records.items() if items]
    weights = [6 if t in ("findings", "photos") else 3 if t in ("accidents", "campaigns", "enterprises") else 1
               for t in tables]
    table = rng.choices(tables, weights)[0]
    return table, rng.choice(parts.records[table])


def _value(parts: PackageParts, rng: random.Random, table: str, column: str):
    roll = rng.random()
    if roll < 0.55:
        return copy.deepcopy(rng.choice(NASTY))
    if roll < 0.75:  # a plausible value: the same column of another record of the table
        return copy.deepcopy(rng.choice(parts.records[table])["row"].get(column))
    if roll < 0.9:  # an id of some record, maybe of the wrong table
        other = rng.choice([t for t, items in parts.records.items() if items])
        return rng.choice(parts.records[other])["row"]["id"]
    return str(uuid.UUID(int=rng.getrandbits(128)))


def _mutate_once(parts: PackageParts, rng: random.Random) -> str:
    op = rng.choices(["field", "drop", "extra", "versions", "duplicate", "remove", "id", "keys", "deletion",
                      "manifest", "photo_ext"], [40, 8, 3, 5, 4, 6, 6, 3, 4, 3, 6])[0]
    table, item = _pick_record(parts, rng)
    row = item["row"]
    if op == "field":
        column = rng.choice(sorted(row))
        row[column] = _value(parts, rng, table, column)
        return f"{table}.{column}"
    if op == "drop":
        row.pop(rng.choice(sorted(row)))
    elif op == "extra":
        item["row"] = {**row, rng.choice(["hacked", "__proto__", "id "]): _value(parts, rng, table, "id")}
    elif op == "versions":
        item["versions"] = rng.choice([[], [2**64], ["x"], [None], ["0" * 64] * 3, item["versions"] * 2])
    elif op == "duplicate":
        parts.records[table].append(copy.deepcopy(item))
    elif op == "remove":
        parts.records[table].remove(item)
    elif op == "id":
        row["id"] = _value(parts, rng, table, "id")
    elif op == "keys":
        keys = json.loads(parts.members.get("keys.json", b"{}"))
        if keys:
            source = rng.choice(sorted(keys))
            keys[source] = rng.choice([None, 5, "photo:" + "0" * 64, rng.choice(list(keys.values()))])
            parts.members["keys.json"] = json.dumps(keys).encode()
    elif op == "deletion":
        deletions = json.loads(parts.members.get("deletions.json", b"[]"))
        deletions.append({"table": rng.choice([table, "device", "sync_versions", "nope"]),
                          "id": rng.choice([row["id"], "", "../x", str(uuid.uuid4())]),
                          "deleted_at": "2020-01-01", "versions": rng.choice([[], ["x"], item["versions"]])})
        parts.members["deletions.json"] = json.dumps(deletions).encode()
    elif op == "manifest":
        parts.manifest[rng.choice(["source_device_id", "source_device_name", "created_at"])] = rng.choice(
            [None, 2**64, {}, [], "", "x" * 1000])
    elif op == "photo_ext" and parts.records.get("photos"):
        photo = rng.choice(parts.records["photos"])["row"]
        photo[rng.choice(["extension", "sha256", "size"])] = rng.choice(
            ["/../../../tmp/evil.txt", "/x.jpg", ".png", ".jpg/../../a", "", None, 2**64, "0" * 64, -1, 10**9])
    return f"{op} {table}"


def mutate(base: PackageParts, rng: random.Random) -> tuple[PackageParts, list[str]]:
    parts = PackageParts(copy.deepcopy(base.manifest), dict(base.members), copy.deepcopy(base.records))
    done = [_mutate_once(parts, rng) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
    return parts, done
