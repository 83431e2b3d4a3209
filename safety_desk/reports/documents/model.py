"""What one document prints: plain values, frozen as JSON in the register so a reprint renders the same bytes.

    content = DocumentContent(kind="order", number="（天桥）应急责改〔2019〕15号", unit_name="济南市天桥区应急管理局", ...)
    DocumentContent.from_json(content.to_json()) == content
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class Officer:
    name: str
    certificate_no: str = ""


@dataclass(frozen=True)
class Problem:
    """A hazard as an order or notice prints it."""

    description: str
    level: str = "一般"
    location: str = ""
    basis: str = ""  # the check point's legal basis (检查依据)
    disposal_basis: str = ""  # 处置依据
    requirement: str = ""  # 整改要求, or the agreed measures
    deadline: str = ""  # ISO date; "" for 立即整改
    mode: str = ""  # 立即整改 / 限期整改 / 停产整改


@dataclass(frozen=True)
class ReviewItem:
    """One problem of the original order, re-inspected."""

    description: str
    level: str = "一般"
    result: str = ""  # 已整改 / 未整改 / 未复查
    opinion: str = ""
    reinspected_on: str = ""


@dataclass(frozen=True)
class DocumentContent:
    kind: str
    number: str = ""  # empty in a preview: "（签发时编号）"
    unit_name: str = ""
    review_body: str = ""
    issued_on: str = ""  # ISO date
    enterprise: str = ""
    address: str = ""
    head: str = ""  # 法定代表人（负责人）
    head_title: str = ""
    phone: str = ""
    place: str = ""  # 检查场所
    inspection_date: str = ""  # ISO date
    time_from: str = ""  # "09:30"; "" prints blanks to fill in by hand
    time_to: str = ""
    inspectors: tuple[Officer, ...] = ()
    recorder: str = ""
    narrative: str = ""  # 检查情况 (record), or the re-inspection's overall opinion (review)
    problems: tuple[Problem, ...] = ()
    follows_title: str = ""  # review: 责令限期整改指令书 / 隐患整改通知书
    follows_number: str = ""
    follows_date: str = ""
    review_items: tuple[ReviewItem, ...] = ()
    copies: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "DocumentContent":
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in data.items() if k in known}
        data["inspectors"] = tuple(Officer(**o) for o in data.get("inspectors", ()))
        data["problems"] = tuple(Problem(**p) for p in data.get("problems", ()))
        data["review_items"] = tuple(ReviewItem(**r) for r in data.get("review_items", ()))
        return cls(**data)

    def texts(self) -> list[str]:
        """Every printed user text, for the report of characters no font has."""
        out = [self.unit_name, self.enterprise, self.address, self.head, self.head_title, self.place, self.recorder,
               self.narrative, self.review_body, self.follows_number]
        out += [o.name for o in self.inspectors] + [o.certificate_no for o in self.inspectors]
        for p in self.problems:
            out += [p.description, p.location, p.basis, p.disposal_basis, p.requirement]
        for r in self.review_items:
            out += [r.description, r.opinion]
        return [t for t in out if t]
