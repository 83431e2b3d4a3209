"""Issued documents travel in data packages: the office gets every laptop's register, reprints their PDFs byte for
byte, sees voids, and — with a number block per laptop — never two documents under one number."""

from __future__ import annotations

from pathlib import Path

from safety_desk.domain.documents import NumberingSettings
from safety_desk.services import documents as ds
from safety_desk.services.packages import export_package, import_package
from safety_desk.services.templates import load_shipped_templates
from safety_desk.store import Store
from tests.services.document_support import configure, visit_with_hazards


def _laptop(path: Path, block: tuple[int, int] | None) -> tuple[Store, list[str]]:
    store = Store.open(path)
    visit = visit_with_hazards(store)
    if block:
        ds.set_numbering_settings(store=store, settings=NumberingSettings(block_start=block[0], block_end=block[1]))
    numbers = [ds.issue_document(store=store, inspection_id=visit.inspection_id, kind=kind, actor="张明",
                                 out_path=path.with_name(f"{path.stem}-{n}.pdf")).document.number
               for n, kind in enumerate(("record", "order", "order"))]
    return store, numbers


def _merge(tmp_path: Path, *laptops: Store) -> Store:
    office = Store.open(tmp_path / "office.db")
    load_shipped_templates(store=office)
    for n, laptop in enumerate(laptops):
        export_package(store=laptop, out_path=tmp_path / f"{n}.sdpkg", all_records=True)
        import_package(store=office, path=tmp_path / f"{n}.sdpkg")
    return office


def test_two_laptops_with_their_own_blocks_never_collide_at_the_office(tmp_path: Path):
    a, numbers_a = _laptop(tmp_path / "a.db", (1, 499))
    b, numbers_b = _laptop(tmp_path / "b.db", (500, 999))
    assert numbers_b == ["（天桥）应急检记〔2019〕500号", "（天桥）应急责改〔2019〕500号", "（天桥）应急责改〔2019〕501号"]
    ds.void_document(store=a, number=numbers_a[2], reason="重复签发", actor="张明")
    office = _merge(tmp_path, a, b)
    register = ds.list_documents(store=office)
    assert sorted(d.number for d in register) == sorted(numbers_a + numbers_b)
    assert ds.number_clashes(store=office) == {}
    voided = next(d for d in register if d.number == numbers_a[2])
    assert (voided.status, voided.void_reason) == ("void", "重复签发")
    # The office reprints a laptop's document byte for byte from the frozen content (the PDF did not travel).
    ds.reprint_document(store=office, number=numbers_b[1], out_path=tmp_path / "office-copy.pdf")
    assert (tmp_path / "office-copy.pdf").read_bytes() == (tmp_path / "b-1.pdf").read_bytes()
    # The office issues from its own block too.
    configure(office)
    ds.set_numbering_settings(store=office, settings=NumberingSettings(block_start=1000, block_end=1999))
    visit_id = register[0].inspection_id
    office_number = ds.issue_document(store=office, inspection_id=visit_id, kind="order", actor="王芳").document.number
    assert office_number == "（天桥）应急责改〔2019〕1000号"


def test_overlapping_blocks_are_shown_as_clashes_not_merged_into_one(tmp_path: Path):
    a, numbers_a = _laptop(tmp_path / "a.db", None)
    b, numbers_b = _laptop(tmp_path / "b.db", None)
    assert numbers_a == numbers_b  # both laptops kept the default block: the scheme's one failure mode
    office = _merge(tmp_path, a, b)
    assert len(ds.list_documents(store=office)) == 6  # both kept: a legal document is never silently dropped
    assert ds.number_clashes(store=office) == {n: 2 for n in set(numbers_a)}
