"""Issue 11, data layer: restore, passphrase change, creation and migration, damage, pruning, secrets.

Each test names the finding it guards. The kill tests are in test_storage_kills.py.
"""
from __future__ import annotations

import errno
import gc
import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import DamagedDataFile, DataFileError, WrongPassphrase
from coachdesk.services.workspace import open_workspace
from coachdesk.storage import database as db
from coachdesk.storage.backups import (
    change_passphrase,
    check_backup,
    daily_backup,
    make_backup,
    prune_backups,
    restore,
)
from coachdesk.storage.database import (
    CHANGE_MARKER,
    Key,
    connect_file,
    make_engine,
    migrate,
)
from coachdesk.storage.folderlock import FolderLock
from coachdesk.storage.passphrase import PassphraseRejected, check_new_passphrase
from coachdesk.storage.paths import BACKUP_DIR_NAME, DATA_FILE_NAME
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import PASSPHRASE

NEW = "Een nieuwe lange zin"


def schools_in(folder: Path, passphrase: str = PASSPHRASE) -> list[str]:
    connection = connect_file(folder / DATA_FILE_NAME, passphrase)
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM schools"))
    finally:
        connection.close()


def folder_with(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        for name in names:
            f.school(session, name)
    database.close()
    return folder


# 1. A restore with a mistyped current passphrase is refused; the data keeps opening with the real one.
def test_restore_with_a_mistyped_current_passphrase_is_refused(tmp_path):
    folder = folder_with(tmp_path, "Eerste")
    backup = tmp_path / "copy.sqlite"
    run_coachdesk("--data-dir", str(folder), "backup", "--out", str(backup), COACHDESK_PASSPHRASE=PASSPHRASE)
    result = run_coachdesk("--data-dir", str(folder), "restore", str(backup),
                           COACHDESK_PASSPHRASE="Fiets naar de stage 2062", COACHDESK_BACKUP_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 2, result.stderr
    assert "does not open" in result.stderr and "Traceback" not in result.stderr
    assert schools_in(folder) == ["Eerste"], "the real passphrase still opens the data"


def test_restore_over_a_lost_data_file_needs_a_passphrase_a_backup_opens_or_a_confirmation(tmp_path):
    folder = folder_with(tmp_path, "Eerste")
    backup = make_backup(open_workspace(folder, PASSPHRASE), tmp_path / "copy.sqlite")
    (folder / DATA_FILE_NAME).unlink()
    with pytest.raises(WrongPassphrase, match="type the passphrase twice"):
        restore(folder, backup, "Een typfout in de zin", backup_passphrase=PASSPHRASE)
    assert not (folder / DATA_FILE_NAME).exists()
    restore(folder, backup, "Een typfout in de zin", backup_passphrase=PASSPHRASE, confirmed=True)
    assert schools_in(folder, "Een typfout in de zin") == ["Eerste"]


# 2. The passphrase change is verified; an interruption says which passphrase works; a full disk changes nothing.
def test_an_interrupted_passphrase_change_says_the_old_passphrase_still_works(tmp_path):
    folder = folder_with(tmp_path, "Eerste")
    db_ = open_workspace(folder, PASSPHRASE)
    db_.close()
    db._write_marker(folder / CHANGE_MARKER, "copying")  # as a crash during the copy leaves it
    with pytest.raises(WrongPassphrase, match="still opens with the OLD passphrase") as refused:
        open_workspace(folder, NEW)
    assert not isinstance(refused.value, DamagedDataFile)
    reopened = open_workspace(folder, PASSPHRASE)
    assert not (folder / CHANGE_MARKER).exists(), "the old passphrase opened it: the marker is cleared"
    reopened.close()


def test_a_passphrase_change_interrupted_after_the_swap_says_the_new_one_works_and_finishes(tmp_path, monkeypatch):
    folder = folder_with(tmp_path, "Eerste")
    database = open_workspace(folder, PASSPHRASE)
    daily_backup(database)  # the newest backup opens with the old passphrase: must not make the file look damaged
    database.change_passphrase(PASSPHRASE, NEW)  # phase 2 done, the backup under the new passphrase not yet made
    database.close()
    assert (folder / CHANGE_MARKER).exists()
    with pytest.raises(WrongPassphrase, match="opens with the NEW passphrase") as refused:
        open_workspace(folder, PASSPHRASE)
    assert not isinstance(refused.value, DamagedDataFile)
    reopened = open_workspace(folder, NEW)
    assert not (folder / CHANGE_MARKER).exists()
    assert list((folder / BACKUP_DIR_NAME).glob("coachdesk-new-passphrase-*.sqlite")), "the missing backup was made"
    with reopened.session() as session:
        assert session.scalar(select(m.AuditEntry.action).where(m.AuditEntry.action == "passphrase")) == "passphrase"  # 12.


def test_a_full_disk_during_the_passphrase_change_keeps_the_old_passphrase(tmp_path, monkeypatch):
    folder = folder_with(tmp_path, "Eerste")
    database = open_workspace(folder, PASSPHRASE)
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(db, "fsync_file", lambda path: full(0))
    with pytest.raises(DataFileError, match="the disk is full") as error:
        change_passphrase(database, PASSPHRASE, NEW)
    assert "Traceback" not in str(error.value)
    monkeypatch.setattr(os, "fsync", real_fsync)
    with database.transaction() as session:  # the open app goes on with the old key
        f.school(session, "Daarna")
    database.close()
    assert sorted(p.name for p in folder.iterdir() if "rekeyed" in p.name or p.name == CHANGE_MARKER) == []
    assert schools_in(folder) == ["Daarna", "Eerste"]


# 3. Migration in one transaction, with a backup first; a failed migration names that backup.
def older_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "old"
    folder.mkdir()
    path = folder / DATA_FILE_NAME
    key = Key.derive(path, PASSPHRASE)
    engine = make_engine(path, key)
    migrate(engine, "0003")
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO schools (id, name, created_at, updated_at) VALUES ('s1', 'Oude school', '2020-01-01', '2020-01-01')")
    engine.dispose()
    return folder


def test_a_failing_migration_leaves_the_file_as_it_was_and_names_the_backup(tmp_path, monkeypatch):
    folder = older_folder(tmp_path)
    real = db.migrate

    def failing(engine, revision="head"):
        real(engine, revision)  # every revision runs ...
        raise RuntimeError("disk I/O error")  # ... and then the commit fails

    def failing_inside(engine, revision="head"):
        from alembic import command

        original = command.upgrade

        def upgrade_then_fail(config, rev):
            original(config, rev)
            raise RuntimeError("no space left")

        monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
        try:
            real(engine, revision)
        finally:
            monkeypatch.setattr(command, "upgrade", original)

    monkeypatch.setattr(db, "migrate", failing_inside)
    with pytest.raises(DamagedDataFile, match="before-migration-0003") as error:
        open_workspace(folder, PASSPHRASE)
    assert "left as it was" in str(error.value)
    connection = connect_file(folder / DATA_FILE_NAME, PASSPHRASE)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003", "rolled back, DDL included"
    connection.close()
    monkeypatch.setattr(db, "migrate", real)
    assert schools_in(folder) == ["Oude school"]
    open_workspace(folder, PASSPHRASE).close()  # and the next opening migrates


# 6. Damage: never silently a new empty database; bit flips, truncated and foreign backups refused clearly.
@pytest.mark.parametrize("damage", ["missing", "empty"])
def test_a_missing_or_empty_data_file_beside_backups_is_not_replaced(tmp_path, damage):
    folder = folder_with(tmp_path, "Eerste")
    daily_backup(open_workspace(folder, PASSPHRASE))
    if damage == "missing":
        (folder / DATA_FILE_NAME).unlink()
    else:
        (folder / DATA_FILE_NAME).write_bytes(b"")
    with pytest.raises(DamagedDataFile, match="missing or empty"):
        open_workspace(folder, PASSPHRASE)
    assert not (folder / DATA_FILE_NAME).exists() or not (folder / DATA_FILE_NAME).stat().st_size
    result = run_coachdesk("--data-dir", str(folder), "list", "students")
    assert result.returncode == 2 and "missing or empty" in result.stderr


def test_a_bit_flip_deep_in_the_file_is_one_clear_message_at_opening(tmp_path):
    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        for index in range(400):
            f.school(session, f"School {index} " + "x" * 150)
    database.checkpoint()
    database.close()
    path = folder / DATA_FILE_NAME
    data = bytearray(path.read_bytes())
    data[len(data) - 5000] ^= 0x10
    path.write_bytes(bytes(data))
    for name in ("-wal", "-shm"):
        Path(str(path) + name).unlink(missing_ok=True)
    with pytest.raises(DamagedDataFile, match="damaged"):
        open_workspace(folder, PASSPHRASE)
    result = run_coachdesk("--data-dir", str(folder), "list", "students")
    assert result.returncode == 2 and "damaged" in result.stderr and "Traceback" not in result.stderr


def test_a_truncated_backup_is_reported_as_damaged_not_as_a_wrong_passphrase(tmp_path):
    folder = folder_with(tmp_path, *(f"School {i}" for i in range(200)))
    backup = make_backup(open_workspace(folder, PASSPHRASE), tmp_path / "copy.sqlite")
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2 + 100])
    with pytest.raises(DataFileError, match="cut short|damaged") as error:
        check_backup(cut, PASSPHRASE)
    assert "passphrase" not in str(error.value)


