"""Keeping the data file safe: one writer at a time, backups, and restoring one.

A backup is a consistent copy made with SQLite's backup API, so it can be made
while the app is in use. A restore first checks the file (it opens, passes the
integrity check and has a schema this version knows) and keeps the current data
as a backup before replacing it.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from datetime import date
from pathlib import Path

from coachdesk.db import Database, backup_path, known_revisions
from coachdesk.errors import DataFileError
from coachdesk.i18n import QT_TRANSLATE_NOOP
from coachdesk.paths import BACKUP_DIR_NAME, DATA_FILE_NAME

LOCK_FILE_NAME = ".coachdesk.lock"
DAILY_PREFIX = "coachdesk-daily-"
KEEP_DAILY = 14

MSG_IN_USE = QT_TRANSLATE_NOOP("Errors", "CoachDesk is already open on the data folder {path}. Close it there first, then try again.")
MSG_BAD_BACKUP = QT_TRANSLATE_NOOP("Errors", "{path} is not a usable CoachDesk backup ({reason}). Nothing was changed.")


class FolderLock:
    """An exclusive lock on a data folder, held while a program may write to it.

    The operating system releases it when the process ends, also after a crash.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_FILE_NAME
        self._file = None

    def acquire(self) -> FolderLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise DataFileError(MSG_IN_USE, path=self.path.parent) from None
        self._file = handle
        return self

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the lock
            self._file = None

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def make_backup(database: Database, target: Path) -> Path:
    return database.backup_to(Path(target))


def daily_backup(database: Database, today: date | None = None, keep: int = KEEP_DAILY) -> Path | None:
    """Today's backup, unless there is one; keeps the newest ``keep`` daily backups."""
    today = today or date.today()
    folder = database.data_dir / BACKUP_DIR_NAME
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}.sqlite"
    made = None
    if not target.exists():
        made = database.backup_to(target)
    for old in sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite"))[:-keep]:
        old.unlink()
    return made


def check_backup(path: Path) -> None:
    """Raise DataFileError unless ``path`` is a sound data file this version can open."""
    path = Path(path)
    if not path.is_file():
        raise DataFileError(MSG_BAD_BACKUP, path=path, reason=QT_TRANSLATE_NOOP("Errors", "no such file"))
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DataFileError(MSG_BAD_BACKUP, path=path, reason="integrity check failed")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DataFileError(MSG_BAD_BACKUP, path=path, reason=str(error)) from None
    if revision not in known_revisions():
        raise DataFileError(MSG_BAD_BACKUP, path=path, reason=f"schema {revision} is from a newer CoachDesk")


def latest_good_backup(data_dir: Path) -> Path | None:
    """The newest backup in the data folder that passes the checks, if any."""
    for candidate in sorted((Path(data_dir) / BACKUP_DIR_NAME).glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            check_backup(candidate)
        except DataFileError:
            continue
        return candidate
    return None


def restore(data_dir: Path, backup: Path) -> Path:
    """Replace the data file by ``backup``; returns where the data that was there is kept."""
    check_backup(backup)
    data_dir = Path(data_dir)
    current = data_dir / DATA_FILE_NAME
    kept = backup_path(data_dir, "before-restore")
    kept.parent.mkdir(parents=True, exist_ok=True)
    if current.exists():
        try:
            with sqlite3.connect(current) as source, sqlite3.connect(kept) as copy:
                source.backup(copy)
        except sqlite3.DatabaseError:  # a damaged file cannot be read page by page: keep its bytes as they are
            kept.unlink(missing_ok=True)
            kept = kept.with_name(kept.name.replace("before-restore", "damaged"))
            shutil.copyfile(current, kept)
    incoming = current.with_name(current.name + ".restoring")
    shutil.copyfile(backup, incoming)
    for suffix in ("-wal", "-shm"):  # they belong to the file being replaced
        Path(str(current) + suffix).unlink(missing_ok=True)
    os.replace(incoming, current)
    return kept
