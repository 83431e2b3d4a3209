"""The files of forms/sampling/: the shipped ones are valid, and a bad one is refused naming line and field."""

from __future__ import annotations

import pytest

from safety_desk.templates.errors import TemplateError
from safety_desk.templates.sampling_format import SHIPPED_ITEMS, SHIPPED_RULES, load_item_list, load_plan_file, load_rules
from tests.support.sampling import PLAN_FILE


def test_shipped_files_read():
    items = load_item_list(SHIPPED_ITEMS)
    assert len(items) == 7 and len({i.key for i in items}) == 7
    assert all(i.basis and i.department.startswith("区") and i.templates for i in items)
    rules = load_rules(SHIPPED_RULES)
    assert rules.risk_multipliers["重大风险"] > rules.risk_multipliers["低风险"]
    assert rules.credit_multipliers["D"] > rules.credit_multipliers["A"]  # bad credit up, good credit down
    assert "假设" in rules.title
    spec = load_plan_file(PLAN_FILE)
    assert spec.items[0] == "yj-enforcement-other-enterprises" and spec.rules is None


@pytest.mark.parametrize(("text", "where"), [
    ("items:\n  - key: a\n    name: 事项\n    department: 区应急局\n    base_ratio: 2\n    templates: [x]\n",
     "第 5 行，列 “items[0].base_ratio”"),
    ("items:\n  - key: a\n    name: 事项\n    department: 区应急局\n    base_ratio: 0.1\n    method: 电话抽查\n"
     "    templates: [x]\n", "第 6 行，列 “items[0].method”"),
    ("items:\n  - key: a\n    name: 事项\n    base_ratio: 0.1\n    templates: [x]\n", "列 “items[0].department”"),
    ("items:\n  - {key: a, name: 甲, department: 乙, base_ratio: 5%, templates: [x], colour: red}\n",
     "列 “items[0].colour”"),
])
def test_bad_item_list_is_located(tmp_path, text, where):
    f = tmp_path / "items.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError) as exc:
        load_item_list(f)
    assert where in str(exc.value) and "items.yaml" in str(exc.value)


def test_percent_ratio_and_method_alias(tmp_path):
    f = tmp_path / "items.yaml"
    f.write_text("items:\n  - {key: a, name: 甲, department: 乙, base_ratio: 5%, method: 现场检查, templates: [x]}\n",
                 encoding="utf-8")
    item = load_item_list(f)[0]
    assert item.base_ratio == pytest.approx(0.05) and item.method == "实地核查"


def test_bad_rules_are_located(tmp_path):
    f = tmp_path / "rules.yaml"
    f.write_text("risk_multipliers: {重大风险: 3, 极高风险: 9}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="极高风险"):
        load_rules(f)
    f.write_text("min_inspectors: 1\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="第 1 行.*两名"):
        load_rules(f)
