"""Mutated checklist templates (YAML and xlsx) for the fuzz tests: what a person editing a file, a damaged USB
stick or an old build could hand the importer. Every generator is driven by a ``random.Random`` so that a case is
reproduced from its seed alone.
"""

from __future__ import annotations

import copy
import io
import random
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from safety_desk.domain.templates import CATALOGUE_COLUMNS, MAX_TEXT_CHARS
from safety_desk.paths import FORMS_DIR

YAML_BASES = [p.read_text(encoding="utf-8") for p in sorted(FORMS_DIR.glob("*.yaml"))]

_WEIRD_TEXT = [
    "", " ", "²", "١٢", "Ⅻ", "0", "-1", "1e9", "NaN", "~", "null", "true", "\u202e反向", "\ufeff", "\x85", "a\tb",
    "①②③", "略", "（二）略", "<b>&amp;</b>", "../../etc/passwd", "C:\\x", "\U0001f600", "\ud800",
]


def _nasty_value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(14)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice(_WEIRD_TEXT)
    if kind == 2:
        return "长" * rng.choice([MAX_TEXT_CHARS, MAX_TEXT_CHARS + 1, rng.randrange(1, 30_000)])
    if kind == 3:
        return 10 ** rng.randrange(0, 40) * rng.choice([1, -1])
    if kind == 4:
        return rng.choice([0.5, -0.0, float("inf"), 1e308])
    if kind == 5:
        return rng.choice([True, False])
    if kind == 6 and depth < 3:
        return [_nasty_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    if kind == 7 and depth < 3:
        return {rng.choice(["label", "text", "x", "", "title"]): _nasty_value(rng, depth + 1)}
    if kind == 8:
        nested: Any = "x"
        for _ in range(rng.randrange(10, 80)):
            nested = [nested]
        return nested
    if kind == 9:
        return datetime(2019, 2, 28)
    if kind == 10:
        return "9" * rng.choice([7, 8, 20, 5_000])
    return "".join(chr(rng.randrange(32, 0x3000)) for _ in range(rng.randrange(1, 40)))


def _paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _paths(v, prefix + (i,))
    return out


def _get(data: Any, path: tuple) -> Any:
    for key in path:
        data = data[key]
    return data


def _mutate_data(rng: random.Random, data: Any) -> Any:
    data = copy.deepcopy(data)
    if rng.randrange(3):  # a new id or version, else nearly every edit clashes with the stored shipped form
        data["id"] = f"fuzz-{rng.randrange(10**6)}" if rng.randrange(2) else data["id"]
        data["version"] = rng.randrange(1, 5)
    if rng.randrange(2):  # a plausible edit: some text changed, a point dropped or copied
        for _ in range(rng.randrange(1, 4)):
            paths = [p for p in _paths(data) if p and isinstance(_get(data, p), str)]
            path = rng.choice(paths)
            _get(data, path[:-1])[path[-1]] = rng.choice(_WEIRD_TEXT[:5] + ["新的检查内容", "x" * rng.randrange(1, 500)])
        return data
    for _ in range(rng.randrange(1, 4)):
        paths = [p for p in _paths(data) if p]
        if not paths:
            return _nasty_value(rng)
        path = rng.choice(paths)
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        action = rng.randrange(5)
        if action == 0 and isinstance(parent, dict):
            del parent[last]
        elif action == 1 and isinstance(parent, dict):
            parent[rng.choice(["extra", "omitted", "note", "points", "items", 7, "version"])] = _nasty_value(rng)
        elif action == 2 and isinstance(parent, list):
            parent.extend(copy.deepcopy(parent[last]) for _ in range(rng.choice([1, 2, 50])))
        else:
            parent[last] = _nasty_value(rng)
    return data


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100) if data is not None else ""


_SNIPPETS = [
    "&a ", "*a ", "? [a, b]\n: x\n", "---\n", "...\n", "\t", "!!binary ", "!!python/object/apply:os.system ['x'] ",
    "!!str ", "!custom ", "{", "}", "[", "]", "- ", ": ", "'", '"', "|\n", ">-\n", "#", "%YAML 1.1\n", "\x00", "\x07",
    "\ufeff", "\u2028", "<<: *a\n", "key: &x [1, *x]\n", "? |\n  block\n: v\n",
]


def _mutate_text(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True) or [""]
    for _ in range(rng.randrange(1, 5)):
        action = rng.randrange(7)
        i = rng.randrange(len(lines))
        if action == 0:
            del lines[i]
            lines = lines or [""]
        elif action == 1:
            lines.insert(i, lines[i])
        elif action == 2:
            pos = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:pos] + rng.choice(_SNIPPETS) + lines[i][pos:]
        elif action == 3:
            lines[i] = " " * rng.randrange(0, 9) + lines[i].lstrip(" ")
        elif action == 4:
            pos = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:pos] + chr(rng.randrange(0, 0x2FFFF)) + lines[i][pos + 1 :]
        elif action == 5:
            return "".join(lines)[: rng.randrange(len(text) + 1)]
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines)


