"""Working-day arithmetic on hand-built tables: counting conventions and the uncovered-year warning."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.domain.workdays import (
    Holiday,
    WorkCalendar,
    YearTable,
    add_workdays,
    covered,
    workdays_between,
)

SPRING_2026 = Holiday("春节", date(2026, 2, 15), date(2026, 2, 23), (date(2026, 2, 14), date(2026, 2, 28)))
CAL = WorkCalendar([YearTable(2026, "国务院办公厅关于2026年部分节假日安排的通知", (SPRING_2026,))])


def test_the_day_itself_is_not_counted_and_a_tiaoxiu_saturday_is_worked():
    assert add_workdays(date(2026, 2, 12), 1, CAL) == date(2026, 2, 13)  # Thu → Fri
    assert add_workdays(date(2026, 2, 13), 1, CAL) == date(2026, 2, 14)  # Fri → the Saturday worked (调休)
    assert add_workdays(date(2026, 2, 14), 1, CAL) == date(2026, 2, 24)  # the whole Spring Festival is off
    assert add_workdays(date(2026, 2, 13), 0, CAL) == date(2026, 2, 13)


def test_between_excludes_the_start_and_includes_the_end():
    assert workdays_between(date(2026, 2, 13), date(2026, 2, 24), CAL) == 2  # 14th (调休) and 24th
    assert workdays_between(date(2026, 2, 24), date(2026, 2, 13), CAL) == -2
    assert workdays_between(date(2026, 3, 2), date(2026, 3, 2), CAL) == 0
    for n in range(0, 40):
        assert workdays_between(date(2026, 2, 10), add_workdays(date(2026, 2, 10), n, CAL), CAL) == n


def test_twenty_working_days_across_the_spring_festival():
    # 2026-02-10 (Tue): 11–13, 14 (Saturday worked) = 4; 24–27 Feb = 8; 28 (Saturday worked) = 9; 2–6 Mar = 14;
    # 9–13 Mar = 19; the 20th is Monday 16 Mar (weekends only it would be Mon 9 Mar)
    assert add_workdays(date(2026, 2, 10), 20, CAL) == date(2026, 3, 16)
    assert add_workdays(date(2026, 2, 10), 20) == date(2026, 3, 10)


def test_an_uncovered_year_counts_weekends_only_and_says_so():
    warnings: list[str] = []
    assert add_workdays(date(2027, 2, 5), 1, CAL, warnings=warnings) == date(2027, 2, 8)  # Fri → Mon
    assert len(warnings) == 1 and "2027" in warnings[0] and "周六、周日" in warnings[0]
    result = CAL.add(date(2026, 12, 25), 20)
    assert result.uncovered == (2027,) and "2027 年" in result.warning
    assert CAL.add(date(2026, 3, 2), 20).uncovered == ()
    assert CAL.between(date(2025, 12, 30), date(2026, 1, 5)).uncovered == (2025,)


def test_a_covered_computation_adds_no_warning():
    warnings: list[str] = []
    workdays_between(date(2026, 1, 5), date(2026, 6, 1), CAL, warnings=warnings)
    assert warnings == []


def test_without_a_calendar_nothing_is_covered():
    assert not covered(2026)
    assert covered(2026, CAL) and not covered(2025, CAL)
    warnings: list[str] = []
    assert add_workdays(date(2026, 2, 13), 1, warnings=warnings) == date(2026, 2, 16)
    assert warnings


def test_a_later_table_for_the_same_year_replaces_the_earlier():
    fixed = YearTable(2026, "更正", (Holiday("春节", date(2026, 2, 16), date(2026, 2, 20)),))
    cal = WorkCalendar([CAL.table(2026), fixed])
    assert cal.is_workday(date(2026, 2, 14)) is False  # the correction has no 调休 Saturday
    assert cal.is_workday(date(2026, 2, 23)) is True


@pytest.mark.parametrize("bad", [-1, 10_001])
def test_a_count_out_of_range_is_refused(bad):
    with pytest.raises(ValueError):
        add_workdays(date(2026, 1, 5), bad, CAL)
