"""Issue 11: a crash injected at every step of backup, restore, passphrase change, migration, first creation
(``demo`` into an empty folder) and erase, plus random kills: the folder opens with the expected passphrase and
holds every committed record.

Each step runs the command line as a separate program with COACHDESK_CRASH_AT=<step>, which ends it there with
exit status 99 (see coachdesk.storage.crash); the status proves the step was reached.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachdesk.domain.errors import WrongPassphrase
from coachdesk.services.workspace import open_workspace
from coachdesk.storage.backups import make_backup
from coachdesk.storage.crash import CRASH_EXIT_CODE
from coachdesk.storage.database import Key, connect_file, make_engine, migrate
from coachdesk.storage.paths import DATA_FILE_NAME
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import PASSPHRASE

NEW = "Een nieuwe lange zin"
SCHOOLS = [f"School {index}" for index in range(30)]


def filled(folder: Path) -> Path:
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        for name in SCHOOLS:
            f.school(session, name)
    database.close()
    return folder


def schools_with(folder: Path, passphrase: str) -> list[str]:
    database = open_workspace(folder, passphrase)  # the way every entry point opens it
    try:
        with database.engine.connect() as connection:
            return sorted(row[0] for row in connection.exec_driver_sql("SELECT name FROM schools"))
    finally:
        database.close()


def opens_with(folder: Path, passphrase: str) -> bool:
    try:
        open_workspace(folder, passphrase).close()
    except WrongPassphrase:
        return False
    return True


def crash(folder: Path, step: str, *args: str, **env: str):
    result = run_coachdesk("--data-dir", str(folder), *args, COACHDESK_CRASH_AT=step, **env)
    assert result.returncode == CRASH_EXIT_CODE, f"step {step} not reached: {result.returncode} {result.stderr}"
    return result


PASSPHRASE_STEPS = ["passphrase-marker", "copy-written", "passphrase-copied", "passphrase-verified", "passphrase-swapping",
                    "passphrase-logs-removed", "passphrase-renamed"]


@pytest.mark.parametrize("step", PASSPHRASE_STEPS)
def test_a_crash_at_every_step_of_a_passphrase_change(tmp_path, step):
    folder = filled(tmp_path / "data")
    crash(folder, step, "passphrase", COACHDESK_NEW_PASSPHRASE=NEW)
    done = PASSPHRASE_STEPS.index(step) >= PASSPHRASE_STEPS.index("passphrase-renamed")
    right, wrong = (NEW, PASSPHRASE) if done else (PASSPHRASE, NEW)
    with pytest.raises(WrongPassphrase, match="NEW passphrase" if done else "OLD passphrase"):
        open_workspace(folder, wrong)  # says which one works, and is not taken for damage
    assert schools_with(folder, right) == sorted(SCHOOLS)
    assert not opens_with(folder, wrong)


RESTORE_STEPS = ["copy-written", "restore-kept", "restore-copied", "restore-verified", "restore-logs-removed", "restore-renamed"]


@pytest.mark.parametrize("step", RESTORE_STEPS)
def test_a_crash_at_every_step_of_a_restore(tmp_path, step):
    folder = filled(tmp_path / "data")
    database = open_workspace(folder, PASSPHRASE)
    backup = make_backup(database, tmp_path / "copy.sqlite")
    with database.transaction() as session:
        f.school(session, "Na de kopie")
    database.close()
    crash(folder, step, "restore", str(backup))
    stored = schools_with(folder, PASSPHRASE)
    assert stored in (sorted(SCHOOLS), sorted([*SCHOOLS, "Na de kopie"])), "the old data or the restored data, nothing between"
    if step == "restore-renamed":
        assert stored == sorted(SCHOOLS)
    assert not list(folder.glob("*.restoring*")), "the half-built file is cleared at the next opening"


def test_a_crash_while_writing_a_backup_leaves_no_file_under_its_name(tmp_path):
    folder = filled(tmp_path / "data")
    target = tmp_path / "copy.sqlite"
    crash(folder, "copy-written", "backup", "--out", str(target))
    assert not target.exists()
    assert schools_with(folder, PASSPHRASE) == sorted(SCHOOLS)


CREATE_STEPS = ["migration-0001", "migration-0002", "migration-0003", "migration-0004", "migration-before-commit",
                "create-migrated", "create-written", "create-renamed"]


@pytest.mark.parametrize("step", CREATE_STEPS)
def test_a_crash_at_every_step_of_first_creation_by_demo(tmp_path, step):
    folder = tmp_path / "data"
    crash(folder, step, "demo")
    again = run_coachdesk("--data-dir", str(folder), "demo")
    assert again.returncode == 0, again.stderr  # the folder opens with the passphrase, and is empty or filled once
    listed = run_coachdesk("--data-dir", str(folder), "list", "students", "--json")
    assert listed.returncode == 0 and listed.stdout.count('"id"') > 0


def older_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / DATA_FILE_NAME
    engine = make_engine(path, Key.derive(path, PASSPHRASE))
    migrate(engine, "0003")
    with engine.begin() as connection:
        for index, name in enumerate(SCHOOLS):
            connection.exec_driver_sql(f"INSERT INTO schools (id, name, created_at, updated_at) VALUES ('s{index}', '{name}', '2020-01-01', '2020-01-01')")
    engine.dispose()
    return folder


@pytest.mark.parametrize("step", ["copy-written", "migration-backed-up", "migration-0004", "migration-before-commit"])
def test_a_crash_at_every_step_of_a_migration(tmp_path, step):
    folder = older_folder(tmp_path / "old")
    crash(folder, step, "list", "students")
    assert schools_with(folder, PASSPHRASE) == sorted(SCHOOLS)  # migrated at this opening, or before the crash
    connection = connect_file(folder / DATA_FILE_NAME, PASSPHRASE)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


KILLER = r"""
import os, sys
from pathlib import Path
from coachdesk.services.workspace import open_workspace
from coachdesk.storage.backups import change_passphrase, restore
folder, operation = Path(sys.argv[1]), sys.argv[2]
print("ready", flush=True)
if operation == "passphrase":
    database = open_workspace(folder, sys.argv[3])
    change_passphrase(database, sys.argv[3], sys.argv[4])
    print("changed", flush=True)
