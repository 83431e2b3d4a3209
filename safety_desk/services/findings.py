"""Hazard (finding) use cases. Every edit is its own transaction: typing is saved as it is typed.

    fid = open_finding(store=s, inspection_id=iid, point_id=pid)       # pre-filled snapshot of the point
    update_finding(store=s, finding_id=fid, level="重大", funds="12,000")
    enter_ledger(store=s, finding_id=fid)   # ValidationError listing the five fields still missing
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from safety_desk.domain.findings import (
    LEVELS,
    MODES,
    STATUSES,
    Finding,
    deadline_problem,
    parse_funds,
)
from safety_desk.errors import UserError, ValidationError
from safety_desk.store import findings_repo
from safety_desk.store.attachments import photo_path, read_photo, sha256_hex, write_photo
from safety_desk.store.database import Store, now_iso
from safety_desk.store.rows import get_record, insert_record, update_record

_TEXT_FIELDS = {
    "description", "location", "responsible_unit", "responsible_person", "measures", "contingency_plan",
    "basis", "disposal_basis", "requirement",
}
MAX_TEXT = 20_000


def open_finding(
    *, store: Store, inspection_id: str | None = None, point_id: str | None = None,
    enterprise_id: str | None = None, found_date: date | None = None, level: str = "一般",
) -> str:
    """Create a hazard at once (so that what is typed next is never lost) and return its id.

    From a check point it is pre-filled with that point's basis, disposal basis and requirement; without an
    inspection it is a free-standing hazard of ``enterprise_id``.
    """
    db = store.db
    values: dict = {"level": level, "rectification_mode": "限期整改", "status": "待整改"}
    if inspection_id:
        inspection = get_record(db, "inspections", inspection_id)
        values.update(
            inspection_id=inspection_id, campaign_id=inspection["campaign_id"],
            enterprise_id=inspection["enterprise_id"],
            found_date=(found_date or date.fromisoformat(inspection["inspection_date"])).isoformat(),
        )
    elif enterprise_id:
        get_record(db, "enterprises", enterprise_id)
        values.update(enterprise_id=enterprise_id, found_date=(found_date or date.today()).isoformat())
    else:
        raise UserError("隐患须属于一次检查或一个企业")
    if point_id:
        snapshot = findings_repo.point_snapshot(db, point_id)
        if not snapshot:
            raise UserError(f"检查点不存在（{point_id}）")
        values.update(point_id=point_id, **snapshot)
    with db.atomic():
        return insert_record(db, "findings", values)


def _validated(finding: Finding, changes: dict) -> dict:
    """Turn UI values into columns; ValidationError (field → message) for any bad one. Nothing is half-applied."""
    problems: dict[str, str] = {}
    columns: dict = {}
    for field, value in changes.items():
        if field in _TEXT_FIELDS:
            text = "" if value is None else str(value)
            if len(text) > MAX_TEXT:
                problems[field] = f"内容过长（上限 {MAX_TEXT} 字）"
            columns[field] = text
        elif field == "level":
            if value not in LEVELS:
                problems[field] = f"隐患等级应为 {'/'.join(LEVELS)}"
            columns[field] = value
        elif field == "rectification_mode":
            if value not in MODES:
                problems[field] = f"整改方式应为 {'/'.join(MODES)}"
            columns[field] = value
        elif field == "status":
            if value not in STATUSES:
                problems[field] = f"整改状态应为 {'/'.join(STATUSES)}"
            columns[field] = value
        elif field == "three_violations":
            columns[field] = int(bool(value))
        elif field == "funds":
            try:
                columns["funds_fen"] = parse_funds(value) if isinstance(value, str) else value
            except ValueError as exc:
                problems["funds"] = str(exc)
        elif field == "deadline":
            deadline = date.fromisoformat(value) if isinstance(value, str) and value else (value or None)
            found = changes.get("found_date", finding.found_date)
            found = date.fromisoformat(found) if isinstance(found, str) else found
            why = deadline_problem(deadline, found)
            if why:
                problems["deadline"] = why
            columns["deadline"] = deadline.isoformat() if deadline else None
        elif field == "found_date":
            found = date.fromisoformat(value) if isinstance(value, str) else value
            deadline = changes.get("deadline", finding.five.deadline)
            deadline = date.fromisoformat(deadline) if isinstance(deadline, str) and deadline else deadline
            why = deadline_problem(deadline or None, found)
            if why:
                problems["found_date"] = why
            columns["found_date"] = found.isoformat()
        else:
            raise ValueError(f"unknown finding field {field!r}")  # a programming error, not a user's
    if problems:
        raise ValidationError(problems, record="隐患")
    return columns


def update_finding(*, store: Store, finding_id: str, **changes) -> Finding:
    """Apply field changes in one transaction and return the stored hazard.

    A hazard already in the ledger keeps its five fields complete: an edit that would empty one is refused.
    """
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        columns = _validated(finding, changes)
        update_record(db, "findings", finding_id, columns)
        updated = findings_repo.get_finding(db, finding_id)
        if updated.ledger_entered and updated.missing_for_ledger():
            raise ValidationError(
                {"five_fields": "已入台账的隐患须保持五落实完整，缺：" + "、".join(updated.missing_for_ledger())},
                record="隐患",
            )
    return updated


def enter_ledger(*, store: Store, finding_id: str) -> Finding:
    """Enter a hazard into the ledger; refused, naming what is missing, until the five fields are set."""
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        missing = finding.missing_for_ledger()
        if missing:
            raise ValidationError({"five_fields": "不能登记入台账，尚缺：" + "、".join(missing)}, record="隐患")
        if not finding.ledger_entered:
            update_record(db, "findings", finding_id, {"ledger_entered_at": now_iso()})
    return findings_repo.get_finding(db, finding_id)


def get_finding(*, store: Store, finding_id: str) -> Finding:
    return findings_repo.get_finding(store.db, finding_id)


def findings_of_inspection(*, store: Store, inspection_id: str) -> list[Finding]:
    return findings_repo.findings_of_inspection(store.db, inspection_id)


def delete_draft_finding(*, store: Store, finding_id: str) -> None:
    """A hazard opened by mistake may go while it is not in the ledger; a ledgered one stays for the record."""
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        if finding.ledger_entered:
            raise UserError("已登记入台账的隐患不能删除")
        db.execute("delete from finding_photos where finding_id = ?", [finding_id])
        db.execute("delete from findings where id = ?", [finding_id])


def add_photos(*, store: Store, finding_id: str, paths: list[str | Path]) -> list[str]:
    """Attach photos; each file's content is stored once however many hazards use it. Returns photo ids.

    Every file is read and checked before anything is written, so one bad file adds none.
    """
    db = store.db
    loaded = [(Path(p), *read_photo(p)) for p in paths]
    photo_ids = []
    for path, data, ext in loaded:
        digest = sha256_hex(data)
        write_photo(store.attachments_dir, data, digest, ext)
        with db.atomic():
            findings_repo.get_finding(db, finding_id)
            existing = list(db.query("select id from photos where sha256 = ?", [digest]))
            photo_id = existing[0]["id"] if existing else insert_record(
                db, "photos", {"sha256": digest, "extension": ext, "size": len(data), "original_name": path.name})
            linked = list(db.query(
                "select 1 from finding_photos where finding_id = ? and photo_id = ?", [finding_id, photo_id]))
            if not linked:
                position = db.execute(
                    "select coalesce(max(position), -1) + 1 from finding_photos where finding_id = ?", [finding_id]
                ).fetchone()[0]
                insert_record(
                    db, "finding_photos", {"finding_id": finding_id, "photo_id": photo_id, "position": position})
        photo_ids.append(photo_id)
    return photo_ids


def remove_photo(*, store: Store, finding_id: str, photo_id: str) -> None:
    """Detach a photo from a hazard; the file stays while anything (or a future package) may refer to it."""
    with store.db.atomic():
        store.db.execute("delete from finding_photos where finding_id = ? and photo_id = ?", [finding_id, photo_id])


def photo_files(*, store: Store, finding_id: str) -> list[tuple[str, Path]]:
    """(photo id, file path) of a hazard's photos, in order."""
    return [
        (p["id"], photo_path(store.attachments_dir, p["sha256"], p["extension"]))
        for p in findings_repo.photos_of_finding(store.db, finding_id)
    ]
