"""Every window and dialog fits the screen it opens on: a 1366×768 laptop with its taskbar, down to 1280×720.

Windows ask for a comfortable size (``fit_to_screen(dialog, 760, 860)``) and get at most what the screen's
available area (without the taskbar) holds, less the frame and title bar the window manager adds. ``ScreenFit``,
installed once on the application, also clamps every window when it is shown and moves it inside the screen, so a
dialog that grew (a long message, a long list) never puts its buttons out of reach. Content that is long scrolls
(QScrollArea) instead of making the window taller than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager adds around a window (title bar, borders): outside the widget's own geometry.
FRAME = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """Where a window's contents may go on the widget's screen: the available geometry less the frame."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return QRect(area.x() + FRAME.width() // 2, area.y() + FRAME.height() - FRAME.width() // 2,
                 area.width() - FRAME.width(), area.height() - FRAME.height())


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to the preferred size, or less where the screen is smaller. Returns the size given."""
    area = available_area(widget)
    size = QSize(min(width, area.width()), min(height, area.height()))
    widget.resize(size)
    return size


def keep_on_screen(window: QWidget) -> None:
    """Shrink a window to the screen's available area (as far as its minimum size allows) and move it inside."""
    area = available_area(window)
    size = window.size().boundedTo(area.size()).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    geometry = window.geometry()
    x = min(max(geometry.x(), area.left()), max(area.left(), area.right() + 1 - geometry.width()))
    y = min(max(geometry.y(), area.top()), max(area.top(), area.bottom() + 1 - geometry.height()))
    if (x, y) != (geometry.x(), geometry.y()):
        window.move(x + window.x() - geometry.x(), y + window.y() - geometry.y())


class ScreenFit(QObject):
    """Application event filter: every window shown is kept on its screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            kind = watched.windowType()
            if kind not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen):
                keep_on_screen(watched)
        return False


def install_screen_fit(app: QObject) -> ScreenFit:
    """Keep every window of ``app`` on its screen from now on (once per application)."""
    existing = app.findChild(ScreenFit)
    if existing is not None:
        return existing
    fit = ScreenFit(app)
    app.installEventFilter(fit)
    return fit