def test_a_backup_of_another_data_folder_is_refused(tmp_path):
    ours = folder_with(tmp_path, "Ons")
    other = tmp_path / "other"
    other_db = open_workspace(other, PASSPHRASE)
    theirs = make_backup(other_db, tmp_path / "theirs.sqlite")
    with pytest.raises(DataFileError, match="another data folder"):
        restore(ours, theirs, PASSPHRASE)
    assert schools_in(ours) == ["Ons"]


def test_a_backup_missing_a_table_is_refused(tmp_path):
    folder = folder_with(tmp_path, "Eerste")
    backup = make_backup(open_workspace(folder, PASSPHRASE), tmp_path / "copy.sqlite")
    connection = connect_file(backup, PASSPHRASE)
    connection.execute("DROP TABLE help_entries")
    connection.commit()
    connection.close()
    with pytest.raises(DataFileError, match="tables are missing: help_entries"):
        restore(folder, backup, PASSPHRASE)
    assert schools_in(folder) == ["Eerste"]
    assert not list(folder.glob("*.restoring*"))


def test_an_older_folder_gets_a_folder_id_and_a_restore_is_audited(tmp_path):
    folder = older_folder(tmp_path)
    database = open_workspace(folder, PASSPHRASE)
    assert db.folder_id(database.engine)
    backup = make_backup(database, tmp_path / "copy.sqlite")
    database.close()
    restore(folder, backup, PASSPHRASE)
    database = open_workspace(folder, PASSPHRASE)
    with database.session() as session:
        entry = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "restore")).one()  # 12.
        assert entry.fields == [] and entry.record_id == ""


