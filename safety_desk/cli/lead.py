"""``safety-desk lead add|list|close`` (and assign, link, reply): leads — complaints, handovers, monitoring data.

    safety-desk lead add --enterprise 91370105… --source 投诉举报 --received 2026-09-28 --summary "夜间违规动火"
    safety-desk lead list --json        # id, source, enterprise, received, due, status, overdue, dereliction
    safety-desk lead close ID --finding 属实 --case "（天桥）应急立〔2026〕7号"

Nothing printed here names the complainant: ``--complainant`` and ``--contact`` are stored, and shown only in the
lead's own form in the app.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from safety_desk.cli.common import Parser, int_in, one_of, open_store
from safety_desk.cli.workdays import iso_date
from safety_desk.domain.leads import CHANNELS, FINDINGS, MAX_DUE_WORKDAYS, REPLY_METHODS, SOURCES, STATUSES
from safety_desk.domain.ids import short_id


def add_commands(commands) -> None:
    lead = commands.add_parser("lead", help="线索：投诉举报、转办交办、数据监测")
    cmds = lead.add_subparsers(dest="lead_command", metavar="ACTION", parser_class=Parser)
    cmds.required = True
    add = cmds.add_parser("add", help="登记一条线索，输出其编号")
    add.add_argument("--enterprise", required=True, metavar="NAME_OR_CREDIT_CODE",
                     help="名录库中的企业（名称或统一社会信用代码）；未登记企业加 --unregistered")
    add.add_argument("--source", required=True, type=one_of(SOURCES, "线索来源"), help=" / ".join(SOURCES))
    add.add_argument("--received", required=True, type=iso_date, metavar="DATE", help="收到日期（YYYY-MM-DD）")
    add.add_argument("--summary", required=True, metavar="TEXT", help="反映内容")
    add.add_argument("--channel", type=one_of(CHANNELS, "来件方式"), help="来件方式：" + " / ".join(CHANNELS))
    add.add_argument("--unregistered", action="store_true", help="企业不在名录库中：按名称登记")
    add.add_argument("--address", default="", metavar="TEXT", help="未登记企业的地址")
    add.add_argument("--street", default="", metavar="NAME", help="所在街道（未登记企业）")
    add.add_argument("--complainant", default="", metavar="NAME", help="反映人（保密，只在线索表单中显示）")
    add.add_argument("--contact", default="", metavar="TEXT", help="反映人联系方式（保密，只在线索表单中显示）")
    add.add_argument("--department", default="", metavar="NAME", help="承办部门")
    add.add_argument("--handler", default="", metavar="NAME", help="承办人")
    add.add_argument("--due-workdays", type=int_in(1, MAX_DUE_WORKDAYS, "办理时限"), metavar="N",
                     help="办理时限（工作日；默认按本单位设置）")
    lst = cmds.add_parser("list", help="列出线索（不含反映人信息）")
    lst.add_argument("--json", action="store_true", help="以 JSON 输出")
    lst.add_argument("--source", type=one_of(SOURCES, "线索来源"), help=" / ".join(SOURCES))
    lst.add_argument("--status", type=one_of(STATUSES, "办理状态"), help=" / ".join(STATUSES))
    lst.add_argument("--overdue", action="store_true", help="只列出逾期未办结的")
    lst.add_argument("--dereliction", action="store_true", help="只列出核查属实但到期未立案、未处罚、未责令整改的")
    lst.add_argument("--today", type=iso_date, metavar="DATE", help="按该日判断逾期（默认今天）")
    close = cmds.add_parser("close", help="填写核查结论并办结")
    close.add_argument("id", metavar="ID")
    close.add_argument("--finding", required=True, type=one_of(FINDINGS, "核查结论"), help=" / ".join(FINDINGS))
    case = close.add_mutually_exclusive_group()
    case.add_argument("--case", default="", metavar="NUMBER", help="立案的案件编号")
    case.add_argument("--no-case-reason", default="", metavar="TEXT", help="不予立案的理由")
    close.add_argument("--on", type=iso_date, metavar="DATE", help="办结日期（默认今天）")
    assign = cmds.add_parser("assign", help="分办：承办部门和承办人")
    assign.add_argument("id", metavar="ID")
    assign.add_argument("--department", required=True, metavar="NAME")
    assign.add_argument("--handler", default="", metavar="NAME")
    link = cmds.add_parser("link", help="关联核查这条线索的检查记录或隐患")
    link.add_argument("id", metavar="ID")
    link.add_argument("--inspection", action="append", default=[], metavar="ID", help="检查记录编号（可多次）")
    link.add_argument("--hazard", action="append", default=[], metavar="ID", help="隐患编号（可多次）")
    reply = cmds.add_parser("reply", help="记录对反映人的答复")
    reply.add_argument("id", metavar="ID")
    reply.add_argument("--on", required=True, type=iso_date, metavar="DATE", help="答复日期")
    reply.add_argument("--method", required=True, type=one_of(REPLY_METHODS, "答复方式"), help=" / ".join(REPLY_METHODS))


def _warn(warnings: list[str]) -> None:
    for line in warnings:
        print(f"safety-desk: 警告：{line}", file=sys.stderr)


def _add(args: argparse.Namespace) -> int:
    from safety_desk.domain.leads import Lead
    from safety_desk.errors import UserError
    from safety_desk.services.leads import find_enterprise, lead_due_setting, register_lead

    store = open_store(args)
    enterprise_id = find_enterprise(store=store, text=args.enterprise)
    if enterprise_id is None and not args.unregistered:
        raise UserError(f"名录库中没有企业 “{args.enterprise}”；如确属未登记企业，请加 --unregistered")
    if enterprise_id is not None and args.unregistered:
        raise UserError(f"“{args.enterprise}” 已在名录库中，请去掉 --unregistered")
    lead = Lead(source=args.source, received_on=args.received, summary=args.summary, channel=args.channel or "",
                enterprise_id=enterprise_id, enterprise_name="" if enterprise_id else args.enterprise.strip(),
                enterprise_address=args.address, street=args.street, complainant=args.complainant,
                complainant_contact=args.contact, department=args.department, handler=args.handler,
                due_workdays=args.due_workdays or lead_due_setting(store=store))
    saved = register_lead(store=store, lead=lead)
    print(saved.id)
    _warn(saved.warnings)
    return 0


def _list(args: argparse.Namespace) -> int:
    from safety_desk.services.leads import list_leads

    views = list_leads(store=open_store(args), today=args.today, source=args.source, status=args.status,
                       overdue=True if args.overdue else None, dereliction=True if args.dereliction else None)
    rows = [{"id": v.id, "source": v.source, "enterprise": v.enterprise, "received": v.received_on.isoformat(),
             "due": v.due_on.isoformat() if v.due_on else None, "status": v.status, "overdue": v.overdue,
             "dereliction": v.dereliction} for v in views]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for v in views:
        flags = "".join(f for f, on in ((" 逾期", v.overdue), (" 未处置", v.dereliction)) if on)
        print(f"{short_id(v.id)}  {v.received_on.isoformat()}  {v.source}  {v.enterprise}  期限 "
              f"{v.due_on.isoformat() if v.due_on else '—'}  {v.status}{flags}")
    if not views:
        print("没有线索")
    return 0


def _edit(args: argparse.Namespace, change) -> int:
    from safety_desk.services.leads import get_lead, register_lead, resolve_lead_id

    store = open_store(args)
    lead_id = resolve_lead_id(store=store, text=args.id)
    saved = register_lead(store=store, lead=change(store, get_lead(store=store, lead_id=lead_id)))
    print(saved.id)
    _warn(saved.warnings)
    return 0


def _close(args: argparse.Namespace) -> int:
    from safety_desk.services.leads import close_lead, resolve_lead_id

    store = open_store(args)
    saved = close_lead(store=store, lead_id=resolve_lead_id(store=store, text=args.id), finding=args.finding,
                       case_no=args.case, no_case_reason=args.no_case_reason, closed_on=args.on)
    print(saved.id)
    _warn(saved.warnings)
    return 0


def _assign(args: argparse.Namespace) -> int:
    return _edit(args, lambda _s, lead: replace(lead, department=args.department, handler=args.handler))


def _link(args: argparse.Namespace) -> int:
    def change(store, lead):
        inspections = lead.inspection_ids + tuple(_full_id(store, "inspections", i, "检查记录") for i in args.inspection)
        hazards = lead.finding_ids + tuple(_full_id(store, "findings", i, "隐患") for i in args.hazard)
        return replace(lead, inspection_ids=tuple(dict.fromkeys(inspections)), finding_ids=tuple(dict.fromkeys(hazards)))

    return _edit(args, change)


def _full_id(store, table: str, text: str, what: str) -> str:
    from safety_desk.errors import NotFoundError

    from safety_desk.store.rows import ids_matching

    ids = ids_matching(store.db, table, text, min_len=8)
    if len(ids) != 1:
        raise NotFoundError(f"{what} “{text}” 不存在" if not ids else f"有多个{what}的编号以 “{text}” 开头或结尾")
    return ids[0]


def _reply(args: argparse.Namespace) -> int:
    return _edit(args, lambda _s, lead: replace(lead, reply_on=args.on, reply_method=args.method))


HANDLERS = {
    ("lead", "add"): _add,
    ("lead", "list"): _list,
    ("lead", "close"): _close,
    ("lead", "assign"): _assign,
    ("lead", "link"): _link,
    ("lead", "reply"): _reply,
}
