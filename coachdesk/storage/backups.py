"""Keeping the data file safe: backups, and restoring one (one writer at a time: ``coachdesk.storage.folderlock``).

A backup is a consistent copy, encrypted like the data file, that can be made
while the app is in use. A restore first checks the file (it opens with the
passphrase, passes the integrity check and has a schema this version knows) and
keeps the current data as a backup before replacing it. A backup made before the
passphrase was changed opens with the passphrase of then; it is restored under
the current one.
"""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from coachdesk.domain import clock
from coachdesk.domain.errors import DataFileError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.storage.database import (
    Database,
    backup_path,
    connect_file,
    copy_data_file,
    known_revisions,
)
from coachdesk.storage.fileformat import is_encrypted
from coachdesk.storage.passphrase import check_new_passphrase
from coachdesk.storage.paths import BACKUP_DIR_NAME, DATA_FILE_NAME

DAILY_PREFIX = "coachdesk-daily-"
KEEP_DAILY = 14

MSG_BAD_BACKUP = QT_TRANSLATE_NOOP("Errors", "{path} is not a usable CoachDesk backup ({reason}). Nothing was changed.")
MSG_BACKUP_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors", "The backup {path} does not open with this passphrase. It may have been made before the passphrase was changed: "
    "give the passphrase of then. Nothing was changed.")
REASON_NO_FILE = QT_TRANSLATE_NOOP("Errors", "no such file")
REASON_DAMAGED = QT_TRANSLATE_NOOP("Errors", "it is damaged")
REASON_NEWER = QT_TRANSLATE_NOOP("Errors", "it was made by a newer CoachDesk")


class BackupPassphraseNeeded(DataFileError):
    """The backup is encrypted with another passphrase than the one given."""


def make_backup(database: Database, target: Path) -> Path:
    return database.backup_to(Path(target))


def daily_backup(database: Database, today: date | None = None, keep: int = KEEP_DAILY) -> Path | None:
    """Today's backup, unless there is one; keeps the newest ``keep`` daily backups."""
    today = today or clock.today()
    folder = database.data_dir / BACKUP_DIR_NAME
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}.sqlite"
    made = None
    if not target.exists():
        made = database.backup_to(target)
    for old in sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite"))[:-keep]:
        old.unlink()
    return made


def change_passphrase(database: Database, current: str, new: str) -> Path:
    """Re-encrypt the data with a new passphrase, and back it up at once under the new one.

    Earlier backups keep the old passphrase; the fresh one means the latest good
    backup always opens with the passphrase in use.
    """
    check_new_passphrase(new)
    database.change_passphrase(current, new)
    return database.backup_to(backup_path(database.data_dir, "new-passphrase"))


def _key_for(path: Path, passphrase: str) -> str | None:
    return passphrase if is_encrypted(path) else None  # a backup from before encryption is plain


def check_backup(path: Path, passphrase: str) -> None:
    """Raise DataFileError unless ``path`` is a sound data file this version can open with ``passphrase``."""
    path = Path(path)
    if not path.is_file():
        raise DataFileError(MSG_BAD_BACKUP, path=path, reason=translate("Errors", REASON_NO_FILE))
    connection = connect_file(path, _key_for(path, passphrase), read_only=True)
    try:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError:  # the first page does not decrypt: another passphrase (or damage there)
            if is_encrypted(path):
                raise BackupPassphraseNeeded(MSG_BACKUP_PASSPHRASE, path=path) from None
            raise
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DataFileError(MSG_BAD_BACKUP, path=path, reason=translate("Errors", REASON_DAMAGED))
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlcipher.DatabaseError:
        raise DataFileError(MSG_BAD_BACKUP, path=path, reason=translate("Errors", REASON_DAMAGED)) from None
    finally:
        connection.close()
    if revision not in known_revisions():
        raise DataFileError(MSG_BAD_BACKUP, path=path, reason=translate("Errors", REASON_NEWER))


def latest_good_backup(data_dir: Path, passphrase: str) -> Path | None:
    """The newest backup in the data folder that passes the checks with ``passphrase``, if any."""
    for candidate in sorted((Path(data_dir) / BACKUP_DIR_NAME).glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            check_backup(candidate, passphrase)
        except DataFileError:
            continue
        return candidate
    return None


def restore(data_dir: Path, backup: Path, passphrase: str, backup_passphrase: str | None = None) -> Path:
    """Replace the data file by ``backup``; returns where the data that was there is kept.

    ``passphrase`` opens the current data file and will open the restored one;
    ``backup_passphrase`` is needed only for a backup made under another passphrase.
    """
    backup_passphrase = backup_passphrase or passphrase
    check_backup(backup, backup_passphrase)
    data_dir = Path(data_dir)
    current = data_dir / DATA_FILE_NAME
    kept = backup_path(data_dir, "before-restore")
    if current.exists():
        try:
            copy_data_file(current, _key_for(current, passphrase), kept, passphrase)
        except sqlcipher.DatabaseError:
            # Damaged, or under a newer passphrase than the backup's: keep its bytes (and log) as they are.
            kept = kept.with_name(kept.name.replace("before-restore", "unopened"))
            kept.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("", "-wal"):
                if Path(str(current) + suffix).exists():
                    shutil.copyfile(str(current) + suffix, str(kept) + suffix)
    incoming = copy_data_file(backup, _key_for(backup, backup_passphrase), current.with_name(current.name + ".restoring"), passphrase)
    for suffix in ("-wal", "-shm"):  # they belong to the file being replaced
        Path(str(current) + suffix).unlink(missing_ok=True)
    os.replace(incoming, current)
    return kept
