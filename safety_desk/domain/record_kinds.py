"""The validator of every synced table: one entry per table, listing its columns and the rules of its record kind.

A data package is refused if it carries a table without an entry here, or a column an entry does not list: a new
synced table or column cannot travel unchecked. To register one, add ``_register(RecordKind(...))`` below (or from
the module that defines the kind's rules) and see docs/DEVELOPING.md, "A new synced table".

The rules are the very functions the forms call (``accident_problems``, ``action_problems`` …): the row is turned
into the kind's dataclass and checked as an edit would be. Rules that need another record (a listing's hazard) get
the most lenient context here; the references themselves are checked by the import, which knows what exists.
"""

from __future__ import annotations

from datetime import date

from safety_desk.domain import (
    accidents,
    enforcement,
    findings,
    inspections,
    lifecycle,
    registers,
    templates,
    veto_registers,
)
from safety_desk.domain.money import MAX_FEN
from safety_desk.domain.records import (
    Col,
    RecordKind,
    as_date,
    choice,
    day,
    flag,
    hex64,
    integer,
    json_list,
    ref,
    stamp,
    text,
)

KINDS: dict[str, RecordKind] = {}

PHOTO_EXTENSIONS = (".jpg", ".png", ".gif", ".bmp", ".webp")  # what store.attachments.image_extension yields
MAX_PHOTO_BYTES = 40 * 1024 * 1024
MAX_POSITION = 1_000_000
MAX_NAME = 500  # names, titles, numbers: one line
MAX_AUDIT_VALUE = 400_000  # an audit row may hold a whole hazard's values as JSON
_FAR_PAST = date(1, 1, 1)


def _register(kind: RecordKind) -> RecordKind:
    if kind.table in KINDS:
        raise ValueError(f"two validators for {kind.table}")
    KINDS[kind.table] = kind
    return kind


def register(kind: RecordKind) -> RecordKind:
    """Register the validator of a synced table added elsewhere (one entry per table)."""
    return _register(kind)


def validator_for(table: str) -> RecordKind | None:
    return KINDS.get(table)


def _position(required: bool = False) -> Col:
    return integer(required=required, lo=0, hi=MAX_POSITION)


def _name(nonblank: bool = False) -> Col:
    return text(nonblank=nonblank, max_len=MAX_NAME)


def _s(row: dict, name: str) -> str:
    return row.get(name) or ""


# --- templates (read from forms/*.yaml or an Excel catalogue; matched by content across laptops) ----------------------
# Their text is capped when the file is read (domain.templates.MAX_TEXT_CHARS, 10,000); the default cap is above it.

_register(RecordKind("templates", "检查表", {
    "template_key": text(nonblank=True), "version": integer(required=True, lo=1, hi=templates.MAX_VERSION),
    "title": text(nonblank=True), "sector": text(), "source": text(), "description": text(),
    "content_sha256": hex64(required=True), "origin": text(max_len=4096),
}))
_register(RecordKind("template_sections", "检查表章节", {
    "template_id": ref("templates", required=True), "position": _position(required=True), "code": text(),
    "title": text(), "omitted": flag(), "note": text(),
}))
_register(RecordKind("template_items", "检查项", {
    "template_id": ref("templates", required=True), "section_id": ref("template_sections", required=True),
    "position": _position(required=True), "number": text(), "title": text(), "basis": text(), "method": text(),
    "common_problems": text(), "disposal_basis": text(), "requirement": text(), "acceptance": text(),
}))
_register(RecordKind("template_points", "检查点", {
    "template_id": ref("templates", required=True), "item_id": ref("template_items", required=True),
    "position": _position(required=True), "label": text(), "text": text(), "basis": text(),
}))


# --- registers ------------------------------------------------------------------------------------------------------

def _enterprise_rules(row: dict) -> dict[str, str]:
    import json

    e = registers.Enterprise(
        name=_s(row, "name"), credit_code=_s(row, "credit_code"), risk_grade=_s(row, "risk_grade"),
        credit_grade=_s(row, "credit_grade"), key_categories=json.loads(row.get("key_categories") or "[]"),
        contact_phone=_s(row, "contact_phone"))
    problems = registers.enterprise_problems(e)
    code = _s(row, "credit_code")
    if code and code != code.strip().upper():  # stored as the form stores it, or the unique index is fooled
        problems.setdefault("credit_code", "统一社会信用代码应去掉空格并大写")
    return problems


