"""Import office-style Excel catalogues; every xlsx is built here with openpyxl."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from safety_desk.templates import xlsx_catalogue
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.xlsx_catalogue import NOT_XLSX, OMITTED_NOTE, UNSAFE_XML, default_key, load_xlsx_catalogue

TITLE = "化工企业安全生产风险隐患排查整治指导目录（表样）"
LOOSE_HEADERS = [
    "检 查\n项目",
    "检查内容（要点）",
    "检查\u3000依据",
    "检查方法：",
    "常见\n问题",
    "处置依据（法规）",
    "整改 要求",
    "复查验收情况",
]
POINTS = [
    "是否建立排查治理制度。",
    "是否编制与风险点、管控级别一致的隐患排查项目清单。",
    "是否开展事故隐患排查。",
    "是否如实记录排查治理情况、编制隐患排查记录。",
    "对于排查出的隐患是否及时治理；治理情况是否达到安全要求；是否存在对已发现的重大事故隐患未按规定治理情况；"
    "暂时无法整改事故隐患是否制定治理方案及防范措施（落实整改措施、责任、资金、时限和预案）；防范措施是否落实。",
]
CONTENT_PAGE1 = (
    "1. 隐患排查\n①是否建立排查治理制度。\n②是否编制与风险点、管控级别一致的隐患排查项目清单。\n"
    "③是否开展事故隐患排查。\n④是否如实记录排查治理情况、编制隐患排查记录。\n"
    "⑤对于排查出的隐患是否及时治理；治理情况是否达到安全要求；是否存在对已发现的重大"
)
CONTENT_PAGE2 = "事故隐患未按规定治理情况；暂时无法整改事故隐患是否制定治理方案及防范措施（落实整改措施、责任、资金、时限和预案）；防范措施是否落实。"
BASIS_PAGE1 = (
    "①中华人民共和国《安全生产法》第 38 条第 1 款；\n②《山东省重大安全生产事故隐患排查治理办法》第 7 条、11 条；\n"
    "③《山东省生产经营单位安全生产主体责任规定》第 27 条；"
)
BASIS_PAGE2 = "④《生产安全事故隐患排查治理体系通则》；⑤《安全生产事故隐患排查治理暂行规定》第15条第2款。"
METHOD = "查阅隐患排查治理台账；现场抽查，核对隐患排查情况。"
PROBLEMS_PAGE1 = (
    "未编制与风险点、管控级别一致的隐患排查项目清单（生产现场类、基础管理类）；未建立隐患排查治理制度；未以正式文件发布。"
    "制度中未包含排查频次、责任分工、重大事故隐患判定标准、治理程序和要求等内容。未按规定开展隐患排查；"
    "各级、各部门未按职责分工及时间要求进行排查。未如实记录排查治理情况；编造隐患排查记录。对于排查出"
)
PROBLEMS_PAGE2 = (
    "的隐患未及时治疗；治理情况达不到安全要求。暂时无法整改事故隐患未制定治理方案及防范措施；防范措施未落实。"
    "未制定重大事故隐患治理方案；治理方案内容不符合要求。对已发现的重大事故隐患未按规定治理。"
)
DISPOSAL_PAGE1 = (
    "《中华人民共和国安全生产法》、《生产安全事故隐患排查治理体系通则》、《安全生产事故隐患排查治理暂行规定》、"
    "《山东省重大生产安全事故隐患排查"
)
DISPOSAL_PAGE2 = "治理办法》、《山东省生产经营单位安全生产主体责任规定》"
REQUIREMENT = "根据问题表现作出相应具体要求"


def save(wb: Workbook, tmp_path: Path, name: str = "catalogue.xlsx") -> Path:
    path = tmp_path / name
    wb.save(path)
    return path


def fill(ws: Any, rows: dict[int, list[str | None]]) -> None:
    for r, values in rows.items():
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)


def source_workbook(content_page1: str = CONTENT_PAGE1, banner: bool = False) -> Workbook:
    """Attachment 3 as an office would type it: title row, loose header, page-break row, "(二) 略"."""
    wb = Workbook()
    ws = wb.active
    ws.title = "附件3"
    ws["A1"] = TITLE
    ws.merge_cells("A1:H1")
    fill(ws, {2: LOOSE_HEADERS})
    ws["A3"] = "（一） 风险分级 管控体系 建设"
    ws.merge_cells("A3:A4")
    fill(ws, {3: [None, content_page1, BASIS_PAGE1, METHOD, PROBLEMS_PAGE1, DISPOSAL_PAGE1, REQUIREMENT, REQUIREMENT]})
    fill(ws, {4: [None, CONTENT_PAGE2, BASIS_PAGE2, None, PROBLEMS_PAGE2, DISPOSAL_PAGE2]})
    ws["A5"] = "(二) 略"
    if banner:
        ws.merge_cells("A5:H5")
    return wb


@pytest.mark.parametrize(
    ("content", "banner"),
    [(CONTENT_PAGE1, False), (CONTENT_PAGE1.replace("\n", ""), True)],
    ids=["multi-line", "one-line+banner"],
)
def test_source_attachment_3(tmp_path: Path, content: str, banner: bool) -> None:
    path = save(source_workbook(content, banner), tmp_path)
    template = load_xlsx_catalogue(path)

    assert template.title == TITLE
    assert template.key == "化工企业安全生产风险隐患排查整治指导目录-表样"
    assert template.version == 1
    assert template.counts() == {"sections": 2, "items": 1, "points": 5}

    first, second = template.sections
    assert (first.code, first.title, first.omitted) == ("（一）", "风险分级管控体系建设", False)
    assert (second.code, second.title, second.omitted, second.note) == ("(二)", "", True, OMITTED_NOTE)
    assert second.items == []

    (item,) = first.items
    assert (item.number, item.title) == ("1", "隐患排查")
    assert [p.label for p in item.points] == list("①②③④⑤")
    assert [p.text for p in item.points] == POINTS
    assert item.points[4].text.endswith("事故隐患未按规定治理情况；暂时无法整改事故隐患是否制定治理方案及防范措施（落实整改措施、责任、资金、时限和预案）；防范措施是否落实。")

    # the item keeps the whole basis; each point gets its numbered piece
    assert "《安全生产法》" in item.basis
    assert item.basis == BASIS_PAGE1 + "\n" + BASIS_PAGE2
    assert [p.basis for p in item.points] == [
        "中华人民共和国《安全生产法》第 38 条第 1 款",
        "《山东省重大安全生产事故隐患排查治理办法》第 7 条、11 条",
        "《山东省生产经营单位安全生产主体责任规定》第 27 条",
        "《生产安全事故隐患排查治理体系通则》",
        "《安全生产事故隐患排查治理暂行规定》第15条第2款",
    ]
    assert item.method == METHOD
    # a word cut by the page break is joined without a separator
    assert item.common_problems == PROBLEMS_PAGE1 + PROBLEMS_PAGE2
    assert "《山东省重大生产安全事故隐患排查治理办法》" in item.disposal_basis
    assert item.disposal_basis == DISPOSAL_PAGE1 + DISPOSAL_PAGE2
    assert item.requirement == item.acceptance == REQUIREMENT


def test_key_version_and_sheet_arguments(tmp_path: Path) -> None:
    wb = source_workbook()
    wb.create_sheet("说明")["A1"] = "本表用于……"
    path = save(wb, tmp_path)
    template = load_xlsx_catalogue(path, sheet="附件3", key="chem", version=3)
    assert (template.key, template.version) == ("chem", 3)
    # without a sheet name the sheet whose header fits best is read, even when it is not the first
    wb = source_workbook()
    wb.move_sheet(wb.create_sheet("说明", 0))
    wb["说明"]["A1"] = "本表用于……"
    assert load_xlsx_catalogue(save(wb, tmp_path, "b.xlsx")).counts()["points"] == 5


def test_same_file_gives_same_template(tmp_path: Path) -> None:
    path = save(source_workbook(), tmp_path)
    assert load_xlsx_catalogue(path).content_hash() == load_xlsx_catalogue(path).content_hash()


def test_title_falls_back_to_sheet_name_and_skips_labels(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "动火检查"
    fill(ws, {1: ["附件 2"], 2: ["单位名称：", None, "检查日期："], 3: ["检查项目", "检查内容"]})
    fill(ws, {4: ["一、动火作业", "1. 作业票①是否办理动火作业票。"]})
    template = load_xlsx_catalogue(save(wb, tmp_path))
    assert template.title == "动火检查"
    assert template.key == "动火检查"
    assert template.sections[0].items[0].points[0].text == "是否办理动火作业票。"


def row_per_point_workbook() -> Workbook:
    """Each point on its own row; "检查内容" spans two columns: the item merged down, then its points."""
    wb = Workbook()
    ws = wb.active
    ws.title = "检查表"
    ws["A1"] = "附件 1"
    ws["A2"] = "危险化学品企业 安全检查表"
    ws.merge_cells("A2:F2")
    fill(ws, {3: ["序号", "检查项目", "检查内容", None, "检查依据", "检查方法"]})
    ws.merge_cells("C3:D3")
    fill(ws, {
        4: ["1", "一、基础 管理", "1. 安全责任制", "①是否建立全员安全生产责任制。", "《安全生产法》第二十二条", "查阅文件"],
        5: ["2", None, None, "②是否明确主要负责人\n职责。", "《安全生产法》第二十一条"],
        6: ["3", None, "2、教育培训", "①是否开展三级安全教育。", "《生产经营单位安全培训规定》", "查阅培训档案"],
        7: ["4", None, None, "②特种作业人员是否持证上岗。"],
        8: ["5", None, None, "是否建立培训档案。"],
        9: ["6", "二、现场管理", "3．动火作业\n①是否办理作业票。\n②是否落实监护。", None,
            "①GB 30871 第5.2条；\n②GB 30871 第5.3条。"],
        10: [None] * 6,
        11: ["7", None, "4. 有限空间", "是否先通风、再检测、后作业。"],
    })
    ws.merge_cells("B4:B8")
    ws.merge_cells("C4:C5")
    ws.merge_cells("F4:F5")
    ws.merge_cells("C6:C8")
    ws.merge_cells("E6:E8")
    ws.merge_cells("B9:B11")
    return wb


def test_row_per_point_layout(tmp_path: Path) -> None:
    template = load_xlsx_catalogue(save(row_per_point_workbook(), tmp_path))
    assert template.title == "危险化学品企业安全检查表"
    assert [(s.code, s.title) for s in template.sections] == [("一、", "基础管理"), ("二、", "现场管理")]
    assert template.counts() == {"sections": 2, "items": 4, "points": 8}

    duty, training = template.sections[0].items
    assert (duty.number, duty.title) == ("1", "安全责任制")
    assert [(p.label, p.text) for p in duty.points] == [
        ("①", "是否建立全员安全生产责任制。"),
        ("②", "是否明确主要负责人职责。"),
    ]
    # a basis beside each point row is that point's; the item keeps all of it; a merged method is read once
    assert [p.basis for p in duty.points] == ["《安全生产法》第二十二条", "《安全生产法》第二十一条"]
    assert duty.basis == "《安全生产法》第二十二条\n《安全生产法》第二十一条"
    assert duty.method == "查阅文件"

    assert (training.number, training.title) == ("2", "教育培训")
    # inside the item's merged block a point without a circled number is an unnumbered point
    assert [(p.label, p.text) for p in training.points][1:] == [("②", "特种作业人员是否持证上岗。"), ("", "是否建立培训档案。")]
    # a basis merged down over the item is the item's; unnumbered, it is no point's own
    assert training.basis == "《生产经营单位安全培训规定》"
    assert [p.basis for p in training.points] == ["", "", ""]

    fire, confined = template.sections[1].items
    assert [p.text for p in fire.points] == ["是否办理作业票。", "是否落实监护。"]
    assert [p.basis for p in fire.points] == ["GB 30871 第5.2条", "GB 30871 第5.3条"]
    assert (confined.number, confined.title) == ("4", "有限空间")
    # so is the text beside the item in the point column
    assert [(p.label, p.text) for p in confined.points] == [("", "是否先通风、再检测、后作业。")]


def test_item_row_then_point_rows_in_one_column_and_repeated_section(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    fill(ws, {
        1: ["检查项目", "检查内容", "检查依据"],
        2: ["（一）用电安全", "1. 临时用电"],
        3: ["（一）用电安全", "①是否办理临时用电作业票。", "①《GB 30871》第 9 条"],
        4: ["（一）用电安全", "②是否使用漏电保护器。", "②《GB 50194》"],
    })
    template = load_xlsx_catalogue(save(wb, tmp_path))
    assert template.title == "Sheet"
    (section,) = template.sections
    (item,) = section.items
    assert [(p.label, p.text, p.basis) for p in item.points] == [
        ("①", "是否办理临时用电作业票。", "《GB 30871》第 9 条"),
        ("②", "是否使用漏电保护器。", "《GB 50194》"),
    ]


def test_numbered_checks_without_circled_points(tmp_path: Path) -> None:
    wb = Workbook()
    fill(wb.active, {
        1: ["检查项目", "检查内容", "检查依据"],
        2: ["一、安全管理", "1. 是否建立安全生产责任制", "《安全生产法》第二十二条"],
        3: [None, "2、主要负责人是否经考核合格？"],
    })
    first, second = load_xlsx_catalogue(save(wb, tmp_path)).sections[0].items
    assert (first.number, first.title) == ("1", "是否建立安全生产责任制")
    assert [(p.label, p.text, p.basis) for p in first.points] == [("", "是否建立安全生产责任制", "")]
    assert first.basis == "《安全生产法》第二十二条"
    assert [p.text for p in second.points] == ["主要负责人是否经考核合格？"]


def test_two_row_header(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    fill(ws, {1: ["检查项目", "检查内容", None, "检查方法"], 2: [None, "项目", "要点"]})
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:C1")
    ws.merge_cells("D1:D2")
    fill(ws, {3: ["一、消防", "1. 器材", "①灭火器是否在有效期内。", "现场查看"]})
    (item,) = load_xlsx_catalogue(save(wb, tmp_path)).sections[0].items
    assert (item.title, item.points[0].text, item.method) == ("器材", "灭火器是否在有效期内。", "现场查看")


def test_section_marked_omitted_in_content_column(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    fill(ws, {
        1: ["检查项目", "检查内容"],
        2: ["（一）消防", "1. 器材①是否有效。"],
        3: ["（二）职业卫生", "略"],
        4: ["（三）危废（略）"],
    })
    template = load_xlsx_catalogue(save(wb, tmp_path))
    assert [(s.code, s.title, s.omitted) for s in template.sections] == [
        ("（一）", "消防", False),
        ("（二）", "职业卫生", True),
        ("（三）", "危废", True),
    ]


def test_notes_and_signature_rows_under_the_table_are_ignored(tmp_path: Path) -> None:
    wb = source_workbook()
    ws = wb.active
    ws["A6"] = "注：本表为表样，各部门结合实际细化。"
    ws.merge_cells("A6:H6")
    fill(ws, {7: ["检查人：", None, None, "日期："]})
    assert load_xlsx_catalogue(save(wb, tmp_path)).counts() == {"sections": 2, "items": 1, "points": 5}


def test_numbers_in_cells_are_text(tmp_path: Path) -> None:
    wb = Workbook()
    fill(wb.active, {1: ["检查项目", "检查内容", "检查依据"], 2: ["一、设备", "1. 压力表①量程是否合适。", 1.0]})
    (item,) = load_xlsx_catalogue(save(wb, tmp_path)).sections[0].items
    assert item.basis == "1"


# ---------------------------------------------------------------- errors


def error_of(path: Path, **kwargs: Any) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        load_xlsx_catalogue(path, **kwargs)
    err = info.value
    assert err.file == str(path)
    assert "\n" not in str(err)
    return err


def test_missing_required_column_names_header_row(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "目录"
    ws["A1"] = TITLE
    fill(ws, {2: ["检查项目", "检查依据", "检查方法", "处置依据"], 3: ["一、", "x", "y", "z"]})
    err = error_of(save(wb, tmp_path))
    assert (err.sheet, err.row, err.column) == ("目录", 2, "检查内容")
    assert "检查内容" in err.message


def test_text_file_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("检查项目,检查内容\n", encoding="utf-8")
    err = error_of(path)
    assert err.message == NOT_XLSX
    assert (err.sheet, err.row, err.column) == (None, None, None)


def test_xml_entities_are_refused(tmp_path: Path) -> None:
    """openpyxl parses with defusedxml: a DOCTYPE with entities (billion laughs) is refused, not expanded."""
    path = save(source_workbook(), tmp_path)
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    xml = parts["xl/workbook.xml"]
    parts["xl/workbook.xml"] = bomb + (xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    err = error_of(path)
    assert err.message == UNSAFE_XML and err.sheet is None


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    assert NOT_XLSX in error_of(path).message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert error_of(tmp_path / "none.xlsx").row is None
    folder = tmp_path / "dir.xlsx"
    folder.mkdir()
    assert "不是普通文件" in error_of(folder).message


def test_empty_workbook(tmp_path: Path) -> None:
    err = error_of(save(Workbook(), tmp_path))
    assert (err.sheet, err.row, err.column) == ("Sheet", None, None)
    assert "表头" in err.message


def test_header_only(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = TITLE
    fill(ws, {3: LOOSE_HEADERS, 4: [None] * 8})
    err = error_of(save(wb, tmp_path))
    assert (err.sheet, err.row, err.column) == ("Sheet", 3, None)
    assert "没有数据" in err.message


def test_only_omitted_sections(tmp_path: Path) -> None:
    wb = Workbook()
    fill(wb.active, {1: ["检查项目", "检查内容"], 2: ["（一） 略"]})
    assert "略" in error_of(save(wb, tmp_path)).message


def test_unknown_sheet(tmp_path: Path) -> None:
    err = error_of(save(source_workbook(), tmp_path), sheet="Sheet9")
    assert (err.sheet, err.row, err.column) == ("Sheet9", None, None)
    assert "附件3" in err.message  # names the sheets there are


def test_item_without_points(tmp_path: Path) -> None:
    wb = Workbook()
    fill(wb.active, {
        1: ["检查项目", "检查内容"],
        2: ["一、管理", "1. 制度①是否建立。"],
        3: [None, "2. 台账"],
        4: ["二、现场", "3. 设备①是否完好。"],
    })
    err = error_of(save(wb, tmp_path))
    assert (err.sheet, err.row, err.column) == ("Sheet", 3, "检查内容")
    assert "2. 台账" in err.message


def test_point_row_before_any_item(tmp_path: Path) -> None:
    wb = Workbook()
    fill(wb.active, {1: ["检查项目", "检查内容"], 2: ["一、管理", "①是否建立制度。"]})
    err = error_of(save(wb, tmp_path))
    assert (err.row, err.column) == (2, "检查内容")


def test_content_before_any_section(tmp_path: Path) -> None:
    wb = Workbook()
    fill(wb.active, {1: ["检查项目", "检查内容"], 2: [None, "1. 制度①是否建立。"]})
    err = error_of(save(wb, tmp_path))
    assert (err.row, err.column) == (2, "检查项目")


def test_section_without_items(tmp_path: Path) -> None:
    wb = Workbook()
    fill(wb.active, {1: ["检查项目", "检查内容"], 2: ["一、管理"], 3: ["二、现场", "1. 设备①是否完好。"]})
    err = error_of(save(wb, tmp_path))
    assert (err.row, err.column) == (2, "检查项目")


def test_cell_too_long(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_catalogue, "MAX_CELL_CHARS", 200)
    wb = Workbook()
    fill(wb.active, {1: ["检查项目", "检查内容"], 2: ["一、管理", "1. 制度①" + "是" * 300]})
    err = error_of(save(wb, tmp_path))
    assert (err.sheet, err.row, err.column) == ("Sheet", 2, "检查内容")
    assert "200" in err.message


def test_too_many_rows_or_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_catalogue, "MAX_ROWS", 10)
    monkeypatch.setattr(xlsx_catalogue, "MAX_COLUMNS", 8)
    wb = Workbook()
    ws = wb.active
    fill(ws, {1: ["检查项目", "检查内容"], 2: ["一、管理", "1. 制度①是否建立。"]})
    ws["A11"] = "x"
    err = error_of(save(wb, tmp_path))
    assert (err.sheet, err.row, err.column) == ("Sheet", None, None)
    assert "10 行" in err.message
    del ws["A11"]
    ws["I2"] = "x"
    err = error_of(save(wb, tmp_path, "wide.xlsx"))
    assert "8 列" in err.message


def test_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_catalogue, "MAX_FILE_BYTES", 1000)
    err = error_of(save(source_workbook(), tmp_path))
    assert "过大" in err.message and err.sheet is None


def add_member(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(name, data)


def test_zip_bomb_member_ratio(tmp_path: Path) -> None:
    path = save(source_workbook(), tmp_path)
    add_member(path, "xl/media/image1.bin", b"\0" * (3 * 1024 * 1024))  # inflates ~1000:1
    err = error_of(path)
    assert "压缩炸弹" in err.message and "image1.bin" in err.message
    assert (err.sheet, err.row, err.column) == (None, None, None)


def test_zip_bomb_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_catalogue, "MAX_UNCOMPRESSED_BYTES", 20_000)
    path = save(source_workbook(), tmp_path)
    add_member(path, "xl/media/big.bin", bytes(range(256)) * 100)
    assert "压缩炸弹" in error_of(path).message


def test_huge_merged_range_refused_before_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save(source_workbook(), tmp_path)
    monkeypatch.setattr(xlsx_catalogue, "MAX_ROWS", 10)
    monkeypatch.setattr(xlsx_catalogue, "MAX_COLUMNS", 10)
    # rewrite the sheet with a merge far beyond any limit, as a crafted file would
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'ref="A3:A4"', b'ref="A3:XFD1048576"')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    err = error_of(path)
    assert "合并单元格" in err.message


def test_default_key() -> None:
    assert default_key("动火作业 检查表") == "动火作业-检查表"
    assert default_key("Hot Work / Checklist") == "hot-work-checklist"
    assert default_key("！！！").startswith("catalogue-")
    long_key = default_key("很长的标题" * 20)
    assert len(long_key) <= 49 and long_key == default_key("很长的标题" * 20)
