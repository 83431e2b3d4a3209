"""``safety-desk package export|import``: data packages from the command line.

A refused package is a UserError: exit status 2, one line. ``package import A B C …`` merges several, each on its
own (see ``services.packages.import_packages``): a line per package, exit status 2 when any was refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from safety_desk.cli.common import EXIT_USER_ERROR, open_store


def add_commands(commands) -> None:
    package = commands.add_parser("package", help="数据包：在笔记本与办公室之间交换数据")
    cmds = package.add_subparsers(dest="package_command", metavar="ACTION", parser_class=type(package))
    cmds.required = True
    export = cmds.add_parser("export", help="导出自上次发往同一目的地以来改动的记录（含照片）")
    export.add_argument("--out", required=True, metavar="FILE", help="输出的数据包文件")
    export.add_argument("--all", action="store_true", help="导出全部记录")
    export.add_argument("--to", default="office", metavar="NAME", help="目的地名称（默认 office），用于增量导出")
    imp = cmds.add_parser("import", help="导入数据包（先整体校验，再在一个事务中合并）；可一次导入多个")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("more", metavar="FILE", nargs="*",
                     help="更多数据包：逐个校验、各自在一个事务中合并；被拒绝的不影响其余的，退出码 2")
    imp.add_argument("--dry-run", action="store_true", help="只显示将新增、更新、冲突的记录数，不写入")


def _package_export(args: argparse.Namespace) -> int:
    from safety_desk.services.packages import export_package

    result = export_package(store=open_store(args), out_path=args.out, destination=args.to,
                            all_records=args.all)
    deletions = f"，{result.deletions} 条删除" if result.deletions else ""
    print(f"已导出数据包：{result.records} 条记录，{result.photos} 张照片{deletions} → {result.path}")
    return 0


def _package_import(args: argparse.Namespace) -> int:
    from safety_desk.services.packages import import_package, preview_package
    from safety_desk.services.packages_format import read_package

    if args.more:
        return _import_several(args, [args.file, *args.more])
    package = read_package(args.file)  # a bad package is refused before the database is even opened
    store = open_store(args)
    if args.dry_run:
        print(f"预览（未写入）：{preview_package(store=store, path=args.file).describe()}")
        return 0
    summary = import_package(store=store, path=args.file, package=package)
    print(f"已导入数据包（来自 {summary.source_device}）：{summary.describe()}")
    if summary.conflicts:
        print("有冲突的记录需在“冲突”视图中处理")
    return 0


def _import_several(args: argparse.Namespace, paths: list[str]) -> int:
    """One line per package on stdout (merged) or stderr (refused, with why); exit 2 when any was refused."""
    from safety_desk.errors import UserError
    from safety_desk.services.packages import PackageResult, import_packages, preview_package

    store = open_store(args)
    if args.dry_run:
        results = []
        for path in paths:
            try:
                results.append(PackageResult(Path(path), summary=preview_package(store=store, path=path)))
            except UserError as exc:
                results.append(PackageResult(Path(path), error=str(exc)))
    else:
        results = import_packages(store=store, paths=paths)
    verb, refused = ("预览（未写入）", "不能导入") if args.dry_run else ("已导入", "未导入")
    for result in results:
        if result.summary is not None:
            print(f"{verb} {result.path}（来自 {result.summary.source_device}）：{result.summary.describe()}")
        else:
            print(f"safety-desk: {refused} {result.path}：{result.error}".replace("\n", " "), file=sys.stderr)
    merged = [r for r in results if r.summary is not None]
    done = "可导入" if args.dry_run else "已导入"
    print(f"共 {len(paths)} 个数据包：{done} {len(merged)} 个，{refused} {len(paths) - len(merged)} 个")
    if any(r.summary.conflicts for r in merged):
        print("有冲突的记录需在“冲突”视图中处理")
    return 0 if len(merged) == len(paths) else EXIT_USER_ERROR


HANDLERS = {
    ("package", "export"): _package_export,
    ("package", "import"): _package_import,
}
