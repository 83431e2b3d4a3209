"""HazardTableModel: every hazard matching a filter, read from SQLite a page at a time.

``set_filter`` loads only the ordered ids (a list of strings, a few MB at 100,000 hazards); ``data`` fetches the
display columns of the page a row falls in and keeps a few recent pages. A view over 100,000 hazards therefore reads
the rows it shows and no others.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from safety_desk.store.database import Store
from safety_desk.services.hazards import HazardFilter, hazard_ids_and_drafts, hazard_rows
from safety_desk.ui.common.vocabulary import shown

HazardIdRole = Qt.ItemDataRole.UserRole + 1  # the finding id (str)
OverdueRole = Qt.ItemDataRole.UserRole + 2  # bool, derived from the filter's today
RowDictRole = Qt.ItemDataRole.UserRole + 3  # the whole display row (dict), for delegates and tests

PAGE_SIZE = 200
MAX_CACHED_PAGES = 8  # ~1,600 rows: a screen or two above and below what is visible

# (row key, order name for sorting); header labels are in _headers() so lupdate sees literal tr() calls.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("enterprise_name", "enterprise"),
    ("street", "street"),
    ("description", "description"),
    ("level", "level"),
    ("rectification_mode", "rectification_mode"),
    ("found_date", "found_date"),
    ("deadline", "deadline"),
    ("status", "status"),
)
DESCRIPTION_COLUMN = 2
FOUND_DATE_COLUMN = 5
STATUS_COLUMN = 7
_VOCABULARY_KEYS = {"level", "rectification_mode", "status"}  # shown through translation, stored in Chinese

_Index = QModelIndex | QPersistentModelIndex
_OVERDUE_BRUSH = QBrush(QColor(200, 0, 0))
_DRAFT_BRUSH = QBrush(QColor(110, 110, 110))  # a draft is not in the ledger: grey and italic, with 草稿 as status
_DRAFT_FONT = QFont()
_DRAFT_FONT.setItalic(True)


class HazardTableModel(QAbstractTableModel):
    """Rows are hazards matching a HazardFilter; read-only, sorted by the database, fetched in pages.

    Usage::

        model = HazardTableModel(store)
        model.set_filter(HazardFilter(level="重大"))
        table_view.setModel(model)
        model.refresh()   # after a hazard was edited elsewhere: same filter, fresh rows
    """

    def __init__(self, store: Store, parent=None, *, page_size: int = PAGE_SIZE,
                 max_cached_pages: int = MAX_CACHED_PAGES) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = HazardFilter()
        self._order = "found_date"
        self._descending = True
        self._ids: list[str] = []
        self._drafts = 0
        self._page_size = page_size
        self._max_pages = max_cached_pages
        self._pages: OrderedDict[int, list[dict | None]] = OrderedDict()
        self._today = date.today()

    # ---- loading ---------------------------------------------------------------------------------------------

    def set_filter(self, f: HazardFilter) -> None:
        self._filter = f
        self._reload()

    def filter(self) -> HazardFilter:
        return self._filter

    def drafts(self) -> int:
        """How many of the rows are drafts (not yet entered in the ledger), counted when the rows were loaded."""
        return self._drafts

    def refresh(self) -> None:
        """Re-read with the same filter and order (hazards were added, edited or removed elsewhere)."""
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        # One "today" per load, so that a page fetched after midnight agrees with the ids chosen before it.
        self._today = self._filter.effective_today()
        self._ids, self._drafts = hazard_ids_and_drafts(store=self._store, hazard_filter=self._filter,
                                                        order_by=self._order, descending=self._descending)
        self._pages.clear()
        self.endResetModel()

    def _row(self, row: int) -> dict | None:
        page_no = row // self._page_size
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * self._page_size
            ids = self._ids[start:start + self._page_size]
            by_id = {r["id"]: r for r in hazard_rows(store=self._store, ids=ids, today=self._today)}
            # A hazard deleted since the ids were read shows as an empty row until the next refresh.
            page = [by_id.get(i) for i in ids]
            self._pages[page_no] = page
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * self._page_size]

    def cached_pages(self) -> list[int]:
        """Page numbers held in memory, oldest first (for tests and the bench)."""
        return list(self._pages)

    # ---- lookups for the view --------------------------------------------------------------------------------

    def hazard_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, hazard_id: str) -> int:
        """Row of a hazard, or -1 when the filter hides it."""
        try:
            return self._ids.index(hazard_id)
        except ValueError:
            return -1

    # ---- Qt overrides ----------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == HazardIdRole:
            return self._ids[index.row()]  # no page fetch needed
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.FontRole, OverdueRole, RowDictRole):
            return None  # the view asks for many roles per cell; only these need the row
        row = self._row(index.row())
        if row is None:
            return None
        draft = not row["ledger_entered"]
        if role == Qt.ItemDataRole.DisplayRole:
            key = COLUMNS[index.column()][0]
            if key == "status" and draft:
                return self.tr("Draft")  # looks nothing like a ledgered 待整改: it is not followed yet
            return shown(row[key]) if key in _VOCABULARY_KEYS else row[key]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _DRAFT_BRUSH if draft else (_OVERDUE_BRUSH if row["overdue"] else None)
        if role == Qt.ItemDataRole.FontRole:
            return _DRAFT_FONT if draft else None
        if role == OverdueRole:
            return row["overdue"]
        if role == RowDictRole:
            return dict(row)
        if index.column() == DESCRIPTION_COLUMN:  # tooltip: the full text, cut off in the cell
            return "\n".join(t for t in (row["description"], row["location"], row["campaign_name"]) if t)
        if index.column() == STATUS_COLUMN and draft:
            return self.tr("Not yet entered in the ledger: it is not followed and not exported by default")
        if index.column() in (0, 1):  # enterprise and street may be cut off at narrow widths
            return row[COLUMNS[index.column()][0]]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    def _headers(self) -> list[str]:
        return [
            self.tr("Enterprise"),
            self.tr("Street"),
            self.tr("Hazard description"),
            self.tr("Level"),
            self.tr("Rectification"),
            self.tr("Found on"),
            self.tr("Deadline"),
            self.tr("Status"),
        ]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by SQLite over all matching hazards, not over the rows loaded so far."""
        if not 0 <= column < len(COLUMNS):
            return
        order_name = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        if (order_name, descending) == (self._order, self._descending):
            return
        self._order, self._descending = order_name, descending
        # A reset rather than a layout change: mapping persistent indexes over 100,000 rows would cost more than
        # the view's selection is worth; the view reselects the current hazard by id.
        self._reload()
