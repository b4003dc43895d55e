"""Opening the data file: encryption, checks, backup before migration, and the session factory.

The data file is encrypted with SQLCipher. Its key is derived from the user's
passphrase once per opening (about 0.1 s), as SQLCipher itself would derive it,
and handed to every connection as a raw key, so a second connection (a
background thread, a backup) does not pay for the derivation again.
An unencrypted file from an older version is encrypted when it is first opened
with a passphrase, after an encrypted backup. Alembic is imported only when a
migration is actually needed, because it costs start-up time on every launch.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
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
from coachdesk.storage.fileformat import file_header, is_encrypted
from coachdesk.storage.paths import BACKUP_DIR_NAME, DATA_FILE_NAME, migrations_dir

MSG_WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors", "This passphrase does not open {path}. Check it (capitals count) and try again. "
    "If you are sure it is right, the file is damaged: restore a backup. Nothing was changed.")


def sql_string(value: str) -> str:
    """A SQL string literal, for the statements (PRAGMA key, ATTACH ... KEY) that take no bound parameters."""
    return "'" + value.replace("'", "''") + "'"


KDF_ITERATIONS = 256_000  # SQLCipher 4: PBKDF2-HMAC-SHA512 of the passphrase with the file's 16-byte salt
SALT_SIZE = 16


@dataclass(frozen=True)
class Key:
    """The key of one encrypted data file, derived once from its passphrase."""

    passphrase: str = field(repr=False)
    raw: str = field(repr=False)  # x'<key><salt>' in hex: SQLCipher's raw-key form, which skips the derivation

    @classmethod
    def derive(cls, path: Path, passphrase: str) -> Key:
        """The key for ``path``; a new file gets a fresh random salt, which SQLCipher writes into its header."""
        salt = file_header(path) if is_encrypted(path) else os.urandom(SALT_SIZE)
        derived = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ITERATIONS, 32)
        return cls(passphrase, f"x'{derived.hex()}{salt.hex()}'")


def _key_text(secret: str | Key) -> str:
    return secret.raw if isinstance(secret, Key) else secret


def connect_file(path: Path, passphrase: str | Key | None, read_only: bool = False):
    """A raw SQLCipher connection; ``passphrase`` None opens a plain SQLite file."""
    target = Path(path).absolute().as_uri() + ("?mode=ro" if read_only else "")  # percent-encoded: "#" or "?" in a folder name stay literal
    connection = sqlcipher.connect(target, uri=True, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not as log lines on stderr
    if passphrase is not None:
        connection.execute(f"PRAGMA key = {sql_string(_key_text(passphrase))}")
    return connection


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

    The copy is written under a temporary name and moved into place, so a failed
    copy never leaves half a file under the target's name.
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
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        connection.close()
    os.replace(partial, target)
    return target


def verify_passphrase(path: Path, passphrase: str | Key) -> None:
    """Raise WrongPassphrase unless ``passphrase`` opens the encrypted file ``path``."""
    connection = connect_file(path, passphrase, read_only=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        raise WrongPassphrase(MSG_WRONG_PASSPHRASE, path=path) from None
    finally:
        connection.close()


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
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses at most the last commit
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA secure_delete=ON")  # erased personal data is overwritten, not left in free pages
    cursor.close()


def make_engine(path: Path, key: Key | str | None = None) -> Engine:
    """An engine on the data file, encrypted with ``key`` (None: a plain file, as older versions made)."""
    if key is None:
        url = URL.create("sqlite", database=str(path))
    else:
        url = URL.create("sqlite+pysqlcipher", password=_key_text(key), database=str(path))
    # Connections are pooled and may serve a background thread of the desktop app after the UI thread.
    engine = create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """The open data file of one data folder."""

    def __init__(self, data_dir: Path, key: Key | None) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DATA_FILE_NAME
        self._key = key
        self._locked = False
        self.engine = make_engine(self.path, self._key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def passphrase(self) -> str | None:
        return self._key.passphrase if self._key else None

    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Close every connection and forget the key, until ``unlock`` is given the passphrase again."""
        self.engine.dispose()
        self._bind(make_engine(self.path, ""))  # an empty key opens nothing
        self._key = Key("", "")
        self._locked = True

    def unlock(self, passphrase: str) -> None:
        key = Key.derive(self.path, passphrase)
        verify_passphrase(self.path, key)
        self.engine.dispose()
        self._bind(make_engine(self.path, key))
        self._key = key
        self._locked = False

    def passphrase_matches(self, passphrase: str) -> bool:
        return self._key is not None and hmac.compare_digest(passphrase.encode(), self._key.passphrase.encode())

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-encrypt the data file with a new passphrase (SQLCipher re-keys in one transaction)."""
        if not self.passphrase_matches(current):
            raise WrongPassphrase(QT_TRANSLATE_NOOP("Errors", "The current passphrase is not right. Nothing was changed."))
        new_key = Key.derive(self.path, new)  # the file's salt stays, so this is what the new passphrase will open
        self.engine.dispose()  # pooled connections hold the old key
        connection = connect_file(self.path, self._key)
        try:
            connection.execute(f"PRAGMA rekey = {sql_string(new_key.raw)}")
        finally:
            connection.close()
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
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def backup_path(data_dir: Path, label: str) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    return data_dir / BACKUP_DIR_NAME / f"coachdesk-{label}-{stamp}.sqlite"


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
    before = backup_path(data_dir, "before-encryption")
    before.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(encrypted, before)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    replace_overwriting(encrypted, path)
    for backup in (data_dir / BACKUP_DIR_NAME).glob("*.sqlite"):
        if is_encrypted(backup):
            continue
        made = backup.stat()
        try:
            encrypted = copy_data_file(backup, None, backup.with_name(backup.name + ".encrypted"), key)
        except sqlcipher.DatabaseError:
            continue  # an unreadable backup is left as it is; restoring it is refused anyway
        replace_overwriting(encrypted, backup)
        os.utime(backup, (made.st_atime, made.st_mtime))  # the newest backup is found by its time


def open_database(data_dir: Path, passphrase: str) -> Database:
    """Open (or create) the encrypted data file in ``data_dir``, migrating an older one after a backup.

    A wrong passphrase, a foreign file and a file written by a newer version of the
    app are refused, and the file is left untouched.
    """
    data_dir = Path(data_dir)
    _ensure_writable_folder(data_dir)
    path = data_dir / DATA_FILE_NAME
    key = Key.derive(path, passphrase)  # derived once: the conversion below, the engine and backups all use it
    if path.exists() and path.stat().st_size and not is_encrypted(path):
        _checked_revision(make_engine(path), passphrase)  # refuses a foreign or newer file before it is touched
        try:
            _encrypt_older_folder(data_dir, key)
        except sqlcipher.DatabaseError as error:
            raise _unreadable(path, error) from None
    database = Database(data_dir, key)
    revision = _checked_revision(database.engine, passphrase)
    if revision is None:
        migrate(database.engine)
    elif revision != known_revisions()[-1]:
        database.backup_to(backup_path(data_dir, f"before-migration-{revision}"))
        migrate(database.engine)
    return database


def _checked_revision(engine: Engine, passphrase: str) -> str | None:
    """The file's schema revision, if this version of the app can open it; the engine is disposed of otherwise."""
    path = Path(engine.url.database or "")
    try:
        revision = _stored_revision(engine)
        if revision is not None and revision not in known_revisions():
            raise DataFileError(
                QT_TRANSLATE_NOOP("Errors", "The data file {path} was made by a newer version of CoachDesk. Install the newest version; the file was not changed."),
                path=path,
            )
        if engine.url.password is None:
            engine.dispose()  # a plain file is only looked at, before it is encrypted
        return revision
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        if is_encrypted(path) and "not a database" in str(exc) and not _opens_a_backup(path.parent, passphrase):
            raise WrongPassphrase(MSG_WRONG_PASSPHRASE, path=path) from None
        raise _unreadable(path, exc) from None
    except DataFileError:
        engine.dispose()
        raise


