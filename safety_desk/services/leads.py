"""Leads (线索): register, assign, verify, close, list — and the follow-up the plan holds officials to.

    saved = register_lead(store=s, lead=Lead(source="投诉举报", received_on=day, summary="……", enterprise_id=eid))
    saved.id, saved.lead.due_on, saved.warnings     # warnings: a due date counted in a year the calendar lacks
    close_lead(store=s, lead_id=saved.id, finding="属实", case_no="（天桥）应急立〔2026〕3号")
    list_leads(store=s, today=date.today(), overdue=True)           # LeadView rows, never the complainant

The due date is ``due_workdays`` working days after the day received (``services.workdays``), the number being the
office's setting (``lead_due_setting``, default ``DEFAULT_DUE_WORKDAYS``) at registration, kept on the lead.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from safety_desk.domain.leads import (
    DEFAULT_CHANNEL,
    DEFAULT_DUE_WORKDAYS,
    MAX_DUE_WORKDAYS,
    SOURCE_COMPLAINT,
    TRUE_FINDINGS,
    Lead,
    LeadView,
    is_dereliction,
    is_overdue,
    lead_problems,
)
from safety_desk.errors import NotFoundError, UserError, ValidationError
from safety_desk.services.workdays import add_workdays
from safety_desk.store import leads_repo
from safety_desk.domain.ids import short_id
from safety_desk.store.database import Store
from safety_desk.store.rows import ids_matching

DUE_KEY = "lead_due_workdays"


@dataclass
class SavedLead:
    lead: Lead
    warnings: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.lead.id


def lead_due_setting(*, store: Store) -> int:
    """Working days allowed to deal with a lead: the office's choice (default ``DEFAULT_DUE_WORKDAYS``), not law."""
    row = store.db.execute("select value from local_state where key = ?", [DUE_KEY]).fetchone()
    try:
        value = int(row[0]) if row else DEFAULT_DUE_WORKDAYS
    except (TypeError, ValueError):
        return DEFAULT_DUE_WORKDAYS
    return value if 1 <= value <= MAX_DUE_WORKDAYS else DEFAULT_DUE_WORKDAYS


def set_lead_due_setting(*, store: Store, workdays: int) -> None:
    if not 1 <= workdays <= MAX_DUE_WORKDAYS:
        raise ValidationError({"due_workdays": f"办理时限应为 1–{MAX_DUE_WORKDAYS} 个工作日"}, record="线索设置")
    with store.db.atomic():
        store.db["local_state"].upsert({"key": DUE_KEY, "value": str(workdays)}, pk="key")


def find_enterprise(*, store: Store, text: str) -> str | None:
    """The register's enterprise named by id, credit code or exact name; None when there is none; UserError when the
    name is shared by several."""
    value = text.strip()
    if not value:
        return None
    db = store.db
    for column in ("id", "credit_code"):
        row = db.execute(f"select id from enterprises where [{column}] = ?", [value.upper() if column == "credit_code"
                                                                               else value]).fetchone()
        if row:
            return row[0]
    ids = [r[0] for r in db.execute("select id from enterprises where name = ? limit 2", [value])]
    if len(ids) > 1:
        raise UserError(f"名录库中有多个企业名为 “{value}”，请改用统一社会信用代码")
    return ids[0] if ids else None


def resolve_lead_id(*, store: Store, text: str) -> str:
    """A full lead id, or a unique start or end of at least 8 characters (lists print the end: ``short_id``)."""
    value = text.strip().lower()
    if len(value) < 8:
        raise NotFoundError(f"线索 “{text}” 不存在（编号至少写 8 位）")
    ids = ids_matching(store.db, "leads", value, min_len=8)
    if len(ids) == 1:
        return ids[0]
    if ids:
        raise UserError(f"有多条线索的编号以 “{text}” 开头或结尾，请写完整编号")
    raise NotFoundError(f"线索 “{text}” 不存在")


