"""Export use cases: the hazard ledger (台账) to PDF or xlsx, and an inspection's rectification notice to PDF.

Files are written to a hidden temporary file in the target folder and renamed over the target only when complete:
a cancel, a crash or a full disk never leaves half a ledger where the user expects one.

    result = export_ledger(store=s, hazard_filter=HazardFilter(street="泺口街道"), out_path="台账.pdf",
                           unit="泺口街道办事处", progress=lambda done, total: True)
    result.rows, result.pages, result.cancelled
    export_notice(store=s, inspection_id=iid, out_path="通知书.pdf")
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from safety_desk.domain.findings import is_overdue
from safety_desk.domain.inspections import RESULTS
from safety_desk.errors import UserError
from safety_desk.reports.ledger_model import ExportCancelled, LedgerHeader, LedgerRow, LedgerSummary, Progress
from safety_desk.reports.notice_pdf import NoticeData, NoticeHazard, write_notice_pdf
from safety_desk.reports.text_safety import recording_replacements
from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.services.issuing_unit import current_unit
from safety_desk.store.database import Store
from safety_desk.store.files import use_default_mode
from safety_desk.store.findings_query import HazardFilter, distinct_streets, hazard_ids, where_clause

LEDGER_FORMATS = (".pdf", ".xlsx")
NOTICE_FORMATS = (".pdf",)
_CHUNK = 500  # ids per query: under SQLite's parameter limit, and rows stream instead of loading 10,000 at once

# The five fields, the latest listing (挂牌督办) and the latest re-inspection (复查验收) of each hazard.
_LEDGER_SQL = """
    select f.id, coalesce(e.name, '') as enterprise_name, coalesce(e.street, '') as street,
           coalesce(f.description, '') as description, coalesce(f.location, '') as location, f.level, f.found_date,
           coalesce(f.responsible_unit, '') as responsible_unit,
           coalesce(f.responsible_person, '') as responsible_person, coalesce(f.measures, '') as measures,
           f.funds_fen, f.deadline, coalesce(f.contingency_plan, '') as contingency_plan, f.status,
           f.closed_on, f.closed_by,
           l.level as listing_level, l.supervising_unit, l.document_no, l.listed_on, l.delisted_on,
           coalesce(nullif(r.inspector_name, ''), p.name) as reinspector, r.reinspected_on, r.result
    from findings f
    left join enterprises e on e.id = f.enterprise_id
    left join listings l on l.id = (
        select id from listings where finding_id = f.id order by listed_on desc, created_at desc limit 1)
    left join reinspections r on r.id = (
        select id from reinspections where finding_id = f.id order by reinspected_on desc, created_at desc limit 1)
    left join inspectors p on p.id = r.inspector_id
"""


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote. ``cancelled``: stopped on request; nothing was written at ``path``."""

    path: Path
    kind: str  # "pdf" | "xlsx"
    rows: int = 0
    pages: int | None = None
    cancelled: bool = False
    summary: LedgerSummary | None = None
    # What printed as □ (no bundled font has it): (character, excerpts of where, occurrences), as
    # ``text_safety.ReplacementLog.report`` gives it; ``replacement_summary`` words it for the user.
    replacements: list[tuple[str, list[str], int]] = field(default_factory=list)

    @property
    def replaced(self) -> list[str]:
        """The characters printed as □, like ``IssueResult.replaced`` of an issued document."""
        return [ch for ch, _, _ in self.replacements]


# ---- the ledger ------------------------------------------------------------------------------------------------

def ledger_filter(hazard_filter: HazardFilter, *, include_drafts: bool = False) -> HazardFilter:
    """The view's filter as the ledger uses it: hazards entered in the ledger only, unless drafts are asked for."""
    return replace(hazard_filter, ledger_only=not include_drafts)