else:
    restore(folder, Path(sys.argv[3]), os.environ["COACHDESK_PASSPHRASE"])
    print("restored", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_random_kills_during_passphrase_changes_and_restores(tmp_path):
    folder = filled(tmp_path / "data")
    backup = make_backup(open_workspace(folder, PASSPHRASE), tmp_path / "copy.sqlite")
    rng = random.Random(11)
    current, other = PASSPHRASE, NEW
    for round_number in range(8):
        operation = "passphrase" if round_number % 2 == 0 else "restore"
        args = [current, other] if operation == "passphrase" else [str(backup)]
        env = os.environ | {"COACHDESK_PASSPHRASE": current}
        if operation == "restore" and current != PASSPHRASE:
            env["COACHDESK_BACKUP_PASSPHRASE"] = PASSPHRASE
        process = subprocess.Popen([sys.executable, "-c", KILLER.replace('os.environ["COACHDESK_PASSPHRASE"]', "os.environ['COACHDESK_PASSPHRASE'], os.environ.get('COACHDESK_BACKUP_PASSPHRASE')"),
                                    str(folder), operation, *args], stdout=subprocess.PIPE, text=True, env=env)
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.random() * 0.6)
        process.send_signal(signal.SIGKILL)
        process.communicate()
        if operation == "passphrase" and not opens_with(folder, current):
            current, other = other, current  # the change got through: the new one opens it, as the message says
        assert schools_with(folder, current) == sorted(SCHOOLS)


@pytest.mark.parametrize("step", ["erase-backup-copied", "erase-backup-replaced"])
def test_a_crash_at_every_step_of_erasing_in_the_backups(tmp_path, step):
    from coachdesk.storage.backups import daily_backup
    from coachdesk.storage.paths import BACKUP_DIR_NAME

    folder = filled(tmp_path / "data")
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        school_id = f.school(session, "Met leerling").id
        student_id = f.student(session, school_id, last_name="Tesselaar").id
    daily_backup(database)
    make_backup(database, folder / BACKUP_DIR_NAME / "coachdesk-manual-20200101-000000.sqlite")
    database.close()
    crash(folder, step, "student", "erase", student_id)
    assert schools_with(folder, PASSPHRASE) == sorted([*SCHOOLS, "Met leerling"]), "the erase itself was committed first"
    for backup in (folder / BACKUP_DIR_NAME).glob("*.sqlite"):
        connection = connect_file(backup, PASSPHRASE)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", backup.name
        assert connection.execute("SELECT count(*) FROM schools").fetchone()[0] == len(SCHOOLS) + 1
        connection.close()
    again = run_coachdesk("--data-dir", str(folder), "student", "erase", student_id)
    assert again.returncode == 2  # already gone from the data file: one clear line


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_random_kills_during_demo_into_an_empty_folder(tmp_path):
    rng = random.Random(5)
    environment = os.environ | {"COACHDESK_LANG": "en"}
    for round_number in range(5):
        folder = tmp_path / f"data{round_number}"
        process = subprocess.Popen([sys.executable, "-m", "coachdesk", "--data-dir", str(folder), "demo"], env=environment,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        time.sleep(0.4 + rng.random() * 2.0)
        process.send_signal(signal.SIGKILL)
        process.wait()
        again = run_coachdesk("--data-dir", str(folder), "demo")
        assert again.returncode == 0 or "already holds data" in again.stderr, again.stderr
        listed = run_coachdesk("--data-dir", str(folder), "list", "students", "--json")
        assert listed.returncode == 0 and listed.stdout.count('"id"') > 0
