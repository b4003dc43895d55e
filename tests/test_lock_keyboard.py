"""Every passphrase dialog works from the keyboard alone: the passphrase is typed where the focus already is, Enter
confirms; an empty passphrase is refused in words; the "damaged file" hint only shows when it can be true (issue 13)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from coachdesk.services.workspace import open_workspace
from coachdesk.ui.app import make_application, passphrase_dialog, start
from coachdesk.ui.dialogs.lock import NewPassphraseDialog, UnlockDialog
from tests.factories import PASSPHRASE
from tests.test_lock import folder_with_user  # noqa: F401 - the fixture
from tests.uihelpers import answer_modal_dialog, open_dialogs, press, type_text

NEW = "Zoë fietst elke dag naar Ahoy"


def focused_field(dialog) -> QLineEdit:
    """Where what the user types goes, without clicking anything."""
    widget = dialog.focusWidget()
    assert isinstance(widget, QLineEdit), f"the focus is on {type(widget).__name__}, not on a passphrase field"
    return widget


def type_and_enter(dialog, text: str) -> QLineEdit:
    field = focused_field(dialog)
    type_text(field, text)  # the field that has the focus: no click, no setFocus elsewhere
    press(field, Qt.Key.Key_Return)
    return field


def error_text(dialog) -> str:
    return dialog.error.text() if dialog.error.isVisibleTo(dialog) else ""


def test_first_start_choose_the_passphrase_from_the_keyboard(qtbot, tmp_path):
    make_application()
    folder = tmp_path / "new"
    seen = {}

    def choose(dialog) -> None:
        seen["focus"] = focused_field(dialog) is dialog.new
        press(focused_field(dialog), Qt.Key.Key_Return)  # Enter before typing anything
        seen["empty"] = error_text(dialog)
        seen["still open"] = dialog.isVisible()
        type_text(focused_field(dialog), NEW)
        press(focused_field(dialog), Qt.Key.Key_Tab)
        seen["tab to repeat"] = dialog.focusWidget() is dialog.repeat
        type_and_enter(dialog, NEW)

    def introduce(dialog) -> None:
        type_text(dialog.name, "Sanne de Wit")
        dialog.start_empty.setChecked(True)  # first: starting empty drops the demo's school names
        dialog.school.setCurrentText("Praktijkschool De Brug")
        dialog.finish()

    answered = answer_modal_dialog("new-passphrase", choose)
    answer_modal_dialog("welcome", introduce)
    window = start(folder)
    qtbot.addWidget(window)
    assert answered and window is not None
    assert seen["focus"], "the focus starts in the new passphrase field"
    assert "Type a new passphrase" in seen["empty"] and seen["still open"]
    assert seen["tab to repeat"]
    window.folder_lock.release()
    window.context.database.close()
    open_workspace(folder, NEW).close()


def test_unlock_at_start_from_the_keyboard_and_an_empty_enter_is_refused_in_words(qtbot, folder_with_user, capfd):  # noqa: F811
    make_application()
    seen = {}

    def unlock(dialog) -> None:
        seen["focus"] = focused_field(dialog) is dialog.field
        for _ in range(4):
            press(focused_field(dialog), Qt.Key.Key_Return)
        seen["empty"] = error_text(dialog)
        type_and_enter(dialog, PASSPHRASE)

    answered = answer_modal_dialog("unlock", unlock)
    window = start(folder_with_user)
    qtbot.addWidget(window)
    assert answered and window is not None and window.context.user.name == "Sanne de Wit"
    assert seen["focus"]
    assert "Type your passphrase first" in seen["empty"] and "damaged" not in seen["empty"]
    captured = capfd.readouterr()
    assert "sqlcipher" not in captured.err.lower() and "Traceback" not in captured.err
    window.folder_lock.release()


def test_empty_tries_do_not_count_towards_the_damaged_file_hint_at_start(qtbot, folder_with_user):  # noqa: F811
    make_application()
    dialog = passphrase_dialog(folder_with_user, lambda typed: open_workspace(folder_with_user, typed))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for attempt in range(2):
        type_and_enter(dialog, f"verkeerd wachtwoord {attempt}")
    for _ in range(3):
        press(focused_field(dialog), Qt.Key.Key_Return)
    assert "damaged" not in error_text(dialog) and "Type your passphrase first" in error_text(dialog)
    type_and_enter(dialog, "verkeerd wachtwoord 3")
    assert "damaged" in error_text(dialog), "after three real wrong tries at start the file may be damaged"
    assert focused_field(dialog) is dialog.field and dialog.field.text() == "", "ready for the next try"


def test_the_idle_lock_takes_the_passphrase_from_the_keyboard_and_never_blames_the_file(qtbot, folder_with_user):  # noqa: F811
    make_application()
    window = start(folder_with_user, PASSPHRASE)
    qtbot.addWidget(window)
    seen = {}

    def while_locked(dialog: UnlockDialog) -> None:
        window.idle_lock.timer.setInterval(60_000)
        seen["focus"] = focused_field(dialog) is dialog.field
        for _ in range(3):
            press(focused_field(dialog), Qt.Key.Key_Return)
        seen["after empty"] = error_text(dialog)
        for attempt in range(3):
            type_and_enter(dialog, f"verkeerd wachtwoord {attempt}")
        seen["after wrong"] = error_text(dialog)
        type_and_enter(dialog, PASSPHRASE)

    answered = answer_modal_dialog("unlock", while_locked)
    window.idle_lock.timer.setInterval(50)
    window.idle_lock.timer.start()
    qtbot.waitUntil(lambda: bool(answered) and window.idle_lock.unlock_dialog is None, timeout=15000)
    assert seen["focus"]
    assert "Type your passphrase first" in seen["after empty"]
    assert "damaged" not in seen["after empty"] and "backup" not in seen["after empty"] and str(folder_with_user) not in seen["after empty"]
    assert "not right" in seen["after wrong"] and "damaged" not in seen["after wrong"], "the file was open a minute ago"
    assert not window.context.database.locked
    window.folder_lock.release()


def test_changing_the_passphrase_starts_in_the_current_passphrase_field(qtbot, folder_with_user):  # noqa: F811
    make_application()
    window = start(folder_with_user, PASSPHRASE)
    qtbot.addWidget(window)
    settings = window.go("settings")
    settings.passphrase_button.click()
    dialog = open_dialogs(NewPassphraseDialog)[0]
    qtbot.waitExposed(dialog)
    assert focused_field(dialog) is dialog.current
    press(focused_field(dialog), Qt.Key.Key_Return)
    assert "Type your current passphrase first" in error_text(dialog) and dialog.isVisible()
    type_text(focused_field(dialog), PASSPHRASE)
    press(focused_field(dialog), Qt.Key.Key_Tab)
    type_text(focused_field(dialog), "Een nieuwe lange zin")
    press(focused_field(dialog), Qt.Key.Key_Tab)
    type_and_enter(dialog, "Een nieuwe lange zin")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert "changed" in settings.saved_label.text()
    window.folder_lock.release()
    window.context.database.close()
    open_workspace(folder_with_user, "Een nieuwe lange zin").close()
