"""Compose untrusted YAML into nodes with bounds: no anchors or aliases, limited depth, node count and size.

Templates and rule files are read as YAML nodes (so that errors name lines), never constructed into Python
objects. PyYAML's composer follows aliases, so a 1 KB "billion laughs" file expands into millions of nodes, and it
recurses once per nesting level, so 1,000 nested ``[`` end in a RecursionError. Here an anchor or alias is refused
where it stands, and depth and node count are capped while composing::

    root = compose_yaml(text, file="街道检查表.yaml")   # a yaml.Node, or TemplateError with the line

The format needs none of what is refused: templates are plain mappings, lists and text.
"""

from __future__ import annotations

import yaml

from safety_desk.templates.errors import TemplateError

MAX_YAML_BYTES = 5 * 1024 * 1024
# A template is mapping → sections → section → items → item → points → point → text: depth 8.
MAX_DEPTH = 32
# The largest catalogue we accept (5,000 rows of 8 columns) is well under this.
MAX_NODES = 200_000


# libyaml parses ten times faster than the pure-Python parser (a 5 MB field in 0.5 s rather than 6 s); PyYAML's
# wheels ship it, but a source build may not.
_PARSER = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
_RESOLVER = yaml.resolver.Resolver()


def _row(event: yaml.Event) -> int | None:
    return event.start_mark.line + 1 if event.start_mark is not None else None


def _compose(events, file: str) -> yaml.Node | None:
    """PyYAML's Composer, but iterative, without anchors and aliases, and bounded."""

    def fail(event: yaml.Event, message: str) -> TemplateError:
        return TemplateError(message, file=file, row=_row(event))

    root: yaml.Node | None = None
    stack: list[tuple[yaml.CollectionNode, list[yaml.Node]]] = []  # open collections, a mapping's pending key
    nodes = documents = 0
    for event in events:
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            continue
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise fail(event, "文件中只能有一个 YAML 文档（不要使用 “---” 分隔多个文档）")
            continue
        if isinstance(event, yaml.AliasEvent):
            raise fail(event, f"不支持 YAML 别名 “*{event.anchor}”，请把内容直接写出")
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            stack.pop()[0].end_mark = event.end_mark
            continue
        if event.anchor is not None:
            raise fail(event, f"不支持 YAML 锚点 “&{event.anchor}”，请把内容直接写出")
        nodes += 1
        if nodes > MAX_NODES:
            raise fail(event, f"内容过多（超过 {MAX_NODES} 个节点）")
        tag = event.tag
        node: yaml.Node
        if isinstance(event, yaml.ScalarEvent):
            if tag is None or tag == "!":
                tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
            node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
        elif isinstance(event, yaml.SequenceStartEvent):
            tag = _RESOLVER.resolve(yaml.SequenceNode, None, event.implicit) if tag in (None, "!") else tag
            node = yaml.SequenceNode(tag, [], event.start_mark, None, flow_style=event.flow_style)
        else:
            tag = _RESOLVER.resolve(yaml.MappingNode, None, event.implicit) if tag in (None, "!") else tag
            node = yaml.MappingNode(tag, [], event.start_mark, None, flow_style=event.flow_style)
        if not stack:
            root = node
        else:
            parent, pending = stack[-1]
            if isinstance(parent, yaml.SequenceNode):
                parent.value.append(node)
            elif pending:
                parent.value.append((pending.pop(), node))
            else:
                pending.append(node)
        if isinstance(node, yaml.CollectionNode):
            stack.append((node, []))
            if len(stack) > MAX_DEPTH:
                raise fail(event, f"嵌套过深（超过 {MAX_DEPTH} 层）")
    return root


def compose_yaml(text: str, *, file: str = "<text>") -> yaml.Node | None:
    """The single document of ``text`` as a node tree (None when empty); TemplateError naming the line otherwise."""
    if len(text) > MAX_YAML_BYTES:  # characters ≤ bytes: a text this long is too large in any encoding
        raise TemplateError(f"内容过大（{len(text) // 1024} KB，上限 {MAX_YAML_BYTES // 1024} KB）", file=file)
    try:
        return _compose(yaml.parse(text, Loader=_PARSER), file)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        row = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or str(exc)
        if "nesting depth" in problem:  # libyaml's own limit (1,000 levels) met while scanning ahead
            raise TemplateError(f"嵌套过深（超过 {MAX_DEPTH} 层）", file=file, row=row) from None
        raise TemplateError(f"YAML 格式错误：{problem}", file=file, row=row) from None
    except yaml.YAMLError as exc:
        raise TemplateError(f"YAML 格式错误：{exc}", file=file) from None
    except UnicodeError:  # a lone surrogate in text that did not come from a file
        raise TemplateError("含有无效的字符（不是有效的 Unicode 文本）", file=file) from None


def read_yaml_file(path, *, what: str = "文件") -> str:
    """A YAML file's text, refusing files over MAX_YAML_BYTES before reading and text that is not UTF-8."""
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise TemplateError(f"{what}过大（{size // 1024} KB，上限 {MAX_YAML_BYTES // 1024} KB）", file=path)
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError("不是 UTF-8 编码的文本文件", file=path) from None
    except OSError as exc:
        raise TemplateError(f"无法读取文件：{exc.strerror or exc}", file=path) from None
