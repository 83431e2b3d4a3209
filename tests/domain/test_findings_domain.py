"""The five fields, funds and deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.domain.findings import (
    FiveFields,
    Finding,
    deadline_problem,
    format_funds,
    is_overdue,
    needs_five_fields,
    parse_funds,
)


@pytest.mark.parametrize(
    ("text", "fen"),
    [("12500", 1250000), ("12,500.5", 1250050), ("１２５００元", 1250000), ("0", 0), ("", None), ("¥3.07", 307)],
)
def test_funds_are_parsed_exactly(text, fen):
    assert parse_funds(text) == fen


@pytest.mark.parametrize(("text", "words"), [("-1", "负数"), ("abc", "金额"), ("1.005", "两位小数"), ("NaN", "金额"), ("1e400", "过大")])
def test_bad_funds_say_why(text, words):
    with pytest.raises(ValueError, match=words):
        parse_funds(text)


def test_format_funds():
    assert format_funds(1250050) == "12,500.50"
    assert format_funds(None) == ""


def test_deadline_not_before_the_finding():
    assert deadline_problem(date(2019, 8, 1), date(2019, 8, 2))
    assert deadline_problem(date(2019, 8, 2), date(2019, 8, 2)) is None
    assert deadline_problem(None, date(2019, 8, 2)) is None


def test_overdue_is_derived_from_today():
    assert is_overdue(date(2019, 9, 1), "整改中", today=date(2019, 9, 2))
    assert not is_overdue(date(2019, 9, 1), "整改中", today=date(2019, 9, 1))
    assert not is_overdue(date(2019, 9, 1), "已销号", today=date(2019, 9, 2))


def test_which_hazards_need_the_five_fields():
    assert needs_five_fields("重大", "立即整改")
    assert needs_five_fields("一般", "限期整改")
    assert not needs_five_fields("一般", "立即整改")


def test_missing_lists_each_unset_field():
    five = FiveFields(responsible_unit="安全科", measures="更换", funds_fen=0)
    assert five.missing() == ["责任（整改责任单位和责任人）", "时限（整改时限）", "预案（应急预案）"]
    f = Finding(id="x", enterprise_id="e", found_date=date(2019, 8, 1), level="一般", rectification_mode="立即整改",
                description="灭火器过期")
    assert f.missing_for_ledger() == []
