"""The veto report PDF read back: units, situations, evidence, consequences, dismissal warnings, "no hits"."""

from __future__ import annotations

from datetime import date

from safety_desk.cli import main
from safety_desk.domain.accidents import Accident
from safety_desk.domain.veto_registers import IllegalOperation
from safety_desk.services import veto_registers as registers
from safety_desk.services.veto import evaluate_veto
from safety_desk.reports.veto_pdf import NO_HITS, NO_HITS_OF_KIND, NO_WARNINGS, write_veto_pdf
from safety_desk.store import Store
from tests.reports.ledger_data import flat, pdf_pages_text
from tests.support.builders import build_visit

TODAY = date(2019, 10, 31)


def test_hits_with_evidence_and_the_dismissal_warning_read_back(store: Store, tmp_path):
    visit = build_visit(store)
    registers.save_accident(store=store, today=TODAY, accident=Accident(
        date(2019, 8, 20), "爆炸", enterprise_id=visit.enterprise_id, deaths=3, serious_injuries=2,
        description="反应釜 <超压> & 爆炸"))
    for name in ("无证加油点", "非法储油点"):
        registers.save_illegal_operation(store=store, today=TODAY, operation=IllegalOperation(
            date(2019, 9, 3), "泺口街道", responsible_department="区应急局", enterprise_name=name))
    out = tmp_path / "veto.pdf"
    pages = write_veto_pdf(out, evaluate_veto(store=store, today=TODAY), printed_on=TODAY)
    text = flat("".join(pdf_pages_text(out)))
    assert pages >= 1
    for expected in ("专项行动期间安全生产“一票否决”情形评估报告", "负有直接监管责任的部门（单位）", "区应急局",
                     "发现2处以上非法生产经营行为未予有效制止的", "泺口街道", "发生致人死亡爆燃事故的",
                     "济南泺口化工有限公司", "发生爆燃事故的", "2019-08-20", "死亡3人", "较大",
                     "无证加油点", "非法储油点", "否决后果", "撤职警示", "全区（县级辖区）", "2019-09"):
        assert expected in text, expected
    assert flat(NO_HITS) not in text


def test_no_hits_is_stated(store: Store, tmp_path):
    build_visit(store)
    out = tmp_path / "none.pdf"
    write_veto_pdf(out, evaluate_veto(store=store, today=TODAY), printed_on=TODAY)
    text = flat("".join(pdf_pages_text(out)))
    assert flat(NO_HITS) in text and text.count(flat(NO_HITS_OF_KIND)) == 3 and flat(NO_WARNINGS) in text


def test_cli_export_veto(db_path, tmp_path, capsys):
    store = Store.open(db_path)
    visit = build_visit(store)
    registers.save_illegal_operation(store=store, today=TODAY, operation=IllegalOperation(
        date(2019, 9, 3), "泺口街道", enterprise_name="无证加油点"))
    store.close()
    out = tmp_path / "v.pdf"
    assert main(["--db", str(db_path), "export", "veto", "--out", str(out), "--campaign", visit.campaign_id]) == 0
    assert "已导出一票否决报告：1 项情形" in capsys.readouterr().out
    assert "无证加油点" in flat("".join(pdf_pages_text(out)))
    assert main(["--db", str(db_path), "export", "veto", "--out", str(tmp_path / "v.txt")]) == 2
