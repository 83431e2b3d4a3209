"""Switch the UI language inside one test process: ``with ui_language("en"): ...`` shows the English UI.

Translators stay installed on the application between tests (``create_app`` adds a set each time it is called), so
this removes every translator the application owns, installs the language's own, and puts the old ones back after.
Widgets read their texts when they are built and models when they are asked: build them inside the block.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from safety_desk.ui.app import create_app
from safety_desk.ui.common.i18n import install_translators


@contextmanager
def ui_language(language: str) -> Iterator[None]:
    app = QApplication.instance() or create_app(lang=language)
    before = app.findChildren(QTranslator)
    for translator in before:
        app.removeTranslator(translator)
    ours = install_translators(app, language)
    try:
        yield
    finally:
        for translator in ours:
            app.removeTranslator(translator)
            translator.deleteLater()
        for translator in before:
            app.installTranslator(translator)
