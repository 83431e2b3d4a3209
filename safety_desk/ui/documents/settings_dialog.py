"""发文单位与文号设置: this computer's issuing unit (name, short name, enforcement power, review body) and how it
numbers documents (pattern, this computer's number block)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from safety_desk.domain.documents import DEFAULT_CODES, KINDS, MAX_SEQ, TITLES, NumberingSettings
from safety_desk.domain.issuing_unit import IssuingUnit
from safety_desk.errors import ValidationError
from safety_desk.services import documents as document_service
from safety_desk.services import issuing_unit as unit_service
from safety_desk.store.database import Store


class UnitSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Issuing unit and document numbers"))
        unit = unit_service.current_unit(store=store)
        numbering = document_service.numbering_settings(store=store)
        self.name = QLineEdit(unit.name)
        self.name.setPlaceholderText("济南市天桥区应急管理局")
        self.short_name = QLineEdit(unit.short_name)
        self.short_name.setPlaceholderText("天桥")
        self.power = QCheckBox(self.tr("Holds administrative enforcement power (issues rectification orders)"))
        self.power.setChecked(unit.enforcement_power)
        self.review_body = QLineEdit(unit.review_body)
        self.pattern = QLineEdit(numbering.pattern)
        self.codes = {kind: QLineEdit(numbering.codes.get(kind, DEFAULT_CODES[kind])) for kind in KINDS}
        self.block_start, self.block_end = QSpinBox(), QSpinBox()
        for box, value in ((self.block_start, numbering.block_start), (self.block_end, numbering.block_end)):
            box.setRange(1, MAX_SEQ)
            box.setValue(value)
        self.example = QLabel()
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00000")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Unit name (as printed)"), self.name)
        form.addRow(self.tr("Short name in numbers"), self.short_name)
        form.addRow("", self.power)
        form.addRow(self.tr("Administrative review body"), self.review_body)
        form.addRow(self.tr("Number pattern"), self.pattern)
        for kind, edit in self.codes.items():  # the {code} of each document (文书代字)
            form.addRow(self.tr("Code: {title}").format(title=TITLES[kind]), edit)
        form.addRow(self.tr("This computer's numbers: from"), self.block_start)
        form.addRow(self.tr("to"), self.block_end)
        form.addRow(self.tr("Example"), self.example)
        hint = QLabel(self.tr("Each laptop that issues documents offline needs its own number block from the office "
                              "(e.g. 500–599), so that no two computers ever print the same number."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for edit in (self.short_name, self.pattern, *self.codes.values()):
            edit.textChanged.connect(self._update_example)
        self.block_start.valueChanged.connect(self._update_example)
        self._update_example()

    def _values(self) -> tuple[IssuingUnit, NumberingSettings]:
        unit = IssuingUnit(name=self.name.text().strip(), short_name=self.short_name.text().strip(),
                           enforcement_power=self.power.isChecked(), review_body=self.review_body.text().strip())
        numbering = NumberingSettings(pattern=self.pattern.text().strip(), block_start=self.block_start.value(),
                                      block_end=self.block_end.value(),
                                      codes={kind: edit.text().strip() for kind, edit in self.codes.items()})
        return unit, numbering

    def _update_example(self) -> None:
        unit, numbering = self._values()
        try:
            numbering.validate()
            self.example.setText(numbering.number(unit_short=unit.short_name or "天桥", kind="order", year=2019,
                                                  seq=numbering.block_start))
        except ValidationError as exc:
            self.example.setText(str(exc))

    def save(self) -> None:
        unit, numbering = self._values()
        try:
            unit.validate()
            numbering.validate()
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        unit_service.set_unit(store=self.store, unit=unit)
        document_service.set_numbering_settings(store=self.store, settings=numbering)
        self.accept()