def resolve_ledger_filter(*, store: Store, campaign: str | None = None, street: str | None = None,
                          enterprise: str | None = None, level: str | None = None, status: str | None = None,
                          overdue: bool = False, search: str = "", include_drafts: bool = False,
                          today: date | None = None) -> HazardFilter:
    """The command line's ledger options as the hazards view's filter; UserError naming a value that matches
    nothing (a misspelt street would otherwise export an empty ledger without a word)."""
    db = store.db
    campaign_id = _one_record(db, "campaigns", "专项行动", campaign, ("id", "name")) if campaign else None
    if street and street not in distinct_streets(db):
        known = "、".join(distinct_streets(db)[:12]) or "（暂无企业登记街道）"
        raise UserError(f"没有街道 “{street}” 的企业；已有街道：{known}")
    enterprise_id = (_one_record(db, "enterprises", "企业", enterprise, ("id", "credit_code", "name"))
                     if enterprise else None)
    return HazardFilter(campaign_id=campaign_id, street=street or None, enterprise_id=enterprise_id, level=level,
                        status=status, overdue=True if overdue else None, search=search.strip(),
                        ledger_only=not include_drafts, today=today)


def _one_record(db, table: str, what: str, value: str, columns: tuple[str, ...]) -> str:
    for column in columns:  # the id first; then codes and names, which must name exactly one record
        ids = [r[0] for r in db.execute(f"select id from [{table}] where [{column}] = ? limit 2", [value.strip()])]
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise UserError(f"有多个{what}名为 “{value}”，请改用编号")
    raise UserError(f"{what} “{value}” 不存在")


def ledger_header(*, store: Store, hazard_filter: HazardFilter, unit: str = "", today: date | None = None
                  ) -> LedgerHeader:
    """The title block for these hazards: campaign, period, filters, scope; ``unit`` "" prints the unit setting's
    name (填报单位). The period is the one asked for: the campaign's; with no campaign chosen, "all", with the dates
    the listed hazards were found in brackets (never the rows' span passed off as a period)."""
    db = store.db
    where, params = where_clause(hazard_filter)
    campaign, period = "", ""
    if hazard_filter.campaign_id:
        row = db.execute("select name, start_date, end_date from campaigns where id = ?",
                         [hazard_filter.campaign_id]).fetchone()
        if row:
            campaign, period = row[0], f"{row[1]} 至 {row[2]}"
    if not campaign:
        names = [r[0] for r in db.execute(
            f"select distinct c.name from findings f join campaigns c on c.id = f.campaign_id where {where} limit 3",
            params)]
        campaign = names[0] if len(names) == 1 else ("多个专项行动" if names else "")
    if not period:
        first, last = db.execute(f"select min(found_date), max(found_date) from findings f where {where}",
                                 params).fetchone()
        period = f"不限（所列隐患发现于 {first} 至 {last}）" if first else "不限"
    scope = "仅含已登记入台账的隐患" if hazard_filter.ledger_only else "含尚未登记入台账的隐患"
    filters = replace(hazard_filter, ledger_only=False)  # the scope says it in words already
    return LedgerHeader(campaign=campaign, unit=unit.strip() or current_unit(store=store).name, period=period,
                        filters=filters.describe(db) if not filters.is_empty() else "全部隐患", scope=scope,
                        printed_on=today or date.today())


def ledger_rows(*, store: Store, hazard_filter: HazardFilter, ids: list[str] | None = None) -> Iterator[LedgerRow]:
    """The ledger's rows, oldest found first, read from the database a chunk at a time."""
    db = store.db
    if ids is None:
        ids = ledger_ids(store=store, hazard_filter=hazard_filter)
    today = hazard_filter.effective_today()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        by_id = {r["id"]: r for r in db.query(f"{_LEDGER_SQL} where f.id in ({marks})", chunk)}
        for hazard_id in chunk:
            if hazard_id in by_id:  # deleted meanwhile: left out
                yield _ledger_row(by_id[hazard_id], today)


def ledger_ids(*, store: Store, hazard_filter: HazardFilter) -> list[str]:
    # A ledger is a register: it reads in the order hazards were found, its serial numbers grow with time.
    return hazard_ids(store.db, hazard_filter, order_by="found_date", descending=False)


def _ledger_row(r: dict, today: date) -> LedgerRow:
    deadline = date.fromisoformat(r["deadline"]) if r["deadline"] else None
    return LedgerRow(
        id=r["id"], enterprise_name=r["enterprise_name"], street=r["street"], description=r["description"],
        location=r["location"], level=r["level"], found_date=date.fromisoformat(r["found_date"]),
        responsible_unit=r["responsible_unit"], responsible_person=r["responsible_person"], measures=r["measures"],
        funds_fen=r["funds_fen"], deadline=deadline, contingency_plan=r["contingency_plan"],
        listing=_listing_text(r), status=r["status"], overdue=is_overdue(deadline, r["status"], today),
        acceptance=_acceptance_text(r),
    )


