"""The eight catalogue columns of one item (and the selected point), laid out to read, not as a cramped row."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from safety_desk.domain.templates import ITEM_COLUMNS, CheckPoint, Item, Section, Template


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>") if value else '<span style="color:#888">—</span>'


def item_html(template: Template, section: Section, item: Item, point: CheckPoint | None, *, labels: dict) -> str:
    """HTML for QTextBrowser. Catalogue text is escaped: a "<" in an office's sheet must show as typed."""
    parts = [
        f'<p style="color:#555">{escape(template.title)} · v{template.version}</p>',
        f"<h3>检查项目</h3><p>{_text(section.heading)}</p>",
        f"<h3>检查内容</h3><p><b>{escape(item.heading)}</b></p><ol style='list-style:none'>",
    ]
    for p in item.points:
        style = ' style="background:#fff3c4"' if point is p else ""
        parts.append(f"<li{style}>{escape(p.label)}{_text(p.text)}</li>")
    parts.append("</ol>")
    if point is not None and point.basis:
        parts.append(f"<h3>{escape(labels['point_basis'])} {escape(point.label)}</h3><p>{_text(point.basis)}</p>")
    for attr, heading in ITEM_COLUMNS:
        parts.append(f"<h3>{heading}</h3><p>{_text(getattr(item, attr))}</p>")
    return "\n".join(parts)


def section_html(template: Template, section: Section, *, labels: dict) -> str:
    body = escape(section.note or labels["omitted"]) if section.omitted else escape(labels["pick_item"])
    return f'<p style="color:#555">{escape(template.title)}</p><h3>{escape(section.heading)}</h3><p>{body}</p>'


def template_html(template: Template, *, labels: dict) -> str:
    c = template.counts()
    rows = [
        (labels["title"], template.title),
        (labels["key"], f"{template.key} · v{template.version}"),
        (labels["sector"], template.sector),
        (labels["source"], template.source),
        (labels["description"], template.description),
        (labels["counts"], f"{c['sections']} / {c['items']} / {c['points']}"),
    ]
    return "<table cellpadding='4'>" + "".join(
        f"<tr><td style='color:#555'>{escape(k)}</td><td>{_text(v)}</td></tr>" for k, v in rows
    ) + "</table>"


class ItemDetailView(QTextBrowser):
    """Read-only, selectable, scrolls when a column is long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDetail")
        self.setOpenExternalLinks(False)