# 5. Pruning: every kind bounded, by count; a clock that was set to 2099 does not prune the good ones afterwards.
def test_backups_of_every_kind_are_pruned_by_count(tmp_path):
    folder = folder_with(tmp_path, "Eerste")
    database = open_workspace(folder, PASSPHRASE)
    backup = make_backup(database, tmp_path / "copy.sqlite")
    database.close()
    for _ in range(8):
        restore(folder, backup, PASSPHRASE)
    kept = list((folder / BACKUP_DIR_NAME).glob("coachdesk-before-restore-*.sqlite"))
    assert len(kept) == 5
    (folder / BACKUP_DIR_NAME / "mijn eigen kopie.sqlite").write_bytes(b"x")
    prune_backups(folder)
    assert (folder / BACKUP_DIR_NAME / "mijn eigen kopie.sqlite").exists(), "files with other names are never touched"


def test_a_clock_once_set_to_2099_does_not_make_the_good_daily_backups_go(tmp_path):
    folder = folder_with(tmp_path, "Eerste")
    database = open_workspace(folder, PASSPHRASE)
    today = clock.today()
    for days in range(14):
        daily_backup(database, today=today - timedelta(days=days))
    wrong = today.replace(year=2099)
    for days in range(14):
        daily_backup(database, today=wrong + timedelta(days=days))
    names = sorted(p.name for p in (folder / BACKUP_DIR_NAME).glob("coachdesk-daily-*.sqlite"))
    assert len(names) == 14
    daily_backup(database, today=today + timedelta(days=1))  # the clock is right again
    names = sorted(p.name for p in (folder / BACKUP_DIR_NAME).glob("coachdesk-daily-*.sqlite"))
    assert f"coachdesk-daily-{(today + timedelta(days=1)).isoformat()}.sqlite" in names, "the new, rightly dated backup stays"
    assert len(names) == 14


