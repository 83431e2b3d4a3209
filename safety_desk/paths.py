"""Where the data shipped with the program lives (forms/, resources/): the one place that decides. No Qt here.

The editable sources are the top-level ``forms/`` and ``resources/`` folders of the checkout. A built wheel and the
frozen bundle carry both folders whole as package data under ``safety_desk/_data/`` (pyproject.toml's
``force-include``, packaging/safety-desk.spec's ``datas``), found through ``importlib.resources``. A checkout (the
editable install used for development) has no ``_data``: there the top-level folders themselves are the data, so
an edit shows at the next start with no copy to go stale.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGED_DATA = "_data"
ROOT = Path(__file__).resolve().parent.parent


def data_root() -> Path:
    """The folder holding ``forms/`` and ``resources/``: the package's ``_data`` when installed or frozen, else the checkout."""
    packaged = files("safety_desk") / PACKAGED_DATA
    if packaged.is_dir():
        # A wheel unpacks into site-packages and PyInstaller unpacks into its folder: both give a real directory.
        return Path(str(packaged))
    return ROOT


def is_packaged() -> bool:
    """True in an installed wheel or a frozen bundle, False in a checkout."""
    return data_root() != ROOT


DATA_ROOT = data_root()
FORMS_DIR = DATA_ROOT / "forms"
RESOURCES_DIR = DATA_ROOT / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
FONT_FILE = FONTS_DIR / "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
# CJK Extension A/B characters the main font lacks (rare characters in names): see resources/fonts/hanazono.COPYRIGHT
FALLBACK_FONT_FILE = RESOURCES_DIR / "fonts" / "hanazono-ext-ab.ttf"
FALLBACK_FONT_FAMILY = "Safety Desk Hanazono ExtAB"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
ICONS_DIR = RESOURCES_DIR / "icons"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


def app_icon_files() -> list[Path]:
    """The app icon at each drawn size (resources/icons/safety-desk-<N>.png), smallest first."""
    return sorted(ICONS_DIR.glob("safety-desk-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def bundled_fonts() -> list[tuple[str, str]]:
    """Each font file in resources/fonts with its licence, for the About box.

    The licence is the first ``License:`` line of the font's copyright file (Debian copyright format): the
    ``<name>.COPYRIGHT`` whose name starts the font's (``hanazono.COPYRIGHT`` for ``hanazono-ext-ab.ttf``), so a font
    added with its copyright file is named without code changes; without one, the folder's licence files are named.
    """
    fonts = []
    licence_files = sorted(p.name for p in FONTS_DIR.iterdir() if p.name.upper().startswith(("LICENSE", "OFL")))
    copyrights = sorted(FONTS_DIR.glob("*.COPYRIGHT"), key=lambda p: len(p.stem), reverse=True)
    for font in sorted(p for p in FONTS_DIR.iterdir() if p.suffix.lower() in FONT_SUFFIXES):
        licence = ""
        copyright_file = next((c for c in copyrights if font.stem.startswith(c.stem)), None)
        if copyright_file is not None:
            for line in copyright_file.read_text(encoding="utf-8").splitlines():
                if line.startswith("License:"):
                    licence = line.removeprefix("License:").strip()
                    break
        fonts.append((font.name, licence or ", ".join(licence_files)))
    return fonts
