"""``safety-desk backup --out F`` and ``safety-desk restore F``: the database and its photos in one file, and back.

What a backup file holds and how a restore keeps the data it replaces: see ``store.backups`` and
``services.backups``. The automatic daily backups are made by the desktop app; ``backup --auto`` makes today's
from the command line (e.g. from a scheduled task on an office PC).
"""

from __future__ import annotations

import argparse

from safety_desk.cli.common import open_store


def add_commands(commands) -> None:
    backup = commands.add_parser("backup", help="备份数据库和照片到一个 .zip 文件")
    target = backup.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="FILE", help="备份文件（.zip）")
    target.add_argument("--auto", action="store_true",
                        help="在数据目录的 backups/ 中做今天的自动备份（今天已有则不做），保留最近几份")
    restore = commands.add_parser("restore", help="从备份恢复数据库和照片（原有数据先另存到 backups/）")
    restore.add_argument("file", metavar="FILE", help="备份文件（.zip）或 Safety Desk 数据库文件")


def _backup(args: argparse.Namespace) -> int:
    from safety_desk.services.backups import auto_backup_if_due, backup_to

    store = open_store(args)
    if args.auto:
        result = auto_backup_if_due(store=store)
        if result is None:
            print("今天已有自动备份（或已关闭自动备份），未重复备份")
            return 0
    else:
        result = backup_to(store=store, out_path=args.out)
    missing = f"；{len(result.missing_photos)} 张照片文件缺失，未能备份" if result.missing_photos else ""
    print(f"已备份数据库和 {result.photos} 张照片（{result.bytes / 1024 / 1024:.1f} MB）→ {result.path}{missing}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from safety_desk.services.backups import restore_from

    outcome = restore_from(store=open_store(args), path=args.file)
    c = outcome.counts
    missing = f"；{outcome.missing_photos} 张照片在备份中缺失" if outcome.missing_photos else ""
    print(f"已从 {outcome.source} 恢复：企业 {c.get('enterprises', 0)} 家，检查 {c.get('inspections', 0)} 次，"
          f"隐患 {c.get('findings', 0)} 条，照片 {c.get('photos', 0)} 张{missing}。原有数据已另存为 {outcome.previous}")
    return 0


HANDLERS = {("backup", None): _backup, ("restore", None): _restore}