def _listing_text(r: dict) -> str:
    if not r["listed_on"]:
        return ""
    level = (r["listing_level"] or "").strip()
    heading = level if ("督办" in level or "挂牌" in level) else f"{level}挂牌督办"
    parts = [heading, r["supervising_unit"], r["document_no"], f"{r['listed_on']} 挂牌"]
    if r["delisted_on"]:
        parts.append(f"{r['delisted_on']} 摘牌")
    return "\n".join(p.strip() for p in parts if p and p.strip())


def _acceptance_text(r: dict) -> str:
    if r["reinspected_on"]:
        parts = [r["reinspector"], r["reinspected_on"], r["result"]]
    elif r["closed_on"] or r["closed_by"]:
        parts = [r["closed_by"], r["closed_on"], "销号"]
    else:
        return ""
    return "\n".join(str(p).strip() for p in parts if p and str(p).strip())


def export_ledger(*, store: Store, hazard_filter: HazardFilter, out_path: str | os.PathLike, unit: str = "",
                  include_drafts: bool = False, progress: Progress | None = None,
                  today: date | None = None) -> ExportResult:
    """Write the ledger of the filtered hazards; the file type follows the extension (.pdf or .xlsx).

    The ledger holds hazards entered in the ledger (登记入台账) only, whatever ``hazard_filter.ledger_only`` says
    (the hazards view shows drafts too), unless ``include_drafts``. ``progress(done, total)`` returning False
    cancels: the result says ``cancelled`` and the target path is left untouched.
    """
    out = Path(out_path).expanduser()
    kind = ledger_format(out)
    hazard_filter = ledger_filter(hazard_filter, include_drafts=include_drafts)
    header = ledger_header(store=store, hazard_filter=hazard_filter, unit=unit, today=today)
    ids = ledger_ids(store=store, hazard_filter=hazard_filter)
    rows = ledger_rows(store=store, hazard_filter=hazard_filter, ids=ids)
    if kind == "pdf":
        from safety_desk.reports.ledger_pdf import write_ledger_pdf as write
    else:
        from safety_desk.reports.ledger_xlsx import write_ledger_xlsx as write
    try:
        with atomic_output(out) as tmp, recording_replacements() as log:
            summary, pages = write(str(tmp), header, rows, total=len(ids), progress=progress)
    except ExportCancelled:
        return ExportResult(out, kind, cancelled=True)
    return ExportResult(out, kind, rows=summary.total, pages=pages, summary=summary, replacements=log.report())


# ---- the notice ------------------------------------------------------------------------------------------------

def notice_data(*, store: Store, inspection_id: str, issuing_unit: str = "") -> NoticeData:
    """What the notice of one inspection prints: enterprise, visit, inspectors, check results, hazards."""
    db = store.db
    info = inspection_service.get_inspection(store=store, inspection_id=inspection_id)
    e = db.execute("select credit_code, address, contact_person, contact_phone from enterprises where id = ?",
                   [info.enterprise_id]).fetchone()
    inspectors = [
        f"{name}（执法证号 {cert}）" if (cert or "").strip() else name
        for name, cert in db.execute(
            "select p.name, p.certificate_no from inspection_inspectors ii join inspectors p on p.id = ii.inspector_id"
            " where ii.inspection_id = ? order by p.name", [inspection_id])
    ]
    notes = db.execute("select coalesce(notes, '') from inspections where id = ?", [inspection_id]).fetchone()[0]
    counts = dict.fromkeys(RESULTS, 0)
    for row in inspection_service.get_checklist(store=store, inspection_id=inspection_id):
        counts[row.result] = counts.get(row.result, 0) + 1
    hazards = [
        NoticeHazard(description=f.description, level=f.level, location=f.location,
                     basis=f.basis or f.disposal_basis, requirement=f.requirement or f.five.measures,
                     deadline=f.five.deadline, mode=f.rectification_mode)
        for f in finding_service.findings_of_inspection(store=store, inspection_id=inspection_id)
    ]
    contact = " ".join(x for x in ((e[2] or "") if e else "", (e[3] or "") if e else "") if x)
    return NoticeData(
        enterprise=info.enterprise_name, inspection_date=info.inspection_date, inspectors=inspectors,
        hazards=hazards, issuing_unit=issuing_unit.strip(), campaign=info.campaign_name, phase=info.phase,
        unannounced=info.unannounced, credit_code=(e[0] or "") if e else "", address=(e[1] or "") if e else "",
        street=info.street, contact=contact, checklists=info.template_titles, check_counts=counts, notes=notes,
    )


