"""Enter that works (issue 23): Enter in a list's search box opens the selected (first) row; on Vandaag Enter opens a
contact form only for a reason a contact answers and only on a row the user sees, and on a "nog aan te vullen"
item it opens the student. Real widgets, real keys."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.services import attention
from coachdesk.services.workspace import open_workspace
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.forms import RecordDialog
from tests import factories as f
from tests.factories import PASSPHRASE
from tests.test_ui import start_window, wait_for_today
from tests.uihelpers import open_dialogs, press, type_text

TODAY = clock.today()
SCHOOL = "Maasland College mbo"


@pytest.fixture
def window(qtbot, tmp_path):
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.transaction() as session:
        school = f.school(session, SCHOOL)
        wout = f.student(session, school.id, first_name="Wout", last_name="Jansen")
        f.started_placement(session, wout.id, f.employer(session).id, starts_on=TODAY - timedelta(weeks=10), ends_on=TODAY + timedelta(weeks=20))
        f.student(session, school.id, first_name="Anouk", last_name="Visser")
        # imported without the learning pathway an mbo student needs: "nog aan te vullen"
        session.add(m.Student(first_name="Ilse", last_name="de Vries", school_type=m.SchoolType.MBO2, leerweg=None, school_id=school.id,
                              date_of_birth=date(TODAY.year - 17, 3, 14)))
    database.close()
    make_application()
    return start_window(qtbot, tmp_path / "data", school=SCHOOL)


def activate(window) -> None:
    """The window takes the keyboard, as on a desktop (the offscreen platform activates nothing by itself), so that
    the shortcuts bound to a widget see where the focus really is."""
    import warnings

    window.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def student_id(window, first_name: str) -> str:
    with window.context.database.session() as session:
        return session.scalar(select(m.Student.id).where(m.Student.first_name == first_name))


def test_enter_in_the_search_box_opens_the_first_row(window, qtbot):
    window.go("students")
    students = window.lists["students"]
    qtbot.waitUntil(lambda: students.model.rowCount() == 3, timeout=5000)
    activate(window)
    type_text(students.search, "anouk")
    qtbot.waitUntil(lambda: students.model.rowCount() == 1, timeout=5000)
    assert QApplication.focusWidget() is students.search
    press(students.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.student_page.isVisible(), timeout=3000)
    assert window.student_page.student_id == student_id(window, "Anouk")


def test_enter_on_vandaag_opens_the_student_of_an_item_to_complete_and_a_contact_only_where_it_answers(window, qtbot):
    today = window.go("today")
    wait_for_today(qtbot, window)
    today.kind_filter.setCurrentIndex(today.kind_filter.findData(attention.TO_COMPLETE))
    assert today.current_item().student_id == student_id(window, "Ilse")
    today.table.setFocus()
    press(today.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.student_page.isVisible(), timeout=3000)
    assert window.student_page.student_id == student_id(window, "Ilse") and not open_dialogs(RecordDialog)

    today = window.go("today")
    wait_for_today(qtbot, window)
    today.kind_filter.setCurrentIndex(today.kind_filter.findData(attention.OVERDUE))
    assert today.current_item().student_id == student_id(window, "Wout")
    today.table.setFocus()
    press(today.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(open_dialogs(RecordDialog)), timeout=3000)
    form = open_dialogs(RecordDialog)[0]
    assert form.objectName() == "form-visits"
    form.reject()
    qtbot.waitUntil(lambda: not form.isVisible())


def test_enter_on_vandaag_never_acts_on_a_row_out_of_sight(window, qtbot):
    today = window.go("today")
    wait_for_today(qtbot, window)
    today.kind_filter.setCurrentIndex(today.kind_filter.findData(attention.OVERDUE))
    activate(window)
    type_text(today.search, "wout")
    press(today.search, Qt.Key.Key_Return)  # the search box: the row is selected and the list takes the focus, nothing opens
    assert not open_dialogs(RecordDialog) and today.current_item().student_id == student_id(window, "Wout")
    today.table.setFixedHeight(today.table.horizontalHeader().height() + 2)  # the row is out of sight
    qtbot.waitUntil(lambda: not today._row_seen(), timeout=3000)
    press(today.table, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert not open_dialogs(RecordDialog), "no contact form for a row the user cannot see"
    today.table.setMinimumHeight(0)
    today.table.setMaximumHeight(16777215)
    qtbot.waitUntil(lambda: today._row_seen(), timeout=3000)
    press(today.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(open_dialogs(RecordDialog)), timeout=3000)
    open_dialogs(RecordDialog)[0].reject()
