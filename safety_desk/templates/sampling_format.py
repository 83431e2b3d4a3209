"""Files of 双随机 (forms/sampling/): the sampling item list, the ratio rules and a plan, with located errors.

    items = load_item_list(FORMS_DIR / "sampling" / "items_2019.yaml")     # list[SamplingItem]
    rules = load_rules(FORMS_DIR / "sampling" / "rules.yaml")              # SamplingRules
    spec = load_plan_file("计划.yaml")                                       # PlanSpec: items as keys or inline

Every error names the file, the line and the field (``TemplateError``), like checklist templates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from safety_desk.domain.sampling import (
    METHOD_ALIASES,
    SamplingItem,
    SamplingObject,
    SamplingRules,
    item_problems,
    rules_problems,
)
from safety_desk.paths import FORMS_DIR
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.yaml_format import KEY_PATTERN, MAX_YAML_BYTES, YamlNodeReader

SAMPLING_DIR = FORMS_DIR / "sampling"
SHIPPED_ITEMS = SAMPLING_DIR / "items_2019.yaml"
SHIPPED_RULES = SAMPLING_DIR / "rules.yaml"

_LIST_KEYS = {"id", "title", "source", "items"}
_ITEM_KEYS = {"key", "name", "kind", "department", "basis", "object", "method", "base_ratio", "frequency",
              "templates"}
_OBJECT_KEYS = {"sectors", "exclude_sectors", "key_categories", "flags", "risk_grades"}
_RULES_KEYS = {"id", "title", "source", "risk_multipliers", "credit_multipliers", "max_ratio", "min_per_stratum",
               "recently_inspected_days", "closed_category", "min_inspectors", "complaints"}
_COMPLAINTS_KEYS = {"window_days", "multipliers"}
_PLAN_KEYS = {"name", "start", "end", "lead_department", "items", "campaign", "rules"}


@dataclass
class PlanSpec:
    """A plan file as read: items are keys of the stored list (str) or whole items written out."""

    name: str
    start_date: date
    end_date: date
    lead_department: str
    items: list[str | SamplingItem]
    campaign: str = ""
    rules: SamplingRules | None = None
    file: str = ""
    item_lines: list[int] = field(default_factory=list)  # line of each item, for messages


class _Reader(YamlNodeReader):
    def strings(self, m: dict[str, yaml.Node], key: str, field: str) -> tuple[str, ...]:
        out = []
        for n, node in enumerate(self.sequence(m, key, field)):
            if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
                raise self.fail(node, f"{field}.{key}[{n}]", "应为非空文本")
            out.append(str(node.value).strip())
        return tuple(out)

    def number(self, m: dict[str, yaml.Node], key: str, field: str, default: float | None = None) -> float:
        text = self.text(m, key, field, required=default is None)
        if not text:
            return default  # type: ignore[return-value]
        try:
            return float(text.rstrip("%")) / 100 if text.endswith("%") else float(text)
        except ValueError:
            raise self.fail(m[key], f"{field}.{key}", f"应为数字，而不是 “{text}”") from None

    def integer(self, m: dict[str, yaml.Node], key: str, field: str, default: int) -> int:
        text = self.text(m, key, field)
        if not text:
            return default
        if not text.isdigit():
            raise self.fail(m[key], f"{field}.{key}", f"应为非负整数，而不是 “{text}”")
        return int(text)

    def day(self, m: dict[str, yaml.Node], key: str, field: str) -> date:
        text = self.text(m, key, field, required=True)
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise self.fail(m[key], f"{field}.{key}", f"日期应写作 YYYY-MM-DD，而不是 “{text}”") from None

    def item(self, node: yaml.Node, field: str) -> SamplingItem:
        m = self.mapping(node, field, _ITEM_KEYS)
        key = self.text(m, "key", field, required=True)
        if not KEY_PATTERN.match(key):
            raise self.fail(m["key"], f"{field}.key", "事项编号只能包含字母、数字、下划线、点和连字符（最多 80 个）")
        obj = SamplingObject()
        if "object" in m and not (isinstance(m["object"], yaml.ScalarNode) and m["object"].tag.endswith(":null")):
            om = self.mapping(m["object"], f"{field}.object", _OBJECT_KEYS)
            obj = SamplingObject(**{k: self.strings(om, k, f"{field}.object") for k in _OBJECT_KEYS})
        method = self.text(m, "method", field) or "实地核查"
        item = SamplingItem(
            key=key, name=self.text(m, "name", field, required=True),
            department=self.text(m, "department", field, required=True), basis=self.text(m, "basis", field),
            kind=self.text(m, "kind", field) or "一般检查事项", object=obj, method=METHOD_ALIASES.get(method, method),
            base_ratio=self.number(m, "base_ratio", field), frequency=self.text(m, "frequency", field),
            templates=self.strings(m, "templates", field))
        problems = item_problems(item)
        if problems:
            name, message = next(iter(problems.items()))
            top = name.split(".")[0]
            raise self.fail(m.get(top, node), f"{field}.{name}", message)
        return item

    def item_list(self, root: yaml.Node) -> list[SamplingItem]:
        m = self.mapping(root, "清单", _LIST_KEYS)
        items = [self.item(n, f"items[{i}]") for i, n in enumerate(self.sequence(m, "items", "清单"))]
        if not items:
            raise TemplateError("清单没有任何抽查事项", file=self.file, column="items")
        _no_duplicates(self, items, self.sequence(m, "items", "清单"))
        return items

    def multipliers(self, m: dict[str, yaml.Node], key: str) -> dict[str, float] | None:
        if key not in m:
            return None
        mm = m[key]
        if not isinstance(mm, yaml.MappingNode):
            raise self.fail(mm, key, "应为 等级: 倍数 的映射")
        out = {}
        for k, v in mm.value:
            try:
                out[str(k.value).strip()] = float(v.value)
            except (ValueError, TypeError):
                raise self.fail(v, f"{key}.{k.value}", f"倍数应为数字，而不是 “{v.value}”") from None
        return out

    def complaints(self, m: dict[str, yaml.Node]) -> dict:
        """``complaints: {window_days: 365, multipliers: {1: 1.5, 3: 2}}`` → the rules' complaint fields."""
        if "complaints" not in m:
            return {}
        cm = self.mapping(m["complaints"], "complaints", _COMPLAINTS_KEYS)
        table = self.multipliers(cm, "multipliers") or {}
        out: dict[int, float] = {}
        for threshold, value in table.items():
            if not threshold.isascii() or not threshold.isdigit() or len(threshold) > 6:
                raise self.fail(cm["multipliers"], f"complaints.multipliers.{threshold}",
                                f"投诉举报次数应为正整数，而不是 “{threshold}”")
            out[int(threshold)] = value
        return {"complaint_window_days": self.integer(cm, "window_days", "complaints", 0),
                "complaint_multipliers": out}

    def rules(self, root: yaml.Node) -> SamplingRules:
        m = self.mapping(root, "rules", _RULES_KEYS)
        base = SamplingRules()
        rules = SamplingRules(
            risk_multipliers=self.multipliers(m, "risk_multipliers") or base.risk_multipliers,
            credit_multipliers=self.multipliers(m, "credit_multipliers") or base.credit_multipliers,
            max_ratio=self.number(m, "max_ratio", "rules", default=1.0),
            min_per_stratum=self.integer(m, "min_per_stratum", "rules", 1),
            recently_inspected_days=self.integer(m, "recently_inspected_days", "rules", 0),
            closed_category=self.text(m, "closed_category", "rules"),
            min_inspectors=self.integer(m, "min_inspectors", "rules", 2),
            title=self.text(m, "title", "rules"), source=self.text(m, "source", "rules"),
            **self.complaints(m))
        problems = rules_problems(rules)
        if problems:
            name, message = next(iter(problems.items()))
            raise self.fail(m.get(name, root), name, message)
        return rules


