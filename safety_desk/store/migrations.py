"""Every schema change is a named migration; none is ever edited after it has shipped.

Records that may travel between laptops (everything but the migration bookkeeping) have a UUID text key ``id`` and
``created_at`` / ``updated_at`` ISO-8601 UTC times, so that data packages can merge them later.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("safety_desk")

_SYNCED = {"id": str, "created_at": str, "updated_at": str}


@migrations()
def m001_device(db: Database) -> None:
    # Which laptop wrote a record: data packages name their source device.
    db["device"].create({**_SYNCED, "name": str}, pk="id", not_null={"name"})


@migrations()
def m002_templates(db: Database) -> None:
    db["templates"].create(
        {
            **_SYNCED,
            "template_key": str,
            "version": int,
            "title": str,
            "sector": str,
            "source": str,
            "description": str,
            "content_sha256": str,
            "origin": str,  # the file it was imported from, or "forms/…" for shipped ones
        },
        pk="id",
        not_null={"template_key", "version", "title", "content_sha256"},
    )
    db["templates"].create_index(["template_key", "version"], unique=True)
    db["template_sections"].create(
        {**_SYNCED, "template_id": str, "position": int, "code": str, "title": str, "omitted": int, "note": str},
        pk="id",
        foreign_keys=[("template_id", "templates", "id")],
    )
    db["template_items"].create(
        {
            **_SYNCED,
            "template_id": str,
            "section_id": str,
            "position": int,
            "number": str,
            "title": str,
            "basis": str,
            "method": str,
            "common_problems": str,
            "disposal_basis": str,
            "requirement": str,
            "acceptance": str,
        },
        pk="id",
        foreign_keys=[("template_id", "templates", "id"), ("section_id", "template_sections", "id")],
    )
    db["template_points"].create(
        {
            **_SYNCED,
            "template_id": str,
            "item_id": str,
            "position": int,
            "label": str,
            "text": str,
            "basis": str,
        },
        pk="id",
        foreign_keys=[("template_id", "templates", "id"), ("item_id", "template_items", "id")],
    )
    for table in ("template_sections", "template_items", "template_points"):
        db[table].create_index(["template_id", "position"])


@migrations()
def m003_registers(db: Database) -> None:
    db["enterprises"].create(
        {
            **_SYNCED,
            "name": str,
            "credit_code": str,
            "street": str,
            "address": str,
            "sector": str,
            "lead_department": str,
            "risk_grade": str,
            "credit_grade": str,
            "key_categories": str,  # JSON list of KEY_CATEGORIES
            "key_process": int,
            "key_chemicals": int,
            "major_hazard_source": int,
            "contact_person": str,
            "contact_phone": str,
        },
        pk="id",
        not_null={"name"},
    )
    # A credit code identifies one enterprise; many may still lack one in an office's old sheet.
    db.execute(
        "create unique index idx_enterprises_credit_code on enterprises(credit_code) "
        "where credit_code is not null and credit_code != ''"
    )
    db["enterprises"].create_index(["street"])
    db["enterprises"].create_index(["name"])
    db["inspectors"].create(
        {**_SYNCED, "name": str, "department": str, "certificate_no": str, "specialties": str},
        pk="id",
        not_null={"name"},
    )


@migrations()
def m004_campaigns_and_inspections(db: Database) -> None:
    db["campaigns"].create(
        {**_SYNCED, "name": str, "start_date": str, "end_date": str, "phases": str},  # phases: JSON list
        pk="id",
        not_null={"name", "start_date", "end_date"},
    )
    db["inspections"].create(
        {
            **_SYNCED,
            "campaign_id": str,
            "phase": str,
            "enterprise_id": str,
            "inspection_date": str,
            "unannounced": int,  # 四不两直
            "notes": str,
            "completed_at": str,
        },
        pk="id",
        not_null={"campaign_id", "phase", "enterprise_id", "inspection_date"},
        foreign_keys=[("campaign_id", "campaigns", "id"), ("enterprise_id", "enterprises", "id")],
    )
    db["inspections"].create_index(["campaign_id"])
    db["inspections"].create_index(["enterprise_id"])
    db["inspection_templates"].create(
        {**_SYNCED, "inspection_id": str, "template_id": str, "position": int},
        pk="id",
        foreign_keys=[("inspection_id", "inspections", "id"), ("template_id", "templates", "id")],
    )
    db["inspection_templates"].create_index(["inspection_id", "template_id"], unique=True)
    db["inspection_inspectors"].create(
        {**_SYNCED, "inspection_id": str, "inspector_id": str},
        pk="id",
        foreign_keys=[("inspection_id", "inspections", "id"), ("inspector_id", "inspectors", "id")],
    )
    db["inspection_inspectors"].create_index(["inspection_id", "inspector_id"], unique=True)
    db["check_results"].create(
        {**_SYNCED, "inspection_id": str, "point_id": str, "result": str, "note": str},
        pk="id",
        foreign_keys=[("inspection_id", "inspections", "id"), ("point_id", "template_points", "id")],
    )
    db["check_results"].create_index(["inspection_id", "point_id"], unique=True)


@migrations()
def m005_findings_and_photos(db: Database) -> None:
    db["findings"].create(
        {
            **_SYNCED,
            "campaign_id": str,
            "inspection_id": str,
            "enterprise_id": str,
            "point_id": str,  # the check point it was opened from; null for a free-standing hazard
            "found_date": str,
            "description": str,
            "location": str,
            "level": str,
            "three_violations": int,  # 三违
            "rectification_mode": str,
            "status": str,
            # snapshot of the template at the time of the finding: later template versions do not change it
            "template_title": str,
            "item_heading": str,
            "point_text": str,
            "basis": str,
            "disposal_basis": str,
            "requirement": str,
            # 五落实
            "responsible_unit": str,
            "responsible_person": str,
            "measures": str,
            "funds_fen": int,
            "deadline": str,
            "contingency_plan": str,
            "ledger_entered_at": str,  # null until the hazard is entered into the ledger
        },
        pk="id",
        not_null={"enterprise_id", "found_date", "level", "rectification_mode", "status"},
        defaults={"description": "", "location": "", "three_violations": 0, "status": "待整改"},
        foreign_keys=[
            ("campaign_id", "campaigns", "id"),
            ("inspection_id", "inspections", "id"),
            ("enterprise_id", "enterprises", "id"),
        ],
    )
    for columns in (["campaign_id"], ["enterprise_id"], ["inspection_id"], ["status"], ["level"], ["deadline"],
                    ["found_date"]):
        db["findings"].create_index(columns)
    db["photos"].create(
        {**_SYNCED, "sha256": str, "extension": str, "size": int, "original_name": str},
        pk="id",
        not_null={"sha256", "extension", "size"},
    )
    db["photos"].create_index(["sha256"], unique=True)
    db["finding_photos"].create(
        {**_SYNCED, "finding_id": str, "photo_id": str, "position": int},
        pk="id",
        foreign_keys=[("finding_id", "findings", "id"), ("photo_id", "photos", "id")],
    )
    db["finding_photos"].create_index(["finding_id", "photo_id"], unique=True)
    # Device-local state (the inspection open when the app closed or was killed); never travels in a package.
    db["local_state"].create({"key": str, "value": str}, pk="key")


@migrations()
def m006_hazard_view_indexes(db: Database) -> None:
    # The hazards view lists every hazard newest first: with the id in the index, that list is read from the index
    # alone, already sorted (25 ms instead of 150 ms at 100,000 hazards). Other filters use m005's indexes.
    db["findings"].create_index(
        ["found_date", "created_at", "id"], index_name="idx_findings_display_order"
    )


@migrations()
def m007_lifecycle_and_veto_registers(db: Database) -> None:
    """Rectification lifecycle (status history, extensions, listed supervision, re-inspection, audit log),
    enforcement outcomes, and the registers that decide one-vote vetoes (accidents, illegal operations, blacklist)."""
    db["findings"].add_column("closed_on", str)  # 销号 date
    db["findings"].add_column("closed_by", str)
    fk_finding = [("finding_id", "findings", "id")]
    db["status_changes"].create(
        {**_SYNCED, "finding_id": str, "from_status": str, "to_status": str, "reason": str, "actor": str,
         "changed_on": str},
        pk="id", foreign_keys=fk_finding, not_null={"finding_id", "to_status"},
    )
    db["deadline_extensions"].create(
        {**_SYNCED, "finding_id": str, "old_deadline": str, "new_deadline": str, "reason": str, "approved_by": str,
         "extended_on": str},
        pk="id", foreign_keys=fk_finding, not_null={"finding_id", "new_deadline"},
    )
    db["listings"].create(  # 挂牌督办: at most one open listing per hazard
        {**_SYNCED, "finding_id": str, "level": str, "supervising_unit": str, "document_no": str, "listed_on": str,
         "delisted_on": str},
        pk="id", foreign_keys=fk_finding, not_null={"finding_id", "level", "listed_on"},
    )
    db["reinspections"].create(  # 复查验收
        {**_SYNCED, "finding_id": str, "inspector_id": str, "inspector_name": str, "reinspected_on": str,
         "result": str, "opinion": str},
        pk="id", foreign_keys=fk_finding, not_null={"finding_id", "reinspected_on", "result"},
    )
    db["reinspection_photos"].create(
        {**_SYNCED, "reinspection_id": str, "photo_id": str, "position": int},
        pk="id", foreign_keys=[("reinspection_id", "reinspections", "id"), ("photo_id", "photos", "id")],
    )
    db["audit_log"].create(  # every change of every hazard: who, when, field, old and new value, why
        {**_SYNCED, "table_name": str, "record_id": str, "field": str, "old_value": str, "new_value": str,
         "actor": str, "reason": str},
        pk="id", not_null={"table_name", "record_id", "field"},
    )
    for table in ("status_changes", "deadline_extensions", "listings", "reinspections"):
        db[table].create_index(["finding_id"])
    db["audit_log"].create_index(["record_id", "created_at"])
    db["enforcement_actions"].create(  # 责令限期整改 / 责令停产停业整顿 / 立案 / 罚款 / 关闭取缔 / 移送司法机关
        {**_SYNCED, "inspection_id": str, "enterprise_id": str, "finding_id": str, "kind": str, "case_no": str,
         "amount_fen": int, "target": str, "person_name": str, "decided_on": str, "notes": str},
        pk="id", foreign_keys=[("inspection_id", "inspections", "id"), ("enterprise_id", "enterprises", "id")],
        not_null={"enterprise_id", "kind", "decided_on"},
    )
    db["enforcement_actions"].create_index(["inspection_id"])
    db["enforcement_actions"].create_index(["enterprise_id"])
    db["accidents"].create(
        {**_SYNCED, "occurred_on": str, "enterprise_id": str, "street": str, "accident_type": str, "deaths": int,
         "serious_injuries": int, "direct_loss_fen": int, "illegal_production": int,
         "cause_poor_rectification": int, "cause_three_violations": int, "reporting": str, "description": str},
        pk="id", not_null={"occurred_on", "accident_type"},
        defaults={"deaths": 0, "serious_injuries": 0, "direct_loss_fen": 0, "illegal_production": 0,
                  "cause_poor_rectification": 0, "cause_three_violations": 0, "reporting": "按时报告"},
    )
    db["accidents"].create_index(["occurred_on"])
    db["illegal_operations"].create(  # 打非治违: illegal production/operation found, and whether it was stopped
        {**_SYNCED, "found_on": str, "street": str, "responsible_department": str, "enterprise_name": str,
         "description": str, "stopped": int, "stopped_on": str},
        pk="id", not_null={"found_on", "street"}, defaults={"stopped": 0},
    )
    db["illegal_operations"].create_index(["found_on"])
    db["blacklist_entries"].create(
        {**_SYNCED, "enterprise_id": str, "listed_on": str, "reason": str, "removed_on": str},
        pk="id", foreign_keys=[("enterprise_id", "enterprises", "id")], not_null={"enterprise_id", "listed_on"},
    )


@migrations()
def m008_audit_log_context(db: Database) -> None:
    """Which hazard an audit row belongs to (a listing's or re-inspection's row names its hazard too), so a hazard's
    whole log is one indexed read; and which use case wrote it, so that the history tells a form edit from a change
    made by a lifecycle step (a deadline typed before the ledger vs. an approved extension)."""
    db["audit_log"].add_column("finding_id", str)
    db["audit_log"].add_column("action", str)
    db["audit_log"].create_index(["finding_id", "created_at"])
    # 回头看 lists what was written off recently: by date, without reading every hazard.
    db["findings"].create_index(["enterprise_id", "closed_on"])


@migrations()
def m009_sync(db: Database) -> None:
    """Data packages: which versions of each record this device has held or exchanged (so that an import can tell
    "changed on one side only" from "changed on both sides"), when each record last arrived by import and when the
    last package went to each destination (so that a package holds only what changed), and the conflicts left for
    the user. None of these tables travels in a package."""
    db["sync_versions"].create(
        {"table_name": str, "record_id": str, "row_hash": str}, pk=("table_name", "record_id", "row_hash"))
    db["sync_arrivals"].create(
        {"table_name": str, "record_id": str, "arrived_at": str}, pk=("table_name", "record_id"))
    db["sync_arrivals"].create_index(["arrived_at"])
    db["sync_exports"].create({"destination": str, "exported_at": str, "watermark": str}, pk="destination")
    db["conflicts"].create(
        {"id": str, "created_at": str, "table_name": str, "record_id": str, "local_json": str,
         "incoming_json": str, "incoming_hash": str, "source_device_id": str, "source_device_name": str,
         "resolved_at": str, "resolution": str},
        pk="id", not_null={"table_name", "record_id", "local_json", "incoming_json", "incoming_hash"},
    )
    db["conflicts"].create_index(["table_name", "record_id", "incoming_hash"])
    db["conflicts"].create_index(["resolved_at"])


@migrations()
def m010_sync_tombstones(db: Database) -> None:
    """Deletes travel in data packages: one tombstone per deleted synced record (its table and id, when, and the
    versions this device knew of it), written by an AFTER DELETE trigger on each synced table. Store open adds the
    trigger to synced tables created by later migrations (``tombstones.ensure_triggers``)."""
    from safety_desk.store import tombstones

    db["sync_tombstones"].create(
        {"table_name": str, "record_id": str, "deleted_at": str, "versions": str}, pk=("table_name", "record_id"),
        not_null={"deleted_at", "versions"})
    db["sync_tombstones"].create_index(["deleted_at"])
    tombstones.ensure_triggers(db)


@migrations()
def m011_sampling(db: Database) -> None:
    """双随机、一公开: the sampling item list, inspectors' declared conflicts of interest (回避), plans and their items,
    draws (seed, who, witnesses, fingerprints, the register snapshot and the list — never changed once saved; a
    redraw is a new draw naming the one it replaces) and the tasks of a draw with their results. All travel in data
    packages. Item ids derive from key and content, so the shipped list gets the same ids on every laptop."""
    db["sampling_items"].create(
        {**_SYNCED, "item_key": str, "name": str, "department": str, "content_sha256": str, "data": str,
         "origin": str},
        pk="id", not_null={"item_key", "name", "department", "content_sha256", "data"})
    db["sampling_items"].create_index(["item_key", "content_sha256"], unique=True)
    db["inspector_recusals"].create(
        {**_SYNCED, "inspector_id": str, "enterprise_id": str, "reason": str, "declared_on": str},
        pk="id", not_null={"inspector_id", "enterprise_id"},
        foreign_keys=[("inspector_id", "inspectors", "id"), ("enterprise_id", "enterprises", "id")])
    db["inspector_recusals"].create_index(["inspector_id", "enterprise_id"], unique=True)
    db["sampling_plans"].create(
        {**_SYNCED, "name": str, "start_date": str, "end_date": str, "lead_department": str, "campaign_id": str,
         "rules": str, "origin": str},
        pk="id", not_null={"name", "start_date", "end_date", "lead_department", "rules"},
        foreign_keys=[("campaign_id", "campaigns", "id")])
    db["sampling_plan_items"].create(
        {**_SYNCED, "plan_id": str, "item_id": str, "position": int},
        pk="id", not_null={"plan_id", "item_id", "position"},
        foreign_keys=[("plan_id", "sampling_plans", "id"), ("item_id", "sampling_items", "id")])
    db["sampling_plan_items"].create_index(["plan_id", "position"], unique=True)
    db["draws"].create(
        {**_SYNCED, "plan_id": str, "seed": int, "seed_source": str, "drawn_at": str, "drawn_by": str,
         "witnesses": str, "algorithm": str, "registers_sha256": str, "plan_sha256": str, "result_sha256": str,
         "snapshot": str, "plan_json": str, "result_json": str, "strata_json": str, "replaces_draw_id": str,
         "replace_reason": str},
        pk="id", not_null={"plan_id", "seed", "drawn_at", "algorithm", "registers_sha256", "plan_sha256",
                           "result_sha256", "snapshot", "plan_json", "result_json"},
        foreign_keys=[("plan_id", "sampling_plans", "id"), ("replaces_draw_id", "draws", "id")])
    db["draws"].create_index(["plan_id", "drawn_at"])
    db["sampling_tasks"].create(
        {**_SYNCED, "plan_id": str, "draw_id": str, "enterprise_id": str, "inspection_id": str, "position": int,
         "items": str, "departments": str, "result": str, "result_note": str, "result_on": str, "result_by": str,
         "superseded": int},
        pk="id", not_null={"plan_id", "draw_id", "enterprise_id", "items"}, defaults={"superseded": 0},
        foreign_keys=[("plan_id", "sampling_plans", "id"), ("draw_id", "draws", "id"),
                      ("enterprise_id", "enterprises", "id"), ("inspection_id", "inspections", "id")])
    db["sampling_tasks"].create_index(["plan_id"])
    db["sampling_tasks"].create_index(["draw_id"])
    db["sampling_tasks"].create_index(["inspection_id"])
    db["sampling_tasks"].create_index(["enterprise_id"])


@migrations()
def m012_documents(db: Database) -> None:
    """Issued enforcement documents (执法文书, 发文登记). A synced record: the number, kind, unit, date, inspection,
    hazards, who issued it, the SHA-256 of the issued PDF (the file itself lives beside the database, by hash) and
    ``content``, the frozen JSON the PDF was rendered from, so that another computer can reprint it byte for byte.
    Never deleted: a withdrawn document is voided (status, reason, who, when) and keeps its number."""
    db["documents"].create(
        {**_SYNCED, "number": str, "kind": str, "unit_name": str, "unit_short": str, "year": int, "seq": int,
         "issued_on": str, "inspection_id": str, "enterprise_id": str, "finding_ids": str, "follows_id": str,
         "issued_by": str, "device_id": str, "sha256": str, "size": int, "content": str, "status": str,
         "void_reason": str, "voided_on": str, "voided_by": str},
        pk="id", not_null={"number", "kind", "unit_short", "year", "seq", "issued_on", "sha256", "status"},
        foreign_keys=[("inspection_id", "inspections", "id"), ("enterprise_id", "enterprises", "id")],
    )
    db["documents"].create_index(["unit_short", "kind", "year", "seq"])
    db["documents"].create_index(["inspection_id"])
    db["documents"].create_index(["number"])
    db["documents"].create_index(["issued_on"])


@migrations()
def m013_leads(db: Database) -> None:
    """Leads (线索: 投诉举报 / 转办交办 / 数据监测) and their links to the inspections and hazards that checked them.
    ``complainant`` and ``complainant_contact`` are confidential (``domain.leads.CONFIDENTIAL_FIELDS``)."""
    db["leads"].create(
        {**_SYNCED, "source": str, "channel": str, "received_on": str, "summary": str, "enterprise_id": str,
         "enterprise_name": str, "enterprise_address": str, "street": str, "complainant": str,
         "complainant_contact": str, "department": str, "handler": str, "due_workdays": int, "due_on": str,
         "finding": str, "verified_on": str, "case_no": str, "case_opened_on": str, "no_case_reason": str,
         "reply_on": str, "reply_method": str, "closed_on": str, "notes": str},
        pk="id", foreign_keys=[("enterprise_id", "enterprises", "id")],
        not_null={"source", "received_on", "summary", "due_on"},
    )
    for columns in (["received_on"], ["enterprise_id"], ["due_on"]):
        db["leads"].create_index(columns)
    db["lead_inspections"].create(
        {**_SYNCED, "lead_id": str, "inspection_id": str}, pk="id",
        foreign_keys=[("lead_id", "leads", "id"), ("inspection_id", "inspections", "id")],
        not_null={"lead_id", "inspection_id"})
    db["lead_inspections"].create_index(["lead_id", "inspection_id"], unique=True)
    db["lead_findings"].create(
        {**_SYNCED, "lead_id": str, "finding_id": str}, pk="id",
        foreign_keys=[("lead_id", "leads", "id"), ("finding_id", "findings", "id")],
        not_null={"lead_id", "finding_id"})
    db["lead_findings"].create_index(["lead_id", "finding_id"], unique=True)


@migrations()
def m014_district_indexes(db: Database) -> None:
    """A district office's database (issue 15: 200 laptops' packages, ~200,000 hazards of 1 KB each).

    ``idx_findings_campaign``: a campaign's hazards newest first, as the hazards view lists them, read from the index
    alone and already sorted (the campaign filter: 1.2 s -> 0.08 s); with the columns the monthly roll-up counts, so
    that it counts every unit's hazards per enterprise without reading a hazard row. ``idx_inspections_campaign``:
    the same for inspections. Each replaces an index that is its prefix (campaign_id alone), as the display order of
    m006 makes found_date's alone redundant and m008's (enterprise_id, closed_on) enterprise_id's: an import writes
    fewer index entries per hazard than before. ``deadline`` last: what the dashboard and ``stats`` count of
    ledgered hazards still open, by deadline and enterprise, and the committee summary's majors by week, read from
    the index entries, not the hazard rows (the dashboard 1.0 s -> 0.25 s); a wider index rather than a new one (a
    new index on (status, deadline, ...) cost 10-15 % more per import)."""
    db["findings"].create_index(
        ["campaign_id", "found_date", "created_at", "id", "enterprise_id", "level", "ledger_entered_at", "status",
         "closed_on", "funds_fen", "deadline"], index_name="idx_findings_campaign")
    db["inspections"].create_index(
        ["campaign_id", "inspection_date", "enterprise_id", "phase", "id"], index_name="idx_inspections_campaign")
    for index in ("idx_findings_campaign_id", "idx_inspections_campaign_id", "idx_findings_found_date",
                  "idx_findings_enterprise_id"):
        db.execute(f"drop index if exists [{index}]")
