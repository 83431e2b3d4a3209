"""The diffable template format in forms/*.yaml.

Example (the keys are English so that diffs read the same everywhere; the values are the catalogue's words)::

    id: chem-enterprise-hazard-catalogue
    version: 1
    title: 化工企业安全生产风险隐患排查整治指导目录
    sections:
      - code: （一）
        title: 风险分级管控体系建设
        items:
          - number: "1"
            title: 隐患排查
            points:
              - {label: ①, text: 是否建立排查治理制度。, basis: …}
            basis: …            # 检查依据
            method: …           # 检查方法
            common_problems: …  # 常见问题
            disposal_basis: …   # 处置依据
            requirement: …      # 整改要求
            acceptance: …       # 复查验收
      - {code: （二）, title: "", omitted: true, note: 原文略}

Validation walks YAML nodes rather than plain dicts so that every error names the line it is on.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from safety_desk.domain.templates import (
    ITEM_COLUMNS,
    MAX_POINTS,
    MAX_TEXT_CHARS,
    MAX_VERSION,
    CheckPoint,
    Item,
    Section,
    Template,
)
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.safe_yaml import MAX_YAML_BYTES, compose_yaml, read_yaml_file

__all__ = ["MAX_YAML_BYTES", "KEY_PATTERN", "YamlNodeReader", "parse_yaml_template", "load_yaml_template"]

KEY_PATTERN = re.compile(r"^[\w.\-]{1,80}$")
# ASCII digits only: str.isdigit() also accepts "²" and "١", which int() then refuses or misreads.
VERSION_PATTERN = re.compile(r"^[0-9]{1,7}$")
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

_TEMPLATE_KEYS = {"id", "version", "title", "sector", "source", "description", "sections"}
_SECTION_KEYS = {"code", "title", "items", "omitted", "note"}
_ITEM_KEYS = {"number", "title", "points"} | {a for a, _ in ITEM_COLUMNS}
_POINT_KEYS = {"label", "text", "basis"}


class YamlNodeReader:
    """Turns YAML nodes into domain objects, raising located TemplateErrors."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.points_seen = 0

    def fail(self, node: yaml.Node, field: str, message: str) -> TemplateError:
        return TemplateError(message, file=self.file, row=node.start_mark.line + 1, column=field)

    def mapping(self, node: yaml.Node, field: str, allowed: set[str]) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, field, "应为键值映射")
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):  # "? [a, b]": a list or mapping as a key
                raise self.fail(key_node, field, "字段名应为文本，而不是列表或映射")
            key = key_node.value
            if key not in allowed:
                raise self.fail(key_node, f"{field}.{key}", f"未知字段 “{key}”（可用：{'、'.join(sorted(allowed))}）")
            if key in out:
                raise self.fail(key_node, f"{field}.{key}", f"字段 “{key}” 重复")
            out[key] = value_node
        return out

    def text(self, m: dict[str, yaml.Node], key: str, field: str, *, required: bool = False) -> str:
        node = m.get(key)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            if required:
                raise TemplateError("缺少必填字段", file=self.file, column=f"{field}.{key}")
            return ""
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"{field}.{key}", "应为文本")
        value = self.capped(node, f"{field}.{key}")
        if required and not value:
            raise self.fail(node, f"{field}.{key}", "不能为空")
        return value

    def capped(self, node: yaml.ScalarNode, field: str) -> str:
        """A scalar's text, stripped; refused past MAX_TEXT_CHARS like an Excel cell."""
        value = str(node.value).strip()
        if len(value) > MAX_TEXT_CHARS:
            raise self.fail(node, field, f"文本过长（{len(value)} 个字符，上限 {MAX_TEXT_CHARS} 个）")
        if _UNPRINTABLE.search(value):  # "\0" or "\ud800" escapes: text that cannot be printed or stored
            raise self.fail(node, field, "含有控制字符或无效字符")
        return value

    def sequence(self, m: dict[str, yaml.Node], key: str, field: str) -> list[yaml.Node]:
        node = m.get(key)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{field}.{key}", "应为列表")
        return list(node.value)

    def template(self, root: yaml.Node) -> Template:
        m = self.mapping(root, "template", _TEMPLATE_KEYS)
        key = self.text(m, "id", "template", required=True)
        if not KEY_PATTERN.match(key):
            raise self.fail(m["id"], "id", "模板编号只能包含字母、数字、下划线、点和连字符（最多 80 个）")
        version_text = self.text(m, "version", "template", required=True)
        if not VERSION_PATTERN.match(version_text) or not 1 <= int(version_text) <= MAX_VERSION:
            shown = version_text if len(version_text) <= 20 else version_text[:20] + "…"
            raise self.fail(m["version"], "version", f"版本号应为不大于 {MAX_VERSION} 的正整数，而不是 “{shown}”")
        self.points_seen = 0
        sections = [
            self.section(node, f"sections[{n}]") for n, node in enumerate(self.sequence(m, "sections", "template"))
        ]
        if not any(s.items for s in sections):
            raise TemplateError("模板没有任何检查项目", file=self.file, column="sections")
        return Template(
            key=key,
            version=int(version_text),
            title=self.text(m, "title", "template", required=True),
            sector=self.text(m, "sector", "template"),
            source=self.text(m, "source", "template"),
            description=self.text(m, "description", "template"),
            sections=sections,
        )

    def section(self, node: yaml.Node, field: str) -> Section:
        m = self.mapping(node, field, _SECTION_KEYS)
        omitted = self.text(m, "omitted", field).lower() in {"true", "yes", "1"}
        items = [self.item(n, f"{field}.items[{i}]") for i, n in enumerate(self.sequence(m, "items", field))]
        if omitted and items:
            raise self.fail(node, f"{field}.omitted", "标为“略”的部分不应有检查内容")
        if not omitted and not items:
            raise self.fail(node, f"{field}.items", "没有检查内容；若原文未给出，请写 omitted: true")
        return Section(
            code=self.text(m, "code", field),
            title=self.text(m, "title", field, required=not omitted),
            items=items,
            omitted=omitted,
            note=self.text(m, "note", field),
        )

    def item(self, node: yaml.Node, field: str) -> Item:
        m = self.mapping(node, field, _ITEM_KEYS)
        points = [self.point(n, f"{field}.points[{i}]") for i, n in enumerate(self.sequence(m, "points", field))]
        if not points:
            raise self.fail(node, f"{field}.points", "检查内容至少应有一个检查点")
        columns = {attr: self.text(m, attr, field) for attr, _ in ITEM_COLUMNS}
        return Item(
            number=self.text(m, "number", field),
            title=self.text(m, "title", field, required=True),
            points=points,
            **columns,
        )

    def point(self, node: yaml.Node, field: str) -> CheckPoint:
        self.points_seen += 1
        if self.points_seen > MAX_POINTS:
            raise self.fail(node, field, f"检查点过多（上限 {MAX_POINTS} 个）")
        if isinstance(node, yaml.ScalarNode):  # a bare string is a point without label
            text = self.capped(node, field)
            if not text:
                raise self.fail(node, field, "检查点不能为空")
            return CheckPoint(label="", text=text)
        m = self.mapping(node, field, _POINT_KEYS)
        return CheckPoint(
            label=self.text(m, "label", field),
            text=self.text(m, "text", field, required=True),
            basis=self.text(m, "basis", field),
        )


