"""The passphrase in the desktop app: first start, unlock, idle lock, change in Settings."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.domain.errors import WrongPassphrase
from coachdesk.services.settings import load_settings, save_settings
from coachdesk.services.users import register_user
from coachdesk.services.workspace import open_workspace
from coachdesk.storage.database import make_engine, migrate
from coachdesk.storage.fileformat import is_encrypted
from coachdesk.storage.paths import DATA_FILE_NAME
from coachdesk.ui.app import make_application, start
from coachdesk.ui.dialogs.forms import RecordDialog
from coachdesk.ui.dialogs.lock import NewPassphraseDialog
from tests import factories as f
from tests.factories import PASSPHRASE
from tests.uihelpers import answer_modal_dialog, open_dialogs, type_text


@pytest.fixture
def folder_with_user(tmp_path):
    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        register_user(session, "Sanne de Wit", "coordinator", "")
        f.student(session, f.school(session).id, first_name="Quirijn", last_name="Tesselaar")
        settings = load_settings(session)
        settings.language = "en"  # the tests read the English texts
        save_settings(session, f.SYSTEM, settings)
    database.close()
    return folder


def click_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def unlock_after_one_wrong_try(seen: dict):
    def action(dialog) -> None:
        type_text(dialog.field, "Fiets naar de stage 2025")
        click_ok(dialog)
        seen["error"] = dialog.error.text() if dialog.error.isVisibleTo(dialog) else ""
        seen["field after error"] = dialog.field.text()
        type_text(dialog.field, PASSPHRASE)
        click_ok(dialog)
    return action


def test_first_start_asks_for_a_passphrase_then_who_you_are(qtbot, tmp_path):
    make_application()
    folder = tmp_path / "new"
    seen = {}

    def choose(dialog) -> None:
        type_text(dialog.new, "kort")
        seen["hint for short"] = dialog.hint.text()
        type_text(dialog.repeat, "kort")
        click_ok(dialog)
        seen["error"] = dialog.error.text()
        dialog.new.clear()
        dialog.repeat.clear()
        type_text(dialog.new, "Zoë fietst elke dag naar Ahoy")
        seen["hint for long"] = dialog.hint.text()
        type_text(dialog.repeat, "Zoë fietst elke dag naar Ahoy")
        click_ok(dialog)

    def introduce(dialog) -> None:
        type_text(dialog.name, "Sanne de Wit")
        dialog.start_empty.setChecked(True)  # first: starting empty drops the demo's school names
        dialog.school.setCurrentText("Praktijkschool De Brug")
        dialog.finish()

    answered = answer_modal_dialog("new-passphrase", choose)
    answer_modal_dialog("welcome", introduce)
    window = start(folder)
    qtbot.addWidget(window)
    assert answered and window is not None and window.context.user.name == "Sanne de Wit"
    assert "Too short" in seen["hint for short"] and "at least 10" in seen["error"]
    assert seen["hint for long"] == "Strong."
    assert is_encrypted(folder / DATA_FILE_NAME)
    window.folder_lock.release()
    window.context.database.close()
    open_workspace(folder, "Zoë fietst elke dag naar Ahoy").close()


def test_the_app_opens_after_the_right_passphrase_only(qtbot, folder_with_user):
    make_application()
    seen = {}
    answer_modal_dialog("unlock", unlock_after_one_wrong_try(seen))
    window = start(folder_with_user)
    qtbot.addWidget(window)
    assert "not right" in seen["error"] and seen["field after error"] == ""
    assert window is not None and window.context.user.name == "Sanne de Wit"
    window.folder_lock.release()


def test_giving_up_at_the_unlock_screen_opens_nothing(qtbot, folder_with_user):
    make_application()
    answer_modal_dialog("unlock", lambda dialog: dialog.reject())
    assert start(folder_with_user) is None
    from coachdesk.storage.folderlock import FolderLock

    FolderLock(folder_with_user).acquire().release()  # and the folder is free again


UNLOCK_SCREEN_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from coachdesk.ui.app import passphrase_dialog
app = QApplication([])
dialog = passphrase_dialog(__import__("pathlib").Path(sys.argv[1]), lambda typed: None)
dialog.show()
app.processEvents()
print(dialog.isVisible(), sorted(name for name in ("sqlalchemy", "sqlcipher3", "coachdesk.domain.models") if name in sys.modules))
"""


