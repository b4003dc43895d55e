"""Mijn leerlingen: a coach's Vandaag opens on his own caseload, one choice away from the whole school."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.services.access import Actor
from coachdesk.services.attention import attention_list
from coachdesk.services.caseload import caseload_condition
from coachdesk.ui.app import make_application
from tests.test_ui import demo_folder  # noqa: F401 - the shared demo data folder fixture
from tests.uihelpers import copy_data


def coach_with_caseload(folder):
    from coachdesk.services.workspace import open_workspace
    from tests.factories import PASSPHRASE

    database = open_workspace(folder, PASSPHRASE)
    with database.session() as session:
        coach = session.scalars(select(m.Coach).where(m.Coach.role == m.CoachRole.JOBCOACH)).first()
        items = attention_list(session, Actor.for_coach(coach), caseload_of=coach.id)
        everyone = attention_list(session, Actor.for_coach(coach))
    database.close()
    return coach, items, everyone


def test_today_opens_on_my_students_and_switches_to_the_school(qtbot, demo_folder, tmp_path):  # noqa: F811
    folder = copy_data(demo_folder, tmp_path / "data")
    coach, mine, everyone = coach_with_caseload(folder)
    assert 0 < len(mine) < len(everyone)
    make_application()
    from coachdesk.services.settings import load_settings, save_settings
    from coachdesk.services.workspace import open_workspace
    from tests.factories import PASSPHRASE

    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        settings = load_settings(session)
        settings.user_coach_id, settings.language = coach.id, "en"
        save_settings(session, Actor.system(), settings)
    database.close()
    from coachdesk.ui.app import window_state_for
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.mainwindow import MainWindow

    window = MainWindow(AppContext(open_workspace(folder, PASSPHRASE)), window_state_for(folder))
    qtbot.addWidget(window)
    window.show()
    today = window.today
    qtbot.waitUntil(lambda: today.busy_label.isHidden() and today.model.rowCount() > 0, timeout=10000)
    assert today.scope.currentData() == "mine"
    assert today.model.rowCount() == len(mine)
    students = len({item.student_id for item in mine})
    assert f"{students} student" in today.count_label.text()
    today.scope.setFocus()
    QTest.keyClick(today.scope, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: today.busy_label.isHidden() and today.model.rowCount() == len(everyone), timeout=10000)
    assert today.scope.currentData() == "all"

    # Every list about students opens on his own students too, with the school one key away.
    students = window.go("students").widget(0)
    qtbot.waitUntil(lambda: students.model.loaded, timeout=10000)
    assert students.scope.currentData() == coach.id
    with window.context.database.session() as session:
        own = set(session.scalars(select(m.Student.id).where(caseload_condition(coach.id, m.Student.id))))
    assert set(students.model.keys.ids) == own and 0 < len(own) < students.model.all_rows + 1000
    students.scope.setFocus()
    QTest.keyClick(students.scope, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: students.model.total > len(own), timeout=10000)
    assert students.scope.currentData() is None
    contacts = window.go("visits")
    qtbot.waitUntil(lambda: contacts.model.loaded, timeout=10000)
    with window.context.database.session() as session:
        student_of = dict(session.execute(select(m.Visit.id, m.Visit.student_id)).all())
    assert contacts.model.total > 0 and all(student_of[i] in own for i in contacts.model.keys.ids), "contacts of his students only"