_register(RecordKind("enterprises", "企业", {
    "name": _name(nonblank=True), "credit_code": text(max_len=18), "street": _name(), "address": text(max_len=2000),
    "sector": _name(), "lead_department": _name(), "risk_grade": _name(), "credit_grade": _name(),
    "key_categories": json_list(registers.KEY_CATEGORIES), "key_process": flag(), "key_chemicals": flag(),
    "major_hazard_source": flag(), "contact_person": _name(), "contact_phone": _name(),
}, rules=_enterprise_rules))
_register(RecordKind("inspectors", "检查人员", {
    "name": _name(nonblank=True), "department": _name(), "certificate_no": _name(), "specialties": text(),
}))


# --- campaigns, inspections, check results --------------------------------------------------------------------------

def _campaign_rules(row: dict) -> dict[str, str]:
    import json

    return inspections.campaign_problems(inspections.Campaign(
        name=_s(row, "name"), start_date=as_date(row["start_date"]), end_date=as_date(row["end_date"]),
        phases=json.loads(row.get("phases") or "[]")))


_register(RecordKind("campaigns", "专项行动", {
    "name": _name(nonblank=True), "start_date": day(required=True), "end_date": day(required=True),
    "phases": json_list(inspections.PHASES, required=True),
}, rules=_campaign_rules))
_register(RecordKind("inspections", "检查", {
    "campaign_id": ref("campaigns", required=True), "phase": choice(inspections.PHASES, required=True),
    "enterprise_id": ref("enterprises", required=True), "inspection_date": day(required=True),
    "unannounced": flag(), "notes": text(), "completed_at": stamp(),
}))
_register(RecordKind("inspection_templates", "检查所用检查表", {
    "inspection_id": ref("inspections", required=True), "template_id": ref("templates", required=True),
    "position": _position(),
}))
_register(RecordKind("inspection_inspectors", "检查人员安排", {
    "inspection_id": ref("inspections", required=True), "inspector_id": ref("inspectors", required=True),
}))
_register(RecordKind("check_results", "检查结果", {
    "inspection_id": ref("inspections", required=True), "point_id": ref("template_points", required=True),
    "result": choice(inspections.RESULTS), "note": text(),
}))


# --- hazards and photos ---------------------------------------------------------------------------------------------

_register(RecordKind("findings", "隐患", {
    "campaign_id": ref("campaigns"), "inspection_id": ref("inspections"), "enterprise_id": ref("enterprises", required=True),
    "point_id": ref("template_points"), "found_date": day(required=True, label="发现日期"),
    "description": text(label="隐患描述"), "location": text(label="隐患位置"),
    "level": choice(findings.LEVELS, required=True, label="隐患等级"), "three_violations": flag(),
    "rectification_mode": choice(findings.MODES, required=True, label="整改方式"),
    "status": choice(findings.STATUSES, required=True, label="整改状态"),
    "template_title": text(), "item_heading": text(), "point_text": text(), "basis": text(label="检查依据"),
    "disposal_basis": text(label="处置依据"), "requirement": text(label="整改要求"),
    "responsible_unit": text(label="责任单位"), "responsible_person": text(label="责任人"),
    "measures": text(label="整改措施"), "funds_fen": integer(lo=0, hi=findings.MAX_FUNDS_FEN, label="整改资金（分）"),
    "deadline": day(label="整改时限"), "contingency_plan": text(label="应急预案"),
    "ledger_entered_at": stamp(), "closed_on": day(), "closed_by": _name(),
}, rules=findings.finding_problems))
_register(RecordKind("photos", "照片", {
    "sha256": hex64(required=True), "extension": choice(PHOTO_EXTENSIONS, required=True),
    "size": integer(required=True, lo=1, hi=MAX_PHOTO_BYTES), "original_name": text(max_len=1000),
}))
_register(RecordKind("finding_photos", "隐患照片", {
    "finding_id": ref("findings", required=True), "photo_id": ref("photos", required=True), "position": _position(),
}))


# --- the lifecycle --------------------------------------------------------------------------------------------------

_register(RecordKind("status_changes", "状态变更", {
    "finding_id": ref("findings", required=True), "from_status": choice(findings.STATUSES),
    "to_status": choice(findings.STATUSES, required=True), "reason": text(), "actor": _name(), "changed_on": day(),
}))


def _extension_rules(row: dict) -> dict[str, str]:
    old, new = as_date(row.get("old_deadline")), as_date(row["new_deadline"])
    if old is not None and new <= old:
        return {"new_deadline": f"延期后的时限 {new.isoformat()} 应晚于原时限 {old.isoformat()}"}
    return {}


