"""Take the README's screenshots from this build: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety_desk.ui.app import create_app, open_main_window  # noqa: E402


def main() -> None:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = create_app(["screenshot"], lang="zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        window = open_main_window(str(Path(tmp) / "shot.db"))
        window.resize(1360, 820)
        window.show()
        browser = window.browser
        row = next(n for n in range(browser.list_model.rowCount()) if "化工" in browser.list_model.template_at(n).title)
        browser.template_list.setCurrentIndex(browser.list_model.index(row))
        # select point ⑤ so the point's own basis shows beside the item's columns
        item = browser.tree_model.index(0, 0, browser.tree_model.index(0, 0))
        browser.tree.setCurrentIndex(browser.tree_model.index(4, 0, item))
        app.processEvents()
        window.grab().save(str(out / "template-browser.png"))
        window.close()
        window.store.close()
    print(out / "template-browser.png")


if __name__ == "__main__":
    main()
