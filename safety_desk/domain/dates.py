"""Dates as people type them into a form: "2019-09-30", "2019/9/30", "2019.9.30", "20190930", "2019年9月30日".

    parse_typed_date("2019/9/30")   # date(2019, 9, 30)
    parse_typed_date("")            # None: the field is empty
    parse_typed_date("2019-09-31")  # ValueError("“2019-09-31” 不是有效日期（该月没有 31 日）")
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_SEPARATED = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")


def parse_typed_date(text: str) -> date | None:
    """The date a user typed; None for an empty field; ValueError with a message a user can act on."""
    cleaned = text.strip().translate(_FULL_WIDTH)
    if not cleaned:
        return None
    match = _SEPARATED.match(cleaned) or _COMPACT.match(cleaned)
    if not match:
        raise ValueError(f"“{text.strip()}” 不是日期，请按 年-月-日 填写，如 2019-09-30")
    year, month, day = (int(g) for g in match.groups())
    if not 1900 <= year <= 2999:
        raise ValueError(f"“{text.strip()}” 的年份 {year} 不合理")
    if not 1 <= month <= 12:
        raise ValueError(f"“{text.strip()}” 不是有效日期（没有 {month} 月）")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueError(f"“{text.strip()}” 不是有效日期（{month} 月没有 {day} 日）")
    return date(year, month, day)
