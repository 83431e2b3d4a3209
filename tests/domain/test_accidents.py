"""Accident grades per 国务院令第493号 第三条 at every boundary ("以上" includes the number, "以下" excludes it),
accident types, and the validation of the register's record."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.domain.accidents import (
    ACCIDENT_TYPES,
    GRADE_TABLE,
    GRADES,
    Accident,
    GradeBand,
    accident_grade,
    accident_problems,
    grade_reasons,
    is_explosion,
    table_problems,
)
from safety_desk.domain.money import parse_yuan


def grade(deaths: int = 0, injured: int = 0, loss_yuan: str = "0") -> str:
    return accident_grade(deaths=deaths, serious_injuries=injured, direct_loss_fen=parse_yuan(loss_yuan))


@pytest.mark.parametrize(("deaths", "expected"), [
    (0, "一般"), (1, "一般"), (2, "一般"),           # 3人以下死亡: 3 is not "below 3"
    (3, "较大"), (9, "较大"),                        # 3人以上10人以下
    (10, "重大"), (29, "重大"),                      # 10人以上30人以下
    (30, "特别重大"), (31, "特别重大"), (300, "特别重大"),  # 30人以上
])
def test_deaths(deaths: int, expected: str):
    assert grade(deaths=deaths) == expected


@pytest.mark.parametrize(("injured", "expected"), [
    (9, "一般"), (10, "较大"), (49, "较大"), (50, "重大"), (99, "重大"), (100, "特别重大"),
])
def test_serious_injuries(injured: int, expected: str):
    assert grade(injured=injured) == expected


@pytest.mark.parametrize(("loss", "expected"), [
    ("9,999,999.99", "一般"), ("10,000,000", "较大"),
    ("49,999,999.99", "较大"), ("50,000,000", "重大"),
    ("99,999,999.99", "重大"), ("100,000,000", "特别重大"),
])
def test_direct_loss_in_yuan(loss: str, expected: str):
    assert grade(loss_yuan=loss) == expected


def test_any_one_criterion_decides_and_the_most_severe_wins():
    assert grade(deaths=2, injured=9, loss_yuan="9,999,999.99") == "一般"
    assert grade(deaths=0, injured=10, loss_yuan="0") == "较大"
    assert grade(deaths=3, injured=60, loss_yuan="1") == "重大"
    assert grade(deaths=1, injured=0, loss_yuan="100,000,000") == "特别重大"


def test_the_table_tiles_every_measure_and_keeps_the_regulations_words():
    assert table_problems() == []
    assert [b.grade for b in GRADE_TABLE] == list(reversed(GRADES))
    assert "3人以上10人以下死亡" in next(b for b in GRADE_TABLE if b.grade == "较大").wording
    gap = (GradeBand("较大", (4, 10), (10, 50), (0, None), ""), GradeBand("一般", (0, 3), (0, 10), (0, None), ""))
    assert any("deaths" in p for p in table_problems(gap))


def test_grade_reasons_name_the_deciding_measures():
    assert grade_reasons(deaths=3, serious_injuries=2, direct_loss_fen=0) == ["死亡 3 人"]
    assert grade_reasons(deaths=0, serious_injuries=12, direct_loss_fen=parse_yuan("20,000,000")) == [
        "重伤 12 人", "直接经济损失 2,000.00 万元"]


def test_explosion_and_deflagration_count_as_爆燃():
    assert is_explosion("爆炸") and is_explosion("燃爆") and is_explosion("爆燃") and is_explosion(" 燃爆 ")
    assert not any(is_explosion(t) for t in ACCIDENT_TYPES if t not in ("爆炸", "燃爆"))
    assert {"爆炸", "燃爆", "火灾", "中毒窒息", "机械伤害", "高处坠落", "触电", "坍塌", "物体打击", "道路交通", "其他"} == set(
        ACCIDENT_TYPES)
    assert Accident(date(2019, 8, 1), "燃爆", deaths=3).is_explosion


def test_the_record_computes_its_grade_and_reporting():
    a = Accident(date(2019, 8, 1), "机械伤害", street="北园街道", serious_injuries=10, reporting="迟报")
    assert a.grade == "较大" and a.misreported
    a.serious_injuries = 9
    assert a.grade == "一般"


def test_validation_names_each_bad_field():
    today = date(2019, 9, 1)
    good = Accident(date(2019, 8, 1), "火灾", street="北园街道")
    assert accident_problems(good, today=today) == {}
    bad = Accident(date(2019, 9, 2), "雷击", street=" ", deaths=-1, serious_injuries=2, direct_loss_fen=-5,
                   reporting="不知道")
    problems = accident_problems(bad, today=today)
    assert set(problems) == {"occurred_on", "accident_type", "street", "deaths", "direct_loss_fen", "reporting"}
    assert "晚于今天" in problems["occurred_on"]
    assert "occurred_on" in accident_problems(Accident(None, "火灾", street="北园街道"), today=today)


@pytest.mark.parametrize(("text", "fen"), [("10,000,000", 1_000_000_000), ("９９９９９９９.９９元", 999_999_999),
                                          ("", None), ("¥ 1 000", 100_000)])
def test_yuan_parsing(text: str, fen: int | None):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["一千万", "-5", "1.001", "1e400", "nan"])
def test_yuan_parsing_refuses_what_is_not_an_amount(text: str):
    with pytest.raises(ValueError, match="直接经济损失"):
        parse_yuan(text, label="直接经济损失")
