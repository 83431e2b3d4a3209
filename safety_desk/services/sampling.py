"""双随机 use cases, part one: the sampling item list (随机抽查事项清单), plans (抽查计划) and 回避 declarations.

    load_shipped_items(store=s)                         # forms/sampling/items_2019.yaml; cheap when unchanged
    plan_id = import_plan(store=s, path="计划.yaml")     # items by key or written out; a campaign for its tasks
    list_plans(store=s)                                  # PlanSummary: items and draws counted

Draws are ``services.draws``; tasks and results ``services.sampling_tasks``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from safety_desk.domain.inspections import Campaign
from safety_desk.domain.sampling import Plan, SamplingItem, plan_problems
from safety_desk.errors import UserError, ValidationError
from safety_desk.services import inspections as inspection_service
from safety_desk.store import registers_repo, sampling_repo
from safety_desk.store.database import Store
from safety_desk.store.rows import insert_record
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.sampling_format import SHIPPED_ITEMS, SHIPPED_RULES, load_item_list, load_plan_file, load_rules

SAMPLING_PHASE = "抽查"


def load_shipped_items(*, store: Store, path: Path = SHIPPED_ITEMS) -> int:
    """Store the shipped item list; returns how many items were new."""
    return import_items(store=store, path=path, origin=f"forms/sampling/{path.name}", check_templates=False)


def import_items(*, store: Store, path: str | Path, origin: str = "", check_templates: bool = True) -> int:
    """An office's own item list (same format as the shipped one). Nothing is stored unless the whole file is valid."""
    items = load_item_list(path)
    if check_templates:  # the shipped list uses the shipped templates; a plan checks again before use
        _check_templates(store, items, str(path))
    db = store.db
    with db.atomic():
        return sum(sampling_repo.store_item(db, item, origin or str(path))[1] for item in items)


def list_items(*, store: Store) -> list[SamplingItem]:
    return [item for _, item in sampling_repo.list_items(store.db)]


def _check_templates(store: Store, items: list[SamplingItem], file: str) -> None:
    for item in items:
        for key in item.templates:
            if sampling_repo.latest_template_id(store.db, key) is None:
                raise TemplateError(f"抽查事项 “{item.key}” 使用的检查表 “{key}” 不存在，请先导入该检查表",
                                    file=file, column="templates")


def import_plan(*, store: Store, path: str | Path) -> str:
    """Read a plan file, check it whole, store it (and any items written out in it); returns the plan id."""
    spec = load_plan_file(path)
    db = store.db
    load_shipped_items(store=store)
    items: list[SamplingItem] = []
    for n, entry in enumerate(spec.items):
        if isinstance(entry, SamplingItem):
            items.append(entry)
            continue
        found = sampling_repo.latest_item(db, entry)
        if found is None:
            raise TemplateError(f"抽查事项清单中没有编号为 “{entry}” 的事项", file=spec.file,
                                row=spec.item_lines[n], column=f"items[{n}]")
        items.append(found[1])
    _check_templates(store, items, spec.file)
    plan = Plan(name=spec.name, start_date=spec.start_date, end_date=spec.end_date,
                lead_department=spec.lead_department, items=items, rules=spec.rules or load_rules(SHIPPED_RULES))
    problems = plan_problems(plan)
    if problems:
        raise TemplateError("；".join(problems.values()), file=spec.file, column=next(iter(problems)))
    with db.atomic():
        plan.campaign_id = _campaign_for(store, plan, spec.campaign, spec.file)
        item_ids = [sampling_repo.store_item(db, item, spec.file)[0] for item in items]
        return sampling_repo.insert_plan(db, plan, item_ids, origin=Path(spec.file).name)


