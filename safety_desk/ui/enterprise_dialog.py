"""Forms for one enterprise (检查对象) and one inspector (执法检查人员).

OK saves through the register service; a ValidationError marks each offending field (red border, tooltip and a
line of text under it) and keeps the form open, so nothing is stored until every field is valid.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.registers import CREDIT_GRADES, HAZARD_FLAGS, KEY_CATEGORIES, RISK_GRADES, Enterprise, Inspector
from safety_desk.errors import UserError, ValidationError
from safety_desk.services import registers as register_service
from safety_desk.store.database import Store
from safety_desk.ui.dialogs import show_error

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


def _grade_combo(grades: tuple[str, ...], current: str, empty: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty, "")
    for g in grades:
        combo.addItem(g, g)  # grades are domain values (重大风险 …), shown as written
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class EnterpriseDialog(RecordForm):
    """Create (``enterprise`` None) or edit an enterprise of the 检查对象名录库."""

    def __init__(
        self,
        store: Store,
        enterprise: Enterprise | None = None,
        *,
        streets: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, parent)
        e = enterprise or Enterprise(name="")
        self._id = e.id
        self.setWindowTitle(self.tr("Edit enterprise") if e.id else self.tr("New enterprise"))
        self.name_edit = self._add("name", self.tr("Name"), QLineEdit(e.name))
        self.code_edit = self._add("credit_code", self.tr("Unified social credit code"), QLineEdit(e.credit_code))
        self.code_edit.setPlaceholderText(self.tr("18 characters"))
        self.street_combo = self._add("street", self.tr("Street"), editable_combo(streets or [], e.street))
        self.address_edit = self._add("address", self.tr("Address"), QLineEdit(e.address))
        self.sector_edit = self._add("sector", self.tr("Sector"), QLineEdit(e.sector))
        self.department_edit = self._add("lead_department", self.tr("Lead department"), QLineEdit(e.lead_department))
        self.risk_combo = self._add("risk_grade", self.tr("Risk grade"),
                                    _grade_combo(RISK_GRADES, e.risk_grade, self.tr("Not graded")))
        self.credit_combo = self._add("credit_grade", self.tr("Credit grade"),
                                      _grade_combo(CREDIT_GRADES, e.credit_grade, self.tr("Not graded")))

        categories = QGroupBox()
        grid = QGridLayout(categories)
        self.category_boxes: dict[str, QCheckBox] = {}
        for n, category in enumerate(KEY_CATEGORIES):  # Attachment 1 二（三）, in its order
            box = QCheckBox(category, checked=category in e.key_categories)
            grid.addWidget(box, n // 2, n % 2)
            self.category_boxes[category] = box
        self._add("key_categories", self.tr("Key enterprise categories"), categories)

        hazards = QGroupBox()
        row = QVBoxLayout(hazards)
        self.flag_boxes: dict[str, QCheckBox] = {}
        for attr, label in HAZARD_FLAGS:
            box = QCheckBox(label, objectName=f"{attr}Box", checked=bool(getattr(e, attr)))
            row.addWidget(box)
            self.flag_boxes[attr] = box
        self._add("hazards", self.tr("Key processes / chemicals, major hazards"), hazards)

        self.person_edit = self._add("contact_person", self.tr("Contact person"), QLineEdit(e.contact_person))
        self.phone_edit = self._add("contact_phone", self.tr("Contact phone"), QLineEdit(e.contact_phone))
        self.resize(720, self.sizeHint().height())

    def enterprise(self) -> Enterprise:
        """The form's values as a record (not yet validated)."""
        return Enterprise(
            id=self._id,
            name=self.name_edit.text(),
            credit_code=self.code_edit.text().strip().upper(),
            street=self.street_combo.currentText(),
            address=self.address_edit.text(),
            sector=self.sector_edit.text(),
            lead_department=self.department_edit.text(),
            risk_grade=self.risk_combo.currentData() or "",
            credit_grade=self.credit_combo.currentData() or "",
            key_categories=[c for c, box in self.category_boxes.items() if box.isChecked()],
            contact_person=self.person_edit.text(),
            contact_phone=self.phone_edit.text(),
            **{attr: box.isChecked() for attr, box in self.flag_boxes.items()},
        )

    def _save(self) -> str:
        return register_service.save_enterprise(store=self._store, enterprise=self.enterprise())


class InspectorDialog(RecordForm):
    """Create (``inspector`` None) or edit an inspector of the 执法检查人员名录库."""

    def __init__(
        self,
        store: Store,
        inspector: Inspector | None = None,
        *,
        departments: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, parent)
        i = inspector or Inspector(name="")
        self._id = i.id
        self.setWindowTitle(self.tr("Edit inspector") if i.id else self.tr("New inspector"))
        self.name_edit = self._add("name", self.tr("Name"), QLineEdit(i.name))
        self.department_combo = self._add("department", self.tr("Department"),
                                          editable_combo(departments or [], i.department))
        self.certificate_edit = self._add("certificate_no", self.tr("Enforcement certificate no."),
                                          QLineEdit(i.certificate_no))
        self.specialties_edit = self._add("specialties", self.tr("Specialties"), QLineEdit(i.specialties))
        self.specialties_edit.setPlaceholderText(self.tr("e.g. hazardous chemicals, fire safety"))
        self.resize(480, self.sizeHint().height())

    def inspector(self) -> Inspector:
        return Inspector(
            id=self._id,
            name=self.name_edit.text(),
            department=self.department_combo.currentText(),
            certificate_no=self.certificate_edit.text(),
            specialties=self.specialties_edit.text(),
        )

    def _save(self) -> str:
        return register_service.save_inspector(store=self._store, inspector=self.inspector())
