"""Qt models over templates: the list of stored templates and one template's section/item/point tree."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from safety_desk.domain.templates import Template
from safety_desk.store.templates_repo import StoredTemplate

TemplateIdRole = Qt.ItemDataRole.UserRole + 1
NodeKindRole = Qt.ItemDataRole.UserRole + 2  # "section" | "item" | "point"
NodePathRole = Qt.ItemDataRole.UserRole + 3  # (section index, item index, point index or -1)

_Index = QModelIndex | QPersistentModelIndex


class TemplateListModel(QAbstractListModel):
    """Stored templates, one row per version."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[StoredTemplate] = []

    def set_templates(self, rows: list[StoredTemplate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def template_at(self, row: int) -> StoredTemplate:
        return self._rows[row]

    def row_of(self, template_id: str) -> int:
        return next((n for n, t in enumerate(self._rows) if t.id == template_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{t.title}  v{t.version}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{t.key} v{t.version}\n{t.sections} / {t.items} / {t.points}\n{t.origin}"
        if role == TemplateIdRole:
            return t.id
        return None


def build_tree_model(template: Template, parent=None) -> QStandardItemModel:
    """Sections → items → points. Small (tens of rows), so a standard item model is enough."""
    model = QStandardItemModel(parent)
    for s_idx, section in enumerate(template.sections):
        heading = section.heading if not section.omitted else f"{section.heading}（{section.note or '略'}）"
        s_node = _node(heading, "section", (s_idx, -1, -1))
        for i_idx, item in enumerate(section.items):
            i_node = _node(item.heading, "item", (s_idx, i_idx, -1))
            for p_idx, point in enumerate(item.points):
                i_node.appendRow(_node(f"{point.label}{point.text}", "point", (s_idx, i_idx, p_idx)))
            s_node.appendRow(i_node)
        model.appendRow(s_node)
    return model


def _node(text: str, kind: str, path: tuple[int, int, int]) -> QStandardItem:
    node = QStandardItem(text)
    node.setEditable(False)
    node.setToolTip(text)
    node.setData(kind, NodeKindRole)
    node.setData(path, NodePathRole)
    return node
