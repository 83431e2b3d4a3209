"""What each issued document prints: every element of the standard form found in the PDF's text, rare characters
(CJK Extension A/B) coming back from the text layer of every document, and every font embedded."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from safety_desk.domain.issuing_unit import IssuingUnit
from safety_desk.services import documents as ds
from safety_desk.services import lifecycle
from safety_desk.store import Store
from tests.services.document_support import RARE, STREET, configure, hazard, visit_with_hazards


def _text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _fonts(data: bytes) -> list[dict]:
    reader = PdfReader(BytesIO(data))
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.append(font.get_object())
    return fonts


def _issue(store: Store, inspection_id: str, kind: str, tmp_path: Path, **kw) -> tuple[str, bytes]:
    out = tmp_path / f"{kind}.pdf"
    result = ds.issue_document(store=store, inspection_id=inspection_id, kind=kind, actor="张明", out_path=out, **kw)
    return result.document.number, out.read_bytes()


def _reinspect(store: Store, fid: str, result: str, opinion: str, on: date) -> None:
    lifecycle.start_rectification(store=store, finding_id=fid, actor="王芳", today=on)
    lifecycle.submit_for_reinspection(store=store, finding_id=fid, actor="王芳", today=on)
    lifecycle.record_reinspection(store=store, finding_id=fid, actor="王芳", result=result, opinion=opinion,
                                  reinspected_on=on, inspector_name="张明", today=on)


def test_the_on_site_record_prints_every_element_of_the_form(store: Store, tmp_path: Path):
    visit = visit_with_hazards(store)
    store.db.execute("update enterprises set address = '天桥区泺口南路8号', contact_person = '王建国'")
    edits = {"time_from": "09:30", "time_to": "11:05", "head_title": "总经理", "recorder": "李华",
             "place": "生产车间、液氨罐区", "narrative": "检查人员出示证件后，检查了生产车间和液氨罐区。另查明：台账齐全。"}
    number, pdf = _issue(store, visit.inspection_id, "record", tmp_path, edits=edits)
    text = _text(pdf)
    for element in ("济南市天桥区应急管理局", "现场检查记录", number, "被检查单位：济南泺口化工有限公司",
                    "地址：天桥区泺口南路8号", "法定代表人（负责人）：王建国", "职务：总经理", "检查场所：生产车间、液氨罐区",
                    "2019年8月6日9时30分至11时05分", "张明", "李华", "37010001", "37010002", "记录人（签名）", "（李华）",
                    "另查明：台账齐全", "被检查单位现场负责人（签名）", "拒签情况", "见证人（签名）", "第 1 页 共"):
        assert element in text, element
    assert PdfReader(BytesIO(pdf)).pages.__len__() == 1


def test_the_generated_narrative_tells_the_check_results_and_hazards(store: Store):
    visit = visit_with_hazards(store)
    draft = ds.preview_document(store=store, inspection_id=visit.inspection_id, kind="record")
    narrative = draft.content.narrative
    assert "执法检查" in narrative and "发现安全生产事故隐患 2 项（其中重大事故隐患 1 项）" in narrative
    assert "1. 配电箱未接地，电气线路私拉乱接（部位：二号车间）" in narrative and "【重大】" in narrative
    with pytest.raises(Exception, match="时间应写作"):
        ds.preview_document(store=store, inspection_id=visit.inspection_id, kind="record", edits={"time_from": "9点"})


def test_the_order_prints_problems_basis_deadlines_remedy_receipt_and_seal(store: Store, tmp_path: Path):
    visit = visit_with_hazards(store)
    number, pdf = _issue(store, visit.inspection_id, "order", tmp_path)
    text = _text(pdf).replace("\n", "")
    for element in ("责令限期整改指令书", number, "济南泺口化工有限公司：", "配电箱未接地", "液氨储罐区可燃气体报警装置失效",
                    "其中第 2 项为重大事故隐患", "【重大事故隐患】", "《危险化学品安全管理条例》第二十条",
                    "《安全生产法》第一百零二条", "2019年8月20日前", "2019年9月6日前", "整改期间，你单位应当采取必要的安全防范措施",
                    "60日内向济南市天桥区人民政府申请行政复议", "6个月内依法向人民法院提起行政诉讼", "本指令不停止执行",
                    "执法证号：37010001", "执法证号：37010002", "被检查单位负责人（签收）", "（印章）", "2019年8月6日",
                    "本文书一式两份"):
        assert element in text, element


def test_the_review_follows_the_order_per_problem(store: Store, tmp_path: Path):
    visit = visit_with_hazards(store)
    order_number, _ = _issue(store, visit.inspection_id, "order", tmp_path)
    fids = [r["id"] for r in store.db.query("select id from findings order by level")]  # 一般 (一) sorts first
    _reinspect(store, fids[0], "合格", "已重新接地并规范布线", date(2019, 8, 21))
    _reinspect(store, fids[1], "不合格", "报警探头仍未更换", date(2019, 8, 22))
    number, pdf = _issue(store, visit.inspection_id, "review", tmp_path)
    assert number == "（天桥）应急复查〔2019〕1号"
    text = _text(pdf).replace("\n", "")
    for element in ("整改复查意见书", number, "济南泺口化工有限公司：", "2019年8月6日作出了文号为", order_number, "的《责令限期整改指令书》", "已整改", "未整改", "已重新接地并规范布线", "报警探头仍未更换", "尚有 1 项问题未整改完毕",
                    "复查人员（签名）", "执法证号：37010001", "（印章）", "2019年8月22日"):
        assert element in text, element


def test_a_review_needs_an_issued_order_and_a_reinspection(store: Store, tmp_path: Path):
    visit = visit_with_hazards(store)
    with pytest.raises(Exception, match="还没有签发的责令限期整改指令书"):
        _issue(store, visit.inspection_id, "review", tmp_path)
    _issue(store, visit.inspection_id, "order", tmp_path)
    with pytest.raises(Exception, match="还没有复查验收记录"):
        _issue(store, visit.inspection_id, "review", tmp_path)


def test_the_street_office_notice_has_number_receipt_and_seal_but_no_remedy_text(store: Store, tmp_path: Path):
    visit = visit_with_hazards(store, STREET)
    number, pdf = _issue(store, visit.inspection_id, "notice", tmp_path)
    text = _text(pdf).replace("\n", "")
    assert number == "（泺口）隐患整改〔2019〕1号"
    for element in ("济南市天桥区泺口街道办事处", "隐患整改通知书", number, "配电箱未接地", "2019年8月20日前",
                    "被检查单位负责人（签收）", "（印章）", "执法证号：37010001", "一式两份"):
        assert element in text, element
    assert "行政复议" not in text and "行政诉讼" not in text


def test_rare_characters_print_from_every_document_and_every_font_is_embedded(store: Store, tmp_path: Path):
    configure(store, IssuingUnit(name="济南市天桥区应急管理局", short_name="天桥", enforcement_power=True))
    from tests.support.builders import build_visit

    visit = build_visit(store, phase="执法检查")
    store.db.execute(f"update enterprises set name = '济南{RARE}化工有限公司', contact_person = '王{RARE}'")
    store.db.execute(f"update inspectors set name = '龚{RARE}' where name = '李华'")
    fid = hazard(store, visit.inspection_id, f"储罐{RARE}区未设报警装置")
    pdfs = {kind: _issue(store, visit.inspection_id, kind, tmp_path)[1] for kind in ("record", "order")}
    _reinspect(store, fid, "合格", f"已整改{RARE}", date(2019, 8, 21))
    pdfs["review"] = _issue(store, visit.inspection_id, "review", tmp_path)[1]
    configure(store, STREET)
    pdfs["notice"] = _issue(store, visit.inspection_id, "notice", tmp_path)[1]
    for kind, pdf in pdfs.items():
        text = _text(pdf)
        assert "□" not in text, kind
        assert f"济南{RARE}化工有限公司" in text, kind  # the enterprise
        assert f"龚{RARE}" in text, kind  # a person
        if kind != "review":
            assert f"储罐{RARE}区未设报警装置" in text, kind  # a hazard
        for font in _fonts(pdf):
            descriptor = font["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (kind, font["/BaseFont"])
        assert any("Hanazono" in str(f["/BaseFont"]) for f in _fonts(pdf)), kind


def test_a_character_no_font_has_prints_as_a_box_and_is_reported(store: Store, tmp_path: Path):
    visit = visit_with_hazards(store)
    store.db.execute("update findings set description = description || '🔥' where level = '重大'")
    result = ds.issue_document(store=store, inspection_id=visit.inspection_id, kind="order", actor="张明",
                               out_path=tmp_path / "o.pdf")
    assert result.replaced == ["🔥"]
    assert "液氨储罐区可燃气体报警装置失效□" in _text((tmp_path / "o.pdf").read_bytes())


def test_a_long_order_continues_on_pages_numbered_within_the_document(store: Store, tmp_path: Path):
    visit = visit_with_hazards(store)
    for n in range(24):
        hazard(store, visit.inspection_id, f"第{n + 3}处：消防设施未定期维护保养，部分灭火器压力不足、应急照明不亮" * 2)
    number, pdf = _issue(store, visit.inspection_id, "order", tmp_path)
    pages = [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]
    assert len(pages) >= 2
    assert all(f"第 {n} 页 共 {len(pages)}" in text.replace("\n", "") for n, text in enumerate(pages, start=1))
    assert all(f"责令限期整改指令书（续） {number}" in text for text in pages[1:])
    assert "本指令不停止执行" in pages[-1].replace("\n", "") and "（印章）" in pages[-1]
