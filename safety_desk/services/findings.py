"""Hazard (finding) use cases. Every edit is its own transaction: the form saves text as it is typed.

    fid = open_finding(store=s, inspection_id=iid, point_id=pid)       # pre-filled snapshot of the point
    update_finding(store=s, finding_id=fid, level="重大", funds="12,000")
    enter_ledger(store=s, finding_id=fid)   # ValidationError listing the five fields still missing

Every change is written to the audit log in the same transaction (field, old value, new value, who), so a hazard's
history shows every edit: one row per finished edit. Text saved keystroke by keystroke passes
``continues_edit=True`` after the first keystroke, and those saves merge into that edit's row. ``actor`` names who made it; the UI passes the name remembered on this device.
A written-off (已销号) hazard is history: it is not edited until it is reopened with a reason. Status and, once in the
ledger, the deadline change only through the lifecycle (services.lifecycle), which records who and why.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from safety_desk.domain.findings import LEVEL_MAJOR, STATUS_CLOSED, Finding, parse_funds
from safety_desk.domain.record_kinds import KINDS
from safety_desk.errors import UserError, ValidationError
from safety_desk.store import findings_repo, lifecycle_repo
from safety_desk.store.attachments import photo_path, read_photo, sha256_hex, write_photo
from safety_desk.store.database import Store, now_iso
from safety_desk.store.rows import get_record, insert_record

_TEXT_FIELDS = {
    "description", "location", "responsible_unit", "responsible_person", "measures", "contingency_plan",
    "basis", "disposal_basis", "requirement",
}
FINDINGS = KINDS["findings"]
# The use cases named in the audit log's ``action`` column (lifecycle steps use their Chinese action names).
ACTION_CREATE, ACTION_LEDGER, ACTION_PHOTO, ACTION_DELETE = "create", "enter_ledger", "photo", "delete"


def open_finding(
    *, store: Store, inspection_id: str | None = None, point_id: str | None = None,
    enterprise_id: str | None = None, found_date: date | None = None, level: str = "一般", actor: str = "",
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
        finding_id = insert_record(db, "findings", values)
        lifecycle_repo.audit_insert(db, finding_id=finding_id, table="findings", record_id=finding_id,
                                    values=values, actor=actor, action=ACTION_CREATE)
        return finding_id


def _refuse_if_written_off(finding: Finding) -> None:
    if finding.status == STATUS_CLOSED:
        raise UserError("隐患已销号，不能再修改；如需修改，请先“重新打开”并说明理由")


def _lifecycle_problems(db, finding: Finding, columns: dict) -> dict[str, str]:
    """Changes the form may not make because the lifecycle owns them (and records who and why)."""
    problems: dict[str, str] = {}
    if "status" in columns and columns["status"] != finding.status:
        problems["status"] = "整改状态须通过整改流程变更（开始整改、提交复查、复查验收、重新打开）"
    old_deadline = finding.five.deadline.isoformat() if finding.five.deadline else None
    if finding.ledger_entered and old_deadline and "deadline" in columns and columns["deadline"] != old_deadline:
        problems["deadline"] = "已入台账的隐患变更整改时限须办理延期（写明理由和批准人）"
    if columns.get("level", LEVEL_MAJOR) != LEVEL_MAJOR and lifecycle_repo.open_listing(db, finding.id):
        problems["level"] = "挂牌督办中的隐患不能改为一般隐患；请先撤销挂牌"
    return problems


def _validated(db, finding_id: str, changes: dict) -> tuple[dict, dict[str, str]]:
    """Turn UI values into columns and check the hazard they make with its record kind's rules — the very rules a
    data package's hazards are checked with (``domain.record_kinds``). Returns the columns and field → message for
    every bad value; a problem of a column the edit leaves alone does not block the edit."""
    problems: dict[str, str] = {}
    columns: dict = {}
    for field, value in changes.items():
        if field in _TEXT_FIELDS:
            columns[field] = "" if value is None else str(value)
        elif field in ("level", "rectification_mode", "status"):
            columns[field] = value
        elif field == "three_violations":
            columns[field] = int(bool(value))
        elif field == "funds":
            try:
                columns["funds_fen"] = parse_funds(value) if isinstance(value, str) else value
            except ValueError as exc:
                problems["funds"] = str(exc)
        elif field in ("deadline", "found_date"):
            columns[field] = value.isoformat() if isinstance(value, date) else (value or None)
        else:
            raise ValueError(f"unknown finding field {field!r}")  # a programming error, not a user's
    stored = get_record(db, "findings", finding_id)
    for column, why in FINDINGS.problems({**stored, **columns}).items():
        if column == "deadline" and "deadline" not in columns and "found_date" in columns:
            problems.setdefault("found_date", why)  # the date just typed is the one to correct
        elif column == "ledger_entered_at" and stored["ledger_entered_at"]:
            problems.setdefault("five_fields", why)  # an edit that would empty one of the five fields
        elif column in columns:
            problems.setdefault("funds" if column == "funds_fen" else column, why)
    return columns, problems


def update_finding(*, store: Store, finding_id: str, actor: str = "", continues_edit: bool = False,
                   **changes) -> Finding:
    """Apply field changes in one transaction, log each one, and return the stored hazard.

    ``continues_edit``: these values are further keystrokes of an edit already logged (see the module docstring).

    A hazard already in the ledger keeps its five fields complete: an edit that would empty one is refused.
    A written-off hazard refuses every edit (UserError).
    """
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        _refuse_if_written_off(finding)
        columns, problems = _validated(db, finding_id, changes)
        problems.update(_lifecycle_problems(db, finding, columns))  # the lifecycle's word on status and deadline
        if problems:
            raise ValidationError(problems, record="隐患")
        lifecycle_repo.change_finding(db, finding_id, columns, actor=actor, action=lifecycle_repo.ACTION_EDIT,
                                      continues_edit=continues_edit)
        updated = findings_repo.get_finding(db, finding_id)
        if updated.ledger_entered and updated.missing_for_ledger():
            raise ValidationError(
                {"five_fields": "已入台账的隐患须保持五落实完整，缺：" + "、".join(updated.missing_for_ledger())},
                record="隐患",
            )
    return updated


def enter_ledger(*, store: Store, finding_id: str, actor: str = "") -> Finding:
    """Enter a hazard into the ledger; refused, naming what is missing, until the five fields are set."""
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        missing = finding.missing_for_ledger()
        if missing:
            raise ValidationError({"five_fields": "不能登记入台账，尚缺：" + "、".join(missing)}, record="隐患")
        if not finding.ledger_entered:
            lifecycle_repo.change_finding(db, finding_id, {"ledger_entered_at": now_iso()}, actor=actor,
                                          action=ACTION_LEDGER)
    return findings_repo.get_finding(db, finding_id)


def get_finding(*, store: Store, finding_id: str) -> Finding:
    return findings_repo.get_finding(store.db, finding_id)


def findings_of_inspection(*, store: Store, inspection_id: str) -> list[Finding]:
    return findings_repo.findings_of_inspection(store.db, inspection_id)


def delete_draft_finding(*, store: Store, finding_id: str, actor: str = "") -> None:
    """A hazard opened by mistake may go while it is not in the ledger; a ledgered one stays for the record."""
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        if finding.ledger_entered:
            raise UserError("已登记入台账的隐患不能删除")
        db.execute("delete from finding_photos where finding_id = ?", [finding_id])
        db.execute("delete from findings where id = ?", [finding_id])
        # The log outlives the draft: someone may ask where the hazard they typed went.
        lifecycle_repo.audit(db, finding_id=finding_id, table="findings", record_id=finding_id, field="(delete)",
                             old=finding.description, new=None, actor=actor, action=ACTION_DELETE)


def store_photo_files(*, store: Store, paths: list[str | Path]) -> list[str]:
    """Store photo files without attaching them to anything; returns their photo ids, in order.

    Each content is stored once (by hash) however many hazards or re-inspections use it. Every file is read and
    checked before anything is written, so one bad file stores none. Bulk writers link the ids themselves.
    """
    loaded = [(Path(p), *read_photo(p)) for p in paths]
    stored = []
    for path, data, ext in loaded:
        digest = sha256_hex(data)
        write_photo(store.attachments_dir, data, digest, ext)  # before the row: a row never names a missing file
        stored.append((digest, ext, len(data), path.name))
    db = store.db
    with db.atomic():
        return [lifecycle_repo.stored_photo_id(db, *photo) for photo in stored]


def add_photos(*, store: Store, finding_id: str, paths: list[str | Path], actor: str = "") -> list[str]:
    """Attach photos; each file's content is stored once however many hazards use it. Returns photo ids.

    Every file is read and checked before anything is written, so one bad file adds none.
    """
    db = store.db
    _refuse_if_written_off(findings_repo.get_finding(db, finding_id))
    photo_ids = store_photo_files(store=store, paths=paths)
    with db.atomic():
        findings_repo.get_finding(db, finding_id)
        for photo_id, path in zip(photo_ids, paths):
            linked = db.execute(
                "select 1 from finding_photos where finding_id = ? and photo_id = ?", [finding_id, photo_id]).fetchone()
            if linked:
                continue
            position = db.execute(
                "select coalesce(max(position), -1) + 1 from finding_photos where finding_id = ?", [finding_id]
            ).fetchone()[0]
            insert_record(db, "finding_photos", {"finding_id": finding_id, "photo_id": photo_id, "position": position})
            lifecycle_repo.audit(db, finding_id=finding_id, table="findings", record_id=finding_id, field="photos",
                                 old=None, new=Path(path).name, actor=actor, action=ACTION_PHOTO)
    return photo_ids


def remove_photo(*, store: Store, finding_id: str, photo_id: str, actor: str = "") -> None:
    """Detach a photo from a hazard; the file stays while anything (or a future package) may refer to it."""
    db = store.db
    with db.atomic():
        _refuse_if_written_off(findings_repo.get_finding(db, finding_id))
        name = db.execute("select original_name from photos where id = ?", [photo_id]).fetchone()
        cursor = db.execute("delete from finding_photos where finding_id = ? and photo_id = ?", [finding_id, photo_id])
        if cursor.rowcount:
            lifecycle_repo.audit(db, finding_id=finding_id, table="findings", record_id=finding_id, field="photos",
                                 old=name[0] if name else photo_id, new=None, actor=actor, action=ACTION_PHOTO)


def photo_files(*, store: Store, finding_id: str) -> list[tuple[str, Path]]:
    """(photo id, file path) of a hazard's photos, in order."""
    return [
        (p["id"], photo_path(store.attachments_dir, p["sha256"], p["extension"]))
        for p in findings_repo.photos_of_finding(store.db, finding_id)
    ]
