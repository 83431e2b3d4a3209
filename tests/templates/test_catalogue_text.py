"""Text helpers for catalogue cells: headers, section headings, 检查内容, numbered bases."""

from __future__ import annotations

import pytest

from safety_desk.domain.templates import CATALOGUE_COLUMNS
from safety_desk.templates.catalogue_text import (
    join_continuation,
    join_lines,
    match_column,
    normalize_header,
    parse_content,
    split_numbered,
    split_section_heading,
    tidy_spaces,
)


def test_normalize_header_drops_whitespace_and_folds_full_width() -> None:
    assert normalize_header("检 查\n项目（类别）") == "检查项目(类别)"
    assert normalize_header("检查\u3000依据：") == "检查依据:"
    assert normalize_header("\t常见\r\n问题 ") == "常见问题"
    assert normalize_header("【备注】") == "[备注]"
    assert normalize_header(None) == ""
    assert normalize_header(12) == "12"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("检 查\n项目（类别）", "检查项目"),
        ("检查项目", "检查项目"),
        ("检查内容（要点）", "检查内容"),
        ("处置依据(法规)", "处置依据"),
        ("检查\u3000依据", "检查依据"),
        ("检查依据（处置依据见F列）", "检查依据"),
        ("处置\n依据", "处置依据"),
        ("检查方法：", "检查方法"),
        ("常见 问题", "常见问题"),
        ("整改 要求", "整改要求"),
        ("复查验收情况", "复查验收"),
        ("排查内容", "检查内容"),
        ("序号", None),
        ("依据", None),
        ("", None),
        (None, None),
        ("化工企业检查内容及检查依据一览表（表样）", None),  # a title mentioning columns is not a header
    ],
)
def test_match_column(header: str | None, expected: str | None) -> None:
    assert match_column(header) == expected


def test_match_column_recognises_every_canonical_heading() -> None:
    assert [match_column(h) for h in CATALOGUE_COLUMNS] == list(CATALOGUE_COLUMNS)


def test_tidy_spaces_and_join_lines() -> None:
    assert tidy_spaces("  风险分级 管控体系\u3000建设 ") == "风险分级管控体系建设"
    assert tidy_spaces("GB 30871  动火 作业") == "GB 30871 动火作业"
    assert tidy_spaces("第 38 条第 1 款") == "第 38 条第 1 款"
    assert join_lines("是否建立\n排查治理制度。") == "是否建立排查治理制度。"
    assert join_lines("see GB\n30871 rules") == "see GB 30871 rules"
    assert join_lines("\n\n") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（一） 风险分级 管控体系 建设", ("（一）", "风险分级管控体系建设")),
        ("（一）\n风险分级管控\n体系建设", ("（一）", "风险分级管控体系建设")),
        ("(一) 略", ("(一)", "略")),
        ("( 二 )隐患排查治理", ("(二)", "隐患排查治理")),
        ("一、基础 管理", ("一、", "基础管理")),
        ("十二．现场 管理", ("十二．", "现场管理")),
        ("第一部分 安全管理", ("第一部分", "安全管理")),
        ("安全 教育 培训", ("", "安全教育培训")),
        ("LNG 储罐 area", ("", "LNG 储罐 area")),
        ("", ("", "")),
    ],
)
def test_split_section_heading(text: str, expected: tuple[str, str]) -> None:
    assert split_section_heading(text) == expected


SOURCE_CONTENT = (
    "1. 隐患排查①是否建立排查治理制度。②是否编制与风险点、管控级别一致的隐患排查项目清单。"
    "③是否开展事故隐患排查。④是否如实记录排查治理情况、编制隐患排查记录。"
    "⑤对于排查出的隐患是否及时治理；治理情况是否达到安全要求；是否存在对已发现的重大"
)


def test_parse_content_source_cell() -> None:
    number, title, points, leading_only = parse_content(SOURCE_CONTENT)
    assert (number, title, leading_only) == ("1", "隐患排查", False)
    assert [label for label, _ in points] == list("①②③④⑤")
    assert points[0] == ("①", "是否建立排查治理制度。")
    assert points[3] == ("④", "是否如实记录排查治理情况、编制隐患排查记录。")
    assert points[4][1].endswith("是否存在对已发现的重大")


@pytest.mark.parametrize("number_mark", ["1.", "1、", "1．", "1)", "（1）", "1. "])
def test_parse_content_number_styles_and_line_breaks(number_mark: str) -> None:
    text = f"{number_mark}隐患 排查：\n① 是否建立\n排查治理制度。\n\n②是否开展排查。 "
    assert parse_content(text) == (
        "1",
        "隐患排查",
        [("①", "是否建立排查治理制度。"), ("②", "是否开展排查。")],
        False,
    )


def test_parse_content_points_only_and_plain_text() -> None:
    assert parse_content("②是否编制清单。③是否开展排查。") == (
        "",
        "",
        [("②", "是否编制清单。"), ("③", "是否开展排查。")],
        True,
    )
    assert parse_content("事故隐患未按规定治理情况；") == ("", "事故隐患未按规定治理情况", [], False)
    assert parse_content("12. 动火作业") == ("12", "动火作业", [], False)
    # a decimal is text, not an item number
    assert parse_content("1.5米以上高处作业①是否系安全带。")[0] == ""
    assert parse_content("") == ("", "", [], False)


def test_parse_content_circled_number_out_of_sequence_stays_in_text() -> None:
    _, _, points, _ = parse_content("2. 制度①是否符合本表③的要求。②是否发布。")
    assert points == [("①", "是否符合本表③的要求。"), ("②", "是否发布。")]


def test_split_numbered() -> None:
    basis = (
        "①中华人民共和国《安全生产法》第 38 条第 1 款； ②《山东省重大安全生产事故隐患排查治理办法》第 7 条、11 条；"
        "\n③《山东省生产经营单位安全生产主体责任规定》第 27 条；\n④《生产安全事故隐患排查治理体系通则》；"
        "⑤《安全生产事故隐患排查治理暂行规定》第15条第2款。"
    )
    pieces = split_numbered(basis, 5)
    assert pieces == [
        "中华人民共和国《安全生产法》第 38 条第 1 款",
        "《山东省重大安全生产事故隐患排查治理办法》第 7 条、11 条",
        "《山东省生产经营单位安全生产主体责任规定》第 27 条",
        "《生产安全事故隐患排查治理体系通则》",
        "《安全生产事故隐患排查治理暂行规定》第15条第2款",
    ]
    assert split_numbered(basis, 4) is None
    assert split_numbered(basis, 0) is None
    assert split_numbered("《安全生产法》", 1) is None
    assert split_numbered("依据：①甲；②乙;", 2) == ["甲", "乙"]
    assert split_numbered("《安全生产法》第38条：①甲；②乙", 2) is None  # the lead would be lost


def test_join_continuation() -> None:
    assert join_continuation("是否存在对已发现的重大", "事故隐患未按规定治理情况；") == "是否存在对已发现的重大事故隐患未按规定治理情况；"
    assert join_continuation("③…第 27 条；", "④《通则》；") == "③…第 27 条；\n④《通则》；"
    assert join_continuation("", "甲") == "甲"
    assert join_continuation("甲。", "") == "甲。"
