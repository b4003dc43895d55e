"""Opening the data file: checks, backup before migration, and the session factory.

Alembic is imported only when a migration is actually needed, because it costs
start-up time on every launch otherwise.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

import coachdesk.audit  # noqa: F401 - registers the audit trail's session hook
from coachdesk.errors import DataFileError
from coachdesk.i18n import QT_TRANSLATE_NOOP
from coachdesk.paths import BACKUP_DIR_NAME, DATA_FILE_NAME, migrations_dir


class DamagedDataFile(DataFileError):
    """The data file cannot be read: the desktop app offers the latest backup."""


def known_revisions() -> list[str]:
    """Revisions this version of the app knows, oldest first (files are named NNNN_*.py)."""
    names = sorted(p.name for p in (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return [name.split("_", 1)[0] for name in names]


def head_revision() -> str:
    return known_revisions()[-1]


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses at most the last commit
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA secure_delete=ON")  # erased personal data is overwritten, not left in free pages
    cursor.close()


def make_engine(path: Path) -> Engine:
    # Connections are pooled and may serve a background thread of the desktop app after the UI thread.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """The open data file of one data folder."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DATA_FILE_NAME
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as a whole, or not at all."""
        with self._sessions.begin() as session:
            yield session

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the data file, also while it is in use (SQLite's backup API)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        source = self.engine.raw_connection()
        try:
            with sqlite3.connect(target) as destination:
                source.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            source.close()
        return target

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
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return data_dir / BACKUP_DIR_NAME / f"coachdesk-{label}-{stamp}.sqlite"


def open_database(data_dir: Path) -> Database:
    """Open (or create) the data file in ``data_dir``, migrating an older one after a backup.

    A file written by a newer version of the app is refused and left untouched.
    """
    data_dir = Path(data_dir)
    _ensure_writable_folder(data_dir)
    path = data_dir / DATA_FILE_NAME
    engine = make_engine(path)
    try:
        revision = _stored_revision(engine)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        if "locked" in str(exc).lower():
            raise DataFileError(
                QT_TRANSLATE_NOOP("Errors", "The data file {path} is locked by another program. Close it and try again."),
                path=path,
            ) from None
        raise DamagedDataFile(
            QT_TRANSLATE_NOOP("Errors", "The data file {path} is damaged or not a data file. Restore a backup from {backups}."),
            path=path, backups=data_dir / BACKUP_DIR_NAME,
        ) from None
    except DataFileError:
        engine.dispose()
        raise

    known = known_revisions()
    database = Database(data_dir, engine)
    if revision is None:
        migrate(engine)
    elif revision not in known:
        engine.dispose()
        raise DataFileError(
            QT_TRANSLATE_NOOP("Errors", "The data file {path} was made by a newer version of CoachDesk. Install the newest version; the file was not changed."),
            path=path,
        )
    elif revision != known[-1]:
        database.backup_to(backup_path(data_dir, f"before-migration-{revision}"))
        migrate(engine)
    return database


def holds_data(database: Database) -> bool:
    with database.engine.connect() as connection:
        return bool(connection.execute(text("SELECT EXISTS (SELECT 1 FROM students) OR EXISTS (SELECT 1 FROM employers)")).scalar())