def _campaign_for(store: Store, plan: Plan, name: str, file: str) -> str:
    """The campaign whose 抽查 phase holds the plan's tasks: the one named, or one of the plan's name and period."""
    db = store.db
    if name:
        rows = list(db.query("select id from campaigns where name = ? order by start_date desc", [name]))
        if not rows:
            raise TemplateError(f"专项行动 “{name}” 不存在", file=file, column="campaign")
        campaign = inspection_service.get_campaign(store=store, campaign_id=rows[0]["id"])
        if SAMPLING_PHASE not in campaign.phases:
            raise TemplateError(f"专项行动 “{name}” 没有 “{SAMPLING_PHASE}” 阶段", file=file, column="campaign")
        if plan.start_date < campaign.start_date or plan.end_date > campaign.end_date:
            raise TemplateError(f"计划期间不在专项行动 “{name}” 期间（{campaign.start_date} 至 {campaign.end_date}）内",
                                file=file, column="start")
        return campaign.id
    from safety_desk.store import inspections_repo

    existing = inspections_repo.find_campaign(db, plan.name, plan.start_date)
    if existing is not None:
        if SAMPLING_PHASE not in existing.phases or existing.end_date < plan.end_date:
            raise TemplateError(f"已有同名专项行动 “{plan.name}”，但其阶段或期间与计划不符", file=file, column="name")
        return existing.id
    return inspection_service.create_campaign(store=store, campaign=Campaign(
        name=plan.name, start_date=plan.start_date, end_date=plan.end_date, phases=[SAMPLING_PHASE]))


@dataclass(frozen=True)
class PlanSummary:
    id: str
    name: str
    start_date: date
    end_date: date
    lead_department: str
    items: int
    draws: int
    current_draw_id: str | None


def list_plans(*, store: Store) -> list[PlanSummary]:
    db = store.db
    rows = db.query("""select p.*, (select count(*) from sampling_plan_items i where i.plan_id = p.id) as n_items,
                              (select count(*) from draws d where d.plan_id = p.id) as n_draws
                       from sampling_plans p order by p.start_date desc, p.name""")
    return [PlanSummary(id=r["id"], name=r["name"], start_date=date.fromisoformat(r["start_date"]),
                        end_date=date.fromisoformat(r["end_date"]), lead_department=r["lead_department"],
                        items=r["n_items"], draws=r["n_draws"],
                        current_draw_id=sampling_repo.current_draw_id(db, r["id"])) for r in list(rows)]


def get_plan(*, store: Store, plan_id: str) -> Plan:
    return sampling_repo.get_plan(store.db, sampling_repo.find_plan(store.db, plan_id))


def find_plan(*, store: Store, text: str) -> str:
    return sampling_repo.find_plan(store.db, text)


# --- conflicts of interest (回避) -------------------------------------------------------------------------------------

def declare_recusal(*, store: Store, inspector_id: str, enterprise_id: str, reason: str = "",
                    declared_on: date | None = None) -> str:
    """An inspector declares a conflict of interest with an enterprise: never drawn to inspect it."""
    db = store.db
    inspector = registers_repo.get_inspector(db, inspector_id)
    enterprise = registers_repo.get_enterprise(db, enterprise_id)
    existing = list(db.query("select id from inspector_recusals where inspector_id = ? and enterprise_id = ?",
                             [inspector_id, enterprise_id]))
    if existing:
        raise ValidationError({"enterprise": f"{inspector.name} 已申明与 “{enterprise.name}” 回避"})
    with db.atomic():
        return insert_record(db, "inspector_recusals", {
            "inspector_id": inspector_id, "enterprise_id": enterprise_id, "reason": reason.strip(),
            "declared_on": (declared_on or date.today()).isoformat()})


def withdraw_recusal(*, store: Store, recusal_id: str) -> None:
    db = store.db
    with db.atomic():
        if not db.execute("delete from inspector_recusals where id = ?", [recusal_id]).rowcount:
            raise UserError("该回避申明不存在")


@dataclass(frozen=True)
class Recusal:
    id: str
    inspector_id: str
    inspector: str
    department: str
    enterprise_id: str
    enterprise: str
    reason: str
    declared_on: str


def list_recusals(*, store: Store) -> list[Recusal]:
    return [Recusal(**{k: r[k] or "" for k in Recusal.__dataclass_fields__}) for r in store.db.query(
        """select r.id, r.inspector_id, p.name as inspector, p.department, r.enterprise_id, e.name as enterprise,
                  r.reason, r.declared_on
           from inspector_recusals r join inspectors p on p.id = r.inspector_id
           join enterprises e on e.id = r.enterprise_id order by p.department, p.name, e.name""")]
