"""The About box names the program's licence and every bundled font's licence; the app has its icon."""

from __future__ import annotations

from pathlib import Path

import pytest

from safety_desk import __version__, paths
from safety_desk.ui.app import create_app
from safety_desk.ui.common.about import about_html


def test_about_names_the_licence_and_the_font_licences(qapp) -> None:
    text = about_html()
    assert __version__ in text and "Apache License 2.0" in text
    assert "wqy-microhei.ttc — Apache-2.0 or GPL-3+ with Font exception" in text
    assert "hanazono-ext-ab.ttf — Hanazono-Font-License or Open-Font-License" in text
    assert str(paths.FONTS_DIR) in text  # where the licence texts are


def test_a_font_added_with_its_copyright_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.ttc").write_bytes(b"")
    (tmp_path / "noto-serif-sc.otf").write_bytes(b"")
    (tmp_path / "noto.COPYRIGHT").write_text("Files: *\nLicense: OFL-1.1\n", encoding="utf-8")
    (tmp_path / "LICENSE-Apache-2.0.txt").write_text("…", encoding="utf-8")
    monkeypatch.setattr(paths, "FONTS_DIR", tmp_path)
    assert paths.bundled_fonts() == [("a.ttc", "LICENSE-Apache-2.0.txt"), ("noto-serif-sc.otf", "OFL-1.1")]


def test_the_app_has_its_icon_at_every_drawn_size(qapp) -> None:
    app = create_app()
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert app.desktopFileName() == "safety-desk"
