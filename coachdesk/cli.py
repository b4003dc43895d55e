"""The command line: batch and automation over the same services as the desktop app.

``coachdesk`` with no command opens the desktop app. User errors print one line
on stderr and exit with status 2; nothing stored is changed by a failed command.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from coachdesk import __version__
from coachdesk.errors import UserError
from coachdesk.i18n import translate

EXIT_USER_ERROR = 2
PASSPHRASE_ENV = "COACHDESK_PASSPHRASE"
BACKUP_PASSPHRASE_ENV = "COACHDESK_BACKUP_PASSPHRASE"  # a backup made before the passphrase was changed
NEW_PASSPHRASE_ENV = "COACHDESK_NEW_PASSPHRASE"


def build_parser() -> argparse.ArgumentParser:
    from coachdesk.listing import LIST_COLUMNS

    parser = argparse.ArgumentParser(prog="coachdesk", description="CoachDesk: BPV-begeleiding en vsv-preventie, offline.")
    parser.add_argument("--version", action="version", version=f"CoachDesk {__version__}")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: COACHDESK_DATA_DIR or the user data folder)")
    parser.epilog = "The data is encrypted: commands ask for the passphrase, or read it from COACHDESK_PASSPHRASE."
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
    restore.epilog = "A backup made under an older passphrase: give that one in COACHDESK_BACKUP_PASSPHRASE."
    commands.add_parser("passphrase", help="change the passphrase that encrypts the data (new one from a prompt or COACHDESK_NEW_PASSPHRASE)")

    for module in EXTENSION_MODULES:
        __import__(module, fromlist=["add_commands"]).add_commands(commands, COMMANDS)
    return parser


def data_dir_of(args: argparse.Namespace) -> Path:
    from coachdesk.paths import default_data_dir

    return args.data_dir.expanduser() if args.data_dir else default_data_dir()


def passphrase_for(data_dir: Path) -> str:
    """The passphrase of the data folder: from COACHDESK_PASSPHRASE (for scripts), else asked in the terminal.

    A folder without an encrypted data file gets a new passphrase, typed twice.
    """
    from coachdesk.fileformat import is_encrypted
    from coachdesk.passphrase import check_new_passphrase
    from coachdesk.paths import DATA_FILE_NAME

    existing = is_encrypted(data_dir / DATA_FILE_NAME)
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        if not existing:
            check_new_passphrase(given)
        return given
    if not sys.stdin.isatty():
        raise UserError(translate("CommandLine", "The data is encrypted and needs its passphrase. Run the command in a terminal, or set {variable} for a script."),
                        variable=PASSPHRASE_ENV)
    if existing:
        import getpass

        return getpass.getpass(translate("CommandLine", "Passphrase for {path}: ").format(path=data_dir))
    print(translate("CommandLine", "The data in {path} will be encrypted. Choose a passphrase of at least 10 characters; without it the data cannot be opened.").format(path=data_dir))
    return _ask_new_passphrase()


def _ask_new_passphrase() -> str:
    """A new passphrase typed twice in the terminal, without echo."""
    import getpass

    from coachdesk.passphrase import check_new_passphrase

    chosen = getpass.getpass(translate("CommandLine", "New passphrase: "))
    check_new_passphrase(chosen, getpass.getpass(translate("CommandLine", "Type it again: ")))
    return chosen


def open_data(args: argparse.Namespace):
    """The data folder of the command, opened with its passphrase."""
    from coachdesk.workspace import open_workspace

    data_dir = data_dir_of(args)
    return open_workspace(data_dir, passphrase_for(data_dir))


def _run_demo(args: argparse.Namespace) -> int:
    from coachdesk.db import holds_data
    from coachdesk.demo import fill_demo
    from coachdesk.folderlock import FolderLock

    with FolderLock(data_dir_of(args)):
        database = open_data(args)
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

    if args.kind not in LIST_COLUMNS:
        raise NotFound(records.MSG_UNKNOWN_KIND, kind=args.kind, choices=", ".join(LIST_COLUMNS))
    database = open_data(args)
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

    database = open_data(args)
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
    import sqlcipher3.dbapi2 as sqlcipher

    from coachdesk.safety import make_backup

    target = args.out.expanduser()
    if target.exists():
        raise UserError(translate("CommandLine", "{path} exists already; choose a new file name."), path=target)
    try:
        make_backup(open_data(args), target)
    except (OSError, sqlcipher.Error) as error:
        raise UserError(translate("CommandLine", "Cannot write {path} ({reason})."), path=target, reason=error) from None
    print(translate("CommandLine", "Backup written to {path}.").format(path=target))
    return 0


def _run_restore(args: argparse.Namespace) -> int:
    from coachdesk.folderlock import FolderLock
    from coachdesk.safety import restore

    data_dir = data_dir_of(args)
    from coachdesk.safety import BackupPassphraseNeeded

    with FolderLock(data_dir):
        passphrase, backup = passphrase_for(data_dir), args.file.expanduser()
        try:
            kept = restore(data_dir, backup, passphrase, os.environ.get(BACKUP_PASSPHRASE_ENV))
        except BackupPassphraseNeeded as error:
            if not sys.stdin.isatty():
                raise
            import getpass

            print(error, file=sys.stderr)
            kept = restore(data_dir, backup, passphrase, getpass.getpass(translate("CommandLine", "Passphrase of the backup: ")))
    print(translate("CommandLine", "Restored from {file}. The data that was there is kept in {kept}.").format(file=args.file, kept=kept))
    return 0


def _run_passphrase(args: argparse.Namespace) -> int:
    from coachdesk.fileformat import is_encrypted
    from coachdesk.paths import DATA_FILE_NAME
    from coachdesk.folderlock import FolderLock
    from coachdesk.safety import change_passphrase
    from coachdesk.workspace import open_workspace

    data_dir = data_dir_of(args)
    if not is_encrypted(data_dir / DATA_FILE_NAME):
        raise UserError(translate("CommandLine", "There is no encrypted data in {path} yet: open it once (with the app or any command) to choose a passphrase."), path=data_dir)
    with FolderLock(data_dir):
        current = passphrase_for(data_dir)
        database = open_workspace(data_dir, current)
        new = os.environ.get(NEW_PASSPHRASE_ENV)
        if not new and sys.stdin.isatty():
            new = _ask_new_passphrase()
        elif not new:
            raise UserError(translate("CommandLine", "Give the new passphrase in a terminal, or set {variable} for a script."), variable=NEW_PASSPHRASE_ENV)
        change_passphrase(database, current, new)
    print(translate("CommandLine", "The passphrase of {path} is changed. Older backups still open with the old passphrase.").format(path=data_dir))
    return 0


def _run_desktop(args: argparse.Namespace) -> int:
    from coachdesk.ui.app import run_desktop

    return run_desktop(data_dir_of(args))


COMMANDS = {"demo": _run_demo, "list": _run_list, "attention": _run_attention, "backup": _run_backup, "restore": _run_restore,
            "passphrase": _run_passphrase}
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
