"""The demo's veto registers: accidents of several grades and types, illegal operations stopped and not stopped,
a blacklisted enterprise and one taken off the list. Written through the ordinary services (a handful of records),
so the demo obeys the same validation as the forms.

The records are fixed scenarios, each placed at a seeded enterprise of a fitting sector; together they hit the veto
situations of Attachment 2 (a 较大 燃爆 accident, a fatal explosion, a fatal accident in illegal production, an
accident caused by 三违, a late report, a department with two illegal operations not stopped, a street with one
found in a month and not stopped) so the veto views have something to show.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from safety_desk.domain.accidents import Accident
from safety_desk.domain.registers import Enterprise
from safety_desk.domain.veto_registers import BlacklistEntry, IllegalOperation
from safety_desk.services import veto_registers
from safety_desk.demo.findings import LAST_DEADLINE
from safety_desk.demo.names import STREETS
from safety_desk.store.database import Store


@dataclass(frozen=True)
class _AccidentPlan:
    day: date
    accident_type: str
    sectors: tuple[str, ...]  # empty: an unregistered (illegal) unit
    deaths: int
    injured: int
    loss_yuan: int
    description: str
    poor_rectification: bool = False
    three_violations: bool = False
    reporting: str = "按时报告"


ACCIDENTS = (
    _AccidentPlan(date(2019, 8, 14), "燃爆", ("化工", "危险化学品"), 3, 6, 12_600_000,
                  "反应釜温度联锁被擅自摘除，超温超压导致釜内物料燃爆", poor_rectification=True),  # 较大 by deaths
    _AccidentPlan(date(2019, 9, 10), "爆炸", ("工贸",), 1, 2, 1_850_000,
                  "除尘系统未设置泄爆装置，除尘器内铝粉尘爆炸", poor_rectification=True),
    _AccidentPlan(date(2019, 7, 28), "中毒窒息", (), 2, 1, 600_000,
                  "无证废旧物资加工点组织人员进入污水池清淤，未检测通风，2人中毒窒息死亡", three_violations=True),
    _AccidentPlan(date(2019, 8, 22), "机械伤害", ("工贸",), 0, 1, 150_000,
                  "冲床光电保护装置失效，操作工违章将手伸入模具区", three_violations=True, reporting="迟报"),
    _AccidentPlan(date(2019, 9, 25), "高处坠落", ("建筑施工",), 1, 0, 1_200_000,
                  "作业人员未系安全带在外脚手架作业时坠落", three_violations=True),
    _AccidentPlan(date(2019, 10, 12), "火灾", ("消防", "文化旅游"), 0, 0, 860_000, "仓储区电气线路短路引发火灾"),
    _AccidentPlan(date(2019, 7, 19), "道路交通", ("道路运输",), 0, 11, 2_300_000,
                  "客运车辆驾驶员疲劳驾驶，车辆侧翻"),  # 较大 by serious injuries
)

# (month-day, street index, department, unit, what was found, stopped after n days or None)
ILLEGAL_OPERATIONS = (
    ((8, 6), 0, "区应急局", "无证液化石油气充装点", "出租屋内非法充装、销售液化石油气", None),
    ((8, 19), 1, "区应急局", "无名危险化学品分装点", "废弃厂房内非法储存、分装危险化学品", None),
    ((7, 23), 2, "区住房城乡建设局", "无资质施工队", "未取得施工许可擅自组织深基坑施工", 2),
    ((9, 5), 0, "区市场监管局", "无证气瓶检验点", "无资质从事气瓶检验并非法充装", 1),
    ((9, 17), 3, "区应急局", "无证汽油销售点", "流动加油车非法销售成品油", 3),
    ((10, 9), 4, "区消防大队", "群租房内小作坊", "居民楼内非法储存烟花爆竹", 1),
    ((7, 30), 1, "区市场监管局", "无证废品收购站", "非法拆解废旧压力容器", 0),
    ((10, 22), 5, "区住房城乡建设局", "无证燃气具维修点", "私自改装燃气管道并销售非标燃气具", None),
)


def write_veto_registers(*, store: Store, rng: random.Random, enterprises: list[Enterprise]) -> tuple[int, int, int]:
    """Accidents, illegal operations and blacklist entries; returns how many of each were written."""
    today = LAST_DEADLINE  # all dates are in 2019; validate as of the end of that year, not of the real today
    placed: list[tuple[_AccidentPlan, Enterprise | None]] = []
    for plan in ACCIDENTS:
        fitting = [e for e in enterprises if e.sector in plan.sectors] or enterprises
        enterprise = rng.choice(fitting) if plan.sectors else None
        street = enterprise.street if enterprise else rng.choice(STREETS)
        veto_registers.save_accident(store=store, today=today, accident=Accident(
            plan.day, plan.accident_type, street=street, enterprise_id=enterprise.id if enterprise else None,
            deaths=plan.deaths, serious_injuries=plan.injured, direct_loss_fen=plan.loss_yuan * 100,
            illegal_production=enterprise is None, cause_poor_rectification=plan.poor_rectification,
            cause_three_violations=plan.three_violations, reporting=plan.reporting, description=plan.description))
        placed.append((plan, enterprise))

    streets = rng.sample(STREETS, 6)
    for (month, day), street, department, unit, what, stopped_after in ILLEGAL_OPERATIONS:
        found = date(2019, month, day)
        veto_registers.save_illegal_operation(store=store, today=today, operation=IllegalOperation(
            found, streets[street], responsible_department=department, enterprise_name=unit, description=what,
            stopped=stopped_after is not None,
            stopped_on=date.fromordinal(found.toordinal() + stopped_after) if stopped_after is not None else None))

    # the enterprise that reported its accident late is blacklisted; another one served its year and was removed
    late = next((e for plan, e in placed if plan.reporting != "按时报告" and e is not None), None)
    entries = 0
    if late is not None:
        veto_registers.save_blacklist_entry(store=store, today=today, entry=BlacklistEntry(
            late.id, date(2019, 9, 6), reason="迟报生产安全事故（2019年8月22日机械伤害事故），列入安全生产失信联合惩戒“黑名单”"))
        entries += 1
    others = [e for e in enterprises if e is not late and e.credit_grade in ("C", "D")] or [
        e for e in enterprises if e is not late]
    if others:
        veto_registers.save_blacklist_entry(store=store, today=today, entry=BlacklistEntry(
            rng.choice(others).id, date(2018, 9, 20), reason="被责令停产停业整顿后擅自恢复生产，拒不执行安全监管指令",
            removed_on=date(2019, 9, 20)))
        entries += 1
    return len(ACCIDENTS), len(ILLEGAL_OPERATIONS), entries