def parse_yaml_template(text: str, *, file: str = "<text>") -> Template:
    """Parse template YAML text; raise TemplateError naming the line and field of any problem."""
    root = compose_yaml(text, file=file)
    if root is None:
        raise TemplateError("文件是空的", file=file)
    return YamlNodeReader(file).template(root)


def load_yaml_template(path: str | Path) -> Template:
    """Read a template file from forms/ or from the user."""
    path = Path(path)
    return parse_yaml_template(read_yaml_file(path), file=str(path))


def dump_yaml_template(template: Template) -> str:
    """Write a template in the forms/ format (used to turn an imported Excel catalogue into a diffable file)."""

    def item_dict(item: Item) -> dict:
        d: dict = {"number": item.number, "title": item.title, "points": []}
        for p in item.points:
            pd = {"label": p.label, "text": p.text}
            if p.basis:
                pd["basis"] = p.basis
            d["points"].append(pd)
        for attr, _ in ITEM_COLUMNS:
            if getattr(item, attr):
                d[attr] = getattr(item, attr)
        return d

    data = {
        "id": template.key,
        "version": template.version,
        "title": template.title,
        "sector": template.sector,
        "source": template.source,
        "description": template.description,
        "sections": [
            {"code": s.code, "title": s.title, "omitted": True, "note": s.note}
            if s.omitted
            else {"code": s.code, "title": s.title, "items": [item_dict(i) for i in s.items]}
            for s in template.sections
        ],
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