_register(RecordKind("deadline_extensions", "延期", {
    "finding_id": ref("findings", required=True), "old_deadline": day(), "new_deadline": day(required=True),
    "reason": text(), "approved_by": _name(), "extended_on": day(),
}, rules=_extension_rules))


def _listing_rules(row: dict) -> dict[str, str]:
    problems = lifecycle.listing_problems(
        hazard_level=findings.LEVEL_MAJOR, level=row["level"], supervising_unit=_s(row, "supervising_unit"),
        document_no=_s(row, "document_no"), listed_on=as_date(row["listed_on"]), found_date=_FAR_PAST,
        today=date.max)
    delisted = as_date(row.get("delisted_on"))
    if delisted is not None and delisted < as_date(row["listed_on"]):
        problems["delisted_on"] = f"撤销挂牌日期 {delisted.isoformat()} 早于挂牌日期 {row['listed_on']}"
    return problems


_register(RecordKind("listings", "挂牌督办", {
    "finding_id": ref("findings", required=True), "level": choice(lifecycle.LISTING_LEVELS, required=True),
    "supervising_unit": _name(), "document_no": _name(), "listed_on": day(required=True), "delisted_on": day(),
}, rules=_listing_rules))


def _reinspection_rules(row: dict) -> dict[str, str]:
    return lifecycle.reinspection_problems(
        result=row["result"], opinion=_s(row, "opinion"), inspector=_s(row, "inspector_name"),
        reinspected_on=as_date(row["reinspected_on"]), found_date=_FAR_PAST, today=date.max)


_register(RecordKind("reinspections", "复查验收", {
    "finding_id": ref("findings", required=True), "inspector_id": ref("inspectors"), "inspector_name": _name(),
    "reinspected_on": day(required=True), "result": choice(lifecycle.REINSPECTION_RESULTS, required=True),
    "opinion": text(),
}, rules=_reinspection_rules))
_register(RecordKind("reinspection_photos", "复查照片", {
    "reinspection_id": ref("reinspections", required=True), "photo_id": ref("photos", required=True),
    "position": _position(),
}))
_register(RecordKind("audit_log", "修改记录", {
    # The log outlives what it describes (a deleted draft hazard): its ids need not name a record that exists.
    "table_name": _name(nonblank=True), "record_id": Col("id", required=True), "field": _name(nonblank=True),
    "old_value": text(max_len=MAX_AUDIT_VALUE), "new_value": text(max_len=MAX_AUDIT_VALUE), "actor": _name(),
    "reason": text(), "finding_id": Col("id"), "action": _name(),
}))


# --- enforcement and the veto registers -----------------------------------------------------------------------------

def _action_rules(row: dict) -> dict[str, str]:
    return enforcement.action_problems(enforcement.EnforcementAction(
        kind=row["kind"], decided_on=as_date(row["decided_on"]), inspection_id=row.get("inspection_id"),
        enterprise_id=row["enterprise_id"], finding_id=row.get("finding_id"), case_no=_s(row, "case_no"),
        amount_fen=row.get("amount_fen"), target=row.get("target") or enforcement.TARGET_ENTERPRISE,
        person_name=_s(row, "person_name"), notes=_s(row, "notes")), today=date.max)


_register(RecordKind("enforcement_actions", "执法措施", {
    "inspection_id": ref("inspections"), "enterprise_id": ref("enterprises", required=True),
    "finding_id": ref("findings"), "kind": choice(enforcement.KINDS, required=True), "case_no": _name(),
    "amount_fen": integer(lo=0, hi=MAX_FEN), "target": choice(enforcement.TARGETS), "person_name": _name(),
    "decided_on": day(required=True), "notes": text(),
}, rules=_action_rules))


def _accident_rules(row: dict) -> dict[str, str]:
    return accidents.accident_problems(accidents.Accident(
        occurred_on=as_date(row["occurred_on"]), accident_type=row["accident_type"], street=_s(row, "street"),
        enterprise_id=row.get("enterprise_id"), deaths=row.get("deaths") or 0,
        serious_injuries=row.get("serious_injuries") or 0, direct_loss_fen=row.get("direct_loss_fen") or 0,
        reporting=row.get("reporting") or accidents.REPORTED_ON_TIME, description=_s(row, "description")),
        today=date.today())


_register(RecordKind("accidents", "事故", {
    "occurred_on": day(required=True), "enterprise_id": ref("enterprises"), "street": _name(),
    "accident_type": _name(nonblank=True), "deaths": integer(lo=0, hi=accidents.MAX_PEOPLE),
    "serious_injuries": integer(lo=0, hi=accidents.MAX_PEOPLE), "direct_loss_fen": integer(lo=0, hi=MAX_FEN),
    "illegal_production": flag(), "cause_poor_rectification": flag(), "cause_three_violations": flag(),
    "reporting": choice(accidents.REPORTING), "description": text(),
}, rules=_accident_rules))


