"""What every report workbook shares, so each opens in LibreOffice, WPS or Excel as a document ready to print.

- a formula-safe writer (``put``, ``styled_cell``): user text is always a text cell; one starting with "=", "+",
  "-" or "@" also carries Excel's quote prefix, so editing the cell never turns it into a formula;
- number formats: counts ``0``, money ``#,##0.00``, rates ``0.0%``, dates ``yyyy-mm-dd``;
- thin borders, the header fill, 宋体;
- widths from content (``text_units``: a Chinese character takes two units) and row heights from the wrapped lines
  (LibreOffice does not fit a row to wrapped text on opening; a row left at one line hides the rest);
- the print setup: A4, landscape where wide, fit to one page wide, header rows repeated, margins, the printing
  date and "第 N 页 共 M 页" in the footer;
- page breaks we place ourselves (``plan_row_breaks``) so the closing block (totals, notes, signatures) never sits
  alone on a last page;
- the closing block: notes, then the signature lines the PDFs print (``closing_text.signature_lines``).

    sheet = ReportSheet(wb.active, title="…月报", info=["填报单位：…", "期间：…"], columns=4, printed_on=today)
    sheet.header(["项目", "本月", "上月", "累计"])
    sheet.row(["发现隐患（项）", 3, 1, 4], formats=[None, COUNT, COUNT, COUNT])
    sheet.finish(notes=[DRAFTS_RULE], signatures=signature_lines("泺口街道办事处"))   # closing_text
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

from safety_desk.reports.text_safety import xlsx_text

FONT_NAME = "宋体"  # present wherever Chinese Office or WPS is; LibreOffice substitutes its CJK default
COUNT, MONEY, RATE, DATE = "0", "#,##0.00", "0.0%", "yyyy-mm-dd"
FORMULA_STARTS = ("=", "+", "-", "@")
LINE_HEIGHT = 13.5  # points per line of 10-pt 宋体
MAX_ROW_HEIGHT = 409.0  # Excel's tallest row

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BODY = Font(name=FONT_NAME, size=10)
BODY_RED = Font(name=FONT_NAME, size=10, color="C00000")
BOLD = Font(name=FONT_NAME, size=10, bold=True)
SMALL = Font(name=FONT_NAME, size=9)
TITLE = Font(name=FONT_NAME, size=16, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
ALIGN = {
    "left": Alignment(horizontal="left", vertical="top", wrap_text=True),
    "center": Alignment(horizontal="center", vertical="top", wrap_text=True),
    "right": Alignment(horizontal="right", vertical="top", wrap_text=True),
}
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
INFO_ALIGN = Alignment(horizontal="left", vertical="center", wrap_text=True)

# Page geometry (points) of A4 with our margins (inches), for planning page breaks.
A4_POINTS = (595.0, 842.0)
MARGIN_SIDE, MARGIN_TOP_BOTTOM = 0.4, 0.6
PAGE_UNITS_PORTRAIT, PAGE_UNITS_LANDSCAPE = 90, 140  # character units that fill the page's width at 100%
PAGE_SAFETY = 0.9  # plan pages 10% shorter than computed: LibreOffice's scaling and row rounding differ a little


# ---- cells -------------------------------------------------------------------------------------------------------

def put(cell, value: object, *, number_format: str | None = None):
    """Write ``value`` formula-safely: text is stored as text, never read as a formula by any spreadsheet."""
    if isinstance(value, str):
        text = xlsx_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl would store "=…" as a formula
        if text.startswith(FORMULA_STARTS):
            cell.quotePrefix = True  # and Excel/LibreOffice keep it text when the cell is edited
    else:
        cell.value = value
    if number_format and value is not None and not isinstance(value, str):
        cell.number_format = number_format
    return cell


def styled_cell(ws, value: object, font: Font = BODY, align: Alignment | None = None, *, border: bool = False,
                fill: PatternFill | None = None, number_format: str | None = None) -> WriteOnlyCell:
    """A cell for a streaming (write-only) sheet, written through ``put``."""
    cell = put(WriteOnlyCell(ws), value, number_format=number_format)
    cell.font = font
    if align is not None:
        cell.alignment = align
    if border:
        cell.border = BORDER
    if fill is not None:
        cell.fill = fill
    return cell


def text_units(text: str) -> int:
    """Width of the widest line in Excel character units: a Chinese (wide) character takes two."""
    return max((sum(2 if ord(ch) > 0x2E7F else 1 for ch in line) for line in str(text).split("\n")), default=0)


def shown_text(value: object, number_format: str | None) -> str:
    """What a cell shows, for width estimates."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if number_format == MONEY:
        return f"{value:,.2f}"
    if number_format == RATE:
        return f"{value * 100:.1f}%"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes in a column ``width`` character units wide, with wrapping on."""
    room = max(width - 1.5, 1.0)
    return sum(max(1, math.ceil(text_units(p) / room)) for p in str(text).split("\n")) if text else 1


def row_height(texts: Sequence[str], widths: Sequence[float], *, line: float = LINE_HEIGHT) -> float:
    lines = max((wrapped_lines(t, w) for t, w in zip(texts, widths) if t), default=1)
    return min(lines * line + 3, MAX_ROW_HEIGHT)


# ---- page ----------------------------------------------------------------------------------------------------------

def print_setup(ws, *, landscape: bool, title_rows: str | None, printed_on: date | None = None,
                fit_width: bool = True, one_page: bool = False) -> None:
    """A4, fit to one page wide, ``title_rows`` (e.g. "4:4") repeated on every page, date and page numbers below.

    The printing date goes in the footer: LibreOffice gives a page header only the top margin's height and cuts a
    header line in half when it does not fit.
    """
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    if fit_width:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1 if one_page else 0  # 0: as many pages tall as needed
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = MARGIN_SIDE
    ws.page_margins.top, ws.page_margins.bottom = MARGIN_TOP_BOTTOM, MARGIN_TOP_BOTTOM
    ws.page_margins.header, ws.page_margins.footer = 0.3, 0.3
    if title_rows:
        ws.print_title_rows = title_rows
    if printed_on is not None:
        ws.oddFooter.left.text = f"打印日期：{printed_on.isoformat()}"
        ws.oddFooter.left.size = 8
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddFooter.center.size = 8


def page_body_height(widths: Sequence[float], *, landscape: bool) -> float:
    """Points of sheet rows that fit on one printed page once the sheet is scaled to the page's width."""
    page_w, page_h = (A4_POINTS[1], A4_POINTS[0]) if landscape else A4_POINTS
    printable_w = page_w - 2 * MARGIN_SIDE * 72
    printable_h = page_h - 2 * MARGIN_TOP_BOTTOM * 72
    sheet_w = sum(w * 7 + 5 for w in widths) * 0.75  # character units → pixels (Calibri 11 digit) → points
    scale = min(1.0, printable_w / sheet_w) if sheet_w else 1.0
    return printable_h / scale * PAGE_SAFETY


