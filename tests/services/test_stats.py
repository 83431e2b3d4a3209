"""Database statistics, checked number by number on a small hand-built database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from safety_desk.domain.accidents import Accident
from safety_desk.domain.enforcement import KINDS, EnforcementAction
from safety_desk.domain.inspections import PHASES, Campaign
from safety_desk.domain.registers import Enterprise, Inspector
from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.services import registers as register_service
from safety_desk.services import templates as template_service
from safety_desk.services import veto_registers
from safety_desk.services.enforcement import save_action
from safety_desk.demo.images import encode_png
from safety_desk.services.stats import collect_stats, format_stats
from safety_desk.store import Store
from safety_desk.store.rows import insert_record


def png(path: Path, rgb: tuple[int, int, int]) -> Path:
    path.write_bytes(encode_png(4, 4, bytes(rgb) * 16))
    return path


def build(store: Store, tmp_path: Path) -> None:
    """2 enterprises, 3 inspectors, 3 inspections (两次专项检查 + 一次执法检查), 4 hazards (1 重大 complete,
    1 重大 incomplete, 2 一般 of which 1 in the ledger), 2 photo files linked 3 times."""
    template_service.load_shipped_templates(store=store)
    template_id = template_service.list_templates(store=store)[0].id
    e1 = register_service.save_enterprise(store=store, enterprise=Enterprise(name="济南甲化工有限公司"))
    e2 = register_service.save_enterprise(store=store, enterprise=Enterprise(name="济南乙机械有限公司"))
    people = [
        register_service.save_inspector(store=store, inspector=Inspector(name=n, certificate_no=c))
        for n, c in (("张明", "370105190001"), ("李华", "370105190002"), ("王强", ""))
    ]
    campaign = inspection_service.create_campaign(
        store=store, campaign=Campaign("专项整治", date(2019, 7, 15), date(2019, 10, 31)))

    def visit(phase: str, enterprise: str, inspectors: list[str]) -> str:
        return inspection_service.start_inspection(
            store=store, campaign_id=campaign, phase=phase, enterprise_id=enterprise, template_ids=[template_id],
            inspector_ids=inspectors, inspection_date=date(2019, 8, 6))

    i1 = visit("专项检查", e1, people[2:])
    visit("专项检查", e2, people[:1])
    i3 = visit("执法检查", e1, people[:2])

    complete = finding_service.open_finding(store=store, inspection_id=i1, level="重大")
    finding_service.update_finding(
        store=store, finding_id=complete, description="反应釜温度联锁被摘除", responsible_unit="济南甲化工有限公司",
        responsible_person="赵六", measures="恢复联锁", funds="12,000", deadline="2019-09-30",
        contingency_plan="专项应急预案")
    finding_service.enter_ledger(store=store, finding_id=complete)
    # measures set but funds and plan missing: not complete, not in the ledger
    incomplete = finding_service.open_finding(store=store, inspection_id=i3, level="重大")
    finding_service.update_finding(store=store, finding_id=incomplete, description="储罐区无紧急切断", measures="加装")
    general = finding_service.open_finding(store=store, inspection_id=i3)
    finding_service.update_finding(store=store, finding_id=general, description="灭火器过期", rectification_mode="立即整改")
    finding_service.enter_ledger(store=store, finding_id=general)
    red, blue = png(tmp_path / "red.png", (255, 0, 0)), png(tmp_path / "blue.png", (0, 0, 255))
    finding_service.add_photos(store=store, finding_id=complete, paths=[red, blue])
    finding_service.add_photos(store=store, finding_id=general, paths=[red])
    # written off; set directly so this test does not depend on the lifecycle's transition rules
    store.db.execute("update findings set status = '已销号' where id = ?", [general])
    finding_service.open_finding(store=store, enterprise_id=e2, found_date=date(2019, 9, 1))


def test_empty_database_counts_zero_with_every_key(store: Store):
    stats = collect_stats(store=store)
    assert stats == {
        "campaigns": 0, "enterprises": 0, "inspectors": 0, "inspections": 0,
        "by_phase": {phase: 0 for phase in PHASES},
        "findings": 0, "by_level": {"一般": 0, "重大": 0},
        "by_status": {"待整改": 0, "整改中": 0, "待复查": 0, "已销号": 0},
        "ledger_entered": 0, "five_fields_complete_major": 0, "photos": 0, "photo_links": 0,
        "overdue": 0, "listed": 0, "accidents": 0,
        "accidents_by_grade": {"一般": 0, "较大": 0, "重大": 0, "特别重大": 0}, "accident_deaths": 0,
        "illegal_operations": 0, "illegal_operations_not_stopped": 0, "blacklisted": 0,
        "enforcement": {kind: 0 for kind in KINDS}, "fines_fen": 0,
    }


def test_counts_of_a_small_database(file_store: Store, tmp_path: Path):
    store = file_store  # photos go beside the file, inside tmp_path
    build(store, tmp_path)
    stats = collect_stats(store=store)
    assert stats["campaigns"] == 1
    assert stats["enterprises"] == 2
    assert stats["inspectors"] == 3
    assert stats["inspections"] == 3
    assert stats["by_phase"] == {"自查自纠": 0, "专项检查": 2, "抽查": 0, "全面检查": 0, "回头看": 0, "执法检查": 1}
    assert stats["findings"] == 4
    assert stats["by_level"] == {"一般": 2, "重大": 2}
    assert stats["by_status"] == {"待整改": 3, "整改中": 0, "待复查": 0, "已销号": 1}
    assert stats["ledger_entered"] == 2
    assert stats["five_fields_complete_major"] == 1
    assert stats["photos"] == 2
    assert stats["photo_links"] == 3


def test_blank_text_does_not_count_as_a_filled_field(file_store: Store, tmp_path: Path):
    store = file_store  # photos go beside the file, inside tmp_path
    build(store, tmp_path)
    # whitespace only, as a careless import might leave it: FiveFields.missing() treats it as empty, so must stats
    store.db.execute("update findings set contingency_plan = '　 ' where level = '重大'")
    assert collect_stats(store=store)["five_fields_complete_major"] == 0


def test_the_table_shows_every_number_under_a_chinese_label(file_store: Store, tmp_path: Path):
    store = file_store  # photos go beside the file, inside tmp_path
    build(store, tmp_path)
    text = format_stats(collect_stats(store=store))
    lines = {line.rsplit(None, 1)[0].strip(): line.rsplit(None, 1)[1] for line in text.splitlines()}
    assert lines.pop("罚款金额（元）") == "0.00"
    lines = {label: int(n) for label, n in lines.items()}
    assert lines["企业"] == 2 and lines["检查人员"] == 3 and lines["隐患"] == 4
    assert lines["重大隐患"] == 2 and lines["一般隐患"] == 2 and lines["执法检查"] == 1
    assert lines["重大隐患五落实完整"] == 1 and lines["照片（文件）"] == 2


def test_overdue_listed_enforcement_and_the_veto_registers(file_store: Store, tmp_path: Path):
    store = file_store
    build(store, tmp_path)
    db = store.db
    today = date(2019, 10, 1)
    # the complete 重大 hazard (deadline 2019-09-30, 待整改) is overdue on 10-01 but not on 09-30
    assert collect_stats(store=store, today=today)["overdue"] == 1
    assert collect_stats(store=store, today=date(2019, 9, 30))["overdue"] == 0
    db.execute("update findings set status = '已销号' where deadline = '2019-09-30'")
    assert collect_stats(store=store, today=today)["overdue"] == 0

    major = [r[0] for r in db.execute("select id from findings where level = '重大'")]
    insert_record(db, "listings", {"finding_id": major[0], "level": "区级", "listed_on": "2019-08-10"})
    insert_record(db, "listings", {"finding_id": major[1], "level": "市级", "listed_on": "2019-08-10",
                                   "delisted_on": "2019-09-20"})

    inspection = db.execute("select id from inspections where phase = '执法检查'").fetchone()[0]
    for kind, amount in (("立案", None), ("罚款", 3_000_000), ("罚款", 1_250_050)):
        save_action(store=store, today=today, action=EnforcementAction(
            kind, date(2019, 8, 6), inspection_id=inspection, amount_fen=amount, case_no="立〔2019〕1号"))

    for deaths, injured in ((3, 0), (0, 10), (1, 0)):
        veto_registers.save_accident(store=store, today=today, accident=Accident(
            date(2019, 8, 1), "燃爆", street="北园街道", deaths=deaths, serious_injuries=injured))
    enterprise = db.execute("select id from enterprises").fetchone()[0]
    for stopped in (0, 0, 1):
        insert_record(db, "illegal_operations", {"found_on": "2019-08-01", "street": "北园街道", "stopped": stopped})
    insert_record(db, "blacklist_entries", {"enterprise_id": enterprise, "listed_on": "2019-07-01"})
    insert_record(db, "blacklist_entries", {"enterprise_id": enterprise, "listed_on": "2019-06-01",
                                            "removed_on": "2019-06-30"})

    stats = collect_stats(store=store, today=today)
    assert stats["listed"] == 1
    assert stats["enforcement"] == {"责令限期整改": 0, "责令停产停业整顿": 0, "立案": 1, "罚款": 2, "关闭取缔": 0,
                                    "移送司法机关": 0}
    assert stats["fines_fen"] == 4_250_050
    assert stats["accidents"] == 3 and stats["accident_deaths"] == 4
    assert stats["accidents_by_grade"] == {"一般": 1, "较大": 2, "重大": 0, "特别重大": 0}
    assert (stats["illegal_operations"], stats["illegal_operations_not_stopped"]) == (3, 2)
    assert stats["blacklisted"] == 1
    assert collect_stats(store=store, today=date(2019, 6, 15))["blacklisted"] == 1  # the earlier period
    assert collect_stats(store=store, today=date(2019, 6, 30))["blacklisted"] == 0  # removed that day

    text = format_stats(stats)
    assert any(line.startswith("罚款金额（元）") and line.endswith("42,500.50") for line in text.splitlines())
    assert any(line.strip().startswith("较大事故") and line.split()[-1] == "2" for line in text.splitlines())
