"""Every schema change is a named migration; none is ever edited after it has shipped.

Records that may travel between laptops (everything but the migration bookkeeping) have a UUID text key ``id`` and
``created_at`` / ``updated_at`` ISO-8601 UTC times, so that data packages can merge them later.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("safety_desk")

_SYNCED = {"id": str, "created_at": str, "updated_at": str}


@migrations()
def m001_device(db: Database) -> None:
    # Which laptop wrote a record: data packages name their source device.
    db["device"].create({**_SYNCED, "name": str}, pk="id", not_null={"name"})


@migrations()
def m002_templates(db: Database) -> None:
    db["templates"].create(
        {
            **_SYNCED,
            "template_key": str,
            "version": int,
            "title": str,
            "sector": str,
            "source": str,
            "description": str,
            "content_sha256": str,
            "origin": str,  # the file it was imported from, or "forms/…" for shipped ones
        },
        pk="id",
        not_null={"template_key", "version", "title", "content_sha256"},
    )
    db["templates"].create_index(["template_key", "version"], unique=True)
    db["template_sections"].create(
        {**_SYNCED, "template_id": str, "position": int, "code": str, "title": str, "omitted": int, "note": str},
        pk="id",
        foreign_keys=[("template_id", "templates", "id")],
    )
    db["template_items"].create(
        {
            **_SYNCED,
            "template_id": str,
            "section_id": str,
            "position": int,
            "number": str,
            "title": str,
            "basis": str,
            "method": str,
            "common_problems": str,
            "disposal_basis": str,
            "requirement": str,
            "acceptance": str,
        },
        pk="id",
        foreign_keys=[("template_id", "templates", "id"), ("section_id", "template_sections", "id")],
    )
    db["template_points"].create(
        {
            **_SYNCED,
            "template_id": str,
            "item_id": str,
            "position": int,
            "label": str,
            "text": str,
            "basis": str,
        },
        pk="id",
        foreign_keys=[("template_id", "templates", "id"), ("item_id", "template_items", "id")],
    )
    for table in ("template_sections", "template_items", "template_points"):
        db[table].create_index(["template_id", "position"])
