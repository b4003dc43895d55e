"""One writer per data folder, daily backups, backup and restore."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from coachdesk.domain import models as m
from coachdesk.domain.errors import DataFileError
from coachdesk.services.workspace import open_workspace
from coachdesk.storage.backups import check_backup, daily_backup, restore
from coachdesk.storage.database import connect_file
from coachdesk.storage.folderlock import FolderLock
from coachdesk.storage.paths import DATA_FILE_NAME
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import PASSPHRASE


def test_a_second_writer_is_told_the_folder_is_in_use(tmp_path):
    folder = tmp_path / "data"
    with FolderLock(folder):
        with pytest.raises(DataFileError, match="already open"):
            FolderLock(folder).acquire()
        result = run_coachdesk("--data-dir", str(folder), "demo")
        assert result.returncode == 2 and "already open" in result.stderr and "Traceback" not in result.stderr
    FolderLock(folder).acquire().release()  # free again once the holder is done


def test_the_desktop_app_refuses_a_folder_open_elsewhere(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from coachdesk.ui.app import start

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    with FolderLock(tmp_path / "data"):
        assert start(tmp_path / "data", PASSPHRASE) is None
    assert shown and "already open" in shown[0]


def test_daily_backups_rotate(database):
    with database.transaction() as session:
        f.school(session, "Eerste School")
    today = date.today()
    for days in range(20):
        daily_backup(database, today - timedelta(days=19 - days), keep=14)
    backups = sorted((database.data_dir / "backups").glob("coachdesk-daily-*.sqlite"))
    assert len(backups) == 14 and backups[-1].name == f"coachdesk-daily-{today.isoformat()}.sqlite"
    assert daily_backup(database, today) is None, "one a day"
    copy = connect_file(backups[-1], PASSPHRASE)
    assert copy.execute("SELECT name FROM schools").fetchall() == [("Eerste School",)]
    copy.close()


def test_backup_and_restore_through_the_command_line(tmp_path):
    folder = tmp_path / "data"
    assert run_coachdesk("--data-dir", str(folder), "demo").returncode == 0
    backup = tmp_path / "backup.sqlite"
    assert run_coachdesk("--data-dir", str(folder), "backup", "--out", str(backup)).returncode == 0
    check_backup(backup, PASSPHRASE)
    connection = connect_file(folder / DATA_FILE_NAME, PASSPHRASE)
    connection.execute("DELETE FROM visits")
    connection.commit()
    connection.close()
    result = run_coachdesk("--data-dir", str(folder), "restore", str(backup))
    assert result.returncode == 0, result.stderr
    database = open_workspace(folder, PASSPHRASE)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Visit)) > 300, "the visits are back"
    kept = list((folder / "backups").glob("coachdesk-before-restore-*.sqlite"))
    connection = connect_file(kept[0], PASSPHRASE)
    assert connection.execute("SELECT count(*) FROM visits").fetchone()[0] == 0, "what was there before is kept"
    connection.close()


@pytest.mark.parametrize("content, reason", [(b"not a database at all" * 100, "does not open"), (None, "no such file")])
def test_a_bad_backup_is_refused_and_nothing_changes(tmp_path, content, reason):
    folder = tmp_path / "data"
    open_workspace(folder, PASSPHRASE).close()
    before = (folder / DATA_FILE_NAME).read_bytes()
    bad = tmp_path / "bad.sqlite"
    if content:
        bad.write_bytes(content)
    with pytest.raises(DataFileError, match=reason):
        restore(folder, bad, PASSPHRASE)
    assert (folder / DATA_FILE_NAME).read_bytes() == before


def test_the_app_offers_the_latest_backup_for_a_damaged_file(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from coachdesk.services.users import register_user
    from coachdesk.ui.app import start

    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        register_user(session, "Sanne", "coordinator", "")
        f.school(session, "Goede School")
    daily_backup(database)
    database.close()
    (folder / DATA_FILE_NAME).write_bytes(b"\x00damaged" * 4096)
    for suffix in ("-wal", "-shm"):
        (folder / (DATA_FILE_NAME + suffix)).unlink(missing_ok=True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    window = start(folder, PASSPHRASE)
    qtbot.addWidget(window)
    assert asked and "damaged" in asked[0]
    with window.context.database.session() as session:
        assert session.scalar(select(m.School.name).where(m.School.name == "Goede School"))
    assert list((folder / "backups").glob("coachdesk-unopened-*.sqlite")), "the damaged file is kept"
    window.folder_lock.release()


def test_backup_and_restore_from_the_settings_screen(qtbot, tmp_path):
    from coachdesk.ui.app import make_application
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.screens.settings import SettingsScreen

    make_application()
    context = AppContext(open_workspace(tmp_path / "data", PASSPHRASE))
    with context.database.transaction() as session:
        f.school(session, "Voor De Kopie")
    screen = SettingsScreen(context)
    qtbot.addWidget(screen)
    target = tmp_path / "handmatig.sqlite"
    screen.make_backup(str(target))
    qtbot.waitUntil(lambda: "Backup saved" in screen.saved_label.text(), timeout=10000)
    with context.database.transaction() as session:
        f.school(session, "Na De Kopie")
    assert screen.restore_backup(str(target))
    with context.database.session() as session:
        names = set(session.scalars(select(m.School.name)))
    assert names == {"Voor De Kopie"}
