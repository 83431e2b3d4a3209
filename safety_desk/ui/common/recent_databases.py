"""The databases opened on this computer, newest first, for 文件 → 最近使用 (kept in the user's Qt settings).

    recent = RecentDatabases()
    recent.add(store.path)          # on every open
    menu = RecentMenu(recent, window)
    menu.chosen.connect(window.open_database_file)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

RECENT_KEY = "databases/recent"
MAX_RECENT = 8


class RecentDatabases:
    def paths(self) -> list[Path]:
        """Remembered databases that still exist, newest first."""
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings hands back a lone string for a one-item list
            value = [value]
        return [Path(p) for p in value or [] if p and Path(p).is_file()]

    def add(self, path: Path | None) -> None:
        if path is None:
            return
        path = Path(path).resolve()
        paths = [path] + [p for p in self.paths() if p.resolve() != path]
        QSettings().setValue(RECENT_KEY, [str(p) for p in paths[:MAX_RECENT]])


class RecentMenu(QMenu):
    """Lists the recent databases each time it opens; ``chosen`` carries the path picked."""

    chosen = Signal(str)

    def __init__(self, recent: RecentDatabases, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recent databases"), parent)
        self.setObjectName("recentDatabases")
        self.recent = recent
        self.aboutToShow.connect(self.refresh)

    def refresh(self) -> None:
        self.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.addAction(f"{path.name}　（{path.parent}）")
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=str(path): self.chosen.emit(p))
        if not paths:
            self.addAction(self.tr("(none yet)")).setEnabled(False)
