"""Dialogs of the 双随机 tab: the draw (the seed is shown, and can be typed, before anything is drawn), a task's
visit date and its result."""

from __future__ import annotations

from collections.abc import Callable

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.draw import MAX_SEED, seed_from_time
from safety_desk.domain.sampling import RESULT_DUE_WORKDAYS, RESULTS, Plan
from safety_desk.ui.common.date_field import DateChecks
from safety_desk.ui.common.qdates import date_edit
from safety_desk.ui.common.vocabulary import fill_combo, select_value


def _error_line(name: str) -> QLabel:
    return QLabel(objectName=name, styleSheet="color: #b00020", wordWrap=True)


class DrawDialog(QDialog):
    """Who draws, the witnesses and the seed; the seed is on screen before the draw is confirmed."""

    def __init__(self, plan: Plan, *, replaces: str | None = None, actor: str = "", parent: QWidget | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draw: %1").replace("%1", plan.name))
        self.replaces = replaces
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The draw depends only on the seed, the plan and the registers as they are now. Write the seed down: "
            "anyone can re-run the draw with it and get the same list."), wordWrap=True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.seed = QLineEdit(str(seed_from_time(now or datetime.now())), objectName="drawSeed")
        self.seed.setToolTip(self.tr("Derived from the time now; type another number to use it instead"))
        self.generated = self.seed.text()
        self.drawn_by = QLineEdit(actor, objectName="drawnBy")
        self.witnesses = QLineEdit(objectName="drawWitnesses", placeholderText=self.tr("Names, separated by 、 or ,"))
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Drawn by"), self.drawn_by)
        form.addRow(self.tr("Witnesses"), self.witnesses)
        self.reason = QLineEdit(objectName="drawReason")
        if replaces:
            form.addRow(self.tr("Reason for redrawing"), self.reason)
        layout.addLayout(form)
        self.error = QLabel(objectName="drawError", styleSheet="color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Draw with this seed"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def seed_value(self) -> int | None:
        text = self.seed.text().strip()
        return int(text) if text.isdigit() and int(text) <= MAX_SEED else None

    def seed_is_explicit(self) -> bool:
        return self.seed.text().strip() != self.generated

    def witness_names(self) -> list[str]:
        text = self.witnesses.text().replace(",", "、").replace("，", "、")
        return [w.strip() for w in text.split("、") if w.strip()]

    def _accept(self) -> None:
        if self.seed_value() is None:
            self.error.setText(self.tr("The seed must be a whole number from 0 to %1").replace("%1", str(MAX_SEED)))
            return
        if self.replaces and not self.reason.text().strip():
            self.error.setText(self.tr("Say why the plan is drawn again"))
            return
        self.accept()


class _SavedOnOk(QDialog):
    """OK refuses while a date shown is not a date, and while ``save`` (the page's, which stores the values and says
    in a message box why it cannot) returns False: the dialog stays open and what was typed is never lost."""

    dates: DateChecks

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.save: Callable[[], bool] | None = None

    def accept(self) -> None:
        if not self.dates.refuse() and (self.save is None or self.save()):
            super().accept()


class VisitDateDialog(_SavedOnOk):
    """The day of the visit, and whether the inspection is finished (which starts the result deadline)."""

    def __init__(self, enterprise: str, current: date | None, finished: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inspection date: %1").replace("%1", enterprise))
        form = QFormLayout(self)
        self.error = _error_line("visitDateError")
        self.dates = DateChecks(self.error)
        self.day = self.dates.add(date_edit(current, name="visitDate"), self.tr("Inspected on"))
        form.addRow(self.tr("Inspected on"), self.day)
        self.finished = QCheckBox(self.tr("The inspection is finished"), objectName="visitFinished")
        self.finished.setChecked(finished)
        form.addRow("", self.finished)
        form.addRow(QLabel(self.tr("The result is due %1 working days after this day.").replace(
            "%1", str(RESULT_DUE_WORKDAYS)), wordWrap=True))
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> date:
        return self.day.date_value()


class ResultDialog(_SavedOnOk):
    def __init__(self, enterprise: str, *, due: date | None, result: str = "", note: str = "", actor: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Result: %1").replace("%1", enterprise))
        form = QFormLayout(self)
        self.result = QComboBox(objectName="resultChoice")
        fill_combo(self.result, RESULTS)  # shown in the UI's language; currentData() is the stored value
        select_value(self.result, result)
        self.error = _error_line("resultError")
        self.dates = DateChecks(self.error)
        self.day = self.dates.add(date_edit(date.today(), name="resultDate"), self.tr("Entered on"))
        self.by = QLineEdit(actor, objectName="resultBy")
        self.note = QPlainTextEdit(note, objectName="resultNote")
        self.note.setTabChangesFocus(True)
        form.addRow(self.tr("Result"), self.result)
        form.addRow(self.tr("Entered on"), self.day)
        if due:
            form.addRow(self.tr("Due"), QLabel(due.isoformat()))
        form.addRow(self.tr("Entered by"), self.by)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RecusalDialog(_SavedOnOk):
    """An inspector declares a conflict of interest (回避) with an enterprise: never drawn to inspect it. The
    enterprise box completes on any part of the name."""

    def __init__(self, inspectors: list[tuple[str, str]], enterprises: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Declare a conflict of interest"))
        form = QFormLayout(self)
        self.inspector = QComboBox(objectName="recusalInspector")
        for label, inspector_id in inspectors:
            self.inspector.addItem(label, inspector_id)
        self.enterprise = QComboBox(objectName="recusalEnterprise", editable=True)
        for label, enterprise_id in enterprises:
            self.enterprise.addItem(label, enterprise_id)
        self.enterprise.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.enterprise.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.reason = QLineEdit(objectName="recusalReason", placeholderText=self.tr("e.g. a relative works there"))
        self.error = _error_line("recusalError")
        self.dates = DateChecks(self.error)
        self.day = self.dates.add(date_edit(date.today(), name="recusalDate"), self.tr("Declared on"))
        form.addRow(self.tr("Inspector"), self.inspector)
        form.addRow(self.tr("Enterprise"), self.enterprise)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Declared on"), self.day)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def enterprise_id(self) -> str | None:
        """The enterprise whose name is in the box (typed or chosen), or None."""
        index = self.enterprise.findText(self.enterprise.currentText().strip())
        return self.enterprise.itemData(index) if index >= 0 else None
