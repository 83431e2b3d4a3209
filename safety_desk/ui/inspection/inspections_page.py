"""The inspections tab: the list of inspections (or a welcome panel on a new database), and one inspection."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safety_desk.services import inspections as inspection_service
from safety_desk.services.inspections import InspectionInfo
from safety_desk.store.database import Store
from safety_desk.ui.inspection.inspection_view import InspectionView
from safety_desk.ui.common.record_table_model import RecordIdRole, RecordTableModel

InspectionIdRole = RecordIdRole


class InspectionListModel(RecordTableModel[InspectionInfo]):
    """A campaign's inspections: hundreds at most, read in one query."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Date"), lambda r: r.inspection_date.isoformat()),
            (self.tr("Enterprise"), lambda r: r.enterprise_name),
            (self.tr("Street"), lambda r: r.street),
            (self.tr("Phase"), lambda r: r.phase),
            (self.tr("Inspectors"), lambda r: "、".join(r.inspectors)),
            (self.tr("Checklists"), lambda r: "；".join(r.template_titles)),
        ]


class InspectionsPage(QStackedWidget):
    """Page 0: the list of inspections. Page 1: the open inspection."""

    open_finding = Signal(str)
    inspection_opened = Signal(str)
    inspection_closed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.view: InspectionView | None = None

        self.model = InspectionListModel(self)
        self.table = QTableView(objectName="inspectionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.open_inspection(index.data(InspectionIdRole)))

        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        layout.addWidget(self.table, 1)
        self.addWidget(list_page)
        self.reload()

    def reload(self) -> None:
        rows = inspection_service.list_inspections(store=self.store)
        self.model.set_records(rows)

    def open_inspection(self, inspection_id: str) -> InspectionView:
        self.close_inspection(remember=False)
        self.view = InspectionView(self.store, inspection_id, self)
        self.view.open_finding.connect(self.open_finding)
        self.view.closed.connect(self.close_inspection)
        self.addWidget(self.view)
        self.setCurrentWidget(self.view)
        inspection_service.remember_open_inspection(store=self.store, inspection_id=inspection_id)
        self.inspection_opened.emit(inspection_id)
        return self.view

    def close_inspection(self, remember: bool = True) -> None:
        if self.view is None:
            return
        self.removeWidget(self.view)
        self.view.deleteLater()
        self.view = None
        self.setCurrentIndex(0)
        if remember:
            inspection_service.remember_open_inspection(store=self.store, inspection_id=None)
        self.reload()
        self.inspection_closed.emit()
