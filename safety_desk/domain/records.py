"""One validator per record kind: the columns of a stored record and the rules its values must keep.

A record arriving from outside (a data package today; any bulk import tomorrow) is a plain ``dict`` of column
values. ``RecordKind.problems(row)`` checks it exactly as the program checks its own edits: first the column's type
and bounds (text length, integer range, a real calendar date, a closed list), then the kind's rules — the same
``*_problems`` functions the forms call, on the same domain dataclass. Pure: no I/O; references to other records are
declared (``Col.ref``) and checked by the caller, which knows what exists.

    kind = RecordKind("demo", "示例", {"name": text(required=True), "day": day()}, rules=None)
    kind.problems({"id": "x", "created_at": "…", "updated_at": "…", "name": "", "day": "2019-02-30"})
    # {"name": "不能为空", "day": "不是有效日期 …"}

The registry of every synced table's kind is ``domain.record_kinds.KINDS``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime

INT64 = 2**63 - 1
MAX_TEXT = 20_000  # the hazard form's cap; every free text column defaults to it
MAX_ID = 64
_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Col:
    """What one column holds. ``kind``: id, ref, text, int, bool, date, stamp, choice, json_list, hex64."""

    kind: str
    required: bool = False  # must be present and not null (for text: not blank either, when ``nonblank``)
    nonblank: bool = False
    max_len: int = MAX_TEXT
    lo: int = -INT64
    hi: int = INT64
    choices: tuple = ()
    ref: str = ""  # the table an id column names (declared foreign key or not)
    label: str = ""  # what the form calls the field; starts its messages


def text(*, required: bool = False, nonblank: bool = False, max_len: int = MAX_TEXT, label: str = "") -> Col:
    return Col("text", required=required or nonblank, nonblank=nonblank, max_len=max_len, label=label)


def integer(*, required: bool = False, lo: int = -INT64, hi: int = INT64, label: str = "") -> Col:
    return Col("int", required=required, lo=lo, hi=hi, label=label)


def flag(*, required: bool = False) -> Col:
    return Col("bool", required=required)


def day(*, required: bool = False, label: str = "") -> Col:
    return Col("date", required=required, label=label)


def stamp(*, required: bool = False) -> Col:
    return Col("stamp", required=required)


def choice(values: tuple, *, required: bool = False, label: str = "") -> Col:
    return Col("choice", required=required, choices=tuple(values), label=label)


def ref(table: str, *, required: bool = False) -> Col:
    return Col("ref", required=required, ref=table)


def json_list(values: tuple = (), *, required: bool = False) -> Col:
    """Text holding a JSON list of strings (from ``values`` when given)."""
    return Col("json_list", required=required, choices=tuple(values))


def hex64(*, required: bool = False) -> Col:
    return Col("hex64", required=required)


SYNC_COLUMNS: dict[str, Col] = {"id": Col("id", required=True), "created_at": stamp(required=True),
                                "updated_at": stamp(required=True)}


def as_date(value) -> date | None:
    """A stored date column's value as a date (None for null); only for values ``problems`` accepted."""
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _column_problem(col: Col, value) -> str | None:
    """Why ``value`` cannot be stored in a column of this kind, or None."""
    if value is None or (col.kind in ("text", "ref") and value == "" and not col.required):
        return "不能为空" if col.required else None
    kind = col.kind
    if kind in ("int", "bool"):
        if isinstance(value, bool) and kind == "bool":
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            return f"应为整数，而不是 {_show(value)}"
        if kind == "bool":
            return None if value in (0, 1) else f"应为 0 或 1，而不是 {value}"
        if not col.lo <= value <= col.hi:
            return f"应在 {col.lo} 至 {col.hi} 之间，而不是 {_show(value)}"
        return None
    if not isinstance(value, str):
        return f"应为文字，而不是 {_show(value)}"
    if kind == "text":
        if col.nonblank and not value.strip():
            return "不能为空"
        return None if len(value) <= col.max_len else f"过长（{len(value)} 字，上限 {col.max_len} 字）"
    if kind in ("id", "ref"):
        return None if _ID.fullmatch(value) else f"不是有效的记录编号：{_show(value)}"
    if kind == "hex64":
        return None if _HEX64.fullmatch(value) else f"不是 SHA-256 校验值：{_show(value)}"
    if kind == "choice":
        return None if value in col.choices else f"应为 {'/'.join(col.choices)} 之一，而不是 {_show(value)}"
    if kind == "date":
        try:
            if not _DATE.fullmatch(value):
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            return f"不是有效日期（年-月-日）：{_show(value)}"
        return None
    if kind == "stamp":
        try:
            if len(value) > 40:
                raise ValueError
            datetime.fromisoformat(value)
        except ValueError:
            return f"不是有效时间：{_show(value)}"
        return None
    if kind == "json_list":
        if len(value) > col.max_len:
            return f"过长（{len(value)} 字）"
        try:
            items = json.loads(value)
        except ValueError:
            return f"不是有效的列表：{_show(value)}"
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            return f"不是有效的列表：{_show(value)}"
        unknown = [i for i in items if col.choices and i not in col.choices]
        return f"含有未知的值：{'、'.join(map(_show, unknown))}" if unknown else None
    raise ValueError(f"unknown column kind {kind!r}")  # a programming error in a registration


