"""双随机 use cases, part two: the draw (摇号) of a plan, saved for good, and its verification.

    outcome = preview_draw(store=s, plan_id=p, seed=20191008)               # what a draw would give; nothing stored
    record = run_draw(store=s, plan_id=p, seed=20191008, drawn_by="王明", witnesses=["李华"])
    report = verify_draw(store=s, draw_id=record.id)                         # report.identical

A saved draw keeps the register snapshot it used (compressed canonical JSON), the plan as it was, the seed and the
list, with SHA-256 fingerprints of each; it is never changed. A redraw is a new draw naming the one it replaces and
why; the replaced draw's tasks are marked superseded (their empty inspections are removed). Each drawn enterprise
becomes a task with an inspection of phase 抽查 carrying the drawn inspectors and the items' checklists.
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from safety_desk.domain.draw import (
    ALGORITHM,
    DrawRecord,
    DrawError,
    DrawnTask,
    DrawOutcome,
    RegisterSnapshot,
    SnapEnterprise,
    SnapInspector,
    StratumCount,
    canonical_json,
    complaint_tiers,
    history_window,
    run_draw as draw_list,
    seed_from_time,
    sha256_of,
)
from safety_desk.domain.sampling import Plan, SamplingItem, SamplingRules
from safety_desk.errors import UserError
from safety_desk.services.leads import true_complaint_counts
from safety_desk.services.sampling import SAMPLING_PHASE
from safety_desk.store import sampling_repo
from safety_desk.domain.ids import short_id
from safety_desk.store.database import Store
from safety_desk.store.rows import get_record, insert_record


SEED_EXPLICIT, SEED_FROM_TIME = "指定", "按抽取时间生成"


def snapshot_registers(*, store: Store, plan: Plan) -> RegisterSnapshot:
    """The registers as a draw of ``plan`` reads them now."""
    db = store.db
    enterprises = [SnapEnterprise(r["id"], r["name"], r["credit_code"] or "", r["sector"] or "",
                                  r["risk_grade"] or "", r["credit_grade"] or "",
                                  tuple(sorted(json.loads(r["key_categories"] or "[]"))), bool(r["key_process"]),
                                  bool(r["key_chemicals"]), bool(r["major_hazard_source"]))
                   for r in db.query("select * from enterprises")]
    inspectors = [SnapInspector(r["id"], r["name"], r["department"] or "", (r["certificate_no"] or "").strip())
                  for r in db.query("select id, name, department, certificate_no from inspectors")]
    recusals = [(r[0], r[1]) for r in db.execute("select inspector_id, enterprise_id from inspector_recusals")]
    history = []
    if plan.rules.recently_inspected_days:
        since, until = history_window(plan)
        for r in db.execute(
                "select t.enterprise_id, t.items, i.inspection_date from sampling_tasks t "
                "join inspections i on i.id = t.inspection_id where t.superseded = 0 and t.plan_id != ? "
                "and i.completed_at is not null and i.inspection_date >= ? and i.inspection_date < ?",
                [plan.id, since.isoformat(), until.isoformat()]):
            history.extend((r[0], key, r[2]) for key in json.loads(r[1]))
    complaints = {}
    if plan.rules.complaint_multipliers:
        since = plan.start_date - timedelta(days=plan.rules.complaint_window_days)
        complaints = true_complaint_counts(store=store, since=since, until=plan.start_date - timedelta(days=1))
    return RegisterSnapshot.build(enterprises, inspectors, recusals, history, complaints)


def preview_draw(*, store: Store, plan_id: str, seed: int) -> DrawOutcome:
    plan = sampling_repo.get_plan(store.db, sampling_repo.find_plan(store.db, plan_id))
    return draw_list(plan, snapshot_registers(store=store, plan=plan), seed)


def _pack(data: object) -> str:
    return base64.b64encode(zlib.compress(canonical_json(data), 9)).decode("ascii")


def _unpack(text: str) -> object:
    return json.loads(zlib.decompress(base64.b64decode(text)).decode("utf-8"))


def _plan_from_json(data: dict, plan_id: str) -> Plan:
    return Plan(id=plan_id, name=data["name"], start_date=date.fromisoformat(data["start"]),
                end_date=date.fromisoformat(data["end"]), lead_department=data["lead_department"],
                items=[SamplingItem.from_dict(i) for i in data["items"]], rules=SamplingRules.from_dict(data["rules"]))


def run_draw(*, store: Store, plan_id: str, seed: int | None = None, drawn_by: str = "",
             witnesses: list[str] | tuple[str, ...] = (), replaces: str | None = None, reason: str = "",
             now: datetime | None = None) -> DrawRecord:
    """Draw, save the draw and create its tasks, in one transaction. Without ``seed`` the seed is the draw time."""
    db = store.db
    plan_id = sampling_repo.find_plan(db, plan_id)
    moment = (now or datetime.now()).replace(microsecond=0)
    seed_source = SEED_EXPLICIT if seed is not None else SEED_FROM_TIME
    seed = seed if seed is not None else seed_from_time(moment)
    with db.atomic():
        plan = sampling_repo.get_plan(db, plan_id)
        current = sampling_repo.current_draw_id(db, plan_id)
        if replaces:
            replaces = sampling_repo.find_draw(db, replaces)
            if replaces != current:
                raise UserError("只能替代该计划当前有效的摇号记录")
            if not reason.strip():
                raise UserError("重新抽取必须说明原因")
            _retire_tasks(store, replaces)
        elif current:
            raise UserError(f"计划 “{plan.name}” 已经抽取（摇号记录 {short_id(current)}），重新抽取须指明替代的记录并说明原因")
        snapshot = snapshot_registers(store=store, plan=plan)
        outcome = draw_list(plan, snapshot, seed)
        if not outcome.tasks:
            raise DrawError(f"计划 “{plan.name}” 没有可抽取的企业：名录库中没有符合抽查事项对象的企业")
        snap_data = snapshot.canonical()
        result = outcome.canonical()
        draw_id = insert_record(db, "draws", {
            "plan_id": plan_id, "seed": seed, "seed_source": seed_source, "drawn_at": moment.isoformat(sep=" "),
            "drawn_by": drawn_by.strip(), "witnesses": json.dumps([w.strip() for w in witnesses if w.strip()],
                                                                   ensure_ascii=False),
            "algorithm": ALGORITHM, "registers_sha256": sha256_of(snap_data), "plan_sha256": sha256_of(plan.canonical()),
            "result_sha256": sha256_of(result), "snapshot": _pack(snap_data),
            "plan_json": json.dumps(plan.canonical(), ensure_ascii=False),
            "result_json": json.dumps(result, ensure_ascii=False),
            "strata_json": json.dumps([list(s.__dict__.values()) for s in outcome.strata], ensure_ascii=False),
            "replaces_draw_id": replaces, "replace_reason": reason.strip() if replaces else ""})
        _create_tasks(store, plan, draw_id, outcome, moment.date())
    return get_draw(store=store, draw_id=draw_id)


def _create_tasks(store: Store, plan: Plan, draw_id: str, outcome: DrawOutcome, today: date) -> None:
    db = store.db
    items = {i.key: i for i in plan.items}
    template_ids = {key: sampling_repo.latest_template_id(db, key) for i in plan.items for key in i.templates}
    missing = [k for k, v in template_ids.items() if v is None]
    if missing:
        raise UserError(f"检查表不存在：{'、'.join(missing)}，请先导入")
    visit = min(max(today, plan.start_date), plan.end_date)  # the planned date; the real one is set at the visit
    for position, task in enumerate(outcome.tasks):
        inspection_id = insert_record(db, "inspections", {
            "campaign_id": plan.campaign_id, "phase": SAMPLING_PHASE, "enterprise_id": task.enterprise_id,
            "inspection_date": visit.isoformat(), "unannounced": 0,
            "notes": f"双随机抽查：{plan.name}（{'、'.join(items[k].name for k in task.items)}）"})
        keys = dict.fromkeys(t for k in task.items for t in items[k].templates)
        for n, key in enumerate(keys):
            insert_record(db, "inspection_templates",
                          {"inspection_id": inspection_id, "template_id": template_ids[key], "position": n})
        for inspector_id in task.inspector_ids:
            insert_record(db, "inspection_inspectors", {"inspection_id": inspection_id, "inspector_id": inspector_id})
        insert_record(db, "sampling_tasks", {
            "plan_id": plan.id, "draw_id": draw_id, "enterprise_id": task.enterprise_id,
            "inspection_id": inspection_id, "position": position, "items": json.dumps(list(task.items)),
            "departments": json.dumps(list(task.departments), ensure_ascii=False), "result": None,
            "result_note": "", "result_on": None, "result_by": "", "superseded": 0})


def _retire_tasks(store: Store, draw_id: str) -> None:
    """Mark the replaced draw's tasks superseded and remove their inspections — refused once any was started."""
    db = store.db
    started = db.execute(
        """select count(*) from sampling_tasks t left join inspections i on i.id = t.inspection_id
           where t.draw_id = ? and (t.result is not null or i.completed_at is not null
                 or exists (select 1 from check_results c where c.inspection_id = t.inspection_id)
                 or exists (select 1 from findings f where f.inspection_id = t.inspection_id))""",
        [draw_id]).fetchone()[0]
    if started:
        raise UserError(f"原摇号记录已有 {started} 项任务开始检查或录入结果，不能重新抽取")
    inspection_ids = [r[0] for r in db.execute(
        "select inspection_id from sampling_tasks where draw_id = ? and inspection_id is not null", [draw_id])]
    db.execute("update sampling_tasks set superseded = 1, inspection_id = null, updated_at = ? where draw_id = ?",
               [datetime.now().astimezone().isoformat(), draw_id])
    for inspection_id in inspection_ids:
        for table in ("inspection_templates", "inspection_inspectors", "check_results"):
            db.execute(f"delete from {table} where inspection_id = ?", [inspection_id])
        db.execute("delete from inspections where id = ?", [inspection_id])


