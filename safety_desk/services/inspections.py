"""Campaign and inspection use cases: create a campaign, start an inspection, walk its checklist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safety_desk.domain.inspections import (
    PHASES,
    RESULTS,
    RESULT_UNCHECKED,
    Campaign,
    campaign_problems,
    inspection_team_problem,
)
from safety_desk.errors import NotFoundError, ValidationError
from safety_desk.store import inspections_repo, registers_repo
from safety_desk.store.database import Store
from safety_desk.store.inspections_repo import ChecklistRow
from safety_desk.store.rows import get_record, insert_record, update_record

LAST_INSPECTION_KEY = "open_inspection"
LAST_FINDING_KEY = "open_finding"


def create_campaign(*, store: Store, campaign: Campaign) -> str:
    problems = campaign_problems(campaign)
    if not problems and inspections_repo.find_campaign(store.db, campaign.name, campaign.start_date):
        problems["name"] = f"已有同名、同一开始日期的专项行动 “{campaign.name.strip()}”"
    if problems:
        raise ValidationError(problems, record=campaign.name or "专项行动")
    with store.db.atomic():
        campaign.id = inspections_repo.insert_campaign(store.db, campaign)
    return campaign.id


def update_campaign(*, store: Store, campaign: Campaign) -> None:
    """Correct a campaign's name, period or phases. Refused where existing inspections would fall outside it."""
    db = store.db
    problems = campaign_problems(campaign)
    other = inspections_repo.find_campaign(db, campaign.name, campaign.start_date)
    if not problems and other is not None and other.id != campaign.id:
        problems["name"] = f"已有同名、同一开始日期的专项行动 “{campaign.name.strip()}”"
    outside = db.execute(
        "select count(*), min(inspection_date), max(inspection_date) from inspections "
        "where campaign_id = ? and (inspection_date < ? or inspection_date > ?)",
        [campaign.id, campaign.start_date.isoformat(), campaign.end_date.isoformat()]).fetchone()
    if outside[0]:
        problems["start_date"] = (f"有 {outside[0]} 次检查（{outside[1]} 至 {outside[2]}）将落在新的期间之外，"
                                  "请先调整这些检查或保留原期间")
    used = [r[0] for r in db.execute("select distinct phase from inspections where campaign_id = ?", [campaign.id])]
    dropped = [p for p in used if p not in campaign.phases]
    if dropped:
        problems["phases"] = f"已有检查使用了以下阶段，不能取消：{'、'.join(dropped)}"
    if problems:
        raise ValidationError(problems, record=campaign.name or "专项行动")
    with db.atomic():
        inspections_repo.update_campaign(db, campaign)


def get_campaign(*, store: Store, campaign_id: str) -> Campaign:
    return inspections_repo.get_campaign(store.db, campaign_id)


def list_campaigns(*, store: Store) -> list[Campaign]:
    return inspections_repo.list_campaigns(store.db)


@dataclass(frozen=True)
class InspectionInfo:
    """The header of an inspection: who, where, when, which checklists."""

    id: str
    campaign_id: str
    campaign_name: str
    phase: str
    enterprise_id: str
    enterprise_name: str
    street: str
    inspection_date: date
    unannounced: bool
    inspectors: list[str]
    template_titles: list[str]
    completed: bool


def start_inspection(
    *,
    store: Store,
    campaign_id: str,
    phase: str,
    enterprise_id: str,
    template_ids: list[str],
    inspector_ids: list[str],
    inspection_date: date,
    unannounced: bool = False,
    notes: str = "",
) -> str:
    """Record a visit ("进一次门，查多项事": one or more templates) and return its id."""
    db = store.db
    problems: dict[str, str] = {}
    campaign = inspections_repo.get_campaign(db, campaign_id)
    if phase not in PHASES:
        problems["phase"] = f"未知的检查阶段 “{phase}”"
    elif phase not in campaign.phases:
        problems["phase"] = f"专项行动 “{campaign.name}” 不含 “{phase}” 阶段"
    if not template_ids:
        problems["templates"] = "至少选择一张检查表"
    inspectors = [registers_repo.get_inspector(db, i) for i in dict.fromkeys(inspector_ids)]
    team = inspection_team_problem(phase, [(i.name, i.certificate_no) for i in inspectors])
    if team:
        problems["inspectors"] = team
    if not (campaign.start_date <= inspection_date <= campaign.end_date):
        problems["inspection_date"] = (
            f"检查日期 {inspection_date.isoformat()} 不在专项行动期间"
            f"（{campaign.start_date.isoformat()} 至 {campaign.end_date.isoformat()}）"
        )
    registers_repo.get_enterprise(db, enterprise_id)
    if problems:
        raise ValidationError(problems, record="检查")
    with db.atomic():
        inspection_id = insert_record(
            db, "inspections",
            {
                "campaign_id": campaign_id, "phase": phase, "enterprise_id": enterprise_id,
                "inspection_date": inspection_date.isoformat(), "unannounced": int(unannounced), "notes": notes,
            },
        )
        for position, template_id in enumerate(dict.fromkeys(template_ids)):
            get_record(db, "templates", template_id)
            insert_record(
                db, "inspection_templates",
                {"inspection_id": inspection_id, "template_id": template_id, "position": position},
            )
        for inspector in inspectors:
            insert_record(db, "inspection_inspectors", {"inspection_id": inspection_id, "inspector_id": inspector.id})
    return inspection_id


