"""The bundled font: TrueType outlines reportlab can embed, a licence beside it, and every shipped character."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from io import BytesIO

from pypdf import PdfReader
from reportlab.pdfgen import canvas

from safety_desk.paths import FONT_FILE, FORMS_DIR, TRANSLATIONS_DIR
from safety_desk.reports.fonts import missing_glyphs, register_pdf_font
from safety_desk.templates.yaml_format import load_yaml_template


def test_font_and_licence_ship_together():
    assert FONT_FILE.exists() and FONT_FILE.stat().st_size > 1_000_000
    licences = [p.name for p in FONT_FILE.parent.iterdir() if "LICENSE" in p.name or "COPYRIGHT" in p.name]
    assert any("Apache" in n for n in licences) and any("COPYRIGHT" in n for n in licences)


def test_font_covers_every_character_of_the_shipped_templates():
    text = "".join(load_yaml_template(p).all_text() for p in sorted(FORMS_DIR.glob("*.yaml")))
    assert len(set(text)) > 300
    assert missing_glyphs(text) == set()


def test_font_covers_every_translated_ui_string():
    text = "".join(t.text or "" for t in ET.parse(TRANSLATIONS_DIR / "safety_desk_zh_CN.ts").iter("translation"))
    assert missing_glyphs(text) == set()


def test_font_embeds_in_a_pdf_with_extractable_chinese():
    name = register_pdf_font()
    buffer = BytesIO()
    c = canvas.Canvas(buffer)
    c.setFont(name, 14)
    c.drawString(72, 720, "化工企业安全生产风险隐患排查整治指导目录")
    c.save()
    reader = PdfReader(BytesIO(buffer.getvalue()))
    assert "化工企业安全生产风险隐患排查整治指导目录" in reader.pages[0].extract_text()
    fonts = reader.pages[0]["/Resources"]["/Font"]
    base = [f.get_object()["/BaseFont"] for f in fonts.values()]
    assert any("+" in b for b in base), base  # a subset (AAAAAA+Name), not the whole 5 MB font