def _tasks_from(result: list, snap: dict, plan: Plan) -> list[DrawnTask]:
    names = {row[0]: (row[1], row[2]) for row in snap["enterprises"]}
    people = {row[0]: row[1] for row in snap["inspectors"]}
    items = {i.key: i for i in plan.items}
    return [DrawnTask(eid, names.get(eid, ("", ""))[0], names.get(eid, ("", ""))[1], tuple(keys),
                      tuple(dict.fromkeys(items[k].department for k in keys if k in items)), tuple(ids),
                      tuple(people.get(i, "") for i in ids)) for eid, keys, ids in result]


def get_draw(*, store: Store, draw_id: str, with_tasks: bool = True) -> DrawRecord:
    db = store.db
    row = get_record(db, "draws", sampling_repo.find_draw(db, draw_id))
    plan = _plan_from_json(json.loads(row["plan_json"]), row["plan_id"])
    replaced = db.execute("select id from draws where replaces_draw_id = ?", [row["id"]]).fetchone()
    tasks: list[DrawnTask] = []
    n_ent = n_insp = 0
    if with_tasks:
        snap = _unpack(row["snapshot"])
        tasks = _tasks_from(json.loads(row["result_json"]), snap, plan)
        n_ent, n_insp = len(snap["enterprises"]), len(snap["inspectors"])
    strata = [StratumCount(*s) for s in json.loads(row["strata_json"] or "[]")]
    return DrawRecord(
        id=row["id"], plan_id=row["plan_id"], plan_name=plan.name, seed=int(row["seed"]),
        seed_source=row["seed_source"] or "", drawn_at=row["drawn_at"], drawn_by=row["drawn_by"] or "",
        witnesses=json.loads(row["witnesses"] or "[]"), algorithm=row["algorithm"],
        registers_sha256=row["registers_sha256"], plan_sha256=row["plan_sha256"], result_sha256=row["result_sha256"],
        replaces_draw_id=row["replaces_draw_id"], replace_reason=row["replace_reason"] or "",
        replaced_by=replaced[0] if replaced else None, plan=plan, tasks=tasks, strata=strata, enterprises=n_ent,
        inspectors=n_insp, weighted=_weighted(snap, plan) if with_tasks else [])


