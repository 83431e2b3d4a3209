"""Qt table models over the veto registers (accidents, illegal operations, blacklist) and an inspection's
enforcement actions. Tens or hundreds of rows each, read whole from the services; closed-list values (事故类型, 等级,
报告情况, 执法措施) are shown through ``vocabulary.shown`` (English in the English UI), stored as written.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from safety_desk.domain.accidents import GRADE_GENERAL, Accident
from safety_desk.domain.enforcement import EnforcementAction
from safety_desk.domain.money import yuan_text
from safety_desk.domain.veto_registers import BlacklistEntry, IllegalOperation
from safety_desk.ui.common.record_table_model import RecordTableModel
from safety_desk.ui.common.vocabulary import shown

_Index = QModelIndex | QPersistentModelIndex
# A grade above 一般, an operation not stopped, a current blacklisting: the rows a veto decision looks at first.
_ALERT = QBrush(QColor("#b71c1c"))


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


class AccidentTableModel(RecordTableModel[Accident]):
    GRADE = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        yes = self.tr("Yes")
        self._columns = [
            (self.tr("Date"), lambda a: _day(a.occurred_on)),
            (self.tr("Type"), lambda a: shown(a.accident_type)),
            (self.tr("Grade"), lambda a: shown(a.grade)),
            (self.tr("Enterprise"), lambda a: a.enterprise_name or self.tr("(not in the register)")),
            (self.tr("Street"), lambda a: a.street),
            (self.tr("Deaths"), lambda a: str(a.deaths)),
            (self.tr("Seriously injured"), lambda a: str(a.serious_injuries)),
            (self.tr("Direct loss (yuan)"), lambda a: yuan_text(a.direct_loss_fen)),
            (self.tr("Illegal production"), lambda a: yes if a.illegal_production else ""),
            (self.tr("Causes"), self._causes),
            (self.tr("Reporting"), lambda a: shown(a.reporting)),
            (self.tr("Description"), lambda a: a.description),
        ]

    def _causes(self, a: Accident) -> str:
        causes = []
        if a.cause_poor_rectification:
            causes.append(self.tr("Poor hazard rectification"))
        if a.cause_three_violations:
            causes.append(self.tr("Three violations"))
        return "; ".join(causes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.GRADE
                and self._rows[index.row()].grade != GRADE_GENERAL):
            return _ALERT
        return super().data(index, role)


class IllegalOperationTableModel(RecordTableModel[IllegalOperation]):
    STOPPED = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Found on"), lambda op: _day(op.found_on)),
            (self.tr("Street"), lambda op: op.street),
            (self.tr("Responsible department"), lambda op: op.responsible_department),
            (self.tr("Unit"), lambda op: op.enterprise_name),
            (self.tr("What was found"), lambda op: op.description),
            (self.tr("Effectively stopped"), lambda op: self.tr("Yes") if op.stopped else self.tr("Not stopped")),
            (self.tr("Stopped on"), lambda op: _day(op.stopped_on)),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.STOPPED
                and not self._rows[index.row()].stopped):
            return _ALERT
        return super().data(index, role)


class BlacklistTableModel(RecordTableModel[BlacklistEntry]):
    STATE = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Enterprise"), lambda e: e.enterprise_name),
            (self.tr("Listed on"), lambda e: _day(e.listed_on)),
            (self.tr("Reason"), lambda e: e.reason),
            (self.tr("Removed on"), lambda e: _day(e.removed_on)),
            (self.tr("State"), lambda e: self.tr("Removed") if e.removed_on else self.tr("On the blacklist")),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.STATE
                and self._rows[index.row()].removed_on is None):
            return _ALERT
        return super().data(index, role)


class EnforcementActionTableModel(RecordTableModel[EnforcementAction]):
    """An inspection's actions; ``hazard_texts`` names the hazard an action is about (id → description)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hazard_texts: dict[str, str] = {}
        self._columns = [
            (self.tr("Decided on"), lambda a: _day(a.decided_on)),
            (self.tr("Measure"), lambda a: shown(a.kind)),
            (self.tr("Case no."), lambda a: a.case_no),
            (self.tr("Amount (yuan)"), lambda a: yuan_text(a.amount_fen)),
            (self.tr("On"), lambda a: a.person_name if a.target == "个人" else self.tr("The enterprise")),
            (self.tr("Hazard"), lambda a: self.hazard_texts.get(a.finding_id or "", "")),
            (self.tr("Notes"), lambda a: a.notes),
        ]
