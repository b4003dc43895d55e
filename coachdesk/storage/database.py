"""Opening the data file: encryption, checks, atomic creation and migration, and the session factory.

The data file is encrypted with SQLCipher. Its key is derived from the user's
passphrase once per opening (about 0.1 s), as SQLCipher itself would derive it,
and handed to every connection as a raw key, so a second connection (a
background thread, a backup) does not pay for the derivation again. The key is
held in a bytearray that is zeroed when the app locks; the passphrase itself is
not kept.

Every change that replaces the data file (first creation, encryption of an older
file, passphrase change, restore) writes the new file under a temporary name,
syncs it to disk, checks it, and only then renames it over the data file; a
migration runs in one SQLite transaction (DDL included), after a backup.
An unencrypted file from an older version is encrypted when it is first opened
with a passphrase, after an encrypted backup. Alembic is imported only when a
migration is actually needed, because it costs start-up time on every launch.
"""
from __future__ import annotations

import binascii
import errno
import hashlib
import hmac
import json
import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

import coachdesk.storage.audit  # noqa: F401 - registers the audit trail's session hook
from coachdesk.domain import clock
from coachdesk.domain.errors import DamagedDataFile, DataFileError, WrongPassphrase
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.storage.crash import crash_point
from coachdesk.storage.fileformat import file_header, is_encrypted
from coachdesk.storage.paths import BACKUP_DIR_NAME, DATA_FILE_NAME, migrations_dir

MSG_WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors", "This passphrase does not open {path}. Check it (capitals count) and try again. "
    "If you are sure it is right, the file is damaged: restore a backup. Nothing was changed.")
MSG_CHANGE_NOT_FINISHED = QT_TRANSLATE_NOOP(
    "Errors", "This passphrase does not open {path}. A change of passphrase was interrupted before it was finished: "
    "the data still opens with the OLD passphrase. Nothing was lost.")
MSG_CHANGE_FINISHED = QT_TRANSLATE_NOOP(
    "Errors", "This passphrase does not open {path}. A change of passphrase was interrupted just after it was done: "
    "the data opens with the NEW passphrase. Nothing was lost.")
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "Cannot write in {path}: the disk is full. Make room (empty the recycle bin, remove large files) and try again. Nothing was changed.")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write in {path} ({reason}). Nothing was changed.")
MSG_MISSING_BESIDE_BACKUPS = QT_TRANSLATE_NOOP(
    "Errors", "The data file {path} is missing or empty, but there are backups in {backups}. "
    "Restore the latest one (the app offers it; on the command line: coachdesk restore <backup>). Nothing was created.")
MSG_MIGRATION_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "Updating the data file {path} to this version failed ({reason}); it was left as it was, and a copy made "
    "just before is {backup}. Try again; if it fails again, restore that copy or go back to the previous version of CoachDesk.")

FOLDER_ID_KEY = "folder_id"  # a random id in the settings table: a backup from another data folder is recognised
CHANGE_MARKER = "passphrase-change.json"  # present while a passphrase change is under way
REKEYED_SUFFIX = ".rekeyed"
CREATING_SUFFIX = ".creating"
RESTORING_SUFFIX = ".restoring"
PAGE_SIZE = 4096
# PRAGMA quick_check reads every page: ~0.05 s for a year of one school's data (1 MB), ~5 s for the large demo (78 MB,
# benchmarks/bench_durability.py). Larger files are checked before each daily backup instead, in the background.
CHECK_AT_OPENING_MAX_BYTES = 16 * 1024 * 1024  # SQLCipher 4: every sound file is a whole number of pages


def sql_string(value: str) -> str:
    """A SQL string literal, for the statements (PRAGMA key, ATTACH ... KEY) that take no bound parameters."""
    return "'" + value.replace("'", "''") + "'"


KDF_ITERATIONS = 256_000  # SQLCipher 4: PBKDF2-HMAC-SHA512 of the passphrase with the file's 16-byte salt
SALT_SIZE = 16


