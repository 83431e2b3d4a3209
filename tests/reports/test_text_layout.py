"""Safe text and line breaking: what a hazard says prints as typed, wraps like Chinese print, never crashes."""

from __future__ import annotations

from safety_desk.reports.fonts import missing_glyphs, register_pdf_font
from safety_desk.reports.pdf_metrics import TextMetrics
from safety_desk.reports.text_safety import PLACEHOLDER, XLSX_MAX_CELL, escape_markup, pdf_text, xlsx_text
from tests.reports.ledger_data import HOSTILE


def test_missing_glyphs_become_a_visible_placeholder_and_the_rest_stays():
    text = pdf_text(HOSTILE["emoji"])
    assert missing_glyphs(text) == set()
    assert text.startswith("灭火器" + PLACEHOLDER + "过期" + PLACEHOLDER + "，报警器")
    # A family emoji (three people joined by zero-width joiners) is three boxes, the joiners add none.
    assert (PLACEHOLDER * 3 + "失效，温度℃") in text


def test_markup_and_ampersands_are_kept_verbatim_for_our_writer_and_escaped_for_paragraphs():
    assert pdf_text(HOSTILE["markup"]) == HOSTILE["markup"]
    escaped = escape_markup("a<b && x>y\n下一行")
    assert escaped == "a&lt;b &amp;&amp; x&gt;y<br/>下一行"


def test_line_breaks_are_unified_and_controls_dropped():
    assert pdf_text(HOSTILE["lines"]) == "第一行\n第二行\n第三行\n\n第五行\n第六行"
    assert pdf_text(HOSTILE["controls"]) == "电缆沟积水[31m"
    assert pdf_text("  \n缩进\t文字 \n") == "缩进    文字"


def test_xlsx_text_drops_illegal_xml_characters_and_caps_the_cell():
    assert xlsx_text(HOSTILE["controls"]) == "电缆沟积水[31m"
    assert xlsx_text("a\r\nb") == "a\nb"
    assert xlsx_text(HOSTILE["emoji"]).startswith("灭火器😀")  # Excel shows emoji: keep them
    capped = xlsx_text("隐" * 40_000)
    assert len(capped) == XLSX_MAX_CELL and capped.endswith("已截断）")


def test_chinese_breaks_anywhere_latin_words_stay_whole_and_lines_fit():
    metrics = TextMetrics(register_pdf_font())
    wrap = metrics.wrapper(60, 7.5)  # 8 Chinese characters a line
    lines = wrap("危化品库房未设置可燃气体报警器并与通风设施联锁")
    assert "".join(lines) == "危化品库房未设置可燃气体报警器并与通风设施联锁"
    assert all(metrics.width(line, 7.5) <= 60 for line in lines)
    assert len(lines) == 3
    latin = wrap("依据 GB 50016-2014 第3.5条 整改")
    assert any("50016-2014" in line for line in latin)  # the standard's number is never cut in two
    assert all(metrics.width(line, 7.5) <= 60 for line in latin)


def test_punctuation_rules_and_overlong_words():
    metrics = TextMetrics(register_pdf_font())
    wrap = metrics.wrapper(7.5 * 6, 7.5)  # six characters a line
    lines = wrap("一二三四五六，七八（九十）")
    assert not any(line.startswith(("，", "）")) for line in lines)
    assert not any(line.endswith("（") for line in lines)
    long = wrap("x" * 200)
    assert "".join(long) == "x" * 200 and all(metrics.width(line, 7.5) <= 45 for line in long)
    assert wrap("") == [""]
    assert wrap("甲\n\n乙") == ["甲", "", "乙"]