def _illegal_operation_rules(row: dict) -> dict[str, str]:
    return veto_registers.illegal_operation_problems(veto_registers.IllegalOperation(
        found_on=as_date(row["found_on"]), street=_s(row, "street"),
        responsible_department=_s(row, "responsible_department"), enterprise_name=_s(row, "enterprise_name"),
        description=_s(row, "description"), stopped=bool(row.get("stopped")),
        stopped_on=as_date(row.get("stopped_on"))), today=date.today())


_register(RecordKind("illegal_operations", "非法生产经营", {
    "found_on": day(required=True), "street": _name(nonblank=True), "responsible_department": _name(),
    "enterprise_name": _name(), "description": text(), "stopped": flag(), "stopped_on": day(),
}, rules=_illegal_operation_rules))


def _blacklist_rules(row: dict) -> dict[str, str]:
    return veto_registers.blacklist_problems(veto_registers.BlacklistEntry(
        enterprise_id=row["enterprise_id"], listed_on=as_date(row["listed_on"]), reason=_s(row, "reason"),
        removed_on=as_date(row.get("removed_on"))), today=date.today())


_register(RecordKind("blacklist_entries", "黑名单", {
    "enterprise_id": ref("enterprises", required=True), "listed_on": day(required=True), "reason": text(),
    "removed_on": day(),
}, rules=_blacklist_rules))


# --- 双随机 (sampling items, 回避, plans, draws, tasks) --------------------------------------------------------------
# A draw's snapshot, plan and list are JSON written by the program and fingerprinted (draw verify re-checks them), so
# their columns are bounded by size only; the package reader caps members as a whole.
_BIG_JSON = 64 * 1024 * 1024


def _sampling_kinds() -> None:
    from safety_desk.domain import sampling

    _register(RecordKind("sampling_items", "抽查事项", {
        "item_key": _name(nonblank=True), "name": _name(nonblank=True), "department": _name(nonblank=True),
        "content_sha256": hex64(required=True), "data": text(required=True, max_len=200_000), "origin": _name(),
    }))
    _register(RecordKind("inspector_recusals", "回避申明", {
        "inspector_id": ref("inspectors", required=True), "enterprise_id": ref("enterprises", required=True),
        "reason": text(), "declared_on": day(),
    }))
    _register(RecordKind("sampling_plans", "抽查计划", {
        "name": _name(nonblank=True), "start_date": day(required=True), "end_date": day(required=True),
        "lead_department": _name(nonblank=True), "campaign_id": ref("campaigns"),
        "rules": text(required=True, max_len=200_000), "origin": _name(),
    }, rules=_plan_rules))
    _register(RecordKind("sampling_plan_items", "计划抽查事项", {
        "plan_id": ref("sampling_plans", required=True), "item_id": ref("sampling_items", required=True),
        "position": _position(required=True),
    }))
    _register(RecordKind("draws", "摇号记录", {
        "plan_id": ref("sampling_plans", required=True), "seed": integer(required=True, lo=0, hi=2**63 - 1),
        "seed_source": _name(), "drawn_at": stamp(required=True), "drawn_by": _name(), "witnesses": text(),
        "algorithm": _name(nonblank=True), "registers_sha256": hex64(required=True),
        "plan_sha256": hex64(required=True), "result_sha256": hex64(required=True),
        "snapshot": text(required=True, max_len=_BIG_JSON), "plan_json": text(required=True, max_len=_BIG_JSON),
        "result_json": text(required=True, max_len=_BIG_JSON), "strata_json": text(max_len=_BIG_JSON),
        "replaces_draw_id": ref("draws"), "replace_reason": text(),
    }))
    _register(RecordKind("sampling_tasks", "抽查任务", {
        "plan_id": ref("sampling_plans", required=True), "draw_id": ref("draws", required=True),
        "enterprise_id": ref("enterprises", required=True), "inspection_id": ref("inspections"),
        "position": _position(), "items": text(required=True, max_len=200_000), "departments": text(max_len=200_000),
        "result": choice(("", *sampling.RESULTS)), "result_note": text(), "result_on": day(), "result_by": _name(),
        "superseded": flag(),
    }))


def _plan_rules(row: dict) -> dict[str, str]:
    start, end = as_date(row["start_date"]), as_date(row["end_date"])
    return {"end_date": "结束日期不能早于开始日期"} if end < start else {}


