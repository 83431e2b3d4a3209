"""HazardsView: a filter bar over the table of every hazard (隐患), with a live count.

Combos and the checkbox apply at once; typing in the search box applies after a short pause, so that a query does
not run for every keystroke (or every step of an input method's composition).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safety_desk.domain.findings import LEVELS, STATUSES
from safety_desk.services import inspections as inspection_service
from safety_desk.store.database import Store
from safety_desk.services.hazards import HazardFilter, distinct_streets, enterprise_choices
from safety_desk.ui.common.vocabulary import fill_combo
from safety_desk.ui.hazards.hazards_model import DESCRIPTION_COLUMN, FOUND_DATE_COLUMN, HazardIdRole, HazardTableModel

SEARCH_DEBOUNCE_MS = 250
# Initial widths in Chinese characters of the font (enterprise names run to 12–15 characters, street names to 8,
# "工人新村南村街道"); never narrower than the column's heading. The description column takes the remaining space.
_COLUMN_CHARS = (15, 8.5, 0, 3, 4.5, 6, 6, 4)


class HazardsView(QWidget):
    """Every hazard, filtered by campaign, street, enterprise, level, status, overdue and a text search.

    Usage::

        view = HazardsView(store)
        view.hazard_activated.connect(open_hazard)   # finding id, on double-click or Enter
        view.reload()                                # after hazards or registers changed elsewhere
        view.current_filter()                        # a HazardFilter, e.g. for the ledger export
    """

    hazard_activated = Signal(str)  # finding id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store

        self.campaign_combo = QComboBox(objectName="hazardCampaign")
        # a campaign's name runs to 20 characters: the combo must not push the bar past a laptop's width
        self.campaign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaign_combo.setMinimumContentsLength(10)
        self.campaign_combo.currentTextChanged.connect(self.campaign_combo.setToolTip)
        self.street_combo = QComboBox(objectName="hazardStreet")
        self.enterprise_combo = QComboBox(objectName="hazardEnterprise")
        # 200 enterprises are too many to scroll: typing part of a name narrows the list.
        self.enterprise_combo.setEditable(True)
        self.enterprise_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.enterprise_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.enterprise_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.enterprise_combo.setMinimumContentsLength(12)
        self.level_combo = QComboBox(objectName="hazardLevel")
        self.status_combo = QComboBox(objectName="hazardStatus")
        self.overdue_check = QCheckBox(self.tr("Overdue only"), objectName="hazardOverdue")
        self.search_edit = QLineEdit(objectName="hazardSearch")
        self.search_edit.setPlaceholderText(self.tr("Search description, location or enterprise"))
        self.search_edit.setClearButtonEnabled(True)
        # wide enough for its placeholder (and the clear button), so the hint is read, not guessed
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().horizontalAdvance(
            self.search_edit.placeholderText()) + 28)
        self.reset_button = QPushButton(self.tr("Clear filters"), objectName="hazardClearFilters")
        self.export_button = QPushButton(self.tr("Export…"), objectName="hazardExport")
        self.export_button.setToolTip(self.tr("Export the ledger of the hazards shown (PDF or Excel)"))
        self.export_dialog = None
        self.count_label = QLabel(objectName="hazardCount")

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)

        self.model = HazardTableModel(store, self)
        self.table = QTableView(objectName="hazardTable")
        self._setup_table()

        bar = QHBoxLayout()
        for w in (self.campaign_combo, self.street_combo, self.enterprise_combo, self.level_combo,
                  self.status_combo, self.overdue_check):
            bar.addWidget(w)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._fill_fixed_combos()
        self._fill_register_combos()
        for combo in (self.campaign_combo, self.enterprise_combo, self.level_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.street_combo.currentIndexChanged.connect(self._on_street_changed)
        self.enterprise_combo.lineEdit().editingFinished.connect(self._on_enterprise_edited)
        self.overdue_check.toggled.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self.search_timer.start)  # restart: apply once typing pauses
        self.search_timer.timeout.connect(self.apply_filter)
        self.reset_button.clicked.connect(self.clear_filters)
        self.export_button.clicked.connect(self.export_ledger)
        self.table.activated.connect(self._on_activated)
        self.apply_filter()

    def _setup_table(self) -> None:
        t = self.table
        t.setModel(self.model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        # Fixed row heights: the view never measures 100,000 rows, only positions them.
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
        t.verticalHeader().hide()
        header = t.horizontalHeader()
        char = t.fontMetrics().horizontalAdvance("中")
        heading = header.fontMetrics()
        for column, chars in enumerate(_COLUMN_CHARS):
            if chars:
                title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
                # room for the heading and the sort arrow: "Rectification" must not be cut in English
                header.resizeSection(column, max(round(chars * char) + 12, heading.horizontalAdvance(title) + 28))
        header.setSectionResizeMode(DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Newest first, as the model loads; sorting is done by SQLite (HazardTableModel.sort).
        header.setSortIndicator(FOUND_DATE_COLUMN, Qt.SortOrder.DescendingOrder)
        t.setSortingEnabled(True)

    # ---- combos ----------------------------------------------------------------------------------------------

    def _fill_fixed_combos(self) -> None:
        self.level_combo.addItem(self.tr("All levels"), "")
        fill_combo(self.level_combo, LEVELS)  # the stored values as data, shown in the UI's language
        self.status_combo.addItem(self.tr("All statuses"), "")
        fill_combo(self.status_combo, STATUSES)

    def _fill_register_combos(self) -> None:
        """(Re)fill campaigns, streets and enterprises, keeping what was chosen when it still exists."""
        campaigns = [(c.name, c.id) for c in inspection_service.list_campaigns(store=self._store)]
        _refill(self.campaign_combo, self.tr("All campaigns"), campaigns)
        _refill(self.street_combo, self.tr("All streets"), [(s, s) for s in distinct_streets(store=self._store)])
        self._fill_enterprises()

    def _fill_enterprises(self) -> None:
        street = self.street_combo.currentData() or None
        choices = [(name, eid) for eid, name in enterprise_choices(store=self._store, street=street)]
        _refill(self.enterprise_combo, self.tr("All enterprises"), choices)

    def _on_street_changed(self) -> None:
        # Only the street's enterprises are offered; one from another street is deselected.
        with QSignalBlocker(self.enterprise_combo):
            self._fill_enterprises()
        self.apply_filter()

    def _on_enterprise_edited(self) -> None:
        """Typed text that names no enterprise: empty means all, anything else goes back to the current choice."""
        combo = self.enterprise_combo
        text = combo.currentText().strip()
        if not text:
            combo.setCurrentIndex(0)
            combo.setEditText(combo.itemText(0))
            return
        found = combo.findText(text, Qt.MatchFlag.MatchExactly)
        if found >= 0:
            combo.setCurrentIndex(found)
        else:
            combo.setEditText(combo.itemText(combo.currentIndex()))

    # ---- filter ----------------------------------------------------------------------------------------------

    def current_filter(self) -> HazardFilter:
        return HazardFilter(
            campaign_id=self.campaign_combo.currentData() or None,
            street=self.street_combo.currentData() or None,
            enterprise_id=self.enterprise_combo.currentData() or None,
            level=self.level_combo.currentData() or None,
            status=self.status_combo.currentData() or None,
            overdue=True if self.overdue_check.isChecked() else None,
            search=self.search_edit.text().strip(),
        )

    def apply_filter(self) -> None:
        """Run the current filter now (the search box calls this after its pause); keeps the current hazard."""
        self.search_timer.stop()
        current = self.current_hazard_id()
        self.model.set_filter(self.current_filter())
        self._after_load(current)

    def clear_filters(self) -> None:
        # One query for the whole reset, not one per widget changed.
        blockers = [QSignalBlocker(w) for w in (self.campaign_combo, self.street_combo, self.enterprise_combo,
                                                self.level_combo, self.status_combo, self.overdue_check,
                                                self.search_edit)]
        for combo in (self.campaign_combo, self.street_combo, self.level_combo, self.status_combo):
            combo.setCurrentIndex(0)
        self._fill_enterprises()
        self.overdue_check.setChecked(False)
        self.search_edit.clear()
        for blocker in blockers:
            blocker.unblock()
        self.apply_filter()

    def reload(self) -> None:
        """Registers or hazards changed elsewhere: refill the combos and re-read the hazards, same filter."""
        blockers = [QSignalBlocker(w) for w in (self.campaign_combo, self.street_combo, self.enterprise_combo)]
        self._fill_register_combos()
        for blocker in blockers:
            blocker.unblock()
        self.apply_filter()

    def _after_load(self, keep_id: str | None) -> None:
        total = self.model.rowCount()
        f = self.model.filter()
        drafts = self.model.drafts()
        text = self.tr("Total: %1").replace("%1", f"{total:,}")
        if drafts and not f.ledger_only:
            text += self.tr(" (of which %1 drafts, not yet in the ledger: a ledger export leaves them out)").replace(
                "%1", f"{drafts:,}")
        self.count_label.setText(text)
        row = self.model.row_of(keep_id) if keep_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def export_ledger(self) -> None:
        """The ledger of exactly what the filters show now (the export dialog adds only format, unit, file)."""
        from safety_desk.ui.reports.export_dialog import LedgerExportDialog  # QtPdf only when an export is asked for

        self.apply_filter()  # a search typed a moment ago, still waiting for its pause, counts too
        self.export_dialog = LedgerExportDialog(self._store, self.current_filter(), self)
        self.export_dialog.open()

    # ---- activation ------------------------------------------------------------------------------------------

    def current_hazard_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(HazardIdRole) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        # QAbstractItemView.activated: Enter, and the platform's click to open (a double-click on Windows/GNOME).
        hazard_id = index.data(HazardIdRole)
        if hazard_id:
            self.hazard_activated.emit(hazard_id)


def _refill(combo: QComboBox, all_label: str, items: list[tuple[str, str]]) -> None:
    """Replace a combo's items with "all" plus ``items`` (text, data), keeping the chosen data if still offered."""
    chosen = combo.currentData() or None
    combo.clear()
    combo.addItem(all_label, "")  # "" rather than None: PySide6 6.12 drops a reference to None it is handed
    for text, data in items:
        combo.addItem(text, data)
    found = combo.findData(chosen) if chosen is not None else -1
    combo.setCurrentIndex(max(found, 0))
