"""Keyboard shortcuts: each key bound once, and each works when the user presses it (real key events)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from coachdesk.services.users import register_user
from coachdesk.services.workspace import open_workspace
from coachdesk.ui.app import make_application, start
from coachdesk.ui.dialogs.forms import RecordDialog
from coachdesk.ui.shortcuts import all_bindings
from tests.factories import PASSPHRASE
from tests.uihelpers import answer_modal_dialog, open_dialogs, type_text


def test_no_key_is_bound_twice(qapp):
    keys = [text for _, text in all_bindings()]
    assert len(keys) == len(set(keys)), sorted(keys)


@pytest.fixture
def window(qtbot, tmp_path):
    from coachdesk.services.demo import fill_demo

    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        fill_demo(session, "small")
        register_user(session, "Sanne de Wit", "coordinator", "")
    database.close()
    make_application()
    window = start(folder, PASSPHRASE)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.folder_lock.release()


def press(window, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    QTest.keyClick(window.focusWidget() or window, key, modifiers)


def test_ctrl_digit_goes_to_each_screen_and_ctrl_l_locks_from_every_one(window, qtbot):
    screens = min(9, window.nav.count())
    for row in range(screens):
        press(window, Qt.Key(Qt.Key.Key_1 + row))
        assert window.nav.currentRow() == row
        seen: dict = {}
        answered = answer_modal_dialog("unlock", lambda dialog: (seen.update(locked=window.context.database.locked),
                                                                 type_text(dialog.field, PASSPHRASE),
                                                                 dialog.buttons.buttons()[0].click()))
        press(window, Qt.Key.Key_L)
        qtbot.waitUntil(lambda: bool(answered) and not answered[0].isVisible() and not window.context.database.locked, timeout=10000)
        assert seen == {"locked": True}, f"Ctrl+L did not lock on screen {row + 1}"


def test_ctrl_k_logs_a_contact_on_today_and_esc_closes_it(window, qtbot):
    press(window, Qt.Key.Key_1)
    today = window.today
    qtbot.waitUntil(lambda: today.busy_label.isHidden(), timeout=10000)
    today.table.setFocus()
    today.table.selectRow(0)
    press(window, Qt.Key.Key_K)
    dialogs = open_dialogs(RecordDialog)
    assert len(dialogs) == 1 and dialogs[0].kind.name == "visits"
    QTest.keyClick(dialogs[0].focusWidget() or dialogs[0], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_dialogs(RecordDialog), timeout=5000)
