"""The team in the desktop app: a member's role comes from the roster, items to check are resolved
with a click, and Sync now reaches the other laptop."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from coachdesk.domain import models as m
from coachdesk.services import team
from coachdesk.ui.app import window_state_for
from coachdesk.ui.context import AppContext
from coachdesk.ui.mainwindow import MainWindow
from tests.teamhelpers import edit, make_team


@pytest.fixture
def squad(tmp_path):
    made = make_team(tmp_path)
    yield made
    made.close()


def test_a_member_works_as_his_roster_role_and_resolves_an_item_to_check(qtbot, squad, tmp_path):
    a, c = squad.members["docent_a"], squad.members["coordinator"]
    mentee = squad.ids["mentee"]
    edit(a, "students", mentee, {"phone": "06 11111111"})
    edit(c, "students", mentee, {"phone": "06 22222222"})
    team.sync(c)

    context = AppContext(a)
    assert context.actor.role == m.CoachRole.DOCENT and context.user.name == "Docent Anna"
    window = MainWindow(context, window_state_for(tmp_path / "window"))
    qtbot.addWidget(window)
    window.show()
    assert "audit" not in window.keys() and {"team", "conflicts"} <= set(window.keys())

    team_screen = window.go("team")
    with qtbot.waitSignal(team_screen.synced, timeout=20000):
        qtbot.mouseClick(team_screen.findChild(QPushButton, "sync-now"), Qt.MouseButton.LeftButton)
    assert team_screen.table.rowCount() == 4
    assert not window.today.items_to_check.isHidden() and "1" in window.today.items_to_check.text()
    assert "(1)" in window.nav.item(window.keys().index("conflicts")).text()
    conflicts = window.go("conflicts")
    assert conflicts.table.rowCount() == 1
    assert [conflicts.table.item(0, column).text() for column in range(5)] == ["student", "Mees Bakker", "Phone", "06 11111111", "06 22222222"]
    qtbot.mouseClick(conflicts.keep_mine, Qt.MouseButton.LeftButton)
    assert conflicts.table.rowCount() == 0 and conflicts.empty.isVisibleTo(conflicts)

    assert window.today.items_to_check.isHidden(), "the count goes once the item is resolved"
    team_screen = window.go("team")
    with qtbot.waitSignal(team_screen.synced, timeout=20000):
        qtbot.mouseClick(team_screen.sync_button, Qt.MouseButton.LeftButton)
    team.sync(c)
    with c.session() as session:
        assert session.get(m.Student, mentee).phone == "06 11111111"


def test_the_app_shares_a_save_in_the_background_and_says_so_in_the_status_bar(qtbot, squad, tmp_path, monkeypatch):
    from coachdesk.ui import team_sync

    monkeypatch.setattr(team_sync, "AFTER_SAVE_MS", 50)
    a, c = squad.members["docent_a"], squad.members["coordinator"]
    context = AppContext(a)
    window = MainWindow(context, window_state_for(tmp_path / "window"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.team_sync.finished, timeout=20000):
        window.team_sync.start()  # as the app does at start
    assert "Shared with the team at" in window.sync_status.text() or "Gedeeld" in window.sync_status.text()
    with qtbot.waitSignal(window.team_sync.finished, timeout=20000):
        edit(a, "students", squad.ids["mentee"], {"phone": "06 33333333"})
        context.notify("students")  # what a form's save does
    team.sync(c)
    with c.session() as session:
        assert session.get(m.Student, squad.ids["mentee"]).phone == "06 33333333"
    window.team_sync.stop()


def test_a_coordinator_invites_a_colleague_and_removes_a_member_from_the_team_screen(qtbot, squad, tmp_path):
    from tests import factories
    from tests.uihelpers import answer_modal_dialog, type_text

    c = squad.members["coordinator"]
    with c.transaction() as session:
        newcomer = factories.coach(session, squad.ids["school_a"], "jobcoach", "Jobcoach Jet").id
    context = AppContext(c)
    window = MainWindow(context, window_state_for(tmp_path / "window"))
    qtbot.addWidget(window)
    window.show()
    screen = window.go("team")
    invitation = tmp_path / "uitnodiging-jet.cdinvite"
    shown: dict = {}

    def fill(dialog) -> None:
        coach = dialog.coach
        coach.setCurrentIndex(coach.findData(newcomer))
        dialog.file.selectAll()
        type_text(dialog.file, str(invitation))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answered = answer_modal_dialog("invite-dialog", fill)
    code_box = answer_modal_dialog("invitation-code", lambda box: (shown.update(text=box.text()), box.accept()))
    qtbot.mouseClick(screen.invite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answered) and bool(code_box), timeout=20000)
    assert invitation.exists() and str(invitation) in shown["text"]
    code = shown["text"].strip().splitlines()[-1]
    assert "Jobcoach Jet" in [row["name"] for row in team.members(c)]

    joined = open_workspace_for(tmp_path / "jet")
    team.join(joined, invitation, squad.folder, code)
    assert team.members(joined)
    joined.close()

    names = [screen.table.item(row, 0).text() for row in range(screen.table.rowCount())]
    screen.table.selectRow(names.index("Docent Anna"))
    chosen = answer_modal_dialog("change-role", lambda dialog: (dialog.setTextValue("Job coach"), dialog.accept()))
    qtbot.mouseClick(screen.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(chosen), timeout=10000)
    assert {row["name"]: row["role"] for row in team.members(c)}["Docent Anna"] == "jobcoach"

    screen.table.selectRow(names.index("Docent Bert"))
    confirmed = answer_modal_dialog("", lambda box: box.button(box.StandardButton.Yes).click())
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(confirmed), timeout=10000)
    assert "Docent Bert" not in [row["name"] for row in team.members(c)]


def open_workspace_for(folder):
    from coachdesk.services.workspace import open_workspace
    from tests.factories import PASSPHRASE

    return open_workspace(folder, PASSPHRASE)
