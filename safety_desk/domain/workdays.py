"""The Chinese working-day calendar: weekends, public holidays and the 调休 weekend workdays. Pure: no I/O.

Each year the State Council's office publishes 《国务院办公厅关于 YYYY 年部分节假日安排的通知》 around November: which
days are off (放假调休) and which weekend days are worked instead (上班). The program ships those tables
(forms/workdays/) and an office adds later years; ``services.workdays`` reads them into a ``WorkCalendar``::

    cal = WorkCalendar([YearTable(2026, "国务院办公厅关于2026年部分节假日安排的通知", (
        Holiday("春节", date(2026, 2, 15), date(2026, 2, 23), (date(2026, 2, 14), date(2026, 2, 28))),))])
    add_workdays(date(2026, 2, 13), 1, cal)            # 2026-02-14, a Saturday worked instead
    warnings: list[str] = []
    add_workdays(date(2027, 1, 4), 20, cal, warnings=warnings)   # counted on weekends only, and ``warnings`` says so

**How days are counted** — as offices mean “within N working days after X” (“N 个工作日内”): the day X itself is
not counted, the first working day after X is day 1, and the deadline is the N-th working day after X.
``workdays_between(a, b)`` counts the working days ``d`` with ``a < d <= b`` (the start excluded, the end included),
so ``workdays_between(a, add_workdays(a, n)) == n``.

**Uncovered years**: a day in a year that no table covers is a working day on Monday–Friday and off on Saturday and
Sunday (holidays unknown). Every computation that looked at such a day reports the year: ``WorkdayResult.uncovered``
or a line appended to ``warnings`` (``uncovered_warning``), so the UI and the CLI can tell the user.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

# Beyond this, a count is almost certainly a typo (20 working days is the usual figure); it also bounds the loop.
MAX_WORKDAYS = 10_000


@dataclass(frozen=True)
class Holiday:
    """One holiday of a notice: days off from ``start`` to ``end`` (both included), and the weekend days worked."""

    name: str
    start: date
    end: date
    workdays: tuple[date, ...] = ()

    def days_off(self) -> Iterable[date]:
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)


@dataclass(frozen=True)
class YearTable:
    """The holidays one year's notice sets. Its days may spill into the neighbouring year (元旦 from 12-30)."""

    year: int
    notice: str
    holidays: tuple[Holiday, ...]
    source: str = ""  # the file it was read from, for messages


@dataclass(frozen=True)
class WorkdayResult:
    """A computed date or count, and the years it touched that the calendar does not cover."""

    value: date | int
    uncovered: tuple[int, ...] = ()

    @property
    def warning(self) -> str:
        return uncovered_warning(self.uncovered)


def uncovered_warning(years: Iterable[int]) -> str:
    """One Chinese sentence naming the uncovered years, or "" when there are none."""
    years = sorted(set(years))
    if not years:
        return ""
    named = "、".join(str(y) for y in years)
    return (f"工作日历未收录 {named} 年的节假日安排：该年只按周六、周日休息计算，未计法定节假日和调休，"
            f"结果可能不准确")


class WorkCalendar:
    """Working days from year tables; years without a table count weekends only.

    A later table for the same year replaces the earlier one (an office's correction wins over the shipped table).
    """

    def __init__(self, tables: Iterable[YearTable] = (), *, source: str = "") -> None:
        self.source = source
        self._tables: dict[int, YearTable] = {}
        for table in tables:
            self._tables[table.year] = table
        self._off: dict[date, str] = {}
        self._on: dict[date, str] = {}
        for table in sorted(self._tables.values(), key=lambda t: t.year):
            for holiday in table.holidays:
                for day in holiday.days_off():
                    self._off[day] = holiday.name
                    self._on.pop(day, None)
                for day in holiday.workdays:
                    self._on[day] = holiday.name
                    self._off.pop(day, None)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted(self._tables))

    def table(self, year: int) -> YearTable | None:
        return self._tables.get(year)

    def covered(self, year: int) -> bool:
        return year in self._tables

    def holiday_name(self, day: date) -> str:
        """The holiday a day off belongs to, or "" (also for a 调休 workday: see ``adjusted_workday``)."""
        return self._off.get(day, "")

    def adjusted_workday(self, day: date) -> str:
        """The holiday for which this weekend day is worked (调休上班), or ""."""
        return self._on.get(day, "")

    def is_workday(self, day: date) -> bool:
        if day in self._on:
            return True
        if day in self._off:
            return False
        return day.weekday() < 5

    def uncovered_years(self, first: date, last: date) -> tuple[int, ...]:
        """The years between two days (in either order, both included) that no table covers."""
        low, high = sorted((first, last))
        return tuple(y for y in range(low.year, high.year + 1) if y not in self._tables)

    def add(self, day: date, n: int) -> WorkdayResult:
        """The n-th working day after ``day`` (``day`` itself not counted; n = 0 gives ``day``)."""
        n = _check_count(n)
        current = day
        remaining = n
        while remaining:
            current += timedelta(days=1)
            if self.is_workday(current):
                remaining -= 1
        return WorkdayResult(current, self.uncovered_years(day, current) if n else ())

    def between(self, a: date, b: date) -> WorkdayResult:
        """Working days ``d`` with ``a < d <= b``; negative (−count of ``b < d <= a``) when b is before a."""
        if b < a:
            result = self.between(b, a)
            return WorkdayResult(-int(result.value), result.uncovered)
        if a == b:
            return WorkdayResult(0)
        count = 0
        day = a
        while day < b:
            day += timedelta(days=1)
            if self.is_workday(day):
                count += 1
        return WorkdayResult(count, self.uncovered_years(a + timedelta(days=1), b))


def _check_count(n: int) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"working-day count must be an int, not {type(n).__name__}")
    if not 0 <= n <= MAX_WORKDAYS:
        raise ValueError(f"working-day count must be between 0 and {MAX_WORKDAYS}, not {n}")
    return n


WEEKENDS_ONLY = WorkCalendar(source="")


def _report(result: WorkdayResult, warnings: list[str] | None) -> None:
    if warnings is not None and result.uncovered:
        text = result.warning
        if text not in warnings:
            warnings.append(text)


def add_workdays(day: date, n: int, calendar: WorkCalendar | None = None, *,
                 warnings: list[str] | None = None) -> date:
    """The n-th working day after ``day`` (not counting ``day``). ``calendar=None`` counts weekends only.

    Pass a list as ``warnings`` to learn (one line per call) that an uncovered year was counted on weekends only.
    """
    result = (WEEKENDS_ONLY if calendar is None else calendar).add(day, n)
    _report(result, warnings)
    return result.value  # type: ignore[return-value]


def workdays_between(a: date, b: date, calendar: WorkCalendar | None = None, *,
                     warnings: list[str] | None = None) -> int:
    """Working days after ``a`` up to and including ``b`` (see the module docstring); negative when b < a."""
    result = (WEEKENDS_ONLY if calendar is None else calendar).between(a, b)
    _report(result, warnings)
    return result.value  # type: ignore[return-value]


def covered(year: int, calendar: WorkCalendar | None = None) -> bool:
    """Whether the calendar has the State Council's table for ``year`` (``None``: the empty calendar, never)."""
    return (WEEKENDS_ONLY if calendar is None else calendar).covered(year)


__all__ = ["Holiday", "YearTable", "WorkdayResult", "WorkCalendar", "WEEKENDS_ONLY", "MAX_WORKDAYS",
           "add_workdays", "workdays_between", "covered", "uncovered_warning"]
