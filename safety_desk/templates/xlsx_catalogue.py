"""Import an office-style Excel catalogue (化工企业安全生产风险隐患排查整治指导目录 and the like) as a Template.

Office sheets have a merged title row, a loosely written header, 检查项目 merged down, multi-line cells and rows
split at page breaks. The file is untrusted: limits are checked before and after openpyxl opens it, and every
problem is a TemplateError naming the place; a partial template is never returned.
"""

from __future__ import annotations

import hashlib
import re
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml import DEFUSEDXML

from safety_desk.domain.templates import ITEM_COLUMNS, MAX_POINTS, MAX_TEXT_CHARS, CheckPoint, Item, Section, Template
from safety_desk.templates.catalogue_text import basis_piece, join_continuation, join_lines, match_column
from safety_desk.templates.catalogue_text import parse_content, split_numbered, split_points, split_section_heading
from safety_desk.templates.errors import TemplateError

# Untrusted XML must not reach the stdlib parser (entity expansion): openpyxl uses defusedxml, a declared
# dependency, whenever it is importable. Refuse to work without it rather than parse unsafely.
if not DEFUSEDXML:  # pragma: no cover
    raise ImportError("defusedxml is required to read untrusted .xlsx files")

MiB = 1024 * 1024
MAX_FILE_BYTES = 20 * MiB
MAX_UNCOMPRESSED_BYTES = 200 * MiB
MAX_COMPRESSION_RATIO = 100
# A member that inflates to less than this cannot hurt, whatever its ratio (tiny XML parts compress very well).
RATIO_CHECK_MIN_BYTES = 1 * MiB
MAX_ROWS = 5000
MAX_COLUMNS = 60
MAX_CELL_CHARS = MAX_TEXT_CHARS
HEADER_SCAN_ROWS = 20
REQUIRED_COLUMNS = ("检查项目", "检查内容")
OMITTED_NOTE = "原文为“略”，未给出内容。"
NOT_XLSX = "不是有效的 Excel (.xlsx) 文件"
UNSAFE_XML = "文件含有不安全的 XML（实体声明），已拒绝打开"

_ATTR = {heading: attr for attr, heading in ITEM_COLUMNS}
_OMIT_TAIL = re.compile(r"(?:\s+|[(（])略[)）]?[。.]?\s*$")
_OMIT_CONTENT = re.compile(r"^[(（]?略[)）]?[。.]?$")
# A title that asks or states something ("是否…", "…。") is a check; "隐患排查" alone is only a heading.
_A_CHECK = re.compile(r"是否|有无|[。？?]$")
_LABEL_ROW = re.compile(r"^附\s*[件表]\s*\d*\s*[:：]?\s*")
# Notes and signature lines under the table ("注：…", "检查人：  日期：") are not sections.
_NOTE_ROW = re.compile(r"^(?:(?:备?注|说明|填表说明)\s*\d*|检查人员?|被检查单位|负责人|签字|签名|(?:检查)?日期)\s*[:：]")
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]{0,200}?\bref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"')


@dataclass
class SheetLocation:
    """Where in an untrusted workbook we are: every failure names the file, and the sheet once known."""

    file: Path
    sheet: str | None = None

    def fail(self, message: str, *, row: int | None = None, column: str | None = None) -> NoReturn:
        raise TemplateError(message, file=self.file, sheet=self.sheet, row=row, column=column)


