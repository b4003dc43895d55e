"""The command line: batch and automation over the same services as the desktop app.

``coachdesk`` with no command opens the desktop app. User errors print one line
on stderr and exit with status 2; nothing stored is changed by a failed command.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path

from coachdesk import __version__
from coachdesk.errors import UserError
from coachdesk.i18n import translate

EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    from coachdesk.listing import LIST_COLUMNS

    parser = argparse.ArgumentParser(prog="coachdesk", description="CoachDesk: BPV-begeleiding en vsv-preventie, offline.")
    parser.add_argument("--version", action="version", version=f"CoachDesk {__version__}")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: COACHDESK_DATA_DIR or the user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty data folder with fictitious demo data")
    demo.add_argument("--size", choices=["small", "large"], default="small")

    listing = commands.add_parser("list", help="list records of one kind")
    listing.add_argument("kind", metavar="KIND", help="one of: " + ", ".join(LIST_COLUMNS))
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    attention = commands.add_parser("attention", help="who needs attention, and why")
    attention.add_argument("--json", action="store_true")

    backup = commands.add_parser("backup", help="write a backup copy of the data file")
    backup.add_argument("--out", type=Path, required=True, help="the backup file to write")
    restore = commands.add_parser("restore", help="replace the data by a backup (the current data is kept as a backup)")
    restore.add_argument("file", type=Path)

    for module in EXTENSION_MODULES:
        __import__(module, fromlist=["add_commands"]).add_commands(commands, COMMANDS)
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    from coachdesk.paths import default_data_dir

    return args.data_dir.expanduser() if args.data_dir else default_data_dir()


def _run_demo(args: argparse.Namespace) -> int:
    from coachdesk.db import holds_data
    from coachdesk.demo import fill_demo
    from coachdesk.safety import FolderLock
    from coachdesk.workspace import open_workspace

    with FolderLock(_data_dir(args)):
        database = open_workspace(_data_dir(args))
        if holds_data(database):
            raise UserError(translate("CommandLine", "The data folder {path} already holds data; demo data goes only into an empty folder. Use --data-dir with a new folder."), path=database.data_dir)
        with database.transaction() as session:
            counts = fill_demo(session, args.size)
    print(translate("CommandLine", "Demo data written to {path}: {students} students, {employers} employers, {visits} contacts.").format(
        path=database.path, students=counts.get("students", 0), employers=counts.get("employers", 0), visits=counts.get("visits", 0)))
    return 0


def _print_table(rows: list[dict]) -> None:
    if not rows:
        print(translate("CommandLine", "(none)"))
        return
    columns = list(rows[0])
    texts = [[("" if row[c] is None else str(row[c])) for c in columns] for row in rows]
    widths = [min(40, max(len(c), *(len(t[i]) for t in texts))) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for text in texts:
        print("  ".join(value[:w].ljust(w) for value, w in zip(text, widths)))


def _run_list(args: argparse.Namespace) -> int:
    from coachdesk.errors import NotFound
    from coachdesk.listing import LIST_COLUMNS, as_row
    from coachdesk.services import records
    from coachdesk.services.access import Actor
    from coachdesk.workspace import open_workspace

    if args.kind not in LIST_COLUMNS:
        raise NotFound(records.MSG_UNKNOWN_KIND, kind=args.kind, choices=", ".join(LIST_COLUMNS))
    database = open_workspace(_data_dir(args))
    with database.session() as session:
        rows = [as_row(args.kind, record) for record in records.list_records(session, Actor.system(), args.kind)]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print_table(rows)
    return 0


def _run_attention(args: argparse.Namespace) -> int:
    from coachdesk.services.access import Actor
    from coachdesk.services.attention import attention_list
    from coachdesk.workspace import open_workspace

    database = open_workspace(_data_dir(args))
    with database.session() as session:
        items = attention_list(session, Actor.system())
    if args.json:
        json.dump([item.as_dict() for item in items], sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for item in items:
            print(f"{item.kind_label:28} {item.student_name:30} {item.reason}")
        print(translate("CommandLine", "{count} items need attention.").format(count=len(items)))
    return 0


def _run_backup(args: argparse.Namespace) -> int:
    from coachdesk.safety import make_backup
    from coachdesk.workspace import open_workspace

    target = args.out.expanduser()
    if target.exists():
        raise UserError(translate("CommandLine", "{path} exists already; choose a new file name."), path=target)
    try:
        make_backup(open_workspace(_data_dir(args)), target)
    except (OSError, sqlite3.Error) as error:
        raise UserError(translate("CommandLine", "Cannot write {path} ({reason})."), path=target, reason=error) from None
    print(translate("CommandLine", "Backup written to {path}.").format(path=target))
    return 0


def _run_restore(args: argparse.Namespace) -> int:
    from coachdesk.safety import FolderLock, restore

    data_dir = _data_dir(args)
    with FolderLock(data_dir):
        kept = restore(data_dir, args.file.expanduser())
    print(translate("CommandLine", "Restored from {file}. The data that was there is kept in {kept}.").format(file=args.file, kept=kept))
    return 0


def _run_desktop(args: argparse.Namespace) -> int:
    from coachdesk.ui.app import run_desktop

    return run_desktop(_data_dir(args))


COMMANDS = {"demo": _run_demo, "list": _run_list, "attention": _run_attention, "backup": _run_backup, "restore": _run_restore}
# Modules that add their own subcommands: each has add_commands(subparsers, handlers),
# which adds parsers and puts a handler(args) -> exit code into ``handlers``.
EXTENSION_MODULES: list[str] = ["coachdesk.cli_toolkit", "coachdesk.cli_privacy"]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from coachdesk.i18n import set_language

    set_language(os.environ.get("COACHDESK_LANG", "nl"))
    handler = COMMANDS.get(args.command, _run_desktop)
    try:
        return handler(args)
    except UserError as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        sys.stderr.close()
        return 0