def get_inspection(*, store: Store, inspection_id: str) -> InspectionInfo:
    db = store.db
    rows = list(db.query(
        """select i.*, c.name as campaign_name, e.name as enterprise_name, e.street as street
           from inspections i join campaigns c on c.id = i.campaign_id join enterprises e on e.id = i.enterprise_id
           where i.id = ?""",
        [inspection_id],
    ))
    if not rows:
        raise NotFoundError(f"检查记录不存在（{inspection_id}）")
    r = rows[0]
    inspectors = [x["name"] for x in db.query(
        "select p.name from inspection_inspectors ii join inspectors p on p.id = ii.inspector_id "
        "where ii.inspection_id = ? order by p.name", [inspection_id])]
    titles = [x["title"] for x in db.query(
        "select t.title from inspection_templates it join templates t on t.id = it.template_id "
        "where it.inspection_id = ? order by it.position", [inspection_id])]
    return InspectionInfo(
        id=r["id"], campaign_id=r["campaign_id"], campaign_name=r["campaign_name"], phase=r["phase"],
        enterprise_id=r["enterprise_id"], enterprise_name=r["enterprise_name"], street=r["street"] or "",
        inspection_date=date.fromisoformat(r["inspection_date"]), unannounced=bool(r["unannounced"]),
        inspectors=inspectors, template_titles=titles, completed=bool(r["completed_at"]),
    )


def list_inspections(*, store: Store, campaign_id: str | None = None, limit: int = 500) -> list[InspectionInfo]:
    where, params = ("where campaign_id = ?", [campaign_id]) if campaign_id else ("", [])
    ids = [r["id"] for r in store.db.query(
        f"select id from inspections {where} order by inspection_date desc, created_at desc limit ?", [*params, limit])]
    return [get_inspection(store=store, inspection_id=i) for i in ids]


def get_checklist(*, store: Store, inspection_id: str) -> list[ChecklistRow]:
    return inspections_repo.checklist(store.db, inspection_id)


def set_check_result(
    *, store: Store, inspection_id: str, point_id: str, result: str | None = None, note: str | None = None
) -> None:
    """Record one point's result and/or note; committed at once, so nothing typed is lost."""
    if result is not None and result not in RESULTS:
        raise ValidationError({"result": f"检查结果应为 {'/'.join(RESULTS)} 之一"})
    db = store.db
    with db.atomic():
        inspections_repo.set_check_result(db, inspection_id, point_id, result=result, note=note)


def progress(rows: list[ChecklistRow]) -> tuple[int, int]:
    """(points with a result, all points)."""
    return sum(1 for r in rows if r.result != RESULT_UNCHECKED), len(rows)


def set_completed(*, store: Store, inspection_id: str, completed: bool = True) -> None:
    with store.db.atomic():
        inspections_repo.mark_completed(store.db, inspection_id, completed)


def _remember(store: Store, key: str, value: str | None) -> None:
    db = store.db
    with db.atomic():
        if value:
            db["local_state"].upsert({"key": key, "value": value}, pk="key")
        else:
            db.execute("delete from local_state where key = ?", [key])


def remember_open_inspection(*, store: Store, inspection_id: str | None) -> None:
    """Device-local: the app reopens this inspection at the next start, even after a crash."""
    _remember(store, LAST_INSPECTION_KEY, inspection_id)


def remember_open_finding(*, store: Store, finding_id: str | None) -> None:
    """Device-local: the hazard form that was open, reopened at the next start."""
    _remember(store, LAST_FINDING_KEY, finding_id)


def open_inspection_to_resume(*, store: Store) -> str | None:
    rows = list(store.db.query(
        "select s.value from local_state s join inspections i on i.id = s.value where s.key = ?",
        [LAST_INSPECTION_KEY]))
    return rows[0]["value"] if rows else None


def open_finding_to_resume(*, store: Store) -> str | None:
    rows = list(store.db.query(
        "select s.value from local_state s join findings f on f.id = s.value where s.key = ?", [LAST_FINDING_KEY]))
    return rows[0]["value"] if rows else None


def update_inspection_notes(*, store: Store, inspection_id: str, notes: str) -> None:
    with store.db.atomic():
        update_record(store.db, "inspections", inspection_id, {"notes": notes})
