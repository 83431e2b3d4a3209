"""What a document of an inspection says, read from the database: the draft shown in the preview and frozen at
issue. Refusals (a draft hazard in an order, a hazard without a deadline, a review with nothing re-inspected) are
UserErrors that name the hazard.

    draft = draft_content(store=s, inspection_id=iid, kind="order")   # DraftDocument(content, finding_ids, follows)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone, timedelta

from safety_desk.domain.documents import (
    KIND_NOTICE, KIND_ORDER, KIND_RECORD, KIND_REVIEW, STATUS_ISSUED, TITLES, kinds_for,
)
from safety_desk.domain.findings import MODE_IMMEDIATE, STATUS_CLOSED, Finding
from safety_desk.domain.issuing_unit import IssuingUnit
from safety_desk.domain.inspections import RESULTS
from safety_desk.errors import UserError, ValidationError
from safety_desk.reports.documents.model import DocumentContent, Officer, Problem, ReviewItem
from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.store import documents_repo
from safety_desk.store.database import Store

# The free text a user may adjust in the preview before issuing; everything else comes from the records.
EDITABLE = ("narrative", "place", "time_from", "time_to", "head", "head_title", "recorder")
MAX_EDIT = {"narrative": 4000, "place": 200, "head": 40, "head_title": 40, "recorder": 40}
_CHINA = timezone(timedelta(hours=8))  # inspections are local; stored stamps are UTC
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


@dataclass(frozen=True)
class DraftDocument:
    content: DocumentContent
    finding_ids: tuple[str, ...] = ()
    follows_id: str | None = None
    enterprise_id: str = ""


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 24 else text[:24] + "…"


def draft_content(*, store: Store, unit: IssuingUnit, inspection_id: str, kind: str,
                  finding_ids: list[str] | None = None, issued_on: date | None = None) -> DraftDocument:
    if not unit.configured:
        raise UserError("请先设置本机的发文单位（文书 → 发文单位与文号设置），文书上要印发文单位名称和文号")
    if kind not in kinds_for(unit.enforcement_power):
        allowed = "、".join(TITLES[k] for k in kinds_for(unit.enforcement_power))
        power = "具有" if unit.enforcement_power else "不具有"
        raise UserError(f"{unit.name}{power}行政执法权，不能签发{TITLES[kind]}（可签发：{allowed}）")
    db = store.db
    info = inspection_service.get_inspection(store=store, inspection_id=inspection_id)
    e = db.execute("select coalesce(address, ''), coalesce(contact_person, ''), coalesce(contact_phone, '') "
                   "from enterprises where id = ?", [info.enterprise_id]).fetchone()
    officers = tuple(Officer(name=n, certificate_no=(c or "").strip()) for n, c in db.execute(
        "select p.name, p.certificate_no from inspection_inspectors ii join inspectors p on p.id = ii.inspector_id"
        " where ii.inspection_id = ? order by p.name", [inspection_id]))
    findings = finding_service.findings_of_inspection(store=store, inspection_id=inspection_id)
    if finding_ids is not None:
        wanted = set(finding_ids)
        findings = [f for f in findings if f.id in wanted]
    time_from, time_to = _visit_times(db, inspection_id, info.inspection_date)
    base = DocumentContent(
        kind=kind, unit_name=unit.name, review_body=unit.review_body, enterprise=info.enterprise_name,
        address=e[0], head=e[1], phone=e[2], inspection_date=info.inspection_date.isoformat(),
        time_from=time_from, time_to=time_to, inspectors=officers,
        issued_on=(issued_on or info.inspection_date).isoformat())
    if kind == KIND_RECORD:
        places = list(dict.fromkeys(f.location.strip() for f in findings if f.location.strip()))
        place = "生产经营场所" + (f"（{'、'.join(places[:6])}等）" if places else "")
        content = replace(base, place=place, narrative=_narrative(store, inspection_id, info, findings))
        return DraftDocument(content, tuple(f.id for f in findings), None, info.enterprise_id)
    if kind in (KIND_ORDER, KIND_NOTICE):
        chosen = _problems_for(kind, findings)
        problems = tuple(Problem(
            description=f.description, level=f.level, location=f.location, basis=f.basis,
            disposal_basis=f.disposal_basis, requirement=f.requirement or f.five.measures,
            deadline=f.five.deadline.isoformat() if f.five.deadline else "", mode=f.rectification_mode)
            for f in chosen)
        return DraftDocument(replace(base, problems=problems), tuple(f.id for f in chosen), None, info.enterprise_id)
    return _review(store, base, inspection_id, info.enterprise_id, issued_on)


def _problems_for(kind: str, findings: list[Finding]) -> list[Finding]:
    title = TITLES[kind]
    chosen = []
    for f in findings:
        if not f.ledger_entered:
            raise UserError(f"隐患 “{_short(f.description) or '（无描述）'}” 还是草稿，尚未登记入台账，"
                            f"不能列入{title}：请先补全五落实并登记入台账")
        if f.five.deadline is None:
            fixed_on_the_spot = f.rectification_mode == MODE_IMMEDIATE
            if fixed_on_the_spot and kind == KIND_ORDER and f.status == STATUS_CLOSED:
                continue  # fixed and written off on the spot: the on-site record tells it, no order needed
            if not fixed_on_the_spot or kind == KIND_ORDER:
                raise UserError(f"隐患 “{_short(f.description)}” 没有整改时限，不能列入{title}：请先在隐患中填写整改时限")
        chosen.append(f)
    if not chosen:
        raise UserError(f"本次检查没有可列入{title}的已登记隐患")
    return chosen


def _review(store: Store, base: DocumentContent, inspection_id: str, enterprise_id: str,
            issued_on: date | None) -> DraftDocument:
    db = store.db
    follows = [d for d in documents_repo.list_documents(db, inspection_id=inspection_id)
               if d.kind in (KIND_ORDER, KIND_NOTICE) and d.status == STATUS_ISSUED]
    if not follows:
        raise UserError("本次检查还没有签发的责令限期整改指令书或隐患整改通知书，无从复查")
    original = follows[-1]
    items, dates = [], []
    for fid in original.finding_ids:
        f = db.execute("select description, level, status from findings where id = ?", [fid]).fetchone()
        if f is None:
            continue
        r = db.execute("select result, opinion, reinspected_on from reinspections where finding_id = ? "
                       "order by reinspected_on desc, created_at desc limit 1", [fid]).fetchone()
        if r:
            result = "已整改" if r[0] == "合格" else "未整改"
            items.append(ReviewItem(f[0], f[1], result, r[1] or "", r[2]))
            dates.append(r[2])
        else:
            items.append(ReviewItem(f[0], f[1], "已整改" if f[2] == STATUS_CLOSED else "未复查",
                                    "" if f[2] == STATUS_CLOSED else "尚未复查验收"))
    if not dates:
        raise UserError(f"{original.number} 所列隐患还没有复查验收记录：请先在隐患中记录复查验收，再签发整改复查意见书")
    content = replace(base, follows_title=TITLES[original.kind], follows_number=original.number,
                      follows_date=original.issued_on.isoformat(), review_items=tuple(items),
                      issued_on=(issued_on.isoformat() if issued_on else max(dates)))
    return DraftDocument(content, original.finding_ids, original.id, enterprise_id)


def _visit_times(db, inspection_id: str, day: date) -> tuple[str, str]:
    """From when the inspection was opened to when it was marked complete, if both were on the inspection day
    (local time); otherwise blanks for the inspectors to fill in by hand — never an invented time."""
    created, completed = db.execute("select created_at, completed_at from inspections where id = ?",
                                    [inspection_id]).fetchone()
    out = []
    for stamp in (created, completed):
        try:
            local = datetime.fromisoformat(stamp).astimezone(_CHINA) if stamp else None
        except ValueError:
            local = None
        out.append(local.strftime("%H:%M") if local and local.date() == day else "")
    if out[0] and out[1] and out[1] < out[0]:
        out[1] = ""
    return out[0], out[1]


def _narrative(store: Store, inspection_id: str, info, findings: list[Finding]) -> str:
    counts = dict.fromkeys(RESULTS, 0)
    for row in inspection_service.get_checklist(store=store, inspection_id=inspection_id):
        counts[row.result] = counts.get(row.result, 0) + 1
    checked = "，".join(f"{k} {v} 项" for k, v in counts.items() if v)
    parts = [f"检查人员依据{'、'.join(f'《{t}》' for t in info.template_titles) or '有关检查表'}对该单位进行了"
             f"{info.phase}{'（四不两直）' if info.unannounced else ''}。共 {sum(counts.values())} 个检查点"
             + (f"：{checked}。" if checked else "。")]
    if findings:
        majors = sum(1 for f in findings if f.level == "重大")
        parts.append(f"现场发现安全生产事故隐患 {len(findings)} 项" + (f"（其中重大事故隐患 {majors} 项）" if majors else "")
                     + "：")
        for n, f in enumerate(findings, start=1):
            where = f"（部位：{f.location.strip()}）" if f.location.strip() else ""
            parts.append(f"{n}. {f.description.strip()}{where}{'【重大】' if f.level == '重大' else ''}；")
    else:
        parts.append("现场未发现安全生产事故隐患。")
    notes = store.db.execute("select coalesce(notes, '') from inspections where id = ?", [inspection_id]).fetchone()[0]
    if notes.strip():
        parts.append(f"其他情况：{notes.strip()}")
    return "\n".join(parts)


def apply_edits(content: DocumentContent, edits: dict | None) -> DocumentContent:
    """The user's adjustments of the free text, validated (one validator for the preview dialog and the service)."""
    if not edits:
        return content
    problems: dict[str, str] = {}
    clean: dict[str, str] = {}
    for key, value in edits.items():
        if key not in EDITABLE:
            problems[key] = f"“{key}” 不能在签发前修改"
            continue
        value = (value or "").strip() if isinstance(value, str) else None
        if value is None:
            problems[key] = "应为文字"
        elif key in ("time_from", "time_to"):
            m = _TIME.fullmatch(value)
            if value and not m:
                problems[key] = f"时间应写作 时:分，如 09:30，而不是 “{value}”"
            clean[key] = f"{int(m.group(1)):02d}:{m.group(2)}" if m else ""
        elif len(value) > MAX_EDIT[key]:
            problems[key] = f"最多 {MAX_EDIT[key]} 个字"
        else:
            clean[key] = value
    start, end = clean.get("time_from", content.time_from), clean.get("time_to", content.time_to)
    if not problems and start and end and end < start:
        problems["time_to"] = f"检查结束时间 {end} 早于开始时间 {start}"
    if problems:
        raise ValidationError(problems, record=TITLES.get(content.kind, "文书"))
    return replace(content, **clean)
