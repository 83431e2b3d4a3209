from datetime import date

import pytest

from safety_desk.domain.dates import parse_typed_date


@pytest.mark.parametrize("typed", ["2019-09-30", "2019/9/30", "2019.9.30", "20190930", "2019年9月30日",
                                   " ２０１９－０９－３０ "])
def test_the_ways_people_type_a_date(typed):
    assert parse_typed_date(typed) == date(2019, 9, 30)


def test_empty_is_no_date():
    assert parse_typed_date("  ") is None


@pytest.mark.parametrize("typed, why", [("2019-09-31", "9 月没有 31 日"), ("2019-13-01", "没有 13 月"),
                                        ("2019-02-29", "2 月没有 29 日"), ("30.9.2019", "年-月-日"),
                                        ("2019-09-3x", "不是日期"), ("0019-09-30", "年份")])
def test_what_is_not_a_date_says_why(typed, why):
    with pytest.raises(ValueError, match=why):
        parse_typed_date(typed)


def test_leap_day():
    assert parse_typed_date("2020-2-29") == date(2020, 2, 29)
