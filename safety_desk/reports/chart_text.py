"""Chart text (reportlab graphics) through the same text path as the rest of a PDF: safe text, glyph-by-glyph fonts.

A reportlab ``String`` — an axis label, a bar or line label, a legend entry — has one font, so a street or sector
name with a CJK Extension A/B character (𠮷, 㐀) would print with a blank where that character belongs. Before a
chart is drawn, ``drawable_text`` expands its widgets (charts, legends, labels) into plain shapes and replaces every
``String`` by ``pdf_text`` of its text (□ for what no font has, reported like any other text) split into
``fonts.font_runs``: one ``String`` per run, placed side by side, anchored as the original was.

    renderPDF.draw(drawable_text(drawing), canvas, x, y)
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, String, UserNode
from reportlab.pdfbase.pdfmetrics import stringWidth

from safety_desk.reports.fonts import font_runs, register_pdf_font
from safety_desk.reports.text_safety import pdf_text


def drawable_text(drawing: Drawing) -> Drawing:
    """``drawing`` with its widgets expanded and every string made safe and split into font runs (in place)."""
    drawing.initialFontName = register_pdf_font()  # the renderer's starting font: no unembedded Helvetica
    _fix_group(drawing)
    return drawing


def _fix_group(group: Group) -> None:
    contents = group.contents
    for i, child in enumerate(contents):
        while isinstance(child, UserNode):  # a widget draws as a group that may hold further widgets
            child = child.provideNode()
        if isinstance(child, String):
            child = _runs(child)
        elif isinstance(child, Group):
            _fix_group(child)
        contents[i] = child


def _runs(s: String) -> String | Group:
    text = pdf_text(s.text)
    runs = font_runs(text)
    size = s.fontSize
    if len(runs) <= 1:
        s.text = text
        if runs:
            s.fontName = runs[0][0]  # our font, never an unembedded default
        return s
    widths = [stringWidth(run, font, size) for font, run in runs]
    total = sum(widths)
    anchor = s.textAnchor
    x = s.x - (total / 2 if anchor == "middle" else total if anchor in ("end", "numeric") else 0)
    group = Group()
    for (font, run), width in zip(runs, widths):
        part = s.copy()
        part.text, part.fontName, part.textAnchor, part.x = run, font, "start", x
        group.add(part)
        x += width
    return group