def _weighted(snap: dict, plan: Plan) -> list[tuple[str, str, int, float]]:
    """The enterprises of the snapshot whose true complaints raised their ratio, for the draw record."""
    snapshot = RegisterSnapshot.from_canonical(snap)
    tiers = complaint_tiers(plan.rules, snapshot)
    counts = dict(snapshot.complaints)
    return [(e.name, e.credit_code, counts[e.id], tiers[e.id][1]) for e in snapshot.enterprises if e.id in tiers]


def list_draws(*, store: Store, plan_id: str | None = None) -> list[DrawRecord]:
    db = store.db
    where, params = ("where plan_id = ?", [sampling_repo.find_plan(db, plan_id)]) if plan_id else ("", [])
    ids = [r[0] for r in db.execute(f"select id from draws {where} order by drawn_at desc, created_at desc", params)]
    return [get_draw(store=store, draw_id=i, with_tasks=False) for i in ids]


@dataclass(frozen=True)
class VerifyReport:
    """What ``draw verify`` found. ``identical``: the saved list is exactly what the draw gives again."""

    draw_id: str
    identical: bool
    checks: list[tuple[str, bool]]  # (what was checked, passed)
    registers_changed: bool  # the registers now differ from the snapshot (information, not a failure)
    plan_changed: bool
    tasks: int

    def lines(self) -> list[str]:
        out = [f"{'✓' if ok else '✗'} {what}" for what, ok in self.checks]
        out.append("名录库自抽取后已有变化（指纹不同）；复核使用抽取时保存的快照" if self.registers_changed
                   else "名录库自抽取后没有变化（指纹相同）")
        if self.plan_changed:
            out.append("计划或其抽查事项自抽取后已有变化；复核使用抽取时保存的计划")
        out.append("结论：重新抽取的名单与保存的名单完全一致" if self.identical else "结论：名单不一致")
        return out


