"""The 线索 tab: leads newest first with filters (source, status, overdue, not dealt with, search), New / Edit, and
the office's due-date setting. Every write goes through the lead service and ends with ``changed``.

Keyboard: Ctrl+N a new lead, Enter or double-click opens the selected one, Ctrl+F the search box.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.leads import MAX_DUE_WORKDAYS, SOURCES, STATUSES
from safety_desk.errors import UserError
from safety_desk.services import leads as service
from safety_desk.services import registers as register_service
from safety_desk.store.database import Store
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.common.record_table_model import RecordIdRole
from safety_desk.ui.common.vocabulary import fill_combo
from safety_desk.ui.leads.exposure_dialog import ExposureDialog
from safety_desk.ui.leads.lead_dialog import LeadDialog
from safety_desk.ui.leads.lead_models import LeadTableModel


class LeadsView(QWidget):
    changed = Signal()
    open_inspection = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.today: date | None = None  # None: the real today (tests set a day)
        self.model = LeadTableModel(self)
        self.source_combo = QComboBox(objectName="leadSourceFilter")
        self.source_combo.addItem(self.tr("All sources"), "")
        fill_combo(self.source_combo, SOURCES)  # shown in the UI's language, filtering on the stored value
        self.status_combo = QComboBox(objectName="leadStatusFilter")
        self.status_combo.addItem(self.tr("Any status"), "")
        fill_combo(self.status_combo, STATUSES)
        self.overdue_check = QCheckBox(self.tr("Overdue"), objectName="leadOverdueFilter")
        self.dereliction_check = QCheckBox(self.tr("True but not dealt with"), objectName="leadDerelictionFilter")
        self.search_edit = QLineEdit(objectName="leadSearch", placeholderText=self.tr("Search enterprise, text, case…"))
        self.summary = QLabel(objectName="leadSummary")
        self.message = QLabel(objectName="leadMessage", wordWrap=True)
        self.message.setStyleSheet("color: #b71c1c")
        self.message.hide()
        self.due_spin = QSpinBox(objectName="leadDueSetting", minimum=1, maximum=MAX_DUE_WORKDAYS,
                                 value=service.lead_due_setting(store=store))
        self.due_spin.setToolTip(self.tr("The office's choice, not a legal limit: new leads are due this many "
                                         "working days after the day received"))
        self.new_button = QPushButton(self.tr("New lead…"), objectName="leadNew")
        self.edit_button = QPushButton(self.tr("Open…"), objectName="leadEdit", enabled=False)
        self.exposure_button = QPushButton(self.tr("Exposure list…"), objectName="exposureButton")
        self.table = QTableView(objectName="leadTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        filters = QHBoxLayout()
        for widget in (self.source_combo, self.status_combo, self.overdue_check, self.dereliction_check):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(QLabel(self.tr("Due within (working days):")))
        bar.addWidget(self.due_spin)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.exposure_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        for combo in (self.source_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.reload)
        for check in (self.overdue_check, self.dereliction_check):
            check.toggled.connect(self.reload)
        # typing pauses before the list is re-read (10,000 leads take about a second: bench/leads_list.py)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.due_spin.editingFinished.connect(self._save_due_setting)
        self.new_button.clicked.connect(self.new_lead)
        self.edit_button.clicked.connect(self._edit_current)
        self.exposure_button.clicked.connect(self.open_exposure)
        self.table.activated.connect(self._edit_index)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.edit_button.setEnabled(self.current_id() is not None))
        self.model.modelReset.connect(lambda: self.edit_button.setEnabled(False))
        QShortcut(QKeySequence.StandardKey.New, self, self.new_lead)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        self.reload()

    def reload(self) -> None:
        views = service.list_leads(
            store=self._store, today=self.today, source=self.source_combo.currentData() or None,
            status=self.status_combo.currentData() or None, overdue=True if self.overdue_check.isChecked() else None,
            dereliction=True if self.dereliction_check.isChecked() else None, search=self.search_edit.text())
        self.model.set_records(views)
        self.summary.setText(self.tr("{n} leads shown, {overdue} overdue, {flagged} true but not dealt with").format(
            n=len(views), overdue=sum(v.overdue for v in views), flagged=sum(v.dereliction for v in views)))

    def show_filter(self, *, overdue: bool = False, dereliction: bool = False) -> None:
        """What a dashboard figure asks for."""
        self.overdue_check.setChecked(overdue)
        self.dereliction_check.setChecked(dereliction)

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RecordIdRole) if rows else None

    def select_id(self, lead_id: str) -> None:
        row = self.model.row_of(lead_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _save_due_setting(self) -> None:
        try:
            service.set_lead_due_setting(store=self._store, workdays=self.due_spin.value())
        except UserError as exc:
            show_error(self, self.tr("Cannot save"), str(exc))

    def open_exposure(self) -> ExposureDialog:
        dialog = ExposureDialog(self._store, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- new / edit ---------------------------------------------------------------------------------------------

    def new_lead(self) -> LeadDialog:
        return self._open_form(None)

    def edit_lead(self, lead_id: str) -> LeadDialog | None:
        try:
            lead = service.get_lead(store=self._store, lead_id=lead_id)
        except UserError as exc:  # deleted meanwhile (another window or a merged package)
            show_error(self, self.tr("Cannot open the lead"), str(exc))
            self.reload()
            return None
        return self._open_form(lead)

    def _edit_current(self) -> None:
        lead_id = self.current_id()
        if lead_id:
            self.edit_lead(lead_id)

    def _edit_index(self, index: QModelIndex) -> None:
        lead_id = index.data(RecordIdRole)
        if lead_id:
            self.edit_lead(lead_id)

    def _open_form(self, lead) -> LeadDialog:
        enterprises = register_service.list_enterprises(store=self._store)
        records = self.model.records()
        streets = sorted(({e.street for e in enterprises} | {v.street for v in records}) - {""})
        departments = sorted(({e.lead_department for e in enterprises} | {v.department for v in records}) - {""})
        dialog = LeadDialog(self._store, lead, enterprises=enterprises, streets=streets, departments=departments,
                            due_workdays=service.lead_due_setting(store=self._store), parent=self)
        dialog.open_inspection.connect(self.open_inspection)
        dialog.accepted.connect(lambda: self._after_write(dialog.saved_id, dialog.warnings))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_write(self, lead_id: str | None, warnings: list[str]) -> None:
        self.reload()
        self.message.setText("\n".join(warnings))
        self.message.setVisible(bool(warnings))
        if lead_id:
            self.select_id(lead_id)
        self.changed.emit()
