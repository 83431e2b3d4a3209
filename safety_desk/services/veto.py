"""One-vote veto evaluation for a campaign: gather the registers, evaluate a rule set, return hits with evidence.

    report = evaluate_veto(store=s, campaign="迎接建国70周年安全生产专项整治行动", today=date(2019, 10, 31))
    for hit in report.hits:
        print(hit.unit, hit.situation.text, hit.evidence)
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from safety_desk.domain.findings import is_overdue
from safety_desk.domain.veto_rules import (
    DismissalWarning,
    ListedHazard,
    RuleSet,
    VetoHit,
    VetoRecords,
    VetoReport,
    dismissal_warnings,
    evaluate,
)
from safety_desk.errors import UserError
from safety_desk.paths import FORMS_DIR
from safety_desk.reports.ledger_model import Progress
from safety_desk.reports.text_safety import recording_replacements
from safety_desk.reports.veto_pdf import write_veto_pdf
from safety_desk.services.leads import derelictions
from safety_desk.reports.veto_xlsx import write_veto_xlsx
from safety_desk.services.exports import ExportResult, export_kind, atomic_output
from safety_desk.services.issuing_unit import current_unit
from safety_desk.store import as_of, veto_repo
from safety_desk.store.database import Store
from safety_desk.templates.veto_rules_format import load_veto_rules

VETO_RULES_DIR = FORMS_DIR / "veto_rules"
DEFAULT_RULES = VETO_RULES_DIR / "attachment2_2019.yaml"


def resolve_campaign(*, store: Store, campaign: str | None = None) -> tuple[str, str, date, date]:
    """(id, name, start, end) of the campaign named by id or name; the latest-starting one when None."""
    db = store.db
    if campaign:
        rows = db.execute("select id, name, start_date, end_date from campaigns where id = ? or name = ? limit 2",
                          [campaign.strip(), campaign.strip()]).fetchall()
        if len(rows) > 1:
            raise UserError(f"有多个专项行动名为 “{campaign}”，请改用编号")
    else:
        rows = db.execute("select id, name, start_date, end_date from campaigns order by start_date desc limit 1"
                          ).fetchall()
    if not rows:
        raise UserError(f"专项行动 “{campaign}” 不存在" if campaign else "还没有专项行动")
    cid, name, start, end = rows[0]
    return cid, name, date.fromisoformat(start), date.fromisoformat(end)


def gather_records(*, store: Store, today: date) -> VetoRecords:
    db = store.db
    names, departments = {}, {}
    for eid, name, dept in db.execute("select id, name, lead_department from enterprises"):
        names[eid] = name or ""
        departments[eid] = (dept or "").strip()
    listed = []
    # As things stood on ``today`` (the judging day, a past day once the campaign is over): listed by then and not
    # yet delisted, the status and the deadline of that day. Hazards listed the same day in the order they came into
    # this database (rowid), as when the query read every hazard in table order (before the listings drove it).
    for row in db.execute(
            f"select f.id, f.enterprise_id, f.description, {as_of.deadline_on('f', ':day')}, "
            f"{as_of.status_on('f', ':day')}, l.level, l.supervising_unit, l.document_no, l.listed_on "
            f"from {as_of.listed_ids(':day')} c cross join findings f on f.id = c.finding_id "
            f"join listings l on l.id = {as_of.listing_on('f', ':day')} order by l.listed_on, f.rowid",
            {"day": today.isoformat()}):
        deadline = date.fromisoformat(row[3]) if row[3] else None
        listed.append(ListedHazard(
            finding_id=row[0], enterprise_id=row[1], enterprise_name=names.get(row[1], ""), description=row[2] or "",
            deadline=deadline, status=row[4], listing_level=row[5], supervising_unit=row[6] or "",
            document_no=row[7] or "", listed_on=date.fromisoformat(row[8]),
            overdue=is_overdue(deadline, row[4], today)))
    return VetoRecords(accidents=veto_repo.list_accidents(db), illegal_operations=veto_repo.list_illegal_operations(db),
                       listed_hazards=listed, blacklist=veto_repo.list_blacklist_entries(db), departments=departments,
                       enterprise_names=names)


def evaluate_veto(*, store: Store, campaign: str | None = None, rules_path: str | Path | None = None,
                  today: date | None = None) -> VetoReport:
    """Evaluate the rule file (Attachment 2 by default) over the campaign's period, judged at min(end, today)."""
    rule_set = load_veto_rules(rules_path or DEFAULT_RULES)
    _, name, start, end = resolve_campaign(store=store, campaign=campaign)
    judged = min(end, today or date.today())
    records = gather_records(store=store, today=judged)
    return VetoReport(rule_set=rule_set, campaign_name=name, start=start, end=end, judged_on=judged,
                      hits=tuple(evaluate(rule_set, records, start=start, end=judged)),
                      warnings=tuple(dismissal_warnings(rule_set.dismissal, records.illegal_operations,
                                                        start=start, end=judged)),
                      lead_warnings=tuple(v.describe_dereliction()
                                          for v in derelictions(store=store, today=judged, since=start)))


def export_veto_report(*, store: Store, out_path: str | os.PathLike, campaign: str | None = None,
                       rules_path: str | Path | None = None, today: date | None = None,
                       progress: Progress | None = None, issuing_unit: str | None = None) -> ExportResult:
    """Evaluate and write the veto report (.pdf or .xlsx); ``rows`` of the result is the number of hits.
    ``issuing_unit`` (填报单位) None prints the unit setting's name."""
    out = Path(out_path).expanduser()
    kind = export_kind(out, (".pdf", ".xlsx"), "一票否决报告")
    report = evaluate_veto(store=store, campaign=campaign, rules_path=rules_path, today=today)
    if progress is not None and not progress(0, 1):
        return ExportResult(out, kind, cancelled=True)
    with atomic_output(out) as tmp, recording_replacements() as log:
        unit = current_unit(store=store).name if issuing_unit is None else issuing_unit.strip()
        pages = (write_veto_pdf(str(tmp), report, printed_on=today, issuing_unit=unit) if kind == "pdf"
                 else write_veto_xlsx(str(tmp), report, printed_on=today, issuing_unit=unit) and None)
    if progress is not None:
        progress(1, 1)
    return ExportResult(out, kind, rows=len(report.hits), pages=pages, replacements=log.report())
