"""Start an inspection: campaign, phase, enterprise, one or more checklists, inspectors, date, 四不两直."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safety_desk.errors import UserError
from safety_desk.services import inspections as inspection_service
from safety_desk.services import registers as register_service
from safety_desk.services import templates as template_service
from safety_desk.store.database import Store
from safety_desk.ui.common.qdates import from_qdate, to_qdate

IdRole = Qt.ItemDataRole.UserRole + 1


class NewInspectionDialog(QDialog):
    """Lists are short (a campaign's templates, one office's inspectors), so list widgets are fine here."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.inspection_id: str | None = None
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
        for e in register_service.list_enterprises(store=store):
            self.enterprise.addItem(f"{e.name}（{e.street}）" if e.street else e.name, e.id)
        self.enterprise.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.enterprise.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

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

        self.date = QDateEdit(QDate.currentDate(), calendarPopup=True, objectName="inspectionDate")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.unannounced = QCheckBox(self.tr("Unannounced visit (四不两直)"), objectName="unannounced")
        self.error = QLabel(objectName="inspectionError", styleSheet="color:#b00020", wordWrap=True)

        form = QFormLayout()
        form.addRow(self.tr("Campaign"), self.campaign)
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Enterprise"), self.enterprise)
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

    def _campaign_changed(self) -> None:
        self.phase.clear()
        index = self.campaign.currentIndex()
        if 0 <= index < len(self.campaigns):
            c = self.campaigns[index]
            self.phase.addItems(c.phases)
            today = QDate.currentDate()
            inside = to_qdate(c.start_date) <= today <= to_qdate(c.end_date)
            self.date.setDate(today if inside else to_qdate(c.start_date))

    def _checked(self, widget: QListWidget) -> list[str]:
        return [
            widget.item(n).data(IdRole)
            for n in range(widget.count())
            if widget.item(n).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        if self.campaign.currentIndex() < 0:
            self.error.setText(self.tr("Create a campaign first (File → New campaign)."))
            return
        enterprise_id = self.enterprise.currentData()
        if not enterprise_id or self.enterprise.currentText() != self.enterprise.itemText(self.enterprise.currentIndex()):
            self.error.setText(self.tr("Choose an enterprise from the register."))
            return
        try:
            self.inspection_id = inspection_service.start_inspection(
                store=self.store,
                campaign_id=self.campaign.currentData(),
                phase=self.phase.currentText(),
                enterprise_id=enterprise_id,
                template_ids=self._checked(self.templates),
                inspector_ids=self._checked(self.inspectors),
                inspection_date=from_qdate(self.date.date()),
                unannounced=self.unannounced.isChecked(),
            )
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
