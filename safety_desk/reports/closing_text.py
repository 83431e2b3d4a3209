"""The words every report ends with, the same in its PDF and its xlsx: signature and seal lines, the as-of note."""

from __future__ import annotations

from datetime import date


def signature_lines(unit: str = "") -> list[str]:
    """The signature and seal lines (填表人、审核人、负责人签字；填报单位盖章；日期)."""
    return ["填表人（签字）：__________    审核人（签字）：__________    负责人（签字）：__________",
            f"填报单位（盖章）：{unit or '____________________'}        日期：______年____月____日"]


def as_of_note(as_of: date) -> str:
    """Period figures are what was true on the period's last day: later listings, write-offs and delays do not count."""
    return (f"数据截至 {as_of.isoformat()}：整改、挂牌督办、销号、逾期等状态均按该日计算，"
            "此后发生的变化不计入本期。")