def plan_row_breaks(heights: Sequence[float], *, first: int, page: float, top: float, repeat: float,
                    closing: float, keep: int = 3) -> list[int]:
    """Rows after which a page ends (1-based sheet rows), for body rows ``first``, ``first+1``, … of ``heights``.

    Page 1 holds ``top`` points of title block and header above the body; later pages repeat ``repeat`` points of
    header. ``closing`` (totals, notes, signatures) follows the last row and is kept with at least ``keep`` body
    rows: it never opens a page of its own.
    """
    breaks: list[int] = []  # body indexes that open a page
    used, start = top, 0
    for i, h in enumerate(heights):
        if used + h > page and i > start:
            breaks.append(i)
            used, start = repeat, i
        used += h
    n = len(heights)
    if closing and n and used + closing > page:
        cut = max(n - keep, 1)  # the closing block takes the last rows with it onto the next page
        if cut > start:
            breaks.append(cut)
        elif breaks:  # the last page already starts late: start it earlier, on the page before
            breaks[-1] = max(cut, (breaks[-2] if len(breaks) > 1 else 0) + 1)
    return [first + i - 1 for i in breaks]


def add_row_breaks(ws, rows: Sequence[int]) -> None:
    for r in rows:
        ws.row_breaks.append(Break(id=r))


# ---- a small report sheet -----------------------------------------------------------------------------------------

