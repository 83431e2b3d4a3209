"""An inspection's enforcement outcomes (责令限期整改, 停产停业整顿, 立案, 罚款, 关闭取缔, 移送司法机关) with add / edit /
remove, and the 一罚了之 warning when a fine was imposed but the hazards found are past their deadline unrectified.

The lead places the panel in the inspection view; it emits ``changed`` after each write and re-reads on ``reload()``
(call it when hazards change elsewhere, since that may raise or clear the warning).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.enforcement import (
    ENTERPRISE_ONLY_KINDS,
    KIND_CASE,
    KIND_FINE,
    KINDS,
    TARGET_ENTERPRISE,
    TARGET_PERSON,
    EnforcementAction,
    action_problems,
)
from safety_desk.domain.money import parse_yuan, yuan_text
from safety_desk.errors import UserError, ValidationError
from safety_desk.services import enforcement as service
from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.store.database import Store
from safety_desk.ui.common.qdates import date_edit
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.common.record_form import RecordForm
from safety_desk.ui.common.record_table_model import RecordIdRole
from safety_desk.ui.common.vocabulary import fill_combo, select_value
from safety_desk.ui.veto.veto_models import EnforcementActionTableModel


class EnforcementActionDialog(RecordForm):
    """One action. Only the fields a measure uses are enabled: an amount for 罚款, a person where one may be the
    target; 立案 asks for its case number."""

    def __init__(self, store: Store, inspection_id: str, action: EnforcementAction | None = None, *,
                 inspection_date: date, hazards: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        a = action or EnforcementAction(kind=KINDS[0], decided_on=inspection_date)
        self._id, self._inspection_id, self._inspection_date = a.id, inspection_id, inspection_date
        self.setWindowTitle(self.tr("Edit enforcement measure") if a.id else self.tr("New enforcement measure"))
        self.kind_combo = self._add("kind", self.tr("Measure"), QComboBox())
        fill_combo(self.kind_combo, KINDS)  # shown in the UI's language, stored as the law names them
        select_value(self.kind_combo, a.kind)
        self.date_edit = self._add("decided_on", self.tr("Decided on"), date_edit(a.decided_on))
        self.case_edit = self._add("case_no", self.tr("Case no."), QLineEdit(a.case_no))
        self.amount_edit = self._add("amount_fen", self.tr("Fine (yuan)"), QLineEdit(yuan_text(a.amount_fen)))
        self.target_combo = self._add("target", self.tr("On"), QComboBox())
        self.target_combo.addItem(self.tr("The enterprise"), TARGET_ENTERPRISE)
        self.target_combo.addItem(self.tr("A named person"), TARGET_PERSON)
        self.target_combo.setCurrentIndex(max(self.target_combo.findData(a.target), 0))
        self.person_edit = self._add("person_name", self.tr("Responsible person"), QLineEdit(a.person_name))
        self.person_edit.setPlaceholderText(self.tr("e.g. the principal head or the safety manager"))
        self.hazard_combo = self._add("finding_id", self.tr("About hazard"), QComboBox())
        self.hazard_combo.addItem(self.tr("(the inspection as a whole)"), "")
        for finding_id, text in hazards:
            self.hazard_combo.addItem(text, finding_id)
        self.hazard_combo.setCurrentIndex(max(self.hazard_combo.findData(a.finding_id or ""), 0))
        self.notes_edit = self._add("notes", self.tr("Notes"), QLineEdit(a.notes))
        self.kind_combo.currentIndexChanged.connect(self._enable_fields)
        self.target_combo.currentIndexChanged.connect(self._enable_fields)
        self._enable_fields()
        self.resize(560, self.sizeHint().height())

    def _enable_fields(self) -> None:
        kind = self.kind_combo.currentData()
        self.amount_edit.setEnabled(kind == KIND_FINE)
        if kind in ENTERPRISE_ONLY_KINDS:
            self.target_combo.setCurrentIndex(self.target_combo.findData(TARGET_ENTERPRISE))
        self.target_combo.setEnabled(kind not in ENTERPRISE_ONLY_KINDS)
        self.person_edit.setEnabled(self.target_combo.currentData() == TARGET_PERSON)
        self.case_edit.setPlaceholderText(self.tr("Required for a case") if kind == KIND_CASE else "")

    def action(self, *, amount_fen: int | None = None) -> EnforcementAction:
        person = self.target_combo.currentData() == TARGET_PERSON
        return EnforcementAction(
            id=self._id, kind=self.kind_combo.currentData(), decided_on=self.date_edit.date_value(),
            inspection_id=self._inspection_id, finding_id=self.hazard_combo.currentData() or None,
            case_no=self.case_edit.text(), amount_fen=amount_fen, target=self.target_combo.currentData(),
            person_name=self.person_edit.text() if person else "", notes=self.notes_edit.text())

    def _save(self) -> str:
        amount = None
        if self.kind_combo.currentData() == KIND_FINE:  # a disabled amount field is not part of the action
            try:
                amount = parse_yuan(self.amount_edit.text(), label="罚款金额")
            except ValueError as exc:  # every bad field at once, the amount among them
                problems = action_problems(self.action(), today=date.today(), inspection_date=self._inspection_date)
                raise ValidationError({**problems, "amount_fen": str(exc)}, record="执法措施") from None
        return service.save_action(store=self._store, action=self.action(amount_fen=amount))


class EnforcementPanel(QWidget):
    """The enforcement measures of one inspection, and the 一罚了之 warning when it applies."""

    changed = Signal()

    def __init__(self, store: Store, inspection_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.inspection_id = inspection_id
        self.warning = QLabel(objectName="fineWarning", wordWrap=True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning.setStyleSheet("QLabel { color: #b71c1c; background: #fdecea; padding: 6px; }")
        self.warning.hide()
        self.model = EnforcementActionTableModel(self)
        self.table = QTableView(objectName="enforcementTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.edit_action(index.data(RecordIdRole)))
        self.add_button = QPushButton(self.tr("Add measure…"), objectName="enforcementAdd")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="enforcementEdit", enabled=False)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="enforcementRemove", enabled=False)
        self.add_button.clicked.connect(self.new_action)
        self.edit_button.clicked.connect(lambda: self.current_id() and self.edit_action(self.current_id()))
        self.remove_button.clicked.connect(self.confirm_remove)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Enforcement measures")), 1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        """Re-read the actions and decide the warning as of today."""
        hazards = finding_service.findings_of_inspection(store=self._store, inspection_id=self.inspection_id)
        self.model.hazard_texts = {f.id: f.description or f.point_text or "—" for f in hazards}
        self.model.set_records(service.list_actions(store=self._store, inspection_id=self.inspection_id))
        warnings = service.fine_without_followup(store=self._store, today=date.today(),
                                                 inspection_id=self.inspection_id)
        self.warning.setText("\n".join(w.describe() for w in warnings))
        self.warning.setVisible(bool(warnings))

    def warning_text(self) -> str:
        """The 一罚了之 warning shown ("" when none applies)."""
        return self.warning.text() if not self.warning.isHidden() else ""

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RecordIdRole) if rows else None

    def _selection_changed(self, *_) -> None:
        selected = self.current_id() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    # --- add / edit / remove ------------------------------------------------------------------------------------

    def new_action(self) -> EnforcementActionDialog | None:
        return self._open_form(None)

    def edit_action(self, action_id: str) -> EnforcementActionDialog | None:
        try:
            action = service.get_action(store=self._store, action_id=action_id)
        except UserError as exc:
            show_error(self, self.tr("Cannot open the measure"), str(exc))
            self.reload()
            return None
        return self._open_form(action)

    def _open_form(self, action: EnforcementAction | None) -> EnforcementActionDialog | None:
        try:
            inspection = inspection_service.get_inspection(store=self._store, inspection_id=self.inspection_id)
        except UserError as exc:
            show_error(self, self.tr("Cannot open the inspection"), str(exc))
            return None
        hazards = [(fid, text) for fid, text in self.model.hazard_texts.items()]
        dialog = EnforcementActionDialog(self._store, self.inspection_id, action,
                                         inspection_date=inspection.inspection_date, hazards=hazards, parent=self)
        dialog.accepted.connect(self._after_write)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def confirm_remove(self) -> QMessageBox | None:
        action_id = self.current_id()
        if action_id is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove measure"),
                          self.tr("Remove the selected enforcement measure?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmRemoveMeasure")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.remove_action(action_id))
        box.open()
        return box

    def remove_action(self, action_id: str) -> None:
        try:
            service.delete_action(store=self._store, action_id=action_id)
        except UserError as exc:
            show_error(self, self.tr("Cannot remove the measure"), str(exc))
        self._after_write()

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()
