"""Render every report of a 2,000-hazard demo into docs/screenshots: ``.venv/bin/python scripts/report_screenshots.py``.

PDFs are rendered with pdftoppm; each xlsx is first printed through LibreOffice (``soffice --headless --convert-to
pdf``), as an office would print it. Needs poppler-utils and LibreOffice (``libreoffice-calc-nogui``). Keep the
files it writes in /tmp (``--keep DIR``) to look at every page, not only the ones the README shows.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety_desk.domain.issuing_unit import IssuingUnit  # noqa: E402
from safety_desk.services.exports import export_ledger, resolve_ledger_filter  # noqa: E402
from safety_desk.services.issuing_unit import set_unit  # noqa: E402
from safety_desk.services.monthly import export_monthly  # noqa: E402
from safety_desk.services.summary import export_summary  # noqa: E402
from safety_desk.services.veto import export_veto_report  # noqa: E402
from safety_desk.store import Store  # noqa: E402
from tests.support.xlsx_checks import convert_with_libreoffice  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PRINTED = date(2019, 11, 20)  # three weeks after the demo campaign ended
COMMITTEE = IssuingUnit(name="天桥区安全生产委员会办公室", short_name="天安委")
STREET = "泺口街道"
STREET_OFFICE = "泺口街道办事处"
DPI = "70"


def build(work: Path) -> Store:
    db = work / "demo.db"
    subprocess.run([str(ROOT / ".venv" / "bin" / "safety-desk"), "--db", str(db), "demo", "--enterprises", "300",
                    "--findings", "2000"], check=True)
    store = Store.open(db)
    set_unit(store=store, unit=COMMITTEE)
    return store


def export_all(store: Store, work: Path) -> dict[str, Path]:
    files = {}
    for suffix in ("pdf", "xlsx"):
        files[f"monthly-{suffix}"] = export_monthly(
            store=store, month="2019-09", unit=STREET, out_path=work / f"monthly.{suffix}", today=PRINTED,
            issuing_unit=STREET_OFFICE).path
        files[f"rollup-{suffix}"] = export_monthly(
            store=store, month="2019-09", rollup=True, out_path=work / f"rollup.{suffix}", today=PRINTED).path
        street = resolve_ledger_filter(store=store, street=STREET, today=PRINTED)
        files[f"ledger-{suffix}"] = export_ledger(
            store=store, hazard_filter=street, out_path=work / f"ledger.{suffix}", unit=STREET_OFFICE,
            today=PRINTED).path
        files[f"summary-{suffix}"] = export_summary(store=store, out_path=work / f"summary.{suffix}",
                                                    today=PRINTED).path
        files[f"veto-{suffix}"] = export_veto_report(store=store, out_path=work / f"veto.{suffix}",
                                                     today=PRINTED).path
    return files


def print_workbooks(files: dict[str, Path], work: Path) -> None:
    """Replace each xlsx by the PDF LibreOffice prints from it (with our font standing in for 宋体)."""
    books = {k: v for k, v in files.items() if v.suffix == ".xlsx"}
    for key, pdf in zip(books, convert_with_libreoffice(list(books.values()), work / "printed")):
        files[key] = pdf


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def render(pdf: Path, name: str, page: int) -> None:
    stem = OUT / name
    subprocess.run(["pdftoppm", "-png", "-r", DPI, "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(stem)], check=True)
    print(f"{stem}.png  ({pdf.name}, page {page} of {pages(pdf)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the reports here (default: a temporary folder)")
    args = parser.parse_args()
    for tool in ("soffice", "pdftoppm", "pdfinfo"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        store = build(work)
        files = export_all(store, work)
        store.close()
        print_workbooks(files, work)
        OUT.mkdir(parents=True, exist_ok=True)
        for key, pdf in files.items():
            render(pdf, key, 1)
        for key in ("ledger-pdf", "ledger-xlsx", "summary-pdf"):  # the closing page: last rows, totals, signatures
            render(files[key], f"{key}-last", pages(files[key]))


if __name__ == "__main__":
    main()