def alias_bomb(levels: int, fan: int) -> str:
    lines = ['a0: &a0 ["lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * fan) + "]")
    return "\n".join(lines) + "\n"


def yaml_case(rng: random.Random) -> bytes:
    """One mutated template file's bytes."""
    base = rng.choice(YAML_BASES)
    kind = rng.randrange(10)
    if kind < 4:
        text = _dump(_mutate_data(rng, yaml.safe_load(base)))
    elif kind < 8:
        text = _mutate_text(rng, base)
    elif kind == 8:
        text = rng.choice([
            alias_bomb(rng.randrange(5, 12), rng.randrange(5, 12)),
            "sections: " + "[" * rng.randrange(30, 3000),
            "\n".join("  " * n + "a:" for n in range(rng.randrange(20, 200))) + " x\n",
            base.replace("version: 1", "version: " + rng.choice(['"²"', "9" * 20, "9" * 5000, "0x10", "1_0"])),
        ])
    else:
        raw = bytearray(base.encode("utf-8"))
        for _ in range(rng.randrange(1, 8)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        return bytes(raw)
    return text.encode("utf-8", errors="surrogatepass")


# --- workbooks -------------------------------------------------------------------------------------------

_ROWS = [
    ["化工企业安全生产风险隐患排查整治指导目录（表样）"],
    list(CATALOGUE_COLUMNS),
    ["（一）风险分级管控体系建设", "1. 隐患排查\n①是否建立排查治理制度。\n②是否开展事故隐患排查。", "①《安全生产法》第 38 条；②通则",
     "查阅台账", "未建立制度", "《安全生产法》", "根据问题表现作出相应具体要求", "复查"],
    [None, "2. 教育培训\n①是否培训。", "依据", None, None, None, None, None],
    ["(二) 略"],
]


def _nasty_cell(rng: random.Random) -> Any:
    value = _nasty_value(rng)
    if isinstance(value, (list, dict)) or value is None:
        return rng.choice([None, "=1/0", "=A1&A1", "#REF!", "1. " + "x" * rng.randrange(1, 20)])
    if isinstance(value, str):
        # openpyxl refuses control characters in cells; a real file can hold none either
        return "".join(ch for ch in value if ch >= " " or ch in "\n\t")[:32_000].encode("utf-8", "ignore").decode()
    if isinstance(value, int) and abs(value) > 2**53:
        return float(value)
    return value


def _workbook(rng: random.Random) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = rng.choice(["Sheet1", "附件3", "检查表"])
    for row in _ROWS:
        ws.append(row)
    ws.merge_cells("A1:H1")
    for _ in range(rng.randrange(1, 6)):
        action = rng.randrange(8)
        r, c = rng.randrange(1, 8), rng.randrange(1, 10)
        if action <= 2:
            cell = ws.cell(row=r, column=c)
            if cell.coordinate not in ws.merged_cells:
                cell.value = _nasty_cell(rng)
        elif action == 3:
            ws.delete_rows(r)
        elif action == 4:
            ws.insert_rows(r, rng.randrange(1, 3))
        elif action == 5:
            try:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + rng.randrange(0, 3),
                               end_column=c + rng.randrange(0, 3))
            except ValueError:
                pass
        elif action == 6:
            ws.sheet_state = rng.choice(["visible", "hidden"])
            other = wb.create_sheet(rng.choice(["Sheet2", ws.title + "1"]))
            other.append([_nasty_cell(rng), "检查内容"])
        else:
            for row in list(ws.iter_rows(min_row=3, max_row=4)):
                for cell in row:
                    if cell.coordinate in ws.merged_cells:
                        continue
                    if isinstance(cell.value, str):
                        cell.value = cell.value.replace(rng.choice(["①", "1.", "\n", "检查"]), rng.choice(["", "⑳", " "]))
    if rng.randrange(20) == 0:  # only a chart sheet left
        chart = BarChart()
        chart.add_data(Reference(ws, min_col=1, min_row=1, max_row=2))
        wb.create_chartsheet("图表").add_chart(chart)
        wb.remove(ws)
    return wb


def _damage_zip(rng: random.Random, data: bytes) -> bytes:
    action = rng.randrange(3)
    if action == 0:
        return data[: rng.randrange(len(data))]
    if action == 1:
        raw = bytearray(data)
        for _ in range(rng.randrange(1, 20)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        return bytes(raw)
    out = io.BytesIO()  # a member left out or rewritten
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        infos = src.infolist()
        victim = rng.choice(infos).filename
        for info in infos:
            body = src.read(info)
            if info.filename == victim:
                if rng.randrange(2):
                    continue
                body = _mutate_text(rng, body.decode("utf-8", "replace")).encode("utf-8", "replace")
            dst.writestr(info, body)
    return out.getvalue()


def xlsx_case(rng: random.Random) -> bytes:
    """One mutated catalogue workbook's bytes (a few damaged at the zip level)."""
    out = io.BytesIO()
    _workbook(rng).save(out)
    data = out.getvalue()
    return _damage_zip(rng, data) if rng.randrange(6) == 0 else data


GENERATORS: dict[str, Callable[[random.Random], bytes]] = {".yaml": yaml_case, ".xlsx": xlsx_case}


def write_case(directory: Path, suffix: str, seed: int) -> Path:
    path = directory / f"case-{seed}{suffix}"
    path.write_bytes(GENERATORS[suffix](random.Random(seed)))
    return path
