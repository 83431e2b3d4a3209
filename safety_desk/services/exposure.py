"""The exposure list (曝光) for a period: which enterprises, and the PDF / xlsx for publication.

    rows = exposure_rows(store=s, start=date(2019, 7, 1), end=date(2019, 10, 31))
    export_exposure(store=s, start=…, end=…, out_path="曝光名单.xlsx")

Only enterprise-targeted penalties are read (never a person's), and only the columns a notice prints; the violation is
the hazard the penalty was about, else the 重大 hazards of the visit, else its hazards.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from safety_desk.domain.enforcement import TARGET_ENTERPRISE
from safety_desk.domain.exposure import DEFAULT_MIN_FINE_YUAN, PENALTY_KINDS, ExposureRow, Penalty, is_serious
from safety_desk.domain.findings import LEVEL_MAJOR
from safety_desk.errors import UserError
from safety_desk.reports.exposure import write_exposure_pdf, write_exposure_xlsx
from safety_desk.reports.text_safety import recording_replacements
from safety_desk.services.exports import ExportResult, atomic_output, export_kind
from safety_desk.services.issuing_unit import current_unit
from safety_desk.store.database import Store

MAX_HAZARDS_NAMED = 3


def exposure_rows(*, store: Store, start: date, end: date, min_fine_yuan: int = DEFAULT_MIN_FINE_YUAN
                  ) -> list[ExposureRow]:
    """Serious violations punished in [start, end], one row per enterprise and visit, by date then name."""
    if end < start:
        raise UserError(f"结束日期 {end.isoformat()} 早于开始日期 {start.isoformat()}")
    db = store.db
    groups: dict[tuple[str, str], dict] = {}
    marks = ", ".join("?" for _ in PENALTY_KINDS)
    for r in db.query(
            f"select a.enterprise_id, coalesce(a.inspection_id, a.id) as visit, a.inspection_id, a.finding_id, a.kind, "
            f"a.amount_fen, a.decided_on, e.name, coalesce(e.credit_code, '') as credit_code "
            f"from enforcement_actions a join enterprises e on e.id = a.enterprise_id "
            f"where a.kind in ({marks}) and coalesce(a.target, ?) = ? and a.decided_on between ? and ? "
            f"order by a.decided_on, a.rowid",
            [*PENALTY_KINDS, TARGET_ENTERPRISE, TARGET_ENTERPRISE, start.isoformat(), end.isoformat()]):
        group = groups.setdefault((r["enterprise_id"], r["visit"]), {
            "name": r["name"], "code": r["credit_code"], "inspection": r["inspection_id"], "findings": [],
            "penalties": []})
        group["penalties"].append(Penalty(r["kind"], r["amount_fen"], date.fromisoformat(r["decided_on"])))
        if r["finding_id"]:
            group["findings"].append(r["finding_id"])
    rows = []
    for group in groups.values():
        violation, major = _violation(db, group["findings"], group["inspection"])
        penalties = tuple(group["penalties"])
        if is_serious(penalties, major_hazard=major, min_fine_fen=min_fine_yuan * 100):
            rows.append(ExposureRow(group["name"], group["code"], violation, penalties))
    return sorted(rows, key=lambda row: (row.decided_on, row.enterprise))


def _violation(db, finding_ids: list[str], inspection_id: str | None) -> tuple[str, bool]:
    """What the enterprise did (hazard descriptions), and whether a 重大 hazard was among the visit's."""
    if finding_ids:
        marks = ", ".join("?" for _ in finding_ids)
        found = [tuple(r) for r in db.execute(
            f"select description, level from findings where id in ({marks}) order by found_date", finding_ids)]
    else:
        found = [tuple(r) for r in db.execute(
            "select description, level from findings where inspection_id = ? order by level = ? desc, found_date",
            [inspection_id or "", LEVEL_MAJOR])]
    major = any(level == LEVEL_MAJOR for _, level in found) or bool(inspection_id and db.execute(
        "select 1 from findings where inspection_id = ? and level = ? limit 1", [inspection_id, LEVEL_MAJOR]
    ).fetchone())
    texts = [d.strip() for d, _ in found if d and d.strip()][:MAX_HAZARDS_NAMED]
    more = len([d for d, _ in found if d]) - len(texts)
    text = "；".join(texts) + (f"等 {len(texts) + more} 项" if more > 0 else "")
    return text or "安全生产违法行为", major


def export_exposure(*, store: Store, start: date, end: date, out_path: str | os.PathLike,
                    min_fine_yuan: int = DEFAULT_MIN_FINE_YUAN, today: date | None = None) -> ExportResult:
    """Write the exposure list as PDF or xlsx (by the file's extension); ``rows`` of the result is the row count."""
    out = Path(out_path).expanduser()
    kind = export_kind(out, (".pdf", ".xlsx"), "曝光名单")
    rows = exposure_rows(store=store, start=start, end=end, min_fine_yuan=min_fine_yuan)
    unit = current_unit(store=store).name
    printed = today or date.today()
    with atomic_output(out) as tmp, recording_replacements() as log:
        if kind == "pdf":
            pages = write_exposure_pdf(str(tmp), rows, start=start, end=end, unit=unit, printed_on=printed)
        else:
            write_exposure_xlsx(str(tmp), rows, start=start, end=end, unit=unit, printed_on=printed)
            pages = None
    return ExportResult(out, kind, rows=len(rows), pages=pages, replacements=log.report())
