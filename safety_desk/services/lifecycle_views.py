"""The lifecycle's read side: a hazard's history, the dashboard figures, the 回头看 list and veto evidence.

Overdue is always derived from the deadline and ``today`` at query time, never read from a stored flag.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

from safety_desk.domain.findings import format_funds
from safety_desk.domain.lifecycle import (
    ACTION_DELIST,
    ACTION_EXTEND,
    ACTION_LIST,
    KIND_CREATED,
    KIND_DELISTING,
    KIND_EDIT,
    KIND_EXTENSION,
    KIND_LEDGER,
    KIND_LISTING,
    KIND_REINSPECTION,
    KIND_STATUS,
    DashboardCounts,
    HistoryEntry,
    ListedOverdueHazard,
    LookbackHazard,
    action_between,
)
from safety_desk.store import lifecycle_repo
from safety_desk.store.database import Store
from safety_desk.store.rows import get_record

# Column → label as the form and the ledger name them.
FIELD_LABELS = {
    "description": "隐患描述", "location": "隐患部位", "level": "隐患等级", "three_violations": "三违",
    "rectification_mode": "整改方式", "found_date": "发现日期", "responsible_unit": "整改责任单位",
    "responsible_person": "整改责任人", "measures": "整改措施", "funds_fen": "整改资金（元）", "deadline": "整改时限",
    "contingency_plan": "应急预案", "basis": "检查依据", "disposal_basis": "处置依据", "requirement": "整改要求",
    "status": "整改状态", "closed_on": "销号日期", "closed_by": "销号人",
}
# Which step comes first when two were recorded in the same instant (one transaction on a coarse clock):
# a re-inspection before the write-off it causes, a creation before anything else.
_KIND_ORDER = {KIND_CREATED: 0, KIND_EDIT: 1, KIND_LEDGER: 1, KIND_REINSPECTION: 2, KIND_EXTENSION: 2,
               KIND_LISTING: 2, KIND_STATUS: 3, KIND_DELISTING: 4}


def _at(stamp: str) -> datetime:
    at = datetime.fromisoformat(stamp)
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _shown(column: str, value: str | None) -> str:
    if value is None or value == "":
        return "（空）"
    if column == "funds_fen":
        return format_funds(int(value))
    if column == "three_violations":
        return "是" if value == "1" else "否"
    return value


def _audit_entry(row: dict) -> HistoryEntry | None:
    """A history entry for an audit row that no lifecycle record already tells; None for those that one does."""
    action, field, at, actor = row["action"], row["field"], _at(row["created_at"]), row["actor"] or ""
    if row["table_name"] == "listings" and field == "delisted_on":
        return HistoryEntry(at, KIND_DELISTING, ACTION_DELIST, f"撤销日期 {row['new_value']}", actor,
                            row["reason"] or "", _day(row["new_value"]))
    if row["table_name"] != "findings":
        return None  # the insert of a lifecycle record: the record itself is the entry
    if action == "create":
        values = json.loads(row["new_value"] or "{}")
        return HistoryEntry(at, KIND_CREATED, "录入隐患", f"发现日期 {values.get('found_date', '')}".strip(), actor)
    if action == "enter_ledger":
        return HistoryEntry(at, KIND_LEDGER, "登记入台账", "五落实齐全", actor)
    if action == "photo":
        if row["new_value"]:
            return HistoryEntry(at, KIND_EDIT, "添加照片", row["new_value"], actor)
        return HistoryEntry(at, KIND_EDIT, "移除照片", row["old_value"] or "", actor)
    if action == lifecycle_repo.ACTION_EDIT:
        label = FIELD_LABELS.get(field, field)
        detail = f"{label}：{_shown(field, row['old_value'])} → {_shown(field, row['new_value'])}"
        return HistoryEntry(_at(row["updated_at"]), KIND_EDIT, "修改" + label, detail, actor)
    return None  # a column set by a lifecycle step (status, deadline, closed_on …): told by that step's entry


def finding_history(*, store: Store, finding_id: str) -> list[HistoryEntry]:
    """Every step of a hazard, oldest first: recording, edits, ledger entry, status changes with their reasons,
    extensions, listings, re-inspections — each with who, when and why."""
    db = store.db
    finding = get_record(db, "findings", finding_id)
    entries = [e for e in map(_audit_entry, lifecycle_repo.audit_rows(db, finding_id)) if e]
    # Hazards written before the audit log (an older database, the demo's bulk rows) still show when they were
    # recorded and ledgered, from their own columns; who did it is not known.
    kinds = {e.kind for e in entries}
    if KIND_CREATED not in kinds:
        entries.append(HistoryEntry(_at(finding["created_at"]), KIND_CREATED, "录入隐患",
                                    f"发现日期 {finding['found_date']}"))
    if finding["ledger_entered_at"] and KIND_LEDGER not in kinds:
        entries.append(HistoryEntry(_at(finding["ledger_entered_at"]), KIND_LEDGER, "登记入台账", "五落实齐全"))
    for r in lifecycle_repo.status_changes_of(db, finding_id):
        entries.append(HistoryEntry(
            _at(r["created_at"]), KIND_STATUS, action_between(r["from_status"], r["to_status"]),
            f"{r['from_status'] or '—'} → {r['to_status']}", r["actor"] or "", r["reason"] or "",
            _day(r["changed_on"])))
    for r in lifecycle_repo.extensions_of(db, finding_id):
        entries.append(HistoryEntry(
            _at(r["created_at"]), KIND_EXTENSION, ACTION_EXTEND,
            f"整改时限 {r['old_deadline'] or '—'} → {r['new_deadline']}；批准人：{r['approved_by'] or '—'}",
            r["actor"] or "", r["reason"] or "", _day(r["extended_on"])))
    for listing, created_at, actor in lifecycle_repo.listings_of(db, finding_id):
        entries.append(HistoryEntry(
            _at(created_at), KIND_LISTING, ACTION_LIST,
            f"{listing.level}挂牌督办；督办单位：{listing.supervising_unit}；文号：{listing.document_no}；"
            f"挂牌日期 {listing.listed_on.isoformat()}", actor, "", listing.listed_on))
    for r in lifecycle_repo.reinspections_of(db, finding_id):
        photos = f"；照片 {r['photo_count']} 张" if r["photo_count"] else ""
        entries.append(HistoryEntry(
            _at(r["created_at"]), KIND_REINSPECTION, f"复查验收：{r['result']}",
            f"复查人员：{r['inspector_name'] or '—'}；复查日期 {r['reinspected_on']}{photos}",
            r["actor"] or "", r["opinion"] or "", _day(r["reinspected_on"])))
    entries.sort(key=lambda e: (e.at, _KIND_ORDER.get(e.kind, 1)))
    return entries


def dashboard_counts(*, store: Store, today: date) -> DashboardCounts:
    """The dashboard's figures for ``today`` over the ledger: due within 7 days, overdue, listed majors still
    open (and how many of those are overdue: veto situations), and open/overdue by street."""
    due, overdue, listed, listed_overdue = lifecycle_repo.dashboard_figures(store.db, today)
    return DashboardCounts(today=today, due_this_week=due, overdue=overdue, listed_open_majors=listed,
                           listed_overdue=listed_overdue, by_street=lifecycle_repo.counts_by_street(store.db, today))


def lookback_hazards(*, store: Store, enterprise_id: str, today: date, recent_days: int = 90,
                     exclude_inspection_id: str | None = None) -> list[LookbackHazard]:
    """For a 回头看 inspection on ``today``: the enterprise's earlier ledgered hazards still open (soonest deadline
    first), then those written off in the last ``recent_days`` days. ``exclude_inspection_id`` leaves out the hazards
    recorded in the look-back itself."""
    return lifecycle_repo.lookback(store.db, enterprise_id, today, today - timedelta(days=recent_days),
                                   exclude_inspection_id)


def listed_overdue_hazards(*, store: Store, today: date, campaign_id: str | None = None) -> list[ListedOverdueHazard]:
    """Listed hazards still open after their deadline: veto situations for their enterprises, with the evidence.
    ``campaign_id``: only that campaign's (the committee summary's)."""
    return lifecycle_repo.listed_overdue(store.db, today, campaign_id)
