"""The base of every record form (enterprise, inspector, veto registers, enforcement outcome): fields registered by
record attribute, so that a ValidationError marks each offending field and keeps the form open.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from safety_desk.errors import UserError, ValidationError
from safety_desk.store.database import Store
from safety_desk.ui.common.dialogs import show_error

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
        return widget

    def mark_problems(self, problems: dict[str, str]) -> None:
        """Show ``problems`` (field → message) on their fields; clear the marks of fields now valid."""
        for attr, widget in self.fields.items():
            message = problems.get(attr, "")
            widget.setProperty("invalid", bool(message))
            widget.setToolTip(message)
            widget.style().unpolish(widget)  # re-apply the style sheet for the changed property
            widget.style().polish(widget)
            self._errors[attr].setText(message)
            self._errors[attr].setVisible(bool(message))
        unplaced = [m for attr, m in problems.items() if attr not in self.fields]
        self.general_error.setText("\n".join(unplaced))
        self.general_error.setVisible(bool(unplaced))
        first = next((self.fields[a] for a in self.fields if a in problems), None)
        if first is not None:
            first.setFocus()

    def problem_of(self, attr: str) -> str:
        """The message shown on a field ("" when it is valid); for tests and accessibility tools."""
        label = self._errors[attr]
        return label.text() if not label.isHidden() else ""

    def accept(self) -> None:
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


def editable_combo(items: list[str], current: str) -> QComboBox:
    combo = QComboBox(editable=True)
    combo.addItems(items)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCurrentText(current)
    return combo
