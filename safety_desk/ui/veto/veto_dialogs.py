"""Forms of the veto registers: an accident (its grade computed as you type), an illegal operation, a blacklist
entry. Bad values keep the form open with a message under each field, as in the enterprise form.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from safety_desk.domain.accidents import (
    ACCIDENT_TYPES,
    MAX_PEOPLE,
    REPORTING,
    Accident,
    accident_grade,
    accident_problems,
    grade_reasons,
)
from safety_desk.domain.money import parse_yuan, yuan_text
from safety_desk.domain.registers import Enterprise
from safety_desk.domain.veto_registers import BlacklistEntry, IllegalOperation
from safety_desk.errors import ValidationError
from safety_desk.services import veto_registers as service
from safety_desk.store.database import Store
from safety_desk.ui.common.qdates import OptionalDate, date_edit

# The enterprise form's base: fields registered by attribute, so a ValidationError marks each one.
from safety_desk.ui.common.record_form import RecordForm, editable_combo
from safety_desk.ui.common.vocabulary import fill_combo, select_value, shown


def _text_edit(text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)  # Tab moves to the next field, as everywhere else in the form
    edit.setFixedHeight(72)
    return edit


def _vocabulary_combo(values: tuple[str, ...], current: str) -> QComboBox:
    """A closed list shown in the UI's language; ``currentData()`` is the stored value. A stored value outside the
    list (an older record) is kept as an item of its own rather than silently replaced by the first."""
    combo = QComboBox()
    fill_combo(combo, values if current in values or not current else (*values, current))
    select_value(combo, current)
    return combo


def _enterprise_combo(enterprises: list[Enterprise], current: str | None, none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, "")
    for e in enterprises:
        combo.addItem(f"{e.name}（{e.street}）" if e.street else e.name, e.id)
    combo.setCurrentIndex(max(combo.findData(current or ""), 0))
    return combo


class AccidentDialog(RecordForm):
    """Create (``accident`` None) or edit an accident. The grade is never typed: it follows from the numbers."""

    def __init__(self, store: Store, accident: Accident | None = None, *, enterprises: list[Enterprise],
                 streets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        a = accident or Accident(occurred_on=None, accident_type=ACCIDENT_TYPES[0])
        self._id = a.id
        self._streets = {e.id: e.street for e in enterprises}
        self.setWindowTitle(self.tr("Edit accident") if a.id else self.tr("New accident"))
        self.date_edit = self._add("occurred_on", self.tr("Date"), date_edit(a.occurred_on))
        self.type_combo = self._add("accident_type", self.tr("Type"),
                                    _vocabulary_combo(ACCIDENT_TYPES, a.accident_type))
        self.enterprise_combo = self._add("enterprise_id", self.tr("Enterprise"), _enterprise_combo(
            enterprises, a.enterprise_id, self.tr("(not in the register)")))
        self.street_combo = self._add("street", self.tr("Street"), editable_combo(streets, a.street))
        self.deaths_spin = self._add("deaths", self.tr("Deaths"), QSpinBox(maximum=MAX_PEOPLE, value=a.deaths))
        self.injured_spin = self._add("serious_injuries", self.tr("Seriously injured"),
                                      QSpinBox(maximum=MAX_PEOPLE, value=a.serious_injuries))
        self.loss_edit = self._add("direct_loss_fen", self.tr("Direct economic loss (yuan)"),
                                   QLineEdit(yuan_text(a.direct_loss_fen)))
        self.grade_edit = QLineEdit(readOnly=True, objectName="gradeField")
        self.form.addRow(self.tr("Grade (State Council Decree No. 493)"), self.grade_edit)
        self.illegal_box = self._add("illegal_production", self.tr("Illegal production"), QCheckBox(
            self.tr("Happened in illegal production or operation"), checked=a.illegal_production))
        causes = QWidget()
        row = QHBoxLayout(causes)
        row.setContentsMargins(0, 0, 0, 0)
        self.poor_rectification_box = QCheckBox(self.tr("Poor hazard rectification"),
                                                checked=a.cause_poor_rectification)
        self.three_violations_box = QCheckBox(self.tr("Three violations"), checked=a.cause_three_violations)
        row.addWidget(self.poor_rectification_box)
        row.addWidget(self.three_violations_box)
        row.addStretch(1)
        self._add("causes", self.tr("Caused by"), causes)
        self.reporting_combo = self._add("reporting", self.tr("Reporting"), _vocabulary_combo(REPORTING, a.reporting))
        self.description_edit = self._add("description", self.tr("What happened"), _text_edit(a.description))

        self.enterprise_combo.currentIndexChanged.connect(self._enterprise_changed)
        for spin in (self.deaths_spin, self.injured_spin):
            spin.valueChanged.connect(self._show_grade)
        self.loss_edit.textChanged.connect(self._show_grade)
        self._show_grade()
        self.resize(640, self.sizeHint().height())

    def _enterprise_changed(self) -> None:
        """A registered enterprise's street is where its accident happened, unless the user typed another."""
        street = self._streets.get(self.enterprise_combo.currentData() or "")
        if street:
            self.street_combo.setCurrentText(street)

    def _show_grade(self) -> None:
        try:
            loss = parse_yuan(self.loss_edit.text()) or 0
        except ValueError as exc:
            self._grade = "—"
            self.grade_edit.setText(self._grade)
            self.grade_edit.setToolTip(str(exc))
            return
        values = {"deaths": self.deaths_spin.value(), "serious_injuries": self.injured_spin.value(),
                  "direct_loss_fen": loss}
        self._grade = accident_grade(**values)
        self.grade_edit.setText(shown(self._grade))
        self.grade_edit.setToolTip("；".join(grade_reasons(**values)))

    def grade(self) -> str:
        """The grade as stored (一般, 较大 …), or "—" while the loss is not a number."""
        return self._grade

    def accident(self, *, direct_loss_fen: int = 0) -> Accident:
        return Accident(
            id=self._id, occurred_on=self.date_edit.date_value(), accident_type=self.type_combo.currentData(),
            street=self.street_combo.currentText(), enterprise_id=self.enterprise_combo.currentData() or None,
            deaths=self.deaths_spin.value(), serious_injuries=self.injured_spin.value(),
            direct_loss_fen=direct_loss_fen, illegal_production=self.illegal_box.isChecked(),
            cause_poor_rectification=self.poor_rectification_box.isChecked(),
            cause_three_violations=self.three_violations_box.isChecked(),
            reporting=self.reporting_combo.currentData(), description=self.description_edit.toPlainText())

    def _save(self) -> str:
        try:
            loss = parse_yuan(self.loss_edit.text(), label="直接经济损失") or 0
        except ValueError as exc:
            # report every bad field at once, not the amount first and the rest on the next click
            draft = self.accident()
            if not draft.street.strip():
                draft = replace(draft, street=self._streets.get(draft.enterprise_id or "", ""))
            raise ValidationError({**accident_problems(draft, today=date.today()), "direct_loss_fen": str(exc)},
                                  record="事故") from None
        return service.save_accident(store=self._store, accident=self.accident(direct_loss_fen=loss))


