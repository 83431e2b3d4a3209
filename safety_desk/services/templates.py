"""Template use cases: import a file, load the shipped forms, list and read templates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from safety_desk.domain.templates import Template
from safety_desk.paths import FORMS_DIR
from safety_desk.store import templates_repo
from safety_desk.store.database import Store
from safety_desk.store.templates_repo import StoredTemplate
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.loader import load_template_file


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did: ``created`` False means the same content was already stored (nothing written)."""

    template: StoredTemplate
    created: bool


def _summary(store: Store, template_id: str) -> StoredTemplate:
    return next(t for t in templates_repo.list_templates(store.db) if t.id == template_id)


def store_template(*, store: Store, template: Template, origin: str, auto_version: bool = False) -> ImportOutcome:
    """Store a parsed template in one transaction.

    With ``auto_version`` (Excel catalogues carry no version) an unchanged catalogue is a no-op and a changed one
    becomes the next version. Otherwise the file's version is kept and a stored version with other content is
    refused: a stored version is never rewritten, because findings will point at it.
    """
    db = store.db
    digest = template.content_hash()
    with db.atomic():
        if auto_version:
            latest = templates_repo.latest_version(db, template.key)
            if latest is not None and latest["content_sha256"] == digest:
                return ImportOutcome(_summary(store, latest["id"]), created=False)
            template.version = (latest["version"] + 1) if latest else max(template.version, 1)
        existing = templates_repo.find_version(db, template.key, template.version)
        if existing is not None:
            if existing["content_sha256"] == digest:
                return ImportOutcome(_summary(store, existing["id"]), created=False)
            raise TemplateError(
                f"检查表 {template.key} 的第 {template.version} 版已存在且内容不同；修改后请提高 version 再导入",
                file=origin,
                column="version",
            )
        template_id = templates_repo.insert_template(db, template, origin=origin)
    return ImportOutcome(_summary(store, template_id), created=True)


def import_template_file(
    *, store: Store, path: str | Path, sheet: str | None = None, key: str | None = None
) -> ImportOutcome:
    """Import a YAML template or an Excel catalogue. Nothing is written unless the whole file is valid."""
    template, kind = load_template_file(path, sheet=sheet, key=key)
    if key and kind == "yaml":
        template.key = key
    return store_template(store=store, template=template, origin=str(path), auto_version=(kind == "xlsx"))


def load_shipped_templates(*, store: Store, forms_dir: Path = FORMS_DIR) -> list[ImportOutcome]:
    """Load forms/*.yaml into the store; run at every start, cheap when nothing changed."""
    outcomes = []
    for path in sorted(forms_dir.glob("*.yaml")):
        template, _ = load_template_file(path)
        outcomes.append(store_template(store=store, template=template, origin=f"forms/{path.name}"))
    return outcomes


def list_templates(*, store: Store) -> list[StoredTemplate]:
    return templates_repo.list_templates(store.db)


def get_template(*, store: Store, template_id: str) -> Template:
    return templates_repo.load_template(store.db, template_id)
