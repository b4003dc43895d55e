"""Locking in words the user can act on (issue 23): Ctrl+L says "locked" (not "not used for a while"); after three
wrong passphrases the dialog says what the user can do, and at start-up a passphrase that opens a backup (the data
file itself is damaged) leads to the offer of that backup; Qt's own buttons are in Dutch. Real keys and mouse."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from coachdesk.services.settings import load_settings, save_settings
from coachdesk.services.users import register_user
from coachdesk.services.workspace import open_workspace
from coachdesk.storage.paths import DATA_FILE_NAME
from coachdesk.ui.app import install_language, make_application, start
from tests import factories as f
from tests.factories import PASSPHRASE
from tests.uihelpers import answer_modal_dialog, press, type_text

WRONG = "Fiets naar de stage 2025"


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        register_user(session, "Sanne de Wit", "coordinator", "")
        f.student(session, f.school(session).id, first_name="Quirijn", last_name="Tesselaar")
        settings = load_settings(session)
        settings.language = "en"
        save_settings(session, f.SYSTEM, settings)
    database.close()
    return folder


def three_wrong_then_right(seen: dict):
    def action(dialog) -> None:
        seen["intro"] = dialog.intro.text()
        for _ in range(3):
            type_text(dialog.field, WRONG)
            press(dialog.field, Qt.Key.Key_Return)
            seen.setdefault("errors", []).append(dialog.error.text())
        type_text(dialog.field, PASSPHRASE)
        press(dialog.field, Qt.Key.Key_Return)
    return action


def test_ctrl_l_says_locked_and_the_third_wrong_try_says_what_to_do(qtbot, folder):
    make_application()
    window = start(folder, PASSPHRASE)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    seen: dict = {}
    answered = answer_modal_dialog("unlock", three_wrong_then_right(seen))
    lock = window.findChild(QAction, "lock-now")
    assert lock.shortcut().toString() == "Ctrl+L"
    lock.trigger()  # what Ctrl+L does (the offscreen platform has no active window to take the key)
    qtbot.waitUntil(lambda: bool(answered) and not window.context.database.locked, timeout=10000)
    assert seen["intro"].startswith("CoachDesk is locked.") and "not used for a while" not in seen["intro"]
    first, _, third = seen["errors"]
    assert "not right" in first and "Caps Lock" not in first, "a typo first"
    assert "Caps Lock" in third and "Quit CoachDesk" in third, "the third time: what the user can do"
    assert "damaged" not in third, "the file was open a moment ago: never blamed"

    seen.clear()
    answered = answer_modal_dialog("unlock", three_wrong_then_right(seen))
    window.idle_lock.timer.timeout.emit()  # the timer locks it
    qtbot.waitUntil(lambda: bool(answered) and not window.context.database.locked, timeout=10000)
    assert "not used for a while" in seen["intro"]
    window.folder_lock.release()


def test_at_start_up_the_third_wrong_try_says_what_to_do(qtbot, folder):
    make_application()
    seen: dict = {}
    answer_modal_dialog("unlock", three_wrong_then_right(seen))
    window = start(folder, None)
    assert window is not None
    qtbot.addWidget(window)
    first, _, third = seen["errors"]
    assert "not right" in first and "coachdesk restore" not in first
    assert "Caps Lock" in third and "coachdesk restore" in third and "Quit CoachDesk" in third
    window.folder_lock.release()


def test_a_damaged_data_file_leads_to_the_offer_of_a_backup(qtbot, folder):
    from coachdesk.storage.backups import backup_if_due

    database = open_workspace(folder, PASSPHRASE)
    backup_if_due(database)
    database.close()
    with (folder / DATA_FILE_NAME).open("r+b") as handle:
        handle.seek(32)
        handle.write(b"\x00" * 512)
    make_application()
    offered: list[str] = []

    def say_yes(box) -> None:
        offered.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_modal_dialog("unlock", lambda dialog: (type_text(dialog.field, PASSPHRASE), press(dialog.field, Qt.Key.Key_Return)))
    answer_modal_dialog("", say_yes, timeout_s=30)
    window = start(folder, None)
    assert window is not None and offered and "Restore the latest backup" in offered[0]
    qtbot.addWidget(window)
    window.folder_lock.release()


def test_qt_own_buttons_are_dutch(qtbot):
    app = make_application()
    install_language(app, "nl")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "CoachDesk", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
        box.deleteLater()
        buttons.deleteLater()
    finally:
        install_language(app, "en")
    QApplication.processEvents()


def test_a_read_only_data_folder_is_named_as_such(qtbot, folder, tmp_path):
    """A data folder on a read-only medium: the message names the folder as read-only, not a lock file."""
    import shutil
    import subprocess

    mounted = tmp_path / "alleen-lezen"
    mounted.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(mounted)], capture_output=True).returncode != 0:
        pytest.skip("mounting a read-only folder needs the right to mount")
    try:
        shutil.copytree(folder, mounted / "data")
        assert subprocess.run(["mount", "-o", "remount,ro", str(mounted)], capture_output=True).returncode == 0
        make_application()
        said: list[str] = []
        answer_modal_dialog("", lambda box: (said.append(box.text()), box.accept()))
        assert start(mounted / "data", PASSPHRASE) is None
        assert said and "is read-only" in said[0] and "lock" not in said[0].lower()
    finally:
        subprocess.run(["umount", str(mounted)], capture_output=True)