def export_notice(*, store: Store, inspection_id: str, out_path: str | os.PathLike, issuing_unit: str = "",
                  progress: Progress | None = None) -> ExportResult:
    """Write the rectification notice with the on-site record of one inspection (PDF only)."""
    out = Path(out_path).expanduser()
    kind = export_kind(out, NOTICE_FORMATS, "整改通知书")
    data = notice_data(store=store, inspection_id=inspection_id, issuing_unit=issuing_unit)
    if progress is not None and not progress(0, 1):
        return ExportResult(out, kind, cancelled=True)
    with atomic_output(out) as tmp, recording_replacements() as log:
        pages = write_notice_pdf(str(tmp), data)
    if progress is not None:
        progress(1, 1)
    return ExportResult(out, kind, rows=len(data.hazards), pages=pages, replacements=log.report())


# ---- files -----------------------------------------------------------------------------------------------------

def ledger_format(out_path: str | os.PathLike) -> str:
    """"pdf" or "xlsx" from the file name; UserError for any other extension."""
    return export_kind(Path(out_path), LEDGER_FORMATS, "台账")


def export_kind(out: Path, allowed: tuple[str, ...], what: str) -> str:
    """The file type of an export target from its extension; a user error naming the file for any other."""
    suffix = out.suffix.lower()
    if suffix not in allowed:
        raise UserError(f"{what}只能导出为 {' / '.join(allowed)} 文件，而不是 “{out.name}”")
    return suffix[1:]


def suggested_ledger_name(header: LedgerHeader, hazard_filter: HazardFilter, suffix: str = ".pdf") -> str:
    """A file name that says what the ledger holds, e.g. "隐患台账_泺口街道_2024-05-01.pdf"."""
    parts = ["隐患台账"]
    if hazard_filter.street:
        parts.append(hazard_filter.street)
    if hazard_filter.level:
        parts.append(hazard_filter.level)
    parts.append(header.printed_on.isoformat())
    return _safe_file_name("_".join(parts) + suffix)


def suggested_notice_name(*, store: Store, inspection_id: str) -> str:
    """A file name that says whose notice it is and of which visit: "隐患整改通知书_济南泺口化工有限公司_2019-08-06.pdf"."""
    info = inspection_service.get_inspection(store=store, inspection_id=inspection_id)
    parts = ["隐患整改通知书", info.enterprise_name.strip(), info.inspection_date.isoformat()]
    return _safe_file_name("_".join(p for p in parts if p) + ".pdf")


def _safe_file_name(name: str) -> str:
    """Characters no file system takes (and control characters) become "_"; the name stays readable."""
    return "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name)


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; on success it replaces ``out``, on any failure it is removed.

    OSError (no such folder, no permission, disk full, the target open in another program) becomes a UserError
    that names the file.
    """
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise UserError(f"无法写入 {out}：这是一个文件夹")
    if not folder.is_dir():
        raise UserError(f"无法写入 {out}：文件夹 {folder} 不存在")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError(f"无法写入 {out}：{_reason(exc)}") from None
    os.close(fd)
    tmp = Path(name)
    use_default_mode(tmp)  # mkstemp's 0600 would survive the rename; the user's umask decides, as for any file
    try:
        yield tmp
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(f"无法写入 {out}：{_reason(exc)}") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "磁盘空间不足"
    if isinstance(exc, PermissionError):
        return "没有写入权限，或文件正被其他程序（如 Excel、PDF 阅读器）打开"
    return exc.strerror or str(exc)