def _validated(store: Store, lead: Lead, today: date | None, warnings: list[str]) -> Lead:
    """Due date from the working-day calendar, then every check of ``lead_problems`` plus the register's."""
    lead = replace(lead)
    if lead.received_on is not None and isinstance(lead.due_workdays, int) and 1 <= lead.due_workdays <= MAX_DUE_WORKDAYS:
        lead.due_on = add_workdays(store=store, day=lead.received_on, n=lead.due_workdays, warnings=warnings)
    if not lead.channel:
        lead.channel = DEFAULT_CHANNEL.get(lead.source, "")
    problems = lead_problems(lead, today=today)
    db = store.db
    if lead.enterprise_id and not db.execute("select 1 from enterprises where id = ?", [lead.enterprise_id]).fetchone():
        problems["enterprise"] = "所选企业不在名录库中"
    for column, table, ids, label in (("inspection_ids", "inspections", lead.inspection_ids, "检查记录"),
                                      ("finding_ids", "findings", lead.finding_ids, "隐患")):
        missing = [i for i in ids if not db.execute(f"select 1 from [{table}] where id = ?", [i]).fetchone()]
        if missing:
            problems[column] = f"关联的{label}不存在（{short_id(missing[0])}）"
    if problems:
        raise ValidationError(problems, record="线索")
    return lead


def register_lead(*, store: Store, lead: Lead, today: date | None = None) -> SavedLead:
    """Record a new lead (or save an edited one: same checks). The due date is recomputed from the calendar."""
    warnings: list[str] = []
    with store.db.atomic():
        checked = _validated(store, lead, today or date.today(), warnings)
        if lead.id and not store.db.execute("select 1 from leads where id = ?", [lead.id]).fetchone():
            raise NotFoundError(f"线索 {lead.id} 不存在（可能已被删除）")
        leads_repo.save_lead(store.db, checked)
    return SavedLead(checked, warnings)


save_lead = register_lead


def get_lead(*, store: Store, lead_id: str) -> Lead:
    """The whole lead, complainant included — for the lead's own form only."""
    return leads_repo.get_lead(store.db, lead_id)


def close_lead(*, store: Store, lead_id: str, finding: str, case_no: str = "", no_case_reason: str = "",
               closed_on: date | None = None, today: date | None = None) -> SavedLead:
    """Record the finding, the case (or why none) and close the lead, dated ``closed_on`` (default today)."""
    today = today or date.today()
    day = closed_on or today
    lead = get_lead(store=store, lead_id=lead_id)
    if lead.closed_on is not None:
        raise UserError(f"线索 {short_id(lead_id)} 已于 {lead.closed_on.isoformat()} 办结")
    lead.finding = finding
    lead.verified_on = lead.verified_on or day
    if case_no.strip():
        lead.case_no, lead.case_opened_on, lead.no_case_reason = case_no.strip(), lead.case_opened_on or day, ""
    elif no_case_reason.strip():
        lead.no_case_reason = no_case_reason.strip()
    lead.closed_on = day
    return register_lead(store=store, lead=lead, today=today)


def delete_lead(*, store: Store, lead_id: str) -> None:
    with store.db.atomic():
        store.db.execute("delete from lead_inspections where lead_id = ?", [lead_id])
        store.db.execute("delete from lead_findings where lead_id = ?", [lead_id])
        if store.db.execute("delete from leads where id = ?", [lead_id]).rowcount == 0:
            raise NotFoundError(f"线索 {lead_id} 不存在")


# --- lists and follow-up ------------------------------------------------------------------------------------------


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _view(row: dict, today: date) -> LeadView:
    lead, _ = leads_repo.row_to_lead(row)
    steps = []
    if lead.case_opened_on and lead.case_no:
        steps.append((lead.case_opened_on, "立案"))
    if row.get("first_action"):
        on, kind = row["first_action"].split("|", 1)
        steps.append((date.fromisoformat(on), kind))
    if row.get("first_hazard"):
        steps.append((date.fromisoformat(row["first_hazard"]), "责令整改隐患"))
    steps = [s for s in steps if s[0] <= today]
    handled_on, handled_by = min(steps) if steps else (None, "")
    return LeadView(
        id=lead.id, source=lead.source, channel=lead.channel, received_on=lead.received_on or today,
        enterprise=row["enterprise"] or "", enterprise_id=lead.enterprise_id, credit_code=row["credit_code"] or "",
        street=row["street"] or "", summary=lead.summary, department=lead.department, handler=lead.handler,
        due_on=lead.due_on, finding=lead.finding, case_no=lead.case_no, reply_on=lead.reply_on,
        closed_on=lead.closed_on, status=lead.status, overdue=is_overdue(lead, today),
        dereliction=is_dereliction(lead, handled_on=handled_on, today=today), handled_on=handled_on,
        handled_by=handled_by)


