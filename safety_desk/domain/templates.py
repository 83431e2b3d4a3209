"""Checklist templates (检查表 / 指导目录): sections → items → check points.

The chemical-enterprise catalogue of the source document has eight columns. 检查项目 names the section, 检查内容
holds the item ("1. 隐患排查") and its circled check points (①②③…); the other six columns describe the item.
A point may carry its own basis where the catalogue numbers its basis ①②③ in step with the points.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

# (attribute name, Chinese column heading) for the six columns that describe an item.
ITEM_COLUMNS: tuple[tuple[str, str], ...] = (
    ("basis", "检查依据"),
    ("method", "检查方法"),
    ("common_problems", "常见问题"),
    ("disposal_basis", "处置依据"),
    ("requirement", "整改要求"),
    ("acceptance", "复查验收"),
)

# The eight catalogue columns in their order in the source document.
CATALOGUE_COLUMNS: tuple[str, ...] = ("检查项目", "检查内容") + tuple(h for _, h in ITEM_COLUMNS)

CIRCLED_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Bounds on what a template file may hold, the same for YAML and Excel: a text field as long as an Excel cell may
# be, a version that fits any integer column, and more check points than any real catalogue has.
MAX_TEXT_CHARS = 10_000
MAX_VERSION = 1_000_000
MAX_POINTS = 10_000


@dataclass
class CheckPoint:
    """One thing an inspector checks and marks 符合 / 不符合 / 不适用."""

    label: str  # "①", or "" for an unnumbered point
    text: str
    basis: str = ""  # the point's own basis where the catalogue gives one


@dataclass
class Item:
    """A catalogue row: an item with its check points and the six describing columns."""

    number: str  # "1"; "" when the catalogue does not number it
    title: str
    points: list[CheckPoint] = field(default_factory=list)
    basis: str = ""
    method: str = ""
    common_problems: str = ""
    disposal_basis: str = ""
    requirement: str = ""
    acceptance: str = ""

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title

    def content_text(self) -> str:
        """The 检查内容 cell as the catalogue prints it: the item heading, then its points."""
        lines = [self.heading] + [f"{p.label}{p.text}" for p in self.points]
        return "\n".join(lines)


@dataclass
class Section:
    """A 检查项目 such as "（一）风险分级管控体系建设".

    ``omitted`` marks a section the source names but does not give (its text is "略").
    """

    code: str  # "（一）"; "" when unnumbered
    title: str
    items: list[Item] = field(default_factory=list)
    omitted: bool = False
    note: str = ""

    @property
    def heading(self) -> str:
        return f"{self.code}{self.title}" if self.code else self.title


@dataclass
class Template:
    """A checklist template. ``key`` + ``version`` identify it; a new version is stored beside the old one."""

    key: str
    version: int
    title: str
    sector: str = ""
    source: str = ""
    description: str = ""
    sections: list[Section] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        items = [i for s in self.sections for i in s.items]
        return {
            "sections": len(self.sections),
            "items": len(items),
            "points": sum(len(i.points) for i in items),
        }

    def content_hash(self) -> str:
        """SHA-256 of everything but the version: tells a re-import of the same text from a changed one."""
        data = asdict(self)
        data.pop("version")
        blob = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()

    def all_text(self) -> str:
        """Every character the template can print (used to check font coverage)."""
        parts = [self.title, self.sector, self.source, self.description]
        for s in self.sections:
            parts += [s.code, s.title, s.note]
            for i in s.items:
                parts += [i.number, i.title] + [getattr(i, a) for a, _ in ITEM_COLUMNS]
                for p in i.points:
                    parts += [p.label, p.text, p.basis]
        return "".join(parts)
