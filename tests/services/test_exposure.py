"""The exposure list: which penalties count as serious, only what notices print, the same rows in PDF and xlsx."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from safety_desk.domain.enforcement import EnforcementAction
from safety_desk.domain.leads import Lead
from safety_desk.domain.registers import Enterprise
from safety_desk.errors import UserError
from safety_desk.services import enforcement as enforcement_service
from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.services import registers as register_service
from safety_desk.services.exposure import export_exposure, exposure_rows
from safety_desk.services.leads import register_lead
from tests.support.builders import build_visit

DAY = date(2019, 8, 20)


def _visit_of(store, visit, name: str, code: str, *, major: str = "") -> str:
    eid = register_service.save_enterprise(store=store, enterprise=Enterprise(name=name, credit_code=code,
                                                                              street="泺口街道"))
    iid = inspection_service.start_inspection(store=store, campaign_id=visit.campaign_id, phase="执法检查",
                                              enterprise_id=eid, template_ids=[visit.template_id],
                                              inspector_ids=visit.inspector_ids, inspection_date=DAY)
    if major:
        fid = finding_service.open_finding(store=store, inspection_id=iid, level="重大")
        finding_service.update_finding(store=store, finding_id=fid, description=major)
    return iid


def _act(store, iid: str, kind: str, yuan: int | None = None, **extra) -> None:
    enforcement_service.save_action(store=store, action=EnforcementAction(
        kind=kind, decided_on=extra.pop("on", DAY), inspection_id=iid,
        amount_fen=yuan * 100 if yuan is not None else None, **extra), today=date(2019, 12, 31))


@pytest.fixture
def punished(store):
    visit = build_visit(store, phase="执法检查", when=DAY)
    big = _visit_of(store, visit, "甲化工有限公司", "91370105MA3C4JQK66")
    small = _visit_of(store, visit, "乙商贸有限公司", "")
    major = _visit_of(store, visit, "丙涂料有限公司", "", major="甲类仓库超量储存油漆稀释剂")
    person = _visit_of(store, visit, "丁机械有限公司", "")
    _act(store, big, "罚款", 60_000)
    _act(store, small, "罚款", 10_000)
    _act(store, major, "罚款", 10_000)
    _act(store, major, "责令停产停业整顿", on=date(2019, 8, 22))
    _act(store, person, "罚款", 100_000, target="个人", person_name="赵某某")
    _act(store, visit.inspection_id, "关闭取缔", on=date(2019, 10, 8))
    register_lead(store=store, lead=Lead(source="投诉举报", received_on=date(2019, 8, 1), summary="举报",
                                         enterprise_id=visit.enterprise_id, complainant_contact="13905310000"),
                  today=date(2019, 8, 1))
    return store


def test_serious_means_a_big_fine_a_major_hazard_a_stop_or_a_closure_and_never_a_person(punished):
    rows = exposure_rows(store=punished, start=date(2019, 8, 1), end=date(2019, 9, 30))
    assert [(r.enterprise, r.penalty_text, r.decided_on) for r in rows] == [
        ("甲化工有限公司", "罚款 60,000.00 元", DAY),
        ("丙涂料有限公司", "罚款 10,000.00 元；责令停产停业整顿", date(2019, 8, 22)),
    ]
    assert rows[1].violation == "甲类仓库超量储存油漆稀释剂"
    assert len(exposure_rows(store=punished, start=date(2019, 8, 1), end=date(2019, 10, 31))) == 3
    assert [r.enterprise for r in exposure_rows(store=punished, start=date(2019, 8, 1), end=date(2019, 9, 30),
                                                min_fine_yuan=5_000)] == ["乙商贸有限公司", "甲化工有限公司", "丙涂料有限公司"]  # by date, then name
    with pytest.raises(UserError, match="早于"):
        exposure_rows(store=punished, start=date(2019, 9, 30), end=date(2019, 8, 1))


def test_the_xlsx_holds_exactly_the_rows_with_numbers_and_dates(punished, tmp_path: Path):
    out = tmp_path / "曝光.xlsx"
    result = export_exposure(store=punished, start=date(2019, 8, 1), end=date(2019, 10, 31), out_path=out)
    assert result.rows == 3
    ws = load_workbook(out).active
    header = [c.value for c in ws[3]]
    assert header == ["序号", "企业名称", "统一社会信用代码", "违法行为", "处罚决定", "罚款金额（元）", "处罚日期"]
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=4, max_row=6)]
    assert [r[1] for r in data] == ["甲化工有限公司", "丙涂料有限公司", "济南泺口化工有限公司"]
    assert data[0][2] == "91370105MA3C4JQK66" and data[0][5] == 60000 and isinstance(data[0][5], (int, float))
    assert data[0][6].date() == DAY and data[2][5] is None
    assert ws.cell(7, 1).value in (None, "")  # nothing after the rows but the seal line
    text = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    assert "赵某某" not in text and "丁机械" not in text and "13905310000" not in text


def test_the_pdf_reads_back_the_same_rows(punished, tmp_path: Path):
    out = tmp_path / "曝光.pdf"
    export_exposure(store=punished, start=date(2019, 8, 1), end=date(2019, 10, 31), out_path=out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages).replace(" ", "").replace("\n", "")
    for words in ("安全生产严重违法行为曝光名单", "甲化工有限公司", "91370105MA3C4JQK66", "60,000.00", "责令停产停业整顿",
                  "关闭取缔", "甲类仓库超量储存油漆稀释剂", "发布单位（盖章）"):
        assert words in text
    assert "赵某某" not in text and "丁机械" not in text and "13905310000" not in text


def test_a_wrong_extension_is_refused(punished, tmp_path: Path):
    with pytest.raises(UserError, match="曝光名单只能导出为"):
        export_exposure(store=punished, start=date(2019, 8, 1), end=date(2019, 10, 31), out_path=tmp_path / "x.csv")
