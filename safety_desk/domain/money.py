"""Amounts of money as typed by a user (yuan, maybe with separators or full-width digits) ↔ exact fen integers.

``findings.parse_funds`` words its messages for rectification funds; fines and accident losses need the same
parsing with their own field name in the message, so the label is a parameter here.

    parse_yuan("1,000万")        # ValueError: units other than 元 are not guessed
    parse_yuan("10,000,000")     # 1_000_000_000 fen
    parse_yuan("", label="罚款金额")  # None
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

MAX_FEN = 10**15  # far above any fine or loss; guards against a typo of many zeros
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－", "0123456789.-")


def parse_yuan(text: str, *, label: str = "金额") -> int | None:
    """Yuan → fen; None for an empty field. ValueError naming ``label`` for anything else that is not an amount."""
    raw = text.strip()
    cleaned = raw
    for junk in (",", "，", " ", "元", "￥", "¥"):
        cleaned = cleaned.replace(junk, "")
    cleaned = cleaned.translate(_FULL_WIDTH)
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{label}应为金额（元），而不是 “{raw}”") from None
    if not value.is_finite():
        raise ValueError(f"{label}应为金额（元），而不是 “{raw}”")
    if value < 0:
        raise ValueError(f"{label}不能为负数")
    # the size check comes first: quantize() of a huge value (1e400) overflows the decimal context
    if value * 100 > MAX_FEN:
        raise ValueError(f"{label}数额过大")
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"{label}最多精确到分（两位小数）")
    return int(value * 100)


def yuan_text(fen: int | None) -> str:
    """Fen → "12,500.50"; "" for None. What a form field shows and ``parse_yuan`` reads back."""
    if fen is None:
        return ""
    return f"{Decimal(fen) / 100:,.2f}"
