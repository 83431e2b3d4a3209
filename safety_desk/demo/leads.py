"""The demo's leads (线索): one in every state, written through the ordinary service so they obey the form's checks.

Fixed scenarios placed at seeded enterprises: a hotline complaint that became a case (linked to the enforcement
inspection that checked it), a website complaint found partly true and handled by a hazard put under rectification,
a letter found untrue, a handover found true and left without a case (the dereliction flag), a monitoring alert
being checked, a walk-in complaint not yet assigned, and an unregistered workshop reported by phone.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from safety_desk.demo.findings import LAST_DEADLINE
from safety_desk.demo.names import STREETS
from safety_desk.domain.leads import Lead
from safety_desk.services.leads import close_lead, register_lead
from safety_desk.store.database import Store


@dataclass(frozen=True)
class _LeadPlan:
    source: str
    channel: str
    summary: str
    finding: str = ""  # empty: not verified yet
    case: bool = False
    no_case_reason: str = ""
    closed: bool = False
    assigned: bool = True
    reply_after: int | None = None  # days after receipt, for complaints
    link: str = ""  # "inspection" (with an enforcement action) / "hazard"


PLANS = (
    _LeadPlan("投诉举报", "电话", "群众来电反映该企业夜间在罐区违规动火作业，现场无人监护", "属实", case=True,
              closed=True, reply_after=9, link="inspection"),
    _LeadPlan("投诉举报", "网站", "网站留言反映该企业安全出口被货物堵塞，应急照明损坏", "部分属实",
              no_case_reason="安全出口堵塞属实、应急照明正常；已列入隐患限期整改，情节轻微不予立案", closed=True, reply_after=12,
              link="hazard"),
    _LeadPlan("投诉举报", "信件", "来信反映该企业未对新入职员工进行安全培训", "不属实", closed=True, reply_after=15),
    _LeadPlan("转办交办", "上级转办", "市应急局转办：该企业涉嫌超量储存危险化学品", "属实"),
    _LeadPlan("数据监测", "监测平台", "在线监测平台显示该企业可燃气体报警器连续 3 日离线"),
    _LeadPlan("投诉举报", "来访", "群众来访反映该企业粉尘作业场所未设置除尘设施", assigned=False),
)
UNREGISTERED = _LeadPlan("投诉举报", "电话", "群众来电反映居民楼底商有人无证加工、储存烟花爆竹", "属实", case=True,
                         closed=True, reply_after=25)


def write_leads(*, store: Store, rng: random.Random, departments: tuple[str, ...]) -> int:
    """Returns how many leads were written."""
    db = store.db
    today = LAST_DEADLINE  # all dates are in 2019, validated as of the end of that year like the veto registers
    # This run's records only (still dated 2019): a forced earlier run's were moved to the present already.
    enforced = [tuple(r) for r in db.execute(
        "select i.id, i.enterprise_id, i.inspection_date from inspections i where i.inspection_date <= ? and exists "
        "(select 1 from enforcement_actions a where a.inspection_id = i.id) order by i.inspection_date, i.id",
        [today.isoformat()])]
    hazards = [tuple(r) for r in db.execute(
        "select id, enterprise_id, found_date from findings where found_date >= '2019-07-25' and found_date <= ? "
        "order by found_date, id", [today.isoformat()])]
    enterprises = [r[0] for r in db.execute("select id from enterprises order by name, id")]
    written = 0
    for n, plan in enumerate(PLANS):
        received = date(2019, 7, 22) + timedelta(days=14 * n)
        inspection_ids: tuple[str, ...] = ()
        finding_ids: tuple[str, ...] = ()
        enterprise_id = rng.choice(enterprises)
        if plan.link == "inspection" and enforced:
            inspection_id, enterprise_id, day = rng.choice(enforced)
            received, inspection_ids = date.fromisoformat(day) - timedelta(days=3), (inspection_id,)
        elif plan.link == "hazard" and hazards:
            finding_id, enterprise_id, day = rng.choice(hazards)
            received, finding_ids = date.fromisoformat(day) - timedelta(days=2), (finding_id,)
        lead = Lead(source=plan.source, channel=plan.channel, received_on=received, summary=plan.summary,
                    enterprise_id=enterprise_id, complainant="（演示）张先生" if plan.source == "投诉举报" else "",
                    complainant_contact="1390531" + f"{rng.randrange(10_000):04d}" if plan.source == "投诉举报" else "",
                    inspection_ids=inspection_ids, finding_ids=finding_ids)
        written += _write(store, rng, plan, lead, departments, today)
    lead = Lead(source=UNREGISTERED.source, channel=UNREGISTERED.channel, received_on=date(2019, 9, 24),
                summary=UNREGISTERED.summary, enterprise_name="（未登记）烟花爆竹加工点", enterprise_address="居民楼底商",
                street=rng.choice(STREETS), complainant="（演示）匿名", complainant_contact="")
    return written + _write(store, rng, UNREGISTERED, lead, departments, today)


def _write(store: Store, rng: random.Random, plan: _LeadPlan, lead: Lead, departments: tuple[str, ...],
           today: date) -> int:
    if plan.assigned:
        lead.department, lead.handler = rng.choice(departments), rng.choice(("赵强", "钱敏", "孙立", "李娜"))
    if plan.finding:
        lead.finding, lead.verified_on = plan.finding, lead.received_on + timedelta(days=6)
    if plan.reply_after is not None:
        lead.reply_on, lead.reply_method = lead.received_on + timedelta(days=plan.reply_after), "电话"
    saved = register_lead(store=store, lead=lead, today=today)
    if plan.closed:
        case_no = f"（天桥）应急立〔2019〕{rng.randrange(10, 90)}号" if plan.case else ""
        close_lead(store=store, lead_id=saved.id, finding=plan.finding, case_no=case_no,
                   no_case_reason=plan.no_case_reason, closed_on=lead.received_on + timedelta(days=8), today=today)
    return 1
