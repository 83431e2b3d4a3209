"""Small dialogs for the lifecycle steps of a hazard: a transition with its reason, a re-inspection, a deadline
extension, a listing and its lifting.

Each dialog calls its service when OK is pressed and closes only if the step was stored; a refused step stays open
with the problem marked on its field, and nothing is half-written (each service call is one transaction).
Every dialog shows "Recorded by", filled with the name remembered on this device: who took a step is part of it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.lifecycle import (
    ACTION_REOPEN,
    ACTION_START,
    ACTION_SUBMIT,
    LISTING_LEVELS,
    REINSPECTION_RESULTS,
    RESULT_FAIL,
    MissingReasonError,
)
from safety_desk.errors import UserError, ValidationError
from safety_desk.services import findings as finding_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.services import registers as register_service
from safety_desk.store.database import Store
from safety_desk.ui.common.date_field import DateField
from safety_desk.ui.common.vocabulary import fill_combo

_INVALID = "border: 2px solid #b00020;"


def _date_edit(value: date, name: str) -> DateField:
    """A date typed as text (or picked): what it shows is what the step records, never a leftover valid date."""
    edit = DateField(objectName=name)
    edit.set_date(value)
    return edit


def _typed_date(widget: DateField, field: str) -> date:
    """The date a field shows; a ValidationError marking that field when it is empty or not a date."""
    try:
        value = widget.date_value()
    except ValueError as exc:
        raise ValidationError({field: str(exc)}) from None
    if value is None:
        raise ValidationError({field: "请填写日期"})
    return value


class LifecycleStepDialog(QDialog):
    """The common frame: a form, "Recorded by", an error line, OK/Cancel. Subclasses implement ``run(actor)``."""

    stored = Signal(str)  # finding id, after the step is committed

    def __init__(self, store: Store, finding_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.finding_id = finding_id
        self.finding = finding_service.get_finding(store=store, finding_id=finding_id)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = QFormLayout()
        self.actor = QLineEdit(lifecycle_service.current_actor(store=store), objectName="actorName")
        self.error = QLabel(objectName="stepError", wordWrap=True, styleSheet="color:#b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        head = QLabel(f"<b>{_escape(self.finding.description.splitlines()[0] if self.finding.description else '')}"
                      f"</b>　[{self.finding.level}] {self.finding.status}", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(self.form)
        self._fields: dict[str, QWidget] = {"actor": self.actor}

    def finish_layout(self) -> None:
        """Called by subclasses after their rows: "Recorded by" last, then the error line and the buttons."""
        self.form.addRow(self.tr("Recorded by"), self.actor)
        layout: QVBoxLayout = self.layout()  # type: ignore[assignment]
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def field(self, name: str, widget: QWidget) -> QWidget:
        """Register ``widget`` as the one a service problem called ``name`` is marked on."""
        self._fields[name] = widget
        return widget

    def run(self, actor: str) -> None:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def accept(self) -> None:
        for widget in self._fields.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
        if not self.actor.text().strip():
            self.actor.setStyleSheet(_INVALID)
            self.error.setText(self.tr("Please enter your name: every step records who took it."))
            return
        try:
            self.run(self.actor.text().strip())
        except ValidationError as exc:
            for name, message in exc.problems.items():
                widget = self._fields.get(name)
                if widget is not None:
                    widget.setStyleSheet(_INVALID)
                    widget.setToolTip(message)
            self.error.setText(str(exc))
            return
        except UserError as exc:
            self.error.setText(str(exc))
            return
        lifecycle_service.remember_actor(store=self.store, name=self.actor.text())
        self.stored.emit(self.finding_id)
        super().accept()


class TransitionDialog(LifecycleStepDialog):
    """开始整改 / 提交复查 / 重新打开: a note (a reason, required to reopen) and who."""

    def __init__(self, store: Store, finding_id: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(store, finding_id, "", parent)
        titles = {ACTION_START: self.tr("Start rectification"), ACTION_SUBMIT: self.tr("Report rectification done"),
                  ACTION_REOPEN: self.tr("Reopen a written-off hazard")}
        self.setWindowTitle(titles[action])
        self.action = action
        self.reason = QPlainTextEdit(objectName="stepReason")
        self.reason.setFixedHeight(72)
        if action == ACTION_REOPEN:
            label = self.tr("Reason (required)")
            self.reason.setPlaceholderText(self.tr("Why is this hazard open again?"))
        else:
            label = self.tr("Note")
        self.form.addRow(label, self.field("reason", self.reason))
        self.finish_layout()

    def run(self, actor: str) -> None:
        call = {ACTION_START: lifecycle_service.start_rectification,
                ACTION_SUBMIT: lifecycle_service.submit_for_reinspection,
                ACTION_REOPEN: lifecycle_service.reopen}[self.action]
        try:
            call(store=self.store, finding_id=self.finding_id, actor=actor, reason=self.reason.toPlainText())
        except MissingReasonError as exc:
            raise ValidationError({"reason": str(exc)}) from None


class ReinspectionDialog(LifecycleStepDialog):
    """复查验收: result, date, inspector (from the register or typed), opinion, evidence photos."""

    def __init__(self, store: Store, finding_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, finding_id, self.tr("Re-inspection and acceptance"), parent)
        self.result = QComboBox(objectName="reinspectionResult")
        fill_combo(self.result, REINSPECTION_RESULTS)  # shown in the UI's language, stored as the closed list says
        self.result.currentIndexChanged.connect(lambda _i: self._result_changed(self.result.currentData()))
        self.reinspected_on = _date_edit(date.today(), "reinspectedOn")
        self.inspector = QComboBox(objectName="reinspectionInspector", editable=True)
        self.inspector.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.inspector.addItem("", "")  # not None: PySide6 6.12 drops a reference to None it is handed
        for person in register_service.list_inspectors(store=store):
            self.inspector.addItem(person.name, person.id)
        self.opinion = QPlainTextEdit(objectName="reinspectionOpinion")
        self.opinion.setFixedHeight(72)
        self.photos = QListWidget(objectName="evidencePhotos")
        self.photos.setFixedHeight(80)
        add = QPushButton(self.tr("Add photos…"), objectName="addEvidence")
        add.clicked.connect(self._pick_photos)
        remove = QPushButton(self.tr("Remove"), objectName="removeEvidence")
        remove.clicked.connect(lambda: self.photos.takeItem(self.photos.currentRow()))
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(add)
        photo_buttons.addWidget(remove)
        photo_buttons.addStretch(1)
        self.form.addRow(self.tr("Result"), self.field("result", self.result))
        self.form.addRow(self.tr("Re-inspected on"), self.field("reinspected_on", self.reinspected_on))
        self.form.addRow(self.tr("Inspector"), self.field("inspector", self.inspector))
        self.opinion_label = QLabel(self.tr("Opinion"))
        self.form.addRow(self.opinion_label, self.field("opinion", self.opinion))
        self.form.addRow(self.tr("Evidence photos"), self.photos)
        self.form.addRow("", photo_buttons)
        self.finish_layout()
        self._result_changed(self.result.currentData())

    def _result_changed(self, result: str) -> None:
        # A failure sends the hazard back to the enterprise: the opinion is its reason and must be written.
        self.opinion_label.setText(self.tr("Opinion (required: what is still wrong)") if result == RESULT_FAIL
                                   else self.tr("Opinion"))

    def _pick_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"))
        self.add_photo_paths(paths)

    def add_photo_paths(self, paths: list[str]) -> None:
        for path in paths:
            self.photos.addItem(path)

    def photo_paths(self) -> list[str]:
        return [self.photos.item(n).text() for n in range(self.photos.count())]

    def run(self, actor: str) -> None:
        # A name picked from the list keeps its register id; a typed name that matches no entry is kept as typed.
        index = self.inspector.findText(self.inspector.currentText(), Qt.MatchFlag.MatchExactly)
        inspector_id = (self.inspector.itemData(index) or None) if index > 0 else None
        lifecycle_service.record_reinspection(
            store=self.store, finding_id=self.finding_id, actor=actor, result=self.result.currentData(),
            reinspected_on=_typed_date(self.reinspected_on, "reinspected_on"), opinion=self.opinion.toPlainText(),
            inspector_id=inspector_id, inspector_name=self.inspector.currentText(), photo_paths=self.photo_paths())


class ExtensionDialog(LifecycleStepDialog):
    """延期: the current deadline, the new one, the reason and who approved it."""

    def __init__(self, store: Store, finding_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, finding_id, self.tr("Extend the deadline"), parent)
        old = self.finding.five.deadline
        self.old_deadline = QLabel(old.isoformat() if old else self.tr("not set"), objectName="oldDeadline")
        self.new_deadline = _date_edit((old or date.today()) + timedelta(days=30), "newDeadline")
        self.reason = QPlainTextEdit(objectName="extensionReason")
        self.reason.setFixedHeight(72)
        self.approved_by = QLineEdit(objectName="approvedBy")
        self.approved_by.setPlaceholderText(self.tr("who approved the extension, e.g. the street safety office"))
        self.form.addRow(self.tr("Current deadline"), self.old_deadline)
        self.form.addRow(self.tr("New deadline"), self.field("new_deadline", self.new_deadline))
        self.form.addRow(self.tr("Reason (required)"), self.field("reason", self.reason))
        self.form.addRow(self.tr("Approved by (required)"), self.field("approved_by", self.approved_by))
        self.finish_layout()

    def run(self, actor: str) -> None:
        lifecycle_service.extend_deadline(
            store=self.store, finding_id=self.finding_id, actor=actor,
            new_deadline=_typed_date(self.new_deadline, "new_deadline"), reason=self.reason.toPlainText(),
            approved_by=self.approved_by.text())


class ListingDialog(LifecycleStepDialog):
    """挂牌督办: level, supervising unit, document number, listing date."""

    def __init__(self, store: Store, finding_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, finding_id, self.tr("Listed supervision"), parent)
        self.level = QComboBox(objectName="listingLevel")
        fill_combo(self.level, LISTING_LEVELS)
        self.supervising_unit = QLineEdit(objectName="supervisingUnit")
        self.supervising_unit.setPlaceholderText(self.tr("e.g. the district safety committee office"))
        self.document_no = QLineEdit(objectName="documentNo")
        self.listed_on = _date_edit(date.today(), "listedOn")
        self.form.addRow(self.tr("Level"), self.field("level", self.level))
        self.form.addRow(self.tr("Supervising unit"), self.field("supervising_unit", self.supervising_unit))
        self.form.addRow(self.tr("Document number"), self.field("document_no", self.document_no))
        self.form.addRow(self.tr("Listed on"), self.field("listed_on", self.listed_on))
        self.finish_layout()

    def run(self, actor: str) -> None:
        lifecycle_service.list_hazard(
            store=self.store, finding_id=self.finding_id, actor=actor, level=self.level.currentData(),
            supervising_unit=self.supervising_unit.text(), document_no=self.document_no.text(),
            listed_on=_typed_date(self.listed_on, "listed_on"))


class DelistDialog(LifecycleStepDialog):
    """撤销挂牌: when and why the listing is lifted."""

    def __init__(self, store: Store, finding_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, finding_id, self.tr("Lift the listing"), parent)
        listing = lifecycle_service.open_listing(store=store, finding_id=finding_id)
        current = (f"{listing.level} · {listing.supervising_unit} · {listing.document_no} · "
                   f"{listing.listed_on.isoformat()}") if listing else ""
        self.delisted_on = _date_edit(date.today(), "delistedOn")
        self.reason = QPlainTextEdit(objectName="delistReason")
        self.reason.setFixedHeight(72)
        self.form.addRow(self.tr("Listing"), QLabel(current, wordWrap=True))
        self.form.addRow(self.tr("Lifted on"), self.field("delisted_on", self.delisted_on))
        self.form.addRow(self.tr("Reason (required)"), self.field("reason", self.reason))
        self.finish_layout()

    def run(self, actor: str) -> None:
        lifecycle_service.delist(store=self.store, finding_id=self.finding_id, actor=actor,
                                 reason=self.reason.toPlainText(), delisted_on=_typed_date(self.delisted_on, "delisted_on"))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
