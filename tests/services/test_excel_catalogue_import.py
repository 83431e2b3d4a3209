"""An office-style Excel catalogue imports through the CLI to the same items and points as its YAML twin,
and a bad one is refused with its location while the store stays as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from safety_desk.cli import main
from safety_desk.paths import FORMS_DIR
from safety_desk.services.templates import get_template, import_template_file, list_templates
from safety_desk.store import Store
from safety_desk.templates import TemplateError
from safety_desk.templates.yaml_format import load_yaml_template

TWIN = load_yaml_template(FORMS_DIR / "10_chem_enterprise_catalogue.yaml")


def office_workbook(path: Path) -> Path:
    """The YAML twin typed the way offices keep it: merged title, loose headers, merged section, page break."""
    item = TWIN.sections[0].items[0]
    content = "1.隐患排查\n" + "\n".join(f"{p.label}{p.text}" for p in item.points)
    cut = content.index("事故隐患未按规定治理情况")  # the gazette's page break falls here
    problems_cut = item.common_problems.index("的隐患未及时治疗")
    wb = Workbook()
    ws = wb.active
    ws.title = "化工目录"
    ws["A1"] = "化工企业安全生产风险隐患排查整治指导目录"
    ws.merge_cells("A1:H1")
    headers = ["检查\n项目", "检 查 内 容", "检查依据（法律法规）", "检查方法", "常见问题", "处置\n依据", "整改要求",
               "复查 验收"]
    for col, h in enumerate(headers, start=1):
        ws.cell(row=2, column=col, value=h)
    ws["A3"] = "（一） 风险分级 管控体系 建设"
    ws.merge_cells("A3:A4")
    row3 = [content[:cut], item.basis, item.method, item.common_problems[:problems_cut], item.disposal_basis,
            item.requirement, item.acceptance]
    row4 = [content[cut:], None, None, item.common_problems[problems_cut:], None, None, None]
    for col, value in enumerate(row3, start=2):
        ws.cell(row=3, column=col, value=value)
    for col, value in enumerate(row4, start=2):
        if value:
            ws.cell(row=4, column=col, value=value)
    ws["A5"] = "（二） 略"
    wb.save(path)
    return path


def test_office_excel_imports_like_its_yaml_twin(tmp_path: Path, db_path: Path, capsys):
    xlsx = office_workbook(tmp_path / "化工目录.xlsx")
    assert main(["--db", str(db_path), "template", "import", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert "version=1" in out and "items=1" in out and "points=5" in out
    assert main(["--db", str(db_path), "template", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    imported = next(r for r in rows if r["origin"].endswith("化工目录.xlsx"))
    store = Store.open(db_path)
    template = get_template(store=store, template_id=imported["uuid"])
    store.close()
    assert template.sections == TWIN.sections


def test_a_changed_sheet_becomes_the_next_version_and_the_same_sheet_is_a_no_op(tmp_path: Path, store: Store):
    xlsx = office_workbook(tmp_path / "目录.xlsx")
    first = import_template_file(store=store, path=xlsx)
    again = import_template_file(store=store, path=xlsx)
    assert first.created and not again.created
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    wb.active["D3"] = "查阅台账；现场抽查。"
    wb.save(xlsx)
    second = import_template_file(store=store, path=xlsx)
    assert second.created and second.template.version == 2 and second.template.key == first.template.key
    assert len([t for t in list_templates(store=store) if t.key == first.template.key]) == 2


def _counts(store: Store) -> tuple[int, ...]:
    return tuple(store.db[t].count for t in ("templates", "template_sections", "template_items", "template_points"))


@pytest.mark.parametrize("breakage", ["no_content_column", "not_xlsx", "empty", "item_without_points"])
def test_bad_catalogues_are_refused_with_location_and_change_nothing(tmp_path: Path, store: Store, breakage: str):
    path = office_workbook(tmp_path / "坏目录.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    expected: dict = {"file": str(path)}
    if breakage == "no_content_column":
        ws["B2"] = "备注"
        expected.update(sheet="化工目录", row=2, column="检查内容")
    elif breakage == "empty":
        for row in ws.iter_rows():
            for cell in row:
                if cell.coordinate not in ws.merged_cells:
                    cell.value = None
        ws["A1"] = None
    elif breakage == "item_without_points":
        ws["B3"] = "1.隐患排查"
        ws["B4"] = None
        expected.update(sheet="化工目录", row=3)
    wb.save(path)
    if breakage == "not_xlsx":
        path.write_text("这不是 Excel 文件", encoding="utf-8")
    before = _counts(store)
    with pytest.raises(TemplateError) as info:
        import_template_file(store=store, path=path)
    for attr, value in expected.items():
        assert getattr(info.value, attr) == value, (attr, info.value)
    assert _counts(store) == before


def test_cli_refuses_a_bad_catalogue_with_one_located_line(tmp_path: Path, db_path: Path, capsys):
    path = office_workbook(tmp_path / "缺列.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active["B2"] = "其他"
    wb.save(path)
    assert main(["--db", str(db_path), "template", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "缺列.xlsx" in err and "化工目录" in err and "第 2 行" in err and "检查内容" in err