def verify_draw(*, store: Store, draw_id: str) -> VerifyReport:
    """Re-run a saved draw on the snapshot and plan it saved and compare with the saved list and tasks."""
    db = store.db
    row = get_record(db, "draws", sampling_repo.find_draw(db, draw_id))
    checks: list[tuple[str, bool]] = []
    try:
        snap = _unpack(row["snapshot"])
        plan_data = json.loads(row["plan_json"])
        saved = json.loads(row["result_json"])
    except (ValueError, zlib.error, TypeError):
        return VerifyReport(row["id"], False, [("保存的快照、计划或名单可以读取", False)], True, True, 0)
    checks.append(("名录库快照与其指纹一致", sha256_of(snap) == row["registers_sha256"]))
    checks.append(("计划与其指纹一致", sha256_of(plan_data) == row["plan_sha256"]))
    checks.append(("保存的名单与其指纹一致", sha256_of(saved) == row["result_sha256"]))
    plan = _plan_from_json(plan_data, row["plan_id"])
    try:
        again = draw_list(plan, RegisterSnapshot.from_canonical(snap), int(row["seed"])).canonical()
    except (DrawError, KeyError, TypeError, ValueError):
        again = None
    checks.append((f"用种子 {row['seed']} 重新抽取，名单与保存的名单相同", again == saved))
    stored = sorted((r[0], r[1]) for r in db.execute(
        "select enterprise_id, items from sampling_tasks where draw_id = ?", [row["id"]]))
    expected = sorted((eid, json.dumps(keys)) for eid, keys, _ in saved)
    checks.append(("检查任务与名单一致", [(e, json.loads(i)) for e, i in stored] ==
                   [(e, json.loads(i)) for e, i in expected]))
    current_plan = sampling_repo.get_plan(db, row["plan_id"])
    now_snapshot = snapshot_registers(store=store, plan=current_plan)
    return VerifyReport(
        draw_id=row["id"], identical=all(ok for _, ok in checks), checks=checks,
        registers_changed=sha256_of(now_snapshot.canonical()) != row["registers_sha256"],
        plan_changed=sha256_of(current_plan.canonical()) != row["plan_sha256"], tasks=len(saved))
