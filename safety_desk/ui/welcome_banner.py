"""The banner above the tabs on a new database: the sample data, and which first steps are still to do."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from safety_desk.store.database import Store


class WelcomeBanner(QFrame):
    """Shown until the first inspection: offers the sample data and says which first steps are still to do."""

    def __init__(self, actions: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeBanner")
        self.setStyleSheet("#welcomeBanner { background: #eef5ff; border: 1px solid #b8d0f0; border-radius: 4px; }")
        self.text = QLabel(objectName="welcomeText", wordWrap=True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        for name in ("openDemo", "newCampaign", "newInspection"):
            label = re.sub(r"\(&\w\)|&", "", actions[name].text()).rstrip("…")  # "打开示例数据(&S)" → "打开示例数据"
            button = QPushButton(label, objectName=f"{name}Button")
            button.clicked.connect(actions[name].trigger)
            layout.addWidget(button)

    def update_state(self, store: Store) -> None:
        """What the database holds decides what the banner says (and whether it shows at all)."""
        db = store.db
        has = {table: db.execute(f"select exists(select 1 from {table})").fetchone()[0]
               for table in ("campaigns", "enterprises", "inspectors", "inspections")}
        self.setVisible(not has["inspections"])
        if not any(has.values()):
            self.text.setText(self.tr(
                "<b>Welcome to Safety Desk.</b> This database is empty: open the sample data to look around, or "
                "create a campaign, add enterprises and inspectors under Registers, and start an inspection."))
            return
        steps = []
        if not has["campaigns"]:
            steps.append(self.tr("create a campaign"))
        if not (has["enterprises"] and has["inspectors"]):
            steps.append(self.tr("add enterprises and inspectors under Registers"))
        steps.append(self.tr("start an inspection"))
        self.text.setText(self.tr("<b>Next steps:</b> %1.").replace("%1", self.tr("; ").join(steps)))
