"""Table models of the 双随机 tab: a plan's items, its draws, its tasks (with the result deadline and state)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from safety_desk.domain.draw import DrawRecord
from safety_desk.domain.sampling import (
    STATE_DUE_SOON,
    STATE_ENTERED_LATE,
    STATE_OVERDUE,
    STATE_SUPERSEDED,
    SamplingItem,
    SamplingObject,
)
from safety_desk.domain.registers import HAZARD_FLAGS
from safety_desk.services.sampling import Recusal
from safety_desk.services.sampling_tasks import TaskRow
from safety_desk.ui.common.record_table_model import RecordTableModel
from safety_desk.ui.common.vocabulary import shown
from safety_desk.domain.ids import short_id

_RED = QColor("#b00020")
_AMBER = QColor("#a05a00")
_GREY = QColor("#777777")


class PlanItemsModel(RecordTableModel[SamplingItem]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Item"), lambda i: i.name),
            (self.tr("Department"), lambda i: i.department),
            (self.tr("Kind"), lambda i: shown(i.kind)),
            (self.tr("Method"), lambda i: shown(i.method)),
            (self.tr("Base ratio"), lambda i: f"{i.base_ratio * 100:.4g}%"),
            (self.tr("Object"), lambda i: self._object(i.object)),
            (self.tr("Checklists"), lambda i: "、".join(i.templates)),
            (self.tr("Basis"), lambda i: i.basis),
        ]


    def _object(self, o: SamplingObject) -> str:
        """Which register rows an item samples, as ``SamplingObject.describe`` says it, in the UI's language (the
        sector names and grades are the registers' own words)."""
        flags = dict(HAZARD_FLAGS)
        parts = [label.replace("%1", "、".join(values)) for label, values in (
            (self.tr("Sectors: %1"), o.sectors), (self.tr("Not in sectors: %1"), o.exclude_sectors),
            (self.tr("Key categories: %1"), o.key_categories),
            (self.tr("Key hazards: %1"), [shown(flags.get(f, f)) for f in o.flags]),
            (self.tr("Risk grades: %1"), o.risk_grades)) if values]
        return "; ".join(parts) or self.tr("Every enterprise of the register")


class DrawsModel(RecordTableModel[DrawRecord]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Drawn at"), lambda d: d.drawn_at),
            (self.tr("Seed"), lambda d: f"{d.seed}（{shown(d.seed_source)}）"),
            (self.tr("Drawn by"), lambda d: d.drawn_by),
            (self.tr("Witnesses"), lambda d: "、".join(d.witnesses)),
            (self.tr("Status"), lambda d: shown(d.status)),
            (self.tr("Register fingerprint"), lambda d: d.registers_sha256[:16] + "…"),
            (self.tr("Replaces"), lambda d: f"{short_id(d.replaces_draw_id)}：{d.replace_reason}" if d.replaces_draw_id else ""),
            (self.tr("Draw id"), lambda d: d.id),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.record_at(index.row()).replaced_by:
            return _GREY
        return super().data(index, role)


class TasksModel(RecordTableModel[TaskRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Enterprise"), lambda t: t.enterprise),
            (self.tr("Credit code"), lambda t: t.credit_code),
            (self.tr("Items"), lambda t: "；".join(t.item_names)),
            (self.tr("Departments"), lambda t: "、".join(t.departments)),
            (self.tr("Inspectors"), lambda t: t.inspectors),
            (self.tr("Inspection date"), lambda t: t.inspection_date.isoformat() if t.inspection_date else ""),
            (self.tr("Result due"), lambda t: t.due.isoformat() if t.due else ""),
            (self.tr("State"), lambda t: shown(t.state)),
            (self.tr("Result"), lambda t: shown(t.result)),
            (self.tr("Entered on"), lambda t: t.result_on.isoformat() if t.result_on else ""),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            state = self.record_at(index.row()).state
            if state in (STATE_OVERDUE, STATE_ENTERED_LATE):
                return _RED
            if state == STATE_DUE_SOON:
                return _AMBER
            if state == STATE_SUPERSEDED:
                return _GREY
        return super().data(index, role)


class RecusalsModel(RecordTableModel[Recusal]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = [
            (self.tr("Inspector"), lambda r: r.inspector),
            (self.tr("Department"), lambda r: r.department),
            (self.tr("Enterprise"), lambda r: r.enterprise),
            (self.tr("Reason"), lambda r: r.reason),
            (self.tr("Declared on"), lambda r: r.declared_on),
        ]