# 7. Plain backups of an older folder are encrypted at every opening, a damaged one is removed.
def test_plain_backups_left_by_an_interrupted_upgrade_are_encrypted_at_the_next_opening(tmp_path):
    folder = folder_with(tmp_path, "Eerste")
    backups = folder / BACKUP_DIR_NAME
    backups.mkdir(exist_ok=True)
    plain = backups / "coachdesk-daily-2020-01-01.sqlite"
    connection = connect_file(folder / DATA_FILE_NAME, PASSPHRASE)
    connection.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    damaged = backups / "coachdesk-daily-2020-01-02.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    assert plain.read_bytes().startswith(b"SQLite format 3")
    open_workspace(folder, PASSPHRASE).close()
    assert not plain.read_bytes().startswith(b"SQLite format 3")
    check_backup(plain, PASSPHRASE)
    assert not damaged.exists()


# 9. A lock file that is a folder, a very long name: one clear line.
def test_a_lock_file_that_is_a_folder_is_one_clear_message(tmp_path):
    folder = folder_with(tmp_path, "Eerste")
    (folder / ".coachdesk.lock").mkdir()
    with pytest.raises(DataFileError, match="cannot be used"):
        FolderLock(folder).acquire()
    result = run_coachdesk("--data-dir", str(folder), "demo")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_very_long_folder_name_is_one_clear_message(tmp_path):
    result = run_coachdesk("--data-dir", str(tmp_path / ("x" * 300)), "demo")
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr


# 13. Secrets: the key is wiped on lock, the passphrase is not kept; weak passphrases refused.
def test_locking_wipes_the_key_and_no_passphrase_is_kept(tmp_path):
    folder = folder_with(tmp_path, "Eerste")
    database = open_workspace(folder, PASSPHRASE)
    held = database.key._raw
    assert any(held)
    assert PASSPHRASE not in repr(vars(database))
    database.lock()
    assert not any(held) and database.key is None
    gc.collect()
    database.unlock(PASSPHRASE)
    with database.session() as session:
        assert session.scalar(select(m.School.name)) == "Eerste"


@pytest.mark.parametrize("weak", ["wachtwoord", "1234567890", "Wachtwoord123!", "aaaaaaaaaaaa", "qwertyuiop"])
def test_weak_passphrases_are_refused(weak):
    with pytest.raises(PassphraseRejected):
        check_new_passphrase(weak)


def test_the_test_passphrases_are_strong_enough():
    check_new_passphrase(PASSPHRASE)
    check_new_passphrase(NEW)


