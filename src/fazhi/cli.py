"""The ``fazhi`` command.

Subcommands that need no database (``read``, ``regions``) never import
Django; the platform's commands are Django management commands reached
through ``fazhi manage ...``.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Each module exposes add_parser(subparsers); a missing one is skipped so that
# the engine's command line works in an install without the platform.
COMMAND_MODULES = ("fazhi.reading.cli", "fazhi.catalog.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fazhi", description="fazhi 法治政府建设工作平台")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for dotted in COMMAND_MODULES:
        try:
            module = importlib.import_module(dotted)
        except ModuleNotFoundError as exc:
            if not exc.name or not dotted.startswith(exc.name):
                raise
            continue
        module.add_parser(sub)
    manage = sub.add_parser("manage", help="Django 管理命令（迁移、演示数据、运行服务等）", add_help=False)
    manage.add_argument("rest", nargs=argparse.REMAINDER)
    manage.set_defaults(func=_manage)
    for name, help_text in PLATFORM_COMMANDS.items():
        command = sub.add_parser(name, help=help_text, add_help=False)
        command.add_argument("rest", nargs=argparse.REMAINDER)
        command.set_defaults(func=_manage, prefix=[name])
    return parser


# Platform commands offered at the top level: `fazhi indicators refresh` is
# `fazhi manage indicators refresh` (a Django management command of that name).
PLATFORM_COMMANDS = {
    "indicators": "指标值：fazhi indicators refresh [--year N]",
    "report": "政府法治政府建设年度报告：fazhi report draft --region CODE --year YYYY [--output FILE]",
    "enforcement": "执法全过程记录哈希链：fazhi enforcement verify [--body ID]",
    "serve": "以 gunicorn 运行平台：fazhi serve [--workers N] [--bind HOST:PORT]",
    "worker": "运行后台任务（每日提醒、指标刷新、导出）：fazhi worker [--once]",
    "backup": "备份数据库、上传文件和密钥：fazhi backup DEST",
    "inspections": "双随机抽查：fazhi inspections verify DRAW_ID（核验摇号）| benchmark（性能基准）",
    "restore": "从备份恢复：fazhi restore ARCHIVE --into DIR [--force]",
}


def _manage(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fazhi.config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["fazhi manage", *getattr(args, "prefix", []), *args.rest])
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # argparse's REMAINDER drops a leading option (`fazhi serve --workers 2`): the
    # platform's commands take their arguments verbatim and Django parses them.
    if argv and argv[0] in PLATFORM_COMMANDS:
        return _manage(argparse.Namespace(prefix=[argv[0]], rest=argv[1:]))
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
