"""Demo data: the source document's campaign filled with a realistic synthetic district, deterministic for a seed.

    summary = generate_demo(store=store, seed=7, enterprises=10, findings=50)
    summary.describe()   # "已生成演示数据（种子 7）：企业 10 家，……"

Streets, sectors, enterprises, inspectors, inspections of all six phases (dates consistent with the plan's
timetable), check results, hazards of both levels in every state with the five fields, some drafts, some photos;
each hazard's history (status changes, re-inspections, deadline extensions, listed supervision — demo_lifecycle),
enforcement outcomes of enforcement inspections (demo_enforcement) and the veto registers (demo_veto).
The same seed gives the same names, codes, texts, dates and counts; only UUIDs and created_at stamps differ.

Volume goes through bulk ``executemany`` in one transaction (100,000 hazards in seconds); the campaign and the
photos go through the ordinary services so the demo exercises the same rules and file store as the UI.
"""

from __future__ import annotations

import math
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from safety_desk.domain.inspections import (
    ENFORCEMENT_PHASE,
    PHASES,
    RESULT_FAIL,
    RESULT_NA,
    RESULT_OK,
    Campaign,
    inspection_team_problem,
)
from safety_desk.domain.registers import Enterprise, Inspector
from safety_desk.errors import UserError
from safety_desk.demo.enforcement import write_enforcement
from safety_desk.demo.findings import PHOTO_POOL, FindingMaker
from safety_desk.demo.images import demo_photo
from safety_desk.demo.lifecycle import HistoryMaker
from safety_desk.demo.names import (
    CAMPAIGN_NAME,
    INSPECTION_NOTES,
    MAJOR_POINTS,
    NA_NOTES,
    POINT_DETAILS,
    TEMPLATE_SECTORS,
)
from safety_desk.demo.registers import plan_enterprises, plan_inspectors, sector_of
from safety_desk.demo.veto import write_veto_registers
from safety_desk.demo.writer import BulkWriter, Cancelled
from safety_desk.services.findings import store_photo_files
from safety_desk.services.inspections import create_campaign
from safety_desk.services.templates import load_shipped_templates
from safety_desk.store import findings_repo
from safety_desk.store.database import Store, new_id
from safety_desk.store.registers_repo import enterprise_to_row, inspector_to_row

MAX_ENTERPRISES = 5_000
MAX_FINDINGS = 200_000
CAMPAIGN_START, CAMPAIGN_END = date(2019, 7, 15), date(2019, 10, 31)
_NATIONAL_DAY = (date(2019, 10, 1), date(2019, 10, 7))  # no inspections during the 70th-anniversary holiday

# The plan's timetable (三、组织实施): self-check in July, special and spot checks July–August, the committee's
# comprehensive check in August, the look-back in September–October, enforcement throughout.
PHASE_WINDOWS: dict[str, tuple[date, date]] = {
    "自查自纠": (date(2019, 7, 15), date(2019, 7, 31)),
    "专项检查": (date(2019, 7, 16), date(2019, 8, 31)),
    "抽查": (date(2019, 7, 22), date(2019, 8, 31)),
    "全面检查": (date(2019, 8, 1), date(2019, 8, 31)),
    "回头看": (date(2019, 9, 2), date(2019, 10, 31)),
    ENFORCEMENT_PHASE: (CAMPAIGN_START, CAMPAIGN_END),
}
_PHASE_WEIGHTS = (22, 22, 15, 12, 17, 12)
_INSPECTION_WEIGHT = {"重大风险": 3.0, "较大风险": 2.0, "一般风险": 1.2, "低风险": 1.0}  # risk raises the ratio
_FREE_SHARE = 0.12  # hazards reported outside a checklist (举报, 巡查)


@dataclass(frozen=True)
class DemoSummary:
    """What was generated (all zero and ``cancelled`` True when the progress callback stopped it)."""

    seed: int
    enterprises: int = 0
    inspectors: int = 0
    inspections: int = 0
    check_results: int = 0
    findings: int = 0
    major_findings: int = 0
    ledger_entered: int = 0
    photos: int = 0
    photo_links: int = 0
    status_changes: int = 0
    reinspections: int = 0
    deadline_extensions: int = 0
    listings: int = 0
    enforcement_actions: int = 0
    accidents: int = 0
    illegal_operations: int = 0
    blacklist_entries: int = 0
    campaign_id: str = ""
    cancelled: bool = False

    def describe(self) -> str:
        if self.cancelled:
            return "已取消，未写入演示数据"
        return (
            f"已生成演示数据（种子 {self.seed}）：企业 {self.enterprises} 家，检查人员 {self.inspectors} 名，"
            f"检查 {self.inspections} 次，隐患 {self.findings} 条（重大 {self.major_findings} 条，"
            f"已入台账 {self.ledger_entered} 条，挂牌督办 {self.listings} 条），照片 {self.photos} 张"
            f"（关联 {self.photo_links} 处），执法措施 {self.enforcement_actions} 项，事故 {self.accidents} 起，"
            f"非法生产经营 {self.illegal_operations} 处，黑名单 {self.blacklist_entries} 条"
        )


