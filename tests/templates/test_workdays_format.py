"""Working-day table files: a malformed one gets an error naming file, line and field."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.templates.errors import TemplateError
from safety_desk.templates.workdays_format import parse_workday_tables

HEAD = "years:\n  - year: 2027\n    notice: 国务院办公厅关于2027年部分节假日安排的通知\n    holidays:\n"


def test_a_good_year_reads_as_the_notice_says():
    [table] = parse_workday_tables(HEAD + "      - {name: 春节, from: 2027-02-05, to: 2027-02-11, "
                                          "workdays: [2027-01-31]}\n")
    assert table.year == 2027 and table.holidays[0].name == "春节"
    assert table.holidays[0].workdays == (date(2027, 1, 31),)
    assert len(list(table.holidays[0].days_off())) == 7


@pytest.mark.parametrize("holiday, row, column, words", [
    ("      - {name: 春节, from: 2027-02-31, to: 2027-03-01}\n", 5, "years[0].holidays[0].from", "应为日期"),
    ("      - {name: 春节, from: 2027-02-05, to: 2027-02-01}\n", 5, "years[0].holidays[0].to", "早于"),
    ("      - {name: 春节, from: 2027-02-05, to: 2027-02-11, workdays: [2027-02-01]}\n", 5,
     "years[0].holidays[0].workdays[0]", "周六或周日"),
    ("      - {name: 春节, from: 2027-02-05}\n", 5, "years[0].holidays[0].to", "缺少"),
    ("      - {name: 春节, from: 2027-02-05, to: 2027-02-11, day: 3}\n", 5, "years[0].holidays[0].day", "未知字段"),
    ("      - {name: 春节, from: 2029-02-05, to: 2029-02-11}\n", 5, "years[0].holidays[0].from", "前后一年"),
    ("      - {name: 春节, from: 2027-01-01, to: 2027-03-01}\n", 5, "years[0].holidays[0].to", "超过"),
    ("      - {name: 元旦, from: 2027-01-01, to: 2027-01-03}\n      - {name: 又一个, from: 2027-01-03, to: 2027-01-03}\n",
     2, "years[0].holidays", "同时属于"),
])
def test_malformed_holiday_is_located(holiday, row, column, words):
    with pytest.raises(TemplateError) as caught:
        parse_workday_tables(HEAD + holiday, file="2027.yaml")
    err = caught.value
    assert (err.file, err.row, err.column) == ("2027.yaml", row, column)
    assert words in err.message and "2027.yaml" in str(err)


def test_a_year_given_twice_and_a_bad_year_are_located():
    twice = HEAD + "      - {name: 元旦, from: 2027-01-01, to: 2027-01-01}\n" + HEAD[7:] + \
        "      - {name: 元旦, from: 2027-01-01, to: 2027-01-01}\n"
    with pytest.raises(TemplateError, match="出现了两次"):
        parse_workday_tables(twice, file="x.yaml")
    with pytest.raises(TemplateError, match="年份应为") as caught:
        parse_workday_tables(HEAD.replace("2027", "二〇二七", 1), file="x.yaml")
    assert caught.value.row == 2
    with pytest.raises(TemplateError, match="YAML 语法错误"):
        parse_workday_tables("years: [", file="x.yaml")
    with pytest.raises(TemplateError, match="为空"):
        parse_workday_tables("", file="x.yaml")
