"""``safety-desk document issue|list|reprint|void``: official enforcement documents (执法文书) and their numbers.

    safety-desk document issue --inspection ID --kind record|order|notice|review --out F.pdf   # prints the number
    safety-desk document list [--json]       # number, kind, unit, date, inspection_id, status, sha256
    safety-desk document reprint NUMBER --out F.pdf                                            # byte-identical
    safety-desk document void NUMBER --reason TEXT
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from safety_desk.cli.common import Parser, one_of, open_store
from safety_desk.domain.documents import KINDS


def add_commands(commands) -> None:
    document = commands.add_parser("document", help="执法文书：签发（取文号）、发文登记、重印、作废")
    cmds = document.add_subparsers(dest="document_command", metavar="WHAT", parser_class=Parser)
    cmds.required = True
    issue = cmds.add_parser("issue", help="签发一份文书并打印其文号：record 现场检查记录 / order 责令限期整改指令书 / "
                                          "notice 隐患整改通知书 / review 整改复查意见书")
    issue.add_argument("--inspection", required=True, metavar="ID", help="检查记录编号")
    issue.add_argument("--kind", required=True, type=one_of(KINDS, "文书种类"), help=" / ".join(KINDS))
    issue.add_argument("--out", required=True, metavar="FILE", help="签发的文书另存一份到此（.pdf）")
    listing = cmds.add_parser("list", help="发文登记：所有已签发的文书（含作废的）")
    listing.add_argument("--json", action="store_true", help="JSON 输出")
    reprint = cmds.add_parser("reprint", help="按文号重印，与签发时的文件逐字节相同")
    reprint.add_argument("number", metavar="NUMBER", help="文号，如 （天桥）应急责改〔2019〕15号")
    reprint.add_argument("--out", required=True, metavar="FILE", help="输出文件（.pdf）")
    void = cmds.add_parser("void", help="作废一份文书（保留其文号，不再使用）")
    void.add_argument("number", metavar="NUMBER", help="文号")
    void.add_argument("--reason", required=True, metavar="TEXT", help="作废原因")


def _actor(store) -> str:
    from safety_desk.services.lifecycle import current_actor

    return current_actor(store=store) or "命令行"


def _issue(args: argparse.Namespace) -> int:
    from safety_desk.services.documents import issue_document
    from safety_desk.services.exports import export_kind

    export_kind(Path(args.out), (".pdf",), "文书")  # refused before the database is opened
    store = open_store(args)
    result = issue_document(store=store, inspection_id=args.inspection, kind=args.kind, actor=_actor(store),
                            out_path=args.out)
    if result.replaced:
        print(f"safety-desk: 注意：以下字符没有可用字体，已印为 □：{' '.join(result.replaced)}", file=sys.stderr)
    print(result.document.number)
    return 0


def _list(args: argparse.Namespace) -> int:
    from safety_desk.services.documents import list_documents, number_clashes

    store = open_store(args)
    documents = list_documents(store=store)
    if args.json:
        print(json.dumps([d.to_json() for d in documents], ensure_ascii=False, indent=1))
        return 0
    for d in documents:
        void = f"  作废：{d.void_reason}" if d.void_reason else ""
        print(f"{d.number}\t{d.title}\t{d.issued_on.isoformat()}\t{d.enterprise}\t{d.status_text}{void}")
    clashes = number_clashes(store=store)
    if clashes:
        print(f"safety-desk: 注意：{len(clashes)} 个文号被多份文书使用（文号段重叠）：{'、'.join(clashes)}",
              file=sys.stderr)
    return 0


def _reprint(args: argparse.Namespace) -> int:
    from safety_desk.services.documents import reprint_document

    document = reprint_document(store=open_store(args), number=args.number, out_path=args.out)
    print(f"已重印 {document.number}（{document.title}，{document.status_text}）→ {args.out}")
    return 0


def _void(args: argparse.Namespace) -> int:
    from safety_desk.services.documents import void_document

    store = open_store(args)
    document = void_document(store=store, number=args.number, reason=args.reason, actor=_actor(store))
    print(f"已作废 {document.number}：{document.void_reason}")
    return 0


HANDLERS = {("document", "issue"): _issue, ("document", "list"): _list, ("document", "reprint"): _reprint,
            ("document", "void"): _void}