def _no_duplicates(reader: _Reader, items: list[SamplingItem], nodes: list[yaml.Node]) -> None:
    seen: set[str] = set()
    for n, (item, node) in enumerate(zip(items, nodes)):
        if item.key in seen:
            raise reader.fail(node, f"items[{n}].key", f"事项编号 “{item.key}” 重复")
        seen.add(item.key)


def _compose(path: str | Path) -> tuple[yaml.Node, str]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise TemplateError(f"文件过大（{size // 1024} KB，上限 {MAX_YAML_BYTES // 1024} KB）", file=path)
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError("不是 UTF-8 编码的文本文件", file=path) from None
    except OSError as exc:
        raise TemplateError(f"无法读取文件：{exc.strerror or exc}", file=path) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise TemplateError(f"YAML 格式错误：{exc.problem}", file=path,
                            row=mark.line + 1 if mark is not None else None) from None
    except yaml.YAMLError as exc:
        raise TemplateError(f"YAML 格式错误：{exc}", file=path) from None
    if root is None:
        raise TemplateError("文件是空的", file=path)
    return root, str(path)


def load_item_list(path: str | Path = SHIPPED_ITEMS) -> list[SamplingItem]:
    root, file = _compose(path)
    return _Reader(file).item_list(root)


def load_rules(path: str | Path = SHIPPED_RULES) -> SamplingRules:
    root, file = _compose(path)
    return _Reader(file).rules(root)


def load_plan_file(path: str | Path) -> PlanSpec:
    root, file = _compose(path)
    r = _Reader(file)
    m = r.mapping(root, "plan", _PLAN_KEYS)
    name = r.text(m, "name", "plan", required=True)
    start, end = r.day(m, "start", "plan"), r.day(m, "end", "plan")
    if end < start:
        raise r.fail(m["end"], "end", "结束日期不能早于开始日期")
    lead = r.text(m, "lead_department", "plan", required=True)
    items: list[str | SamplingItem] = []
    lines = []
    for n, node in enumerate(r.sequence(m, "items", "plan")):
        if isinstance(node, yaml.ScalarNode):
            key = str(node.value).strip()
            if not key:
                raise r.fail(node, f"items[{n}]", "事项编号不能为空")
            items.append(key)
        else:
            items.append(r.item(node, f"items[{n}]"))
        lines.append(node.start_mark.line + 1)
    if not items:
        raise TemplateError("计划至少包含一个抽查事项", file=file, column="items")
    rules = None
    rules_file = r.text(m, "rules", "plan")
    if rules_file:
        rules_path = Path(rules_file)
        if not rules_path.is_absolute():
            rules_path = Path(file).parent / rules_path
        rules = load_rules(rules_path)
    return PlanSpec(name=name, start_date=start, end_date=end, lead_department=lead, items=items,
                    campaign=r.text(m, "campaign", "plan"), rules=rules, file=file, item_lines=lines)
