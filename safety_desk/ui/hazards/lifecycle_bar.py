"""The strip at the top of the hazard form: where the hazard stands in its lifecycle and the steps it allows now.

Only the allowed actions are shown (domain.lifecycle.available_actions), so a user never meets a button that can
only say no. The bar knows nothing about the store: the form gives it the state and acts on its signals.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safety_desk.domain.findings import STATUS_CLOSED, Finding, is_overdue
from safety_desk.domain.lifecycle import (
    ACTION_DELIST,
    ACTION_EXTEND,
    ACTION_LIST,
    ACTION_REINSPECT,
    ACTION_REOPEN,
    ACTION_START,
    ACTION_SUBMIT,
    Listing,
    veto_situation,
)

# action → objectName of its button (tests and style sheets address buttons by these)
BUTTON_NAMES = {
    ACTION_START: "startRectification", ACTION_SUBMIT: "submitForReinspection", ACTION_REINSPECT: "reinspect",
    ACTION_EXTEND: "extendDeadline", ACTION_LIST: "listHazard", ACTION_DELIST: "delistHazard",
    ACTION_REOPEN: "reopenHazard",
}
_STATUS_COLOURS = {"待整改": "#8a4b00", "整改中": "#0b57d0", "待复查": "#6a1b9a", STATUS_CLOSED: "#1b5e20"}


class LifecycleBar(QWidget):
    action_requested = Signal(str)  # one of BUTTON_NAMES' keys
    actor_change_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lifecycleBar")
        self.status = QLabel(objectName="lifecycleStatus", wordWrap=True)
        self.actor = QLabel(objectName="actorLabel")
        change = QPushButton(self.tr("Change…"), objectName="changeActor", flat=True)
        change.clicked.connect(self.actor_change_requested)
        texts = {
            ACTION_START: self.tr("Start rectification"), ACTION_SUBMIT: self.tr("Report done"),
            ACTION_REINSPECT: self.tr("Re-inspect…"), ACTION_EXTEND: self.tr("Extend deadline…"),
            ACTION_LIST: self.tr("List for supervision…"), ACTION_DELIST: self.tr("Lift listing…"),
            ACTION_REOPEN: self.tr("Reopen…"),
        }
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for action, name in BUTTON_NAMES.items():
            button = QPushButton(texts[action], objectName=name)
            button.clicked.connect(lambda _=False, a=action: self.action_requested.emit(a))
            self.buttons[action] = button
            row.addWidget(button)
        row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.actor)
        top.addWidget(change)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row)

    def set_state(self, finding: Finding, listing: Listing | None, actions: list[str], actor: str,
                  today: date) -> None:
        parts = [f"<b style='color:{_STATUS_COLOURS.get(finding.status, '#000')}'>{escape(finding.status)}</b>"]
        deadline = finding.five.deadline
        if deadline:
            text = self.tr("deadline %1").replace("%1", deadline.isoformat())
            if is_overdue(deadline, finding.status, today):
                overdue = self.tr("overdue by %1 days").replace("%1", str((today - deadline).days))
                text += f" <b style='color:#b00020'>{overdue}</b>"
            parts.append(text)
        if listing:
            parts.append(self.tr("listed: %1 · %2 · %3").replace("%1", escape(listing.level)).replace(
                "%2", escape(listing.supervising_unit)).replace("%3", escape(listing.document_no)))
            if veto_situation(listing, finding.status, deadline, today):
                parts.append("<b style='color:#b00020'>" + self.tr("veto situation for the enterprise") + "</b>")
        if not finding.ledger_entered:
            parts = [self.tr("Draft: enter it into the ledger to follow its rectification.")]
        elif finding.status == STATUS_CLOSED:
            parts.append(self.tr("written off: read-only"))
        self.status.setText(" · ".join(parts))
        self.actor.setText(self.tr("Recording as %1").replace("%1", actor or "—"))
        for action, button in self.buttons.items():
            button.setVisible(action in actions)

    def visible_actions(self) -> list[str]:
        return [a for a, b in self.buttons.items() if not b.isHidden()]
