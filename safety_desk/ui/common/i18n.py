"""Language choice and Qt translators.

Source strings are English; resources/translations/safety_desk_zh_CN.qm carries the Chinese. Chinese is the default:
on a Chinese locale, and also on C/POSIX locales (a fresh machine often has no locale set, and the users of this
program are Chinese offices). A locale naming another language (en_US, de_DE …) gets the English source strings,
and ``--lang`` decides over all of this.

Qt's own dialogs (the file dialog above all) use Qt's qtbase catalogue plus a small one of ours for the strings it
lacks (qt_extra_zh_CN), and the *system* locale for dates and sizes. A fresh machine's locale is C, which makes the
file dialog print "30 11 2026" and "1 bytes"; the Chinese UI then asks Qt for Chinese formats too
(``use_chinese_formats``, before the QApplication exists).
"""

from __future__ import annotations

import os
import sys

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
    qt_extra = QTranslator(app)  # what qtbase lacks as the current Qt spells it ("&Look in:", "Folder" …)
    if qt_extra.load(str(TRANSLATIONS_DIR / f"qt_extra_{language}.qm")):
        app.installTranslator(qt_extra)
        installed.append(qt_extra)
    QLocale.setDefault(QLocale(language))
    return installed


_NO_LOCALE = ("", "C", "POSIX")
_FORMAT_VARIABLES = ("LANG", "LC_TIME", "LC_NUMERIC", "LC_MEASUREMENT", "LC_MESSAGES")


def environment_locale() -> str | None:
    """The locale the environment names, as Qt reads it on Unix ("C.UTF-8" → "C"); None where Qt asks the OS."""
    if sys.platform in ("win32", "darwin"):
        return None
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return value.split(".")[0].split("@")[0]
    return ""


def use_chinese_formats(language: str) -> bool:
    """Before the QApplication exists: on a machine without a locale (C/POSIX), a Chinese UI also gets Chinese
    dates and sizes in Qt's own dialogs. Only the Qt process's environment changes; returns whether it did."""
    if language != "zh_CN" or QCoreApplication.instance() is not None or environment_locale() not in _NO_LOCALE:
        return False
    if os.environ.get("LC_ALL", "").split(".")[0] in ("C", "POSIX"):
        os.environ["LC_ALL"] = "zh_CN.UTF-8"
    for variable in _FORMAT_VARIABLES:
        os.environ[variable] = "zh_CN.UTF-8"
    return True
