"""Glyph-by-glyph fallback at the shared text layer: a character the main font lacks (CJK Extension A/B) is drawn
in the bundled fallback font in our own row layout (the ledger) and in reportlab Paragraphs, measured with its own
width, and comes back from the text layer; a character no font has is □ and reported."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from safety_desk.paths import FALLBACK_FONT_FILE
from safety_desk.reports.fonts import FALLBACK_PDF_FONT, PDF_FONT, font_runs, missing_glyphs, register_pdf_font
from safety_desk.reports.ledger_model import LedgerHeader
from safety_desk.reports.ledger_pdf import write_ledger_pdf
from safety_desk.reports.pdf_metrics import TextMetrics
from safety_desk.reports.text_safety import escape_markup, pdf_text, replaced_characters
from tests.reports.ledger_data import row

RARE = "䶮𠮷𪚥"


def test_the_fallback_font_ships_with_its_licence_and_covers_extension_a_and_b():
    assert FALLBACK_FONT_FILE.exists()
    assert (FALLBACK_FONT_FILE.parent / "hanazono.COPYRIGHT").read_text().count("Hanazono Font License") >= 2
    assert missing_glyphs(RARE + "\u3400\u4db5\U00020000\U0002a6d6") == set()  # Unicode 3.1 ends; 13.0 added 4DB6–4DBF
    assert missing_glyphs("😀") == {"😀"}


def test_text_splits_into_font_runs():
    assert font_runs("龚䶮化工") == [(PDF_FONT, "龚"), (FALLBACK_PDF_FONT, "䶮"), (PDF_FONT, "化工")]
    assert font_runs("配电箱未接地") == [(PDF_FONT, "配电箱未接地")]
    assert pdf_text(f"王{RARE}😀") == f"王{RARE}□"
    assert replaced_characters(f"王{RARE}😀", "□ 本来就是方框") == ["😀"]


def test_the_fallback_width_is_measured_not_guessed():
    metrics = TextMetrics(register_pdf_font())
    assert metrics.width("䶮", 10) == metrics.width("龚", 10) == 10.0  # full-width, in either font


def test_the_ledgers_own_row_layout_prints_rare_characters(tmp_path):
    out = tmp_path / "ledger.pdf"
    rows = [row(f"储罐{RARE}区未设报警装置", enterprise_name=f"济南{RARE}化工有限公司", responsible_person=f"龚{RARE}")]
    write_ledger_pdf(str(out), LedgerHeader(unit=f"泺口{RARE}街道"), rows)
    text = "".join(page.extract_text() for page in PdfReader(out).pages).replace("\n", "")
    for expected in (f"储罐{RARE}区未设报警装置", f"济南{RARE}化工有限公司", f"龚{RARE}"):
        assert expected in text
    assert "□" not in text


def test_paragraph_markup_falls_back_glyph_by_glyph():
    register_pdf_font()
    buffer = BytesIO()
    style = ParagraphStyle("body", fontName=PDF_FONT, fontSize=11)
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(escape_markup(f"<王{RARE}> & 化工"), style)])
    text = PdfReader(BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert f"<王{RARE}> & 化工" in text
