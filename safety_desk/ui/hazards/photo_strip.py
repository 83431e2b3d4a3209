"""A hazard's photos as thumbnails; add by file dialog or by dropping image files onto it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

PhotoIdRole = Qt.ItemDataRole.UserRole + 1
THUMB = QSize(120, 90)


class PhotoStrip(QListWidget):
    """A handful of photos per hazard: a list widget is the right size of tool here."""

    files_dropped = Signal(list)  # list[str] of local file paths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(THUMB)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFixedHeight(THUMB.height() + 40)
        self.setAcceptDrops(True)
        self.setDragEnabled(False)

    def set_photos(self, photos: list[tuple[str, Path]]) -> None:
        self.clear()
        for photo_id, path in photos:
            pixmap = QPixmap(str(path))
            icon = QIcon(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)) if not pixmap.isNull() else QIcon()
            item = QListWidgetItem(icon, "")
            item.setToolTip(path.name)
            item.setData(PhotoIdRole, photo_id)
            self.addItem(item)

    def photo_ids(self) -> list[str]:
        return [self.item(n).data(PhotoIdRole) for n in range(self.count())]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(event)
