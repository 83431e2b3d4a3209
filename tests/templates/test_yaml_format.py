"""The YAML template format: the shipped forms, located errors, and the round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from safety_desk.domain.templates import CATALOGUE_COLUMNS
from safety_desk.paths import FORMS_DIR
from safety_desk.templates import TemplateError
from safety_desk.templates.yaml_format import dump_yaml_template, load_yaml_template, parse_yaml_template
from tests.support.templates import MINIMAL_YAML as GOOD

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_326fcc55a70fc14f.txt"
CHEM = FORMS_DIR / "10_chem_enterprise_catalogue.yaml"


def test_the_chemical_catalogue_matches_attachment_3():
    t = load_yaml_template(CHEM)
    assert t.title == "化工企业安全生产风险隐患排查整治指导目录"
    assert [s.heading for s in t.sections] == ["（一）风险分级管控体系建设", "（二）"]
    assert t.sections[1].omitted and "略" in t.sections[1].note and not t.sections[1].items
    item = t.sections[0].items[0]
    assert item.heading == "1. 隐患排查"
    assert [p.label for p in item.points] == list("①②③④⑤")
    assert item.points[0].text == "是否建立排查治理制度。"
    assert item.points[4].text.endswith("防范措施是否落实。")
    assert "（落实整改措施、责任、资金、时限和预案）" in item.points[4].text
    assert item.points[0].basis == "中华人民共和国《安全生产法》第 38 条第 1 款"
    assert item.points[4].basis == "《安全生产事故隐患排查治理暂行规定》第15条第2款"
    assert item.method == "查阅隐患排查治理台账；现场抽查，核对隐患排查情况。"
    assert item.common_problems.startswith("未编制与风险点、管控级别一致的隐患排查项目清单")
    assert item.disposal_basis.endswith("《山东省生产经营单位安全生产主体责任规定》")
    assert item.requirement == item.acceptance == "根据问题表现作出相应具体要求"


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.skipif(not SEED.exists(), reason="the source document lives in ../shared/seed")
def test_the_chemical_catalogue_invents_no_text():
    """Every column of the shipped catalogue is found in the source document (whitespace aside)."""
    source = _squash(SEED.read_text(encoding="utf-8")).replace("<p>", "").replace("</p>", "")
    item = load_yaml_template(CHEM).sections[0].items[0]
    pieces = [p.text for p in item.points] + [item.method, item.requirement]
    pieces += [line.lstrip("①②③④⑤") for line in item.basis.splitlines()]
    for piece in pieces:
        # the gazette splits the table over a page break; check each side of the break on its own
        for part in _squash(piece).split("重大事故隐患未按规定治理情况"):
            assert part.rstrip("；。") in source, piece


def test_every_shipped_form_loads_with_points():
    forms = sorted(FORMS_DIR.glob("*.yaml"))
    assert len(forms) >= 4
    titles = set()
    for path in forms:
        t = load_yaml_template(path)
        titles.add(t.title)
        assert t.counts()["points"] > 0, path
    assert any("五个必须" in x for x in titles)
    assert any("三类人员" in x for x in titles)
    assert any("四个公开" in x for x in titles)


def test_the_eight_columns_are_the_catalogues():
    assert CATALOGUE_COLUMNS == ("检查项目", "检查内容", "检查依据", "检查方法", "常见问题", "处置依据", "整改要求", "复查验收")


def test_round_trip_keeps_every_field():
    t = load_yaml_template(CHEM)
    again = parse_yaml_template(dump_yaml_template(t))
    assert again == t


@pytest.mark.parametrize(
    ("text", "row", "column", "words"),
    [
        (GOOD.replace("version: 2", "version: two"), 2, "version", "正整数"),
        (GOOD.replace("title: 测试\n", ""), None, "template.title", "缺少"),
        (GOOD.replace("          - {label: ①, text: 第一点}\n", ""), 8, "sections[0].items[0].points", "检查点"),
        (GOOD.replace("title: 项目", "titel: 项目"), 9, "sections[0].items[0].titel", "未知字段"),
        (GOOD.replace("{label: ①, text: 第一点}", "{label: ①, text: [a, b]}"), 11, "sections[0].items[0].points[0].text", "文本"),
        (GOOD + "  - {code: 二、, title: x, items: [\n", 13, None, "YAML"),
        (GOOD.replace("id: t1", "id: 有 空格"), 1, "id", "模板编号"),
    ],
)
def test_bad_yaml_names_line_and_field(text, row, column, words):
    with pytest.raises(TemplateError) as info:
        parse_yaml_template(text, file="bad.yaml")
    err = info.value
    assert err.file == "bad.yaml"
    assert words in err.message
    if row is not None:
        assert err.row == row
    if column is not None:
        assert err.column == column
    assert "bad.yaml" in str(err)


def test_empty_and_non_utf8_files(tmp_path: Path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(TemplateError, match="空"):
        load_yaml_template(empty)
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes(GOOD.encode("gbk"))
    with pytest.raises(TemplateError, match="UTF-8"):
        load_yaml_template(gbk)
