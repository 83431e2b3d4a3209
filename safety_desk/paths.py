"""Where the files shipped beside the package live (forms/, resources/). No Qt here."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "forms"
RESOURCES_DIR = ROOT / "resources"
FONT_FILE = RESOURCES_DIR / "fonts" / "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
# CJK Extension A/B characters the main font lacks (rare characters in names): see resources/fonts/hanazono.COPYRIGHT
FALLBACK_FONT_FILE = RESOURCES_DIR / "fonts" / "hanazono-ext-ab.ttf"
FALLBACK_FONT_FAMILY = "Safety Desk Hanazono ExtAB"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
