"""Text helpers for catalogue cells (检查目录): headers, section headings, 检查内容 and numbered bases.

Pure string functions, no openpyxl, so that the xlsx loader and any other importer (pasted text, YAML) read a
catalogue's cells the same way. The cells come from office sheets and from text copied out of PDF gazettes:
headers are written loosely ("检 查\\n项目（类别）"), and spaces between Chinese characters are only line-wrapping.
"""

from __future__ import annotations

import re
import unicodedata

from safety_desk.domain.templates import CATALOGUE_COLUMNS, CIRCLED_NUMBERS

# Headers sometimes say 排查 where the source says 检查; both mean the same column.
_ALIASES: dict[str, str] = {
    "排查项目": "检查项目",
    "排查内容": "检查内容",
    "排查依据": "检查依据",
    "排查方法": "检查方法",
}
# A header is a short label; a longer text that merely mentions "检查内容" is a title or a note, not a header.
_MAX_HEADER_CHARS = 12
# NFKC already folds （）：［］ to ASCII; these CJK brackets have no compatibility mapping.
_BRACKETS = str.maketrans({"【": "[", "】": "]", "〔": "[", "〕": "]", "〈": "<", "〉": ">", "《": "<", "》": ">"})
_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>")
_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0\u2002\u2003\u2009]+")
_CIRCLED_INDEX = {ch: i for i, ch in enumerate(CIRCLED_NUMBERS)}

# "1. " "1、" "1．" "1)" "（1）" — but not "1.5米" (a decimal is text, not an item number).
_ITEM_NUMBER = re.compile(r"^\s*(?:(\d{1,3})\s*(?:[.．、]|[)）])(?!\d)|[(（]\s*(\d{1,3})\s*[)）])\s*")
_CN_NUM = "一二三四五六七八九十百零〇两"
_SECTION_CODE = re.compile(
    rf"^\s*([(（]\s*[{_CN_NUM}\d]{{1,4}}\s*[)）]"  # （一） (一) （1）
    rf"|[{_CN_NUM}]{{1,4}}\s*[、.．]"  # 一、 一．
    rf"|\d{{1,2}}\s*[、．](?!\d)"  # 1、
    rf"|第\s*[{_CN_NUM}\d]{{1,4}}\s*(?:章|节|部分|项|类))\s*"  # 第一部分
)
# Text ending like this ends a sentence: a continuation row starts a new line; otherwise a word was cut in two.
_SENTENCE_END = "。；;.，,：:！!？?"
_MAX_LABEL_CHARS = 6  # "检查依据："
_TITLE_TRAIL = ":：，,;；、 "
_PIECE_TRAIL = "；;，,、。 \t\n"


