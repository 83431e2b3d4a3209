"""The template browser: stored templates, the section/item/point tree, and an item's eight columns."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QSplitter, QTreeView, QVBoxLayout, QWidget

from safety_desk.domain.templates import Template
from safety_desk.services import templates as template_service
from safety_desk.store.database import Store
from safety_desk.ui.templates.item_detail import ItemDetailView, item_html, section_html, template_html
from safety_desk.ui.templates.template_models import NodePathRole, TemplateListModel, build_tree_model


class TemplateBrowser(QWidget):
    """Left: templates. Middle: the tree. Right: the selected item's columns."""

    template_shown = Signal(str)  # stored template id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._template: Template | None = None

        self.list_model = TemplateListModel(self)
        self.template_list = QListView(objectName="templateList")
        self.template_list.setModel(self.list_model)
        self.template_list.setWordWrap(True)
        self.template_list.selectionModel().selectionChanged.connect(self._on_template_selected)

        self.tree = QTreeView(objectName="templateTree")
        self.tree.setHeaderHidden(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree_model = build_tree_model(Template("", 1, ""), self)
        self.tree.setModel(self.tree_model)

        self.detail = ItemDetailView()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Checklist templates")))
        left_layout.addWidget(self.template_list)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(QLabel(self.tr("Sections, items and check points")))
        middle_layout.addWidget(self.tree)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        for w in (left, middle, self.detail):
            splitter.addWidget(w)
        splitter.setSizes([320, 440, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # labels used in the detail HTML, translated once per call so a language switch would apply
    def _labels(self) -> dict:
        return {
            "point_basis": self.tr("Basis for point"),
            "omitted": self.tr("Not given in the source document."),
            "pick_item": self.tr("Choose an item to see its columns."),
            "title": self.tr("Title"),
            "key": self.tr("Template id"),
            "sector": self.tr("Sector"),
            "source": self.tr("Source"),
            "description": self.tr("Description"),
            "counts": self.tr("Sections / items / points"),
        }

    def reload(self, select_id: str | None = None) -> None:
        """Re-read the template list (after an import) and select ``select_id`` or the first template."""
        current = select_id or self.current_template_id()
        self.list_model.set_templates(template_service.list_templates(store=self._store))
        row = self.list_model.row_of(current) if current else -1
        if row < 0 and self.list_model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.template_list.setCurrentIndex(self.list_model.index(row))

    def current_template_id(self) -> str | None:
        index = self.template_list.currentIndex()
        return self.list_model.template_at(index.row()).id if index.isValid() else None

    def show_template(self, template_id: str) -> None:
        self._template = template_service.get_template(store=self._store, template_id=template_id)
        self.tree_model = build_tree_model(self._template, self)
        self.tree_model.setHorizontalHeaderLabels([self._template.title])
        self.tree.setModel(self.tree_model)
        self.tree.expandAll()
        self.tree.selectionModel().selectionChanged.connect(self._on_node_selected)
        self.detail.setHtml(template_html(self._template, labels=self._labels()))
        # Open on the first item, so that a new user sees the catalogue's columns at once.
        first_section = self.tree_model.index(0, 0)
        first_item = self.tree_model.index(0, 0, first_section)
        if first_item.isValid():
            self.tree.setCurrentIndex(first_item)
        self.template_shown.emit(template_id)

    def _on_template_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.show_template(self.list_model.template_at(indexes[0].row()).id)

    def _on_node_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._template is None:
            return
        s_idx, i_idx, p_idx = indexes[0].data(NodePathRole)
        section = self._template.sections[s_idx]
        if i_idx < 0:
            self.detail.setHtml(section_html(self._template, section, labels=self._labels()))
            return
        item = section.items[i_idx]
        point = item.points[p_idx] if p_idx >= 0 else None
        self.detail.setHtml(item_html(self._template, section, item, point, labels=self._labels()))
