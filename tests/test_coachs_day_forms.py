"""Small stumbles of a coach's day (issue 23), through the real widgets: "Leeg beginnen" in the welcome does not keep
the demo school's name."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.services.workspace import open_workspace
from coachdesk.ui.app import make_application
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.welcome import WelcomeDialog
from tests.factories import PASSPHRASE
from tests.uihelpers import press, type_text


def test_starting_empty_drops_the_demo_school(qtbot, tmp_path):
    from coachdesk.services.demo import DEMO_SCHOOLS

    make_application()
    context = AppContext(open_workspace(tmp_path / "fresh", PASSPHRASE))
    welcome = WelcomeDialog(context)
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.start_demo.isChecked() and welcome.school.currentText() == DEMO_SCHOOLS[0]
    qtbot.mouseClick(welcome.start_empty, Qt.MouseButton.LeftButton, pos=QPoint(6, welcome.start_empty.height() // 2))  # on its circle
    assert welcome.start_empty.isChecked()
    assert welcome.school.currentText() == "" and welcome.school.count() == 0, "no demo school for a real start"
    type_text(welcome.name, "Sanne de Wit")
    type_text(welcome.school.lineEdit(), "Praktijkschool Het Anker")
    press(welcome.school.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: context.user is not None, timeout=5000)
    with context.database.session() as session:
        assert session.scalars(select(m.School.name)).all() == ["Praktijkschool Het Anker"]
    context.database.close()


# --- forms: stale errors, duplicates, a second placement, a JPO's own contact --------------------------------

from datetime import date, timedelta  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox  # noqa: E402

from coachdesk.domain import clock  # noqa: E402
from coachdesk.ui.dialogs.forms import RecordDialog  # noqa: E402
from tests import factories as f  # noqa: E402
from tests.test_ui import start_window  # noqa: E402
from tests.uihelpers import answer_modal_dialog, open_dialogs  # noqa: E402

SCHOOL = "Maasland College mbo"
TODAY = clock.today()
BORN = date(TODAY.year - 17, 3, 14)


@pytest.fixture
def folder(tmp_path):
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.transaction() as session:
        school = f.school(session, SCHOOL)
        zoe = f.student(session, school.id, first_name="Zoë", last_name="Bakker", date_of_birth=BORN)
        f.started_placement(session, zoe.id, f.employer(session).id, starts_on=TODAY - timedelta(weeks=3), ends_on=TODAY + timedelta(weeks=20))
    database.close()
    return tmp_path / "data"


def click_save(dialog) -> None:
    qtbot_click = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    from PySide6.QtTest import QTest

    QTest.mouseClick(qtbot_click, Qt.MouseButton.LeftButton)


def students_named(window, first_name: str) -> int:
    with window.context.database.session() as session:
        return len(session.scalars(select(m.Student.id).where(m.Student.first_name == first_name)).all())


def new_student_form(window, qtbot) -> RecordDialog:
    window.go("students")
    qtbot.mouseClick(window.lists["students"].new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_dialogs(RecordDialog)), timeout=3000)
    return open_dialogs(RecordDialog)[0]


def test_a_field_error_goes_once_the_field_is_valid(qtbot, folder):
    make_application()
    window = start_window(qtbot, folder, school=SCHOOL)
    dialog = new_student_form(window, qtbot)
    click_save(dialog)
    errors = dialog.error_labels
    assert errors["first_name"].isVisibleTo(dialog) and errors["last_name"].isVisibleTo(dialog)
    type_text(dialog.editors["first_name"], "Sanne")
    assert not errors["first_name"].isVisibleTo(dialog), "the stale error went"
    assert errors["last_name"].isVisibleTo(dialog) and dialog.summary.isVisibleTo(dialog), "the other is still wrong"
    type_text(dialog.editors["date_of_birth"].line, "31-02-2010")
    type_text(dialog.editors["last_name"], "Visser")
    assert not errors["last_name"].isVisibleTo(dialog)
    dialog.done(0)


def test_a_probable_duplicate_student_is_warned_before_saving(qtbot, folder):
    make_application()
    window = start_window(qtbot, folder, school=SCHOOL)

    def fill(dialog) -> None:
        type_text(dialog.editors["first_name"], "zoë ")
        type_text(dialog.editors["last_name"], "Bakker")
        type_text(dialog.editors["date_of_birth"].line, f"{BORN:%d-%m-%Y}")
        school_type = dialog.editors["school_type"]
        school_type.setCurrentIndex(school_type.findData("mbo2"))
        leerweg = dialog.editors["leerweg"]
        leerweg.setCurrentIndex(leerweg.findData("bol"))

    dialog = new_student_form(window, qtbot)
    fill(dialog)
    seen: list[str] = []
    answer_modal_dialog("duplicate-student", lambda box: (seen.append(box.text()), box.button(QMessageBox.StandardButton.Cancel).click()))
    click_save(dialog)
    assert seen and "Zoë Bakker" in seen[0] and f"{BORN:%d-%m-%Y}" in seen[0]
    assert dialog.isVisible() and students_named(window, "Zoë") == 1, "not saved: the coach looks first"
    answer_modal_dialog("duplicate-student", lambda box: box.button(QMessageBox.StandardButton.Save).click())
    click_save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    with window.context.database.session() as session:
        assert len(session.scalars(select(m.Student.id).where(m.Student.last_name == "Bakker")).all()) == 2, "a warning, not a refusal"


def test_a_second_open_placement_is_refused_when_the_form_opens(qtbot, folder):
    make_application()
    window = start_window(qtbot, folder, school=SCHOOL)
    with window.context.database.session() as session:
        zoe = session.scalar(select(m.Student.id).where(m.Student.first_name == "Zoë"))
    window.show_student(zoe)
    qtbot.mouseClick(window.student_page.placement_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_dialogs(RecordDialog)), timeout=3000)
    dialog = open_dialogs(RecordDialog)[0]
    assert dialog.summary.isVisibleTo(dialog) and "already has an open placement" in dialog.summary.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isVisibleTo(dialog)
    assert not dialog.editors["employer_id"].isEnabled(), "nothing to fill in for nothing"
    dialog.done(0)


def test_a_jpo_is_shown_that_the_contact_is_his(qtbot, folder):
    from coachdesk.ui.screens.pages import open_visit_dialog

    make_application()
    window = start_window(qtbot, folder, school=SCHOOL, role="jpo", user_name="Jan de JPO")
    with window.context.database.session() as session:
        zoe = session.scalar(select(m.Student.id).where(m.Student.first_name == "Zoë"))
    dialog = open_visit_dialog(window, window.context, zoe, None)
    coach = dialog.editors["coach_id"]
    assert coach.currentText() == "Jan de JPO" and not coach.isEnabled()
    assert "yours" in dialog.error_labels["coach_id"].text()
    type_text(dialog.editors["summary"], "Gesprek over de stage")
    click_save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    with window.context.database.session() as session:
        visit = session.scalars(select(m.Visit)).one()
        assert visit.coach_id == window.context.actor.coach_id
