"""Language choice and Qt translators.

Source strings are English; resources/translations/safety_desk_zh_CN.qm carries the Chinese. Chinese is the default:
on a Chinese locale, and also on C/POSIX locales (a fresh machine often has no locale set, and the users of this
program are Chinese offices). A locale naming another language (en_US, de_DE …) gets the English source strings,
and ``--lang`` decides over all of this.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from safety_desk.paths import TRANSLATIONS_DIR

SUPPORTED = ("zh_CN", "en")


def choose_language(requested: str | None, system_locale: str | None = None) -> str:
    if requested:
        code = requested.replace("-", "_")
        if code.lower().startswith("zh"):
            return "zh_CN"
        if code.lower().startswith("en"):
            return "en"
        raise ValueError(f"unsupported language {requested!r}; choose one of {', '.join(SUPPORTED)}")
    name = system_locale if system_locale is not None else QLocale.system().name()
    if name.lower().startswith("zh") or name in ("C", "POSIX", "", "en_US_POSIX"):
        return "zh_CN"
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ours and Qt's own (for standard dialog buttons). Keep the returned list alive."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS_DIR / f"safety_desk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    QLocale.setDefault(QLocale(language))
    return installed
