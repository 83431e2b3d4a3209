"""One regression test per way an untrusted template used to crash, hang or swell (issue 15, "Templates").

Each input is refused with a TemplateError that names the file and, where there is one, the line and field.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from safety_desk.domain.templates import MAX_TEXT_CHARS
from safety_desk.templates import TemplateError
from safety_desk.templates.loader import load_template_file
from safety_desk.templates.safe_yaml import MAX_DEPTH
from safety_desk.templates.veto_rules_format import parse_veto_rules
from safety_desk.templates.yaml_format import parse_yaml_template
from tests.support.templates import MINIMAL_YAML as GOOD


def refused(text: str) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        parse_yaml_template(text, file="bad.yaml")
    assert "bad.yaml" in str(info.value)
    return info.value


def test_good_template_still_loads():
    assert parse_yaml_template(GOOD).counts() == {"sections": 1, "items": 1, "points": 1}


@pytest.mark.parametrize("version", ['"²"', '"١"', "'3²'", "0", "-1", "1.5"])
def test_version_that_is_not_plain_ascii_digits(version):
    err = refused(GOOD.replace("version: 2", f"version: {version}"))
    assert (err.row, err.column) == (2, "version")
    assert "版本号" in err.message


@pytest.mark.parametrize("digits", [20, 5_000])
def test_huge_version(digits):
    err = refused(GOOD.replace("version: 2", "version: " + "9" * digits))
    assert (err.row, err.column) == (2, "version")
    assert len(str(err)) < 200  # the message does not repeat 5,000 digits


def test_complex_key():
    err = refused(GOOD.replace("title: 项目", "? [a, b]\n        : 项目"))
    assert err.row == 9 and err.column == "sections[0].items[0]"
    assert "字段名" in err.message


def test_deep_nesting_is_refused_before_recursion():
    err = refused("sections: " + "[" * 1_000 + "]" * 1_000 + "\n")
    assert "嵌套过深" in err.message and err.row == 1
    err = refused("sections:\n  " + "- " * 1_000 + "x\n")
    assert "嵌套过深" in err.message and err.row == 2
    err = refused("".join("  " * n + "a:\n" for n in range(1_000)))
    assert "嵌套过深" in err.message and err.row == MAX_DEPTH + 1  # the mapping that opens level 33
    parse_yaml_template(GOOD)  # depth of a real template is far under the cap
    assert MAX_DEPTH >= 16


def _alias_bomb(levels: int, fan: int) -> str:
    lines = ['a0: &a0 ["lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * fan) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("levels", "fan"), [(9, 9), (12, 12)])
def test_alias_bomb_is_refused_at_once(levels, fan):
    text = _alias_bomb(levels, fan)
    assert len(text.encode()) < 3_000 and fan**levels > 10**8  # like the 1.3 KB and 2.5 KB bombs of the issue
    started = time.perf_counter()
    err = refused(text)
    assert time.perf_counter() - started < 1.0
    assert err.row == 1 and "锚点" in err.message


def test_small_alias_file_does_not_become_thousands_of_points():
    """604 bytes that used to expand into 64,000 check points: the first alias is refused."""
    text = GOOD.replace("          - {label: ①, text: 第一点}\n", "          - &p {label: ①, text: 第一点}\n")
    text += "".join(f"          - *p\n" for _ in range(3))
    err = refused(text)
    assert err.row == 11 and "&p" in err.message
    err = refused(GOOD.replace("title: 项目", "title: *x"))
    assert err.row == 9 and "*x" in err.message


def test_huge_text_field_is_capped_like_an_excel_cell():
    err = refused(GOOD.replace("第一点", "长" * 4_900_000))
    assert (err.row, err.column) == (11, "sections[0].items[0].points[0].text")
    assert str(MAX_TEXT_CHARS) in err.message
    err = refused(GOOD.replace("title: 测试", "title: " + "x" * (MAX_TEXT_CHARS + 1)))
    assert err.column == "template.title"
    bare = GOOD.replace("{label: ①, text: 第一点}", "x" * (MAX_TEXT_CHARS + 1))
    assert refused(bare).column == "sections[0].items[0].points[0]"
    assert parse_yaml_template(GOOD.replace("第一点", "长" * MAX_TEXT_CHARS)).counts()["points"] == 1


def test_id_option_is_checked(tmp_path: Path):
    path = tmp_path / "t.yaml"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(TemplateError, match="模板编号"):
        load_template_file(path, key="../x y")


# --- workbooks -------------------------------------------------------------------------------------------


def test_workbook_with_only_a_chartsheet(tmp_path: Path):
    wb = Workbook()
    data = wb.active
    data.append([1])
    data.append([2])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=1, min_row=1, max_row=2))
    wb.create_chartsheet("图表").add_chart(chart)
    wb.remove(data)  # the chart keeps its cached series; the workbook has a chart sheet and nothing else
    path = tmp_path / "chart.xlsx"
    wb.save(path)
    with pytest.raises(TemplateError) as info:
        load_template_file(path)
    assert "chart.xlsx" in str(info.value) and "工作表" in info.value.message


def test_workbook_without_any_sheet(tmp_path: Path):
    path = tmp_path / "ok.xlsx"
    Workbook().save(path)
    bare = tmp_path / "nosheet.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bare, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/workbook.xml":
                start, end = data.index(b"<sheets>"), data.index(b"</sheets>") + len(b"</sheets>")
                data = data[:start] + b"<sheets/>" + data[end:]
            if not info.filename.startswith("xl/worksheets/"):
                dst.writestr(info, data)
    with pytest.raises(TemplateError) as info:
        load_template_file(bare)
    assert "nosheet.xlsx" in str(info.value)


# --- the veto rule files go through the same composer ----------------------------------------------------

RULES = """\
id: r
title: 规则
units:
  - kind: street
    consequences: 后果
    situations:
      - {key: a, text: b, when: {register: illegal_operations, min_count: 1}}
