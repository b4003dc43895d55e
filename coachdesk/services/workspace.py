"""Opening a data folder the way every entry point (desktop, command line) does; erasure that reaches the backups."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session

import coachdesk.sync.outbox  # noqa: F401 - registers the session hook that shares saved changes with the team
from coachdesk.services.catalogue import install_default_catalogue
from coachdesk.storage.crash import crash_point
from coachdesk.storage.database import (
    Database,
    Key,
    _overwrite,
    _remove_log_files,
    copy_data_file,
    fsync_file,
    make_engine,
    open_database,
    opens_with,
    replace_overwriting,
)
from coachdesk.storage.fileformat import is_encrypted
from coachdesk.storage.paths import BACKUP_DIR_NAME

__all__ = ["Database", "Session", "open_workspace"]  # Session: the type the UI's work functions receive


def open_workspace(data_dir: Path, passphrase: str | Key) -> Database:
    database = open_database(data_dir, passphrase)
    with database.transaction() as session:
        install_default_catalogue(session)
    return database


def erase_from_backups(database: Database, student_ids: list[str]) -> tuple[int, int]:
    """Erase the students in every backup of the data folder too; returns (backups cleaned, backups removed).

    A backup that opens with the current passphrase is copied, the students are
    erased in the copy (as in the data file, with everything linked to them), and
    the copy replaces the backup, whose old bytes are overwritten; its date stays.
    A backup that does not open with it (made under an earlier passphrase, or
    damaged) cannot be cleaned, so it is overwritten and removed. Backups written
    elsewhere (with --out, or "Make a backup" outside the data folder) are not reached.
    """
    from sqlalchemy.orm import Session

    from coachdesk.domain import models as m
    from coachdesk.services.access import Actor
    from coachdesk.services.privacy import erase_student

    if not student_ids or database.key is None:
        return 0, 0
    folder = database.data_dir / BACKUP_DIR_NAME
    cleaned = removed = 0
    for backup in sorted(folder.glob("*.sqlite")) if folder.is_dir() else []:
        if not (is_encrypted(backup) and opens_with(backup, database.key)):
            with open(backup, "r+b") as file:
                _overwrite(file)
            backup.unlink()
            removed += 1
            continue
        made = backup.stat()
        copy = backup.with_name(backup.name + ".erasing")
        copy_data_file(backup, database.key, copy, database.key)
        engine = make_engine(copy, database.key)
        try:
            with Session(engine) as session, session.begin():
                present = [i for i in student_ids if session.get(m.Student, i) is not None]
                for student_id in present:
                    erase_student(session, Actor.system(), student_id)
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        if not present:
            copy.unlink()
            continue
        _remove_log_files(copy)
        fsync_file(copy)
        crash_point("erase-backup-copied")
        replace_overwriting(copy, backup)
        os.utime(backup, (made.st_atime, made.st_mtime))
        crash_point("erase-backup-replaced")
        cleaned += 1
    for leftover in folder.glob("*.sqlite.erasing*") if folder.is_dir() else []:
        leftover.unlink(missing_ok=True)
    return cleaned, removed
