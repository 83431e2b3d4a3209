"""Production-safety accidents (生产安全事故): types, the grade of 国务院令第493号, and the register's record.

The grade is derived, never stored: it follows from deaths, serious injuries and direct loss, so an edit of any of
them regrades the accident and a changed table (a new regulation) regrades them all.

    accident_grade(deaths=3, serious_injuries=0, direct_loss_fen=0)   # "较大"
    is_explosion("燃爆")                                               # True: counts as 爆燃 for the veto rules
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# --- types ---------------------------------------------------------------------------------------------------------

TYPE_EXPLOSION, TYPE_DEFLAGRATION = "爆炸", "燃爆"
ACCIDENT_TYPES = (
    TYPE_EXPLOSION, TYPE_DEFLAGRATION, "火灾", "中毒窒息", "机械伤害", "高处坠落", "触电", "坍塌", "物体打击", "道路交通",
    "其他",
)
# The plan's "爆燃事故" (Attachment 2) covers explosions and deflagrations alike. "爆燃" is the plan's own word and
# what an imported sheet may say, so it is recognised here although the form offers "燃爆".
EXPLOSION_TYPES = frozenset({TYPE_EXPLOSION, TYPE_DEFLAGRATION, "爆燃"})


def is_explosion(accident_type: str) -> bool:
    """Whether an accident of this type is an explosion/deflagration (爆燃) in the sense of the veto rules."""
    return (accident_type or "").strip() in EXPLOSION_TYPES


# --- reporting (Attachment 1 一: 迟报、漏报、谎报、瞒报) ----------------------------------------------------------------

REPORTED_ON_TIME = "按时报告"
REPORTING = (REPORTED_ON_TIME, "迟报", "漏报", "谎报", "瞒报")

# --- grades: 《生产安全事故报告和调查处理条例》(国务院令第493号) 第三条 ---------------------------------------------------

GRADE_GENERAL, GRADE_LARGER, GRADE_MAJOR, GRADE_EXTRAORDINARY = "一般", "较大", "重大", "特别重大"
GRADES = (GRADE_GENERAL, GRADE_LARGER, GRADE_MAJOR, GRADE_EXTRAORDINARY)  # least severe first

WAN_YUAN_FEN = 10_000 * 100  # 1万元 in fen
YI_YUAN_FEN = 10_000 * WAN_YUAN_FEN  # 1亿元 in fen

Range = tuple[int, int | None]  # [lower, upper): None is "no upper bound"


@dataclass(frozen=True)
class GradeBand:
    """One paragraph of 第三条. Each measure's range is half-open, because the article says: "本条第一款所称的
    '以上'包括本数，所称的'以下'不包括本数" — "3人以上10人以下" is 3 ≤ deaths < 10.
    """

    grade: str
    deaths: Range
    serious_injuries: Range  # 重伤, including acute industrial poisoning (包括急性工业中毒)
    direct_loss_fen: Range
    wording: str


# Most severe first; the first band any measure falls into is the grade ("或者": one criterion is enough).
GRADE_TABLE: tuple[GradeBand, ...] = (
    GradeBand(GRADE_EXTRAORDINARY, (30, None), (100, None), (YI_YUAN_FEN, None),
              "造成30人以上死亡，或者100人以上重伤（包括急性工业中毒，下同），或者1亿元以上直接经济损失的事故"),
    GradeBand(GRADE_MAJOR, (10, 30), (50, 100), (5_000 * WAN_YUAN_FEN, YI_YUAN_FEN),
              "造成10人以上30人以下死亡，或者50人以上100人以下重伤，或者5000万元以上1亿元以下直接经济损失的事故"),
    GradeBand(GRADE_LARGER, (3, 10), (10, 50), (1_000 * WAN_YUAN_FEN, 5_000 * WAN_YUAN_FEN),
              "造成3人以上10人以下死亡，或者10人以上50人以下重伤，或者1000万元以上5000万元以下直接经济损失的事故"),
    GradeBand(GRADE_GENERAL, (0, 3), (0, 10), (0, 1_000 * WAN_YUAN_FEN),
              "造成3人以下死亡，或者10人以下重伤，或者1000万元以下直接经济损失的事故"),
)
_MEASURES = ("deaths", "serious_injuries", "direct_loss_fen")


def _within(value: int, bounds: Range) -> bool:
    lower, upper = bounds
    return value >= lower and (upper is None or value < upper)


def accident_grade(*, deaths: int, serious_injuries: int, direct_loss_fen: int,
                   table: tuple[GradeBand, ...] = GRADE_TABLE) -> str:
    """The grade of an accident: the most severe band that any of the three measures reaches."""
    values = {"deaths": deaths, "serious_injuries": serious_injuries, "direct_loss_fen": direct_loss_fen}
    for band in table:
        if any(_within(values[m], getattr(band, m)) for m in _MEASURES):
            return band.grade
    raise ValueError(f"no grade for {values}: the grade table leaves a gap")  # table_problems() rules this out


def grade_reasons(*, deaths: int, serious_injuries: int, direct_loss_fen: int,
                  table: tuple[GradeBand, ...] = GRADE_TABLE) -> list[str]:
    """Which measures put the accident in its grade, in words ("死亡 3 人"); empty for 一般 with nothing to report."""
    grade = accident_grade(deaths=deaths, serious_injuries=serious_injuries, direct_loss_fen=direct_loss_fen,
                           table=table)
    band = next(b for b in table if b.grade == grade)
    reasons = []
    if deaths and _within(deaths, band.deaths):
        reasons.append(f"死亡 {deaths} 人")
    if serious_injuries and _within(serious_injuries, band.serious_injuries):
        reasons.append(f"重伤 {serious_injuries} 人")
    if direct_loss_fen and _within(direct_loss_fen, band.direct_loss_fen):
        reasons.append(f"直接经济损失 {direct_loss_fen / WAN_YUAN_FEN:,.2f} 万元")
    return reasons


def table_problems(table: tuple[GradeBand, ...] = GRADE_TABLE) -> list[str]:
    """Gaps or overlaps in a grade table: for each measure the bands must tile [0, ∞) with no hole and no overlap."""
    problems = []
    for measure in _MEASURES:
        ranges = sorted(getattr(b, measure) for b in table)
        if ranges[0][0] != 0:
            problems.append(f"{measure}: starts at {ranges[0][0]}, not 0")
        for (_, upper), (lower, _) in zip(ranges, ranges[1:]):
            if upper != lower:
                problems.append(f"{measure}: {upper} ≠ {lower}")
        if ranges[-1][1] is not None:
            problems.append(f"{measure}: no open-ended top band")
    return problems


# --- the register's record ------------------------------------------------------------------------------------------

MAX_PEOPLE = 100_000  # a typo guard; the worst accidents on record are far below it
MAX_TEXT = 5_000


@dataclass
class Accident:
    """An accident in the district. ``enterprise_id`` is None for a unit outside the register (an illegal workshop);
    ``street`` is where it happened, which the street-level veto rules need either way."""

    occurred_on: date | None
    accident_type: str
    street: str = ""
    enterprise_id: str | None = None
    deaths: int = 0
    serious_injuries: int = 0
    direct_loss_fen: int = 0
    illegal_production: bool = False  # 非法生产经营事故
    cause_poor_rectification: bool = False  # 因风险隐患排查整改不力导致
    cause_three_violations: bool = False  # 因"三违"行为导致
    reporting: str = REPORTED_ON_TIME
    description: str = ""
    id: str = ""
    enterprise_name: str = ""  # read from the register for display; not stored with the accident

    @property
    def grade(self) -> str:
        return accident_grade(deaths=self.deaths, serious_injuries=self.serious_injuries,
                              direct_loss_fen=self.direct_loss_fen)

    @property
    def is_explosion(self) -> bool:
        return is_explosion(self.accident_type)

    @property
    def misreported(self) -> bool:
        """Late, omitted, false or concealed report (迟报、漏报、谎报、瞒报)."""
        return self.reporting != REPORTED_ON_TIME


def accident_problems(a: Accident, *, today: date) -> dict[str, str]:
    """Field → message for every invalid value; empty when the accident may be saved."""
    problems: dict[str, str] = {}
    if a.occurred_on is None:
        problems["occurred_on"] = "事故发生日期不能为空"
    elif a.occurred_on > today:
        problems["occurred_on"] = f"事故发生日期 {a.occurred_on.isoformat()} 晚于今天"
    if a.accident_type not in ACCIDENT_TYPES:
        problems["accident_type"] = f"事故类型应为 {'/'.join(ACCIDENT_TYPES)} 之一"
    if not a.street.strip():
        problems["street"] = "事故发生地所在街道不能为空"
    for attr, label in (("deaths", "死亡人数"), ("serious_injuries", "重伤人数")):
        value = getattr(a, attr)
        if not isinstance(value, int) or value < 0:
            problems[attr] = f"{label}应为非负整数"
        elif value > MAX_PEOPLE:
            problems[attr] = f"{label}过大"
    if not isinstance(a.direct_loss_fen, int) or a.direct_loss_fen < 0:
        problems["direct_loss_fen"] = "直接经济损失不能为负数"
    if a.reporting not in REPORTING:
        problems["reporting"] = f"报告情况应为 {'/'.join(REPORTING)} 之一"
    if len(a.description) > MAX_TEXT:
        problems["description"] = f"事故经过过长（上限 {MAX_TEXT} 字）"
    return problems
