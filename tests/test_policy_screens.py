"""The screens offer what the one policy allows, no more and no less (issue 18): driven by mouse and keys."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.services.users import register_user
from coachdesk.ui.app import make_application, window_state_for
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.forms import RecordDialog
from coachdesk.ui.mainwindow import MainWindow
from tests import factories
from tests.uihelpers import open_dialogs, press, type_text


def _window_as(qtbot, database, role: str) -> tuple[MainWindow, str]:
    """The main window for a user with ``role`` at a small school with one student (his mentee if he is a JPO)."""
    with database.transaction() as session:
        user = register_user(session, "Jamal de Vries", role, "Praktijkschool Test")
        student = factories.student(session, user.school_id, first_name="Zoë", phone="06 11111111", consent_share_profile=False)
        if role == "jpo":
            session.add(m.JpoPairing(jpo_id=user.id, student_id=student.id, since=clock.today() - timedelta(days=5)))
        student_id = student.id
    make_application()
    window = MainWindow(AppContext(database), window_state_for(database.data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.today.busy_label.isHidden(), timeout=10000)
    return window, student_id


def test_a_jpo_edits_his_mentees_phone_from_the_student_page_and_is_offered_nothing_else(qtbot, database):
    window, student_id = _window_as(qtbot, database, "jpo")
    students = window.go("students").widget(0)
    assert not hasattr(students, "new_button"), "no New student for a JPO"
    assert "risks" not in window.keys() and "audit" not in window.keys()
    window.show_student(student_id)
    page = window.student_page
    assert page.edit_button.isVisible(), "the README says he may edit his mentee's contact details"
    assert not page.placement_button.isVisible() and not page.erase_button.isVisible()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_dialogs(RecordDialog)))
    form = open_dialogs(RecordDialog)[0]
    assert set(form.editors) == {"phone", "email", "sectors", "competences"}, "only the fields the policy leaves open to him"
    phone = form.editors["phone"]
    assert isinstance(phone, QLineEdit)
    phone.selectAll()
    press(phone, Qt.Key.Key_Delete)
    type_text(phone, "06 22222222")
    press(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    with database.session() as session:
        stored = session.get(m.Student, student_id)
        assert stored.phone == "06 22222222" and stored.consent_share_profile is False


@pytest.mark.parametrize("role, may", [("jpo", False), ("docent", False), ("coordinator", True)])
def test_the_teams_thresholds_are_offered_to_a_coordinator_only(qtbot, database, role, may):
    window, _student = _window_as(qtbot, database, role)
    settings = window.go("settings")
    assert settings.spins["searching_weeks"].isEnabled() is may, "the team's thresholds: a coordinator's to change"
    assert settings.spins["lock_after_minutes"].isEnabled(), "the lock time is everyone's"
    assert hasattr(settings.coaches, "new_button") is (role != "jpo"), "a JPO makes no coach"
