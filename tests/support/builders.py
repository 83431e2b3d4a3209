"""Builders shared by tests: a campaign with an enterprise, inspectors and an inspection, and tiny real images."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from safety_desk.domain.inspections import Campaign
from safety_desk.domain.registers import Enterprise, Inspector
from safety_desk.services import inspections as inspection_service
from safety_desk.services import registers as register_service
from safety_desk.services import templates as template_service
from safety_desk.store import Store

CHEM_KEY = "chem-enterprise-hazard-catalogue"


@dataclass
class Visit:
    campaign_id: str
    enterprise_id: str
    inspector_ids: list[str]
    template_id: str
    inspection_id: str


def build_visit(store: Store, *, phase: str = "专项检查", when: date = date(2019, 8, 6),
                period: tuple[date, date] = (date(2019, 7, 15), date(2019, 10, 31))) -> Visit:
    template_service.load_shipped_templates(store=store)
    chem = next(t for t in template_service.list_templates(store=store) if t.key == CHEM_KEY)
    enterprise = register_service.save_enterprise(
        store=store, enterprise=Enterprise(name="济南泺口化工有限公司", credit_code="91110108551385082Q", street="泺口街道"))
    inspectors = [
        register_service.save_inspector(store=store, inspector=Inspector(name="张明", certificate_no="37010001")),
        register_service.save_inspector(store=store, inspector=Inspector(name="李华", certificate_no="37010002")),
    ]
    campaign = inspection_service.create_campaign(
        store=store, campaign=Campaign("迎接建国70周年安全生产专项整治行动", *period))
    inspection = inspection_service.start_inspection(
        store=store, campaign_id=campaign, phase=phase, enterprise_id=enterprise, template_ids=[chem.id],
        inspector_ids=inspectors, inspection_date=when)
    return Visit(campaign, enterprise, inspectors, chem.id, inspection)


def png(path: Path, rgb: tuple[int, int, int], size: int = 8) -> Path:
    """A small real PNG of one colour, written without an imaging library."""
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path
