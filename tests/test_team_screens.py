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
    qtbot.mouseClick(team_screen.findChild(QPushButton, "sync-now"), Qt.MouseButton.LeftButton)
    assert team_screen.table.rowCount() == 4
    conflicts = window.go("conflicts")
    assert conflicts.table.rowCount() == 1
    assert conflicts.table.item(0, 2).text() == "06 11111111" and conflicts.table.item(0, 3).text() == "06 22222222"
    qtbot.mouseClick(conflicts.keep_mine, Qt.MouseButton.LeftButton)
    assert conflicts.table.rowCount() == 0 and conflicts.empty.isVisibleTo(conflicts)

    team_screen = window.go("team")
    qtbot.mouseClick(team_screen.sync_button, Qt.MouseButton.LeftButton)
    team.sync(c)
    with c.session() as session:
        assert session.get(m.Student, mentee).phone == "06 11111111"
