"""The leads table: one row per lead as lists show it (``LeadView``: never the complainant), flagged rows in red."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from safety_desk.domain.leads import LeadView
from safety_desk.ui.common.record_table_model import RecordTableModel
from safety_desk.ui.common.vocabulary import shown

_Index = QModelIndex | QPersistentModelIndex
_ALERT = QBrush(QColor("#b71c1c"))


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


class LeadTableModel(RecordTableModel[LeadView]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Received"), lambda v: _day(v.received_on)),
            (self.tr("Source"), lambda v: shown(v.source)),
            (self.tr("Channel"), lambda v: shown(v.channel)),
            (self.tr("Enterprise"), lambda v: v.enterprise),
            (self.tr("Street"), lambda v: v.street),
            (self.tr("Department"), lambda v: v.department),
            (self.tr("Due"), lambda v: _day(v.due_on)),
            (self.tr("Status"), lambda v: shown(v.status)),
            (self.tr("Finding"), lambda v: shown(v.finding)),
            (self.tr("Case"), lambda v: v.case_no),
            (self.tr("Replied"), lambda v: _day(v.reply_on)),
            (self.tr("Attention"), self._attention),
            (self.tr("What is reported"), lambda v: v.summary),
        ]

    def _attention(self, v: LeadView) -> str:
        words = []
        if v.dereliction:
            words.append(self.tr("true, no case/penalty/rectification by the due date"))
        if v.overdue:
            words.append(self.tr("overdue"))
        return "; ".join(words)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            v = self._rows[index.row()]
            return _ALERT if v.dereliction or v.overdue else None
        return super().data(index, role)