def _opens_a_backup(data_dir: Path, passphrase: str) -> bool:
    """Whether the passphrase opens the newest backup: then it is right, and an unreadable data file is damaged.

    Only the newest: an older backup may be from before a change of passphrase, and
    the old passphrase must not make a sound file look damaged.
    """
    backups = list((data_dir / BACKUP_DIR_NAME).glob("*.sqlite"))
    if not backups:
        return False
    try:
        verify_passphrase(max(backups, key=lambda p: p.stat().st_mtime), passphrase)
    except WrongPassphrase:
        return False
    return True


def _unreadable(path: Path, error: Exception) -> DataFileError:
    if "locked" in str(error).lower():
        return DataFileError(
            QT_TRANSLATE_NOOP("Errors", "The data file {path} is locked by another program. Close it and try again."),
            path=path,
        )
    return DamagedDataFile(
        QT_TRANSLATE_NOOP("Errors", "The data file {path} is damaged or not a data file. Restore a backup from {backups}."),
        path=path, backups=path.parent / BACKUP_DIR_NAME,
    )


def holds_data(database: Database) -> bool:
    with database.engine.connect() as connection:
        return bool(connection.execute(text("SELECT EXISTS (SELECT 1 FROM students) OR EXISTS (SELECT 1 FROM employers)")).scalar())
