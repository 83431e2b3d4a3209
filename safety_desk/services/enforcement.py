"""Enforcement outcomes of an inspection: record, edit and remove them; warn of fines without follow-up (一罚了之).

    aid = save_action(store=s, action=EnforcementAction(kind="罚款", decided_on=day, inspection_id=iid,
                                                         amount_fen=parse_yuan("30,000")))
    fine_without_followup(store=s, today=date.today())   # [FineWithoutFollowup(…hazards past deadline…)]

Each use case is one transaction. The enterprise of an action is always its inspection's enterprise.
"""

from __future__ import annotations

from datetime import date

from safety_desk.domain.enforcement import (
    EnforcementAction,
    FineWithoutFollowup,
    action_problems,
    fines_without_followup,
)
from safety_desk.errors import UserError, ValidationError
from safety_desk.store import enforcement_repo
from safety_desk.store.database import Store


def list_actions(*, store: Store, inspection_id: str) -> list[EnforcementAction]:
    return enforcement_repo.actions_of_inspection(store.db, inspection_id)


def get_action(*, store: Store, action_id: str) -> EnforcementAction:
    return enforcement_repo.get_action(store.db, action_id)


def save_action(*, store: Store, action: EnforcementAction, today: date | None = None) -> str:
    """Insert (no id) or update (with id) an action of ``action.inspection_id``; returns its id.

    ValidationError (field → message) when a value is wrong: 立案 without a case number, 罚款 without an amount,
    a decision dated before the inspection, a hazard of another inspection …
    """
    if not action.inspection_id:
        raise UserError("执法措施须属于一次检查")
    db = store.db
    with db.atomic():
        inspection = enforcement_repo.get_inspection(db, action.inspection_id)
        problems = action_problems(action, today=today or date.today(),
                                   inspection_date=date.fromisoformat(inspection["inspection_date"]))
        if action.finding_id:
            owner = db.execute("select inspection_id from findings where id = ?", [action.finding_id]).fetchone()
            if owner is None or owner[0] != action.inspection_id:
                problems["finding_id"] = "所选隐患不属于本次检查"
        if action.id:
            stored = enforcement_repo.get_action(db, action.id)
            if stored.inspection_id != action.inspection_id:
                raise UserError("执法措施不能移到另一次检查")  # a programming slip, not something a form allows
        if problems:
            raise ValidationError(problems, record="执法措施")
        action.enterprise_id = inspection["enterprise_id"]
        action.id = enforcement_repo.save_action(db, action)
        return action.id


def delete_action(*, store: Store, action_id: str) -> None:
    db = store.db
    with db.atomic():
        enforcement_repo.delete_action(db, action_id)


def fine_without_followup(*, store: Store, today: date, inspection_id: str | None = None) -> list[FineWithoutFollowup]:
    """Inspections where a fine was imposed but hazards found there are past their deadline and not written off
    (or written off without a passing re-inspection): the 一罚了之 warning, with those hazards as evidence.

    ``inspection_id`` narrows it to one inspection (the enforcement panel asks for its own).
    """
    db = store.db
    fines = enforcement_repo.fines(db, inspection_id=inspection_id)
    if not fines:
        return []
    hazards = enforcement_repo.hazards_of_fined_inspections(db, inspection_id=inspection_id)
    names, dates = enforcement_repo.fined_inspection_facts(db, inspection_id=inspection_id)
    return fines_without_followup(fines, hazards, today=today, enterprise_names=names, inspection_dates=dates)
