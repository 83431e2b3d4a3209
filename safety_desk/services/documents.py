"""Issuing enforcement documents (签发执法文书): preview, issue with the next number, reprint, void, the register.

    draft = preview_document(store=s, inspection_id=iid, kind="order")          # content; PDF via render_preview
    result = issue_document(store=s, inspection_id=iid, kind="order", actor="张明",
                            edits={"narrative": "…"}, out_path="指令书.pdf")       # result.document.number
    reprint_document(store=s, number="（天桥）应急责改〔2019〕15号", out_path="x.pdf")  # byte-identical
    void_document(store=s, number=..., reason="当事人名称有误", actor="张明")

Issue, then freeze: the number is taken, the PDF rendered with it, stored by its SHA-256 beside the database and
registered, all in one write transaction. The register row keeps the frozen content (JSON), so a computer that got
the row in a data package can reprint the same bytes; the PDF never changes afterwards, whatever happens to the
hazards and registers it was made from.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from safety_desk.domain.documents import (
    KINDS, STATUS_ISSUED, STATUS_VOID, TITLES, IssuedDocument, NumberingSettings, kind_from_text,
)
from safety_desk.errors import NotFoundError, UserError, ValidationError
from safety_desk.reports.documents.model import DocumentContent
from safety_desk.reports.documents.writer import write_document_pdf
from safety_desk.reports.text_safety import replaced_characters
from safety_desk.services.document_content import DraftDocument, apply_edits, draft_content
from safety_desk.services.exports import atomic_output, export_kind
from safety_desk.services.issuing_unit import current_unit
from safety_desk.store import documents_repo
from safety_desk.store.database import Store
from safety_desk.store.rows import insert_record, update_record

NUMBERING_KEY = "document_numbering"
MAX_REASON = 200


@dataclass(frozen=True)
class IssueResult:
    document: IssuedDocument
    pages: int
    path: Path | None  # where the copy asked for was written
    replaced: list[str]  # characters no bundled font has: printed as □


# ---- settings ------------------------------------------------------------------------------------------------------

def numbering_settings(*, store: Store) -> NumberingSettings:
    row = store.db.execute("select value from local_state where key = ?", [NUMBERING_KEY]).fetchone()
    if not row or not row[0]:
        return NumberingSettings()
    try:
        return NumberingSettings.from_dict(json.loads(row[0]))
    except (ValueError, TypeError):
        return NumberingSettings()  # a damaged setting reads as the default; saving again repairs it


def set_numbering_settings(*, store: Store, settings: NumberingSettings) -> NumberingSettings:
    """Device-local on purpose: the number block belongs to this computer and must not travel in packages."""
    settings.validate()
    with store.db.atomic():
        store.db["local_state"].upsert(
            {"key": NUMBERING_KEY, "value": json.dumps(settings.to_dict(), ensure_ascii=False)}, pk="key")
    return settings


# ---- preview and issue ---------------------------------------------------------------------------------------------

def parse_kind(text: str) -> str:
    kind = kind_from_text(text)
    if kind is None:
        raise UserError(f"未知的文书种类 “{text}”（可用：{' / '.join(KINDS)}）")
    return kind


def preview_document(*, store: Store, inspection_id: str, kind: str, finding_ids: list[str] | None = None,
                     issued_on: date | None = None, edits: dict | None = None) -> DraftDocument:
    """The document as it would be issued, without a number; nothing is written."""
    draft = draft_content(store=store, unit=current_unit(store=store), inspection_id=inspection_id, kind=kind,
                          finding_ids=finding_ids, issued_on=issued_on)
    return replace(draft, content=apply_edits(draft.content, edits))


def render(content: DocumentContent) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = write_document_pdf(buffer, content)
    return buffer.getvalue(), pages


def issue_document(*, store: Store, inspection_id: str, kind: str, actor: str, edits: dict | None = None,
                   finding_ids: list[str] | None = None, issued_on: date | None = None,
                   out_path: str | os.PathLike | None = None) -> IssueResult:
    """签发: the next number of this unit, kind and year (within this computer's block), the frozen PDF, the
    register row — one transaction. ``out_path`` also gets a copy (checked before anything is taken)."""
    if not actor.strip():
        raise ValidationError({"actor": "请填写签发人姓名"}, record="签发文书")
    out = Path(out_path).expanduser() if out_path else None
    if out is not None:
        export_kind(out, (".pdf",), TITLES.get(kind, "文书"))
    unit = current_unit(store=store)
    settings = numbering_settings(store=store)
    db = store.db
    with documents_repo.immediate(db):
        # Drafted inside the lock: what is frozen is what the database holds at the moment of the number.
        draft = draft_content(store=store, unit=unit, inspection_id=inspection_id, kind=kind,
                              finding_ids=finding_ids, issued_on=issued_on)
        content = apply_edits(draft.content, edits)
        year = date.fromisoformat(content.issued_on).year
        seq = documents_repo.next_seq(db, unit_short=unit.short_name, kind=kind, year=year,
                                      block_start=settings.block_start, block_end=settings.block_end)
        content = replace(content, number=settings.number(unit_short=unit.short_name, kind=kind, year=year, seq=seq))
        data, pages = render(content)
        sha = hashlib.sha256(data).hexdigest()
        documents_repo.write_pdf(store.attachments_dir, data, sha)  # by hash: harmless if the commit then fails
        document_id = insert_record(db, "documents", {
            "number": content.number, "kind": kind, "unit_name": unit.name, "unit_short": unit.short_name,
            "year": year, "seq": seq, "issued_on": content.issued_on, "inspection_id": inspection_id,
            "enterprise_id": draft.enterprise_id or None, "finding_ids": json.dumps(list(draft.finding_ids)),
            "follows_id": draft.follows_id, "issued_by": actor.strip(), "device_id": store.device_id,
            "sha256": sha, "size": len(data), "content": content.to_json(), "status": STATUS_ISSUED,
            "void_reason": None, "voided_on": None, "voided_by": None,
        })
    document = documents_repo.get(db, document_id)
    if out is not None:
        with atomic_output(out) as tmp:
            tmp.write_bytes(data)
    return IssueResult(document, pages, out, replaced_characters(*content.texts()))


# ---- the register --------------------------------------------------------------------------------------------------

def list_documents(*, store: Store, inspection_id: str | None = None) -> list[IssuedDocument]:
    return documents_repo.list_documents(store.db, inspection_id=inspection_id)


def number_clashes(*, store: Store) -> dict[str, int]:
    """Numbers held by more than one document here: two laptops were given overlapping number blocks."""
    return documents_repo.clashes(store.db)


def find_document(*, store: Store, number: str) -> IssuedDocument:
    """The document with this number (or id); UserError if none, or if two laptops' documents share it."""
    found = documents_repo.by_number(store.db, number)
    if not found:
        by_id = documents_repo.get(store.db, number.strip())
        if by_id is None:
            raise NotFoundError(f"没有文号为 “{number.strip()}” 的文书")
        return by_id
    if len(found) > 1:
        ids = "、".join(d.id for d in found)
        raise UserError(f"文号 “{number.strip()}” 被 {len(found)} 份文书使用（两台电脑的文号段重叠），请用文书编号指定：{ids}")
    return found[0]


def document_pdf(*, store: Store, document: IssuedDocument) -> bytes:
    """The issued PDF's bytes: the stored file, or — for a document that came in a data package — the same bytes
    rendered again from its frozen content. Refused if they would differ (another program or font version)."""
    path = documents_repo.pdf_path(store.attachments_dir, document.sha256)
    if path.exists():
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() == document.sha256:
            return data
    data, _pages = render(DocumentContent.from_json(documents_repo.content_of(store.db, document.id)))
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise UserError(f"本机无法重印 {document.number} 的原件：签发它的电脑使用了不同版本的程序或字体。"
                        "请在签发电脑上重印")
    documents_repo.write_pdf(store.attachments_dir, data, document.sha256)
    return data


def reprint_document(*, store: Store, number: str, out_path: str | os.PathLike) -> IssuedDocument:
    """Write the issued PDF again, byte for byte. A voided document reprints as issued (the register says 作废)."""
    out = Path(out_path).expanduser()
    document = find_document(store=store, number=number)
    export_kind(out, (".pdf",), document.title)
    data = document_pdf(store=store, document=document)
    with atomic_output(out) as tmp:
        tmp.write_bytes(data)
    return document


def void_document(*, store: Store, number: str, reason: str, actor: str, today: date | None = None
                  ) -> IssuedDocument:
    """作废: the document keeps its number (never reused) and is marked void with the reason, who and when."""
    reason = (reason or "").strip()
    problems = {}
    if not reason:
        problems["reason"] = "请填写作废原因"
    elif len(reason) > MAX_REASON:
        problems["reason"] = f"作废原因最多 {MAX_REASON} 个字"
    if not actor.strip():
        problems["actor"] = "请填写经办人姓名"
    if problems:
        raise ValidationError(problems, record="作废文书")
    db = store.db
    with documents_repo.immediate(db):
        document = find_document(store=store, number=number)
        if document.status == STATUS_VOID:
            raise UserError(f"{document.number} 已于 {document.voided_on} 作废（{document.void_reason}）")
        update_record(db, "documents", document.id, {
            "status": STATUS_VOID, "void_reason": reason, "voided_on": (today or date.today()).isoformat(),
            "voided_by": actor.strip()})
    return documents_repo.get(db, document.id)


def copy_pdf(*, store: Store, document: IssuedDocument, out_path: str | os.PathLike) -> None:
    """For the UI's 打印/另存: the same as reprint, given the record."""
    data = document_pdf(store=store, document=document)
    with atomic_output(Path(out_path).expanduser()) as tmp:
        tmp.write_bytes(data)


def export_register(*, store: Store, out_path: str | os.PathLike) -> int:
    """发文登记 as xlsx: every document, voided ones included, in number order. Returns the row count."""
    from safety_desk.reports.documents.register_xlsx import write_register_xlsx

    out = Path(out_path).expanduser()
    export_kind(out, (".xlsx",), "发文登记")
    documents = list_documents(store=store)
    with atomic_output(out) as tmp:
        write_register_xlsx(str(tmp), documents, unit=current_unit(store=store).name, printed_on=date.today(),
                            clashes=number_clashes(store=store))
    return len(documents)


