"""Measuring and line-breaking text for our own PDF layout, fast enough for 10,000-row ledgers.

Chinese breaks between any two characters; Latin words, numbers and codes (``GB 50016-2014``, ``3.5MPa``) stay
whole where they fit; closing punctuation never starts a line and opening brackets never end one (禁则).

Widths come from a per-character cache (the TrueType advance widths, looked up once per distinct character), and
each column keeps a cache of the texts it has wrapped: a ledger repeats enterprise names, streets, dates, states
and stock phrases thousands of times.

    metrics = TextMetrics(register_pdf_font())
    wrap = metrics.wrapper(width=110, size=7.5)
    wrap("配电箱未接地，电气线路私拉乱接")   # ["配电箱未接地，电气线", "路私拉乱接"]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.pdfbase import pdfmetrics

from safety_desk.reports.fonts import char_width

# A Latin/ASCII run (a word, a number, a code) with its trailing spaces; else a run of spaces; else one character.
_TOKENS = re.compile(r"[!-~\u00a1-\u024f\u2010-\u2027]+ *| +|.")
_NO_LINE_START = frozenset("，。、；：！？）》」』】〕〉’”…—·%％,.;:!?)]}")
_NO_LINE_END = frozenset("（《「『【〔〈‘“([{")
_WRAP_CACHE_LIMIT = 20_000  # texts per column; cleared when full so memory stays bounded on huge ledgers


class _WidthCache(dict):
    """Character → advance width at 1 pt."""

    def __init__(self, font) -> None:
        super().__init__()
        face = font.face
        self._widths = face.charWidths
        self._default = face.defaultWidth

    def __missing__(self, ch: str) -> float:
        units = self._widths.get(ord(ch))
        if units is None:  # drawn in the fallback font (fonts.font_runs): measure it there
            units = char_width(ch) or self._default
        width = units * 0.001
        self[ch] = width
        return width


class TextMetrics:
    """Widths and line breaking for one registered TrueType font."""

    def __init__(self, font_name: str) -> None:
        self.font_name = font_name
        self._widths = _WidthCache(pdfmetrics.getFont(font_name))

    def width(self, text: str, size: float) -> float:
        return sum(map(self._widths.__getitem__, text)) * size

    def wrapper(self, width: float, size: float) -> Callable[[str], list[str]]:
        """A function text → lines no wider than ``width`` at ``size``, memoised for this (width, size)."""
        cache: dict[str, list[str]] = {}
        limit = width / size  # compare in 1-pt units: one multiplication saved per measurement

        def wrap(text: str) -> list[str]:
            lines = cache.get(text)
            if lines is None:
                if len(cache) >= _WRAP_CACHE_LIMIT:
                    cache.clear()
                lines = cache[text] = self._wrap(text, limit)
            return lines

        return wrap

    def _wrap(self, text: str, limit: float) -> list[str]:
        lines: list[str] = []
        unit_width = self._widths.__getitem__
        for paragraph in text.split("\n"):
            if sum(map(unit_width, paragraph)) <= limit:
                lines.append(paragraph)  # most cells: one line, one measurement
            else:
                lines.extend(self._break(paragraph, limit))
        return lines

    def _break(self, paragraph: str, limit: float) -> list[str]:
        unit_width = self._widths.__getitem__
        lines: list[str] = []
        current: list[str] = []
        used = 0.0

        def flush() -> None:
            nonlocal current, used
            lines.append("".join(current).rstrip(" "))
            current, used = [], 0.0

        for token in _glued_tokens(paragraph):
            width = sum(map(unit_width, token))
            if used + width <= limit:
                current.append(token)
                used += width
                continue
            bare = token.rstrip(" ")
            if current and used + sum(map(unit_width, bare)) <= limit:
                current.append(bare)  # fits once its trailing spaces go; they would vanish at the line end anyway
                flush()
                continue
            if current:
                flush()
            if not bare:
                continue  # spaces never start a line
            if width <= limit:
                current, used = [token], width  # keep its trailing space: the next word follows on this line
                continue
            width = sum(map(unit_width, bare))
            if width <= limit:
                current, used = [bare], width
                continue
            for ch in bare:  # a word longer than the whole line (a URL, a serial number): break it anywhere
                w = unit_width(ch)
                if current and used + w > limit:
                    flush()
                current.append(ch)
                used += w
        if current or not lines:
            flush()
        return lines


def _glued_tokens(paragraph: str) -> list[str]:
    """Break opportunities: tokens, with closing punctuation glued to what precedes and opening to what follows."""
    tokens: list[str] = []
    carry = ""
    for token in _TOKENS.findall(paragraph):
        if carry:
            token, carry = carry + token, ""
        if token in _NO_LINE_END:
            carry = token
        elif tokens and token[0] in _NO_LINE_START:
            tokens[-1] += token
        else:
            tokens.append(token)
    if carry:
        tokens.append(carry)
    return tokens
