"""Commands on the data itself: demo data, lists, the attention list, backup, restore, passphrase."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from coachdesk.cli.common import (
    BACKUP_PASSPHRASE_ENV,
    CONFIRM_PASSPHRASE_ENV,
    NEW_PASSPHRASE_ENV,
    acting_user,
    add_out_argument,
    ask_new_passphrase,
    data_dir_of,
    open_data,
    out_path,
    passphrase_for,
)
from coachdesk.domain.errors import CommandLineError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(commands: argparse._SubParsersAction) -> None:
    from coachdesk.services.record_rows import LIST_COLUMNS

    demo = commands.add_parser("demo", help="fill an empty data folder with fictitious demo data")
    demo.add_argument("--size", choices=["small", "large", "huge"], default="small")
    demo.add_argument("--remove", action="store_true", help="remove the demo data instead (real records, and demo records they use, stay)")
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
    restore.epilog = ("A backup made under an older passphrase: give that one in COACHDESK_BACKUP_PASSPHRASE. When the current data file "
                      "cannot be opened (damaged or lost) and no backup opens with COACHDESK_PASSPHRASE, a script confirms it by "
                      "giving it again in COACHDESK_PASSPHRASE_CONFIRM.")
    restore.set_defaults(handler=run_restore)
    passphrase = commands.add_parser("passphrase", help="change the passphrase that encrypts the data (new one from a prompt or COACHDESK_NEW_PASSPHRASE)")
    passphrase.set_defaults(handler=run_passphrase)


def run_demo(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from coachdesk.services.demo import fill_demo
    from coachdesk.services.users import make_demo_owner
    from coachdesk.storage.database import holds_data, write_error
    from coachdesk.storage.folderlock import FolderLock

    if args.remove:
        return remove_demo(args)
    with FolderLock(data_dir_of(args)):
        database = open_data(args)
        if holds_data(database):
            raise CommandLineError(QT_TRANSLATE_NOOP("CommandLine", "The data folder {path} already holds data; demo data goes only into an empty folder. Use --data-dir with a new folder."), path=database.data_dir)
        try:
            with database.transaction() as session:  # one transaction: a crash or a full disk leaves the folder empty
                counts = fill_demo(session, args.size)
                make_demo_owner(session)  # the commands then act as one of the demo coordinators
        except (OSError, SQLAlchemyError) as error:
            raise write_error(getattr(error, "orig", None) or error, database.data_dir) from None
    print(translate("CommandLine", "Demo data written to {path}: {students} students, {employers} employers, {visits} contacts.").format(
        path=database.path, students=counts.get("students", 0), employers=counts.get("employers", 0), visits=counts.get("visits", 0)))
    return 0


def remove_demo(args: argparse.Namespace) -> int:
    from coachdesk.services.demo import demo_records_left, remove_demo_data
    from coachdesk.storage.folderlock import FolderLock

    with FolderLock(data_dir_of(args)):
        database = open_data(args)
        actor = acting_user(database)
        with database.transaction() as session:
            removed = sum(remove_demo_data(session, actor).values())
            left = demo_records_left(session)
    print(translate("CommandLine", "Demo data removed: %n record(s).", "", removed))
    if left:
        print(translate("CommandLine", "%n demo record(s) stay because your own records use them.", "", left))
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
    database = open_data(args)
    actor = acting_user(database)
    with database.session() as session:
        rows = [as_row(args.kind, record) for record in records.list_records(session, actor, args.kind)]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print_table(rows)
    return 0


def run_attention(args: argparse.Namespace) -> int:
    from coachdesk.services.attention import attention_list
    database = open_data(args)
    actor = acting_user(database)
    with database.session() as session:
        items = attention_list(session, actor)
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
        raise CommandLineError(QT_TRANSLATE_NOOP("CommandLine", "Cannot write {path} ({reason})."), path=target, reason=error) from None
    print(translate("CommandLine", "Backup written to {path}.").format(path=target))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from coachdesk.domain.errors import WrongPassphrase
    from coachdesk.storage.backups import (
        MSG_CURRENT_PASSPHRASE,
        BackupPassphraseNeeded,
        restore,
    )
    from coachdesk.storage.folderlock import FolderLock

    data_dir = data_dir_of(args)
    with FolderLock(data_dir):
        passphrase, backup = passphrase_for(data_dir), args.file.expanduser()
        backup_passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV)
        # The passphrase of the current data must really be the folder's: the restored data is encrypted with it.
        confirmed = os.environ.get(CONFIRM_PASSPHRASE_ENV) == passphrase
        for _attempt in range(3):
            try:
                kept = restore(data_dir, backup, passphrase, backup_passphrase, confirmed=confirmed)
                break
            except BackupPassphraseNeeded as error:
                if not sys.stdin.isatty() or backup_passphrase:
                    raise
                import getpass

                print(error, file=sys.stderr)
                backup_passphrase = getpass.getpass(translate("CommandLine", "Passphrase of the backup: "))
            except WrongPassphrase as error:
                if error.text != MSG_CURRENT_PASSPHRASE or not sys.stdin.isatty() or confirmed:
                    raise
                import getpass

                print(error, file=sys.stderr)
                if getpass.getpass(translate("CommandLine", "Type the passphrase again to confirm it: ")) != passphrase:
                    raise
                confirmed = True
        else:
            raise CommandLineError(QT_TRANSLATE_NOOP("CommandLine", "Nothing was restored."))
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
        raise CommandLineError(QT_TRANSLATE_NOOP("CommandLine", "There is no encrypted data in {path} yet: open it once (with the app or any command) to choose a passphrase."), path=data_dir)
    with FolderLock(data_dir):
        current = passphrase_for(data_dir)
        database = open_workspace(data_dir, current)
        new = os.environ.get(NEW_PASSPHRASE_ENV)
        if not new and sys.stdin.isatty():
            new = ask_new_passphrase()
        elif not new:
            raise CommandLineError(QT_TRANSLATE_NOOP("CommandLine", "Give the new passphrase in a terminal, or set {variable} for a script."), variable=NEW_PASSPHRASE_ENV)
        change_passphrase(database, current, new)
    print(translate("CommandLine", "The passphrase of {path} is changed. Older backups still open with the old passphrase.").format(path=data_dir))
    return 0