class Key:
    """The key of one encrypted data file, derived once from its passphrase; ``wipe`` zeroes it.

    The raw key (x'<key><salt>' in hex, SQLCipher's form that skips the derivation)
    is kept in a bytearray; the strings that the SQL statements need are made only
    for the moment of a statement. Python cannot wipe those, nor the text a user typed.
    """

    __slots__ = ("_raw",)

    def __init__(self, raw: bytearray) -> None:
        self._raw = raw

    @classmethod
    def derive(cls, path: Path, passphrase: str) -> Key:
        """The key for ``path``; a new file gets a fresh random salt, which SQLCipher writes into its header."""
        salt = file_header(path) if is_encrypted(path) else os.urandom(SALT_SIZE)
        return cls.derive_with_salt(salt, passphrase)

    @classmethod
    def derive_with_salt(cls, salt: bytes, passphrase: str) -> Key:
        secret = bytearray(passphrase.encode())
        try:
            derived = bytearray(hashlib.pbkdf2_hmac("sha512", secret, salt, KDF_ITERATIONS, 32))
        finally:
            secret[:] = bytes(len(secret))
        raw = bytearray(b"x'") + binascii.hexlify(derived) + binascii.hexlify(salt) + b"'"
        derived[:] = bytes(len(derived))
        return cls(raw)

    @property
    def salt(self) -> bytes:
        return binascii.unhexlify(bytes(self._raw[-33:-1]))

    def text(self) -> str:
        return self._raw.decode()

    def same_as(self, other: Key) -> bool:
        return hmac.compare_digest(bytes(self._raw), bytes(other._raw))

    def copy(self) -> Key:
        return Key(bytearray(self._raw))

    def wipe(self) -> None:
        self._raw[:] = bytes(len(self._raw))
        self._raw = bytearray()

    def __repr__(self) -> str:
        return "Key(...)"


def _key_text(secret: str | Key) -> str:
    return secret.text() if isinstance(secret, Key) else secret


