"""The lead form: registration, assignment, verification, case or reason, reply, closing, links — keyboard-first
(every field in Tab order, Enter saves), bad values marked under their fields like every record form.

The complainant and their contact are shown here and nowhere else: this is the "whoever opens the lead" of the
issue. Lists, reports, exports and package summaries never read them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.leads import CHANNELS, DEFAULT_CHANNEL, FINDINGS, MAX_DUE_WORKDAYS, REPLY_METHODS, SOURCES, Lead
from safety_desk.domain.registers import Enterprise
from safety_desk.services import leads as service
from safety_desk.services import workdays as workdays_service
from safety_desk.store.database import Store
from safety_desk.ui.common.qdates import OptionalDate, date_edit
from safety_desk.ui.common.record_form import RecordForm, editable_combo
from safety_desk.ui.common.vocabulary import fill_combo


def _text_edit(text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(64)
    return edit


def _combo(items: tuple[str, ...], current: str, blank: bool = False) -> QComboBox:
    combo = QComboBox()
    if blank:
        combo.addItem("", "")
    fill_combo(combo, items)  # shown in the UI's language; currentData() is the stored value
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class LeadDialog(RecordForm):
    """Create (``lead`` None) or edit a lead."""

    open_inspection = Signal(str)

    def __init__(self, store: Store, lead: Lead | None = None, *, enterprises: list[Enterprise], streets: list[str],
                 departments: list[str], due_workdays: int, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self._scrolling_form()
        self._lead = lead or Lead(source=SOURCES[0], received_on=date.today(), summary="", due_workdays=due_workdays,
                                  channel=DEFAULT_CHANNEL[SOURCES[0]])
        v = self._lead
        self.warnings: list[str] = []
        self.setWindowTitle(self.tr("Edit lead") if v.id else self.tr("New lead"))
        self.source_combo = self._add("source", self.tr("Source"), _combo(SOURCES, v.source))
        self.channel_combo = self._add("channel", self.tr("How it came"), _combo(CHANNELS, v.channel, blank=True))
        self.received_edit = self._add("received_on", self.tr("Received on"), date_edit(v.received_on))
        self.enterprise_combo = self._add("enterprise", self.tr("Enterprise"), self._enterprise_combo(enterprises))
        self.name_edit = self._add("enterprise_name", self.tr("Unregistered enterprise"),
                                   QLineEdit("" if v.enterprise_id else v.enterprise_name))
        self.name_edit.setPlaceholderText(self.tr("Name, when the enterprise is not in the register"))
        self.address_edit = self._add("enterprise_address", self.tr("Its address"),
                                      QLineEdit("" if v.enterprise_id else v.enterprise_address))
        self.street_combo = self._add("street", self.tr("Street"), editable_combo(streets, v.street))
        self.summary_edit = self._add("summary", self.tr("What is reported"), _text_edit(v.summary))
        self.complainant_edit = self._add("complainant", self.tr("Complainant (confidential)"),
                                          QLineEdit(v.complainant))
        self.contact_edit = self._add("complainant_contact", self.tr("Complainant's contact (confidential)"),
                                      QLineEdit(v.complainant_contact))
        for edit in (self.complainant_edit, self.contact_edit):
            edit.setToolTip(self.tr("Shown only in this form: never in lists, exports, reports or package summaries"))
        self.department_combo = self._add("department", self.tr("Responsible department"),
                                          editable_combo(departments, v.department))
        self.handler_edit = self._add("handler", self.tr("Handler"), QLineEdit(v.handler))
        self.due_spin = self._add("due_workdays", self.tr("Working days allowed"),
                                  QSpinBox(minimum=1, maximum=MAX_DUE_WORKDAYS, value=v.due_workdays or due_workdays))
        self.due_label = QLabel(objectName="dueLabel", wordWrap=True)
        self.form.addRow(self.tr("Due date"), self.due_label)
        self.finding_combo = self._add("finding", self.tr("Finding"), _combo(FINDINGS, v.finding, blank=True))
        self.verified = self._add("verified_on", self.tr("Verified"), OptionalDate(self.tr("Verified on"),
                                                                                     v.verified_on))
        self.case_edit = self._add("case_no", self.tr("Case number"), QLineEdit(v.case_no))
        self.case_opened = self._add("case_opened_on", self.tr("Case opened"), OptionalDate(
            self.tr("Case opened on"), v.case_opened_on))
        self.no_case_edit = self._add("no_case_reason", self.tr("Reason for no case"), QLineEdit(v.no_case_reason))
        self.reply = self._add("reply_on", self.tr("Reply to the complainant"), OptionalDate(
            self.tr("Replied on"), v.reply_on))
        self.reply_method_combo = self._add("reply_method", self.tr("Reply by"),
                                            _combo(REPLY_METHODS, v.reply_method, blank=True))
        self.closed = self._add("closed_on", self.tr("Closed"), OptionalDate(self.tr("Closed on"), v.closed_on))
        self.inspection_list = self._add("inspection_ids", self.tr("Inspections that checked it"), QListWidget())
        self.open_button = QPushButton(self.tr("Open inspection"), objectName="openInspectionButton", enabled=False)
        self.form.addRow("", self.open_button)
        self.hazard_list = self._add("finding_ids", self.tr("Hazards found"), QListWidget())
        self.notes_edit = self._add("notes", self.tr("Notes"), _text_edit(v.notes))
        for widget in (self.inspection_list, self.hazard_list):
            widget.setMaximumHeight(110)

        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.enterprise_combo.currentIndexChanged.connect(self._enterprise_changed)
        self.received_edit.textChanged.connect(self._show_due)
        self.due_spin.valueChanged.connect(self._show_due)
        self.inspection_list.currentItemChanged.connect(
            lambda item, _prev: self.open_button.setEnabled(item is not None))
        self.open_button.clicked.connect(self._open_inspection)
        self.inspection_list.itemActivated.connect(lambda item: self.open_inspection.emit(item.data(Qt.ItemDataRole.UserRole)))
        self._enterprise_changed()
        self._show_due()
        self.resize(720, 760)

    def _scrolling_form(self) -> None:
        """The form is long: its rows scroll, the OK/Cancel buttons stay in sight."""
        layout: QVBoxLayout = self.layout()  # type: ignore[assignment]
        layout.removeItem(self.form)
        self.form.setParent(None)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea(objectName="leadFormScroll", widgetResizable=True)
        scroll.setWidget(inner)
        layout.insertWidget(1, scroll, 1)

    def _enterprise_combo(self, enterprises: list[Enterprise]) -> QComboBox:
        combo = QComboBox(editable=True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(self.tr("(not in the register)"), "")
        for e in enterprises:
            label = f"{e.name}（{e.credit_code}）" if e.credit_code else e.name
            combo.addItem(label, e.id)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCurrentIndex(max(combo.findData(self._lead.enterprise_id or ""), 0))
        return combo

    # --- live parts --------------------------------------------------------------------------------------------

    def _source_changed(self) -> None:
        if not self.channel_combo.currentData():
            self.channel_combo.setCurrentIndex(self.channel_combo.findData(DEFAULT_CHANNEL[self.source_combo.currentData()]))

    def _enterprise_changed(self) -> None:
        registered = bool(self.enterprise_combo.currentData())
        for edit in (self.name_edit, self.address_edit):
            edit.setEnabled(not registered)
        inspections, hazards = service.link_choices(store=self._store,
                                                    enterprise_id=self.enterprise_combo.currentData() or None)
        self._fill(self.inspection_list, inspections, self._checked(self.inspection_list) or self._lead.inspection_ids)
        self._fill(self.hazard_list, hazards, self._checked(self.hazard_list) or self._lead.finding_ids)

    @staticmethod
    def _fill(widget: QListWidget, choices, checked) -> None:
        widget.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in checked else Qt.CheckState.Unchecked)
            widget.addItem(item)

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                     if widget.item(i).checkState() == Qt.CheckState.Checked)

    def _show_due(self) -> None:
        warnings: list[str] = []
        if self.received_edit.problem(required=True):  # no due date without a received date
            self.due_label.setText("—")
            self.due_label.setStyleSheet("")
            return
        due = workdays_service.add_workdays(store=self._store, day=self.received_edit.date_value(),
                                            n=self.due_spin.value(), warnings=warnings)
        self.due_label.setText(due.isoformat() + ("\n" + "\n".join(warnings) if warnings else ""))
        self.due_label.setStyleSheet("color: #b71c1c" if warnings else "")

    def _open_inspection(self) -> None:
        item = self.inspection_list.currentItem()
        if item is not None:
            self.open_inspection.emit(item.data(Qt.ItemDataRole.UserRole))

    # --- saving ------------------------------------------------------------------------------------------------

    def lead(self) -> Lead:
        enterprise_id = self.enterprise_combo.currentData() or None
        return replace(
            self._lead, source=self.source_combo.currentData(), channel=self.channel_combo.currentData() or "",
            received_on=self.received_edit.date_value(), enterprise_id=enterprise_id,
            enterprise_name="" if enterprise_id else self.name_edit.text(),
            enterprise_address="" if enterprise_id else self.address_edit.text(),
            street=self.street_combo.currentText(), summary=self.summary_edit.toPlainText(),
            complainant=self.complainant_edit.text(), complainant_contact=self.contact_edit.text(),
            department=self.department_combo.currentText(), handler=self.handler_edit.text(),
            due_workdays=self.due_spin.value(), finding=self.finding_combo.currentData() or "",
            verified_on=self.verified.value(), case_no=self.case_edit.text(), case_opened_on=self.case_opened.value(),
            no_case_reason=self.no_case_edit.text(), reply_on=self.reply.value(),
            reply_method=self.reply_method_combo.currentData() or "", closed_on=self.closed.value(),
            inspection_ids=self._checked(self.inspection_list), finding_ids=self._checked(self.hazard_list),
            notes=self.notes_edit.toPlainText())

    def _save(self) -> str:
        saved = service.register_lead(store=self._store, lead=self.lead())
        self.warnings = saved.warnings
        return saved.id
