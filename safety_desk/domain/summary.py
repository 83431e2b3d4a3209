"""The committee summary (区安委会汇总): district totals, hazards by street, rectification by sector, the weekly
curve of open and overdue major hazards, and the listed majors past their deadline. Plain data; no I/O.

    week_ends(date(2019, 7, 1), date(2019, 7, 20))   # [2019-07-07, 2019-07-14, 2019-07-20]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from safety_desk.domain.lifecycle import ListedOverdueHazard
from safety_desk.domain.monthly import MonthlyFigures


@dataclass(frozen=True)
class StreetHazards:
    street: str
    general: int
    major: int


@dataclass(frozen=True)
class SectorRectification:
    sector: str
    hazards: int
    rectified: int

    @property
    def rate(self) -> float:
        """Percent rectified, 0 when the sector has no hazards."""
        return self.rectified / self.hazards * 100 if self.hazards else 0.0


@dataclass(frozen=True)
class WeekPoint:
    week_end: date
    open_majors: int
    overdue_majors: int


@dataclass
class CommitteeSummary:
    campaign_name: str
    start: date
    end: date
    as_of: date  # the campaign's end, or today while it runs: every figure is as things stood that day
    issuing_unit: str = ""  # 填报单位 as printed
    enterprises_registered: int = 0
    totals: MonthlyFigures = field(default_factory=MonthlyFigures)
    majors_listed_open: int = 0  # listed, not delisted, not written off
    majors_listed_overdue: int = 0
    by_street: list[StreetHazards] = field(default_factory=list)
    by_sector: list[SectorRectification] = field(default_factory=list)
    weeks: list[WeekPoint] = field(default_factory=list)
    overdue_listed: list[ListedOverdueHazard] = field(default_factory=list)


def week_ends(start: date, end: date) -> list[date]:
    """The last day of each campaign week (weeks counted from ``start``); the last one is cut at ``end``."""
    days, day = [], start + timedelta(days=6)
    while day < end:
        days.append(day)
        day += timedelta(days=7)
    if end >= start:
        days.append(end)
    return days