_sampling_kinds()


# --- enforcement documents (执法文书) ---------------------------------------------------------------------------------

def _document_kinds() -> None:
    from safety_desk.domain import documents

    _register(RecordKind("documents", "执法文书", {
        "number": _name(nonblank=True), "kind": choice(documents.KINDS, required=True), "unit_name": _name(),
        "unit_short": _name(nonblank=True), "year": integer(required=True, lo=1900, hi=9999),
        "seq": integer(required=True, lo=1, hi=documents.MAX_SEQ), "issued_on": day(required=True),
        "inspection_id": ref("inspections"), "enterprise_id": ref("enterprises"), "finding_ids": text(max_len=200_000),
        "follows_id": ref("documents"), "issued_by": _name(), "device_id": _name(), "sha256": hex64(required=True),
        "size": integer(lo=0, hi=1024 * 1024 * 1024), "content": text(max_len=_BIG_JSON),
        "status": choice((documents.STATUS_ISSUED, documents.STATUS_VOID), required=True), "void_reason": text(),
        "voided_on": day(), "voided_by": _name(),
    }, rules=_document_rules))


def _document_rules(row: dict) -> dict[str, str]:
    from safety_desk.domain import documents

    if row["status"] == documents.STATUS_VOID and not (row.get("void_reason") or "").strip():
        return {"void_reason": "作废的文书须写明作废原因"}
    return {}


_document_kinds()


# --- leads (线索) ----------------------------------------------------------------------------------------------------

def _lead_rules(row: dict) -> dict[str, str]:
    from safety_desk.domain import leads

    lead = leads.Lead(
        source=row["source"], received_on=as_date(row["received_on"]), summary=_s(row, "summary"),
        channel=_s(row, "channel"), enterprise_id=row.get("enterprise_id") or None,
        enterprise_name=_s(row, "enterprise_name"), enterprise_address=_s(row, "enterprise_address"),
        street=_s(row, "street"), complainant=_s(row, "complainant"),
        complainant_contact=_s(row, "complainant_contact"), department=_s(row, "department"),
        handler=_s(row, "handler"), due_workdays=row.get("due_workdays") or 0, due_on=as_date(row.get("due_on")),
        finding=_s(row, "finding"), verified_on=as_date(row.get("verified_on")), case_no=_s(row, "case_no"),
        case_opened_on=as_date(row.get("case_opened_on")), no_case_reason=_s(row, "no_case_reason"),
        reply_on=as_date(row.get("reply_on")), reply_method=_s(row, "reply_method"),
        closed_on=as_date(row.get("closed_on")), notes=_s(row, "notes"), id=_s(row, "id"))
    return leads.lead_problems(lead, today=None)  # dates in the future excepted: another laptop's clock may differ


def _lead_kinds() -> None:
    from safety_desk.domain import leads

    _register(RecordKind("leads", "线索", {
        "source": choice(leads.SOURCES, required=True), "channel": text(max_len=leads.MAX_SHORT),
        "received_on": day(required=True), "summary": text(required=True, max_len=leads.MAX_TEXT),
        "enterprise_id": ref("enterprises"), "enterprise_name": text(max_len=leads.MAX_SHORT),
        "enterprise_address": text(max_len=leads.MAX_TEXT), "street": text(max_len=leads.MAX_SHORT),
        "complainant": text(max_len=leads.MAX_SHORT), "complainant_contact": text(max_len=leads.MAX_SHORT),
        "department": text(max_len=leads.MAX_SHORT), "handler": text(max_len=leads.MAX_SHORT),
        "due_workdays": integer(lo=0, hi=leads.MAX_DUE_WORKDAYS), "due_on": day(required=True),
        "finding": text(max_len=leads.MAX_SHORT), "verified_on": day(), "case_no": text(max_len=leads.MAX_SHORT),
        "case_opened_on": day(), "no_case_reason": text(max_len=leads.MAX_TEXT), "reply_on": day(),
        "reply_method": text(max_len=leads.MAX_SHORT), "closed_on": day(), "notes": text(max_len=leads.MAX_TEXT),
    }, rules=_lead_rules))
    _register(RecordKind("lead_inspections", "线索关联检查", {
        "lead_id": ref("leads", required=True), "inspection_id": ref("inspections", required=True),
    }))
    _register(RecordKind("lead_findings", "线索关联隐患", {
        "lead_id": ref("leads", required=True), "finding_id": ref("findings", required=True),
    }))


_lead_kinds()