class ReportSheet:
    """A report on a normal (in-memory) worksheet: title block, header row, typed rows, closing block, print setup.

    Column widths come from the content (within ``min_width``..``max_width``; longer text wraps), row heights from
    the wrapped lines, and page breaks keep the closing block with the last rows.
    """

    def __init__(self, ws, *, title: str, info: Sequence[str], columns: int, printed_on: date,
                 landscape: bool = False, min_width: float = 8, max_width: float = 40,
                 aligns: Sequence[str] | None = None, one_page: bool = False, header_lines: int = 2) -> None:
        self.ws = ws
        self.columns = columns
        self.printed_on = printed_on
        self.landscape = landscape
        self.one_page = one_page  # a one-page form (the monthly report): scaled to fit the page both ways
        self.header_lines = header_lines  # a header title may wrap onto this many lines; a body value never wraps
        self.min_width, self.max_width = min_width, max_width
        self.aligns = list(aligns or ["left"] + ["right"] * (columns - 1))
        self._title = title
        self._info = list(info)
        self._rows: list[tuple[list[object], list[str | None], bool, frozenset[int]]] = []
        self._header: list[str] = []
        self._fixed: dict[int, float] = {}

    def header(self, titles: Sequence[str]) -> None:
        self._header = list(titles)

    def row(self, values: Sequence[object], *, formats: Sequence[str | None], bold: bool = False,
            red: frozenset[int] = frozenset()) -> None:
        self._rows.append((list(values), list(formats), bold, red))

    def fix_width(self, column: int, width: float) -> None:
        """Set a column's width instead of measuring it (0-based)."""
        self._fixed[column] = width

    def widths(self) -> list[float]:
        out = []
        for c in range(self.columns):
            if c in self._fixed:
                out.append(self._fixed[c])
                continue
            body = max((text_units(shown_text(v[c], f[c])) for v, f, _, _ in self._rows), default=0)
            # A header may wrap; the body's widest value must not.
            head = math.ceil(text_units(self._header[c]) / self.header_lines) if c < len(self._header) else 0
            out.append(min(max(body + 2, head + 2, self.min_width), self.max_width))
        # A narrow table would print as a strip down the middle of the page with its title wrapped three times:
        # the text columns take up the page's width.
        room = (PAGE_UNITS_LANDSCAPE if self.landscape else PAGE_UNITS_PORTRAIT) - sum(out)
        grow = [c for c in range(self.columns) if self.aligns[c] == "left" and c not in self._fixed] or \
            list(range(self.columns))
        if room > 0:
            for c in grow:
                out[c] += room / len(grow)
        return out

    def finish(self, *, notes: Sequence[str] = (), signatures: Sequence[str] = ()) -> int:
        """Write everything; returns the number of body rows."""
        ws, n, widths = self.ws, self.columns, self.widths()
        last = get_column_letter(n)
        for c, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = w
        total = sum(widths)
        r = 1
        put(ws.cell(r, 1), self._title).font = TITLE
        ws.cell(r, 1).alignment = HEADER_ALIGN
        ws.merge_cells(f"A{r}:{last}{r}")
        # 16-pt characters take 1.6 units of 10-pt width: a long title on a narrow sheet wraps.
        ws.row_dimensions[r].height = max(30.0, wrapped_lines(self._title, total / 1.6) * 21 + 6)
        for line in self._info:
            r += 1
            put(ws.cell(r, 1), line).font = BODY
            ws.cell(r, 1).alignment = INFO_ALIGN
            ws.merge_cells(f"A{r}:{last}{r}")
            ws.row_dimensions[r].height = row_height([line], [total])
        header_row = r + 1
        for c, t in enumerate(self._header, start=1):
            cell = put(ws.cell(header_row, c), t)
            cell.font, cell.alignment, cell.border, cell.fill = BOLD, HEADER_ALIGN, BORDER, HEADER_FILL
        ws.row_dimensions[header_row].height = row_height(self._header, widths)
        top = sum(ws.row_dimensions[i].height for i in range(1, header_row + 1))
        heights = []
        for i, (values, formats, bold, red) in enumerate(self._rows):
            row = header_row + 1 + i
            for c, (v, f) in enumerate(zip(values, formats), start=1):
                cell = put(ws.cell(row, c), "—" if v is None and f in (RATE,) else v, number_format=f)
                cell.font = BODY_RED if c - 1 in red else (BOLD if bold else BODY)
                cell.alignment = ALIGN["right" if v is None and f == RATE else self.aligns[c - 1]]
                cell.border = BORDER
            h = row_height([shown_text(v, f) for v, f in zip(values, formats)], widths)
            ws.row_dimensions[row].height = h
            heights.append(h)
        r = header_row + len(self._rows)
        closing = 0.0
        for text in [*notes, *([""] if signatures else []), *signatures]:
            r += 1
            if text:
                put(ws.cell(r, 1), text).font = SMALL if text in notes else BODY
                ws.cell(r, 1).alignment = INFO_ALIGN
                ws.merge_cells(f"A{r}:{last}{r}")
            h = row_height([text], [total]) if text else 10
            ws.row_dimensions[r].height = h
            closing += h
        ws.freeze_panes = f"A{header_row + 1}"
        print_setup(ws, landscape=self.landscape, title_rows=f"{header_row}:{header_row}", printed_on=self.printed_on,
                    one_page=self.one_page)
        if self.one_page:
            return len(self._rows)
        add_row_breaks(ws, plan_row_breaks(
            heights, first=header_row + 1, page=page_body_height(widths, landscape=self.landscape), top=top,
            repeat=ws.row_dimensions[header_row].height, closing=closing))
        return len(self._rows)
