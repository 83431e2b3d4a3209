"""Chart labels (reportlab graphics) print CJK Extension A/B characters through the shared fallback, and what no
font has prints as □ and is reported, like any other text of a PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, String

from safety_desk.reports.chart_text import drawable_text
from safety_desk.reports.fonts import FALLBACK_PDF_FONT, PDF_FONT, register_pdf_font
from safety_desk.reports.summary_pdf import write_summary_pdf
from safety_desk.reports.text_safety import recording_replacements
from safety_desk.services.summary import committee_summary
from safety_desk.store import Store
from tests.reports.ledger_data import flat, pdf_pages_text
from tests.reports.test_summary_pdf import TODAY, build

RARE = "𠮷㐀"  # U+20BB7 (Extension B), U+3400 (Extension A): only the fallback font has them
NO_FONT = "\ue000"  # private use: no bundled font has it


def bar_chart(names: list[str]) -> Drawing:
    drawing = Drawing(200, 80)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 20, 30, 170, 45
    chart.data = [[1] * len(names)]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = register_pdf_font(), 12
    chart.valueAxis.labels.fontName = register_pdf_font()
    drawing.add(chart)
    return drawing


def strings(node) -> list[String]:
    if isinstance(node, String):
        return [node]
    return [s for child in getattr(node, "contents", []) for s in strings(child)]


def test_a_label_is_split_into_font_runs_and_anchored_as_before():
    drawing = Drawing(200, 40)
    drawing.add(String(100, 10, f"泺口{RARE}街道", fontName=register_pdf_font(), fontSize=10, textAnchor="middle"))
    drawing.add(Group(String(5, 25, "化工", fontName="Helvetica", fontSize=8)))
    parts = strings(drawable_text(drawing))
    assert [(s.text, s.fontName) for s in parts] == [
        ("泺口", PDF_FONT), (RARE, FALLBACK_PDF_FONT), ("街道", PDF_FONT), ("化工", PDF_FONT)]
    assert parts[0].x == pytest.approx(100 - 30)  # six full-width characters at 10 pt, centred on 100
    assert parts[1].x == pytest.approx(100 - 10) and parts[2].x == pytest.approx(100 + 10)


def label_ink(tmp_path: Path, names: list[str]) -> int:
    """Dark pixels below the chart's axis (where the category labels are) at 60 dpi."""
    pdf = tmp_path / f"chart{len(list(tmp_path.iterdir()))}.pdf"
    renderPDF.drawToFile(drawable_text(bar_chart(names)), str(pdf))
    subprocess.run(["pdftoppm", "-r", "60", "-gray", str(pdf), str(pdf.with_suffix(""))], check=True)
    image = next(tmp_path.glob(f"{pdf.stem}*.pgm")).read_bytes()
    header, pixels = image.split(b"\n", 3)[:3], image.split(b"\n", 3)[3]
    width, height = map(int, header[1].split())
    label_rows = range(height - round(28 * 60 / 72), height)  # the 28 pt under the axis (chart.y = 30)
    return sum(1 for y in label_rows for p in pixels[y * width:(y + 1) * width] if p < 200)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler's pdftoppm")
def test_extension_characters_in_a_chart_label_are_drawn_not_blank(tmp_path):
    blank = label_ink(tmp_path, [""])
    rare = label_ink(tmp_path, [RARE])
    common = label_ink(tmp_path, ["吉丘"])
    assert rare - blank > (common - blank) // 4, (blank, rare, common)  # ink of two characters, not a blank
    pdf = tmp_path / "text.pdf"
    renderPDF.drawToFile(drawable_text(bar_chart([RARE])), str(pdf))
    assert RARE in flat("".join(pdf_pages_text(pdf)))


def test_summary_chart_labels_print_rare_names_and_report_missing_ones(store: Store, tmp_path):
    v = build(store)
    store.db.execute("update enterprises set sector = ?, street = ? where id = ?",
                     [RARE + NO_FONT, f"泺口{RARE}街道", v.enterprise_id])
    out = tmp_path / "summary.pdf"
    with recording_replacements() as log:
        write_summary_pdf(out, committee_summary(store=store, today=TODAY), printed_on=TODAY)
    text = flat("".join(pdf_pages_text(out)))
    assert f"{RARE}□（3）" in text  # the sector chart's category label: only there
    assert f"泺口{RARE}街道" in text
    assert log.report() == [(NO_FONT, [f"{RARE}□（3）"], 1)]
    fonts = {str(font["/BaseFont"]) for page in PdfReader(out).pages
             for font in page["/Resources"]["/Font"].values()}
    assert not any("Helvetica" in f for f in fonts), fonts  # charts start in our font: nothing unembedded
