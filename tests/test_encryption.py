"""Encryption at rest: nothing readable on disk, the passphrase opens it, a wrong one changes nothing."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.domain.errors import WrongPassphrase
from coachdesk.services.workspace import open_workspace
from coachdesk.storage.backups import BackupPassphraseNeeded, change_passphrase, daily_backup, make_backup, restore
from coachdesk.storage.database import connect_file, make_engine, migrate
from coachdesk.storage.fileformat import is_encrypted
from coachdesk.storage.passphrase import PassphraseRejected, check_new_passphrase, strength
from coachdesk.storage.paths import DATA_FILE_NAME
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import PASSPHRASE

SECRET_NAME = "Quirijn Tesselaar"  # appears nowhere else, so finding it in bytes means it leaked
SECRET_NOTE = "woont bij oma sinds de scheiding"


def store_a_student(database) -> None:
    with database.transaction() as session:
        school = f.school(session)
        f.student(session, school.id, first_name="Quirijn", last_name="Tesselaar", health_notes=SECRET_NOTE)


def files_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.suffix != ".ini" and not p.name.startswith(".")]


def leaks(path: Path) -> bool:
    content = path.read_bytes()
    return any(text.encode(encoding) in content for text in ("Tesselaar", "oma sinds") for encoding in ("utf-8", "utf-16-le"))


def test_no_name_or_note_is_readable_in_the_data_file_its_log_or_its_backups(tmp_path):
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    store_a_student(database)
    daily_backup(database)
    make_backup(database, tmp_path / "data" / "backups" / "by-hand.sqlite")
    written = files_in(tmp_path / "data")
    assert {p.name for p in written} >= {DATA_FILE_NAME, DATA_FILE_NAME + "-wal", "by-hand.sqlite"}, "the log is still open and checked too"
    assert [p.name for p in written if leaks(p)] == []
    database.close()
    assert [p.name for p in files_in(tmp_path / "data") if leaks(p)] == []


def test_the_same_data_unencrypted_would_show_the_name(tmp_path):
    """The check above can fail: a plain file with the same records has the name in its bytes."""
    path = tmp_path / "plain.sqlite"
    engine = make_engine(path)
    migrate(engine)
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        school = f.school(session)
        f.student(session, school.id, first_name="Quirijn", last_name="Tesselaar", health_notes=SECRET_NOTE)
    engine.dispose()
    assert leaks(path)


def test_a_wrong_passphrase_is_refused_and_changes_nothing(tmp_path):
    folder = tmp_path / "data"
    open_workspace(folder, PASSPHRASE).close()
    before = (folder / DATA_FILE_NAME).read_bytes()
    with pytest.raises(WrongPassphrase, match="does not open"):
        open_workspace(folder, "Fiets naar de stage 2025")
    assert (folder / DATA_FILE_NAME).read_bytes() == before
    assert not (folder / "backups").exists()


def test_passphrases_with_quotes_and_accents(tmp_path):
    tricky = "Zoë's \"geheime\" zin; DROP TABLE students; -- ñ"
    database = open_workspace(tmp_path / "data", tricky)
    store_a_student(database)
    database.close()
    again = open_workspace(tmp_path / "data", tricky)
    with again.session() as session:
        assert session.scalar(select(m.Student.last_name)) == "Tesselaar"
    again.close()


def test_an_older_unencrypted_folder_is_encrypted_after_a_backup(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    engine = make_engine(folder / DATA_FILE_NAME)  # as CoachDesk before encryption made it
    migrate(engine)
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        f.student(session, f.school(session).id, first_name="Quirijn", last_name="Tesselaar", health_notes=SECRET_NOTE)
    engine.dispose()
    old_backup = folder / "backups" / "coachdesk-daily-2026-01-01.sqlite"
    old_backup.parent.mkdir()
    connection = connect_file(folder / DATA_FILE_NAME, None)
    connection.execute(f"VACUUM INTO '{old_backup}'")
    connection.close()
    assert leaks(folder / DATA_FILE_NAME) and leaks(old_backup)
    # Second names for the same bytes on disk: what they show afterwards is what a thief could
    # read back from the disk's free space once the plain files are removed.
    left_behind = [folder / "old-file-on-disk", folder / "old-backup-on-disk"]
    os.link(folder / DATA_FILE_NAME, left_behind[0])
    os.link(old_backup, left_behind[1])

    database = open_workspace(folder, PASSPHRASE)
    with database.session() as session:
        assert session.scalar(select(m.Student.health_notes)) == SECRET_NOTE, "the data came along"
    database.close()
    assert is_encrypted(folder / DATA_FILE_NAME) and is_encrypted(old_backup)
    assert all(path.read_bytes().count(0) == path.stat().st_size for path in left_behind), "the plain bytes are overwritten"
    for path in left_behind:
        path.unlink()
    assert [p.name for p in files_in(folder) if leaks(p)] == []
    before = list((folder / "backups").glob("coachdesk-before-encryption-*.sqlite"))
    assert len(before) == 1
    copy = connect_file(before[0], PASSPHRASE)
    assert copy.execute("SELECT last_name FROM students").fetchall() == [("Tesselaar",)]
    copy.close()


def test_changing_the_passphrase_and_restoring_a_backup_from_before(tmp_path):
    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    store_a_student(database)
    from_before = make_backup(database, tmp_path / "before.sqlite")
    daily_backup(database)  # a backup under the old passphrase stays in the folder
    with pytest.raises(WrongPassphrase, match="current passphrase is not right"):
        change_passphrase(database, "not the passphrase", "Een nieuwe lange zin")
    with pytest.raises(PassphraseRejected, match="too short"):
        change_passphrase(database, PASSPHRASE, "kort")
    fresh = change_passphrase(database, PASSPHRASE, "Een nieuwe lange zin")
    with database.session() as session:
        assert session.scalar(select(m.Student.last_name)) == "Tesselaar", "the open app goes on working"
    database.close()
    with pytest.raises(WrongPassphrase):
        open_workspace(folder, PASSPHRASE)
    connect_file(fresh, "Een nieuwe lange zin").execute("SELECT 1 FROM students").fetchall()

    with pytest.raises(BackupPassphraseNeeded, match="before the passphrase was changed"):
        restore(folder, from_before, "Een nieuwe lange zin")
    restore(folder, from_before, "Een nieuwe lange zin", backup_passphrase=PASSPHRASE)
    restored = open_workspace(folder, "Een nieuwe lange zin")
    with restored.session() as session:
        assert session.scalar(select(m.Student.last_name)) == "Tesselaar", "restored under the passphrase in use"
    restored.close()


def test_the_passphrase_rules():
    with pytest.raises(PassphraseRejected, match="at least 10"):
        check_new_passphrase("kort")
    with pytest.raises(PassphraseRejected, match="not the same"):
        check_new_passphrase("lange genoeg zin", "lange genoeg zon")
    check_new_passphrase("lange genoeg zin", "lange genoeg zin")
    assert strength("kort") == 0
    assert strength("aaaaaaaaaaaa") < strength("paardenbloem") <= strength("Paardenbloemen staan 4x in de wei!") == 3


def test_locking_drops_the_key_until_the_passphrase_is_given(database):
    store_a_student(database)
    database.lock()
    assert database.locked
    with pytest.raises(Exception), database.session() as session:  # noqa: B017 - any refusal will do
        session.scalar(select(m.Student.last_name))
    with pytest.raises(WrongPassphrase):
        database.unlock("not the passphrase")
    assert database.locked
    database.unlock(PASSPHRASE)
    with database.session() as session:
        assert session.scalar(select(m.Student.last_name)) == "Tesselaar"


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    """The command line without the passphrase the other tests use: each call says its own."""
    return run_coachdesk(*args, **({"COACHDESK_PASSPHRASE": None} | env))


def test_the_command_line_takes_the_passphrase_from_the_environment(tmp_path):
    folder = str(tmp_path / "data")
    assert run("--data-dir", folder, "demo", COACHDESK_PASSPHRASE=PASSPHRASE).returncode == 0
    without = run("--data-dir", folder, "list", "students")
    assert without.returncode == 2 and "COACHDESK_PASSPHRASE" in without.stderr and "Traceback" not in without.stderr
    wrong = run("--data-dir", folder, "list", "students", COACHDESK_PASSPHRASE="Fiets naar de stage 2025")
    assert wrong.returncode == 2 and "does not open" in wrong.stderr
    too_short = run("--data-dir", str(tmp_path / "new"), "demo", COACHDESK_PASSPHRASE="kort")
    assert too_short.returncode == 2 and "at least 10" in too_short.stderr
    assert not (tmp_path / "new" / DATA_FILE_NAME).exists()
    nothing_yet = run("--data-dir", str(tmp_path / "new"), "passphrase", COACHDESK_PASSPHRASE=PASSPHRASE, COACHDESK_NEW_PASSPHRASE="Nieuw en lang genoeg")
    assert nothing_yet.returncode == 2 and "no encrypted data" in nothing_yet.stderr

    before_change = str(tmp_path / "before-change.sqlite")
    assert run("--data-dir", folder, "backup", "--out", before_change, COACHDESK_PASSPHRASE=PASSPHRASE).returncode == 0
    changed = run("--data-dir", folder, "passphrase", COACHDESK_PASSPHRASE=PASSPHRASE, COACHDESK_NEW_PASSPHRASE="Nieuw en lang genoeg")
    assert changed.returncode == 0, changed.stderr
    assert run("--data-dir", folder, "list", "students", COACHDESK_PASSPHRASE=PASSPHRASE).returncode == 2
    listed = run("--data-dir", folder, "list", "students", "--json", COACHDESK_PASSPHRASE="Nieuw en lang genoeg")
    assert listed.returncode == 0 and len(listed.stdout) > 100

    refused = run("--data-dir", folder, "restore", before_change, COACHDESK_PASSPHRASE="Nieuw en lang genoeg")
    assert refused.returncode == 2 and "before the passphrase was changed" in refused.stderr
    restored = run("--data-dir", folder, "restore", before_change, COACHDESK_PASSPHRASE="Nieuw en lang genoeg",
                   COACHDESK_BACKUP_PASSPHRASE=PASSPHRASE)
    assert restored.returncode == 0, restored.stderr
    assert run("--data-dir", folder, "list", "students", COACHDESK_PASSPHRASE="Nieuw en lang genoeg").returncode == 0, \
        "the restored data opens with the passphrase in use"


def run_in_terminal(args: list[str], answers: list[str], env: dict) -> tuple[int, str]:
    """Run the command line in a pseudo-terminal and type ``answers`` at its prompts, as a user would."""
    import pty
    import select as wait

    pid, terminal = pty.fork()
    if pid == 0:  # the child: becomes the command, with the terminal as its own
        os.execvpe(sys.executable, [sys.executable, "-m", "coachdesk", *args], env)
    output = b""
    answered_up_to = 0  # a prompt is answered once: the newline echoed after an answer is not a new prompt
    pending = list(answers)
    while True:
        ready, _, _ = wait.select([terminal], [], [], 60)
        if not ready:  # the command waits for more than the test gives it: stop it, the assertions will say why
            os.kill(pid, 9)
            break
        try:
            chunk = os.read(terminal, 1024)
        except OSError:  # the command ended and closed the terminal
            break
        if not chunk:
            break
        output += chunk
        if pending and output[answered_up_to:].strip().endswith(b":"):
            os.write(terminal, pending.pop(0).encode() + b"\n")
            answered_up_to = len(output)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a pseudo-terminal")
def test_the_command_line_asks_for_the_passphrase_in_a_terminal(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "COACHDESK_PASSPHRASE"} | {"COACHDESK_LANG": "en"}
    folder = str(tmp_path / "data")
    status, output = run_in_terminal(["--data-dir", folder, "demo"], ["Zin voor de terminal", "Zin voor de terminal"], env)
    assert status == 0, output
    assert "Choose a passphrase" in output and "Type it again" in output and "Zin voor de terminal" not in output, "typing is not echoed"
    status, output = run_in_terminal(["--data-dir", folder, "attention"], ["Zin voor de terminal"], env)
    assert status == 0 and "need attention" in output, output
    status, output = run_in_terminal(["--data-dir", folder, "attention"], ["Verkeerde zin hier"], env)
    assert status == 2 and "does not open" in output
    status, output = run_in_terminal(["--data-dir", folder, "passphrase"], ["Zin voor de terminal", "Nieuwe zin voor later", "Nieuwe zin voor later"], env)
    assert status == 0 and "is changed" in output, output
    status, output = run_in_terminal(["--data-dir", folder, "attention"], ["Nieuwe zin voor later"], env)
    assert status == 0, output


def test_an_unencrypted_backup_from_an_older_version_is_restored_encrypted(tmp_path):
    old_copy = tmp_path / "usb-stick" / "coachdesk-2025.sqlite"
    old_copy.parent.mkdir()
    engine = make_engine(old_copy)
    migrate(engine)
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        f.student(session, f.school(session).id, first_name="Quirijn", last_name="Tesselaar", health_notes=SECRET_NOTE)
    engine.dispose()
    folder = tmp_path / "data"
    open_workspace(folder, PASSPHRASE).close()
    restore(folder, old_copy, PASSPHRASE)
    assert is_encrypted(folder / DATA_FILE_NAME) and not leaks(folder / DATA_FILE_NAME)
    database = open_workspace(folder, PASSPHRASE)
    with database.session() as session:
        assert session.scalar(select(m.Student.last_name)) == "Tesselaar"
    database.close()


def test_odd_characters_in_the_folder_name(tmp_path):
    folder = tmp_path / "Zoë's map #1 ?100% [oud]"
    database = open_workspace(folder, PASSPHRASE)
    store_a_student(database)
    backup = make_backup(database, folder / "backups" / "kopie #2.sqlite")
    database.close()
    restore(folder, backup, PASSPHRASE)
    again = open_workspace(folder, PASSPHRASE)
    with again.session() as session:
        assert session.scalar(select(m.Student.last_name)) == "Tesselaar"
    again.close()
