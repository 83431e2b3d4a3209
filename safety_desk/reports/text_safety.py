"""User text made safe for the writers: what a hazard description holds must print as typed, never crash an export.

Hazard texts come from inspectors' keyboards, phones and pasted Word documents: ``<``, ``&``, markup-like words,
Windows line breaks, control characters, emoji. Each output has its own hazards:

- PDF: the bundled font has no glyph for emoji and a few rare characters. Such a character becomes a visible
  placeholder (□), never silently nothing. (Our PDF writer draws glyph codes, not markup, so ``<b>`` prints as
  ``<b>``; ``escape_markup`` is for any text that does reach a reportlab ``Paragraph``.)
- xlsx: XML forbids most control characters (openpyxl raises on them), a cell holds at most 32,767 characters, and
  a text starting with "=" must stay text (the writer stores it as a string cell, never as a formula).

    pdf_text("灭火器😀<过期>\\r\\n第二行")   # "灭火器□<过期>\\n第二行"
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from xml.sax.saxutils import escape

from safety_desk.reports.fonts import PDF_FONT, font_runs, missing_glyphs

PLACEHOLDER = "□"  # U+25A1 WHITE SQUARE: in the bundled font, and reads as "a character was here"
XLSX_MAX_CELL = 32_767
_XLSX_TRUNCATED = "…（内容过长，已截断）"

# Line separators that Python's splitlines() knows but a PDF line or an Excel cell does not.
_NEWLINES = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# XML 1.0 forbids these; openpyxl raises IllegalCharacterError on them.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Emoji skin-tone modifiers follow the emoji they modify: one placeholder for the pair is enough.
_EMOJI_MODIFIERS = range(0x1F3FB, 0x1F400)


class _PdfCharMap(dict):
    """A ``str.translate`` table built lazily, one entry per distinct character ever seen (a few thousand).

    After the first sight of a character the lookup is a C-level dict hit, so cleaning 100,000 cells costs little.
    """

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch == "\n":
            result = ch
        elif ch == "\t":
            result = "    "
        elif unicodedata.category(ch) in ("Cc", "Cf"):
            # Control and format characters (NUL from copy-paste, zero-width joiners, soft hyphens) are invisible
            # by definition: dropping them loses nothing a reader could see.
            result = ""
        elif not missing_glyphs(ch):
            result = ch
        elif ch.isspace():
            result = " "  # an exotic space the font lacks is still a space
        elif unicodedata.category(ch) in ("Mn", "Me") or code in _EMOJI_MODIFIERS:
            # Variation selectors, skin tones, combining marks: they belong to the character before,
            # which already shows as a placeholder (or as itself); a box of their own would mislead.
            result = ""
        else:
            result = PLACEHOLDER
        self[code] = result
        return result


_PDF_MAP = _PdfCharMap()


def pdf_text(text: str | None) -> str:
    """Text ready for the PDF font: newlines unified to "\\n", controls dropped, missing glyphs shown as □."""
    if not text:
        return ""
    printed = _NEWLINES.sub("\n", text).translate(_PDF_MAP).strip("\n ")
    if PLACEHOLDER in printed:
        log = _REPLACEMENTS.get()
        if log is not None:
            log.note(text)
    return printed


def xlsx_text(text: str | None) -> str:
    """Text an xlsx cell can hold: no XML-illegal characters, "\\n" line breaks, at most 32,767 characters."""
    if not text:
        return ""
    text = _XML_ILLEGAL.sub("", _NEWLINES.sub("\n", text)).strip("\n ")
    if len(text) > XLSX_MAX_CELL:
        text = text[: XLSX_MAX_CELL - len(_XLSX_TRUNCATED)] + _XLSX_TRUNCATED
    return text


def escape_markup(text: str | None) -> str:
    """For reportlab ``Paragraph``: ``<``, ``>``, ``&`` print as typed, line breaks as ``<br/>``; characters the
    main font lacks are wrapped in ``<font face=…>`` of the fallback font (glyph-by-glyph fallback)."""
    parts = []
    for font_name, run in font_runs(pdf_text(text)):
        run = escape(run).replace("\n", "<br/>")
        parts.append(run if font_name == PDF_FONT else f'<font face="{font_name}">{run}</font>')
    return "".join(parts)


def replaced_characters(*texts: str | None) -> list[str]:
    """The distinct characters of ``texts`` that print as □ (no bundled font has them), in order of appearance:
    what an export reports to the user."""
    seen: dict[str, None] = {}
    for text in texts:
        if text:
            for ch in _NEWLINES.sub("\n", text):
                if ch not in seen and ch != PLACEHOLDER and _PDF_MAP[ord(ch)] == PLACEHOLDER:
                    seen[ch] = None
    return list(seen)


# ---- telling the user what printed as □ ------------------------------------------------------------------------

_PLACES_KEPT = 3  # texts named per character: enough to find it, short enough for one line
_EXCERPT = 8  # characters either side of the replaced one


class ReplacementLog:
    """What ``pdf_text`` replaced with □ while the log was active (``recording_replacements``): each character, the
    first few places (an excerpt of the text around it, as printed) and how often it occurred."""

    def __init__(self) -> None:
        self.places: dict[str, list[str]] = {}
        self.counts: dict[str, int] = {}

    def note(self, text: str) -> None:
        for ch in replaced_characters(text):
            self.counts[ch] = self.counts.get(ch, 0) + text.count(ch)
            places = self.places.setdefault(ch, [])
            if len(places) < _PLACES_KEPT:
                excerpt = _excerpt(text, text.index(ch))
                if excerpt not in places:
                    places.append(excerpt)

    @property
    def characters(self) -> list[str]:
        return list(self.places)

    def report(self) -> list[tuple[str, list[str], int]]:
        """(character, places, occurrences) per replaced character, in order of first appearance."""
        return [(ch, list(places), self.counts[ch]) for ch, places in self.places.items()]


_REPLACEMENTS: ContextVar[ReplacementLog | None] = ContextVar("pdf_replacements", default=None)


@contextlib.contextmanager
def recording_replacements() -> Iterator[ReplacementLog]:
    """Collect what every ``pdf_text`` in this block (this thread) prints as □: an export writes its PDF inside
    and hands ``log.report()`` to the user. Costs nothing for texts without a □."""
    log = ReplacementLog()
    token = _REPLACEMENTS.set(log)
    try:
        yield log
    finally:
        _REPLACEMENTS.reset(token)


def _excerpt(text: str, at: int) -> str:
    start, end = max(0, at - _EXCERPT), at + _EXCERPT + 1
    printed = _NEWLINES.sub("\n", text[start:end]).translate(_PDF_MAP).replace("\n", " ").strip()
    return ("…" if start > 0 else "") + printed + ("…" if end < len(text) else "")


def replacement_summary(report: list[tuple[str, list[str], int]]) -> str:
    """One line in Chinese for the command line: each character with its code point and where it was, e.g.
    ``\ue000（U+E000，见“济南□化工有限公司”等 3 处）``."""
    parts = []
    for ch, places, count in report:
        where = "、".join(f"“{p}”" for p in places)
        more = f"等 {count} 处" if count > len(places) else ""
        parts.append(f"{ch}（U+{ord(ch):04X}，见{where}{more}）")
    return "；".join(parts)
