"""Excel register import with bad rows: loose office headers, a preview naming each bad row and why, and a commit
that writes all good rows at once or nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from safety_desk.domain.registers import Enterprise, Inspector, uscc_check_char
from safety_desk.errors import UserError
from safety_desk.services import register_import
from safety_desk.services.register_import import (
    commit_preview,
    preview_enterprises,
    preview_inspectors,
    write_enterprise_template,
    write_inspector_template,
)
from safety_desk.services.registers import list_enterprises, list_inspectors, save_enterprise, save_inspector
from safety_desk.store import Store
from safety_desk.templates import TemplateError

CODE_A = "91110108551385082Q"
CODE_B = "9144030071526726XG"
CODE_C = "91350100M000100Y43"
CODE_D = "91330106" + "MA2CD1234" + uscc_check_char("91330106MA2CD1234")
WRONG_A = CODE_A[:17] + "A"  # check digit should be Q

HEADERS = [
    "序号", "企业名称（全称）", "统一社会\n信用代码", "所属 街道", "地址", "行业领域", "行业主管部门", "风险等级",
    "信用等级", "重点企业类别", "重点监管危险化工工艺", "重点监管危险化学品", "重大危险源", "联系人", "联系电话",
]


def _xlsx(path: Path, rows: list[list], *, title: str | None = "XX街道2024年检查对象名录库", sheet: str = "名录") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _row(name, code="", *, street="东街", risk="", credit="", cats="", flags=("", "", ""), person="", phone=""):
    return [1, name, code, street, "东路1号", "危险化学品", "应急管理局", risk, credit, cats, *flags, person, phone]


def _enterprise_file(tmp_path: Path) -> Path:
    return _xlsx(tmp_path / "名录.xlsx", [
        HEADERS,
        _row("甲化工有限公司", CODE_A, risk="较大", credit="a级", cats="停产关闭；差评\n搬迁改造",
             flags=("√", "", "是"), person="张三", phone=13800138000),  # row 3
        _row("乙化工有限公司", WRONG_A),  # row 4: wrong check digit
        [None] * 15,  # row 5: empty, skipped silently
        _row("", CODE_C),  # row 6: no name
        _row("丙公司", CODE_B, risk="超大风险"),  # row 7: unknown grade; also a duplicate of row 9
        _row("丁公司", CODE_D, cats="外星企业"),  # row 8: unknown key category
        _row("戊公司", CODE_B),  # row 9: duplicate code of row 7
        _row("己公司", "", phone="138-0013-8000转12a"),  # row 10: bad phone
        _row("庚公司", "", flags=("也许", "", "")),  # row 11: bad flag
        _row("辛公司", "", street="西街", risk="红", flags=("1", "✓", "否")),  # row 12: good, no code
        ["注：本表由各街道填报"],  # row 13: a note, not a unit
    ])


def test_preview_reads_loose_headers_under_a_title_row(store: Store, tmp_path: Path):
    preview = preview_enterprises(store=store, path=_enterprise_file(tmp_path))
    assert (preview.file_name, preview.sheet, preview.header_row) == ("名录.xlsx", "名录", 2)
    assert preview.columns == [
        "企业名称", "统一社会信用代码", "所属街道", "地址", "行业领域", "牵头部门", "风险等级", "信用等级",
        "重点企业类别", "重点监管的危险化工工艺", "重点监管的危险化学品", "重大危险源", "联系人", "联系电话",
    ]
    assert [r.row for r in preview.rows] == [3, 4, 6, 7, 8, 9, 10, 11, 12]  # empty row 5 and the note are gone
    first = preview.rows[0]
    assert first.ok and first.action == "new"
    assert first.values["统一社会信用代码"] == CODE_A
    assert first.record == Enterprise(
        name="甲化工有限公司", credit_code=CODE_A, street="东街", address="东路1号", sector="危险化学品",
        lead_department="应急管理局", risk_grade="较大风险", credit_grade="A",
        key_categories=["评级评价被列为“差”评", "停产关闭企业", "搬迁改造或拟搬迁改造企业"],
        key_process=True, key_chemicals=False, major_hazard_source=True,
        contact_person="张三", contact_phone="13800138000",
    )
    last = preview.rows[-1].record
    assert (last.risk_grade, last.key_process, last.key_chemicals, last.major_hazard_source) == (
        "重大风险", True, True, False)


def test_each_bad_row_says_where_and_why(store: Store, tmp_path: Path):
    preview = preview_enterprises(store=store, path=_enterprise_file(tmp_path))
    bad = {r.row: r.problems for r in preview.bad_rows}
    assert set(bad) == {4, 6, 7, 8, 9, 10, 11}
    assert bad[4] == {"统一社会信用代码": "统一社会信用代码校验位错误（应为 Q）"}
    assert bad[6] == {"企业名称": "企业名称不能为空"}
    assert bad[7]["风险等级"].startswith("风险等级应为 重大风险/较大风险/一般风险/低风险")
    assert "第 9 行" in bad[7]["统一社会信用代码"] and "第 7 行" in bad[9]["统一社会信用代码"]
    assert bad[8] == {"重点企业类别": "未知的重点企业类别：外星企业"}
    assert set(bad[10]) == {"联系电话"}
    assert "“也许”" in bad[11]["重点监管的危险化工工艺"]
    assert all(r.record is None and r.action == "skip" for r in preview.bad_rows)
    assert list_enterprises(store=store) == []  # a preview writes nothing; not committing is cancelling


def test_commit_writes_all_good_rows_and_only_those(store: Store, tmp_path: Path):
    preview = preview_enterprises(store=store, path=_enterprise_file(tmp_path))
    counts = commit_preview(store=store, preview=preview)
    assert (counts.inserted, counts.updated, counts.skipped) == (2, 0, 7)
    stored = {e.name: e for e in list_enterprises(store=store)}
    assert set(stored) == {"甲化工有限公司", "辛公司"}
    assert stored["甲化工有限公司"].key_categories[0] == "评级评价被列为“差”评"


def test_commit_is_all_or_nothing(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    preview = preview_enterprises(store=store, path=_enterprise_file(tmp_path))
    real_insert = register_import.registers_repo.insert_enterprise
    calls = []

    def failing_second_insert(db, e):
        calls.append(e.name)
        if len(calls) == 2:
            raise register_import.sqlite3.IntegrityError("UNIQUE constraint failed")
        return real_insert(db, e)

    monkeypatch.setattr(register_import.registers_repo, "insert_enterprise", failing_second_insert)
    with pytest.raises(UserError, match="未导入任何数据"):
        commit_preview(store=store, preview=preview)
    assert len(calls) == 2
    assert list_enterprises(store=store) == []


def test_a_code_already_registered_is_an_update(store: Store, tmp_path: Path):
    save_enterprise(store=store, enterprise=Enterprise(
        name="甲化工（旧名）", credit_code=CODE_A, address="老地址", contact_person="李四", risk_grade="低风险"))
    save_enterprise(store=store, enterprise=Enterprise(name="辛公司", street="西街"))  # no code: matched by name
    path = _xlsx(tmp_path / "update.xlsx", [
        HEADERS,
        [1, "甲化工有限公司", CODE_A, "东街", None, None, None, "一般风险", None, None, None, None, None, None, None],
        _row("辛公司", CODE_C),
    ], title=None)
    preview = preview_enterprises(store=store, path=path)
    assert preview.header_row == 1
    assert [(r.row, r.action, r.problems) for r in preview.rows] == [(2, "update", {}), (3, "update", {})]
    counts = commit_preview(store=store, preview=preview)
    assert (counts.inserted, counts.updated, counts.skipped) == (0, 2, 0)
    stored = {e.credit_code: e for e in list_enterprises(store=store)}
    assert len(stored) == 2
    first = stored[CODE_A]
    # the sheet's values win; an empty cell keeps what the register already holds
    assert (first.name, first.street, first.risk_grade) == ("甲化工有限公司", "东街", "一般风险")
    assert (first.address, first.contact_person) == ("老地址", "李四")
    assert stored[CODE_C].name == "辛公司"


def test_a_register_changed_after_the_preview_writes_nothing(store: Store, tmp_path: Path):
    preview = preview_enterprises(store=store, path=_enterprise_file(tmp_path))
    save_enterprise(store=store, enterprise=Enterprise(name="别处录入", credit_code=CODE_A))
    with pytest.raises(UserError, match="重新预览"):
        commit_preview(store=store, preview=preview)
    assert [e.name for e in list_enterprises(store=store)] == ["别处录入"]


def test_bad_files_give_a_located_error_and_change_nothing(store: Store, tmp_path: Path):
    save_enterprise(store=store, enterprise=Enterprise(name="已有企业", credit_code=CODE_A))
    not_xlsx = tmp_path / "名录.xlsx"
    not_xlsx.write_text("企业名称,统一社会信用代码\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="不是有效的 Excel") as info:
        preview_enterprises(store=store, path=not_xlsx)
    assert info.value.file == str(not_xlsx)

    no_name = _xlsx(tmp_path / "no_name.xlsx", [["序号", "统一社会信用代码", "所属街道"], [1, CODE_B, "东街"]])
    with pytest.raises(TemplateError) as info:
        preview_enterprises(store=store, path=no_name)
    assert (info.value.sheet, info.value.row, info.value.column) == ("名录", 2, "企业名称")
    assert "no_name.xlsx" in str(info.value) and "缺少必需的列" in str(info.value)

    header_only = _xlsx(tmp_path / "empty.xlsx", [HEADERS])
    with pytest.raises(TemplateError, match="没有数据行"):
        preview_enterprises(store=store, path=header_only)

    with pytest.raises(TemplateError, match="另存为 .xlsx"):
        preview_enterprises(store=store, path=tmp_path / "old.xls")
    with pytest.raises(TemplateError, match="工作表不存在"):
        preview_enterprises(store=store, path=no_name, sheet="Sheet9")
    assert [e.name for e in list_enterprises(store=store)] == ["已有企业"]


def test_the_sheet_with_the_register_header_is_chosen(store: Store, tmp_path: Path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表用于双随机抽查"])
    ws = wb.create_sheet("企业")
    ws.append(["企业名称", "统一社会信用代码"])
    ws.append(["甲公司", CODE_A])
    wb.save(tmp_path / "two.xlsx")
    preview = preview_enterprises(store=store, path=tmp_path / "two.xlsx")
    assert (preview.sheet, [r.record.name for r in preview.rows]) == ("企业", ["甲公司"])


def test_a_two_row_header_reads_the_flags_under_their_banner(store: Store, tmp_path: Path):
    path = _xlsx(tmp_path / "banner.xlsx", [
        ["企业名称", "统一社会信用代码", "两重点一重大", None, None],
        [None, None, "危险化工工艺", "危险化学品", "重大危险源"],
        ["甲公司", CODE_A, "是", "否", "√"],
    ], title=None)
    preview = preview_enterprises(store=store, path=path)
    record = preview.rows[0].record
    assert preview.rows[0].row == 3
    assert (record.key_process, record.key_chemicals, record.major_hazard_source) == (True, False, True)


def test_inspectors_with_loose_headers_duplicates_and_updates(store: Store, tmp_path: Path):
    save_inspector(store=store, inspector=Inspector(name="王五", department="应急管理局", certificate_no="A001"))
    path = _xlsx(tmp_path / "人员.xlsx", [
        ["姓 名", "所在单位（部门）", "执法证件号", "专长"],
        ["王五", "应急管理局", "A001", "危险化学品\n消防"],  # row 3: an update
        ["赵六", "市场监管局", "B002", None],  # row 4: new
        ["", "应急管理局", "C003", None],  # row 5: no name
        ["钱七", "应急管理局", "D004", None],  # rows 6 and 7: same certificate
        ["孙八", "应急管理局", "D004", None],
    ], title="执法检查人员名录库")
    preview = preview_inspectors(store=store, path=path)
    assert preview.columns == ["姓名", "单位", "执法证号", "专业"]
    assert [(r.row, r.action) for r in preview.rows] == [
        (3, "update"), (4, "new"), (5, "skip"), (6, "skip"), (7, "skip")]
    assert preview.rows[0].record.specialties == "危险化学品、消防"
    assert preview.rows[2].problems == {"姓名": "姓名不能为空"}
    assert "第 7 行" in preview.rows[3].problems["执法证号"]
    counts = commit_preview(store=store, preview=preview)
    assert (counts.inserted, counts.updated, counts.skipped) == (1, 1, 3)
    assert {(i.name, i.specialties) for i in list_inspectors(store=store)} == {("王五", "危险化学品、消防"), ("赵六", "")}


def test_blank_templates_have_the_headers_the_import_expects(store: Store, tmp_path: Path):
    enterprise_t, inspector_t = tmp_path / "e.xlsx", tmp_path / "i.xlsx"
    write_enterprise_template(enterprise_t)
    write_inspector_template(inspector_t)
    wb = openpyxl.load_workbook(enterprise_t)
    ws = wb.worksheets[0]
    headings = [c.value for c in ws[1]]
    assert headings[:3] == ["企业名称", "统一社会信用代码", "所属街道"] and "联系电话" in headings
    assert "停产关闭企业" in [c.value for c in wb["填写说明"]["B"]]
    ws.append(["甲公司", CODE_A, "东街", "", "", "", "一般风险", "B", "停产关闭企业", "是", "否", "否", "张三", "0755-1234567"])
    wb.save(enterprise_t)
    preview = preview_enterprises(store=store, path=enterprise_t)
    assert preview.columns == headings and preview.rows[0].ok
    assert preview.rows[0].record.key_categories == ["停产关闭企业"]

    wb = openpyxl.load_workbook(inspector_t)
    assert [c.value for c in wb.worksheets[0][1]] == ["姓名", "单位", "执法证号", "专业"]
    with pytest.raises(UserError, match="无法写入文件"):
        write_inspector_template(tmp_path / "missing-dir" / "i.xlsx")


def test_two_rows_for_one_registered_enterprise_are_both_refused(store: Store, tmp_path: Path):
    save_enterprise(store=store, enterprise=Enterprise(name="甲公司", credit_code=CODE_A))
    path = _xlsx(tmp_path / "twice.xlsx", [HEADERS, _row("甲公司（新名）", CODE_A), _row("甲公司")], title=None)
    preview = preview_enterprises(store=store, path=path)
    assert [r.action for r in preview.rows] == ["skip", "skip"]
    assert "第 3 行" in preview.rows[0].problems["企业名称"] and "第 2 行" in preview.rows[1].problems["企业名称"]
