"""The closing block of every PDF report: footnotes (the drafts rule, as-of dates), then the signature and seal lines.

The block is measured first (``closing_height``) so the table's last row can take it along (``RowTable.add_row(...,
keep_with=...)``): a page holding only a closing line is no document.

    block = ClosingBlock(notes=[DRAFTS_RULE], signatures=signature_lines("泺口街道办事处"))
    table.add_row(last_cells, keep_with=block.height(painter.metrics, width))
    table.finish()
    block.draw(flow, x=MARGIN_X, width=width)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from safety_desk.reports.pdf_layout import GREY
from safety_desk.reports.pdf_metrics import TextMetrics
from safety_desk.reports.pdf_table import PageFlow, RowTable
from safety_desk.reports.text_safety import pdf_text
from safety_desk.reports.closing_text import signature_lines

__all__ = ["ClosingBlock", "keep_with_closing", "signature_lines"]

NOTE_SIZE, SIGN_SIZE = 8.5, 9.5
GAP_BEFORE_NOTES, GAP_BEFORE_SIGNATURES, SIGN_LEADING = 8.0, 22.0, 2.2


@dataclass(frozen=True)
class ClosingBlock:
    notes: Sequence[str] = ()
    signatures: Sequence[str] = ()

    def height(self, metrics: TextMetrics, width: float) -> float:
        notes = sum(len(metrics.wrapper(width, NOTE_SIZE)(pdf_text(n))) for n in self.notes) * NOTE_SIZE * 1.45
        signs = sum(len(metrics.wrapper(width, SIGN_SIZE)(pdf_text(s))) for s in self.signatures)
        return (GAP_BEFORE_NOTES + notes + GAP_BEFORE_SIGNATURES
                + signs * SIGN_SIZE * 1.45 + max(signs - 1, 0) * SIGN_SIZE * SIGN_LEADING)

    def draw(self, flow: PageFlow, *, x: float, width: float) -> None:
        flow.ensure(self.height(flow.painter.metrics, width))  # whole or not at all, never split over two pages
        flow.y -= GAP_BEFORE_NOTES
        for note in self.notes:
            flow.paragraph(note, x=x, width=width, size=NOTE_SIZE, color=GREY)
        flow.y -= GAP_BEFORE_SIGNATURES
        for n, line in enumerate(self.signatures):
            if n:
                flow.y -= SIGN_SIZE * SIGN_LEADING  # room to sign between the lines
            flow.paragraph(line, x=x, width=width, size=SIGN_SIZE)


def keep_with_closing(table: RowTable, n: int, count: int, closing: float, rows: int = 3) -> float:
    """What row ``n`` of ``count`` must keep on its page: the last ``rows`` rows go with the closing block."""
    after = count - 1 - n
    return closing + after * (table.leading + 2 * table.pad) if after < rows else 0.0
