"""Sample enforcement documents: the district's emergency-management bureau (with enforcement power) issues on-site
records, rectification orders and re-inspection opinions for enforcement inspections; two street offices (without)
issue rectification notices for their special inspections. The register then looks as it does at the district once
the streets' packages are in, and every kind can be tried at once.

The unit is a per-computer setting; the demo leaves the database set up as the district bureau. A database whose unit
is already configured (real data, ``demo --force``) is left alone: no documents, no settings changed.
"""

from __future__ import annotations

import random

from safety_desk.domain.documents import NumberingSettings
from safety_desk.domain.issuing_unit import IssuingUnit
from safety_desk.errors import UserError
from safety_desk.services import documents as document_service
from safety_desk.services import issuing_unit as unit_service
from safety_desk.store.database import Store

DISTRICT = IssuingUnit(name="济南市天桥区应急管理局", short_name="天桥", enforcement_power=True,
                       review_body="济南市天桥区人民政府")
STREET_OFFICES = (
    IssuingUnit(name="济南市天桥区泺口街道办事处", short_name="泺口", enforcement_power=False,
                review_body="济南市天桥区人民政府"),
    IssuingUnit(name="济南市天桥区北园街道办事处", short_name="北园", enforcement_power=False,
                review_body="济南市天桥区人民政府"),
)
ORDERS, NOTICES_PER_STREET = 4, 2


def write_documents(*, store: Store, seed: int) -> int:
    """Issue the sample documents; returns how many."""
    if unit_service.current_unit(store=store).configured:
        return 0
    rng = random.Random(f"safety-desk-demo:{seed}:documents")
    db = store.db
    issued = 0
    for office in STREET_OFFICES:
        unit_service.set_unit(store=store, unit=office)
        street = office.name.split("区")[-1].replace("办事处", "")
        visits = [r[0] for r in db.execute(
            "select i.id from inspections i join enterprises e on e.id = i.enterprise_id "
            "where e.street = ? and i.phase in ('专项检查', '抽查', '全面检查') order by i.inspection_date, i.id",
            [street])]
        issued += _issue_some(store, rng, visits, ("notice",), NOTICES_PER_STREET)
        if office is STREET_OFFICES[0] and issued:  # one withdrawn and issued again: 作废 keeps its number
            last = document_service.list_documents(store=store)[-1]
            document_service.void_document(store=store, number=last.number, reason="整改期限填写有误，已重新签发",
                                           actor="王芳", today=last.issued_on)
            document_service.issue_document(store=store, inspection_id=last.inspection_id, kind="notice",
                                            actor="王芳")
            issued += 1
    unit_service.set_unit(store=store, unit=DISTRICT)
    document_service.set_numbering_settings(store=store, settings=NumberingSettings())
    visits = [r[0] for r in db.execute(
        "select id from inspections where phase = '执法检查' order by inspection_date, id")]
    done = _issue_some(store, rng, visits, ("record", "order"), ORDERS)
    issued += done
    # Re-inspection opinions for the orders whose hazards have been re-inspected.
    reviewed = 0
    for document in document_service.list_documents(store=store):
        if document.kind == "order" and reviewed < 2:
            try:
                document_service.issue_document(store=store, inspection_id=document.inspection_id, kind="review",
                                                actor=rng.choice(("张明", "李华", "王芳")))
            except UserError:
                continue
            reviewed += 1
    return issued + reviewed


def _issue_some(store: Store, rng: random.Random, visits: list[str], kinds: tuple[str, ...], wanted: int) -> int:
    issued = 0
    for inspection_id in visits:
        if issued >= wanted * len(kinds):
            break
        try:  # an inspection whose hazards are drafts or lack deadlines cannot have an order: try the next one
            for kind in reversed(kinds):  # the order first: a visit that cannot have one gets no record either
                document_service.preview_document(store=store, inspection_id=inspection_id, kind=kind)
        except UserError:
            continue
        for kind in kinds:
            document_service.issue_document(store=store, inspection_id=inspection_id, kind=kind,
                                            actor=rng.choice(("张明", "李华", "王芳")))
            issued += 1
    return issued
