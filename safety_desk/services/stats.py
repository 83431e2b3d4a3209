"""Database-wide counts for ``safety-desk stats`` and a first look at what a database holds. Pure SQL counts.

    stats = collect_stats(store=store)
    stats["by_level"]["重大"]        # both levels are always present, 0 when none
    stats["overdue"]                 # hazards past their deadline on ``today`` (default: the real date)
    format_stats(stats)              # the readable Chinese table the CLI prints without --json

The key names are a contract (tests, benchmarks and scripts read the JSON); add keys, never rename them.
"""

from __future__ import annotations

from datetime import date

from safety_desk.domain.accidents import GRADES, accident_grade
from safety_desk.domain.enforcement import KIND_FINE, KINDS
from safety_desk.domain.findings import LEVELS, STATUS_CLOSED, STATUSES
from safety_desk.domain.inspections import PHASES
from safety_desk.domain.money import yuan_text
from safety_desk.store.database import Store

# "Set" the way FiveFields.missing() means it: not empty after trimming blanks (ASCII and the full-width space).
_BLANKS = "' ' || char(9) || char(10) || char(13) || char(12288)"


def _filled(column: str) -> str:
    return f"trim(coalesce({column}, ''), {_BLANKS}) != ''"


_FIVE_FIELDS_COMPLETE = " and ".join([
    _filled("responsible_unit"), _filled("responsible_person"), _filled("measures"),
    "funds_fen is not null", "coalesce(deadline, '') != ''", _filled("contingency_plan"),
])


def _keyed(rows: list[tuple[str | None, int]], keys: tuple[str, ...]) -> dict[str, int]:
    """Every known key (0 when absent) in the domain's order, then any other value the data holds."""
    counts = {key: 0 for key in keys}
    for key, n in rows:
        counts[key or ""] = counts.get(key or "", 0) + n
    return counts


def collect_stats(*, store: Store, today: date | None = None) -> dict:
    """Counts over the whole database. ``today`` decides what is overdue or blacklisted (default: the real date)."""
    db = store.db
    day = (today or date.today()).isoformat()

    def count(sql: str, params: list | tuple = ()) -> int:
        return db.execute(sql, params).fetchone()[0]

    def grouped(table: str, column: str) -> list[tuple[str | None, int]]:
        return db.execute(f"select {column}, count(*) from {table} group by {column} order by {column}").fetchall()

    return {
        "campaigns": count("select count(*) from campaigns"),
        "enterprises": count("select count(*) from enterprises"),
        "inspectors": count("select count(*) from inspectors"),
        "inspections": count("select count(*) from inspections"),
        "by_phase": _keyed(grouped("inspections", "phase"), PHASES),
        "findings": count("select count(*) from findings"),
        "by_level": _keyed(grouped("findings", "level"), LEVELS),
        "by_status": _keyed(grouped("findings", "status"), STATUSES),
        "ledger_entered": count("select count(*) from findings where ledger_entered_at is not null"),
        "five_fields_complete_major": count(
            f"select count(*) from findings where level = '重大' and {_FIVE_FIELDS_COMPLETE}"),
        "photos": count("select count(*) from photos"),
        "photo_links": count("select count(*) from finding_photos"),
        # derived, never stored: deadline passed (ISO dates compare as text) and not written off. From the entries
        # of idx_findings_campaign (m014): deadline's own index read a hazard row per overdue-or-closed hazard.
        "overdue": count("select count(*) from findings indexed by idx_findings_campaign where deadline is not null "
                         "and deadline != '' and deadline < ? and status != ?", [day, STATUS_CLOSED]),
        "listed": count("select count(distinct finding_id) from listings where delisted_on is null"),
        "accidents": count("select count(*) from accidents"),
        "accidents_by_grade": _accident_grades(db),
        "accident_deaths": count("select coalesce(sum(deaths), 0) from accidents"),
        "illegal_operations": count("select count(*) from illegal_operations"),
        "illegal_operations_not_stopped": count("select count(*) from illegal_operations where not stopped"),
        "blacklisted": count("select count(distinct enterprise_id) from blacklist_entries where listed_on <= ? "
                             "and (removed_on is null or removed_on = '' or removed_on > ?)", [day, day]),
        "enforcement": _keyed(grouped("enforcement_actions", "kind"), KINDS),
        "fines_fen": count("select coalesce(sum(amount_fen), 0) from enforcement_actions where kind = ?",
                           [KIND_FINE]),
    }


def _accident_grades(db) -> dict[str, int]:
    """The grade is computed from the table of 国务院令第493号, not stored: count distinct measure triples in SQL,
    grade each triple once in Python (a district records tens of accidents, not thousands)."""
    counts = {grade: 0 for grade in GRADES}
    rows = db.execute("select coalesce(deaths, 0), coalesce(serious_injuries, 0), coalesce(direct_loss_fen, 0), "
                      "count(*) from accidents group by 1, 2, 3").fetchall()
    for deaths, injured, loss, n in rows:
        counts[accident_grade(deaths=deaths, serious_injuries=injured, direct_loss_fen=loss)] += n
    return counts


# (key, label); for a breakdown the label is a template for each of its lines.
_LABELS = (
    ("campaigns", "专项行动"),
    ("enterprises", "企业"),
    ("inspectors", "检查人员"),
    ("inspections", "检查"),
    ("by_phase", "  {}"),
    ("findings", "隐患"),
    ("by_level", "  {}隐患"),
    ("by_status", "  状态：{}"),
    ("ledger_entered", "已入台账"),
    ("five_fields_complete_major", "重大隐患五落实完整"),
    ("photos", "照片（文件）"),
    ("photo_links", "照片（关联隐患）"),
    ("overdue", "逾期未整改隐患"),
    ("listed", "挂牌督办中的隐患"),
    ("enforcement", "  执法：{}"),
    ("fines_fen", "罚款金额（元）"),
    ("accidents", "事故"),
    ("accidents_by_grade", "  {}事故"),
    ("accident_deaths", "事故死亡人数"),
    ("illegal_operations", "非法生产经营"),
    ("illegal_operations_not_stopped", "  未有效制止"),
    ("blacklisted", "黑名单企业"),
)
_MONEY = {"fines_fen"}  # fen in the JSON (exact), yuan in the table (what a reader expects)


def format_stats(stats: dict) -> str:
    """A two-column Chinese table; breakdowns are indented under the total they split."""
    lines: list[tuple[str, int | str]] = []
    for key, label in _LABELS:
        value = stats.get(key)
        if isinstance(value, dict):
            lines += [(label.format(name or "（空）"), n) for name, n in value.items()]
        elif value is not None:
            lines.append((label, yuan_text(value) if key in _MONEY else value))
    # CJK characters take two columns in a terminal: pad by display width, not by len()
    width = max(_display_width(label) for label, _ in lines)
    return "\n".join(f"{label}{' ' * (width - _display_width(label))}  {n:>8}" for label, n in lines)


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
