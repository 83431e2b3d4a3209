"""Start an inspection: campaign, phase, enterprise, one or more checklists, inspectors, date, 四不两直.

An enterprise not yet in the register can be added from here (新增企业…): the dialog does not know the registers'
form, the main window hands it over (``new_enterprise_form(name, parent)`` → a dialog with ``saved_id``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safety_desk.errors import UserError
from safety_desk.services import inspections as inspection_service
from safety_desk.services import registers as register_service
from safety_desk.services import templates as template_service
from safety_desk.store.database import Store
from safety_desk.ui.common.date_field import DateChecks, DateField
from safety_desk.ui.common.vocabulary import fill_combo

IdRole = Qt.ItemDataRole.UserRole + 1


class NewInspectionDialog(QDialog):
    """Lists are short (a campaign's templates, one office's inspectors), so list widgets are fine here."""

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 new_enterprise_form: Callable[[str, QWidget], QDialog] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.inspection_id: str | None = None
        self._new_enterprise_form = new_enterprise_form
        self.enterprise_form: QDialog | None = None
        self.setWindowTitle(self.tr("New inspection"))
        self.resize(640, 620)

        self.campaign = QComboBox(objectName="campaign")
        self.campaigns = inspection_service.list_campaigns(store=store)
        for c in self.campaigns:
            self.campaign.addItem(f"{c.name}（{c.start_date} — {c.end_date}）", c.id)
        self.phase = QComboBox(objectName="phase")
        self.campaign.currentIndexChanged.connect(self._campaign_changed)

        self.enterprise = QComboBox(objectName="enterprise", editable=True)
        self.enterprise.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._load_enterprises()
        self.enterprise.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.enterprise.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_enterprise = QPushButton(self.tr("New enterprise…"), objectName="addEnterprise")
        self.add_enterprise.setAutoDefault(False)
        self.add_enterprise.clicked.connect(self.open_enterprise_form)
        self.add_enterprise.setVisible(new_enterprise_form is not None)
        enterprise_row = QHBoxLayout()
        enterprise_row.addWidget(self.enterprise, 1)
        enterprise_row.addWidget(self.add_enterprise)

        self.templates = QListWidget(objectName="templates")
        for n, t in enumerate(template_service.list_templates(store=store)):
            item = QListWidgetItem(f"{t.title}  v{t.version}")
            item.setData(IdRole, t.id)
            item.setCheckState(Qt.CheckState.Checked if n == 0 else Qt.CheckState.Unchecked)
            self.templates.addItem(item)

        self.inspectors = QListWidget(objectName="inspectors")
        for i in register_service.list_inspectors(store=store):
            cert = i.certificate_no or self.tr("no certificate")
            item = QListWidgetItem(f"{i.name}  {i.department}  [{cert}]")
            item.setData(IdRole, i.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.inspectors.addItem(item)

        self.unannounced = QCheckBox(self.tr("Unannounced visit (四不两直)"), objectName="unannounced")
        self.error = QLabel(objectName="inspectionError", styleSheet="color:#b00020", wordWrap=True)
        self.dates = DateChecks(self.error)
        self.date = self.dates.add(DateField(objectName="inspectionDate"), self.tr("Date"))
        self.date.set_date(date.today())

        form = QFormLayout()
        form.addRow(self.tr("Campaign"), self.campaign)
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Enterprise"), enterprise_row)
        form.addRow(self.tr("Checklists"), self.templates)
        form.addRow(self.tr("Inspectors"), self.inspectors)
        form.addRow(self.tr("Date"), self.date)
        form.addRow("", self.unannounced)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._campaign_changed()

    def _load_enterprises(self, select_id: str | None = None) -> None:
        self.enterprise.clear()
        for e in register_service.list_enterprises(store=self.store):
            self.enterprise.addItem(f"{e.name}（{e.street}）" if e.street else e.name, e.id)
        if select_id:
            self.enterprise.setCurrentIndex(self.enterprise.findData(select_id))

    def _typed_name_not_registered(self) -> str:
        text = self.enterprise.currentText().strip()
        return "" if self.enterprise.findText(text) >= 0 else text

    def open_enterprise_form(self) -> QDialog | None:
        """新增企业…: the register's form with the typed name; once saved, the new enterprise is selected here."""
        if self._new_enterprise_form is None:
            return None
        form = self._new_enterprise_form(self._typed_name_not_registered(), self)
        form.accepted.connect(lambda: self._load_enterprises(getattr(form, "saved_id", None)))
        form.accepted.connect(lambda: self.error.setText(""))
        self.enterprise_form = form
        form.open()
        return form

    def _campaign_changed(self) -> None:
        self.phase.clear()
        index = self.campaign.currentIndex()
        if 0 <= index < len(self.campaigns):
            c = self.campaigns[index]
            fill_combo(self.phase, c.phases)  # shown in the UI's language; currentData() is stored
            today = date.today()
            self.date.set_date(today if c.start_date <= today <= c.end_date else c.start_date)

    def _checked(self, widget: QListWidget) -> list[str]:
        return [
            widget.item(n).data(IdRole)
            for n in range(widget.count())
            if widget.item(n).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        if self.dates.refuse():  # the date shown is not a date: nothing is stored
            return
        if self.campaign.currentIndex() < 0:
            self.error.setText(self.tr("Create a campaign first (File → New campaign)."))
            return
        enterprise_id = self.enterprise.currentData()
        if not enterprise_id or self.enterprise.currentText() != self.enterprise.itemText(self.enterprise.currentIndex()):
            typed = self._typed_name_not_registered()
            if typed and self._new_enterprise_form is not None:
                self.error.setText(self.tr("“%1” is not in the register: add it with New enterprise….")
                                   .replace("%1", typed))
                self.add_enterprise.setFocus()
            else:
                self.error.setText(self.tr("Choose an enterprise from the register."))
            return
        try:
            self.inspection_id = inspection_service.start_inspection(
                store=self.store,
                campaign_id=self.campaign.currentData(),
                phase=self.phase.currentData(),
                enterprise_id=enterprise_id,
                template_ids=self._checked(self.templates),
                inspector_ids=self._checked(self.inspectors),
                inspection_date=self.date.date_value(),
                unannounced=self.unannounced.isChecked(),
            )
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
