"""Keeping the data file safe: backups, pruning them, and restoring one (one writer at a time: ``coachdesk.storage.folderlock``).

A backup is a consistent copy, encrypted like the data file, that can be made
while the app is in use. A restore first checks the backup (it opens with the
passphrase, is a whole number of pages, passes the integrity check, comes from
this data folder and has a schema this version knows) and that the passphrase
given for the current data really opens it, keeps the current data as a backup,
then builds the restored file under a temporary name (brought to the newest
schema, checked for every table, with an entry in the audit trail), syncs it,
and only then renames it over the data file. A backup made before the
passphrase was changed opens with the passphrase of then; it is restored under
the current one.

Pruning (``prune_backups``), by the kind in the file name, counting files rather
than trusting the clock: the newest 14 daily backups, and the newest 5 of every
other kind (before-restore, before-migration, before-encryption, new-passphrase,
unopened, manual, ...). Backups dated in the future (a clock that was set wrong)
count as the oldest. Files in the folder with other names are never touched.
"""
from __future__ import annotations

import os
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from coachdesk.domain import clock
from coachdesk.domain.errors import DataFileError, WrongPassphrase
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.storage.crash import crash_point
from coachdesk.storage.database import (
    FOLDER_ID_KEY,
    PAGE_SIZE,
    RESTORING_SUFFIX,
    Database,
    Key,
    _check_integrity,
    _record_in,
    _remove_log_files,
    backup_path,
    connect_file,
    copy_data_file,
    finish_passphrase_change,
    fsync_file,
    fsync_folder,
    head_revision,
    known_revisions,
    make_engine,
    migrate,
    opens_with,
    write_error,
)
from coachdesk.storage.fileformat import is_encrypted
from coachdesk.storage.passphrase import check_new_passphrase
from coachdesk.storage.paths import BACKUP_DIR_NAME, DATA_FILE_NAME

DAILY_PREFIX = "coachdesk-daily-"
KEEP_DAILY = 14
KEEP_PER_KIND = 5
DAILY_NAME = re.compile(r"^coachdesk-daily-(\d{4}-\d{2}-\d{2})\.sqlite$")
STAMPED_NAME = re.compile(r"^coachdesk-([a-z-]+?)(?:-\d{4})?-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")

MSG_BAD_BACKUP = QT_TRANSLATE_NOOP("Errors", "{path} is not a usable CoachDesk backup ({reason}). Nothing was changed.")
MSG_BACKUP_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors", "The backup {path} does not open with this passphrase. It may have been made before the passphrase was changed: "
    "give the passphrase of then. Nothing was changed.")
MSG_CURRENT_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors", "The passphrase given for the current data does not open {path}, and no backup in the folder opens with it either. "
    "Check it (capitals count): the restored data would be encrypted with it. If the data file is damaged or lost, "
    "type the passphrase twice to confirm it. Nothing was changed.")
MSG_CHANGED_WITHOUT_BACKUP = QT_TRANSLATE_NOOP(
    "Errors", "The passphrase is changed and the data opens with the new one, but no backup could be made under it ({reason}). "
    "It is made again the next time the data is opened.")
REASON_NO_FILE = QT_TRANSLATE_NOOP("Errors", "no such file")
REASON_DAMAGED = QT_TRANSLATE_NOOP("Errors", "it is damaged")
REASON_TRUNCATED = QT_TRANSLATE_NOOP("Errors", "it is incomplete: the file was cut short")
REASON_NEWER = QT_TRANSLATE_NOOP("Errors", "it was made by a newer CoachDesk")
REASON_OTHER_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "it comes from another data folder; to look at it, copy it as coachdesk.sqlite into an empty folder and open that one")
REASON_INCOMPLETE = QT_TRANSLATE_NOOP("Errors", "tables are missing: {tables}")


class BackupPassphraseNeeded(DataFileError):
    """The backup is encrypted with another passphrase than the one given."""


def make_backup(database: Database, target: Path) -> Path:
    try:
        return database.backup_to(Path(target))
    except (OSError, sqlcipher.Error) as error:
        raise write_error(error, Path(target).parent) from None


def daily_backup(database: Database, today: date | None = None, keep: int = KEEP_DAILY) -> Path | None:
    """Today's backup, unless there is one; then the folder is pruned (see the module's text)."""
    today = today or clock.today()
    folder = database.data_dir / BACKUP_DIR_NAME
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}.sqlite"
    made = None
    if not target.exists():
        _check_integrity(database.path, database.key)  # a damaged file is never copied over the good backups
        made = make_backup(database, target)
    prune_backups(database.data_dir, keep_daily=keep, today=today)
    return made


def backup_if_due(database: Database) -> Path | None:
    """What the desktop app calls now and then while it stays open, and after big operations: today's backup if missing."""
    if database.locked:
        return None
    return daily_backup(database)


