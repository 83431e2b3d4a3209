"""Create a campaign (专项整治行动): name, period, phases."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.inspections import PHASES, Campaign
from safety_desk.errors import UserError
from safety_desk.services import inspections as inspection_service
from safety_desk.store.database import Store
from safety_desk.ui.common.date_field import DateChecks, DateField
from safety_desk.ui.common.vocabulary import shown

# The source document's campaign, offered as the example a new user starts from.
EXAMPLE_NAME = "迎接建国70周年安全生产专项整治行动"
EXAMPLE_START, EXAMPLE_END = date(2019, 7, 15), date(2019, 10, 31)


class CampaignDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None, *, campaign: Campaign | None = None) -> None:
        """A new campaign (the source document's as the example), or ``campaign`` to correct."""
        super().__init__(parent)
        self.store = store
        self.editing = campaign
        self.campaign_id: str | None = campaign.id if campaign else None
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("New campaign"))
        self.name = QLineEdit(campaign.name if campaign else EXAMPLE_NAME, objectName="campaignName")
        self.error = QLabel(objectName="campaignError", styleSheet="color:#b00020", wordWrap=True)
        self.dates = DateChecks(self.error)
        self.start = self.dates.add(DateField(objectName="campaignStart"), self.tr("Start"))
        self.end = self.dates.add(DateField(objectName="campaignEnd"), self.tr("End"))
        self.start.set_date(campaign.start_date if campaign else EXAMPLE_START)
        self.end.set_date(campaign.end_date if campaign else EXAMPLE_END)
        # shown in the UI's language; the stored phase is each box's "phase" property
        self.phase_boxes = [QCheckBox(shown(p), checked=(campaign is None or p in campaign.phases)) for p in PHASES]
        for box, phase in zip(self.phase_boxes, PHASES):
            box.setProperty("phase", phase)
        phases = QHBoxLayout()
        for box in self.phase_boxes:
            phases.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Phases"), phases)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.dates.refuse():  # a date shown is not a date: nothing is stored
            return
        campaign = Campaign(
            id=self.campaign_id or "",
            name=self.name.text(),
            start_date=self.start.date_value(),
            end_date=self.end.date_value(),
            phases=[b.property("phase") for b in self.phase_boxes if b.isChecked()],
        )
        try:
            if self.editing is not None:
                inspection_service.update_campaign(store=self.store, campaign=campaign)
            else:
                self.campaign_id = inspection_service.create_campaign(store=self.store, campaign=campaign)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