def connect_file(path: Path, passphrase: str | Key | None, read_only: bool = False):
    """A raw SQLCipher connection; ``passphrase`` None opens a plain SQLite file."""
    target = Path(path).absolute().as_uri() + ("?mode=ro" if read_only else "")  # percent-encoded: "#" or "?" in a folder name stay literal
    connection = sqlcipher.connect(target, uri=True, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not as log lines on stderr
    if passphrase is not None:
        connection.execute(f"PRAGMA key = {sql_string(_key_text(passphrase))}")
    return connection


def fsync_file(path: Path) -> None:
    with open(path, "rb") as file:
        os.fsync(file.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX: sync the directory; Windows has no such call)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    return "disk is full" in str(error).lower() or "disk i/o error" in str(error).lower()


def write_error(error: BaseException, path: Path) -> DataFileError:
    """One clear line for an OSError or SQLite error met while writing ``path``."""
    if is_disk_full(error):
        return DataFileError(MSG_DISK_FULL, path=path)
    reason = error.strerror if isinstance(error, OSError) and error.strerror else error
    return DataFileError(MSG_CANNOT_WRITE, path=path, reason=reason)


def replace_overwriting(new: Path, old: Path) -> None:
    """Move ``new`` into ``old``'s place and overwrite the bytes ``old`` had.

    For an unencrypted file replaced by its encrypted copy: removing it would leave
    the students' data readable in the disk's free space. On an SSD the drive may still
    keep old copies of blocks, so this narrows the risk; full-disk encryption removes it.
    """
    if os.name == "nt":  # Windows cannot replace an open file; a crash in between is met by the backup made before
        with open(old, "r+b") as plain:
            _overwrite(plain)
        os.replace(new, old)
        return
    with open(old, "r+b") as plain:  # the open handle keeps the old bytes reachable after the replace
        os.replace(new, old)  # first, so that a crash never leaves the data without a readable file
        fsync_folder(old.parent)
        _overwrite(plain)


def _overwrite(file) -> None:
    size, zeros = os.fstat(file.fileno()).st_size, bytes(1 << 20)
    file.seek(0)
    for start in range(0, size, len(zeros)):
        file.write(zeros[: size - start])
    file.flush()
    os.fsync(file.fileno())


def copy_data_file(source: Path, source_passphrase: str | Key | None, target: Path, target_passphrase: str | Key | None) -> Path:
    """A consistent copy of a data file (also while it is in use), encrypted with ``target_passphrase``.

    The copy is written under a temporary name, synced to disk and moved into place,
    so a failed copy never leaves half a file under the target's name.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    connection = connect_file(source, source_passphrase)
    try:
        connection.execute(f"ATTACH DATABASE {sql_string(str(partial))} AS copy KEY {sql_string(_key_text(target_passphrase or ''))}")
        connection.execute("SELECT sqlcipher_export('copy')")  # one statement, so one read snapshot
        connection.execute("DETACH DATABASE copy")
        crash_point("copy-written")
        fsync_file(partial)
    except BaseException:
        connection.close()
        partial.unlink(missing_ok=True)
        raise
    connection.close()
    os.replace(partial, target)
    fsync_folder(target.parent)
    return target


def verify_passphrase(path: Path, passphrase: str | Key) -> None:
    """Raise WrongPassphrase unless ``passphrase`` opens the encrypted file ``path``."""
    if not Path(path).is_file():
        raise WrongPassphrase(MSG_WRONG_PASSPHRASE, path=path)
    connection = connect_file(path, passphrase, read_only=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        raise WrongPassphrase(MSG_WRONG_PASSPHRASE, path=path) from None
    finally:
        connection.close()


def opens_with(path: Path, passphrase: str | Key) -> bool:
    try:
        verify_passphrase(path, passphrase)
    except WrongPassphrase:
        return False
    return True


def known_revisions() -> list[str]:
    """Revisions this version of the app knows, oldest first (files are named NNNN_*.py)."""
    names = sorted(p.name for p in (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return [name.split("_", 1)[0] for name in names]


def head_revision() -> str:
    return known_revisions()[-1]


def _on_connect(dbapi_connection: sqlcipher.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")  # (ignored by plain SQLite)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: the log is synced at every commit, so what the app reported as saved survives a power cut
    # or an OS crash too (NORMAL only survives a killed app). See benchmarks/bench_durability.py.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA secure_delete=ON")  # erased personal data is overwritten, not left in free pages
    # Decrypted pages kept in memory (up to 32 MB; SQLite's default is 2 MB): a list of 100,000 contacts sorted or
    # searched again reads them from here instead of decrypting them again. Sorts and temporary tables in memory
    # too: nothing of them reaches the disk.
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


class _Locked(Exception):
    pass


def make_engine(path: Path, key: Key | str | None = None, *, locked: bool = False) -> Engine:
    """An engine on the data file, encrypted with ``key`` (None: a plain file, as older versions made).

    Connections are made by our own function, so the key stays in the Key's bytearray
    instead of in the engine's URL; a locked engine makes no connection at all.
    """
    path = Path(path)

    def connect():
        if locked:
            raise sqlcipher.OperationalError("the data is locked: give the passphrase")
        return connect_file(path, key)

    # Connections are pooled and may serve a background thread of the desktop app after the UI thread.
    engine = create_engine(URL.create("sqlite", database=str(path)), module=sqlcipher, creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """The open data file of one data folder."""

    def __init__(self, data_dir: Path, key: Key | None) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DATA_FILE_NAME
        self._key = key
        self._encrypted = key is not None
        self._locked = False
        self.locks = 0  # how often it was locked: work that ran across a lock fails for that reason only
        self.engine = make_engine(self.path, self._key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def encrypted(self) -> bool:
        return self._encrypted

    @property
    def key(self) -> Key | None:
        """The key in use (None while locked): opens the data file and the backups made under the same passphrase."""
        return self._key

    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Close every connection and wipe the key, until ``unlock`` is given the passphrase again."""
        self.engine.dispose()
        self._bind(make_engine(self.path, None, locked=True))
        if self._key is not None:
            self._key.wipe()
        self._key = None
        self._locked = True
        self.locks += 1

    def unlock(self, passphrase: str) -> None:
        key = Key.derive(self.path, passphrase)
        verify_passphrase(self.path, key)
        self.engine.dispose()
        self._bind(make_engine(self.path, key))
        self._key = key
        self._locked = False

    def passphrase_matches(self, passphrase: str) -> bool:
        if self._key is None:
            return False
        candidate = Key.derive_with_salt(self._key.salt, passphrase)
        try:
            return candidate.same_as(self._key)
        finally:
            candidate.wipe()

    def change_passphrase(self, current: str, new: str, actor_id: str | None = None) -> None:
        """Re-encrypt the data file with a new passphrase, in two phases that a crash cannot mix up.

        1. A marker says a change is under way; a re-keyed copy is written beside the
           data file, synced, opened with the new passphrase and checked (the audit
           entry goes into it). Until here the data file is untouched: old passphrase.
        2. The marker says "swapping"; the copy is renamed over the data file (one
           atomic step): new passphrase. The marker is removed by ``finish_passphrase_change``
           once a backup under the new passphrase exists.
        An interruption leaves the marker, and opening says which passphrase works.
        """
        if not self.passphrase_matches(current):
            raise WrongPassphrase(QT_TRANSLATE_NOOP("Errors", "The current passphrase is not right. Nothing was changed."))
        assert self._key is not None
        new_key = Key.derive_with_salt(self._key.salt, new)  # the file's salt stays
        rekeyed = self.path.with_name(self.path.name + REKEYED_SUFFIX)
        marker = self.data_dir / CHANGE_MARKER
        try:
            self.checkpoint()  # everything into the data file: the log is left empty
            _write_marker(marker, "copying")
            crash_point("passphrase-marker")
            copy_data_file(self.path, self._key, rekeyed, new_key)
            crash_point("passphrase-copied")
            _record_in(rekeyed, new_key, "passphrase", actor_id)
            fsync_file(rekeyed)
            verify_passphrase(rekeyed, new_key)
            _check_integrity(rekeyed, new_key)
            crash_point("passphrase-verified")
            _write_marker(marker, "swapping")
            crash_point("passphrase-swapping")
        except BaseException as error:
            rekeyed.unlink(missing_ok=True)
            marker.unlink(missing_ok=True)
            new_key.wipe()
            if isinstance(error, (OSError, sqlcipher.Error)):
                raise write_error(error, self.data_dir) from None
            raise
        self.engine.dispose()  # pooled connections hold the old key
        try:
            _remove_log_files(self.path)  # checkpointed and closed: they hold nothing, and belong to the old file
            crash_point("passphrase-logs-removed")
            os.replace(rekeyed, self.path)
        except OSError as error:  # the data file is still the old one: back to it
            rekeyed.unlink(missing_ok=True)
            marker.unlink(missing_ok=True)
            new_key.wipe()
            self._bind(make_engine(self.path, self._key))
            raise write_error(error, self.data_dir) from None
        fsync_folder(self.data_dir)
        crash_point("passphrase-renamed")
        self._key.wipe()
        self._key = new_key
        self._bind(make_engine(self.path, new_key))

    def _bind(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions.configure(bind=engine)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as a whole, or not at all."""
        with self._sessions.begin() as session:
            yield session

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the data file, also while it is in use, encrypted like the data file."""
        return copy_data_file(self.path, self._key, target, self._key)

    def checkpoint(self) -> None:
        """Move everything from the write-ahead log into the data file and empty the log."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


def _write_marker(marker: Path, state: str) -> None:
    partial = marker.with_name(marker.name + ".partial")
    with open(partial, "w", encoding="utf-8") as file:
        json.dump({"state": state}, file)
        file.flush()
        os.fsync(file.fileno())
    os.replace(partial, marker)
    fsync_folder(marker.parent)


def _read_marker(marker: Path) -> str | None:
    try:
        return str(json.loads(marker.read_text(encoding="utf-8")).get("state"))
    except (OSError, ValueError, AttributeError):
        return None


def _remove_log_files(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _record_in(path: Path, key: Key | str | None, action: str, actor_id: str | None) -> None:
    """An entry in the audit trail of the file ``path`` (no personal data: the action and when)."""
    from coachdesk.domain import models as m

    connection = connect_file(path, key)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if m.AuditEntry.__tablename__ in tables:
            connection.execute("INSERT INTO audit_entries (id, at, actor_id, action, kind, record_id, fields) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               (m.new_id(), str(m.utcnow()), actor_id, action, "data_file", "", "[]"))  # as the session hook writes it
            connection.commit()
    finally:
        connection.close()


def _check_integrity(path: Path, key: Key | str | None, *, quick: bool = True) -> None:
    """Raise DamagedDataFile unless the whole file reads back (every page's authentication code, the b-trees)."""
    connection = connect_file(path, key, read_only=True)
    try:
        result = connection.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchone()[0]
    except sqlcipher.DatabaseError:
        result = "unreadable"
    finally:
        connection.close()
    if result != "ok":
        raise _damaged(Path(path))


def finish_passphrase_change(data_dir: Path) -> None:
    """Forget the marker of a passphrase change (once the new passphrase opened the data, and a backup under it exists)."""
    (Path(data_dir) / CHANGE_MARKER).unlink(missing_ok=True)
    Path(data_dir, DATA_FILE_NAME + REKEYED_SUFFIX).unlink(missing_ok=True)


def pending_passphrase_change(data_dir: Path) -> str | None:
    """None, or which passphrase opens the data after an interrupted change: "old" or "new"."""
    data_dir = Path(data_dir)
    marker = data_dir / CHANGE_MARKER
    if not marker.exists():
        return None
    if _read_marker(marker) == "swapping" and not Path(data_dir, DATA_FILE_NAME + REKEYED_SUFFIX).exists():
        return "new"
    return "old"


def _ensure_writable_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFileError(
            QT_TRANSLATE_NOOP("Errors", "The data folder {path} cannot be created ({reason}). Choose another folder with --data-dir."),
            path=data_dir, reason=exc.strerror or exc,
        ) from None
    if not data_dir.is_dir() or not os.access(data_dir, os.W_OK | os.X_OK):
        raise DataFileError(
            QT_TRANSLATE_NOOP("Errors", "The data folder {path} is not writable. Choose a folder you may write to with --data-dir."),
            path=data_dir,
        )


def _stored_revision(engine: Engine) -> str | None:
    """The schema revision of the file, None for an empty file. Raises DataFileError for a foreign or damaged file."""
    with engine.connect() as connection:
        tables = {row[0] for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DataFileError(
                QT_TRANSLATE_NOOP("Errors", "The file {path} is not a CoachDesk data file. Move it away or choose another data folder."),
                path=engine.url.database,
            )
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the file to ``revision`` in ONE transaction, DDL included: a crash or error leaves it as it was.

    Python's sqlite driver does not open a transaction before CREATE/ALTER/DROP, so the
    transaction is begun explicitly; Alembic is told DDL is transactional, and runs
    inside it without committing in between.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.connect() as connection:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            crash_point("migration-before-commit")
            connection.commit()
        except BaseException:
            connection.rollback()
            raise


def backup_path(data_dir: Path, label: str) -> Path:
    """A new name in the backups folder: coachdesk-<label>-<YYYYmmdd-HHMMSS>[-n].sqlite, never an existing one."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    folder = Path(data_dir) / BACKUP_DIR_NAME
    target = folder / f"coachdesk-{label}-{stamp}.sqlite"
    number = 2
    while target.exists():
        target = folder / f"coachdesk-{label}-{stamp}-{number}.sqlite"
        number += 1
    return target


def _encrypt_older_folder(data_dir: Path, key: Key) -> None:
    """Encrypt an unencrypted data file from an older version, and every unencrypted backup beside it.

    The data file is first copied, encrypted, into the backups; each file is encrypted
    under a temporary name and then moved into place, so a crash leaves either the old
    or the new file, never a mix.
    """
    path = data_dir / DATA_FILE_NAME
    plain = connect_file(path, None)
    try:  # fold the write-ahead log into the file, so the file can be replaced on its own
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        plain.close()
    encrypted = copy_data_file(path, None, path.with_name(path.name + ".encrypted"), key)
    crash_point("encryption-copied")
    before = backup_path(data_dir, "before-encryption")
    before.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(encrypted, before)
    fsync_file(before)
    crash_point("encryption-backed-up")
    _remove_log_files(path)
    replace_overwriting(encrypted, path)
    crash_point("encryption-replaced")
    encrypt_plain_backups(data_dir, key)


def encrypt_plain_backups(data_dir: Path, key: Key) -> list[Path]:
    """Encrypt every unencrypted backup in the folder (run at every opening, so an interrupted upgrade is finished).

    A plain backup that cannot be read is overwritten and deleted: it cannot be
    restored anyway, and it must not stay readable on disk. Returns those deleted.
    """
    removed = []
    for backup in sorted((data_dir / BACKUP_DIR_NAME).glob("*.sqlite")):
        if is_encrypted(backup) or not backup.stat().st_size:
            continue
        made = backup.stat()
        encrypted = backup.with_name(backup.name + ".encrypted")
        try:
            copy_data_file(backup, None, encrypted, key)
            _check_integrity(encrypted, key)
        except (sqlcipher.DatabaseError, DamagedDataFile):
            encrypted.unlink(missing_ok=True)
            with open(backup, "r+b") as plain:
                _overwrite(plain)
            backup.unlink()
            removed.append(backup)
            continue
        replace_overwriting(encrypted, backup)
        os.utime(backup, (made.st_atime, made.st_mtime))  # the newest backup is found by its time
        crash_point("encryption-backup-done")
    for leftover in (data_dir / BACKUP_DIR_NAME).glob("*.sqlite.encrypted"):
        leftover.unlink(missing_ok=True)  # an encrypted copy whose move was interrupted: made again above
    return removed


def _backups_in(data_dir: Path) -> list[Path]:
    folder = Path(data_dir) / BACKUP_DIR_NAME
    return [p for p in folder.glob("*.sqlite") if p.is_file() and p.stat().st_size] if folder.is_dir() else []


def _clean_leftovers(data_dir: Path) -> None:
    """Temporary files of an interrupted creation or restore: the data file beside them is the right one."""
    path = data_dir / DATA_FILE_NAME
    for suffix in (CREATING_SUFFIX, RESTORING_SUFFIX, ".encrypted", ".partial"):
        for name in (suffix, suffix + "-wal", suffix + "-shm", suffix + "-journal", suffix + ".partial"):
            Path(str(path) + name).unlink(missing_ok=True)
    for name in (REKEYED_SUFFIX + ".partial",):
        Path(str(path) + name).unlink(missing_ok=True)


def _create(data_dir: Path, passphrase: str | Key) -> Key:
    """A new data file at the head revision, built aside and renamed into place: a crash leaves no data file at all."""
    path = data_dir / DATA_FILE_NAME
    building = path.with_name(path.name + CREATING_SUFFIX)
    key = _key_of(building, passphrase)
    try:
        engine = make_engine(building, key)
        try:
            migrate(engine)
            crash_point("create-migrated")
            with engine.begin() as connection:
                connection.execute(text("INSERT INTO settings (key, value, updated_at) VALUES (:key, :value, :at)"),
                                   {"key": FOLDER_ID_KEY, "value": json.dumps(secrets.token_hex(16)), "at": clock.now().replace(tzinfo=None)})
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        _remove_log_files(building)
        fsync_file(building)
        crash_point("create-written")
    except BaseException as error:
        for suffix in ("", "-wal", "-shm"):
            Path(str(building) + suffix).unlink(missing_ok=True)
        if isinstance(error, (OSError, sqlcipher.Error, OperationalError)):
            raise write_error(getattr(error, "orig", None) or error, data_dir) from None
        raise
    os.replace(building, path)
    fsync_folder(data_dir)
    crash_point("create-renamed")
    return key


def folder_id(engine_or_connection) -> str | None:
    with engine_or_connection.connect() as connection:
        value = connection.execute(text("SELECT value FROM settings WHERE key = :key"), {"key": FOLDER_ID_KEY}).scalar()
    return json.loads(value) if isinstance(value, str) else value


def _ensure_folder_id(database: Database) -> None:
    """An older folder gets its random id at the first opening by this version."""
    if folder_id(database.engine) is None:
        with database.engine.begin() as connection:
            connection.execute(text("INSERT INTO settings (key, value, updated_at) VALUES (:key, :value, :at)"),
                               {"key": FOLDER_ID_KEY, "value": json.dumps(secrets.token_hex(16)), "at": clock.now().replace(tzinfo=None)})


def _key_of(path: Path, passphrase: str | Key) -> Key:
    return passphrase.copy() if isinstance(passphrase, Key) else Key.derive(path, passphrase)


def open_database(data_dir: Path, passphrase: str | Key) -> Database:
    """Open (or create) the encrypted data file in ``data_dir``, migrating an older one after a backup.

    A wrong passphrase, a foreign file, a damaged file and a file written by a newer
    version of the app are refused, and the file is left untouched. A missing or
    empty data file beside backups is not replaced by a new one: DamagedDataFile.
    """
    data_dir = Path(data_dir)
    _ensure_writable_folder(data_dir)
    path = data_dir / DATA_FILE_NAME
    try:
        _clean_leftovers(data_dir)
    except OSError:
        pass
    if not path.exists() or not path.stat().st_size:
        if _backups_in(data_dir):
            raise DamagedDataFile(MSG_MISSING_BESIDE_BACKUPS, path=path, backups=data_dir / BACKUP_DIR_NAME)
        _remove_log_files(path)
        path.unlink(missing_ok=True)
        key = _create(data_dir, passphrase)
        return Database(data_dir, key)
    key = _key_of(path, passphrase)  # derived once: the conversion below, the engine and backups all use it
    if not is_encrypted(path):
        key = _encrypt_plain_file(data_dir, path, passphrase, key)
    database = Database(data_dir, key)
    revision = _checked_revision(database.engine, passphrase, encrypted=True)
    if path.stat().st_size <= CHECK_AT_OPENING_MAX_BYTES:
        try:
            _check_integrity(path, key)
        except DamagedDataFile:
            database.close()
            raise
    try:
        encrypt_plain_backups(data_dir, key)  # finishes an interrupted upgrade of an older folder
    except (OSError, sqlcipher.Error):
        pass  # tried again at the next opening
    if revision is None:  # an empty file left by an older version: filled in one transaction
        migrate(database.engine)
    elif revision != head_revision():
        _migrate_after_backup(database, path, revision)
    _ensure_folder_id(database)
    if pending_passphrase_change(data_dir) is not None:
        _finish_interrupted_change(database)
    return database


def _encrypt_plain_file(data_dir: Path, path: Path, passphrase: str | Key, key: Key) -> Key:
    """Encrypt the data file (and backups) of an older, unencrypted folder; returns the key of the encrypted file."""
    _checked_revision(make_engine(path), passphrase, encrypted=False)  # refuses a foreign or newer file before it is touched
    try:
        _encrypt_older_folder(data_dir, key)
    except sqlcipher.DatabaseError as error:
        if is_disk_full(error):
            raise write_error(error, data_dir) from None
        raise _unreadable(path, error) from None
    except OSError as error:
        raise write_error(error, data_dir) from None
    return _key_of(path, passphrase)


def _migrate_after_backup(database: Database, path: Path, revision: str) -> None:
    """Back the file up, then migrate it; a failed migration is rolled back and the backup offered."""
    data_dir = database.data_dir
    before = backup_path(data_dir, f"before-migration-{revision}")
    try:
        database.backup_to(before)
    except (OSError, sqlcipher.Error) as error:
        database.close()
        raise write_error(error, data_dir) from None
    crash_point("migration-backed-up")
    try:
        migrate(database.engine)
    except Exception as error:  # noqa: BLE001 - any failure of a migration: rolled back, and a restore offered
        database.close()
        raise DamagedDataFile(MSG_MIGRATION_FAILED, path=path, reason=_short(error), backup=before) from None


def _finish_interrupted_change(database: Database) -> None:
    """The passphrase given opens the data after an interrupted change: make sure a backup under it exists."""
    if pending_passphrase_change(database.data_dir) == "new":
        database.backup_to(backup_path(database.data_dir, "new-passphrase"))
    finish_passphrase_change(database.data_dir)


def _short(error: BaseException) -> str:
    orig = getattr(error, "orig", None)
    return str(orig or error).splitlines()[0][:200]


def _checked_revision(engine: Engine, passphrase: str | Key, *, encrypted: bool) -> str | None:
    """The file's schema revision, if this version of the app can open it; the engine is disposed of otherwise."""
    path = Path(engine.url.database or "")
    try:
        revision = _stored_revision(engine)
        if revision is not None and revision not in known_revisions():
            raise DataFileError(
                QT_TRANSLATE_NOOP("Errors", "The data file {path} was made by a newer version of CoachDesk. Install the newest version; the file was not changed."),
                path=path,
            )
        if not encrypted:
            engine.dispose()  # a plain file is only looked at, before it is encrypted
        return revision
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        pending = pending_passphrase_change(path.parent)
        if pending is not None and is_encrypted(path):
            raise WrongPassphrase(MSG_CHANGE_FINISHED if pending == "new" else MSG_CHANGE_NOT_FINISHED, path=path) from None
        if is_encrypted(path) and "not a database" in str(exc) and not _opens_a_backup(path.parent, passphrase):
            raise WrongPassphrase(MSG_WRONG_PASSPHRASE, path=path) from None
        raise _unreadable(path, exc) from None
    except DataFileError:
        engine.dispose()
        raise


def _opens_a_backup(data_dir: Path, passphrase: str | Key) -> bool:
    """Whether the passphrase opens the newest backup: then it is right, and an unreadable data file is damaged.

    Only the newest: an older backup may be from before a change of passphrase, and
    the old passphrase must not make a sound file look damaged.
    """
    backups = _backups_in(data_dir)
    if not backups:
        return False
    return opens_with(max(backups, key=lambda p: p.stat().st_mtime), passphrase)


def _damaged(path: Path) -> DamagedDataFile:
    return DamagedDataFile(
        QT_TRANSLATE_NOOP("Errors", "The data file {path} is damaged or not a data file. Restore a backup from {backups}."),
        path=path, backups=path.parent / BACKUP_DIR_NAME,
    )


def _unreadable(path: Path, error: Exception) -> DataFileError:
    if "locked" in str(error).lower():
        return DataFileError(
            QT_TRANSLATE_NOOP("Errors", "The data file {path} is locked by another program. Close it and try again."),
            path=path,
        )
    return _damaged(path)


def holds_data(database: Database) -> bool:
    with database.engine.connect() as connection:
        return bool(connection.execute(text("SELECT EXISTS (SELECT 1 FROM students) OR EXISTS (SELECT 1 FROM employers)")).scalar())