@lru_cache(maxsize=4096)
def _is_date(value: str) -> bool:
    try:
        return bool(_DATE.fullmatch(value)) and date.fromisoformat(value) is not None
    except ValueError:
        return False


def _fast_test(col: Col, name: str, consts: dict) -> str:
    """A Python expression, true for the ordinary values of a column held in ``v``; anything else goes to
    ``_column_problem``, which words the message (and may still accept it). ``consts`` collects what it names."""
    kind, required, n = col.kind, col.required, len(consts)
    missing = "v is None" if not required else "False"
    if kind == "text":
        blank = f" and v.strip() != ''" if col.nonblank else ""
        test = f"v.__class__ is str and len(v) <= {int(col.max_len)}{blank}"
    elif kind in ("id", "ref", "hex64"):
        consts[f"_m{n}"] = (_HEX64 if kind == "hex64" else _ID).fullmatch
        test = f"v.__class__ is str and _m{n}(v) is not None"
    elif kind == "int":
        test = f"v.__class__ is int and {int(col.lo)} <= v <= {int(col.hi)}"
    elif kind == "bool":
        test = "(v.__class__ is int or v.__class__ is bool) and (v == 0 or v == 1)"
    elif kind == "date":
        test = "v.__class__ is str and len(v) == 10 and _is_date(v)"
    elif kind == "choice":
        consts[f"_c{n}"] = frozenset(col.choices)
        test = f"v.__class__ is str and v in _c{n}"
    elif kind == "stamp":
        test = "v.__class__ is str and _is_stamp(v)"
    else:  # lists: always the full check
        test = "False"
    return f"({missing}) or ({test})"


def _compile_fast(columns: dict[str, Col]) -> Callable[[dict], bool]:
    """One function that is true when every column of a row holds an ordinary value (see ``_fast_test``).

    Generated once per record kind, like the ``__init__`` of a dataclass: a package's 11,000 records each pass every
    column's test, and one flat function does that several times faster than a loop over per-column closures. The
    code holds only this module's own tests and the registry's column names (as literals), never input."""
    consts: dict = {"_is_date": _is_date, "_is_stamp": _is_stamp}
    lines = ["def fast(row):", "    get = row.get"]
    for name, col in columns.items():
        lines.append(f"    v = get({name!r})")
        lines.append(f"    if not ({_fast_test(col, name, consts)}): return False")
    lines.append("    return True")
    exec("\n".join(lines), consts)  # noqa: S102 - see the docstring
    return consts["fast"]


def _is_stamp(value: str) -> bool:
    try:
        return len(value) <= 40 and datetime.fromisoformat(value) is not None
    except ValueError:
        return False


def _show(value) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"“{value}”"
    return text if len(text) <= 40 else text[:37] + "…"


Rules = Callable[[dict], dict[str, str]]


@dataclass(frozen=True)
class RecordKind:
    """A table's columns and rules. ``rules(row)`` sees only rows whose columns all passed their type checks."""

    table: str
    label: str  # what a user calls one record (隐患, 企业 …), for messages
    columns: dict[str, Col]
    rules: Rules | None = None
    all_columns: dict[str, Col] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "all_columns", {**SYNC_COLUMNS, **self.columns})
        object.__setattr__(self, "_fast", _compile_fast(self.all_columns))
        object.__setattr__(self, "_names", frozenset(self.all_columns))
        object.__setattr__(self, "_refs", {name: col.ref for name, col in self.all_columns.items() if col.kind == "ref"})

    def references(self) -> dict[str, str]:
        """column → table, for every column that names another record."""
        return self._refs

    def problems(self, row: dict, *, rules: bool = True) -> dict[str, str]:
        """Field → message for every invalid value (empty when the record may be stored). Columns absent from
        ``row`` count as null; a column this kind does not know is itself a problem (nothing slips through).
        ``rules=False`` checks the columns only (types, bounds, lengths, closed lists)."""
        if self._names.issuperset(row) and self._fast(row):  # the usual case: every value is an ordinary one
            return dict(self.rules(row)) if rules and self.rules is not None else {}
        problems: dict[str, str] = {}
        for name in row:
            if name not in self._names:
                problems[name] = "本程序没有这个字段的校验规则"
        get = row.get
        for name, col in self.all_columns.items():
            why = _column_problem(col, get(name))
            if why:
                problems[name] = col.label + why
        if rules and not problems and self.rules is not None:
            problems.update(self.rules(row))
        return problems
