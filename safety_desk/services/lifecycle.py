"""Rectification lifecycle use cases: status transitions, re-inspection and write-off, extensions, listings.

Each call is one transaction that stores the step (who, when, why), the hazard's changed columns and an audit row
for every change, or nothing at all. ``actor`` is required: a step nobody signed is not recorded.

    start_rectification(store=s, finding_id=fid, actor="王芳")
    extend_deadline(store=s, finding_id=fid, actor="王芳", new_deadline=date(2019, 10, 31),
                    reason="设备到货延迟", approved_by="街道安监办 李主任")
    submit_for_reinspection(store=s, finding_id=fid, actor="王芳")
    record_reinspection(store=s, finding_id=fid, actor="王芳", result="合格", reinspected_on=date(2019, 10, 20),
                        inspector_name="张明", opinion="已加装报警装置", photo_paths=["after.jpg"])   # → 已销号

The read side (history, dashboard, 回头看, veto evidence) is in services/lifecycle_views.py and re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from safety_desk.domain.findings import Finding
from safety_desk.domain.lifecycle import (
    ACTION_DELIST,
    ACTION_EXTEND,
    ACTION_FAIL,
    ACTION_LIST,
    ACTION_PASS,
    ACTION_REINSPECT,
    ACTION_REOPEN,
    ACTION_START,
    ACTION_SUBMIT,
    RESULT_PASS,
    Listing,
    TransitionError,
    available_actions,
    check_allowed,
    extension_problems,
    listing_problems,
    next_status,
    reinspection_problems,
    require_actor,
    require_open,
)
from safety_desk.errors import ValidationError
from safety_desk.store import findings_repo, lifecycle_repo
from safety_desk.store.attachments import photo_path, read_photo, sha256_hex, write_photo
from safety_desk.store.database import Store
from safety_desk.store.rows import get_record, insert_record, update_record
from safety_desk.services.lifecycle_views import (  # noqa: F401  (re-exported: one module for the lifecycle)
    dashboard_counts,
    finding_history,
    listed_overdue_hazards,
    lookback_hazards,
)

ACTOR_KEY = "actor_name"  # device-local: the name this laptop's user signs lifecycle steps with


def current_actor(*, store: Store) -> str:
    """The name remembered on this device; "" until one is given. Never the login name ("root", "user"): the
    audit log names a person, and only the person can say who they are (the app asks on first use)."""
    row = store.db.execute("select value from local_state where key = ?", [ACTOR_KEY]).fetchone()
    if row and row[0].strip():
        return row[0]
    return ""


def has_remembered_actor(*, store: Store) -> bool:
    return store.db.execute("select 1 from local_state where key = ?", [ACTOR_KEY]).fetchone() is not None


def remember_actor(*, store: Store, name: str) -> str:
    name = require_actor(name)
    with store.db.atomic():
        store.db["local_state"].upsert({"key": ACTOR_KEY, "value": name}, pk="key")
    return name


# -- transitions -------------------------------------------------------------------------------------------------
def _transition(db, finding: Finding, action: str, *, actor: str, reason: str, on: date,
                columns: dict | None = None) -> str:
    """Move ``finding`` by ``action``: the status change record, the columns, their audit rows. Returns the new id."""
    to_status = next_status(finding.status, action, mode=finding.rectification_mode, ledgered=finding.ledger_entered,
                            reason=reason)
    reason = reason.strip()
    lifecycle_repo.change_finding(db, finding.id, {"status": to_status, **(columns or {})}, actor=actor,
                                  action=action, reason=reason)
    return lifecycle_repo.insert_audited(
        db, "status_changes",
        {"finding_id": finding.id, "from_status": finding.status, "to_status": to_status, "reason": reason or None,
         "actor": actor, "changed_on": on.isoformat()},
        finding_id=finding.id, actor=actor, action=action, reason=reason)


def _simple_transition(store: Store, finding_id: str, action: str, actor: str, reason: str,
                       today: date | None) -> Finding:
    actor = require_actor(actor)
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        _transition(db, finding, action, actor=actor, reason=reason, on=today or date.today())
    return findings_repo.get_finding(db, finding_id)


def start_rectification(*, store: Store, finding_id: str, actor: str, reason: str = "",
                        today: date | None = None) -> Finding:
    """待整改 → 整改中: the enterprise has begun the work."""
    return _simple_transition(store, finding_id, ACTION_START, actor, reason, today)


def submit_for_reinspection(*, store: Store, finding_id: str, actor: str, reason: str = "",
                            today: date | None = None) -> Finding:
    """整改中 → 待复查 (or 待整改 → 待复查 for a hazard fixed on the spot): the work is reported done."""
    return _simple_transition(store, finding_id, ACTION_SUBMIT, actor, reason, today)


def reopen(*, store: Store, finding_id: str, actor: str, reason: str, today: date | None = None) -> Finding:
    """已销号 → 整改中, only with a reason; the write-off date and signer are cleared (the log keeps them)."""
    actor = require_actor(actor)
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        _transition(db, finding, ACTION_REOPEN, actor=actor, reason=reason, on=today or date.today(),
                    columns={"closed_on": None, "closed_by": None})
    return findings_repo.get_finding(db, finding_id)


def record_reinspection(
    *, store: Store, finding_id: str, actor: str, result: str, reinspected_on: date, opinion: str = "",
    inspector_id: str | None = None, inspector_name: str = "", photo_paths: Sequence[str | Path] = (),
    today: date | None = None,
) -> Finding:
    """复查验收 of a 待复查 hazard. 合格 writes it off (已销号, closed_on = the re-inspection date, closed_by = the
    inspector) and lifts an open listing; 不合格 sends it back to 整改中 with the opinion as the reason.

    The inspector comes from the register (``inspector_id``) or is named; the photos are evidence of the result.
    """
    actor = require_actor(actor)
    today = today or date.today()
    db = store.db
    finding = findings_repo.get_finding(db, finding_id)
    action = ACTION_PASS if result == RESULT_PASS else ACTION_FAIL
    # The state first: "not awaiting re-inspection" matters more than a missing field.
    check_allowed(finding.status, action, mode=finding.rectification_mode, ledgered=finding.ledger_entered)
    if inspector_id:
        inspector_name = get_record(db, "inspectors", inspector_id)["name"]
    problems = reinspection_problems(result=result, opinion=opinion, inspector=inspector_name,
                                     reinspected_on=reinspected_on, found_date=finding.found_date, today=today)
    if problems:
        raise ValidationError(problems, record="复查验收")
    # Files first (by content hash, harmless if the transaction then fails); read all before writing any.
    photos = []
    for path, (data, ext) in [(Path(p), read_photo(p)) for p in photo_paths]:
        digest = sha256_hex(data)
        write_photo(store.attachments_dir, data, digest, ext)
        photos.append((digest, ext, len(data), path.name))
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)  # as of this transaction
        values = {"finding_id": finding_id, "inspector_id": inspector_id or None,
                  "inspector_name": inspector_name.strip(), "reinspected_on": reinspected_on.isoformat(),
                  "result": result, "opinion": opinion.strip()}
        reinspection_id = lifecycle_repo.insert_audited(
            db, "reinspections", values, finding_id=finding_id, actor=actor, action=ACTION_REINSPECT)
        for position, photo in enumerate(photos):
            photo_id = lifecycle_repo.stored_photo_id(db, *photo)
            insert_record(db, "reinspection_photos",
                          {"reinspection_id": reinspection_id, "photo_id": photo_id, "position": position})
        if action == ACTION_PASS:
            _transition(db, finding, ACTION_PASS, actor=actor, reason=opinion, on=reinspected_on,
                        columns={"closed_on": reinspected_on.isoformat(), "closed_by": inspector_name.strip()})
            listing = lifecycle_repo.open_listing(db, finding_id)
            if listing:  # 销号即摘牌: a written-off hazard is no longer under supervision
                _set_delisted(db, listing, reinspected_on, actor=actor, action=ACTION_PASS, reason="复查合格销号，摘牌")
        else:
            _transition(db, finding, ACTION_FAIL, actor=actor, reason=opinion, on=reinspected_on)
    return findings_repo.get_finding(db, finding_id)


# -- deadline extensions -----------------------------------------------------------------------------------------
def extend_deadline(*, store: Store, finding_id: str, actor: str, new_deadline: date | None, reason: str,
                    approved_by: str, today: date | None = None) -> Finding:
    """延期: the old deadline, the new one, the reason and who approved it are kept; the hazard takes the new one."""
    actor = require_actor(actor)
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        require_open(finding.status, ACTION_EXTEND, ledgered=finding.ledger_entered)
        old = finding.five.deadline
        problems = extension_problems(old_deadline=old, new_deadline=new_deadline, found_date=finding.found_date,
                                      reason=reason, approved_by=approved_by)
        if problems:
            raise ValidationError(problems, record="延期")
        assert old is not None and new_deadline is not None  # extension_problems refuses both
        lifecycle_repo.change_finding(db, finding_id, {"deadline": new_deadline.isoformat()}, actor=actor,
                                      action=ACTION_EXTEND, reason=reason.strip())
        lifecycle_repo.insert_audited(
            db, "deadline_extensions",
            {"finding_id": finding_id, "old_deadline": old.isoformat(), "new_deadline": new_deadline.isoformat(),
             "reason": reason.strip(), "approved_by": approved_by.strip(),
             "extended_on": (today or date.today()).isoformat()},
            finding_id=finding_id, actor=actor, action=ACTION_EXTEND, reason=reason.strip())
    return findings_repo.get_finding(db, finding_id)


# -- listed supervision ------------------------------------------------------------------------------------------
def list_hazard(*, store: Store, finding_id: str, actor: str, level: str, supervising_unit: str, document_no: str,
                listed_on: date | None, today: date | None = None) -> Listing:
    """挂牌督办 of a 重大 hazard: level (区级/市级/省级), supervising unit, document number, listing date.

    One open listing per hazard: to raise the level, lift the listing (delist) and list it again.
    """
    actor = require_actor(actor)
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        require_open(finding.status, ACTION_LIST, ledgered=finding.ledger_entered)
        current = lifecycle_repo.open_listing(db, finding_id)
        if current:
            raise TransitionError(finding.status, ACTION_LIST, (
                f"该隐患已由{current.supervising_unit}挂牌督办（{current.level}，{current.document_no}），"
                "如需变更请先撤销挂牌"))
        problems = listing_problems(
            hazard_level=finding.level, level=level, supervising_unit=supervising_unit, document_no=document_no,
            listed_on=listed_on, found_date=finding.found_date, today=today or date.today())
        if problems:
            raise ValidationError(problems, record="挂牌督办")
        assert listed_on is not None
        listing_id = lifecycle_repo.insert_audited(
            db, "listings",
            {"finding_id": finding_id, "level": level, "supervising_unit": supervising_unit.strip(),
             "document_no": document_no.strip(), "listed_on": listed_on.isoformat()},
            finding_id=finding_id, actor=actor, action=ACTION_LIST)
    listing = lifecycle_repo.open_listing(db, finding_id)
    assert listing is not None and listing.id == listing_id
    return listing


def _set_delisted(db, listing: Listing, on: date, *, actor: str, action: str, reason: str) -> None:
    update_record(db, "listings", listing.id, {"delisted_on": on.isoformat()})
    lifecycle_repo.audit(db, finding_id=listing.finding_id, table="listings", record_id=listing.id,
                         field="delisted_on", old=None, new=on.isoformat(), actor=actor, action=action, reason=reason)


def delist(*, store: Store, finding_id: str, actor: str, reason: str, delisted_on: date | None = None) -> None:
    """Lift a listing (撤销挂牌) with a reason; a write-off lifts it by itself."""
    actor = require_actor(actor)
    on = delisted_on or date.today()
    db = store.db
    with db.atomic():
        finding = findings_repo.get_finding(db, finding_id)
        listing = lifecycle_repo.open_listing(db, finding_id)
        if listing is None:
            raise TransitionError(finding.status, ACTION_DELIST, "该隐患没有挂牌督办，无需撤销")
        problems: dict[str, str] = {}
        if not reason.strip():
            problems["reason"] = "请填写撤销挂牌的理由"
        if on < listing.listed_on:
            problems["delisted_on"] = f"撤销日期 {on.isoformat()} 早于挂牌日期 {listing.listed_on.isoformat()}"
        if problems:
            raise ValidationError(problems, record="撤销挂牌")
        _set_delisted(db, listing, on, actor=actor, action=ACTION_DELIST, reason=reason.strip())


def open_listing(*, store: Store, finding_id: str) -> Listing | None:
    return lifecycle_repo.open_listing(store.db, finding_id)


def actions_for(*, store: Store, finding_id: str) -> list[str]:
    """The lifecycle actions the hazard allows now, in the order the form shows them."""
    db = store.db
    f = findings_repo.get_finding(db, finding_id)
    return available_actions(status=f.status, mode=f.rectification_mode, level=f.level, ledgered=f.ledger_entered,
                             listed=lifecycle_repo.open_listing(db, finding_id) is not None)


def reinspection_photo_files(*, store: Store, reinspection_id: str) -> list[tuple[str, Path]]:
    """(photo id, file path) of a re-inspection's evidence photos, in order."""
    return [(p["id"], photo_path(store.attachments_dir, p["sha256"], p["extension"]))
            for p in lifecycle_repo.reinspection_photos(store.db, reinspection_id)]