def list_leads(*, store: Store, today: date | None = None, source: str | None = None, status: str | None = None,
               overdue: bool | None = None, dereliction: bool | None = None, search: str = "",
               received_from: date | None = None, received_to: date | None = None) -> list[LeadView]:
    """Leads newest first, as of ``today``, filtered. Never the complainant (see ``leads_repo.PUBLIC_COLUMNS``)."""
    today = today or date.today()
    where, params = ["l.received_on <= ?"], [today.isoformat()]
    if source:
        where.append("l.source = ?")
        params.append(source)
    if received_from:
        where.append("l.received_on >= ?")
        params.append(received_from.isoformat())
    if received_to:
        where.append("l.received_on <= ?")
        params.append(received_to.isoformat())
    if search.strip():
        like = "%" + search.strip().replace("%", "").replace("_", "") + "%"
        where.append("(coalesce(e.name, l.enterprise_name) like ? or l.summary like ? or l.case_no like ? "
                     "or l.department like ? or l.handler like ?)")
        params.extend([like] * 5)
    views = [_view(r, today) for r in leads_repo.lead_facts(store.db, where=" and ".join(where), params=params)]
    return [v for v in views
            if (status is None or v.status == status) and (overdue is None or v.overdue == overdue)
            and (dereliction is None or v.dereliction == dereliction)]


def derelictions(*, store: Store, today: date | None = None, since: date | None = None) -> list[LeadView]:
    """True leads left without a case, penalty or supervised rectification by their due date (due ``since`` on)."""
    views = list_leads(store=store, today=today, dereliction=True)
    return [v for v in views if since is None or (v.due_on is not None and v.due_on >= since)]


def true_complaints(*, store: Store, enterprise_id: str, since: date, until: date | None = None) -> int:
    """Complaints (投诉举报) about an enterprise found true or partly true, verified in [since, until].

    For the double-random draw (济天政发〔2019〕5号: enterprises with many complaints are sampled more often): the
    sampling rules multiply an enterprise's ratio by a factor when this count reaches their threshold.
    """
    until = until or date.max
    row = store.db.execute(
        f"select count(*) from leads where enterprise_id = ? and source = ? and finding in "
        f"({', '.join('?' for _ in TRUE_FINDINGS)}) and coalesce(verified_on, closed_on) between ? and ?",
        [enterprise_id, SOURCE_COMPLAINT, *sorted(TRUE_FINDINGS), since.isoformat(), until.isoformat()]).fetchone()
    return int(row[0])


def true_complaint_counts(*, store: Store, since: date, until: date | None = None) -> dict[str, int]:
    """enterprise id → ``true_complaints`` for every enterprise that has any (one query, for a whole draw)."""
    until = until or date.max
    rows = store.db.execute(
        f"select enterprise_id, count(*) from leads where enterprise_id is not null and source = ? and finding in "
        f"({', '.join('?' for _ in TRUE_FINDINGS)}) and coalesce(verified_on, closed_on) between ? and ? "
        f"group by enterprise_id",
        [SOURCE_COMPLAINT, *sorted(TRUE_FINDINGS), since.isoformat(), until.isoformat()]).fetchall()
    return {r[0]: int(r[1]) for r in rows}


@dataclass(frozen=True)
class LinkChoice:
    """An inspection or hazard of the lead's enterprise that the form offers to link."""

    id: str
    label: str


def link_choices(*, store: Store, enterprise_id: str | None) -> tuple[list[LinkChoice], list[LinkChoice]]:
    """(inspections, hazards) of an enterprise, newest first, labelled with date, phase or level and description."""
    if not enterprise_id:
        return [], []
    db = store.db
    inspections = [LinkChoice(r[0], f"{r[1]} {r[2]}") for r in db.execute(
        "select id, inspection_date, phase from inspections where enterprise_id = ? "
        "order by inspection_date desc, created_at desc limit 200", [enterprise_id])]
    hazards = [LinkChoice(r[0], f"{r[1]} {r[2]} {(r[3] or '')[:40]}") for r in db.execute(
        "select id, found_date, level, description from findings where enterprise_id = ? "
        "order by found_date desc, created_at desc limit 500", [enterprise_id])]
    return inspections, hazards
