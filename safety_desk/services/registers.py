"""Register use cases: save and list enterprises and inspectors, with field-level validation."""

from __future__ import annotations

from safety_desk.domain.registers import Enterprise, Inspector, enterprise_problems, inspector_problems
from safety_desk.errors import ValidationError
from safety_desk.store import registers_repo
from safety_desk.store.database import Store


def save_enterprise(*, store: Store, enterprise: Enterprise) -> str:
    """Insert (no id) or update (with id) an enterprise; returns its id."""
    problems = enterprise_problems(enterprise)
    db = store.db
    with db.atomic():
        if enterprise.credit_code.strip() and "credit_code" not in problems:
            other = registers_repo.find_enterprise_by_code(db, enterprise.credit_code)
            if other is not None and other.id != enterprise.id:
                problems["credit_code"] = f"统一社会信用代码已登记给 “{other.name}”"
        if problems:
            raise ValidationError(problems, record=enterprise.name or "企业")
        if enterprise.id:
            registers_repo.update_enterprise(db, enterprise)
            return enterprise.id
        enterprise.id = registers_repo.insert_enterprise(db, enterprise)
        return enterprise.id


def save_inspector(*, store: Store, inspector: Inspector) -> str:
    problems = inspector_problems(inspector)
    if problems:
        raise ValidationError(problems, record=inspector.name or "检查人员")
    db = store.db
    with db.atomic():
        if inspector.id:
            registers_repo.update_inspector(db, inspector)
            return inspector.id
        inspector.id = registers_repo.insert_inspector(db, inspector)
        return inspector.id


def list_enterprises(*, store: Store, street: str | None = None) -> list[Enterprise]:
    return registers_repo.list_enterprises(store.db, street=street)


def list_inspectors(*, store: Store) -> list[Inspector]:
    return registers_repo.list_inspectors(store.db)


def get_enterprise(*, store: Store, enterprise_id: str) -> Enterprise:
    return registers_repo.get_enterprise(store.db, enterprise_id)


def get_inspector(*, store: Store, inspector_id: str) -> Inspector:
    return registers_repo.get_inspector(store.db, inspector_id)