class IllegalOperationDialog(RecordForm):
    """Create or edit an illegal production/operation found (打非治违) and whether it was effectively stopped."""

    def __init__(self, store: Store, operation: IllegalOperation | None = None, *, streets: list[str],
                 departments: list[str], parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        op = operation or IllegalOperation(found_on=None, street="")
        self._id = op.id
        self.setWindowTitle(self.tr("Edit illegal operation") if op.id else self.tr("New illegal operation"))
        self.date_edit = self._add("found_on", self.tr("Found on"), date_edit(op.found_on))
        self.street_combo = self._add("street", self.tr("Street"), editable_combo(streets, op.street))
        self.department_combo = self._add("responsible_department", self.tr("Responsible department"),
                                          editable_combo(departments, op.responsible_department))
        self.unit_edit = self._add("enterprise_name", self.tr("Unit"), QLineEdit(op.enterprise_name))
        self.unit_edit.setPlaceholderText(self.tr("Name or description of the unit, if known"))
        self.description_edit = self._add("description", self.tr("What was found"), _text_edit(op.description))
        self.stopped = self._add("stopped_on", self.tr("Effectively stopped"), OptionalDate(
            self.tr("Stopped on"), op.stopped_on if op.stopped else None))
        self.resize(600, self.sizeHint().height())

    def operation(self) -> IllegalOperation:
        stopped_on = self.stopped.value()
        return IllegalOperation(
            id=self._id, found_on=self.date_edit.date_value(), street=self.street_combo.currentText(),
            responsible_department=self.department_combo.currentText(), enterprise_name=self.unit_edit.text(),
            description=self.description_edit.toPlainText(), stopped=stopped_on is not None, stopped_on=stopped_on)

    def _save(self) -> str:
        return service.save_illegal_operation(store=self._store, operation=self.operation())


class BlacklistDialog(RecordForm):
    """Put an enterprise on the safety blacklist, or record when it was taken off."""

    def __init__(self, store: Store, entry: BlacklistEntry | None = None, *, enterprises: list[Enterprise],
                 parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        e = entry or BlacklistEntry(enterprise_id="", listed_on=None)
        self._id = e.id
        self.setWindowTitle(self.tr("Edit blacklist entry") if e.id else self.tr("Add to the blacklist"))
        self.enterprise_combo = self._add("enterprise_id", self.tr("Enterprise"), _enterprise_combo(
            enterprises, e.enterprise_id, self.tr("Choose an enterprise…")))
        self.date_edit = self._add("listed_on", self.tr("Listed on"), date_edit(e.listed_on))
        self.reason_edit = self._add("reason", self.tr("Reason"), _text_edit(e.reason))
        self.removed = self._add("removed_on", self.tr("Removed"), OptionalDate(
            self.tr("Removed from the blacklist on"), e.removed_on))
        self.resize(600, self.sizeHint().height())

    def entry(self) -> BlacklistEntry:
        return BlacklistEntry(
            id=self._id, enterprise_id=self.enterprise_combo.currentData() or "",
            listed_on=self.date_edit.date_value(), reason=self.reason_edit.toPlainText(),
            removed_on=self.removed.value())

    def _save(self) -> str:
        return service.save_blacklist_entry(store=self._store, entry=self.entry())