def test_the_unlock_screen_shows_before_the_database_libraries_are_loaded(folder_with_user):
    """They are most of the start-up time: the user types the passphrase while they load."""
    import subprocess
    import sys

    shown = subprocess.run([sys.executable, "-c", UNLOCK_SCREEN_PROBE, str(folder_with_user)], capture_output=True, text=True, timeout=60)
    assert shown.stdout.split("\n")[0] == "True []", shown.stdout + shown.stderr


def test_an_older_unencrypted_folder_is_protected_at_the_first_start(qtbot, tmp_path):
    make_application()
    folder = tmp_path / "older"
    folder.mkdir()
    engine = make_engine(folder / DATA_FILE_NAME)
    migrate(engine)
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        register_user(session, "Sanne de Wit", "coordinator", "")
    engine.dispose()
    titles = []

    def choose(dialog) -> None:
        titles.append(dialog.windowTitle())
        type_text(dialog.new, PASSPHRASE)
        type_text(dialog.repeat, PASSPHRASE)
        click_ok(dialog)

    answer_modal_dialog("new-passphrase", choose)
    window = start(folder)
    qtbot.addWidget(window)
    assert titles == ["Protect the data with a passphrase"]
    assert window is not None and is_encrypted(folder / DATA_FILE_NAME)
    assert list((folder / "backups").glob("coachdesk-before-encryption-*.sqlite"))
    window.folder_lock.release()


def test_the_app_locks_itself_when_idle_and_keeps_what_was_typed(qtbot, folder_with_user):
    make_application()
    window = start(folder_with_user, PASSPHRASE)
    qtbot.addWidget(window)
    dialog = RecordDialog(window.context, "schools", parent=window, title="Contact met Zoë de Vries vastleggen")
    dialog.open()
    type_text(dialog.editors["name"], "Zoë's nieuwe school")
    seen = {}

    def while_locked(unlock_dialog) -> None:
        window.idle_lock.timer.setInterval(60_000)  # back to a real interval, or it locks again at once
        seen["locked"] = window.context.database.locked
        seen["titles"] = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        cover = window.findChild(QWidget, "lock-cover")
        seen["covered"] = cover is not None and cover.isVisible() and cover.geometry() == window.rect()
        unlock_after_one_wrong_try(seen)(unlock_dialog)

    answered = answer_modal_dialog("unlock", while_locked)
    window.idle_lock.timer.setInterval(50)  # instead of minutes without input
    window.idle_lock.timer.start()
    qtbot.waitUntil(lambda: bool(answered) and window.idle_lock.unlock_dialog is None, timeout=15000)
    assert window.idle_lock.timer.interval() == 60_000, "waits again for the next idle time"
    assert seen["locked"] and seen["covered"], "the data was covered and its key dropped"
    assert not any("Zoë" in title for title in seen["titles"]), f"no student named in a title bar while locked: {seen['titles']}"
    assert dialog.windowTitle() == "Contact met Zoë de Vries vastleggen", "the title is back after unlocking"
    assert "not right" in seen["error"]
    assert not window.context.database.locked
    assert dialog.isVisible() and dialog.editors["name"].text() == "Zoë's nieuwe school", "nothing typed is lost"
    dialog.save()
    with window.context.database.session() as session:
        assert session.scalar(select(m.School.name).where(m.School.name == "Zoë's nieuwe school"))
    window.folder_lock.release()


def test_settings_change_the_lock_time_and_the_passphrase(qtbot, folder_with_user):
    make_application()
    window = start(folder_with_user, PASSPHRASE)
    qtbot.addWidget(window)
    settings = window.go("settings")
    settings.reload()
    settings.spins["lock_after_minutes"].setValue(3)
    settings.save()
    assert window.idle_lock.timer.interval() == 3 * 60_000

    settings.passphrase_button.click()
    dialog = open_dialogs(NewPassphraseDialog)[0]
    type_text(dialog.current, "not the passphrase")
    type_text(dialog.new, "Een nieuwe lange zin")
    type_text(dialog.repeat, "Een nieuwe lange zin")
    click_ok(dialog)
    assert dialog.isVisible() and "current passphrase is not right" in dialog.error.text()
    dialog.current.clear()
    type_text(dialog.current, PASSPHRASE)
    click_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert "changed" in settings.saved_label.text()
    with window.context.database.session() as session:
        assert session.scalar(select(m.Student.last_name)) == "Tesselaar", "the app goes on with the new key"
    window.folder_lock.release()
    window.context.database.close()
    with pytest.raises(WrongPassphrase):
        open_workspace(folder_with_user, PASSPHRASE)
    open_workspace(folder_with_user, "Een nieuwe lange zin").close()


