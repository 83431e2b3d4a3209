"""The hazard form: description, level, mode, photos and the five rectification fields (五落实).

There is no Save button: every edit is committed as it is made. A value that is not valid (a negative amount, a
deadline before the finding) is marked on its field and not stored; the stored value stays as it was.

Once in the ledger the hazard follows its lifecycle: the bar at the top shows its state and offers the steps it
allows (ui/lifecycle_bar.py, ui/lifecycle_dialogs.py); the History tab lists every step and edit with who and why.
A written-off hazard is read-only until it is reopened with a reason.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QInputDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.findings import LEVELS, MODES, STATUS_CLOSED, format_funds
from safety_desk.domain.lifecycle import (
    ACTION_DELIST,
    ACTION_EXTEND,
    ACTION_LIST,
    ACTION_REINSPECT,
    ACTION_REOPEN,
    ACTION_START,
    ACTION_SUBMIT,
)
from safety_desk.errors import UserError, ValidationError
from safety_desk.services import findings as finding_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.store.database import Store
from safety_desk.ui.common.qdates import from_qdate, to_qdate
from safety_desk.ui.hazards.finding_history import FindingHistoryView
from safety_desk.ui.hazards.lifecycle_bar import LifecycleBar
from safety_desk.ui.hazards.lifecycle_dialogs import (
    DelistDialog,
    ExtensionDialog,
    LifecycleStepDialog,
    ListingDialog,
    ReinspectionDialog,
    TransitionDialog,
)
from safety_desk.ui.hazards.photo_strip import PhotoStrip

_INVALID = "border: 2px solid #b00020;"


class FindingDialog(QDialog):
    changed = Signal(str)  # finding id, after every committed edit

    def __init__(self, store: Store, finding_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.finding_id = finding_id
        self.setObjectName("findingDialog")
        self.setWindowTitle(self.tr("Hazard"))
        self.resize(760, 860)
        f = finding_service.get_finding(store=store, finding_id=finding_id)
        self._found = f.found_date
        self.actor_name = lifecycle_service.current_actor(store=store)
        self.step_dialog: LifecycleStepDialog | None = None
        self.lifecycle = LifecycleBar()
        self.lifecycle.action_requested.connect(self.open_step)
        self.lifecycle.actor_change_requested.connect(self.change_actor)

        snapshot = QGroupBox(self.tr("Check point and basis (kept as recorded)"))
        snap_layout = QVBoxLayout(snapshot)
        for text in (f.template_title, f.item_heading, f.point_text):
            if text:
                snap_layout.addWidget(QLabel(text, wordWrap=True))
        for label, text in ((self.tr("Basis"), f.basis), (self.tr("Disposal basis"), f.disposal_basis),
                            (self.tr("Rectification requirement"), f.requirement)):
            if text:
                snap_layout.addWidget(QLabel(f"<b>{label}</b>：{_html(text)}", wordWrap=True))
        if not (f.point_text or f.basis):
            snap_layout.addWidget(QLabel(self.tr("Free-standing hazard (not tied to a check point)")))

        self.description = QPlainTextEdit(f.description, objectName="description")
        self.location = QLineEdit(f.location, objectName="location")
        self.level = QComboBox(objectName="level")
        self.level.addItems(LEVELS)
        self.level.setCurrentText(f.level)
        self.three_violations = QCheckBox(self.tr("三违 (violating command, rules or discipline)"),
                                          objectName="threeViolations", checked=f.three_violations)
        self.mode = QComboBox(objectName="mode")
        self.mode.addItems(MODES)
        self.mode.setCurrentText(f.rectification_mode)
        self.found_date = QDateEdit(to_qdate(f.found_date), calendarPopup=True, objectName="foundDate")
        self.found_date.setDisplayFormat("yyyy-MM-dd")

        self.responsible_unit = QLineEdit(f.five.responsible_unit, objectName="responsibleUnit")
        self.responsible_person = QLineEdit(f.five.responsible_person, objectName="responsiblePerson")
        self.measures = QPlainTextEdit(f.five.measures, objectName="measures")
        self.funds = QLineEdit(format_funds(f.five.funds_fen).replace(",", ""), objectName="funds")
        self.funds.setPlaceholderText(self.tr("yuan, e.g. 12000.00"))
        self.deadline = QDateEdit(calendarPopup=True, objectName="deadline")
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setSpecialValueText(self.tr("not set"))
        self._set_deadline_floor(f.found_date)
        self.deadline.setDate(to_qdate(f.five.deadline) if f.five.deadline else self.deadline.minimumDate())
        self.contingency_plan = QPlainTextEdit(f.five.contingency_plan, objectName="contingencyPlan")
        for edit in (self.description, self.measures, self.contingency_plan):
            edit.setFixedHeight(64)

        basics = QFormLayout()
        basics.addRow(self.tr("Description"), self.description)
        basics.addRow(self.tr("Location"), self.location)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level)
        level_row.addWidget(self.three_violations)
        basics.addRow(self.tr("Level"), level_row)
        basics.addRow(self.tr("Rectification mode"), self.mode)
        basics.addRow(self.tr("Found on"), self.found_date)

        five = QGroupBox(self.tr("Five rectification fields (五落实)"))
        five_form = QFormLayout(five)
        five_form.addRow(self.tr("Responsible unit"), self.responsible_unit)
        five_form.addRow(self.tr("Responsible person"), self.responsible_person)
        five_form.addRow(self.tr("Measures"), self.measures)
        five_form.addRow(self.tr("Funds (yuan)"), self.funds)
        five_form.addRow(self.tr("Deadline"), self.deadline)
        five_form.addRow(self.tr("Contingency plan"), self.contingency_plan)

        self.photos = PhotoStrip()
        self.photos.files_dropped.connect(self.add_photo_files)
        self.add_photo_button = QPushButton(self.tr("Add photos…"), objectName="addPhotos")
        self.add_photo_button.clicked.connect(self._pick_photos)
        self.remove_photo_button = QPushButton(self.tr("Remove selected photo"), objectName="removePhoto")
        self.remove_photo_button.clicked.connect(self._remove_selected_photo)
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.add_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)

        self.missing = QLabel(objectName="missingLabel", wordWrap=True)
        self.error = QLabel(objectName="findingError", wordWrap=True, styleSheet="color:#b00020")
        self.ledger_button = QPushButton(self.tr("Enter into ledger"), objectName="enterLedger")
        self.ledger_button.clicked.connect(self.enter_ledger)
        close = QPushButton(self.tr("Close"), objectName="closeButton")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.missing, 1)
        bottom.addWidget(self.ledger_button)
        bottom.addWidget(close)

        page = QWidget()
        form_layout = QVBoxLayout(page)
        form_layout.addWidget(snapshot)
        form_layout.addLayout(basics)
        form_layout.addWidget(five)
        form_layout.addWidget(QLabel(self.tr("Photos (drop image files here)")))
        form_layout.addWidget(self.photos)
        form_layout.addLayout(photo_buttons)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(page)
        self.history = FindingHistoryView(store, finding_id)
        self.tabs = QTabWidget(objectName="findingTabs")
        self.tabs.addTab(scroll, self.tr("Hazard"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.lifecycle)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self._widgets = {
            "description": self.description, "location": self.location, "level": self.level,
            "three_violations": self.three_violations, "rectification_mode": self.mode,
            "found_date": self.found_date, "responsible_unit": self.responsible_unit,
            "responsible_person": self.responsible_person, "measures": self.measures, "funds": self.funds,
            "deadline": self.deadline, "contingency_plan": self.contingency_plan,
        }
        for name in ("description", "measures", "contingency_plan"):
            widget = self._widgets[name]
            widget.textChanged.connect(lambda n=name, w=widget: self.commit(n, w.toPlainText()))
        for name in ("location", "responsible_unit", "responsible_person", "funds"):
            widget = self._widgets[name]
            widget.textChanged.connect(lambda text, n=name: self.commit(n, text))
        self.level.currentTextChanged.connect(lambda t: self.commit("level", t))
        self.mode.currentTextChanged.connect(lambda t: self.commit("rectification_mode", t))
        self.three_violations.toggled.connect(lambda on: self.commit("three_violations", on))
        self.found_date.dateChanged.connect(self._found_changed)
        self.deadline.dateChanged.connect(lambda _q: self.commit("deadline", self.deadline_value()))
        self._show_state(f)
        self._reload_photos()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history:  # edits made since it was last shown
            self.history.reload()

    # -- committing ----------------------------------------------------------------------------------------------
    def deadline_value(self) -> date | None:
        if self.deadline.date() == self.deadline.minimumDate():
            return None
        return from_qdate(self.deadline.date())

    def _set_deadline_floor(self, found: date) -> None:
        # One day before the finding stands for "not set": a real deadline cannot be earlier than the finding.
        self.deadline.setMinimumDate(to_qdate(found - timedelta(days=1)))

    def _found_changed(self, q: QDate) -> None:
        deadline = self.deadline_value()
        self.commit("found_date", from_qdate(q))
        self._found = from_qdate(q)
        self.deadline.blockSignals(True)
        self._set_deadline_floor(self._found)
        self.deadline.setDate(to_qdate(deadline) if deadline else self.deadline.minimumDate())
        self.deadline.blockSignals(False)

    def commit(self, field: str, value) -> bool:
        """Store one field now. Invalid values are marked on their widget and not stored."""
        widget = self._widgets.get(field)
        try:
            finding = finding_service.update_finding(store=self.store, finding_id=self.finding_id,
                                                     actor=self.actor_name, **{field: value})
        except ValidationError as exc:
            if widget is not None:
                widget.setStyleSheet(_INVALID)
                widget.setToolTip(next(iter(exc.problems.values())))
            self.error.setText(str(exc))
            return False
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        if widget is not None:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self.error.setText("")
        self._show_state(finding)
        self.changed.emit(self.finding_id)
        return True

    def _show_state(self, finding) -> None:
        missing = finding.missing_for_ledger()
        if finding.ledger_entered:
            self.missing.setText(self.tr("In the ledger."))
        elif missing:
            self.missing.setText(self.tr("Before it can enter the ledger, still missing: %1").replace(
                "%1", "、".join(missing)))
        else:
            self.missing.setText(self.tr("All required fields are set; it can enter the ledger."))
        self.missing.setStyleSheet("color:#b00020" if missing else "color:#1b5e20")
        self.ledger_button.setEnabled(not finding.ledger_entered)
        written_off = finding.status == STATUS_CLOSED  # written off: the record is history now, until reopened
        for w in self._widgets.values():
            w.setEnabled(not written_off)
        for w in (self.add_photo_button, self.remove_photo_button):
            w.setEnabled(not written_off)
        self.photos.setAcceptDrops(not written_off)
        if written_off:
            self.ledger_button.setEnabled(False)
        # In the ledger, a deadline changes only by an extension, which records the reason and who approved it.
        locked = finding.ledger_entered and finding.five.deadline is not None and not written_off
        self.deadline.setEnabled(not written_off and not locked)
        self.deadline.setToolTip(self.tr("In the ledger: change the deadline with Extend deadline…") if locked else "")
        self._show_lifecycle(finding)

    def _show_lifecycle(self, finding) -> None:
        self.lifecycle.set_state(
            finding, lifecycle_service.open_listing(store=self.store, finding_id=self.finding_id),
            lifecycle_service.actions_for(store=self.store, finding_id=self.finding_id), self.actor_name, date.today())

    # -- lifecycle steps ---------------------------------------------------------------------------------------
    def open_step(self, action: str) -> LifecycleStepDialog:
        """Open the dialog of a lifecycle step (window-modal, not blocking); the form refreshes when it is stored."""
        if action in (ACTION_START, ACTION_SUBMIT, ACTION_REOPEN):
            dialog: LifecycleStepDialog = TransitionDialog(self.store, self.finding_id, action, self)
        else:
            kind = {ACTION_REINSPECT: ReinspectionDialog, ACTION_EXTEND: ExtensionDialog,
                    ACTION_LIST: ListingDialog, ACTION_DELIST: DelistDialog}[action]
            dialog = kind(self.store, self.finding_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.stored.connect(self._step_stored)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _step_stored(self, _finding_id: str) -> None:
        self.actor_name = lifecycle_service.current_actor(store=self.store)
        finding = finding_service.get_finding(store=self.store, finding_id=self.finding_id)
        self.deadline.blockSignals(True)  # an extension moved it; showing it is not an edit
        self.deadline.setDate(to_qdate(finding.five.deadline) if finding.five.deadline else self.deadline.minimumDate())
        self.deadline.blockSignals(False)
        self.error.setText("")
        self._show_state(finding)
        self.history.reload()
        self.changed.emit(self.finding_id)

    def change_actor(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Your name"),
                                        self.tr("Name recorded with every change you make on this computer:"),
                                        text=self.actor_name)
        if ok and name.strip():
            self.set_actor(name)

    def set_actor(self, name: str) -> None:
        self.actor_name = lifecycle_service.remember_actor(store=self.store, name=name)
        self._show_lifecycle(finding_service.get_finding(store=self.store, finding_id=self.finding_id))

    def enter_ledger(self) -> bool:
        try:
            finding = finding_service.enter_ledger(store=self.store, finding_id=self.finding_id,
                                                   actor=self.actor_name)
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        self._show_state(finding)
        self.changed.emit(self.finding_id)
        return True

    # -- photos ------------------------------------------------------------------------------------------------
    def _reload_photos(self) -> None:
        self.photos.set_photos(finding_service.photo_files(store=self.store, finding_id=self.finding_id))

    def _pick_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"))
        if paths:
            self.add_photo_files(paths)

    def add_photo_files(self, paths: list[str]) -> bool:
        if finding_service.get_finding(store=self.store, finding_id=self.finding_id).status == STATUS_CLOSED:
            # the service still lets bulk writers attach to written-off hazards (see add_photos); a person may not
            self.error.setText(self.tr("A written-off hazard cannot be changed; reopen it first."))
            return False
        try:
            finding_service.add_photos(store=self.store, finding_id=self.finding_id, paths=paths,
                                       actor=self.actor_name)
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        self._reload_photos()
        self.changed.emit(self.finding_id)
        return True

    def _remove_selected_photo(self) -> None:
        item = self.photos.currentItem()
        if item is None:
            return
        from safety_desk.ui.hazards.photo_strip import PhotoIdRole

        try:
            finding_service.remove_photo(store=self.store, finding_id=self.finding_id,
                                         photo_id=item.data(PhotoIdRole), actor=self.actor_name)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self._reload_photos()
        self.changed.emit(self.finding_id)


def _html(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br/>")
