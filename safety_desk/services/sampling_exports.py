"""Publication of 双随机 (一公开): the draw record (摇号记录, PDF) and the public notice of results (公示, PDF or xlsx).

    export_draw_record(store=s, draw_id=d, out_path="摇号记录.pdf")
    export_publicity(store=s, plan_id=p, out_path="抽查结果公示.xlsx")

Files are written beside the target and renamed over it when complete (``exports.atomic_output``). The unit printed
is this computer's issuing unit (发文单位) when set, the plan's lead department otherwise.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from safety_desk.reports.draw_record_pdf import write_draw_record_pdf
from safety_desk.reports.publicity_pdf import write_publicity_pdf, write_publicity_xlsx
from safety_desk.reports.text_safety import recording_replacements
from safety_desk.services.draws import get_draw
from safety_desk.services.exports import ExportResult, atomic_output, export_kind
from safety_desk.services.issuing_unit import current_unit
from safety_desk.services.sampling_tasks import publicity
from safety_desk.store.database import Store

DRAW_RECORD_FORMATS = (".pdf",)
PUBLICITY_FORMATS = (".pdf", ".xlsx")


def export_draw_record(*, store: Store, draw_id: str, out_path: str | Path, unit: str = "",
                       printed_on: date | None = None) -> ExportResult:
    out = Path(out_path)
    kind = export_kind(out, DRAW_RECORD_FORMATS, "摇号记录")
    record = get_draw(store=store, draw_id=draw_id)
    with atomic_output(out) as tmp, recording_replacements() as log:
        pages = write_draw_record_pdf(tmp, record, unit=unit or current_unit(store=store).name,
                                      printed_on=printed_on)
    return ExportResult(path=out, kind=kind, rows=len(record.tasks), pages=pages,
                        replacements=log.report())


def export_publicity(*, store: Store, plan_id: str, out_path: str | Path, unit: str = "",
                     published_on: date | None = None) -> ExportResult:
    out = Path(out_path)
    kind = export_kind(out, PUBLICITY_FORMATS, "抽查结果公示")
    notice = publicity(store=store, plan_id=plan_id)
    with atomic_output(out) as tmp, recording_replacements() as log:
        if kind == "pdf":
            pages = write_publicity_pdf(tmp, notice, unit=unit or current_unit(store=store).name,
                                        published_on=published_on)
        else:
            write_publicity_xlsx(tmp, notice)
            pages = None
    return ExportResult(path=out, kind=kind, rows=len(notice.rows), pages=pages,
                        replacements=log.report())
