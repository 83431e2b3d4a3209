"""Forms for one enterprise (检查对象) and one inspector (执法检查人员).

OK saves through the register service; a ValidationError marks each offending field (red border, tooltip and a
line of text under it) and keeps the form open, so nothing is stored until every field is valid.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.registers import CREDIT_GRADES, HAZARD_FLAGS, KEY_CATEGORIES, RISK_GRADES, Enterprise, Inspector
from safety_desk.services import registers as register_service
from safety_desk.store.database import Store
from safety_desk.ui.common.record_form import RecordForm, editable_combo

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
