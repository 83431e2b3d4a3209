"""The committee summary: figures computed from hand-built data, the PDF read back, and the CLI."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.cli import main
from safety_desk.domain.summary import week_ends
from safety_desk.reports.summary_pdf import NO_OVERDUE, write_summary_pdf
from safety_desk.services import findings as finding_service
from safety_desk.services import lifecycle
from safety_desk.services.summary import committee_summary
from safety_desk.store import Store
from tests.reports.ledger_data import flat, pdf_pages_text
from tests.support.builders import build_visit

TODAY = date(2019, 10, 31)
FIVE = dict(responsible_unit="生产部", responsible_person="王建国", measures="整改", contingency_plan="专人监护")


def hazard(store, inspection_id, *, level, deadline, description) -> str:
    fid = finding_service.open_finding(store=store, inspection_id=inspection_id, actor="张明")
    finding_service.update_finding(store=store, finding_id=fid, actor="张明", description=description, level=level,
                                   funds="1000", deadline=deadline, **FIVE)
    finding_service.enter_ledger(store=store, finding_id=fid, actor="张明")
    return fid


def build(store: Store):
    v = build_visit(store, when=date(2019, 8, 6))
    store.db.execute("update enterprises set sector = '化工' where id = ?", [v.enterprise_id])
    g = hazard(store, v.inspection_id, level="一般", deadline="2019-08-20", description="消防通道堵塞")
    hazard(store, v.inspection_id, level="一般", deadline="2019-09-20", description="配电箱未接地")
    m = hazard(store, v.inspection_id, level="重大", deadline="2019-09-30", description="储罐区无可燃气体报警")
    store.db.execute("update findings set status = '已销号', closed_on = '2019-08-15' where id = ?", [g])
    lifecycle.list_hazard(store=store, finding_id=m, actor="王芳", level="区级", supervising_unit="区安委会",
                          document_no="天安委督〔2019〕3号", listed_on=date(2019, 8, 10), today=TODAY)
    return v


def test_week_ends_cut_at_the_last_day():
    assert week_ends(date(2019, 7, 1), date(2019, 7, 20)) == [date(2019, 7, 7), date(2019, 7, 14), date(2019, 7, 20)]


def test_figures_and_weekly_curve(store: Store):
    build(store)
    s = committee_summary(store=store, today=TODAY)
    t = s.totals
    assert (s.enterprises_registered, t.inspections, t.hazards_general, t.hazards_major, t.rectified) == (1, 1, 2, 1, 1)
    assert (t.majors_listed, s.majors_listed_open, s.majors_listed_overdue) == (1, 1, 1)
    assert [(r.street, r.general, r.major) for r in s.by_street] == [("泺口街道", 2, 1)]
    assert [(r.sector, r.hazards, r.rectified) for r in s.by_sector] == [("化工", 3, 1)]
    points = {w.week_end: (w.open_majors, w.overdue_majors) for w in s.weeks}
    assert points[date(2019, 8, 4)] == (0, 0)          # before it was found
    assert points[date(2019, 8, 11)] == (1, 0)         # open, deadline ahead
    assert points[date(2019, 10, 6)] == (1, 1)         # past 2019-09-30
    assert s.weeks[-1].week_end == TODAY
    assert s.overdue_listed[0].enterprise_name == "济南泺口化工有限公司"


def test_pdf_reads_back(store: Store, tmp_path):
    build(store)
    out = tmp_path / "summary.pdf"
    pages = write_summary_pdf(out, committee_summary(store=store, today=TODAY), printed_on=TODAY)
    text = flat("".join(pdf_pages_text(out)))
    assert pages >= 1
    for expected in ("迎接建国70周年安全生产专项整治行动工作汇总", "全区总体情况", "排查隐患（项）", "33.3%",
                     "各街道排查隐患数量", "泺口街道", "各行业隐患整改率", "化工（3）", "重大隐患未整改和逾期数量",
                     "逾期未整改的挂牌督办重大隐患", "济南泺口化工有限公司", "储罐区无可燃气体报警",
                     "天安委督〔2019〕3号", "逾期31天"):
        assert expected in text, expected
    assert flat(NO_OVERDUE) not in text


def test_no_overdue_and_no_data_still_print(store: Store, tmp_path):
    build_visit(store)
    out = tmp_path / "empty.pdf"
    write_summary_pdf(out, committee_summary(store=store, today=TODAY), printed_on=TODAY)
    text = flat("".join(pdf_pages_text(out)))
    assert flat(NO_OVERDUE) in text and "（无数据）" in text


def test_cli_export_summary(db_path, tmp_path, capsys):
    store = Store.open(db_path)
    v = build(store)
    store.close()
    out = tmp_path / "s.pdf"
    assert main(["--db", str(db_path), "export", "summary", "--out", str(out), "--campaign", v.campaign_id]) == 0
    assert "已导出安委会工作汇总" in capsys.readouterr().out
    assert "泺口街道" in flat("".join(pdf_pages_text(out)))
    assert main(["--db", str(db_path), "export", "summary", "--out", str(tmp_path / "s.docx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".pdf" in err and not (tmp_path / "s.docx").exists()


@pytest.mark.parametrize("campaign", ["没有这个行动"])
def test_cli_unknown_campaign_is_one_line(db_path, tmp_path, capsys, campaign):
    store = Store.open(db_path)
    build(store)
    store.close()
    assert main(["--db", str(db_path), "export", "summary", "--out", str(tmp_path / "s.pdf"),
                 "--campaign", campaign]) == 2
    assert capsys.readouterr().err.count("\n") == 1
