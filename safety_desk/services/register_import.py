"""Import the registers (检查对象名录库, 执法检查人员名录库) from office Excel sheets: preview, then commit.

``preview_enterprises`` / ``preview_inspectors`` read a sheet and judge every row without writing anything;
``commit_preview`` writes all good rows in one transaction. Usage::

    preview = preview_enterprises(store=store, path="名录.xlsx")
    for row in preview.bad_rows:
        print(row.row, row.problems)         # {"统一社会信用代码": "统一社会信用代码校验位错误（应为 Q）"}
    counts = commit_preview(store=store, preview=preview)   # only after the user confirms

Offices write headers loosely ("企业名称（全称）", "统一社会\\n信用代码"), often under a title row; each column's
aliases are in ENTERPRISE_COLUMNS / INSPECTOR_COLUMNS. File-level problems raise TemplateError (a located
UserError naming file, sheet, row and column); a bad row is never an exception, it is listed in the preview.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import unicodedata
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal, NoReturn

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from safety_desk.domain.registers import CREDIT_GRADES, KEY_CATEGORIES, RISK_GRADES, Enterprise, Inspector
from safety_desk.domain.registers import enterprise_problems, inspector_problems
from safety_desk.errors import NotFoundError, UserError
from safety_desk.store import registers_repo
from safety_desk.store.database import Store
from safety_desk.templates.catalogue_text import join_lines, normalize_header
from safety_desk.templates.errors import TemplateError

# The archive checks (size cap, zip-bomb ratio, merged-cell budget) are the catalogue importer's; one copy of
# that logic is safer than two drifting apart.
from safety_desk.templates.xlsx_catalogue import MAX_CELL_CHARS, MAX_COLUMNS, NOT_XLSX, UNSAFE_XML
from safety_desk.templates.xlsx_catalogue import SheetLocation, check_xlsx_archive

MAX_ROWS = 20_000  # a county's register has a few thousand units; more is a wrong file, not a register
HEADER_SCAN_ROWS = 20
_MAX_HEADER_CHARS = 20  # outside brackets; a longer cell is a title or a note, not a column heading

Kind = Literal["enterprise", "inspector"]
Action = Literal["new", "update", "skip"]
Record = Enterprise | Inspector


@dataclass(frozen=True)
class _Column:
    heading: str  # canonical heading: written into the blank template and the key of values/problems
    attr: str
    aliases: tuple[str, ...]
    parse: str = "text"  # text | code | risk | credit | categories | flag


ENTERPRISE_COLUMNS = (
    _Column("企业名称", "name", ("名称", "企业名", "单位名")),
    _Column("统一社会信用代码", "credit_code", ("信用代码", "社会信用代码", "组织机构代码"), "code"),
    _Column("所属街道", "street", ("街道", "镇街", "乡镇", "属地")),
    _Column("地址", "address", ("地址", "住所", "经营场所")),
    _Column("行业领域", "sector", ("行业", "领域", "行业类别")),
    _Column("牵头部门", "lead_department", ("牵头部门", "主管部门", "监管部门", "负责部门")),
    _Column("风险等级", "risk_grade", ("风险等级", "风险分级", "风险级别"), "risk"),
    _Column("信用等级", "credit_grade", ("信用等级", "信用评级", "信用级别"), "credit"),
    _Column("重点企业类别", "key_categories", ("重点企业", "重点类别", "重点企业类别"), "categories"),
    _Column("重点监管的危险化工工艺", "key_process", ("化工工艺", "危险工艺"), "flag"),
    _Column("重点监管的危险化学品", "key_chemicals", ("危险化学品", "危化品"), "flag"),
    _Column("重大危险源", "major_hazard_source", ("危险源",), "flag"),
    _Column("联系人", "contact_person", ("联系人", "负责人")),
    _Column("联系电话", "contact_phone", ("电话", "手机", "联系方式")),
)
INSPECTOR_COLUMNS = (
    _Column("姓名", "name", ("姓名", "名字")),
    _Column("单位", "department", ("单位", "部门", "处室", "科室")),
    _Column("执法证号", "certificate_no", ("执法证", "证号", "证件号", "证编号")),
    _Column("专业", "specialties", ("专业", "专长", "特长", "擅长")),
)
_COLUMNS: dict[str, tuple[_Column, ...]] = {"enterprise": ENTERPRISE_COLUMNS, "inspector": INSPECTOR_COLUMNS}

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>")
_LIST_SEP = re.compile(r"[、,，;；\n/]+")
_QUOTES = str.maketrans("", "", "“”\"'‘’「」『』")
# Lines under the table ("注：…", "填表人：  日期：") are not units.
_NOTE = re.compile(r"^(?:(?:备?注|说明|填表说明)\s*\d*|填[表报]人|制表人?|审核人?|负责人|日期|填报日期)\s*[:：]")
_YES = {"是", "√", "✓", "✔", "☑", "1", "有", "涉及", "y", "yes", "true"}
_NO = {"", "否", "无", "不涉及", "×", "✗", "✕", "0", "n", "no", "false", "/", "-", "—"}
# 四色: 红 重大, 橙 较大, 黄 一般, 蓝 低 (the usual colour coding of the four grades).
_RISK_WORDS = {
    form: grade
    for grade, colour in zip(RISK_GRADES, "红橙黄蓝")
    for form in (grade, grade.removesuffix("风险"), grade.removesuffix("风险") + "级", colour, colour + "色")
}


@dataclass
class PreviewRow:
    """One sheet row as the import would treat it. ``problems`` maps a column heading to why it is wrong."""

    row: int  # the Excel row number, as the user sees it
    values: dict[str, str]  # canonical heading → the cell as written
    record: Record | None  # what would be written; None for a bad row
    problems: dict[str, str] = field(default_factory=dict)
    action: Action = "new"

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class RegisterPreview:
    kind: Kind
    path: Path
    sheet: str
    header_row: int
    columns: list[str]  # canonical headings found in the sheet, in sheet order
    rows: list[PreviewRow]

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def good_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.ok]


@dataclass(frozen=True)
class ImportCounts:
    inserted: int
    updated: int
    skipped: int


def preview_enterprises(*, store: Store, path: str | Path, sheet: str | None = None) -> RegisterPreview:
    """Judge every row of an enterprise register sheet; writes nothing."""
    return _preview("enterprise", store, Path(path), sheet)


def preview_inspectors(*, store: Store, path: str | Path, sheet: str | None = None) -> RegisterPreview:
    """Judge every row of an inspector register sheet; writes nothing."""
    return _preview("inspector", store, Path(path), sheet)


def commit_preview(*, store: Store, preview: RegisterPreview) -> ImportCounts:
    """Write every good row of ``preview`` in one transaction: all of them or, on any failure, none."""
    repo = registers_repo
    insert, update = ((repo.insert_enterprise, repo.update_enterprise) if preview.kind == "enterprise"
                      else (repo.insert_inspector, repo.update_inspector))
    good = preview.good_rows
    db = store.db
    try:
        with db.atomic():
            for row in good:
                assert row.record is not None  # a good row always has one
                if row.action == "update":
                    update(db, row.record)
                else:
                    insert(db, dataclasses.replace(row.record, id=""))  # the preview stays reusable after a rollback
    except (sqlite3.IntegrityError, NotFoundError):
        # Someone changed the register between preview and commit (another window, the CLI).
        raise UserError(
            f"{preview.file_name}：名录在预览之后已被修改（代码重复或记录已删除），未导入任何数据，请重新预览"
        ) from None
    updated = sum(r.action == "update" for r in good)
    return ImportCounts(inserted=len(good) - updated, updated=updated, skipped=len(preview.rows) - len(good))


def write_enterprise_template(path: str | Path) -> None:
    """A blank enterprise register with the expected headers and drop-down lists, for offices to fill in."""
    lists = {"风险等级": RISK_GRADES, "信用等级": CREDIT_GRADES, **{c.heading: ("是", "否") for c in ENTERPRISE_COLUMNS
                                                                 if c.parse == "flag"}}
    notes = [("重点企业类别（可填多项，用“、”分隔）", k) for k in KEY_CATEGORIES]
    _write_template(Path(path), "检查对象名录库", ENTERPRISE_COLUMNS, lists, notes)


def write_inspector_template(path: str | Path) -> None:
    """A blank inspector register with the expected headers."""
    _write_template(Path(path), "执法检查人员名录库", INSPECTOR_COLUMNS, {}, [])


# --- reading -------------------------------------------------------------------------------------------------


def _preview(kind: Kind, store: Store, path: Path, sheet: str | None) -> RegisterPreview:
    where = SheetLocation(path)
    if path.suffix.lower() in (".xls", ".et", ".csv"):
        where.fail("仅支持 .xlsx 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入")
    check_xlsx_archive(where)
    columns = _COLUMNS[kind]
    title, rows = _read_rows(where, sheet, columns)
    where.sheet = title
    header = _find_header(rows, columns, where)
    by_col = header.by_col
    preview = RegisterPreview(kind, path, title, header.row, [c.heading for c in by_col.values()], [])
    for r, cells in rows:
        if r < header.data_start:
            continue
        values = {col.heading: _text(cells[i - 1]) for i, col in by_col.items()}  # rows are padded to MAX_COLUMNS
        if _skippable(values, columns[0]):
            continue
        preview.rows.append(PreviewRow(r, values, None))
    if not preview.rows:
        where.fail("表头下没有数据行，名录为空", row=header.row)
    _judge(kind, store, preview)
    return preview


def _read_rows(where: SheetLocation, sheet: str | None, columns: tuple[_Column, ...]) -> tuple[str, list[tuple[int, tuple]]]:
    """The chosen sheet's title and its non-empty rows (Excel row number, cell values)."""
    try:
        with warnings.catch_warnings():  # styles and extensions openpyxl drops are not the user's concern
            warnings.simplefilter("ignore")
            # read_only streams rows (a register may have thousands); merged cells are not needed here.
            wb = openpyxl.load_workbook(where.file, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises KeyError, ValueError, ParseError… on malformed parts
        _unreadable(where, exc)
    try:
        sheets = wb.worksheets
        if sheet is not None and sheet not in wb.sheetnames:
            where.sheet = sheet
            where.fail(f"工作表不存在（现有：{'、'.join(wb.sheetnames)}）")
        if sheet is not None:
            ws = wb[sheet]
        elif len(sheets) == 1:
            ws = sheets[0]
        else:  # the sheet whose header names the most register columns; the first wins ties
            scores = [_best_header(_rows(ws, where, HEADER_SCAN_ROWS), columns).score for ws in sheets]
            ws = sheets[scores.index(max(scores))]
        where.sheet = ws.title
        return ws.title, _rows(ws, where, None)
    finally:
        wb.close()


def _unreadable(where: SheetLocation, exc: Exception) -> NoReturn:
    cause: BaseException | None = exc  # openpyxl wraps defusedxml's refusal
    while cause is not None and not isinstance(cause, DefusedXmlException):
        cause = cause.__cause__ or cause.__context__
    where.fail(UNSAFE_XML if cause else f"{NOT_XLSX}（{type(exc).__name__}）")


def _rows(ws, where: SheetLocation, limit: int | None) -> list[tuple[int, tuple]]:
    out: list[tuple[int, tuple]] = []
    try:
        ws.reset_dimensions()  # some writers store a wrong <dimension>; read what is there
        # read_only parses the sheet's XML lazily, so a malformed sheet fails here, while iterating
        for r, cells in enumerate(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
            if any(v is not None and v != "" for v in cells):
                out.append((r, cells))
                if limit is not None and len(out) >= limit:
                    break
                if len(out) > MAX_ROWS:
                    where.fail(f"工作表超过 {MAX_ROWS} 行，不像是一份名录", row=r)
    except TemplateError:
        raise
    except Exception as exc:
        _unreadable(where, exc)
    return out


def _text(value: object) -> str:
    """A cell as text: whole numbers without ".0" (phones, codes), dates as dates, lines stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        value = value.strftime("%Y-%m-%d")
    return "\n".join(line.strip() for line in str(value).splitlines() if line.strip())


def _match(text: object, columns: tuple[_Column, ...]) -> _Column | None:
    """The column a loosely written heading names. Chinese puts the head noun last, so the alias found last
    decides: "联系人电话" is a phone, "行业主管部门" a department. Bracketed text is a remark ("（全称）")."""
    norm = normalize_header(text)
    outside = _BRACKETED.sub("", norm)
    if not outside or len(outside) > _MAX_HEADER_CHARS:
        return None
    for candidate in (outside, norm):
        hits = [(candidate.rfind(a) + len(a), len(a), -n, col)
                for n, col in enumerate(columns) for a in col.aliases if a in candidate]
        if hits:
            return max(hits, key=lambda h: h[:3])[3]
    return None


def _header_of(cells: tuple, columns: tuple[_Column, ...]) -> dict[int, _Column]:
    found: dict[int, _Column] = {}
    for i, value in enumerate(cells, start=1):
        col = _match(value, columns)
        if col is not None and col not in found.values():  # a repeated heading: the first column is the data
            found[i] = col
    return found


@dataclass
class _Header:
    score: tuple[int, int, int] = (0, 0, -9)  # (names the name column, columns named, -rows): the best is highest
    row: int = 0
    data_start: int = 0
    by_col: dict[int, _Column] = field(default_factory=dict)


def _best_header(rows: list[tuple[int, tuple]], columns: tuple[_Column, ...]) -> _Header:
    """The row naming the most register columns. A two-row header ("两重点一重大" over its three flags) counts
    the row below when that names more columns and leaves the name column empty (a data row never does)."""
    best = _Header()
    for n, (r, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        by_col, data_start = _header_of(cells, columns), r + 1
        # a title row ("XX街道检查对象名录") may name one column by chance; a header row names several
        if len(by_col) >= 2 and n + 1 < len(rows) and rows[n + 1][0] == r + 1:
            below = rows[n + 1][1]
            extra = {i: c for i, c in _header_of(below, columns).items()
                     if i not in by_col and c not in by_col.values()}
            name_col = next((i for i, c in by_col.items() if c is columns[0]), None)
            if extra and (name_col is None or _text(below[name_col - 1]) == ""):
                by_col, data_start = dict(sorted({**by_col, **extra}.items())), r + 2
        score = (int(columns[0] in by_col.values()), len(by_col), r - data_start)  # ties: the one-row header
        if score > best.score:
            best = _Header(score, r, data_start, by_col)
    return best


def _find_header(rows, columns: tuple[_Column, ...], where: SheetLocation) -> _Header:
    header = _best_header(rows, columns)
    if not header.by_col:
        what = "检查对象名录" if columns is ENTERPRISE_COLUMNS else "执法检查人员名录"
        where.fail(f"未找到名录表头（需要“{columns[0].heading}”等列），表格为空或不是{what}")
    if not header.score[0]:
        where.fail(f"表头缺少必需的列“{columns[0].heading}”", row=header.row, column=columns[0].heading)
    return header


def _skippable(values: dict[str, str], name_col: _Column) -> bool:
    """Empty rows, a header repeated after a page break, and notes under the table are not records."""
    filled = [v for v in values.values() if v]
    if not filled:
        return True
    name = values[name_col.heading]
    if _match(name, (name_col,)) is name_col and len(normalize_header(name)) <= 6:
        return True
    return len(filled) == 1 and bool(_NOTE.match(filled[0]))


# --- judging -------------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).translate(_QUOTES)


def _parse(col: _Column, raw: str) -> tuple[object, str | None]:
    """(value, problem). Values the domain rejects are passed on as written so its message names them."""
    if col.parse == "code":
        return _fold(raw).upper(), None
    if col.parse == "risk":
        return _RISK_WORDS.get(_fold(raw), join_lines(raw)), None
    if col.parse == "credit":
        folded = _fold(raw).upper().removesuffix("级")
        return (folded if folded in CREDIT_GRADES else join_lines(raw)), None
    if col.parse == "flag":
        folded = _fold(raw).lower()
        if folded in _YES or folded in _NO:
            return folded in _YES, None
        return False, f"应填“是”或“否”（也可填 √、1；空白为否），实际为“{raw}”"
    if col.parse == "categories":
        return _categories(raw), None
    if col.attr == "specialties":
        return "、".join(p for part in _LIST_SEP.split(raw) if (p := join_lines(part))), None
    return join_lines(raw), None


def _categories(raw: str) -> list[str]:
    """Key categories by their full or a shortened name ("停产关闭", "差评"); an unknown one is kept as written."""
    folded = {_fold(k): k for k in KEY_CATEGORIES}
    chosen: list[str] = []
    for part in filter(None, (p.strip() for p in _LIST_SEP.split(raw))):
        f = _fold(part)
        hits = [k for fk, k in folded.items() if f == fk] or [k for fk, k in folded.items() if len(f) >= 2 and f in fk]
        chosen.append(hits[0] if len(hits) == 1 else part)
    return sorted(set(chosen), key=lambda k: (KEY_CATEGORIES.index(k) if k in KEY_CATEGORIES else 99, k))


def _judge(kind: Kind, store: Store, preview: RegisterPreview) -> None:
    """Build each row's record, validate it, find the stored record it updates, and mark duplicates."""
    columns = {c.heading: c for c in _COLUMNS[kind]}
    field_heading = {c.attr: c.heading for c in _COLUMNS[kind]}
    db = store.db
    existing: list[Record] = [*(registers_repo.list_enterprises(db) if kind == "enterprise"
                                else registers_repo.list_inspectors(db))]
    by_primary = {p: rec for rec in reversed(existing) if (p := _ident(rec)[0])}  # reversed: the first one wins
    by_secondary: dict[object, list[Record]] = {}
    for rec in existing:
        by_secondary.setdefault(_ident(rec)[1], []).append(rec)
    claims: dict[tuple, list[PreviewRow]] = {}
    row_key: dict[int, tuple | None] = {}
    for row in preview.rows:
        given: dict[str, object] = {}
        for heading, raw in row.values.items():
            col = columns[heading]
            if len(raw) > MAX_CELL_CHARS:
                row.problems[heading] = f"内容超过 {MAX_CELL_CHARS} 个字符"
                continue
            value, why = _parse(col, raw)
            if why:
                row.problems[heading] = why
            # An empty text cell keeps what the register holds; a flag or category column is the sheet's answer.
            elif value or col.parse in ("flag", "categories"):
                given[col.attr] = value
        fresh: Record = Enterprise(name="") if kind == "enterprise" else Inspector(name="")
        primary, secondary = _ident(dataclasses.replace(fresh, **given))
        target = by_primary.get(primary) if primary else None
        if target is None and secondary:
            # Without a stored code/certificate match, the same name is the same unit — unless both carry a
            # code (or certificate) and the codes differ: then they are two units that happen to share a name.
            same = [x for x in by_secondary.get(secondary, []) if not (primary and _ident(x)[0])]
            target = same[0] if len(same) == 1 else None
        record = dataclasses.replace(target or fresh, **given)
        found = enterprise_problems(record) if isinstance(record, Enterprise) else inspector_problems(record)
        for attr, why in found.items():
            row.problems.setdefault(field_heading.get(attr, attr), why)
        own = ("primary", primary) if primary else ("secondary", secondary) if secondary else None
        row_key[row.row] = own
        for key in ([own] if own else []) + ([("id", target.id)] if target else []):
            claims.setdefault(key, []).append(row)
        row.record, row.action = record, ("update" if target else "new")
    primary_heading, secondary_heading = ("统一社会信用代码", "企业名称") if kind == "enterprise" else ("执法证号", "姓名")
    for key, rows in claims.items():
        if len(rows) < 2 or (key[0] == "id" and len({row_key[r.row] for r in rows}) == 1):
            continue  # one row; or rows already reported as having the same code or name
        heading, why = {
            "primary": (primary_heading, f"{primary_heading}相同"),
            "secondary": (secondary_heading, "名称相同" if kind == "enterprise" else "姓名和单位相同"),
            "id": (secondary_heading, "对应同一条已登记的记录"),
        }[key[0]]
        for row in rows:
            others = "、".join(str(o.row) for o in rows if o is not row)
            row.problems.setdefault(heading, f"与第 {others} 行重复（{why}），请只保留一行")
    order = {h: n for n, h in enumerate(columns)}
    for row in preview.rows:
        if row.problems:  # listed in the sheet's column order, as the user reads the row
            row.problems = dict(sorted(row.problems.items(), key=lambda kv: order.get(kv[0], len(order))))
            row.record, row.action = None, "skip"


def _ident(rec: Record) -> tuple[str, object]:
    """(primary, secondary) identity: the credit code and the name (enterprise names are registered, so unique);
    for inspectors the certificate number, and the name within a department. Empty parts identify nothing."""
    if isinstance(rec, Enterprise):
        return rec.credit_code.strip().upper(), _fold(rec.name)
    return _fold(rec.certificate_no), ((_fold(rec.name), _fold(rec.department)) if rec.name.strip() else "")


# --- blank templates -----------------------------------------------------------------------------------------


def _write_template(path: Path, title: str, columns: tuple[_Column, ...], lists: dict[str, tuple[str, ...]],
                    notes: list[tuple[str, str]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append([c.heading for c in columns])
    ws.freeze_panes = "A2"
    for i, col in enumerate(columns, start=1):
        letter = get_column_letter(i)
        ws.cell(1, i).font = Font(bold=True)
        ws.column_dimensions[letter].width = max(12, len(col.heading) * 2 + 2)
        if col.parse == "code" or col.attr in ("contact_phone", "certificate_no"):
            ws.column_dimensions[letter].number_format = "@"  # Excel would turn long digit runs into 9.1E+17
        if col.heading in lists:
            dv = DataValidation(type="list", formula1='"' + ",".join(lists[col.heading]) + '"', allow_blank=True)
            dv.add(f"{letter}2:{letter}5000")
            ws.add_data_validation(dv)
    if notes:
        help_ws = wb.create_sheet("填写说明")
        for heading, text in notes:
            help_ws.append([heading, text])
        help_ws.column_dimensions["A"].width = 36
        help_ws.column_dimensions["B"].width = 50
    try:
        wb.save(path)
    except OSError as exc:
        raise UserError(f"无法写入文件 {path}：{exc.strerror or exc}") from None
