"""Issued documents (执法文书) in the database, their numbers, and their PDFs stored by content hash.

``<db folder>/<db name>.attachments/documents/ab/ab12…ef.pdf``, written once (temporary name, then rename) like the
photos beside them. Numbers are taken inside ``immediate``: SQLite's write lock is taken before the highest number
is read, so two windows (or the app and the command line) issuing at once wait for each other instead of both
reading 14 and both writing 15.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from safety_desk.domain.documents import IssuedDocument
from safety_desk.errors import UserError
from safety_desk.store.attachments import write_by_hash

_SELECT = """select d.*, coalesce(e.name, '') as enterprise_name from documents d
             left join enterprises e on e.id = d.enterprise_id"""


@contextlib.contextmanager
def immediate(db: Database) -> Iterator[None]:
    """A write transaction that holds the lock from its first statement (BEGIN IMMEDIATE)."""
    if db.conn.in_transaction:  # already inside the caller's transaction: its lock covers us
        yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.execute("COMMIT")


def next_seq(db: Database, *, unit_short: str, kind: str, year: int, block_start: int, block_end: int) -> int:
    """The next number of this unit, kind and year within this computer's block; voided numbers count as used."""
    row = db.execute(
        "select max(seq) from documents where unit_short = ? and kind = ? and year = ? and seq between ? and ?",
        [unit_short, kind, year, block_start, block_end]).fetchone()
    seq = (row[0] or block_start - 1) + 1
    if seq > block_end:
        raise UserError(f"本机的文号段 {block_start}–{block_end} 在 {year} 年已用完，请向单位申请新的文号段"
                        "（文书 → 发文单位与文号设置）")
    return seq


def to_document(r: dict) -> IssuedDocument:
    return IssuedDocument(
        id=r["id"], number=r["number"], kind=r["kind"], unit=r["unit_name"] or "", issued_on=date.fromisoformat(
            r["issued_on"]), inspection_id=r["inspection_id"] or "", enterprise=r.get("enterprise_name") or "",
        status=r["status"], sha256=r["sha256"], issued_by=r["issued_by"] or "", void_reason=r["void_reason"] or "",
        voided_on=date.fromisoformat(r["voided_on"]) if r["voided_on"] else None,
        finding_ids=tuple(json.loads(r["finding_ids"] or "[]")), follows_id=r["follows_id"], seq=r["seq"],
        year=r["year"], unit_short=r["unit_short"])


def list_documents(db: Database, *, inspection_id: str | None = None) -> list[IssuedDocument]:
    where, params = ("where d.inspection_id = ?", [inspection_id]) if inspection_id else ("", [])
    return [to_document(r) for r in db.query(
        f"{_SELECT} {where} order by d.issued_on, d.unit_short, d.kind, d.year, d.seq, d.id", params)]


def by_number(db: Database, number: str) -> list[IssuedDocument]:
    return [to_document(r) for r in db.query(f"{_SELECT} where d.number = ?", [number.strip()])]


def get(db: Database, document_id: str) -> IssuedDocument | None:
    rows = list(db.query(f"{_SELECT} where d.id = ?", [document_id]))
    return to_document(rows[0]) if rows else None


def content_of(db: Database, document_id: str) -> str:
    return db.execute("select content from documents where id = ?", [document_id]).fetchone()[0]


def clashes(db: Database) -> dict[str, int]:
    """Numbers held by more than one document (two laptops given overlapping blocks): number → count."""
    return {r[0]: r[1] for r in db.execute(
        "select number, count(*) from documents group by number having count(*) > 1 order by number")}


# ---- files -------------------------------------------------------------------------------------------------------

def pdf_path(attachments_dir: Path, sha256: str) -> Path:
    return attachments_dir / "documents" / sha256[:2] / f"{sha256}.pdf"


def write_pdf(attachments_dir: Path, data: bytes, sha256: str) -> Path:
    return write_by_hash(pdf_path(attachments_dir, sha256), data, what="文书")
