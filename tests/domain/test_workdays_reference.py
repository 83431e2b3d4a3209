"""The shipped working-day table against an independent, well-kept calendar (the ``chinesecalendar`` package).

chinesecalendar 1.11 covers 2004–2026, so the comparison runs over every day of 2019–2026, the years we ship.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

cc = pytest.importorskip("chinese_calendar")

from safety_desk.services.workdays import load_calendar  # noqa: E402

FIRST, LAST = date(2019, 1, 1), date(2026, 12, 31)


def _days(first: date = FIRST, last: date = LAST):
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


@pytest.fixture(scope="module")
def cal():
    return load_calendar()


def test_the_shipped_table_covers_2019_to_2026(cal):
    assert cal.years == tuple(range(2019, 2027))


def test_every_day_is_a_workday_exactly_when_the_reference_says_so(cal):
    wrong = [(d, cal.is_workday(d)) for d in _days() if cal.is_workday(d) != cc.is_workday(d)]
    assert wrong == []


def test_holiday_names_agree_on_every_day_off_that_is_not_a_weekend(cal):
    # the reference marks each day off with its holiday; ours must mark the same days (names are Chinese here)
    ours = {d for d in _days() if cal.holiday_name(d)}
    theirs = {d for d in _days() if cc.is_holiday(d) and cc.get_holiday_detail(d)[1] is not None}
    assert ours == theirs


@pytest.mark.parametrize("n", [1, 20])
def test_adding_working_days_matches_the_reference_from_every_day(cal, n):
    # the reference's find_workday(k, d) is the k-th working day after the first working day on or after d
    last = LAST - timedelta(days=60)  # the result must stay inside the reference's years
    wrong = []
    for d in _days(last=last):
        expected = cc.find_workday(n if cc.is_workday(d) else n - 1, d)
        got = cal.add(d, n)
        if got.value != expected or got.uncovered:
            wrong.append((d, got, expected))
    assert wrong == []


def test_counting_between_matches_the_reference_from_every_day(cal):
    # the reference's running count of working days: between(a, b) = count(b) - count(a)
    running, total = {}, 0
    for d in _days():
        total += cc.is_workday(d)
        running[d] = total
    wrong = []
    for a in _days(last=LAST - timedelta(days=45)):
        for span in (1, 6, 30, 45):
            b = a + timedelta(days=span)
            if cal.between(a, b).value != running[b] - running[a]:
                wrong.append((a, b))
    assert wrong == []
    assert cal.between(date(2019, 12, 31), date(2020, 2, 3)).value == len(
        cc.get_workdays(date(2020, 1, 1), date(2020, 2, 3)))
