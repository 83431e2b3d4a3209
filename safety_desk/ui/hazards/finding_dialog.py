"""The hazard form: description, level, mode, photos and the five rectification fields (五落实).

There is no Save button. What the form shows and what is stored never disagree silently:
- text is stored as it is typed (one audit-log change per finished edit, not per keystroke);
- numbers and dates (funds, found date, deadline) are stored when their edit is finished — Enter, leaving the field,
  a date picked from the calendar, or a pause in typing — never an unfinished prefix ("12.34" on the way to "12.345");
- a value that is not valid (a negative amount, 31 September, a deadline before the finding, a level a listed hazard
  may not take) stays on screen, marked red with the reason and the value that is stored. While any field is shown
  invalid, 登记入台账 and every lifecycle step are refused, and closing the form asks: keep the stored values, or
  go back and fix it.

Once in the ledger the hazard follows its lifecycle: the bar at the top shows its state and offers the steps it
allows (ui/lifecycle_bar.py, ui/lifecycle_dialogs.py); the History tab lists every step and edit with who and why.
A written-off hazard is read-only until it is reopened with a reason.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QInputDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.findings import LEVELS, MODES, STATUS_CLOSED, deadline_problem, format_funds, parse_funds
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
from safety_desk.ui.common.actor import remember_name
from safety_desk.ui.common.date_field import DateField
from safety_desk.ui.common.screen_fit import fit_to_screen
from safety_desk.ui.common.vocabulary import fill_combo, select_value
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
from safety_desk.ui.hazards.unstored_fields import UnstoredFields

_MISSING = "border: 2px solid #e08600;"  # empty but required for the ledger: to fill in, not wrong
_PAUSE_MS = 1500  # a pause this long in typing a number or a date finishes the edit
_TEXT_FIELDS = ("description", "location", "responsible_unit", "responsible_person", "measures", "contingency_plan")
_FINISHED_FIELDS = ("funds", "found_date", "deadline")  # stored when the edit is finished


class FindingDialog(UnstoredFields, QDialog):
    changed = Signal(str)  # finding id, after every committed edit

    def __init__(self, store: Store, finding_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.finding_id = finding_id
        self.setObjectName("findingDialog")
        self.setWindowTitle(self.tr("Hazard"))
        fit_to_screen(self, 760, 860)
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
        fill_combo(self.level, LEVELS)  # shown in the UI's language, stored as the regulations say
        select_value(self.level, f.level)
        self.three_violations = QCheckBox(self.tr("三违 (violating command, rules or discipline)"),
                                          objectName="threeViolations", checked=f.three_violations)
        self.mode = QComboBox(objectName="mode")
        fill_combo(self.mode, MODES)
        select_value(self.mode, f.rectification_mode)
        self.found_date = DateField(objectName="foundDate")
        self.found_date.set_date(f.found_date)

        self.responsible_unit = QLineEdit(f.five.responsible_unit, objectName="responsibleUnit")
        self.responsible_person = QLineEdit(f.five.responsible_person, objectName="responsiblePerson")
        self.measures = QPlainTextEdit(f.five.measures, objectName="measures")
        self.funds = QLineEdit(format_funds(f.five.funds_fen).replace(",", ""), objectName="funds")
        self.funds.setPlaceholderText(self.tr("yuan, e.g. 12000.00"))
        self.deadline = DateField(objectName="deadline")
        self.deadline.set_date(f.five.deadline)
        self.deadline.setPlaceholderText(self.tr("not set (yyyy-mm-dd)"))
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
        self.revert_button = QPushButton(self.tr("Keep the stored values"), objectName="revertButton")
        self.revert_button.setToolTip(self.tr("Show the stored value again in every field marked red"))
        self.revert_button.clicked.connect(self.revert_invalid)
        self.revert_button.hide()
        self.ledger_button = QPushButton(self.tr("Enter into ledger"), objectName="enterLedger")
        self.ledger_button.clicked.connect(self.enter_ledger)
        close = QPushButton(self.tr("Close"), objectName="closeButton")
        close.clicked.connect(self.reject)
        for button in (self.revert_button, self.ledger_button, close):
            button.setAutoDefault(False)  # Enter finishes an edit; it must never press a button by surprise
        bottom = QHBoxLayout()
        bottom.addWidget(self.missing, 1)
        bottom.addWidget(self.revert_button)
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
        self._labels = {
            "description": self.tr("Description"), "location": self.tr("Location"), "level": self.tr("Level"),
            "three_violations": "三违", "rectification_mode": self.tr("Rectification mode"),
            "found_date": self.tr("Found on"), "responsible_unit": self.tr("Responsible unit"),
            "responsible_person": self.tr("Responsible person"), "measures": self.tr("Measures"),
            "funds": self.tr("Funds (yuan)"), "deadline": self.tr("Deadline"),
            "contingency_plan": self.tr("Contingency plan"),
        }
        self._invalid: dict[str, str] = {}  # field → why the value it shows is not stored
        self._editing: set[str] = set()  # text fields whose edit is under way: its keystrokes are one logged change
        self._pause = QTimer(self, singleShot=True, interval=_PAUSE_MS)
        self._pause.timeout.connect(self.finish_edits)
        self.close_prompt: QMessageBox | None = None
        self._may_close = False
        for name in _TEXT_FIELDS:
            widget = self._widgets[name]
            widget.installEventFilter(self)
            if isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda n=name, w=widget: self._text_typed(n, w.toPlainText()))
            else:
                widget.textChanged.connect(lambda text, n=name: self._text_typed(n, text))
        for name in _FINISHED_FIELDS:
            widget = self._widgets[name]
            widget.textEdited.connect(lambda _t, n=name: self._check_unfinished(n))
            widget.editingFinished.connect(lambda n=name: self.finish_edit(n))
        self.level.currentIndexChanged.connect(lambda _i: self.commit("level", self.level.currentData()))
        self.mode.currentIndexChanged.connect(lambda _i: self.commit("rectification_mode", self.mode.currentData()))
        self.three_violations.toggled.connect(lambda on: self.commit("three_violations", on))
        self._show_state(f)
        self._reload_photos()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history:  # edits made since it was last shown
            self.history.reload()

    # -- committing ----------------------------------------------------------------------------------------------
    def deadline_value(self) -> date | None:
        """The deadline as shown (None when empty); ValueError when the text is not a date."""
        return self.deadline.date_value()

    def _text_typed(self, name: str, text: str) -> None:
        # Text is saved as typed (nothing typed is lost if the laptop dies); the log merges one edit's keystrokes.
        if self.commit(name, text, continues_edit=name in self._editing):
            self._editing.add(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for name in _TEXT_FIELDS:
                if self._widgets[name] is watched:
                    self._editing.discard(name)  # the edit is finished: the next one is a change of its own
        return super().eventFilter(watched, event)

    def _shown_value(self, name: str):
        """The value a number or date field shows, as the service takes it; ValueError if it is not one."""
        widget = self._widgets[name]
        if name == "funds":
            parse_funds(widget.text())  # checks; the service parses the text itself
            return widget.text()
        return widget.date_value()

    def _check_unfinished(self, name: str) -> None:
        """While a number or date is typed: say at once when it is invalid; store it only when it is finished."""
        self._pause.start()
        problem = self._problem_of(name)
        if problem:
            self._mark_invalid(name, problem)
        else:
            self._clear_mark(name)
            self._invalid.pop(name, None)
            self._show_invalid_summary()

    def _problem_of(self, name: str) -> str | None:
        try:
            value = self._shown_value(name)
        except ValueError as exc:
            return str(exc)
        if name == "deadline":
            try:
                found = self.found_date.date_value() or self._found
            except ValueError:
                found = self._found
            return deadline_problem(value, found)
        if name == "found_date":
            if value is None:
                return self.tr("The date the hazard was found is required.")
            try:
                deadline = self.deadline.date_value()
            except ValueError:
                deadline = None
            return deadline_problem(deadline, value) if deadline else None
        return None

    def finish_edit(self, name: str) -> bool:
        """Store a number or date field's value now (its edit is finished). An invalid one stays marked, unstored."""
        widget = self._widgets[name]
        if not widget.isEnabled():
            return True
        problem = self._problem_of(name)
        if problem:
            self._mark_invalid(name, problem)
            return False
        value = self._shown_value(name)
        if name == "found_date" and not self.commit(name, value):
            return False
        if name == "found_date":
            self._found = value
            if "deadline" in self._invalid and not self._problem_of("deadline"):
                return self.finish_edit("deadline")
            return True
        return self.commit(name, value)

    def finish_edits(self) -> bool:
        """Finish every number and date edit under way; False if a field still shows a value that is not stored."""
        self._pause.stop()
        for name in _FINISHED_FIELDS:
            self.finish_edit(name)
        return not self._invalid

    def commit(self, field: str, value, *, continues_edit: bool = False) -> bool:
        """Store one field now. An invalid value stays shown, marked with the reason, and is not stored."""
        widget = self._widgets.get(field)
        try:
            finding = finding_service.update_finding(store=self.store, finding_id=self.finding_id,
                                                     actor=self.actor_name, continues_edit=continues_edit,
                                                     **{field: value})
        except ValidationError as exc:
            if widget is not None:
                self._mark_invalid(field, "；".join(exc.problems.values()))
            else:
                self.error.setText(str(exc))
            return False
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        if widget is not None:
            self._clear_mark(field)
        self._invalid.pop(field, None)
        self._show_invalid_summary()
        self._show_state(finding)
        self.changed.emit(self.finding_id)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish_edits()  # Enter finishes the edit; in a hazard form it never presses a button
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc, the Close button and the window's ✕ all come here (QDialog.closeEvent calls reject)."""
        if self._may_close or self.finish_edits():
            self._may_close = False
            self._pause.stop()
            super().reject()
            return
        self.ask_before_closing()

    def ask_before_closing(self) -> QMessageBox:
        """A field shows a value that is not stored: the user decides, the form never drops it silently."""
        self._refuse_while_invalid()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Hazard"),
                          self.tr("Some fields show values that are not stored:") + "\n\n" + "\n".join(
                              self.error.text().splitlines()[1:]), QMessageBox.StandardButton.NoButton, self)
        keep = box.addButton(self.tr("Keep the stored values and close"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepStoredButton")
        fix = box.addButton(self.tr("Go back and fix"), QMessageBox.ButtonRole.RejectRole)
        fix.setObjectName("fixButton")
        box.setDefaultButton(fix)
        keep.clicked.connect(self._keep_stored_and_close)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.close_prompt = box
        box.open()
        return box

    def _keep_stored_and_close(self) -> None:
        self.revert_invalid()
        self._may_close = True
        self.close()

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
    def open_step(self, action: str) -> LifecycleStepDialog | None:
        """Open the dialog of a lifecycle step (window-modal, not blocking); the form refreshes when it is stored.

        None while a field shows a value that is not stored: no step may rely on what the screen misrepresents."""
        if self._refuse_while_invalid():
            return None
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
        self.deadline.set_date(finding.five.deadline)
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
        self.actor_name = remember_name(self.store, name)
        self._show_lifecycle(finding_service.get_finding(store=self.store, finding_id=self.finding_id))

    def enter_ledger(self) -> bool:
        """登记入台账 of what the form shows: refused while a field shows a value that is not stored, or one the
        ledger needs is empty (those are marked, and the one message above the buttons names them)."""
        if self._refuse_while_invalid():
            return False
        try:
            finding = finding_service.enter_ledger(store=self.store, finding_id=self.finding_id,
                                                   actor=self.actor_name)
        except ValidationError as exc:
            if "five_fields" not in exc.problems:
                self.error.setText(str(exc))
                return False
            self._point_out_missing()
            return False
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        self._show_state(finding)
        self.changed.emit(self.finding_id)
        return True

    def _point_out_missing(self) -> None:
        """The refusal is the missing-fields line itself (no second red line saying the same): make it stand out,
        mark each empty field and put the cursor in the first."""
        finding = finding_service.get_finding(store=self.store, finding_id=self.finding_id)
        self.error.setText("")
        self._show_state(finding)
        self.missing.setText("<b>" + self.tr("Cannot enter the ledger yet.") + "</b> " + self.missing.text())
        empty = []
        if not finding.description.strip():
            empty.append("description")
        if finding.missing_for_ledger() != (["隐患描述"] if empty else []):
            five = finding.five
            empty += [name for name, is_empty in (
                ("responsible_unit", not five.responsible_unit.strip()),
                ("responsible_person", not five.responsible_person.strip()), ("measures", not five.measures.strip()),
                ("funds", five.funds_fen is None), ("deadline", five.deadline is None),
                ("contingency_plan", not five.contingency_plan.strip())) if is_empty]
        for name in empty:
            if name not in self._invalid:
                self._widgets[name].setStyleSheet(_MISSING)
                self._widgets[name].setToolTip(self.tr("Required before the hazard can enter the ledger"))
        if empty:
            self._widgets[empty[0]].setFocus()

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
