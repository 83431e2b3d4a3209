"""Checks every report workbook must pass, as an office would notice them: figures are numbers, the page is set up
for printing, the title block is merged above a ruled header row, nothing is a formula, the signature lines are there.

    ws = assert_report_sheet(path, header_row=4, landscape=True)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

# Text that is really a figure: "29", "3,643,500.00", "40.0%", "-3". A cell holding one of these as text cannot be
# summed or charted.
NUMBER_TEXT = re.compile(r"^-?[\d,]+(\.\d+)?%?$")


def assert_report_sheet(path: Path, *, header_row: int, landscape: bool, one_page: bool = False):
    """Open ``path`` with openpyxl and check the report sheet; returns the worksheet for further checks."""
    ws = openpyxl.load_workbook(path).active
    last = ws.max_column
    # Figures are numbers: no text cell that reads as a number, and the numbers carry a number format.
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", f"{cell.coordinate} is a formula"
            if isinstance(cell.value, str):
                assert not NUMBER_TEXT.match(cell.value.strip()), f"{cell.coordinate} holds a number as text"
            elif isinstance(cell.value, (int, float)) and cell.row > header_row:
                assert cell.number_format in ("0", "#,##0.00", "0.0%"), (cell.coordinate, cell.number_format)
    # The print setup.
    setup = ws.page_setup
    assert setup.orientation == ("landscape" if landscape else "portrait")
    assert str(setup.paperSize) == "9"  # A4
    assert setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert setup.fitToHeight == (1 if one_page else 0)
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws.page_margins.left <= 0.5 and ws.page_margins.top <= 0.75
    assert ws.freeze_panes == f"A{header_row + 1}"
    # The title block: each line merged across the table above the header row; the header ruled and bold.
    merged = {str(r) for r in ws.merged_cells.ranges}
    for r in range(1, header_row):
        assert f"A{r}:{get_column_letter(last)}{r}" in merged, f"row {r} is not merged across the table"
        assert ws.row_dimensions[r].height, f"row {r} has no height: its text would be cut"
    assert not any(rng.min_row <= header_row <= rng.max_row for rng in ws.merged_cells.ranges)
    header = [ws.cell(header_row, c) for c in range(1, last + 1)]
    assert all(c.value and c.font.b and c.border.top.style and c.alignment.wrap_text for c in header)
    assert ws.row_dimensions[header_row].height >= 15
    first = [ws.cell(header_row + 1, c) for c in range(1, last + 1)]
    assert all(c.border.left.style for c in first), "data cells have no borders"
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("填报单位（盖章）" in t for t in texts) and any("审核人（签字）" in t for t in texts)
    return ws


def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
# Offices have 宋体; a bare Linux box may have no Chinese font at all, and LibreOffice then prints every character
# as a box. Our bundled font stands in for 宋体 (widths differ a little; page breaks are planned with room to spare).
_FONTS_CONF = f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{FONTS_DIR}</dir>
  <alias><family>宋体</family><prefer><family>WenQuanYi Micro Hei</family></prefer></alias>
  <alias><family>SimSun</family><prefer><family>WenQuanYi Micro Hei</family></prefer></alias>
</fontconfig>
"""


def convert_with_libreoffice(paths: list[Path], out_dir: Path) -> list[Path]:
    """Convert workbooks to PDF the way an office prints them; one soffice run for all (each start takes seconds).

    A private profile: another soffice running on the machine would otherwise swallow the request silently.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / "lo-profile"
    conf = out_dir / "fonts.conf"
    conf.write_text(_FONTS_CONF, encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    subprocess.run([libreoffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), *map(str, paths)], check=True, capture_output=True, timeout=600,
                   env=env)
    return [out_dir / (p.stem + ".pdf") for p in paths]