def test_the_desktop_app_ignores_the_passphrase_variable_without_the_test_flag(monkeypatch):
    from coachdesk.ui.app import passphrase_from_environment

    monkeypatch.setenv("COACHDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("COACHDESK_TEST_PASSPHRASE_FROM_ENV", raising=False)
    assert passphrase_from_environment() is None
    assert "COACHDESK_PASSPHRASE" not in os.environ, "not left readable in the environment"
    monkeypatch.setenv("COACHDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COACHDESK_TEST_PASSPHRASE_FROM_ENV", "1")
    assert passphrase_from_environment() == PASSPHRASE


# 4. Durability: every connection syncs at each commit.
def test_commits_are_synced_fully(tmp_path):
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    database.close()


def test_first_creation_leaves_no_half_file_on_failure(tmp_path, monkeypatch):
    folder = tmp_path / "data"

    def broken(engine, revision="head"):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(db, "migrate", broken)
    with pytest.raises(DataFileError, match="disk is full"):
        open_workspace(folder, PASSPHRASE)
    assert sorted(p.name for p in folder.iterdir()) == []
    shutil.rmtree(folder)


# 5. Erasure reaches the backups in the data folder.
def test_an_erased_student_is_erased_in_the_backups_too(tmp_path):
    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        school = f.school(session)
        student_id = f.student(session, school.id, first_name="Quirijn", last_name="Tesselaar").id
        f.student(session, school.id, first_name="Blijft", last_name="Bewaard")
    daily_backup(database)
    database.change_passphrase(PASSPHRASE, NEW)  # the daily backup keeps the old passphrase: cannot be cleaned
    database.close()
    database = open_workspace(folder, NEW)  # makes the backup under the new passphrase
    database.close()
    before = sorted(p.name for p in (folder / BACKUP_DIR_NAME).glob("*.sqlite"))
    result = run_coachdesk("--data-dir", str(folder), "student", "erase", student_id, COACHDESK_PASSPHRASE=NEW)
    assert result.returncode == 0, result.stderr
    after = sorted(p.name for p in (folder / BACKUP_DIR_NAME).glob("*.sqlite"))
    assert [name for name in before if name not in after] == [n for n in before if n.startswith("coachdesk-daily-")]
    assert after
    for backup in (folder / BACKUP_DIR_NAME).glob("*.sqlite"):
        connection = connect_file(backup, NEW)
        names = [row[0] for row in connection.execute("SELECT last_name FROM students")]
        connection.close()
        assert names == ["Bewaard"], backup.name
        assert b"Tesselaar" not in backup.read_bytes()


# 9. A full disk during demo, backup and restore: one clear line, nothing half-written.
def _file_size_limit(limit: int):
    import resource

    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_during_demo_leaves_an_empty_folder_that_opens(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "data"
    open_workspace(folder, PASSPHRASE).close()
    environment = os.environ | {"COACHDESK_LANG": "en"}
    result = subprocess.run([sys.executable, "-m", "coachdesk", "--data-dir", str(folder), "demo"], capture_output=True, text=True, check=False,
                            env=environment, stdin=subprocess.DEVNULL, timeout=120, preexec_fn=_file_size_limit(400_000))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    listed = run_coachdesk("--data-dir", str(folder), "list", "students", "--json")
    assert listed.returncode == 0 and listed.stdout.strip() == "[]"
    assert run_coachdesk("--data-dir", str(folder), "demo").returncode == 0


def test_a_full_disk_during_a_backup_and_a_restore_is_one_message_and_changes_nothing(tmp_path, monkeypatch):
    from coachdesk.storage import backups

    folder = folder_with(tmp_path, "Eerste")
    database = open_workspace(folder, PASSPHRASE)
    backup = make_backup(database, tmp_path / "copy.sqlite")
    database.close()

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(db, "fsync_file", full)
    monkeypatch.setattr(backups, "fsync_file", full)
    with pytest.raises(DataFileError, match="the disk is full"):
        make_backup(open_workspace(folder, PASSPHRASE), tmp_path / "second.sqlite")
    assert not (tmp_path / "second.sqlite").exists() and not (tmp_path / "second.sqlite.partial").exists()
    with pytest.raises(DataFileError, match="the disk is full"):
        restore(folder, backup, PASSPHRASE)
    assert not list(folder.glob("*.restoring*"))
    monkeypatch.undo()
    assert schools_in(folder) == ["Eerste"]
