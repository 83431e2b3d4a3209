"""Walk an inspection's checklist, keyboard first: ↑↓ move, 1/2/3/0 set the result, Ctrl+N records a hazard.

Every change is committed as it is made, so a crash or a flat battery loses nothing already typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.findings import STATUS_CLOSED
from safety_desk.domain.inspections import RESULT_FAIL, RESULT_NA, RESULT_OK, RESULT_UNCHECKED
from safety_desk.services import documents as document_service
from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.store.database import Store
from safety_desk.ui.common.vocabulary import shown
from safety_desk.ui.inspection.enforcement_panel import EnforcementPanel
from safety_desk.ui.inspection.checklist_model import COL_ITEM, COL_NOTE, COL_POINT, COL_RESULT, ChecklistModel

LOOKBACK_PHASE = "回头看"
KEY_RESULTS = {Qt.Key.Key_1: RESULT_OK, Qt.Key.Key_2: RESULT_FAIL, Qt.Key.Key_3: RESULT_NA, Qt.Key.Key_0: RESULT_UNCHECKED}
FindingIdRole = Qt.ItemDataRole.UserRole + 1


class _ResultKeys(QObject):
    """Turns 1/2/3/0 on the checklist table into results and Ctrl+N into a hazard; arrows keep their meaning.

    Ctrl+N is also a window shortcut; handling it here as well keeps it working when the window manager has not
    made the window active (the shortcut map only serves the active window), without ever firing twice: a key
    press the shortcut took never reaches this filter.
    """

    def __init__(self, view: "InspectionView") -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() == Qt.Key.Key_N and key_event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                self._view.new_hazard_for_current_point()
                return True
            result = KEY_RESULTS.get(Qt.Key(key_event.key()))
            if result is not None and not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self._view.set_result(result)
                return True
        return False


class InspectionView(QWidget):
    """One inspection: its header, progress, checklist, the current point's note, and its hazards."""

    open_finding = Signal(str)  # finding id: the window opens the hazard form
    closed = Signal()
    issue_document = Signal()  # 签发文书…: the window opens the documents dialog (ui/documents)

    def __init__(self, store: Store, inspection_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.inspection_id = inspection_id
        self.setObjectName("inspectionView")
        info = inspection_service.get_inspection(store=store, inspection_id=inspection_id)
        self.info = info

        back = QPushButton(self.tr("← All inspections"), objectName="backButton")
        back.clicked.connect(self.closed)
        flags = self.tr("  ·  Unannounced (四不两直)") if info.unannounced else ""
        self.header = QLabel(
            f"<b>{info.enterprise_name}</b>　{info.street}<br/>{info.campaign_name} · {info.phase} · "
            f"{info.inspection_date.isoformat()} · {'、'.join(info.inspectors)}{flags}",
            objectName="inspectionHeader",
        )
        self.progress_bar = QProgressBar(objectName="progressBar")
        self.progress_label = QLabel(objectName="progressLabel")
        hint = QLabel(self.tr("↑↓ move · 1 compliant · 2 non-compliant · 3 not applicable · 0 unchecked · "
                              "Ctrl+N record a hazard"))
        hint.setStyleSheet("color:#555")

        self.model = ChecklistModel(self)
        self.table = QTableView(objectName="checklistTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_POINT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        self.table.installEventFilter(_ResultKeys(self))

        self.point_text = QLabel(wordWrap=True, objectName="pointText")
        self.point_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QPlainTextEdit(objectName="pointNote")
        self.note.setPlaceholderText(self.tr("Note on this check point (saved as you type)"))
        self.note.textChanged.connect(self._note_changed)
        buttons = QHBoxLayout()
        for text, result in ((self.tr("1 Compliant"), RESULT_OK), (self.tr("2 Non-compliant"), RESULT_FAIL),
                             (self.tr("3 Not applicable"), RESULT_NA)):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, r=result: self.set_result(r))
            buttons.addWidget(b)
        self.hazard_button = QPushButton(self.tr("Record hazard (Ctrl+N)"), objectName="newHazardButton")
        self.hazard_button.clicked.connect(self.new_hazard_for_current_point)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.point_text)
        side_layout.addLayout(buttons)
        side_layout.addWidget(QLabel(self.tr("Note")))
        side_layout.addWidget(self.note, 1)
        side_layout.addWidget(self.hazard_button)
        # A look-back (回头看) re-checks what earlier inspections found: the enterprise's open hazards and those
        # written off recently, so the inspector can confirm each rectification held.
        self.lookback: QListWidget | None = None
        if info.phase == LOOKBACK_PHASE:
            side_layout.addWidget(QLabel(self.tr("Earlier hazards to re-check (open, or written off in the last "
                                                 "90 days)")))
            self.lookback = QListWidget(objectName="lookbackHazards")
            self.lookback.setWordWrap(True)
            self.lookback.itemActivated.connect(lambda item: self.open_finding.emit(item.data(FindingIdRole)))
            side_layout.addWidget(self.lookback, 1)
        side_layout.addWidget(QLabel(self.tr("Hazards recorded in this inspection")))
        self.findings = QListWidget(objectName="inspectionFindings")
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(lambda item: self.open_finding.emit(item.data(FindingIdRole)))
        side_layout.addWidget(self.findings, 1)
        free = QPushButton(self.tr("Record a hazard not tied to a check point"), objectName="freeHazardButton")
        free.clicked.connect(self.new_free_hazard)
        side_layout.addWidget(free)
        # Official documents issued for this visit (执法文书): listed here, issued through the window's dialog.
        side_layout.addWidget(QLabel(self.tr("Documents issued for this inspection")))
        self.documents = QListWidget(objectName="inspectionDocuments")
        self.documents.setWordWrap(True)
        side_layout.addWidget(self.documents)
        issue = QPushButton(self.tr("Issue document…"), objectName="issueDocumentButton")
        issue.clicked.connect(self.issue_document)
        side_layout.addWidget(issue)

        # Enforcement outcomes (责令整改, 立案, 罚款 …) belong to the visit as a whole: below its checklist.
        self.enforcement = EnforcementPanel(store, inspection_id)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.enforcement)
        left.setSizes([600, 170])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setSizes([760, 420])
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.header, 1)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress_bar)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

        shortcut = QShortcut(QKeySequence("Ctrl+N"), self, self.new_hazard_for_current_point)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.model.set_rows(inspection_service.get_checklist(store=store, inspection_id=inspection_id))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._update_progress()
        self.reload_findings()
        self.reload_documents()
        if self.model.rowCount():
            self.table.selectRow(self._first_unchecked_row())
        self.table.setFocus()

    # -- the current point -------------------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _first_unchecked_row(self) -> int:
        rows = self.model.rows()
        return next((n for n, r in enumerate(rows) if r.result == RESULT_UNCHECKED), 0)

    def _current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        r = self.model.row_at(current.row())
        self.point_text.setText(f"<b>{r.item_heading}</b><br/>{r.label}{r.text}")
        self.note.blockSignals(True)
        self.note.setPlainText(r.note)
        self.note.blockSignals(False)

    def _refresh_row(self, row: int) -> None:
        point_id = self.model.row_at(row).point_id
        fresh = next(r for r in inspection_service.get_checklist(store=self.store, inspection_id=self.inspection_id)
                     if r.point_id == point_id)
        self.model.update_row(row, fresh)
        self._update_progress()

    def set_result(self, result: str) -> None:
        row = self.current_row()
        if row < 0:
            return
        inspection_service.set_check_result(
            store=self.store, inspection_id=self.inspection_id, point_id=self.model.row_at(row).point_id,
            result=result,
        )
        self._refresh_row(row)
        # compliant / not applicable: go on to the next point; non-compliant: stay, a hazard usually follows
        if result in (RESULT_OK, RESULT_NA) and row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)

    def _note_changed(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        inspection_service.set_check_result(
            store=self.store, inspection_id=self.inspection_id, point_id=self.model.row_at(row).point_id,
            note=self.note.toPlainText(),
        )
        self._refresh_row(row)

    def _update_progress(self) -> None:
        done, total = inspection_service.progress(self.model.rows())
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_label.setText(self.tr("Checked %1 / %2").replace("%1", str(done)).replace("%2", str(total)))

    # -- hazards -----------------------------------------------------------------------------------------------
    def new_hazard_for_current_point(self) -> str | None:
        row = self.current_row()
        if row < 0:
            return None
        point = self.model.row_at(row)
        if point.result != RESULT_FAIL:
            self.set_result(RESULT_FAIL)
        finding_id = finding_service.open_finding(
            store=self.store, inspection_id=self.inspection_id, point_id=point.point_id)
        self.reload_findings()
        self.open_finding.emit(finding_id)
        return finding_id

    def new_free_hazard(self) -> str:
        finding_id = finding_service.open_finding(store=self.store, inspection_id=self.inspection_id)
        self.reload_findings()
        self.open_finding.emit(finding_id)
        return finding_id

    def reload_lookback(self) -> None:
        if self.lookback is None:
            return
        self.lookback.clear()
        for h in lifecycle_service.lookback_hazards(
                store=self.store, enterprise_id=self.info.enterprise_id, today=self.info.inspection_date,
                exclude_inspection_id=self.inspection_id):
            text = h.description.strip().splitlines()[0] if h.description.strip() else self.tr("(no description yet)")
            if h.status == STATUS_CLOSED:
                state = self.tr("written off %1").replace("%1", h.closed_on.isoformat() if h.closed_on else "")
            else:
                state = shown(h.status)
                if h.deadline:
                    state += " · " + self.tr("deadline %1").replace("%1", h.deadline.isoformat())
                if h.overdue:
                    state += " · " + self.tr("overdue")
            listed = self.tr(" · listed") if h.listed else ""
            item = QListWidgetItem(f"[{shown(h.level)}] {text}  · {state}{listed}")
            item.setData(FindingIdRole, h.id)
            if h.overdue:
                item.setForeground(Qt.GlobalColor.red)
            self.lookback.addItem(item)

    def reload_documents(self) -> None:
        self.documents.clear()
        for d in document_service.list_documents(store=self.store, inspection_id=self.inspection_id):
            void = f"（{d.void_reason}）" if d.void_reason else ""
            self.documents.addItem(
                f"{d.number}　{shown(d.title)}　{d.issued_on.isoformat()}　{shown(d.status_text)}{void}")

    def reload_findings(self) -> None:
        self.reload_lookback()
        self.findings.clear()
        for f in finding_service.findings_of_inspection(store=self.store, inspection_id=self.inspection_id):
            state = self.tr("in ledger") if f.ledger_entered else self.tr("draft")
            text = f.description.strip().splitlines()[0] if f.description.strip() else self.tr("(no description yet)")
            item = QListWidgetItem(f"[{f.level}] {text}  · {state}")
            item.setData(FindingIdRole, f.id)
            self.findings.addItem(item)
