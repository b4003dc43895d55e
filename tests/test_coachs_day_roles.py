"""Outside a team a role is not a free choice (issue 23): once a user of a data folder is chosen, another user
(and with him another role) needs the passphrase again, checked against the data file; the change is in the
audit trail; a JPO cannot become a coordinator without it. Services first, then the settings screen by keys and mouse."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, WrongPassphrase
from coachdesk.domain.i18n import in_language
from coachdesk.services.access import Actor
from coachdesk.services.settings import load_settings, save_settings
from coachdesk.services.users import confirm_user_change, register_user
from coachdesk.services.workspace import open_workspace
from tests import factories as f
from tests.factories import PASSPHRASE

SCHOOL = "Praktijkschool De Brug"


@pytest.fixture
def folder(tmp_path):
    """A folder whose first user is a JPO; a coordinator exists beside him."""
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.transaction() as session:
        f.coach(session, None, role="coordinator", name="Carla Coördinator")
        register_user(session, "Jan de JPO", "jpo", SCHOOL)
    database.close()
    return tmp_path / "data"


def coach_id(session, name: str) -> str:
    return session.scalar(select(m.Coach.id).where(m.Coach.name == name))


def test_another_user_needs_the_passphrase_again(folder):
    database = open_workspace(folder, PASSPHRASE)
    try:
        with database.transaction() as session:
            jpo = Actor.for_coach(session.get(m.Coach, coach_id(session, "Jan de JPO")))
            settings = load_settings(session)
            settings.user_coach_id = coach_id(session, "Carla Coördinator")
            with in_language("en"), pytest.raises(AccessDenied, match="needs the passphrase again"):
                save_settings(session, jpo, settings)
        with in_language("en"), pytest.raises(WrongPassphrase, match="passphrase is not right"):
            confirm_user_change(database, "Fiets naar de stage 2025")
        with in_language("en"), pytest.raises(WrongPassphrase, match="passphrase is not right"):
            confirm_user_change(database, "")
        with database.session() as session:
            assert load_settings(session).user_coach_id == coach_id(session, "Jan de JPO"), "refused: nothing changed"
        confirm_user_change(database, PASSPHRASE)
        with database.transaction() as session:
            save_settings(session, jpo, settings, passphrase_checked=True)
        with database.session() as session:
            carla = coach_id(session, "Carla Coördinator")
            assert load_settings(session).user_coach_id == carla
            entry = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "user")).all()[-1]
            assert (entry.actor_id, entry.record_id) == (jpo.coach_id, carla), "who changed it, and to whom"
    finally:
        database.close()


def test_the_first_choice_needs_no_passphrase(tmp_path):
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    try:
        with database.transaction() as session:
            coach = register_user(session, "Sanne de Wit", "jobcoach", SCHOOL)
            assert load_settings(session).user_coach_id == coach.id
    finally:
        database.close()


# --- through the real widgets -----------------------------------------------------------------

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from coachdesk.ui.app import make_application, window_state_for  # noqa: E402
from coachdesk.ui.context import AppContext  # noqa: E402
from coachdesk.ui.mainwindow import MainWindow  # noqa: E402
from tests.test_ui import wait_for_today  # noqa: E402
from tests.uihelpers import answer_modal_dialog, press, type_text  # noqa: E402


@pytest.fixture
def window(qtbot, folder):
    make_application()
    context = AppContext(open_workspace(folder, PASSPHRASE))
    window = MainWindow(context, window_state_for(folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_today(qtbot, window)
    return window


def choose_with_keys(combo, text_part: str) -> None:
    combo.setFocus()
    target = next(i for i in range(combo.count()) if text_part in combo.itemText(i))
    press(combo, Qt.Key.Key_Home)
    for _ in range(target):
        press(combo, Qt.Key.Key_Down)
    assert text_part in combo.currentText()


def test_a_jpo_becomes_the_coordinator_only_with_the_passphrase(window, qtbot):
    assert window.context.actor.role == m.CoachRole.JPO
    screen = window.go("settings")
    assert "passphrase again" in screen.user_note.text()
    choose_with_keys(screen.user, "Carla")

    def cancel(dialog) -> None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    answer_modal_dialog("confirm-passphrase", cancel)
    QTest.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert window.context.actor.role == m.CoachRole.JPO and "Jan" in screen.user.currentText(), "cancelled: the same user"

    seen: list[str] = []

    def answer(dialog) -> None:
        type_text(dialog.field, "Fiets naar de stage 2025")
        press(dialog.field, Qt.Key.Key_Return)
        seen.append(dialog.error.text())
        assert dialog.isVisible()
        type_text(dialog.field, PASSPHRASE)
        press(dialog.field, Qt.Key.Key_Return)

    choose_with_keys(screen.user, "Carla")
    answered = answer_modal_dialog("confirm-passphrase", answer)
    QTest.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert answered and "not right" in seen[0]
    qtbot.waitUntil(lambda: window.context.actor.role == m.CoachRole.COORDINATOR, timeout=5000)
    with window.context.database.session() as session:
        entries = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "user")).all()
        assert entries[-1].record_id == coach_id(session, "Carla Coördinator")


def test_the_first_click_on_save_saves_for_a_coach_who_may_not_change_the_teams_settings(qtbot, tmp_path):
    from tests.test_ui import start_window

    database = open_workspace(tmp_path / "data", PASSPHRASE)
    database.close()
    make_application()
    window = start_window(qtbot, tmp_path / "data", role="jobcoach", school=SCHOOL)
    screen = window.go("settings")
    assert not screen.print_header.isEnabled() and not screen.school_name.isEnabled(), "the team's: not offered"
    spin = screen.spins["lock_after_minutes"]
    spin.lineEdit().selectAll()
    type_text(spin.lineEdit(), "25")
    QTest.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.saved_label.text() == "Saved."
    with window.context.database.session() as session:
        assert load_settings(session).lock_after_minutes == 25


def test_in_a_team_the_roster_decides_and_the_settings_say_so(qtbot, tmp_path):
    from coachdesk.domain.errors import UserError
    from tests.teamhelpers import make_team

    squad = make_team(tmp_path)
    try:
        jpo = squad.members["jpo"]
        with in_language("en"), pytest.raises(UserError, match="signed roster says who you are"):
            confirm_user_change(jpo, PASSPHRASE)  # not even with the passphrase
        make_application()
        context = AppContext(jpo)
        assert context.actor.role == m.CoachRole.JPO
        window = MainWindow(context, window_state_for(tmp_path / "window"))
        qtbot.addWidget(window)
        window.show()
        screen = window.go("settings")
        assert not screen.user.isEnabled() and "signed roster" in screen.user_note.text()
        window.close()
    finally:
        squad.close()