def test_after_three_wrong_tries_the_unlock_screen_mentions_a_damaged_file(qtbot, folder_with_user):
    from coachdesk.ui.app import passphrase_dialog

    make_application()
    dialog = passphrase_dialog(folder_with_user, lambda typed: open_workspace(folder_with_user, typed))
    qtbot.addWidget(dialog)
    for attempt in range(3):
        dialog.field.setText(f"verkeerd wachtwoord {attempt}")
        dialog.finish()
    assert "damaged" in dialog.error.text() and "restore a backup" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_restoring_a_backup_from_before_a_passphrase_change_asks_for_that_passphrase(qtbot, folder_with_user, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from coachdesk.storage.backups import change_passphrase, make_backup

    make_application()
    window = start(folder_with_user, PASSPHRASE)
    qtbot.addWidget(window)
    database = window.context.database
    older = make_backup(database, folder_with_user.parent / "older.sqlite")
    change_passphrase(database, PASSPHRASE, "Een nieuwe lange zin")
    with database.transaction() as session:
        f.school(session, "Na de wijziging")
    asked = []
    answers = iter([("een foute gok hier", True), (PASSPHRASE, True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda parent, title, text, echo: asked.append(text) or next(answers))
    settings = window.go("settings")
    assert settings.restore_backup(str(older))
    assert len(asked) == 2 and "before the passphrase was changed" in asked[0], "asked again after a wrong guess"
    with window.context.database.session() as session:
        assert session.scalar(select(m.School.name).where(m.School.name == "Na de wijziging")) is None, "the older data is back"
        assert session.scalar(select(m.Student.last_name)) == "Tesselaar"
    window.folder_lock.release()
    window.context.database.close()
    open_workspace(folder_with_user, "Een nieuwe lange zin").close()  # and it opens with the passphrase in use


def test_lock_now_from_the_menu(qtbot, folder_with_user):
    from PySide6.QtGui import QAction

    make_application()
    window = start(folder_with_user, PASSPHRASE)
    qtbot.addWidget(window)
    seen = {}
    answer_modal_dialog("unlock", lambda dialog: (seen.update(locked=window.context.database.locked),
                                                  type_text(dialog.field, PASSPHRASE), click_ok(dialog)))
    lock = window.findChild(QAction, "lock-now")
    assert lock.shortcut().toString() == "Ctrl+L"  # as the README says
    lock.trigger()
    assert seen == {"locked": True} and not window.context.database.locked
    window.folder_lock.release()


def test_a_backup_cut_off_by_locking_is_not_reported_as_a_failure(qtbot, folder_with_user, monkeypatch):
    """Found by CI: the start-up backup ran while the user locked; its failure (the key was gone) opened a warning
    behind the unlock screen. Work cut off by a lock is simply made at the next hourly check."""
    import threading

    from PySide6.QtWidgets import QApplication

    from coachdesk.storage import backups

    release, started = threading.Event(), threading.Event()
    real_backup = backups.backup_if_due

    def slow_backup(database):
        started.set()
        release.wait(10)
        with database.session() as session:  # as a backup that is due reads the data file
            load_settings(session)
        return real_backup(database)

    monkeypatch.setattr(backups, "backup_if_due", slow_backup)
    make_application()
    window = start(folder_with_user, PASSPHRASE)
    qtbot.addWidget(window)
    assert started.wait(10)

    def unlock(dialog) -> None:
        with qtbot.waitSignal(window.backup_operation.finished, timeout=10000):
            release.set()  # the backup now runs into the dropped key
        type_text(dialog.field, PASSPHRASE)
        click_ok(dialog)

    answer_modal_dialog("unlock", unlock)
    window.idle_lock.lock_now()
    qtbot.wait(300)
    warnings = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() != "main-window" and w is not window]
    assert not window.context.database.locked and warnings == [], "no warning about a backup the lock cut off"
    window.folder_lock.release()
