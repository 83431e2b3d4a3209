"""Leads about violations (线索): complaints and reports (投诉举报), cases handed over (转办交办), monitoring data
(数据监测) — each followed to its disposal. Pure: no I/O.

济天政发〔2019〕5号 (八): leads must be checked and dealt with promptly according to law, opened as a case where needed.
济天政办发〔2019〕7号 (工作措施): an official who leaves a reported violation without a case, a penalty or supervised
rectification is held responsible for dereliction (失职渎职). ``dereliction`` below is that situation::

    lead = Lead(source="投诉举报", channel="电话", received_on=date(2026, 9, 28), summary="……",
                enterprise_id=eid, due_on=date(2026, 10, 27))
    lead_problems(lead, today=date(2026, 9, 28))       # {} — may be saved
    is_dereliction(lead, handled_on=None, today=date(2026, 10, 27))   # True once found 属实 and nothing done

**The complainant is confidential**: ``complainant`` and ``complainant_contact`` (``CONFIDENTIAL_FIELDS``) are shown
only in the lead's own form; lists, exports, reports, the CLI's output and data-package summaries never read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SOURCE_COMPLAINT, SOURCE_HANDOVER, SOURCE_MONITORING = "投诉举报", "转办交办", "数据监测"
SOURCES = (SOURCE_COMPLAINT, SOURCE_HANDOVER, SOURCE_MONITORING)
CHANNELS = ("电话", "信件", "网站", "来访", "上级转办", "部门移交", "监测平台", "其他")
DEFAULT_CHANNEL = {SOURCE_COMPLAINT: "电话", SOURCE_HANDOVER: "上级转办", SOURCE_MONITORING: "监测平台"}
FINDING_TRUE, FINDING_PARTLY, FINDING_FALSE = "属实", "部分属实", "不属实"
FINDINGS = (FINDING_TRUE, FINDING_PARTLY, FINDING_FALSE)
TRUE_FINDINGS = frozenset({FINDING_TRUE, FINDING_PARTLY})
REPLY_METHODS = ("电话", "书面", "短信", "当面", "网站", "其他")

STATUS_UNASSIGNED, STATUS_IN_HAND, STATUS_CLOSED = "待分办", "办理中", "已办结"
STATUSES = (STATUS_UNASSIGNED, STATUS_IN_HAND, STATUS_CLOSED)

# The office's choice, not law: the documents ask for "promptly" (及时) without a number. 15 working days is a common
# office practice for deciding on a reported violation; change it in the 线索 tab or with the setting below.
DEFAULT_DUE_WORKDAYS = 15
MAX_DUE_WORKDAYS = 365
MAX_TEXT = 5_000
MAX_SHORT = 200

CONFIDENTIAL_FIELDS = ("complainant", "complainant_contact")


@dataclass
class Lead:
    """One lead. ``enterprise_id`` when the enterprise is in the register, else ``enterprise_name`` (and address)."""

    source: str
    received_on: date | None
    summary: str  # what is reported
    channel: str = ""
    enterprise_id: str | None = None
    enterprise_name: str = ""  # an unregistered enterprise (or the register's name, filled in when read)
    enterprise_address: str = ""
    street: str = ""  # the register's street for a registered enterprise
    complainant: str = ""  # confidential
    complainant_contact: str = ""  # confidential
    department: str = ""  # responsible department (承办部门)
    handler: str = ""  # 承办人
    due_workdays: int = DEFAULT_DUE_WORKDAYS
    due_on: date | None = None
    finding: str = ""  # 属实 / 部分属实 / 不属实, empty until verified
    verified_on: date | None = None
    case_no: str = ""  # 立案 number
    case_opened_on: date | None = None
    no_case_reason: str = ""
    reply_on: date | None = None  # reply to the complainant
    reply_method: str = ""
    closed_on: date | None = None
    notes: str = ""
    id: str = ""
    inspection_ids: tuple[str, ...] = field(default=())
    finding_ids: tuple[str, ...] = field(default=())

    @property
    def status(self) -> str:
        if self.closed_on is not None:
            return STATUS_CLOSED
        if self.department.strip() or self.handler.strip():
            return STATUS_IN_HAND
        return STATUS_UNASSIGNED

    @property
    def found_true(self) -> bool:
        return self.finding in TRUE_FINDINGS


def _text(problems: dict[str, str], name: str, value: str, label: str, limit: int = MAX_SHORT) -> None:
    if len(value) > limit:
        problems[name] = f"{label}过长（上限 {limit} 字）"


def lead_problems(lead: Lead, *, today: date | None) -> dict[str, str]:
    """Field → message for every invalid value; empty when the lead may be saved.

    The same check serves the form, the CLI and data packages. ``today=None`` skips "not in the future" (a package
    from a laptop whose clock runs ahead is not refused for that alone).
    """
    p: dict[str, str] = {}
    if lead.source not in SOURCES:
        p["source"] = f"线索来源应为 {'/'.join(SOURCES)} 之一"
    if lead.channel and lead.channel not in CHANNELS:
        p["channel"] = f"来件方式应为 {'/'.join(CHANNELS)} 之一"
    received = lead.received_on
    if received is None:
        p["received_on"] = "收到日期不能为空"
    elif today is not None and received > today:
        p["received_on"] = f"收到日期 {received.isoformat()} 晚于今天"
    if not lead.summary.strip():
        p["summary"] = "反映内容不能为空"
    _text(p, "summary", lead.summary, "反映内容", MAX_TEXT)
    if not lead.enterprise_id and not lead.enterprise_name.strip():
        p["enterprise"] = "请选择名录库中的企业，或填写未登记企业的名称"
    for name, label in (("enterprise_name", "企业名称"), ("enterprise_address", "企业地址"), ("street", "街道"),
                        ("complainant", "反映人"), ("complainant_contact", "反映人联系方式"),
                        ("department", "承办部门"), ("handler", "承办人"), ("case_no", "案件编号")):
        _text(p, name, getattr(lead, name), label)
    _text(p, "no_case_reason", lead.no_case_reason, "不予立案理由", MAX_TEXT)
    _text(p, "notes", lead.notes, "备注", MAX_TEXT)
    if isinstance(lead.due_workdays, bool) or not isinstance(lead.due_workdays, int) \
            or not 1 <= lead.due_workdays <= MAX_DUE_WORKDAYS:
        p["due_workdays"] = f"办理时限应为 1–{MAX_DUE_WORKDAYS} 个工作日"
    if lead.due_on is None:
        p["due_on"] = "办理期限不能为空"
    elif received is not None and lead.due_on < received:
        p["due_on"] = "办理期限早于收到日期"
    if lead.finding and lead.finding not in FINDINGS:
        p["finding"] = f"核查结论应为 {'/'.join(FINDINGS)} 之一"
    _dated(p, "verified_on", lead.verified_on, "核查日期", received, today)
    if lead.verified_on is not None and not lead.finding:
        p["finding"] = "填写了核查日期，请选择核查结论"
    if lead.case_no.strip() and lead.no_case_reason.strip():
        p["no_case_reason"] = "已立案的，不填写不予立案理由"
    if lead.case_no.strip() and lead.finding == FINDING_FALSE:
        p["case_no"] = "核查不属实的线索不能立案"
    if lead.case_no.strip() and lead.case_opened_on is None:
        p["case_opened_on"] = "请填写立案日期"
    if lead.case_opened_on is not None and not lead.case_no.strip():
        p["case_no"] = "填写了立案日期，请填写案件编号"
    _dated(p, "case_opened_on", lead.case_opened_on, "立案日期", received, today)
    if lead.reply_method and lead.reply_method not in REPLY_METHODS:
        p["reply_method"] = f"答复方式应为 {'/'.join(REPLY_METHODS)} 之一"
    if lead.reply_on is not None and not lead.reply_method:
        p["reply_method"] = "请选择答复方式"
    if lead.reply_method and lead.reply_on is None:
        p["reply_on"] = "请填写答复日期"
    _dated(p, "reply_on", lead.reply_on, "答复日期", received, today)
    _dated(p, "closed_on", lead.closed_on, "办结日期", received, today)
    if lead.closed_on is not None:
        if not lead.finding:
            p["finding"] = "办结前须填写核查结论"
        elif lead.found_true and not (lead.case_no.strip() or lead.no_case_reason.strip()):
            p["case_no"] = "核查属实的线索办结前，须填写案件编号或不予立案理由"
    return p


def _dated(p: dict[str, str], name: str, day: date | None, label: str, received: date | None,
           today: date | None) -> None:
    if day is None:
        return
    if received is not None and day < received:
        p[name] = f"{label} {day.isoformat()} 早于收到日期 {received.isoformat()}"
    elif today is not None and day > today:
        p[name] = f"{label} {day.isoformat()} 晚于今天"


# --- follow-up ----------------------------------------------------------------------------------------------------


def is_overdue(lead: Lead, today: date) -> bool:
    """Not closed and its due date has passed (the due date itself is the last day allowed)."""
    return lead.closed_on is None and lead.due_on is not None and today > lead.due_on


def is_dereliction(lead: Lead, *, handled_on: date | None, today: date) -> bool:
    """Found true, and no case, penalty or supervised rectification by its due date (失职渎职 situation).

    Flagged from the due date itself: that morning the dashboard warns while there is still the day to act, and a
    step dated on the due date clears it. Once the due date has passed unhandled the flag stays, also after a late
    step, because the plan asks for it to have happened *by* the due date; the evidence then says it came late.
    """
    if not lead.found_true or lead.due_on is None or today < lead.due_on:
        return False
    return handled_on is None or handled_on > lead.due_on


@dataclass(frozen=True)
class LeadView:
    """A lead as lists, reports and the CLI show it: no complainant, nothing confidential."""

    id: str
    source: str
    channel: str
    received_on: date
    enterprise: str
    enterprise_id: str | None
    credit_code: str
    street: str
    summary: str
    department: str
    handler: str
    due_on: date | None
    finding: str
    case_no: str
    reply_on: date | None
    closed_on: date | None
    status: str
    overdue: bool
    dereliction: bool
    handled_on: date | None  # the first case, penalty or supervised rectification, if any
    handled_by: str  # what it was

    def describe_dereliction(self) -> str:
        """One Chinese sentence for the dashboard and the veto report's warnings."""
        when = self.due_on.isoformat() if self.due_on else "—"
        late = (f"；{self.handled_on.isoformat()} 才{self.handled_by}（已逾期）" if self.handled_on
                else "；至今未立案、未处罚、未责令整改")
        return (f"线索核查{self.finding}未处置：{self.enterprise}（{self.source}，{self.received_on.isoformat()} 收到，"
                f"办理期限 {when}，承办 {self.department or '未分办'}）{late}")
