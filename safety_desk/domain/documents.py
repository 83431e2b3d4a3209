"""Official enforcement documents (执法文书): their kinds, which unit may issue which, and document numbers (文号).

Kinds, after the emergency-management ministry's forms (安全生产执法文书样式):

========  ==================  ==========  ===========================================================
kind      title               code        who issues it
========  ==================  ==========  ===========================================================
record    现场检查记录          应急检记      every unit (the on-site record of an inspection)
order     责令限期整改指令书     应急责改      a unit with enforcement power
review    整改复查意见书         应急复查      every unit: the re-inspection of an order (or of a notice)
notice    隐患整改通知书         隐患整改      a unit without enforcement power (a street office)
========  ==================  ==========  ===========================================================

A number is ``pattern`` filled in: ``（{unit}）{code}〔{year}〕{seq}号`` → ``（天桥）应急责改〔2019〕15号``. Each unit, kind
and year counts on by one; a voided (作废) document keeps its number, so no number is ever used twice or skipped.

Offline laptops (the numbering scheme): each computer that issues documents is given a **number block** (文号段) by
its office, e.g. the office PC 1–499, 张明's laptop 500–599, 李华's 600–699. A computer takes the next free number in
its own block for each unit, kind and year, so two laptops that issue offline the same day can never produce the same
number, and the numbers still look like every other office number (no device letters on a legal document). A block
that is used up is refused with a message asking for a new one; numbers left unused at the end of a block are a
known, recorded range (the block setting), not a silent gap. The default block (1–9999) suits an office that issues
from one computer only.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date

from safety_desk.errors import ValidationError

KIND_RECORD, KIND_ORDER, KIND_REVIEW, KIND_NOTICE = "record", "order", "review", "notice"
KINDS = (KIND_RECORD, KIND_ORDER, KIND_REVIEW, KIND_NOTICE)
TITLES = {
    KIND_RECORD: "现场检查记录",
    KIND_ORDER: "责令限期整改指令书",
    KIND_REVIEW: "整改复查意见书",
    KIND_NOTICE: "隐患整改通知书",
}
DEFAULT_CODES = {KIND_RECORD: "应急检记", KIND_ORDER: "应急责改", KIND_REVIEW: "应急复查", KIND_NOTICE: "隐患整改"}
DEFAULT_PATTERN = "（{unit}）{code}〔{year}〕{seq}号"
PLACEHOLDERS = ("unit", "code", "year", "seq")
MAX_SEQ = 99_999

STATUS_ISSUED, STATUS_VOID = "issued", "void"
STATUS_TEXT = {STATUS_ISSUED: "有效", STATUS_VOID: "作废"}


def kinds_for(enforcement_power: bool) -> tuple[str, ...]:
    """The kinds a unit may issue, in the order a user meets them during a visit."""
    if enforcement_power:
        return (KIND_RECORD, KIND_ORDER, KIND_REVIEW)
    return (KIND_RECORD, KIND_NOTICE, KIND_REVIEW)


def kind_from_text(text: str) -> str | None:
    """A kind from its key or its Chinese title."""
    text = text.strip()
    if text in KINDS:
        return text
    return next((k for k, t in TITLES.items() if t == text), None)


@dataclass(frozen=True)
class NumberingSettings:
    """How this computer numbers documents: the pattern, each kind's code and this computer's number block."""

    pattern: str = DEFAULT_PATTERN
    codes: dict = field(default_factory=lambda: dict(DEFAULT_CODES))
    block_start: int = 1
    block_end: int = 9999

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "NumberingSettings":
        if not isinstance(data, dict):
            raise ValidationError({"numbering": "文号设置应为一个对象"}, record="文号设置")
        codes = {**DEFAULT_CODES, **(data.get("codes") or {})}
        settings = cls(pattern=data.get("pattern", DEFAULT_PATTERN), codes=codes,
                       block_start=data.get("block_start", 1), block_end=data.get("block_end", 9999))
        settings.validate()
        return settings

    def validate(self) -> None:
        problems: dict[str, str] = {}
        pattern = self.pattern
        if not isinstance(pattern, str) or not pattern.strip():
            problems["pattern"] = "请填写文号格式，如 （{unit}）{code}〔{year}〕{seq}号"
        else:
            names = re.findall(r"\{([^{}]*)\}", pattern)
            unknown = [n for n in names if n not in PLACEHOLDERS]
            if unknown:
                problems["pattern"] = f"文号格式中有未知的占位符 {{{unknown[0]}}}（可用：{{unit}} {{code}} {{year}} {{seq}}）"
            elif "seq" not in names or "year" not in names:
                problems["pattern"] = "文号格式必须含有 {year}（年份）和 {seq}（序号）"
            elif "code" not in names:
                problems["pattern"] = "文号格式必须含有 {code}（文书代字），否则不同文书会出现同一文号"
            elif any(ch in pattern for ch in "\r\n\t") or len(pattern) > 60:
                problems["pattern"] = "文号格式最多 60 个字且不能换行"
        for kind in KINDS:
            code = self.codes.get(kind, "")
            if not isinstance(code, str) or not code.strip() or len(code) > 12:
                problems[f"code_{kind}"] = f"“{TITLES[kind]}”的文书代字应为 1–12 个字"
        if not problems and len({self.codes[k].strip() for k in KINDS}) < len(KINDS):
            problems["codes"] = "各种文书的代字不能相同"
        start, end = self.block_start, self.block_end
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
            problems["block"] = "文号段应为整数"
        elif not (1 <= start <= end <= MAX_SEQ):
            problems["block"] = f"文号段应满足 1 ≤ 起始号 ≤ 终止号 ≤ {MAX_SEQ}（现为 {start}–{end}）"
        if problems:
            raise ValidationError(problems, record="文号设置")

    def number(self, *, unit_short: str, kind: str, year: int, seq: int) -> str:
        """The printed number, e.g. （天桥）应急责改〔2019〕15号."""
        values = {"unit": unit_short, "code": self.codes[kind], "year": str(year), "seq": str(seq)}
        return re.sub(r"\{(unit|code|year|seq)\}", lambda m: values[m.group(1)], self.pattern)


@dataclass(frozen=True)
class IssuedDocument:
    """The register's view of one issued document (发文登记)."""

    id: str
    number: str
    kind: str
    unit: str
    issued_on: date
    inspection_id: str
    enterprise: str
    status: str
    sha256: str
    issued_by: str = ""
    void_reason: str = ""
    voided_on: date | None = None
    finding_ids: tuple[str, ...] = ()
    follows_id: str | None = None
    seq: int = 0
    year: int = 0
    unit_short: str = ""

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def status_text(self) -> str:
        return STATUS_TEXT.get(self.status, self.status)

    def to_json(self) -> dict:
        """The CLI's contract (``document list --json``): exactly these keys."""
        return {"number": self.number, "kind": self.kind, "unit": self.unit, "date": self.issued_on.isoformat(),
                "inspection_id": self.inspection_id, "status": self.status, "sha256": self.sha256}
