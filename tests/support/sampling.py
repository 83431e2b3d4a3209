"""A small 双随机 world for tests: registers across the example plan's sectors and departments, and the plan."""

from __future__ import annotations

import random
from dataclasses import dataclass

from safety_desk.domain.registers import CREDIT_GRADES, RISK_GRADES, Enterprise, Inspector, uscc_check_char
from safety_desk.paths import FORMS_DIR
from safety_desk.services import sampling as sampling_service
from safety_desk.services import templates as template_service
from safety_desk.store import Store
from safety_desk.store import registers_repo

PLAN_FILE = FORMS_DIR / "sampling" / "plan_example.yaml"
SECTORS = {"工贸": "区应急局", "建筑施工": "区住房城乡建设局", "城镇燃气": "区住房城乡建设局", "特种设备": "区市场监管局",
           "文化旅游": "区文旅局", "教育": "区教体局", "医疗卫生": "区卫健局", "化工": "区化工专项行动办"}


@dataclass
class SamplingWorld:
    plan_id: str
    enterprise_ids: list[str]
    inspector_ids: list[str]


def credit_code(n: int) -> str:
    first17 = f"91370105{n:09d}"
    return first17 + uscc_check_char(first17)


def build_sampling(store: Store, *, enterprises: int = 80, inspectors_per_department: int = 4,
                   seed: int = 3) -> SamplingWorld:
    template_service.load_shipped_templates(store=store)
    rng = random.Random(seed)
    db = store.db
    sectors = list(SECTORS)
    e_ids, i_ids = [], []
    with db.atomic():
        for n in range(enterprises):
            sector = sectors[n % len(sectors)]
            e_ids.append(registers_repo.insert_enterprise(db, Enterprise(
                name=f"济南测试{n:03d}有限公司", credit_code=credit_code(n), street="泺口街道", sector=sector,
                lead_department=SECTORS[sector], risk_grade=rng.choice(RISK_GRADES),
                credit_grade=rng.choice(CREDIT_GRADES), contact_person=f"联系人{n}", contact_phone="0531-1234567")))
        for dept in dict.fromkeys(SECTORS.values()):
            for j in range(inspectors_per_department):
                i_ids.append(registers_repo.insert_inspector(db, Inspector(
                    name=f"{dept[1:3]}检查员{j}", department=dept, certificate_no=f"37{len(i_ids):06d}")))
    plan_id = sampling_service.import_plan(store=store, path=PLAN_FILE)
    return SamplingWorld(plan_id, e_ids, i_ids)
