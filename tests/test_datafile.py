"""The data file: creation, migration after a backup, refusal of newer or damaged files, demo data."""
from __future__ import annotations

import os
import sqlite3
from datetime import date

import pytest
from sqlalchemy import func, inspect, select, text

from coachdesk.domain import models as m
from coachdesk.domain.errors import DataFileError
from coachdesk.services.demo import fill_demo
from coachdesk.services.workspace import open_workspace
from coachdesk.storage.database import connect_file, head_revision, known_revisions, make_engine, migrate, open_database
from coachdesk.storage.paths import DATA_FILE_NAME
from tests.factories import PASSPHRASE


def test_a_new_folder_gets_the_latest_schema_and_the_default_catalogue(tmp_path):
    database = open_workspace(tmp_path / "new" / "folder", PASSPHRASE)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert set(m.Base.metadata.tables) <= set(inspect(database.engine).get_table_names())
    with database.session() as session:
        names = set(session.scalars(select(m.FinancialScheme.name)))
        assert "Subsidieregeling praktijkleren" in names
        assert session.scalar(select(func.count()).select_from(m.HelpEntry)) > 5
    database.close()
    again = open_workspace(tmp_path / "new" / "folder", PASSPHRASE)
    with again.session() as session:
        assert session.scalar(select(func.count()).select_from(m.FinancialScheme)) == len(names), "installed once only"


def test_the_migrations_build_exactly_the_models():
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    migrate(engine)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), m.Base.metadata) == []


def test_an_older_file_is_backed_up_and_migrated_keeping_its_data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    engine = make_engine(folder / DATA_FILE_NAME)
    migrate(engine, known_revisions()[0])
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO schools (id, name, created_at, updated_at) VALUES ('s1', 'Oude School', '2025-01-01', '2025-01-01')"))
    engine.dispose()

    database = open_workspace(folder, PASSPHRASE)
    with database.session() as session:
        assert session.get(m.School, "s1").name == "Oude School"
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    backups = list((folder / "backups").glob("coachdesk-before-migration-*.sqlite"))
    assert len(backups) == 1
    backup = connect_file(backups[0], PASSPHRASE)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == known_revisions()[0]
    assert backup.execute("SELECT name FROM schools").fetchall() == [("Oude School",)]
    backup.close()


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    folder = tmp_path / "data"
    open_workspace(folder, PASSPHRASE).close()
    path = folder / DATA_FILE_NAME
    connection = connect_file(path, PASSPHRASE)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DataFileError, match="newer version"):
        open_database(folder, PASSPHRASE)
    assert path.read_bytes() == before
    assert not (folder / "backups").exists()


def test_a_damaged_file_is_reported_not_crashed_on(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DATA_FILE_NAME).write_bytes(os.urandom(8192))
    with pytest.raises(DataFileError, match="damaged"):
        open_database(folder, PASSPHRASE)


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    with sqlite3.connect(folder / DATA_FILE_NAME) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DataFileError, match="not a CoachDesk data file"):
        open_database(folder, PASSPHRASE)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_that_is_not_writable(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(DataFileError, match="not writable"):
        open_database(folder, PASSPHRASE)


def test_a_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DataFileError, match="cannot be created"):
        open_database(blocker / "data", PASSPHRASE)


def test_demo_data_has_the_promised_shape(tmp_path):
    database = open_workspace(tmp_path / "demo", PASSPHRASE)
    today = date.today()
    with database.transaction() as session:
        fill_demo(session, "small", today=today)
    with database.session() as session:
        def count(model, *where):
            return session.scalar(select(func.count()).select_from(model).where(*where))

        assert count(m.Student) >= 300 and count(m.Employer) >= 100 and count(m.School) == 2
        assert count(m.Coach) >= 20
        assert {role for (role,) in session.execute(select(m.Coach.role).distinct())} == set(m.CoachRole)
        assert count(m.JpoPairing) > 0
        assert {status for (status,) in session.execute(select(m.Placement.status).distinct())} == set(m.PlacementStatus)
        assert count(m.Visit) > 300 and count(m.RiskAssessment) > 50
        assert count(m.MatchingEvent, m.MatchingEvent.starts_at > today) >= 20
        assert {t for (t,) in session.execute(select(m.Student.school_type).distinct())} == set(m.SchoolType)
        names = " ".join(session.scalars(select(m.Student.first_name)))
        assert any(ch in names for ch in "ëŁş"), "names with diacritics exercise fonts and search"
