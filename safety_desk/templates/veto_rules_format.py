"""Veto rule files (forms/veto_rules/*.yaml) → ``domain.veto_rules.RuleSet``, with located errors like templates.

    rule_set = load_veto_rules(FORMS_DIR / "veto_rules" / "attachment2_2019.yaml")

A rule file names, per unit kind (department / street / enterprise), its situations and consequences::

    units:
      - kind: street
        situations:
          - {key: illegal-not-stopped, text: 发现非法生产经营行为未予有效制止的,
             when: {register: illegal_operations, min_count: 1}}
        consequences: 一年内不得推荐为评先树优对象……
    dismissal: {street: 1, district: 2, text: ……}
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from safety_desk.domain.accidents import GRADES
from safety_desk.domain.veto_rules import (
    CAUSES,
    REGISTER_UNITS,
    REGISTERS,
    UNIT_KINDS,
    Condition,
    DismissalRule,
    RuleSet,
    Situation,
    UnitRules,
)
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.safe_yaml import compose_yaml, read_yaml_file
from safety_desk.templates.yaml_format import YamlNodeReader

_ROOT_KEYS = {"id", "title", "source", "units", "dismissal"}
_UNIT_KEYS = {"kind", "situations", "consequences"}
_SITUATION_KEYS = {"key", "text", "when"}
_WHEN_KEYS = {"register", "explosion", "min_grade", "min_deaths", "illegal_production", "causes", "misreported",
              "min_count"}
_ACCIDENT_ONLY = {"explosion", "min_grade", "min_deaths", "illegal_production", "causes", "misreported"}
_DISMISSAL_KEYS = {"street", "district", "text"}
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0", ""}
_COUNT = re.compile(r"^[0-9]{1,6}$")  # ASCII digits: "²".isdigit() is True but int("²") fails


class _RuleReader(YamlNodeReader):
    def flag(self, m: dict[str, yaml.Node], key: str, field: str) -> bool:
        value = self.text(m, key, field).lower()
        if value not in _TRUE | _FALSE:
            raise self.fail(m[key], f"{field}.{key}", f"应为 true 或 false，而不是 “{value}”")
        return value in _TRUE

    def count(self, m: dict[str, yaml.Node], key: str, field: str, default: int, minimum: int) -> int:
        value = self.text(m, key, field)
        if not value:
            return default
        if not _COUNT.match(value) or int(value) < minimum:
            shown = value if len(value) <= 20 else value[:20] + "…"
            raise self.fail(m[key], f"{field}.{key}", f"应为不小于 {minimum}、不大于 999999 的整数，而不是 “{shown}”")
        return int(value)

    def rule_set(self, root: yaml.Node) -> RuleSet:
        m = self.mapping(root, "rules", _ROOT_KEYS)
        units = [self.unit(n, f"units[{i}]") for i, n in enumerate(self.sequence(m, "units", "rules"))]
        if not units:
            raise TemplateError("规则文件没有任何单位类别（units）", file=self.file, column="units")
        kinds = [u.kind for u in units]
        if len(set(kinds)) != len(kinds):
            raise TemplateError("同一单位类别出现了两次", file=self.file, column="units")
        dismissal = None
        if "dismissal" in m:
            d = self.mapping(m["dismissal"], "dismissal", _DISMISSAL_KEYS)
            dismissal = DismissalRule(street=self.count(d, "street", "dismissal", 1, 1),
                                      district=self.count(d, "district", "dismissal", 2, 1),
                                      text=self.text(d, "text", "dismissal", required=True))
        return RuleSet(key=self.text(m, "id", "rules", required=True), title=self.text(m, "title", "rules", required=True),
                       source=self.text(m, "source", "rules"), units=tuple(units), dismissal=dismissal)

    def unit(self, node: yaml.Node, field: str) -> UnitRules:
        m = self.mapping(node, field, _UNIT_KEYS)
        kind = self.text(m, "kind", field, required=True)
        if kind not in UNIT_KINDS:
            raise self.fail(m["kind"], f"{field}.kind", f"单位类别应为 {'/'.join(UNIT_KINDS)} 之一，而不是 “{kind}”")
        situations = [self.situation(n, f"{field}.situations[{i}]", kind)
                      for i, n in enumerate(self.sequence(m, "situations", field))]
        if not situations:
            raise self.fail(node, f"{field}.situations", "至少应有一种情形")
        return UnitRules(kind=kind, situations=tuple(situations),
                         consequences=self.text(m, "consequences", field, required=True))

    def situation(self, node: yaml.Node, field: str, kind: str) -> Situation:
        m = self.mapping(node, field, _SITUATION_KEYS)
        if "when" not in m:
            raise self.fail(node, f"{field}.when", "缺少条件（when）")
        return Situation(key=self.text(m, "key", field, required=True), text=self.text(m, "text", field, required=True),
                         condition=self.condition(m["when"], f"{field}.when", kind))

    def condition(self, node: yaml.Node, field: str, kind: str) -> Condition:
        m = self.mapping(node, field, _WHEN_KEYS)
        register = self.text(m, "register", field, required=True)
        if register not in REGISTERS:
            raise self.fail(m["register"], f"{field}.register", f"登记簿应为 {'/'.join(REGISTERS)} 之一")
        if kind not in REGISTER_UNITS[register]:
            raise self.fail(m["register"], f"{field}.register", f"登记簿 {register} 不能用于单位类别 {kind}")
        if register != "accidents":
            for key in _ACCIDENT_ONLY & set(m):
                raise self.fail(m[key], f"{field}.{key}", f"“{key}” 只适用于事故（accidents）")
        grade = self.text(m, "min_grade", field)
        if grade and grade not in GRADES:
            raise self.fail(m["min_grade"], f"{field}.min_grade", f"事故等级应为 {'/'.join(GRADES)} 之一")
        causes: list[str] = []
        for n in self.sequence(m, "causes", field):
            if not isinstance(n, yaml.ScalarNode) or n.value not in CAUSES:
                raise self.fail(n, f"{field}.causes", f"事故原因应为 {'/'.join(CAUSES)} 之一")
            causes.append(n.value)
        return Condition(register=register, explosion=self.flag(m, "explosion", field), min_grade=grade,
                         min_deaths=self.count(m, "min_deaths", field, 0, 0),
                         illegal_production=self.flag(m, "illegal_production", field), causes=tuple(causes),
                         misreported=self.flag(m, "misreported", field),
                         min_count=self.count(m, "min_count", field, 1, 1))


def parse_veto_rules(text: str, *, file: str = "<text>") -> RuleSet:
    root = compose_yaml(text, file=file)
    if root is None:
        raise TemplateError("规则文件为空", file=file)
    return _RuleReader(file).rule_set(root)


def load_veto_rules(path: str | Path) -> RuleSet:
    path = Path(path)
    return parse_veto_rules(read_yaml_file(path, what="规则文件"), file=str(path))