"""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (RULES.replace("min_count: 1", 'min_count: "²"'), "整数"),
        (RULES.replace("min_count: 1", "min_count: " + "9" * 5_000), "整数"),
        (RULES.replace("consequences: 后果", "consequences: &c 后果\n    x: *c"), "锚点"),
        (RULES.replace("kind: street", "? [a, b]\n    : street"), "字段名"),
        (RULES.replace("text: b", "text: " + "b" * (MAX_TEXT_CHARS + 1)), "过长"),
        ("units: " + "[" * 1_000 + "]" * 1_000, "嵌套过深"),
        (_alias_bomb(9, 9), "锚点"),
    ],
)
def test_veto_rule_files_are_bounded_too(text, words):
    with pytest.raises(TemplateError) as info:
        parse_veto_rules(text, file="rules.yaml")
    assert words in info.value.message and "rules.yaml" in str(info.value)
    assert info.value.row is not None or info.value.column is not None


def test_the_pure_python_parser_is_bounded_the_same(monkeypatch: pytest.MonkeyPatch):
    """Where PyYAML was built without libyaml, the same bounds hold."""
    import yaml

    from safety_desk.templates import safe_yaml

    monkeypatch.setattr(safe_yaml, "_PARSER", yaml.SafeLoader)
    assert parse_yaml_template(GOOD).counts()["points"] == 1
    assert "嵌套过深" in refused("sections: " + "[" * 1_000 + "]" * 1_000 + "\n").message
    assert "锚点" in refused(_alias_bomb(9, 9)).message
    assert refused(GOOD.replace("version: 2", 'version: "²"')).column == "version"


@pytest.mark.parametrize("escape", ["\\0", "\\ud800", "\\x07"])
def test_escaped_control_characters_and_lone_surrogates(monkeypatch: pytest.MonkeyPatch, escape):
    """libyaml refuses a lone surrogate itself; the pure-Python parser accepts it, and both accept "\\0"."""
    import yaml

    from safety_desk.templates import safe_yaml

    monkeypatch.setattr(safe_yaml, "_PARSER", yaml.SafeLoader)
    err = refused(GOOD.replace("text: 第一点", f'text: "a{escape}b"'))
    assert err.row == 11
