"""Bench: a 10,000-hazard ledger PDF, our row layout against the naive reportlab table, in the same run.

    .venv/bin/python bench/ledger_pdf.py                 # 10,000 hazards of demo data in a temporary database
    .venv/bin/python bench/ledger_pdf.py --rows 2000 --repeat 3

Both builds get the same rows, already read from the database, and the same column widths, font and page size:
- ours: ``reports.ledger_pdf.write_ledger_pdf`` (measure once, break pages by row height, draw glyph runs);
- naive: one ``LongTable`` with a ``Paragraph`` (escaped text) in every cell and ``repeatRows=1``, built by
  ``SimpleDocTemplate`` — what reportlab's documentation leads one to write.
The ratio ours / naive is what to read (target ≤ 0.15): the machines this runs on are noisy, the ratio less so.
Memory: peak traced allocations of our build at a quarter of the rows and at all of them; "grows no faster than the
row count" means the per-row figure does not rise.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle  # noqa: E402

from safety_desk.reports.fonts import register_pdf_font  # noqa: E402
from safety_desk.reports.ledger_model import LEDGER_COLUMNS, LedgerHeader, LedgerRow, ledger_cells  # noqa: E402
from safety_desk.reports.ledger_pdf import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, write_ledger_pdf  # noqa: E402
from safety_desk.reports.text_safety import escape_markup  # noqa: E402
from safety_desk.demo.generate import generate_demo  # noqa: E402
from safety_desk.services.exports import export_ledger, ledger_header, ledger_rows  # noqa: E402
from safety_desk.store.database import Store  # noqa: E402
from safety_desk.store.findings_query import HazardFilter  # noqa: E402

TARGET_RATIO = 0.15


def build_naive(path: Path, header: LedgerHeader, rows: list[LedgerRow]) -> int:
    """The straightforward platypus ledger: title paragraphs, then one LongTable of Paragraph cells."""
    font = register_pdf_font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9.75, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    info = ParagraphStyle("info", fontName=font, fontSize=8.5, leading=12)
    data = [[Paragraph(escape_markup(c.title), cell) for c in LEDGER_COLUMNS]]
    data += [[Paragraph(escape_markup(text), cell) for text in ledger_cells(n, row)]
             for n, row in enumerate(rows, start=1)]
    table = LongTable(data, colWidths=[c.pdf_width for c in LEDGER_COLUMNS], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.2, 0.2, 0.2)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), (0.86, 0.86, 0.86))]))
    pages = []

    def page_number(canvas, doc) -> None:
        pages.append(doc.page)
        canvas.setFont(font, 8)
        canvas.drawCentredString(landscape(A4)[0] / 2, MARGIN_BOTTOM / 2, f"第 {doc.page} 页")

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    items = "    ".join(f"{k}：{v}" for k, v in header.info_items(len(rows)))
    doc.build([Paragraph(escape_markup(header.title), title), Paragraph(escape_markup(items), info), table],
              onFirstPage=page_number, onLaterPages=page_number)
    return len(pages)


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def peak_bytes(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of our build (median); the naive runs once")
    parser.add_argument("--no-memory", action="store_true", help="skip the (slow, traced) memory runs")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ledger-bench-") as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "bench.db")
        t_demo, _ = timed(lambda: generate_demo(store=store, seed=2019, enterprises=300, findings=args.rows))
        hazard_filter = HazardFilter()  # every hazard, drafts too: exactly --rows rows
        header = ledger_header(store=store, hazard_filter=hazard_filter, unit="天桥区安委会办公室")
        t_read, rows = timed(lambda: list(ledger_rows(store=store, hazard_filter=hazard_filter)))
        print(f"{len(rows):,} hazards of demo data ({t_demo:.1f} s to generate; {t_read:.2f} s to read the rows)")

        ours_times = []
        for _ in range(args.repeat):
            seconds, (_, pages) = timed(lambda: write_ledger_pdf(folder / "ours.pdf", header, rows, total=len(rows)))
            ours_times.append(seconds)
        ours = statistics.median(ours_times)
        size = (folder / "ours.pdf").stat().st_size
        print(f"ours : {ours:6.2f} s  (median of {args.repeat}: {', '.join(f'{t:.2f}' for t in ours_times)})"
              f"  {pages:,} pages, {size / 1e6:.1f} MB")
        t_export, result = timed(lambda: export_ledger(store=store, hazard_filter=hazard_filter,
                                                       out_path=folder / "export.pdf", include_drafts=True))
        print(f"ours, database to file (export_ledger): {t_export:.2f} s, {result.rows:,} rows")

        naive, naive_pages = timed(lambda: build_naive(folder / "naive.pdf", header, rows))
        size = (folder / "naive.pdf").stat().st_size
        print(f"naive: {naive:6.2f} s  (LongTable + Paragraph per cell, repeatRows=1)  {naive_pages:,} pages, "
              f"{size / 1e6:.1f} MB")
        ratio = ours / naive
        verdict = "OK" if ratio <= TARGET_RATIO else "SLOWER THAN TARGET"
        print(f"ratio ours/naive: {ratio:.3f}  (target ≤ {TARGET_RATIO})  {verdict}")

        if not args.no_memory:
            quarter = rows[: max(1, len(rows) // 4)]
            small = peak_bytes(lambda: write_ledger_pdf(folder / "m1.pdf", header, quarter, total=len(quarter)))
            full = peak_bytes(lambda: write_ledger_pdf(folder / "m2.pdf", header, rows, total=len(rows)))
            print(f"memory (traced peak): {len(quarter):,} rows {small / 1e6:.1f} MB = {small / len(quarter):,.0f} B/row;"
                  f" {len(rows):,} rows {full / 1e6:.1f} MB = {full / len(rows):,.0f} B/row"
                  f"  (growth ×{full / small:.2f} for ×{len(rows) / len(quarter):.0f} rows)")
        store.close()
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