def _kind_and_stamp(path: Path) -> tuple[str, str] | None:
    daily = DAILY_NAME.match(path.name)
    if daily:
        return "daily", daily.group(1).replace("-", "") + "-000000"
    stamped = STAMPED_NAME.match(path.name)
    if stamped:
        return stamped.group(1), stamped.group(2) + f"-{int(stamped.group(3) or 1):04d}"
    return None


def prune_backups(data_dir: Path, *, keep_daily: int = KEEP_DAILY, keep_per_kind: int = KEEP_PER_KIND, today: date | None = None) -> list[Path]:
    """Delete the backups beyond the policy; returns those deleted. Never by age alone: by count per kind."""
    today = today or clock.today()
    future = (today + timedelta(days=1)).strftime("%Y%m%d")
    kinds: dict[str, list[tuple[tuple[bool, str, float], Path]]] = {}
    folder = Path(data_dir) / BACKUP_DIR_NAME
    if not folder.is_dir():
        return []
    for path in folder.glob("coachdesk-*.sqlite"):
        parsed = _kind_and_stamp(path)
        if parsed is None:
            continue
        kind, stamp = parsed
        in_future = stamp[:8] > future  # made while the clock was set wrong: counted as the oldest
        kinds.setdefault(kind, []).append(((not in_future, stamp, path.stat().st_mtime), path))
    removed = []
    for kind, entries in kinds.items():
        keep = keep_daily if kind == "daily" else keep_per_kind
        entries.sort()
        for _order, path in entries[:-keep] if len(entries) > keep else []:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def change_passphrase(database: Database, current: str, new: str, actor_id: str | None = None) -> Path:
    """Re-encrypt the data with a new passphrase, and back it up at once under the new one.

    Earlier backups keep the old passphrase; the fresh one means the latest good
    backup always opens with the passphrase in use. The change is recorded in the audit trail.
    """
    check_new_passphrase(new)
    database.change_passphrase(current, new, actor_id)
    try:
        made = make_backup(database, backup_path(database.data_dir, "new-passphrase"))
    except DataFileError as error:  # the change is done; the backup is tried again at the next opening (the marker stays)
        raise DataFileError(MSG_CHANGED_WITHOUT_BACKUP, reason=error) from None
    finish_passphrase_change(database.data_dir)
    prune_backups(database.data_dir)
    return made


def _key_for(path: Path, passphrase: str | Key) -> str | Key | None:
    return passphrase if is_encrypted(path) else None  # a backup from before encryption is plain


def _folder_id_of(connection) -> str | None:
    import json

    try:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (FOLDER_ID_KEY,)).fetchone()
    except sqlcipher.DatabaseError:
        return None
    return json.loads(row[0]) if row and isinstance(row[0], str) else None


def _current_folder_id(data_dir: Path, passphrase: str | Key) -> str | None:
    current = Path(data_dir) / DATA_FILE_NAME
    if not current.is_file() or not current.stat().st_size:
        return None
    try:
        connection = connect_file(current, _key_for(current, passphrase), read_only=True)
    except sqlcipher.Error:
        return None
    try:
        return _folder_id_of(connection)
    finally:
        connection.close()


def check_backup(path: Path, passphrase: str | Key, data_dir: Path | None = None, current_passphrase: str | Key | None = None) -> None:
    """Raise DataFileError unless ``path`` is a sound data file this version can open with ``passphrase``.

    With ``data_dir``: also unless it comes from that data folder (when both carry a folder id).
    """
    path = Path(path)
    bad = lambda reason, **params: DataFileError(MSG_BAD_BACKUP, path=path, reason=translate("Errors", reason).format(**params))
    if not path.is_file():
        raise bad(REASON_NO_FILE)
    size = path.stat().st_size
    if is_encrypted(path) and size >= PAGE_SIZE and size % PAGE_SIZE:  # SQLCipher writes whole pages: the file was cut
        raise bad(REASON_TRUNCATED)
    try:
        connection = connect_file(path, _key_for(path, passphrase), read_only=True)
    except sqlcipher.Error:
        raise bad(REASON_DAMAGED) from None
    try:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError:  # the first page does not decrypt: another passphrase (or damage there)
            if is_encrypted(path):
                raise BackupPassphraseNeeded(MSG_BACKUP_PASSPHRASE, path=path) from None
            raise
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise bad(REASON_DAMAGED)
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        its_folder = _folder_id_of(connection)
    except sqlcipher.DatabaseError:
        raise bad(REASON_DAMAGED) from None
    finally:
        connection.close()
    if revision not in known_revisions():
        raise bad(REASON_NEWER)
    if data_dir is not None and its_folder is not None:
        ours = _current_folder_id(data_dir, current_passphrase if current_passphrase is not None else passphrase)
        if ours is not None and ours != its_folder:
            raise bad(REASON_OTHER_FOLDER)


def _missing_tables(path: Path, key: str | Key) -> list[str]:
    from coachdesk.domain.models import Base

    connection = connect_file(path, key, read_only=True)
    try:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        connection.close()
    return sorted(set(Base.metadata.tables) - present)


