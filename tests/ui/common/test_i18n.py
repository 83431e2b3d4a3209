"""Translations: Chinese by default, --lang chooses; the shipped .ts is complete and the .qm matches it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from safety_desk.paths import TRANSLATIONS_DIR
from safety_desk.ui.common.i18n import choose_language

ROOT = Path(__file__).resolve().parents[3]
TS = TRANSLATIONS_DIR / "safety_desk_zh_CN.ts"
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    ("requested", "system", "expected"),
    [(None, "zh_CN", "zh_CN"), (None, "zh_TW", "zh_CN"), (None, "C", "zh_CN"), (None, "en_US", "en"),
     ("en", "zh_CN", "en"), ("zh-CN", "en_US", "zh_CN")],
)
def test_language_choice(requested, system, expected):
    assert choose_language(requested, system) == expected


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        choose_language("fr", "C")


def test_every_message_is_translated():
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) >= 20
    for m in messages:
        tr = m.find("translation")
        assert tr.get("type") not in ("unfinished", "obsolete", "vanished"), m.findtext("source")
        assert tr.text and tr.text.strip(), m.findtext("source")


def _tool(name: str) -> str:
    path = BIN / f"pyside6-{name}"
    return str(path) if path.exists() else (shutil.which(f"pyside6-{name}") or pytest.skip(f"pyside6-{name} missing"))


def test_ts_holds_every_string_in_the_ui(tmp_path: Path):
    """lupdate over the UI code finds nothing that the shipped .ts lacks."""
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    result = subprocess.run(
        [_tool("lupdate"), *map(str, sorted((ROOT / "safety_desk" / "ui").rglob("*.py"))), "-ts", str(copy)],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "(0 new " in result.stdout, result.stdout


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path):
    out = tmp_path / "check.qm"
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (TRANSLATIONS_DIR / "safety_desk_zh_CN.qm").read_bytes()


def test_no_string_is_filed_under_an_empty_context():
    """A module-level ``tr()`` wrapper makes lupdate file its strings under an empty context, which the translator
    never looks up: those strings stayed English in the Chinese UI (the data package dialogs did)."""
    import xml.etree.ElementTree as ET

    names = [ctx.findtext("name") or "" for ctx in ET.parse(TS).getroot().iter("context")]
    assert "" not in names


def test_package_dialogs_speak_chinese(qapp):
    from PySide6.QtCore import QCoreApplication

    from safety_desk.ui.common.i18n import install_translators

    from PySide6.QtCore import QLocale

    before = QLocale()
    installed = install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("PackageDialogs", "Export data package") == "导出数据包"
    finally:  # leave the shared application as the other tests expect it
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
