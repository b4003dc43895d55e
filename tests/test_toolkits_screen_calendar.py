"""The Toolkits screen's calendar for one student: only his activities, written where the coach chose."""
from __future__ import annotations

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from coachdesk.documents.toolkit_data import event_fits, student_events
from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.services.demo import fill_demo
from coachdesk.services.workspace import open_workspace
from coachdesk.ui.app import make_application
from coachdesk.ui.context import AppContext
from coachdesk.ui.screens.toolkits import ToolkitsScreen
from tests.factories import PASSPHRASE


@pytest.fixture
def screen(qtbot, tmp_path):
    make_application()
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.transaction() as session:
        fill_demo(session, "small")
    screen = ToolkitsScreen(AppContext(database))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_calendar_for_one_student(screen, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "leerling.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(screen.student_ics_button, Qt.MouseButton.LeftButton)
    assert not target.exists(), "no student chosen: nothing written, the status line says what to do"
    assert screen.status.text()
    screen.kind.setCurrentIndex(screen.kind.findData("student"))
    screen.recipients.item(0).setSelected(True)
    student_id = screen.recipients.item(0).data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(screen.student_ics_button, Qt.MouseButton.LeftButton)
    written = {str(event["uid"]) for event in Calendar.from_ical(target.read_bytes()).walk("VEVENT") if str(event["status"]) == "CONFIRMED"}
    with screen.context.database.session() as session:
        student = session.get(m.Student, student_id)
        shown = {f"{event.id}@coachdesk" for event, _own in student_events(session, student, clock.today())[0]}
        assert all(event_fits(event, student) or not own for event, own in student_events(session, student, clock.today())[0])
    assert written == shown and shown, "exactly the activities his toolkit shows"