def latest_good_backup(data_dir: Path, passphrase: str | Key) -> Path | None:
    """The newest backup in the data folder that passes the checks with ``passphrase``, if any."""
    folder = Path(data_dir) / BACKUP_DIR_NAME
    for candidate in sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            check_backup(candidate, passphrase, data_dir)
        except DataFileError:
            continue
        return candidate
    return None


def _opens_any_backup(data_dir: Path, passphrase: str | Key, also: Path | None = None, limit: int = 10) -> bool:
    folder = Path(data_dir) / BACKUP_DIR_NAME
    candidates = sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)[:limit] if folder.is_dir() else []
    if also is not None:
        candidates.insert(0, Path(also))
    return any(is_encrypted(p) and opens_with(p, passphrase) for p in candidates)


def check_current_passphrase(data_dir: Path, passphrase: str | Key, *, confirmed: bool = False, backup: Path | None = None) -> None:
    """Raise WrongPassphrase unless ``passphrase`` is the one of this folder, so a restore cannot encrypt the data under a typo.

    It must open the current data file; when that cannot be opened (damaged, lost),
    it must open a backup of the folder, or have been typed twice (``confirmed``).
    """
    current = Path(data_dir) / DATA_FILE_NAME
    if current.is_file() and current.stat().st_size:
        if not is_encrypted(current):
            if confirmed or isinstance(passphrase, Key):
                return
        elif opens_with(current, passphrase):
            return
    if confirmed or _opens_any_backup(data_dir, passphrase, backup):
        return
    raise WrongPassphrase(MSG_CURRENT_PASSPHRASE, path=current)


def restore(data_dir: Path, backup: Path, passphrase: str | Key, backup_passphrase: str | Key | None = None, *,
            confirmed: bool = False, actor_id: str | None = None) -> Path:
    """Replace the data file by ``backup``; returns where the data that was there is kept.

    ``passphrase`` opens the current data file and will open the restored one (checked
    first: see ``check_current_passphrase``); ``backup_passphrase`` is needed only for
    a backup made under another passphrase.
    """
    data_dir = Path(data_dir)
    backup = Path(backup)
    backup_passphrase = backup_passphrase or passphrase
    check_backup(backup, backup_passphrase, data_dir, passphrase)
    check_current_passphrase(data_dir, passphrase, confirmed=confirmed, backup=backup if backup_passphrase is passphrase else None)
    current = data_dir / DATA_FILE_NAME
    kept = backup_path(data_dir, "before-restore")
    incoming = current.with_name(current.name + RESTORING_SUFFIX)
    try:
        if current.exists() and current.stat().st_size:
            try:
                copy_data_file(current, _key_for(current, passphrase), kept, passphrase)
            except sqlcipher.DatabaseError as error:
                if "disk is full" in str(error).lower():
                    raise
                # Damaged, or under a newer passphrase than the backup's: keep its bytes (and log) as they are.
                kept = backup_path(data_dir, "unopened")
                kept.parent.mkdir(parents=True, exist_ok=True)
                for suffix in ("", "-wal"):
                    if Path(str(current) + suffix).exists():
                        shutil.copyfile(str(current) + suffix, str(kept) + suffix)
                        fsync_file(Path(str(kept) + suffix))
        crash_point("restore-kept")
        copy_data_file(backup, _key_for(backup, backup_passphrase), incoming, passphrase)
        crash_point("restore-copied")
        _bring_to_head(incoming, passphrase)
        missing = _missing_tables(incoming, passphrase)
        if missing:
            raise DataFileError(MSG_BAD_BACKUP, path=backup, reason=translate("Errors", REASON_INCOMPLETE).format(tables=", ".join(missing)))
        _record_in(incoming, passphrase, "restore", actor_id)
        _remove_log_files(incoming)
        fsync_file(incoming)
        _check_integrity(incoming, passphrase)
        crash_point("restore-verified")
    except BaseException as error:
        for suffix in ("", "-wal", "-shm", ".partial"):
            Path(str(incoming) + suffix).unlink(missing_ok=True)
        if isinstance(error, (OSError, sqlcipher.Error)):
            raise write_error(error, data_dir) from None
        raise
    _remove_log_files(current)  # they belong to the file being replaced (its content is kept above)
    crash_point("restore-logs-removed")
    os.replace(incoming, current)
    fsync_folder(data_dir)
    crash_point("restore-renamed")
    prune_backups(data_dir)
    return kept


def _revision_of(path: Path, key: str | Key) -> str:
    connection = connect_file(path, key, read_only=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _bring_to_head(path: Path, key: str | Key) -> None:
    """A restored backup of an older version is migrated before it replaces anything (in one transaction)."""
    if _revision_of(path, key) == head_revision():
        return
    engine = make_engine(path, key)
    try:
        migrate(engine)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
