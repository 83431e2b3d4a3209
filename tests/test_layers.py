"""Nothing below ui/ imports Qt: import every non-UI module with PySide6 made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import safety_desk

ROOT = Path(__file__).resolve().parent.parent


def non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(safety_desk.__path__, prefix="safety_desk."):
        if info.name.startswith("safety_desk.ui") or info.name == "safety_desk.__main__":
            continue
        names.append(info.name)
    return names


def test_non_ui_modules_import_without_pyside6():
    modules = non_ui_modules()
    assert {"safety_desk.cli", "safety_desk.store.database", "safety_desk.templates.yaml_format"} <= set(modules)
    script = f"""
import sys, importlib.abc
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("PySide6 is blocked in this test: " + name)
sys.meta_path.insert(0, BlockQt())
import importlib
for name in {modules!r}:
    importlib.import_module(name)
print("imported", len({modules!r}))
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "imported" in result.stdout


def test_the_cli_runs_without_pyside6(tmp_path):
    """A CLI command (not the window) works where Qt is missing entirely."""
    script = f"""
import sys, importlib.abc
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.startswith("PySide6"):
            raise ImportError(name)
sys.meta_path.insert(0, BlockQt())
from safety_desk.cli import main
sys.exit(main(["--db", {str(tmp_path / "x.db")!r}, "template", "list", "--json"]))
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "chem-enterprise-hazard-catalogue" in result.stdout