def is_empty_database(*, store: Store) -> bool:
    """No enterprises, inspections or hazards yet: the app may offer the demo at first start."""
    return not store.db.execute(
        "select exists(select 1 from enterprises) or exists(select 1 from inspections) "
        "or exists(select 1 from findings)").fetchone()[0]


def generate_demo(
    *,
    store: Store,
    seed: int = 2019,
    enterprises: int = 60,
    findings: int = 400,
    force: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> DemoSummary:
    """Fill ``store`` with a demo campaign in one transaction; ``progress(done, total)`` returning False cancels it
    and nothing is written. Refuses a database that already has enterprises unless ``force``.
    """
    if not 1 <= enterprises <= MAX_ENTERPRISES:
        raise UserError(f"企业数量应在 1 到 {MAX_ENTERPRISES} 之间（实际 {enterprises}）")
    if not 1 <= findings <= MAX_FINDINGS:
        raise UserError(f"隐患数量应在 1 到 {MAX_FINDINGS} 之间（实际 {findings}）")
    if seed < 0:
        raise UserError(f"种子应为非负整数（实际 {seed}）")
    db = store.db
    existing = db["enterprises"].count
    if existing and not force:
        raise UserError(f"数据库已有 {existing} 家企业：为免演示数据混入实际数据，未生成。确需追加请加 --force")
    load_shipped_templates(store=store)  # outside the transaction: a cancelled demo keeps the shipped forms
    try:
        with db.atomic():
            return _generate(store, db, seed, enterprises, findings, progress)
    except Cancelled:
        return DemoSummary(seed=seed, cancelled=True)


def _generate(store: Store, db: Database, seed: int, n_enterprises: int, n_findings: int,
              progress: Callable[[int, int], bool] | None) -> DemoSummary:
    # One rng per part, so that e.g. asking for more hazards does not rename the enterprises of a seed.
    def rng_for(part: str) -> random.Random:
        return random.Random(f"safety-desk-demo:{seed}:{part}")

    campaign_id = _campaign(store, db)
    # a forced second run adds to the campaign: only this run's enforcement inspections get outcomes from this run
    first_new_inspection = db.execute("select coalesce(max(rowid), 0) from inspections").fetchone()[0]
    taken_names = {r[0] for r in db.execute("select name from enterprises")}
    taken_codes = {r[0] for r in db.execute("select credit_code from enterprises where credit_code != ''")}
    ents = plan_enterprises(rng_for("enterprises"), n_enterprises, taken_names=taken_names, taken_codes=taken_codes)
    people = plan_inspectors(rng_for("inspectors"), min(400, max(10, n_enterprises // 3 + 9)))
    templates = _template_points(db)

    n_point_target = n_findings - max(1 if n_findings >= 5 else 0, round(n_findings * _FREE_SHARE))
    n_inspections = max(n_enterprises * 2, 6, math.ceil(n_point_target / 2))
    writer = BulkWriter(db, progress, total=n_enterprises + len(people) + n_inspections + n_findings)
    for e in ents:
        e.id = new_id()
        writer.add("enterprises", {"id": e.id, **enterprise_to_row(e)})
    for p in people:
        p.id = new_id()
        writer.add("inspectors", {"id": p.id, **inspector_to_row(p)})
    writer.flush(done=len(ents) + len(people))

    rng = rng_for("inspections")
    plan = _plan_inspections(rng, n_inspections, ents, people, templates)
    caps = [sum(len(templates[k]) for k in visit["templates"]) for visit in plan]
    fails = [0] * len(plan)
    n_point = min(n_point_target, sum(caps))
    for _ in range(n_point):
        j = rng.randrange(len(plan))
        while fails[j] >= caps[j]:
            j = (j + 1) % len(plan)
        fails[j] += 1

    maker = FindingMaker(rng_for("findings"), campaign_id)
    history = HistoryMaker(rng_for("history"), people)
    check_results = 0
    for visit, n_fail in zip(plan, fails):
        check_results += _write_inspection(writer, rng, maker, history, campaign_id, visit, n_fail, templates)
        writer.done += 1 + n_fail
        writer.maybe_flush()

    free_rng = rng_for("free")
    weights = [_INSPECTION_WEIGHT.get(e.risk_grade, 1.0) for e in ents]
    for _ in range(n_findings - maker.made):
        e = free_rng.choices(ents, weights)[0]
        sector = sector_of(e.sector)
        row, _ = maker.make(
            finding_id=new_id(), enterprise=e, enterprise_id=e.id,
            found=_workday(free_rng, CAMPAIGN_START, CAMPAIGN_END), location=free_rng.choice(sector.locations),
            details=sector.hazards, major_details=sector.major_hazards, long_term_details=sector.long_term_hazards)
        _add_finding(writer, history, row, e)
        writer.done += 1
        writer.maybe_flush()
    writer.flush()

    photos, links = _attach_photos(store, writer, seed, maker.photo_links)
    actions = write_enforcement(db, writer, rng_for("enforcement"), after_rowid=first_new_inspection)
    writer.flush()
    accidents, illegal, blacklisted = write_veto_registers(store=store, rng=rng_for("veto"), enterprises=ents)
    return DemoSummary(
        seed=seed, enterprises=len(ents), inspectors=len(people), inspections=len(plan), check_results=check_results,
        findings=maker.made, major_findings=maker.major, ledger_entered=maker.ledgered, photos=photos,
        photo_links=links, status_changes=history.status_changes, reinspections=history.reinspections,
        deadline_extensions=history.extensions, listings=history.listings, enforcement_actions=actions,
        accidents=accidents, illegal_operations=illegal, blacklist_entries=blacklisted, campaign_id=campaign_id,
    )


def _add_finding(writer: BulkWriter, history: HistoryMaker, row: dict, enterprise: Enterprise) -> None:
    """The finding row, completed by its history, then the history's rows (children after their parent)."""
    children = history.make(row, enterprise)
    writer.add("findings", row)
    for table, child in children:
        writer.add_row(table, child)


def _campaign(store: Store, db: Database) -> str:
    """The source's campaign; a forced second run adds to the one already there rather than duplicating it."""
    rows = list(db.query("select id from campaigns where name = ? and start_date = ?",
                         [CAMPAIGN_NAME, CAMPAIGN_START.isoformat()]))
    if rows:
        return rows[0]["id"]
    return create_campaign(store=store, campaign=Campaign(CAMPAIGN_NAME, CAMPAIGN_START, CAMPAIGN_END, list(PHASES)))


@dataclass(frozen=True)
class _Point:
    id: str
    template_id: str
    text: str
    snapshot: dict
    details: tuple[str, ...]
    may_be_major: bool


def _template_points(db: Database) -> dict[str, list[_Point]]:
    """Shipped checklists by key (latest version), points in document order, not by id: ids are random UUIDs."""
    rows = db.query(
        """select t.template_key as key, t.id as template_id, p.id as point_id, p.text
           from templates t join template_points p on p.template_id = t.id
           join template_items i on i.id = p.item_id join template_sections s on s.id = i.section_id
           where t.version = (select max(version) from templates t2 where t2.template_key = t.template_key)
           order by t.template_key, s.position, i.position, p.position""")
    out: dict[str, list[_Point]] = {}
    for r in rows:
        if r["key"] not in TEMPLATE_SECTORS:
            continue  # user-imported or newer forms: the demo stays the same whatever else is loaded
        text = (r["text"] or "").strip().rstrip("。")
        details = next((v for k, v in POINT_DETAILS.items() if text.startswith(k)), None)
        if details is None:  # a re-worded point: say what failed in the point's own words
            details = (text.replace("是否合格", "不合格").replace("是否", "未") if "是否" in text else f"未落实“{text}”",)
        out.setdefault(r["key"], []).append(_Point(
            r["point_id"], r["template_id"], text, findings_repo.point_snapshot(db, r["point_id"]), details,
            may_be_major=any(text.startswith(k) for k in MAJOR_POINTS)))
    if not out:
        raise UserError("没有可用的内置检查表（forms/ 目录缺失？），无法生成演示数据")
    return out


def _is_workday(d: date) -> bool:
    return d.weekday() < 5 and not (_NATIONAL_DAY[0] <= d <= _NATIONAL_DAY[1])


def _workday(rng: random.Random, lo: date, hi: date) -> date:
    """A random working day in [lo, hi]: inspectors do not visit on weekends or the National Day holiday."""
    d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
    for step in (1, -1):
        x = d
        while lo <= x <= hi:
            if _is_workday(x):
                return x
            x += timedelta(days=step)
    return d


def _plan_inspections(rng: random.Random, n: int, ents: list[Enterprise], people: list[Inspector],
                      templates: dict[str, list[_Point]]) -> list[dict]:
    phases = rng.choices(PHASES, _PHASE_WEIGHTS, k=n)
    phases[:len(PHASES)] = PHASES  # every phase at least once, however small the demo
    targets = rng.choices(ents, [_INSPECTION_WEIGHT.get(e.risk_grade, 1.0) for e in ents], k=n)
    certified = [p for p in people if p.certificate_no]
    by_department: dict[str, list[Inspector]] = {}
    for p in people:
        by_department.setdefault(p.department, []).append(p)
    plan = []
    for phase, e in zip(phases, targets):
        lo, hi = PHASE_WINDOWS[phase]
        day = _workday(rng, lo, hi)
        usable = [k for k in templates if TEMPLATE_SECTORS[k] is None or e.sector in TEMPLATE_SECTORS[k]]
        chosen = set(rng.sample(usable, min(len(usable), rng.choice((1, 1, 2, 2, 3)))))
        local = by_department.get(e.lead_department, []) + by_department.get(f"{e.street}办事处", [])
        if phase == ENFORCEMENT_PHASE:
            pool = [p for p in local if p.certificate_no]
            team = rng.sample(pool if len(pool) >= 2 else certified, rng.choice((2, 2, 3)) if len(pool) >= 3 else 2)
        else:
            pool = people if phase == "全面检查" or not local else local
            team = rng.sample(pool, min(len(pool), rng.choice((1, 2, 2, 3))))
        assert inspection_team_problem(phase, [(p.name, p.certificate_no) for p in team]) is None
        plan.append({
            "phase": phase, "enterprise": e, "date": day,
            "templates": [k for k in templates if k in chosen],
            "team": team,
            "unannounced": phase in (ENFORCEMENT_PHASE, "全面检查") and rng.random() < 0.3,
            # a few late look-backs and enforcement visits are still being walked
            "incomplete": day >= date(2019, 10, 21) and rng.random() < 0.2,
            "notes": INSPECTION_NOTES[phase].format(street=e.street, department=e.lead_department),
        })
    return plan


def _write_inspection(writer: BulkWriter, rng: random.Random, maker: FindingMaker, history: HistoryMaker,
                      campaign_id: str, visit: dict, n_fail: int, templates: dict[str, list[_Point]]) -> int:
    e: Enterprise = visit["enterprise"]
    day: date = visit["date"]
    inspection_id = new_id()
    writer.add("inspections", {
        "id": inspection_id, "campaign_id": campaign_id, "phase": visit["phase"], "enterprise_id": e.id,
        "inspection_date": day.isoformat(), "unannounced": int(visit["unannounced"]), "notes": visit["notes"],
        # finished the same afternoon (16:xx Beijing time)
        "completed_at": None if visit["incomplete"] else f"{day}T08:{rng.randint(0, 59):02d}:00.000000+00:00",
    })
    points: list[_Point] = []
    for position, key in enumerate(visit["templates"]):
        writer.add("inspection_templates", {
            "id": new_id(), "inspection_id": inspection_id, "template_id": templates[key][0].template_id,
            "position": position})
        points += templates[key]
    for person in visit["team"]:
        writer.add("inspection_inspectors", {"id": new_id(), "inspection_id": inspection_id, "inspector_id": person.id})
    failing = set(rng.sample(range(len(points)), n_fail))
    sector = sector_of(e.sector)
    written = 0
    for index, point in enumerate(points):
        finding = None
        if index in failing:
            finding, note = maker.make(
                finding_id=new_id(), enterprise=e, enterprise_id=e.id, found=day,
                location=rng.choice(sector.locations), details=point.details,
                major_details=point.details if point.may_be_major else (),
                inspection_id=inspection_id, point_id=point.id, snapshot=point.snapshot)
            result = RESULT_FAIL
        elif visit["incomplete"] and index >= len(points) // 2:
            continue  # not yet checked: no result row, the checklist shows 未检查
        elif rng.random() < 0.06:
            result, note = RESULT_NA, rng.choice(NA_NOTES)
        else:
            result, note = RESULT_OK, ""
        writer.add_fast("check_results", (new_id(), inspection_id, point.id, result, note))
        written += 1
        if finding is not None:
            _add_finding(writer, history, finding, e)
    return written


def _attach_photos(store: Store, writer: BulkWriter, seed: int,
                   links: list[tuple[str, tuple[int, ...]]]) -> tuple[int, int]:
    """Each picture is stored once through the findings service (file by hash, photos row); every link is a bulk
    row, written with the hazards in their final state (add_photos refuses a hazard already written off).
    """
    photo_ids: dict[int, str] = {}
    n_links = 0
    with tempfile.TemporaryDirectory(prefix="safety-desk-demo-") as tmp:
        files = {}
        for i in range(PHOTO_POOL):
            files[i] = Path(tmp) / f"现场照片{i + 1:02d}.png"
            files[i].write_bytes(demo_photo(seed, i))
        for finding_id, pictures in links:
            new = [i for i in pictures if i not in photo_ids]
            if new:
                for i, photo_id in zip(new, store_photo_files(store=store, paths=[files[i] for i in new])):
                    photo_ids[i] = photo_id
            for position, i in enumerate(pictures):
                writer.add_fast("finding_photos", (new_id(), finding_id, photo_ids[i], position))
            n_links += len(pictures)
    return len(photo_ids), n_links
