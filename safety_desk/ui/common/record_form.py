"""The base of every record form (enterprise, inspector, veto registers, enforcement outcome): fields registered by
record attribute, so that a ValidationError marks each offending field and keeps the form open.

Typed dates (``DateField``, ``OptionalDate``) are checked before anything else: a text that is not a date is marked
red with a message naming its field when its edit finishes, and OK refuses to save while one is shown. Whether an
*empty* date is allowed is the record's rule (the domain validator), except a ticked ``OptionalDate``, which needs one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safety_desk.errors import UserError, ValidationError
from safety_desk.store.database import Store
from safety_desk.ui.common.date_field import DateField, named_problem
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.common.qdates import OptionalDate

# A dynamic property rather than a per-widget style sheet: clearing it restores the platform look exactly.
_INVALID_STYLE = '*[invalid="true"] { border: 1px solid #c62828; } QLabel[role="fieldError"] { color: #c62828; }'


class RecordForm(QDialog):
    """A form whose fields are registered by record attribute, so a ValidationError can mark them."""

    def __init__(self, store: Store, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._store = store
        self.setStyleSheet(_INVALID_STYLE)
        self.saved_id: str | None = None
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, str] = {}
        self._typed_marked: set[str] = set()  # fields marked because their typed date is not a date
        self.general_error = QLabel(objectName="generalError", wordWrap=True)
        self.general_error.setProperty("role", "fieldError")
        self.general_error.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def _add(self, attr: str, label: str, widget: QWidget) -> QWidget:
        """A form row: the widget and, under it, the (hidden) line that says what is wrong with it."""
        widget.setObjectName(f"{attr}Field")
        error = QLabel(objectName=f"{attr}Error", wordWrap=True)
        error.setProperty("role", "fieldError")
        error.hide()
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(error)
        self.form.addRow(label, box)
        self.fields[attr] = widget
        self._errors[attr] = error
        self._labels[attr] = label
        typed = widget.date if isinstance(widget, OptionalDate) else widget
        if isinstance(typed, DateField):
            typed.editingFinished.connect(lambda: self._check_typed(attr))
            typed.textChanged.connect(lambda _text: attr in self._typed_marked and self._check_typed(attr))
            if isinstance(widget, OptionalDate):
                widget.check.toggled.connect(lambda _on: self._check_typed(attr))
        return widget

    def typed_problem(self, attr: str) -> str:
        """Why the date a field shows cannot be stored, naming the field ("" for any other field)."""
        widget = self.fields[attr]
        if isinstance(widget, OptionalDate):
            why, label = widget.problem(), widget.check.text()
        elif isinstance(widget, DateField):
            why, label = widget.problem(required=False), self._labels[attr]
        else:
            return ""
        return named_problem(label, why) if why else ""

    def typed_problems(self) -> dict[str, str]:
        return {attr: message for attr in self.fields if (message := self.typed_problem(attr))}

    def _check_typed(self, attr: str) -> None:
        """A date's edit finished: mark it at once when it is not a date; clear a mark that said so."""
        message = self.typed_problem(attr)
        if message:
            self._typed_marked.add(attr)
            self._mark(attr, message)
        elif attr in self._typed_marked:
            self._typed_marked.discard(attr)
            self._mark(attr, "")

    def _mark(self, attr: str, message: str) -> None:
        widget = self.fields[attr]
        target = widget.date if isinstance(widget, OptionalDate) else widget
        if isinstance(target, DateField):
            target.set_invalid(message)
        else:
            widget.setProperty("invalid", bool(message))
            widget.setToolTip(message)
            widget.style().unpolish(widget)  # re-apply the style sheet for the changed property
            widget.style().polish(widget)
        self._errors[attr].setText(message)
        self._errors[attr].setVisible(bool(message))

    def mark_problems(self, problems: dict[str, str]) -> None:
        """Show ``problems`` (field → message) on their fields; clear the marks of fields now valid."""
        for attr in self.fields:
            self._mark(attr, problems.get(attr, ""))
        self._typed_marked = {attr for attr in problems if attr in self.fields and self.typed_problem(attr)}
        unplaced = [m for attr, m in problems.items() if attr not in self.fields]
        self.general_error.setText("\n".join(unplaced))
        self.general_error.setVisible(bool(unplaced))
        first = next((self.fields[a] for a in self.fields if a in problems), None)
        if first is not None:
            target = first.date if isinstance(first, OptionalDate) and first.check.isChecked() else first
            target.setFocus()
            scroll = next((w for w in _ancestors(target) if isinstance(w, QScrollArea)), None)
            if scroll is not None:  # a long form (the lead's) scrolls the marked field into sight
                scroll.ensureWidgetVisible(target)

    def problem_of(self, attr: str) -> str:
        """The message shown on a field ("" when it is valid); for tests and accessibility tools."""
        label = self._errors[attr]
        return label.text() if not label.isHidden() else ""

    def accept(self) -> None:
        typed = self.typed_problems()
        if typed:  # nothing is saved while a field shows a date that is not one
            self.mark_problems(typed)
            return
        try:
            self.saved_id = self._save()
        except ValidationError as exc:
            self.mark_problems(exc.problems)
            return
        except UserError as exc:  # e.g. the record was deleted meanwhile, or the database is locked
            show_error(self, self.tr("Cannot save"), str(exc))
            return
        super().accept()

    def _save(self) -> str:
        raise NotImplementedError


def _ancestors(widget: QWidget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def editable_combo(items: list[str], current: str) -> QComboBox:
    combo = QComboBox(editable=True)
    combo.addItems(items)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCurrentText(current)
    return combo