def normalize_header(text: object) -> str:
    """Fold a header cell to a comparable form: no whitespace at all, full-width punctuation as ASCII."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).translate(_BRACKETS)
    return _INVISIBLE.sub("", folded)


def match_column(header_text: object) -> str | None:
    """The canonical catalogue column (one of CATALOGUE_COLUMNS) a loosely written header names, or None.

    Text in brackets is a remark ("处置依据（法规）"), so the part outside brackets decides first; each canonical
    name is matched whole, so "检查依据" and "处置依据" never stand for one another.
    """
    norm = normalize_header(header_text)
    outside = _BRACKETED.sub("", norm)
    if not norm or len(outside) > _MAX_HEADER_CHARS:
        return None
    names = [(name, name) for name in CATALOGUE_COLUMNS] + list(_ALIASES.items())
    for candidate in (outside, norm):
        hits = [(candidate.find(alias), canonical) for alias, canonical in names if alias in candidate]
        if hits:
            return min(hits)[1]  # the name written first wins: "检查内容及检查方法" is 检查内容
    return None


def is_cjk(ch: str) -> bool:
    """Chinese characters and the punctuation set around them (full-width forms, quotes, circled numbers)."""
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFF60
        or 0x20000 <= o <= 0x3FFFF
        or 0x2018 <= o <= 0x201F
        or 0x2460 <= o <= 0x24FF
        or o in (0x2014, 0x2026)
    )


def tidy_spaces(line: str) -> str:
    """Strip a line and drop spaces between two CJK characters (layout artifacts); keep "GB 30871", "第 38 条"."""
    s = line.strip()

    def keep(m: re.Match[str]) -> str:
        before, after = s[m.start() - 1], s[m.end()]  # never at an edge: s is stripped
        return "" if is_cjk(before) and is_cjk(after) else " "

    return _SPACE_RUN.sub(keep, s)


def join_lines(text: str) -> str:
    """Flatten a multi-line cell: a line break next to a CJK character is only wrapping, else it is a space."""
    out = ""
    for line in (tidy_spaces(x) for x in str(text).splitlines()):
        if not line:
            continue
        if out and not (is_cjk(out[-1]) or is_cjk(line[0])):
            out += " "
        out += line
    return out


def join_continuation(previous: str, more: str) -> str:
    """Join a page-break continuation to the text it continues: directly when a word was cut in two,
    on a new line when the previous text ended a sentence ("…重大" + "事故隐患…"; "…第 27 条；" + "\n④…")."""
    if not previous or not more:
        return previous or more
    return previous + ("\n" if previous[-1] in _SENTENCE_END else "") + more


def split_section_heading(text: str) -> tuple[str, str]:
    """ "（一） 风险分级 管控体系 建设" → ("（一）", "风险分级管控体系建设"); no code → ("", title)."""
    flat = join_lines(text)
    m = _SECTION_CODE.match(flat)
    if not m:
        return "", flat
    return re.sub(r"\s+", "", m.group(1)), flat[m.end() :].strip()


def _cut_circled(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Cut at circled numbers that follow in sequence (①②③ or ③④ for a later row), so that a "见①" inside
    a point's text does not start a new point. Returns the text before the first cut and (label, raw text)."""
    cuts: list[int] = []
    expected: int | None = None
    for pos, ch in enumerate(text):
        idx = _CIRCLED_INDEX.get(ch)
        if idx is not None and (expected is None or idx == expected):
            cuts.append(pos)
            expected = idx + 1
    if not cuts:
        return text, []
    ends = cuts[1:] + [len(text)]
    return text[: cuts[0]], [(text[c], text[c + 1 : e]) for c, e in zip(cuts, ends)]


def split_points(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Text before the first circled number (flattened) and one (label, text) per circled point."""
    lead, pieces = _cut_circled(text or "")
    return join_lines(lead), [(label, join_lines(body)) for label, body in pieces]


def parse_content(text: str) -> tuple[str, str, list[tuple[str, str]], bool]:
    """Read a 检查内容 cell into (number, title, [(label, text), …], leading_points_only).

    "1. 隐患排查①是否建立排查治理制度。②…" → ("1", "隐患排查", [("①", "是否建立排查治理制度。"), …], False).
    A cell that starts with a circled number carries only points (the item cell is merged down over the
    point rows): ("", "", [("②", …)], True). Anything else has no number and its text as title.
    """
    body = (text or "").strip()
    number = ""
    m = _ITEM_NUMBER.match(body)
    if m:
        number = m.group(1) or m.group(2)
        body = body[m.end() :]
    lead, points = split_points(body)
    title = lead.rstrip(_TITLE_TRAIL)
    return number, title, points, bool(points) and not number and not lead


def split_numbered(text: str, count: int) -> list[str] | None:
    """Split a basis "①…；②…；" into per-point pieces when it has exactly ``count`` of them, else None.

    Text before ① is allowed only as a short label ("依据："); anything more would be lost from every piece.
    """
    if count <= 0:
        return None
    lead, pieces = _cut_circled(text or "")
    lead = lead.strip()
    if len(pieces) != count or (lead and (lead[-1] not in ":：" or len(lead) > _MAX_LABEL_CHARS)):
        return None
    out = [basis_piece(body) for _, body in pieces]
    return out if all(out) else None


def basis_piece(text: str) -> str:
    """A basis as one point's own: flattened, without the list punctuation that separated it from the next."""
    return join_lines(text).rstrip(_PIECE_TRAIL)
