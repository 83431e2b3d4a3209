"""Draw the app icon: resources/icons/safety-desk.svg (the source) and PNGs at the sizes desktops ask for.

Run ``.venv/bin/python packaging/draw_icon.py`` after changing the drawing; the outputs are committed, so building
needs neither this script nor QtSvg. A blue tile (the desk), a white clipboard (the checklist) and an orange
safety check: readable at 16 px, where only the tile, the board and the tick survive.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2f6db5"/>
      <stop offset="1" stop-color="#1b3f73"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="44" fill="url(#tile)"/>
  <rect x="58" y="40" width="140" height="180" rx="16" fill="#ffffff"/>
  <rect x="96" y="28" width="64" height="30" rx="10" fill="#c9d6e8" stroke="#1b3f73" stroke-width="6"/>
  <rect x="80" y="84" width="96" height="12" rx="6" fill="#9fb3cf"/>
  <rect x="80" y="112" width="72" height="12" rx="6" fill="#9fb3cf"/>
  <path d="M84 164 L116 194 L184 118" fill="none" stroke="#f28c1e" stroke-width="24"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage painting needs an application for fonts/paint engines
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "safety-desk.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode("utf-8")))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"safety-desk-{size}.png"))
        if size == 256:  # the Windows executable's icon (PyInstaller wants .ico there)
            image.save(str(ICONS / "safety-desk.ico"))
    print(f"wrote {ICONS}/safety-desk.svg and {len(SIZES)} PNGs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
