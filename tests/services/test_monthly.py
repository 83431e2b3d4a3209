"""Monthly figures for a hand-built August 2019, number by number: the month, July, cumulative; and the roll-up."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.domain.accidents import Accident
from safety_desk.domain.enforcement import EnforcementAction
from safety_desk.domain.monthly import figure_lines, report_period
from safety_desk.domain.veto_registers import IllegalOperation
from safety_desk.errors import UserError
from safety_desk.services import enforcement as enforcement_service
from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.services import lifecycle
from safety_desk.services import veto_registers as registers
from safety_desk.services.monthly import district_rollup, monthly_report
from safety_desk.store import Store
from tests.support.builders import build_visit

TODAY = date(2019, 10, 31)
FIVE = dict(responsible_unit="生产部", responsible_person="王建国", measures="整改", contingency_plan="专人监护")


def hazard(store, inspection_id, *, level, funds, deadline="2019-09-30", five=True) -> str:
    fid = finding_service.open_finding(store=store, inspection_id=inspection_id, actor="张明")
    fields = dict(FIVE) if five else {}
    finding_service.update_finding(store=store, finding_id=fid, actor="张明", description=f"{level}隐患", level=level,
                                   funds=funds, deadline=deadline, **fields)
    if five:
        finding_service.enter_ledger(store=store, finding_id=fid, actor="张明")
    return fid


@pytest.fixture
def month(store: Store):
    v = build_visit(store, when=date(2019, 8, 6))  # 专项检查, 2 inspectors, 泺口街道
    store.db.execute("update enterprises set lead_department = '区应急局' where id = ?", [v.enterprise_id])
    july = inspection_service.start_inspection(
        store=store, campaign_id=v.campaign_id, phase="自查自纠", enterprise_id=v.enterprise_id,
        template_ids=[v.template_id], inspector_ids=v.inspector_ids[:1], inspection_date=date(2019, 7, 20))
    hazard(store, july, level="一般", funds="300")
    g = hazard(store, v.inspection_id, level="一般", funds="1000")
    hazard(store, v.inspection_id, level="重大", funds="200", five=False)
    m = hazard(store, v.inspection_id, level="重大", funds="12500")
    store.db.execute("update findings set status = '已销号', closed_on = '2019-08-10' where id = ?", [g])
    lifecycle.list_hazard(store=store, finding_id=m, actor="王芳", level="区级", supervising_unit="区安委会",
                          document_no="天安委督〔2019〕3号", listed_on=date(2019, 8, 10), today=TODAY)
    for kind, amount in (("立案", None), ("罚款", 500_000), ("罚款", 100_000), ("责令停产停业整顿", None)):
        enforcement_service.save_action(store=store, today=TODAY, action=EnforcementAction(
            kind, date(2019, 8, 7), inspection_id=v.inspection_id, enterprise_id=v.enterprise_id,
            case_no="天应急罚〔2019〕1号" if kind == "立案" else "", amount_fen=amount))
    for day, stopped in ((date(2019, 8, 3), True), (date(2019, 8, 25), False)):
        registers.save_illegal_operation(store=store, today=TODAY, operation=IllegalOperation(
            day, "泺口街道", responsible_department="区应急局", enterprise_name="黑作坊", stopped=stopped,
            stopped_on=date(2019, 8, 5) if stopped else None))
    registers.save_accident(store=store, today=TODAY, accident=Accident(
        date(2019, 8, 12), "机械伤害", enterprise_id=v.enterprise_id, deaths=1))
    return v


def test_street_month_number_by_number(store: Store, month):
    r = monthly_report(store=store, month="2019-08", unit="泺口街道")
    c = r.current
    assert (r.unit_kind, r.start, r.end) == ("街道", date(2019, 8, 1), date(2019, 8, 31))
    assert c.inspected_by_phase == {"专项检查": 1}
    assert (c.enterprises_inspected, c.inspections, c.inspector_turnouts) == (1, 1, 2)
    # The drafts rule: the major without its five fields is not in the ledger, so not counted; it is its own line.
    assert (c.hazards_general, c.hazards_major, c.rectified_general, c.rectified_major) == (1, 1, 1, 0)
    assert (c.drafts, c.drafts_major) == (1, 1)
    assert (c.majors_listed, c.majors_five_fields, c.funds_fen) == (1, 1, 1_350_000)
    assert (c.cases, c.fines, c.fines_fen, c.stop_orders, c.closures, c.judicial_transfers) == (1, 2, 600_000, 1, 0, 0)
    assert (c.illegal_found, c.illegal_stopped, c.accidents, c.accident_deaths) == (2, 1, 1, 1)
    lines = dict(figure_lines(c))
    assert (lines["整改率"], lines["一般隐患整改率"], lines["重大隐患整改率"]) == ("50.0%", "100.0%", "0.0%")
    assert lines["整改资金（元）"] == "13,500.00" and lines["罚款金额（元）"] == "6,000.00"
    p = r.previous
    assert (p.inspected_by_phase, p.inspector_turnouts, p.hazards_general, p.funds_fen) == ({"自查自纠": 1}, 1, 1, 30_000)
    k = r.cumulative
    assert k.inspected_by_phase == {"自查自纠": 1, "专项检查": 1}
    assert (k.enterprises_inspected, k.inspections, k.inspector_turnouts, k.hazards_general, k.hazards_major, k.funds_fen) == (
        1, 2, 3, 2, 1, 1_380_000)


def test_department_and_rollup(store: Store, month):
    dept = monthly_report(store=store, month="2019-08", unit="区应急局")
    assert dept.unit_kind == "部门" and dept.current.hazards == 2 and dept.current.illegal_found == 2
    rows = district_rollup(store=store, month="2019-08")
    assert [(r.unit, r.unit_kind) for r in rows] == [("泺口街道", "街道"), ("区应急局", "部门"), ("", "全区")]
    assert rows[-1].current.hazards == 2
    with pytest.raises(UserError):
        monthly_report(store=store, month="2019-08", unit="不存在街道")
    with pytest.raises(UserError):
        monthly_report(store=store, month="2019-13")


def test_report_period_up_to_the_20th():
    assert report_period(2019, 8, cutoff_day=20) == (date(2019, 7, 21), date(2019, 8, 20))
    assert report_period(2019, 1, cutoff_day=20) == (date(2018, 12, 21), date(2019, 1, 20))
    assert report_period(2019, 2) == (date(2019, 2, 1), date(2019, 2, 28))


def test_monthly_pdf_xlsx_and_rollup_read_back(store: Store, month, tmp_path):
    import openpyxl

    from safety_desk.services.monthly import export_monthly
    from tests.reports.ledger_data import flat, pdf_pages_text

    pdf = export_monthly(store=store, month="2019-08", unit="泺口街道", out_path=tmp_path / "m.pdf", today=TODAY)
    text = flat("".join(pdf_pages_text(pdf.path)))
    for expected in ("泺口街道安全生产专项整治行动2019-08月报", "出动检查人员（人次）", "专项行动开始以来累计",
                     "重大隐患五落实到位（项）", "13,500.00", "50.0%", "6,000.00", "其中专项检查（家）1",
                     "未登记入台账的隐患草稿", "只统计已登记入台账的隐患", "填报单位（盖章）"):
        assert expected in text, expected
    xlsx = export_monthly(store=store, month="2019-08", unit="区应急局", out_path=tmp_path / "m.xlsx")
    rows = {r[0]: r[1:] for r in openpyxl.load_workbook(xlsx.path).active.iter_rows(min_row=5, values_only=True)}
    assert rows["发现隐患（项）"] == (2, 1, 3) and rows["罚款（次）"] == (2, 0, 2)
    assert rows["整改资金（元）"] == (13_500, 300, 13_800) and rows["整改率"][0] == 0.5
    roll = export_monthly(store=store, month="2019-08", out_path=tmp_path / "r.pdf", rollup=True, today=TODAY)
    text = flat("".join(pdf_pages_text(roll.path)))
    assert "全区安全生产专项整治行动2019-08月报汇总" in text and "区应急局" in text and "全区合计" in text


def test_cli_export_monthly(db_path, tmp_path, capsys):
    from safety_desk.cli import main

    store = Store.open(db_path)
    build_visit(store)
    store.close()
    assert main(["--db", str(db_path), "export", "monthly", "--month", "2019-08", "--unit", "泺口街道",
                 "--out", str(tmp_path / "m.pdf")]) == 0
    assert "已导出泺口街道 月报" in capsys.readouterr().out
    assert main(["--db", str(db_path), "export", "monthly", "--month", "2019-08", "--out",
                 str(tmp_path / "all.xlsx")]) == 0
    assert main(["--db", str(db_path), "export", "monthly", "--month", "2019-8x", "--out",
                 str(tmp_path / "x.pdf")]) == 2


def test_the_period_rule_is_a_saved_setting(store):
    from safety_desk.services.monthly import cutoff_setting, set_cutoff_setting
    from safety_desk.services.inspections import create_campaign
    from safety_desk.domain.inspections import Campaign
    from datetime import date as _date

    create_campaign(store=store, campaign=Campaign("专项行动", _date(2019, 7, 15), _date(2019, 10, 31)))
    assert cutoff_setting(store=store) is None
    assert monthly_report(store=store, month="2019-08").start == _date(2019, 8, 1)
    set_cutoff_setting(store=store, day=20)
    report = monthly_report(store=store, month="2019-08")
    assert (report.start, report.end) == (_date(2019, 7, 21), _date(2019, 8, 20))
    assert monthly_report(store=store, month="2019-08", cutoff_day=0).end == _date(2019, 8, 31)  # 0 forces months
