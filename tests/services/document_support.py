"""Builders for the documents tests: a configured unit, a visit with ledgered hazards, rare-character names."""

from __future__ import annotations

from datetime import date

from safety_desk.domain.issuing_unit import IssuingUnit
from safety_desk.services import findings as finding_service
from safety_desk.services import issuing_unit
from safety_desk.store import Store
from tests.support.builders import build_visit

DISTRICT = IssuingUnit(name="济南市天桥区应急管理局", short_name="天桥", enforcement_power=True,
                       review_body="济南市天桥区人民政府")
STREET = IssuingUnit(name="济南市天桥区泺口街道办事处", short_name="泺口", enforcement_power=False)
RARE = "䶮𠮷𪚥"  # Extension A, B, B: none is in the main font
FIVE = dict(responsible_unit="生产部", responsible_person="王建国", measures="加装报警装置", funds="12500",
            contingency_plan="停用并专人监护")


def configure(store: Store, unit: IssuingUnit = DISTRICT) -> None:
    issuing_unit.set_unit(store=store, unit=unit)


def hazard(store: Store, inspection_id: str, description: str, *, level: str = "一般", deadline: str | None = "2019-08-20",
           location: str = "二号车间", ledger: bool = True, mode: str = "限期整改") -> str:
    fid = finding_service.open_finding(store=store, inspection_id=inspection_id, actor="张明")
    values = dict(description=description, level=level, location=location, rectification_mode=mode,
                  basis="《危险化学品安全管理条例》第二十条", disposal_basis="《安全生产法》第一百零二条", **FIVE)
    if deadline:
        values["deadline"] = deadline
    finding_service.update_finding(store=store, finding_id=fid, actor="张明", **values)
    if ledger:
        finding_service.enter_ledger(store=store, finding_id=fid, actor="张明")
    return fid


def visit_with_hazards(store: Store, unit: IssuingUnit = DISTRICT, when: date = date(2019, 8, 6)):
    configure(store, unit)
    visit = build_visit(store, phase="执法检查" if unit.enforcement_power else "专项检查", when=when)
    hazard(store, visit.inspection_id, "配电箱未接地，电气线路私拉乱接")
    hazard(store, visit.inspection_id, "液氨储罐区可燃气体报警装置失效", level="重大", deadline="2019-09-06",
           location="罐区")
    return visit
