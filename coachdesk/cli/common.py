"""What every command needs: the data folder, its passphrase, and opening it."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from coachdesk.domain.errors import CommandLineError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

EXIT_USER_ERROR = 2
PASSPHRASE_ENV = "COACHDESK_PASSPHRASE"
BACKUP_PASSPHRASE_ENV = "COACHDESK_BACKUP_PASSPHRASE"  # a backup made before the passphrase was changed
NEW_PASSPHRASE_ENV = "COACHDESK_NEW_PASSPHRASE"
CONFIRM_PASSPHRASE_ENV = "COACHDESK_PASSPHRASE_CONFIRM"  # restore over a damaged or lost data file: the passphrase again


def data_dir_of(args: argparse.Namespace) -> Path:
    from coachdesk.storage.paths import default_data_dir

    return args.data_dir.expanduser() if args.data_dir else default_data_dir()


def passphrase_for(data_dir: Path) -> str:
    """The passphrase of the data folder: from COACHDESK_PASSPHRASE (for scripts), else asked in the terminal.

    A folder without an encrypted data file gets a new passphrase, typed twice.
    """
    from coachdesk.storage.fileformat import is_encrypted
    from coachdesk.storage.passphrase import check_new_passphrase
    from coachdesk.storage.paths import DATA_FILE_NAME

    existing = is_encrypted(data_dir / DATA_FILE_NAME)
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        if not existing:
            check_new_passphrase(given)
        return given
    if not sys.stdin.isatty():
        raise CommandLineError(QT_TRANSLATE_NOOP("CommandLine", "The data is encrypted and needs its passphrase. Run the command in a terminal, or set {variable} for a script."),
                        variable=PASSPHRASE_ENV)
    if existing:
        import getpass

        return getpass.getpass(translate("CommandLine", "Passphrase for {path}: ").format(path=data_dir))
    print(translate("CommandLine", "The data in {path} will be encrypted. Choose a passphrase of at least 10 characters; without it the data cannot be opened.").format(path=data_dir))
    return ask_new_passphrase()


def ask_new_passphrase() -> str:
    """A new passphrase typed twice in the terminal, without echo."""
    import getpass

    from coachdesk.storage.passphrase import check_new_passphrase

    chosen = getpass.getpass(translate("CommandLine", "New passphrase: "))
    check_new_passphrase(chosen, getpass.getpass(translate("CommandLine", "Type it again: ")))
    return chosen


def open_data(args: argparse.Namespace):
    """The data folder of the command, opened with its passphrase."""
    from coachdesk.services.workspace import open_workspace

    data_dir = data_dir_of(args)
    return open_workspace(data_dir, passphrase_for(data_dir))


def acting_user(database):
    """Who this command acts as: the data folder's user, with his role (services.users.acting_user)."""
    from coachdesk.services.users import acting_user as users_acting_user

    with database.session() as session:
        return users_acting_user(session)


def add_out_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--out", type=Path, required=True, help=help_text)
    parser.add_argument("--force", action="store_true", help="replace an existing file of that name")


def out_path(args: argparse.Namespace, *, folder: bool = False) -> Path:
    """The ``--out`` of a command, checked: never inside the data folder, never over a file without --force."""
    from coachdesk.storage.outputs import check_output

    return check_output(args.out, data_dir=data_dir_of(args), force=args.force, folder=folder)
