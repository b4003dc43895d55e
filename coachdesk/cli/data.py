"""Commands on the data itself: demo data, lists, the attention list, backup, restore, passphrase."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from coachdesk.cli.common import (
    BACKUP_PASSPHRASE_ENV,
    NEW_PASSPHRASE_ENV,
    add_out_argument,
    ask_new_passphrase,
    data_dir_of,
    open_data,
    out_path,
    passphrase_for,
)
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import translate


def add_commands(commands: argparse._SubParsersAction) -> None:
    from coachdesk.services.record_rows import LIST_COLUMNS

    demo = commands.add_parser("demo", help="fill an empty data folder with fictitious demo data")
    demo.add_argument("--size", choices=["small", "large"], default="small")
    demo.set_defaults(handler=run_demo)

    listing = commands.add_parser("list", help="list records of one kind")
    listing.add_argument("kind", metavar="KIND", help="one of: " + ", ".join(LIST_COLUMNS))
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=run_list)

    attention = commands.add_parser("attention", help="who needs attention, and why")
    attention.add_argument("--json", action="store_true")
    attention.set_defaults(handler=run_attention)

    backup = commands.add_parser("backup", help="write a backup copy of the data file")
    add_out_argument(backup, "the backup file to write")
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser("restore", help="replace the data by a backup (the current data is kept as a backup)")
    restore.add_argument("file", type=Path)
    restore.epilog = "A backup made under an older passphrase: give that one in COACHDESK_BACKUP_PASSPHRASE."
    restore.set_defaults(handler=run_restore)
    passphrase = commands.add_parser("passphrase", help="change the passphrase that encrypts the data (new one from a prompt or COACHDESK_NEW_PASSPHRASE)")
    passphrase.set_defaults(handler=run_passphrase)


def run_demo(args: argparse.Namespace) -> int:
    from coachdesk.services.demo import fill_demo
    from coachdesk.storage.database import holds_data
    from coachdesk.storage.folderlock import FolderLock

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


def run_list(args: argparse.Namespace) -> int:
    from coachdesk.domain.errors import NotFound
    from coachdesk.services import records
    from coachdesk.services.record_rows import LIST_COLUMNS, as_row

    if args.kind not in LIST_COLUMNS:
        raise NotFound(records.MSG_UNKNOWN_KIND, kind=args.kind, choices=", ".join(LIST_COLUMNS))
    from coachdesk.services.users import acting_user

    database = open_data(args)
    with database.session() as session:
        rows = [as_row(args.kind, record) for record in records.list_records(session, acting_user(session), args.kind)]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print_table(rows)
    return 0


def run_attention(args: argparse.Namespace) -> int:
    from coachdesk.services.attention import attention_list
    from coachdesk.services.users import acting_user

    database = open_data(args)
    with database.session() as session:
        items = attention_list(session, acting_user(session))
    if args.json:
        json.dump([item.as_dict() for item in items], sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for item in items:
            print(f"{item.kind_label:28} {item.student_name:30} {item.reason}")
        print(translate("CommandLine", "{count} items need attention.").format(count=len(items)))
    return 0


def run_backup(args: argparse.Namespace) -> int:
    import sqlcipher3.dbapi2 as sqlcipher

    from coachdesk.storage.backups import make_backup

    target = out_path(args)
    try:
        make_backup(open_data(args), target)
    except (OSError, sqlcipher.Error) as error:
        raise UserError(translate("CommandLine", "Cannot write {path} ({reason})."), path=target, reason=error) from None
    print(translate("CommandLine", "Backup written to {path}.").format(path=target))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from coachdesk.storage.backups import restore
    from coachdesk.storage.folderlock import FolderLock

    data_dir = data_dir_of(args)
    from coachdesk.storage.backups import BackupPassphraseNeeded

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


def run_passphrase(args: argparse.Namespace) -> int:
    from coachdesk.services.workspace import open_workspace
    from coachdesk.storage.backups import change_passphrase
    from coachdesk.storage.fileformat import is_encrypted
    from coachdesk.storage.folderlock import FolderLock
    from coachdesk.storage.paths import DATA_FILE_NAME

    data_dir = data_dir_of(args)
    if not is_encrypted(data_dir / DATA_FILE_NAME):
        raise UserError(translate("CommandLine", "There is no encrypted data in {path} yet: open it once (with the app or any command) to choose a passphrase."), path=data_dir)
    with FolderLock(data_dir):
        current = passphrase_for(data_dir)
        database = open_workspace(data_dir, current)
        new = os.environ.get(NEW_PASSPHRASE_ENV)
        if not new and sys.stdin.isatty():
            new = ask_new_passphrase()
        elif not new:
            raise UserError(translate("CommandLine", "Give the new passphrase in a terminal, or set {variable} for a script."), variable=NEW_PASSPHRASE_ENV)
        change_passphrase(database, current, new)
    print(translate("CommandLine", "The passphrase of {path} is changed. Older backups still open with the old passphrase.").format(path=data_dir))
    return 0
