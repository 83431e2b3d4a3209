"""Qt table models over the registers (enterprises, inspectors) and over an Excel import preview."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from safety_desk.domain.registers import HAZARD_FLAGS, Enterprise, Inspector
from safety_desk.services.register_import import PreviewRow, RegisterPreview
from safety_desk.ui.common.record_table_model import RecordIdRole, RecordTableModel, SearchTextRole

RowOkRole = Qt.ItemDataRole.UserRole + 3  # preview: True for a row that would be imported

_Index = QModelIndex | QPersistentModelIndex

_BAD_ROW = QBrush(QColor("#fdecea"))
_BAD_CELL = QBrush(QColor("#f6b9b3"))
_BAD_TEXT = QBrush(QColor("#b71c1c"))


class EnterpriseTableModel(RecordTableModel[Enterprise]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Name"), lambda e: e.name),
            (self.tr("Credit code"), lambda e: e.credit_code),
            (self.tr("Street"), lambda e: e.street),
            (self.tr("Address"), lambda e: e.address),
            (self.tr("Sector"), lambda e: e.sector),
            (self.tr("Lead department"), lambda e: e.lead_department),
            (self.tr("Risk grade"), lambda e: e.risk_grade),
            (self.tr("Credit grade"), lambda e: e.credit_grade),
            (self.tr("Key enterprise categories"), lambda e: "、".join(e.key_categories)),
            (self.tr("Key processes / chemicals, major hazards"), hazard_text),
            (self.tr("Contact person"), lambda e: e.contact_person),
            (self.tr("Contact phone"), lambda e: e.contact_phone),
        ]

    def search_text(self, record: Enterprise) -> str:
        return f"{record.name}\n{record.street}\n{record.credit_code}"

    def streets(self) -> list[str]:
        """Streets already used, for the street combo of the enterprise form."""
        return sorted({e.street for e in self._rows if e.street})


class InspectorTableModel(RecordTableModel[Inspector]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Name"), lambda i: i.name),
            (self.tr("Department"), lambda i: i.department),
            (self.tr("Enforcement certificate no."), lambda i: i.certificate_no),
            (self.tr("Specialties"), lambda i: i.specialties),
        ]

    def search_text(self, record: Inspector) -> str:
        return f"{record.name}\n{record.department}\n{record.certificate_no}"

    def departments(self) -> list[str]:
        return sorted({i.department for i in self._rows if i.department})


def hazard_text(e: Enterprise) -> str:
    """The 两重点一重大 an enterprise has, by their domain names."""
    return "、".join(label for attr, label in HAZARD_FLAGS if getattr(e, attr))


class PreviewTableModel(QAbstractTableModel):
    """An import preview: Excel row number, status, why a row is bad, then the sheet's columns.

    Status and reason come first so that they are in sight without scrolling across fourteen columns.
    """

    ROW, STATUS, PROBLEMS, FIRST_VALUE = 0, 1, 2, 3

    def __init__(self, preview: RegisterPreview, parent=None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._rows: list[PreviewRow] = preview.rows
        # The sheet's own headings are Chinese data, shown in the canonical form the import understood.
        self._headings = [self.tr("Row"), self.tr("Status"), self.tr("Problems"), *preview.columns]
        self._status = {"new": self.tr("New"), "update": self.tr("Update"), "skip": self.tr("Error")}

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headings)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headings[section]
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        heading = self._headings[col] if col >= self.FIRST_VALUE else None
        if role == RowOkRole:
            return row.ok
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            tip = role == Qt.ItemDataRole.ToolTipRole
            if col == self.ROW:
                return row.row
            if col == self.STATUS:
                return self._status[row.action]
            if col == self.PROBLEMS:
                # most domain messages already start with the column's name ("统一社会信用代码校验位错误")
                parts = (why if why.startswith(h) else f"{h}：{why}" for h, why in row.problems.items())
                return ("\n" if tip else "；").join(parts)
            value = row.values.get(heading or "", "")
            if tip and heading in row.problems:
                return f"{value}\n{row.problems[heading]}" if value else row.problems[heading]
            return value if tip else value.replace("\n", " ")
        if role == Qt.ItemDataRole.BackgroundRole and not row.ok:
            return _BAD_CELL if heading in row.problems else _BAD_ROW
        if role == Qt.ItemDataRole.ForegroundRole and not row.ok and col in (self.STATUS, self.PROBLEMS):
            return _BAD_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