def load_xlsx_catalogue(
    path: str | Path, *, sheet: str | None = None, key: str | None = None, version: int = 1
) -> Template:
    """Read one sheet of an .xlsx catalogue (``sheet`` by name, else the sheet whose header fits best)."""
    where = SheetLocation(Path(path))
    check_xlsx_archive(where)
    try:
        with warnings.catch_warnings():  # openpyxl warns about styles and extensions it drops: not the user's concern
            warnings.simplefilter("ignore")
            # Not read_only: merged ranges are needed. data_only: a formula cell's cached value, never the formula.
            wb = openpyxl.load_workbook(where.file, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises KeyError, ValueError, ParseError… on malformed parts
        cause: BaseException | None = exc  # openpyxl wraps defusedxml's refusal in a ValueError
        while cause is not None and not isinstance(cause, DefusedXmlException):
            cause = cause.__cause__ or cause.__context__
        where.fail(UNSAFE_XML if cause else f"{NOT_XLSX}（{type(exc).__name__}）")
    try:
        ws = _pick_sheet(wb, sheet, where)
        where.sheet = ws.title
        if ws.max_row > MAX_ROWS or ws.max_column > MAX_COLUMNS:
            where.fail(f"工作表过大（{ws.max_row} 行 × {ws.max_column} 列），上限为 {MAX_ROWS} 行、{MAX_COLUMNS} 列")
        grid = _Grid(ws, where)
        found = grid.find_header()
        if found is None:
            where.fail("未找到检查目录的表头（需要“检查项目”“检查内容”等列），表格为空或不是检查目录")
        header_row, names = found
        for required in REQUIRED_COLUMNS:
            if required not in names.values():
                where.fail(f"表头缺少必需的列“{required}”", row=header_row, column=required)
        grid.names = names
        sections = _Parser(grid, where, header_row).run()
        points = sum(len(i.points) for s in sections for i in s.items)
        if points > MAX_POINTS:
            where.fail(f"检查点过多（{points} 个，上限 {MAX_POINTS} 个）")
        title = grid.title(header_row)[:MAX_CELL_CHARS] or ws.title
        return Template(key=key or default_key(title), version=version, title=title, sections=sections)
    finally:
        wb.close()


def default_key(title: str) -> str:
    """A stable, readable key from the title ("化工企业…目录-表样"); a hash keeps long or symbol-only titles apart."""
    digest = hashlib.sha1(title.encode("utf-8")).hexdigest()[:8]
    slug = re.sub(r"[\W_]+", "-", title.lower()).strip("-")
    if not slug:
        return f"catalogue-{digest}"
    return slug if len(slug) <= 48 else f"{slug[:40].rstrip('-')}-{digest}"


def check_xlsx_archive(where: SheetLocation) -> None:
    """Refuse what is not a plain-sized xlsx before openpyxl inflates anything."""
    path = where.file
    if not path.is_file():
        where.fail("文件不存在或不是普通文件")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        where.fail(f"文件过大（{size / MiB:.1f} MB），上限为 {MAX_FILE_BYTES // MiB} MB")
    if not zipfile.is_zipfile(path):
        where.fail(NOT_XLSX)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            # Declared sizes are a real bound: zipfile stops inflating a member at its declared size.
            if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED_BYTES:
                where.fail(f"解压后超过 {MAX_UNCOMPRESSED_BYTES // MiB} MB，疑似压缩炸弹，已拒绝打开")
            for i in infos:
                ratio = i.file_size / max(i.compress_size, 1)
                if i.file_size > RATIO_CHECK_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
                    where.fail(f"“{i.filename}”压缩比超过 {MAX_COMPRESSION_RATIO}:1，疑似压缩炸弹，已拒绝打开")
            # openpyxl creates an object per merged cell: a one-line <mergeCell ref="A1:XFD1048576"/> would
            # exhaust memory before any sheet limit could be checked.
            budget = MAX_ROWS * MAX_COLUMNS
            for i in infos:
                if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml"):
                    budget -= _merged_area(zf, i, budget)
                    if budget < 0:
                        where.fail(f"合并单元格范围过大（超过 {MAX_ROWS * MAX_COLUMNS} 个单元格），已拒绝打开")
    except TemplateError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError, NotImplementedError, zlib.error, EOFError):
        where.fail(NOT_XLSX)


