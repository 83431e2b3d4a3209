"""Veto rule files: the shipped one loads; a malformed one gets a located error."""

from __future__ import annotations

import pytest

from safety_desk.paths import FORMS_DIR
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.veto_rules_format import load_veto_rules, parse_veto_rules


def test_attachment2_loads_with_every_unit_kind():
    rules = load_veto_rules(FORMS_DIR / "veto_rules" / "attachment2_2019.yaml")
    assert [u.kind for u in rules.units] == ["department", "street", "enterprise"]
    assert [len(u.situations) for u in rules.units] == [3, 3, 5]
    assert (rules.dismissal.street, rules.dismissal.district) == (1, 2)


GOOD_HEAD = "id: x\ntitle: t\nunits:\n  - kind: street\n    consequences: c\n    situations:\n"


@pytest.mark.parametrize("situation, row, column, words", [
    ("      - {key: a, text: b, when: {register: acidents}}\n", 7, "units[0].situations[0].when.register", "登记簿"),
    ("      - {key: a, text: b, when: {register: accidents, min_grade: 很大}}\n", 7,
     "units[0].situations[0].when.min_grade", "事故等级"),
    ("      - {key: a, text: b, when: {register: illegal_operations, min_count: 0}}\n", 7,
     "units[0].situations[0].when.min_count", "不小于 1"),
    ("      - {key: a, text: b, when: {register: blacklist}}\n", 7, "units[0].situations[0].when.register",
     "不能用于"),
    ("      - {key: a, text: b, when: {register: illegal_operations, explosion: true}}\n", 7,
     "units[0].situations[0].when.explosion", "只适用于事故"),
    ("      - {key: a, text: b, wen: {}}\n", 7, "units[0].situations[0].wen", "未知字段"),
])
def test_malformed_rule_is_located(situation, row, column, words):
    with pytest.raises(TemplateError) as caught:
        parse_veto_rules(GOOD_HEAD + situation, file="bad.yaml")
    err = caught.value
    assert (err.file, err.row, err.column) == ("bad.yaml", row, column)
    assert words in err.message and "bad.yaml" in str(err)


def test_yaml_syntax_error_names_the_line():
    with pytest.raises(TemplateError) as caught:
        parse_veto_rules(GOOD_HEAD + "      - {key: a\n", file="bad.yaml")
    assert caught.value.row is not None
