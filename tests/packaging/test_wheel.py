"""The built wheel is whole: installed outside the checkout, it finds its checklists, font and translation.

Builds sdist and wheel with ``python -m build`` (the wheel from the sdist, as PyPI users get it), installs the wheel
into a fresh venv in a temporary folder and runs the installed ``safety-desk`` from there. The dependencies (PySide6,
reportlab …) come from this checkout's venv through a .pth line instead of a second 90 MB download; only
``safety_desk`` itself is the wheel's, which the test checks before trusting anything else.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """(the venv's bin folder, an environment without the checkout, a work folder outside the checkout)."""
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, cwd=base)
    wheel = next(dist.glob("safety_desk-*.whl"))
    env_dir = base / "venv"
    venv.create(env_dir, with_pip=False)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    site = Path(subprocess.run([str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # The checkout's venv for the dependencies only: a plain path line, so its own .pth files (the editable
    # install of this checkout) are not processed and the wheel's safety_desk is the one imported.
    (site / "deps-from-checkout-venv.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install", "--no-deps",
                    "--no-index", "-q", str(wheel)], check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SAFETY_DESK_DB", "VIRTUAL_ENV")}
    env |= {"HOME": str(base / "home"), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    work = base / "work"
    work.mkdir()
    return bin_dir, env, work


def _run(installed, *args: str) -> subprocess.CompletedProcess[str]:
    bin_dir, env, work = installed
    return subprocess.run([str(bin_dir / "safety-desk"), *args], cwd=work, env=env, capture_output=True, text=True,
                          timeout=300)


def test_the_wheel_carries_forms_and_resources_as_package_data(installed) -> None:
    bin_dir, env, work = installed
    probe = subprocess.run(
        [str(bin_dir / "python"), "-c",
         "import safety_desk, safety_desk.paths as p; print(safety_desk.__file__); print(p.DATA_ROOT); "
         "print(p.is_packaged())"],
        cwd=work, env=env, capture_output=True, text=True, check=True).stdout.splitlines()
    assert Path(probe[0]).is_relative_to(bin_dir.parent) and not Path(probe[0]).is_relative_to(ROOT)
    data = Path(probe[1])
    assert probe[2] == "True" and data.parts[-2:] == ("safety_desk", "_data")
    # Whole folders: every file of the checkout's forms/ and resources/ is in the installed package.
    for folder in ("forms", "resources"):
        shipped = {p.relative_to(ROOT / folder) for p in (ROOT / folder).rglob("*") if p.is_file()}
        installed_files = {p.relative_to(data / folder) for p in (data / folder).rglob("*") if p.is_file()}
        assert shipped <= installed_files


def test_version(installed) -> None:
    from safety_desk import __version__

    result = _run(installed, "--version")
    assert result.returncode == 0 and result.stdout.strip() == f"safety-desk {__version__}"


def test_template_list_shows_the_shipped_templates(installed, tmp_path: Path) -> None:
    result = _run(installed, "--db", str(tmp_path / "t.db"), "template", "list", "--json")
    assert result.returncode == 0, result.stderr
    shipped = {row["origin"] for row in json.loads(result.stdout) if row["origin"].startswith("forms/")}
    assert shipped == {f"forms/{p.name}" for p in (ROOT / "forms").glob("*.yaml")}
    assert len(shipped) >= 4


def test_pdf_ledger_embeds_the_bundled_font(installed, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert _run(installed, "--db", db, "demo", "--enterprises", "3", "--findings", "8").returncode == 0
    out = tmp_path / "台账.pdf"
    result = _run(installed, "--db", db, "export", "ledger", "--out", str(out))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert "隐患" in reader.pages[0].extract_text()
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = [f.get_object()["/BaseFont"] for f in fonts.values()
                if "/FontFile2" in f.get_object().get("/FontDescriptor", {})]
    assert any("WenQuanYiMicroHei" in name for name in embedded)


def test_the_window_starts_with_font_translation_and_icon(installed, tmp_path: Path) -> None:
    result = _run(installed, "--db", str(tmp_path / "gui.db"), "--quit-after", "300")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["title"].startswith("Safety Desk 安全生产隐患排查")  # the Chinese .qm was found (then the database)
    assert report["font"] == "WenQuanYi Micro Hei"
    assert 256 in report["icon_sizes"]


def test_the_sdist_carries_the_data_folders(installed) -> None:
    bin_dir, _env, _work = installed
    sdist = next((bin_dir.parent.parent / "dist").glob("safety_desk-*.tar.gz"))
    import tarfile

    with tarfile.open(sdist) as tar:
        names = {Path(n).relative_to(Path(n).parts[0]).as_posix() for n in tar.getnames() if len(Path(n).parts) > 1}
    assert {"forms/10_chem_enterprise_catalogue.yaml", "resources/fonts/wqy-microhei.ttc", "LICENSE"} <= names
    with zipfile.ZipFile(next((bin_dir.parent.parent / "dist").glob("safety_desk-*.whl"))) as whl:
        assert "safety_desk/_data/resources/translations/safety_desk_zh_CN.qm" in whl.namelist()