def _merged_area(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> int:
    """Cells covered by the member's <mergeCell> ranges, read in chunks; stops once over ``budget``."""
    area, tail = 0, b""
    with zf.open(info) as f:
        while chunk := f.read(MiB):
            buf = tail + chunk
            for m in _MERGE_REF.finditer(buf):
                if m.end() <= len(tail):
                    continue  # counted with the previous chunk
                c1, r1 = column_index_from_string(m[1].decode()), int(m[2])
                c2, r2 = (column_index_from_string(m[3].decode()), int(m[4])) if m[3] else (c1, r1)
                area += (abs(r2 - r1) + 1) * (abs(c2 - c1) + 1)
            if area > budget:
                break
            tail = buf[-1024:]
    return area


def _pick_sheet(wb: openpyxl.Workbook, name: str | None, where: SheetLocation) -> Worksheet:
    sheets = wb.worksheets  # chartsheets have no cells
    if not sheets:
        where.fail("工作簿中没有可读取的工作表（只有图表页或没有工作表）")
    if name is not None:
        if name not in [ws.title for ws in sheets]:
            where.sheet = name
            where.fail(f"工作表不存在（现有：{'、'.join(ws.title for ws in sheets)}）")
        return wb[name]
    scores = []
    for ws in sheets:
        found = _Grid(ws, SheetLocation(where.file, ws.title), rows=HEADER_SCAN_ROWS).find_header()
        scores.append(len(set(found[1].values())) if found else 0)
    return sheets[scores.index(max(scores))]  # first of the best: the usual "Sheet1" wins ties


class _Grid:
    """Cell values of one sheet (1-based like Excel) and which merged range each cell belongs to."""

    def __init__(self, ws: Worksheet, where: SheetLocation, *, rows: int | None = None) -> None:
        self.where = where
        self.nrows = min(ws.max_row, rows) if rows else ws.max_row
        self.ncols = min(ws.max_column, MAX_COLUMNS)
        self.values = [list(r) for r in ws.iter_rows(max_row=self.nrows, max_col=self.ncols, values_only=True)]
        self.merged: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        for rng in ws.merged_cells.ranges:
            box = (rng.min_row, rng.min_col, rng.max_row, rng.max_col)
            for r in range(rng.min_row, min(rng.max_row, self.nrows) + 1):
                for c in range(rng.min_col, min(rng.max_col, self.ncols) + 1):
                    self.merged[(r, c)] = box
        self.names: dict[int, str] = {}

    def text(self, r: int, c: int, *, check: bool = True) -> str:
        """The cell's text, lines stripped, blank lines dropped ("" for the hidden cells of a merged range).
        ``check=False`` while looking for the header: a long cell is no header, and is checked when read as data."""
        value = self.values[r - 1][c - 1] if r <= self.nrows and c <= self.ncols else None
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        s = str(value)
        if len(s) > MAX_CELL_CHARS and check:
            column = self.names.get(c) or get_column_letter(c)
            self.where.fail(f"单元格超过 {MAX_CELL_CHARS} 个字符", row=r, column=column)
        return "\n".join(line.strip() for line in s.splitlines() if line.strip())

    def find_header(self) -> tuple[int, dict[int, str]] | None:
        """The row among the first ones naming the most catalogue columns, with column index → canonical name."""
        best: tuple[int, int, dict[int, str]] | None = None
        for r in range(1, min(HEADER_SCAN_ROWS, self.nrows) + 1):
            names: dict[int, str] = {}
            for c in range(1, self.ncols + 1):
                box = self.merged.get((r, c))
                if box is not None and box[0] != r:
                    continue  # lower part of a two-row header cell: that cell was read in its own row
                name = match_column(self.text(r, box[1] if box else c, check=False))  # "检查内容" merged across B:C
                if name:
                    names[c] = name
            score = len(set(names.values()))
            if score and (best is None or score > best[0]):
                best = (score, r, names)
        return None if best is None else (best[1], best[2])

    def title(self, header_row: int) -> str:
        """The first title-like row above the header; "附件3" labels and "单位名称：" form fields are not titles."""
        for r in range(1, header_row):
            texts = dict.fromkeys(t for c in range(1, self.ncols + 1) if (t := self.text(r, c)))
            text = _LABEL_ROW.sub("", join_lines(" ".join(texts)))
            if text and not re.search("[:：]", text):
                return text
        return ""


@dataclass
class _Rec:  # what one sheet row (with its page-break continuation) adds to an item
    points: list[CheckPoint]
    fields: dict[str, str]


@dataclass
class _Draft:
    item: Item
    row: int
    basis_merged: bool  # the item row's 检查依据 is merged down: one basis for the whole item
    records: list[_Rec] = field(default_factory=list)


class _Parser:
    def __init__(self, grid: _Grid, where: SheetLocation, header_row: int) -> None:
        self.g, self.where, self.header_row = grid, where, header_row
        cols = lambda heading: [c for c, n in grid.names.items() if n == heading]  # noqa: E731
        self.section_cols, self.content_cols = cols("检查项目"), cols("检查内容")
        self.field_cols = {attr: cols(heading) for attr, heading in ITEM_COLUMNS}
        self.describing = {c for c, n in grid.names.items() if n in _ATTR}
        # A header merged down over two rows ("检查内容" above "项目 | 要点") ends where its lowest cell ends.
        self.start = max([grid.merged.get((header_row, c), (0, 0, header_row))[2] for c in grid.names]) + 1
        self.sections: list[Section] = []
        self.section: Section | None = None
        self.section_raw, self.section_row, self.section_omitted = "", 0, False
        self.item: _Draft | None = None

    def run(self) -> list[Section]:
        seen = False
        for r in range(self.start, self.g.nrows + 1):
            seen = self._row(r) or seen
        if not seen:
            self.where.fail("表头下没有数据行，检查目录为空", row=self.header_row)
        self._end_section()
        if not any(s.items for s in self.sections):
            self.where.fail("没有任何检查内容（各检查项目均为“略”）", row=self.header_row)
        return self.sections

    def _parts(self, r: int, cols: list[int], spill_from: set[int] | None) -> list[str]:
        """Text of a row in some columns. Hidden cells of a range merged down are "same as above" and skipped;
        a range merged across is read in its other columns when its first column is in ``spill_from``
        (None: any column, for a 检查项目 banner row spanning the table)."""
        parts: list[str] = []
        for c in cols:
            box = self.g.merged.get((r, c))
            if box is None or box[:2] == (r, c):
                t = self.g.text(r, c)
            elif box[0] == r and box[1] not in cols and (spill_from is None or box[1] in spill_from):
                t = self.g.text(r, box[1])
            else:
                t = ""
            if t and t not in parts:
                parts.append(t)
        return parts

    def _row(self, r: int) -> bool:
        sec = "\n".join(self._parts(r, self.section_cols, None))
        content_parts = self._parts(r, self.content_cols, set())
        content = "\n".join(content_parts)
        fields = {a: "\n".join(self._parts(r, cols, self.describing)) for a, cols in self.field_cols.items()}
        has_fields = any(fields.values())
        if not (sec or content or has_fields) or _NOTE_ROW.search(sec or content):
            return False
        if sec and sec != self.section_raw:  # the same heading repeated on each row is one section
            self._start_section(sec, r)
        if not content and not has_fields:
            return True
        if self.section is None:
            self.where.fail("检查内容之前没有所属的检查项目", row=r, column="检查项目")
        if _OMIT_CONTENT.match(content) and not has_fields and self.item is None and not self.section.items:
            self.section_omitted = True  # "(二) … | 略"
            return True
        number, title, points, leading_only = parse_content(content_parts[0] if content_parts else "")
        if number:
            for extra in content_parts[1:]:  # "检查内容" over two columns: item | point (unnumbered, or ①…)
                lead, more = split_points(extra)
                points += ([("", lead)] if lead else []) + more
            self._end_item()
            merged = any((box := self.g.merged.get((r, c))) and box[0] == r < box[2] for c in self.field_cols["basis"])
            self.item = _Draft(Item(number=number, title=title), r, merged)
            self.item.records.append(_Rec([CheckPoint(lb, t) for lb, t in points], fields))
            return True
        if self.item is None:
            self.where.fail("检查要点或续行之前没有带编号的检查内容（如“1. 隐患排查”）", row=r, column="检查内容")
        lead, points = split_points(content)
        new = [CheckPoint(lb, t) for lb, t in points]
        in_block = any((box := self.g.merged.get((r, c))) and box[0] == self.item.row for c in self.content_cols)
        if leading_only or in_block:
            # A point row: the cell starts with ②③…, or the item cell is merged down over it.
            self.item.records.append(_Rec(([CheckPoint("", lead)] if lead else []) + new, fields))
        else:
            self._continue(lead, new, fields)
        return True

    def _continue(self, lead: str, points: list[CheckPoint], fields: dict[str, str]) -> None:
        """A page-break continuation: each column's text joins the previous row's text of that column."""
        assert self.item is not None
        rec = self.item.records[-1]
        if lead:
            last = next((p for rec_ in reversed(self.item.records) for p in reversed(rec_.points)), None)
            if last is None:
                self.item.item.title += lead
            else:
                last.text = join_continuation(last.text, lead)
        rec.points.extend(points)
        for attr, text in fields.items():
            rec.fields[attr] = join_continuation(rec.fields.get(attr, ""), text)

    def _start_section(self, raw: str, r: int) -> None:
        self._end_section()
        m = _OMIT_TAIL.search(raw)
        code, title = split_section_heading(raw[: m.start()] if m else raw)
        self.section_omitted = bool(m) or title == "略"
        self.section = Section(code=code, title="" if title == "略" else title)
        self.section_raw, self.section_row = raw, r

    def _end_section(self) -> None:
        self._end_item()
        section, self.section = self.section, None
        if section is None:
            return
        if not section.items:
            if not self.section_omitted:
                self.where.fail(f"检查项目“{section.heading}”下没有检查内容", row=self.section_row, column="检查项目")
            section.omitted, section.note = True, OMITTED_NOTE
        self.sections.append(section)

    def _end_item(self) -> None:
        draft, self.item = self.item, None
        if draft is None:
            return
        item = draft.item
        item.points = [p for rec in draft.records for p in rec.points]
        if not item.points and _A_CHECK.search(item.title):
            # "3. 是否建立安全生产责任制。" — a catalogue without ①②③: the numbered line is itself the check.
            item.points = draft.records[0].points = [CheckPoint("", item.title)]
        if not item.points:
            self.where.fail(f"检查内容“{item.heading}”没有检查要点", row=draft.row, column="检查内容")
        for attr, _ in ITEM_COLUMNS:
            setattr(item, attr, "\n".join(t for rec in draft.records if (t := rec.fields.get(attr, ""))))
        # One basis for the item (merged down, or a single row) gives each point its piece only when numbered
        # ①… in step with the points; in row-per-point layouts each row's basis belongs to that row's points.
        whole = draft.basis_merged or len(draft.records) == 1
        rows = [(x.points, x.fields.get("basis", "")) for x in draft.records]
        groups = [(item.points, item.basis)] if whole else rows
        for points, basis in groups:
            pieces = split_numbered(basis, len(points)) if basis else None
            if pieces is None and basis and len(points) == 1 and not whole:
                pieces = [basis_piece(basis)]  # an unnumbered basis beside a single point is that point's
            for point, piece in zip(points, pieces or []):
                point.basis = piece
        assert self.section is not None
        self.section.items.append(item)
