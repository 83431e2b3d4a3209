"""Ledger test data shared by the report, service, CLI and UI tests: hostile texts, rows, and a small database."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from safety_desk.domain.registers import Enterprise
from safety_desk.reports.ledger_model import LedgerRow
from safety_desk.services import findings as finding_service
from safety_desk.services.registers import save_enterprise
from safety_desk.store import Store
from safety_desk.store.rows import insert_record
from tests.support.builders import build_visit

LONG_PARAGRAPH = ("危化品库房内油漆、稀释剂与氧化剂混存，通风设施损坏，防爆灯具缺失，" * 60)[:2000]
HOSTILE = {
    "markup": "<b>压力表</b> & <font size=40>安全阀</font> 未检 <br/> a<b && x>y </para>",
    "lines": "第一行\r\n第二行\r第三行\n\n第五行\u2028第六行",
    "emoji": "灭火器😀过期🔥，报警器👨\u200d👩\u200d👧失效\ufe0f，温度℃",
    "controls": "电缆\x00沟\x07积水\x1b[31m",
    "formula": "=HYPERLINK(\"http://example.invalid\",\"点此\")",
    "long": LONG_PARAGRAPH,
    "latin": "Check GB 50016-2014 clause 3.5MPa and https://example.invalid/" + "x" * 150,
}


def row(description: str = "配电箱未接地", **changes) -> LedgerRow:
    values = dict(
        enterprise_name="济南泺口化工有限公司", street="泺口街道", description=description, level="重大",
        found_date=date(2019, 8, 6), location="配电室", responsible_unit="设备部", responsible_person="王强",
        measures="更换配电箱并做接地", funds_fen=1_250_050, deadline=date(2019, 9, 6),
        contingency_plan="配电室停电检修预案", listing="", status="整改中", overdue=False, acceptance="",
    )
    values.update(changes)
    return LedgerRow(**values)


def pdf_pages_text(path: Path) -> list[str]:
    """Text of each page as pdftotext reads it (poppler), or pypdf where poppler is not installed."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
        return out.stdout.decode("utf-8").split("\f")[:-1]
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """Without whitespace: wrapped cells and extraction spacing no longer matter."""
    return re.sub(r"\s+", "", text)


def stream_text(path: Path) -> str:
    """All text in content-stream order (rows, then cells, then lines), whitespace removed."""
    parts: list[str] = []
    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=lambda text, *_: parts.append(text))
    return flat("".join(parts))


@dataclass
class LedgerDb:
    campaign_id: str
    inspection_id: str
    enterprise_a: str  # 泺口街道 (the visit's enterprise)
    enterprise_b: str  # 北坦街道
    known: str  # a major hazard of A with all five fields, listed and re-inspected
    general: str  # a general hazard of A, in the ledger
    draft: str  # a hazard of A not entered in the ledger
    other_street: str  # a hazard of B, in the ledger


def build_ledger_db(store: Store) -> LedgerDb:
    visit = build_visit(store)
    b = save_enterprise(store=store, enterprise=Enterprise(name="北坦机械厂", street="北坦街道"))

    def hazard(description: str, *, enterprise: str | None = None, ledger: bool = True, **fields) -> str:
        fid = (finding_service.open_finding(store=store, enterprise_id=enterprise, found_date=date(2019, 8, 10))
               if enterprise else finding_service.open_finding(store=store, inspection_id=visit.inspection_id))
        five = dict(responsible_unit="安全环保部", responsible_person="赵刚", measures="按要求整改",
                    funds="800", deadline=date(2019, 9, 30), contingency_plan="现场处置方案")
        five.update(fields)
        finding_service.update_finding(store=store, finding_id=fid, description=description, **five)
        if ledger:
            finding_service.enter_ledger(store=store, finding_id=fid)
        return fid

    known = hazard("危化品库房未设置可燃气体报警器", level="重大", location="危化品库房",
                   responsible_unit="生产技术部", responsible_person="王强", measures="设置报警器并与通风联锁",
                   funds="12,500.50", deadline=date(2019, 9, 6), contingency_plan="危化品泄漏专项应急预案",
                   rectification_mode="限期整改")
    db = store.db
    insert_record(db, "listings", {"finding_id": known, "level": "区级", "supervising_unit": "区安委会办公室",
                                   "document_no": "济天安委〔2019〕3号", "listed_on": "2019-08-08"})
    insert_record(db, "reinspections", {"finding_id": known, "inspector_name": "李华", "reinspected_on": "2019-09-05",
                                        "result": "合格", "opinion": ""})
    general = hazard("灭火器压力不足", level="一般", location="生产车间")
    draft = hazard("草稿：消防通道堆放杂物", ledger=False)
    other = hazard("北坦：配电箱未接地", enterprise=b)
    return LedgerDb(visit.campaign_id, visit.inspection_id, visit.enterprise_id, b, known, general, draft, other)
