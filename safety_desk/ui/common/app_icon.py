"""The app icon (resources/icons, drawn by packaging/draw_icon.py) for every window and the desktop's task bar."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from safety_desk.paths import app_icon_files

DESKTOP_FILE_NAME = "safety-desk"  # packaging/deb/safety-desk.desktop: Wayland matches the window to it by this name


def app_icon() -> QIcon:
    """One icon holding every drawn size, so Qt picks the sharpest for the title bar, task bar and Alt-Tab."""
    icon = QIcon()
    for png in app_icon_files():
        icon.addFile(str(png))
    return icon
