"""Dates that agree (issue 23): a placement never ends before it starts, nor stops (ended early, completed) before
its start, whichever path sets the date: the status dialog, the placement form, the command line; the stop date
is on the student and employer pages. Services first, then the command line as a process, then real widgets."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import timedelta

import pytest
from sqlalchemy import select

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.i18n import in_language
from coachdesk.services import placements, records
from coachdesk.services.workspace import open_workspace
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import PASSPHRASE, SYSTEM

TODAY = clock.today()
S = m.PlacementStatus
SCHOOL = "Maasland College mbo"


@pytest.fixture
def session(database):
    with database.transaction() as session:
        yield session


def started(session, weeks_ago: int = 4, weeks_to_go: int = 20) -> m.Placement:
    school = f.school(session, SCHOOL)
    student = f.student(session, school.id, first_name="Wout")
    return f.started_placement(session, student.id, f.employer(session).id,
                               starts_on=TODAY - timedelta(weeks=weeks_ago), ends_on=TODAY + timedelta(weeks=weeks_to_go))


def test_an_early_end_before_the_start_is_refused(session):
    placement = started(session)
    with in_language("en"), pytest.raises(ValidationError, match="cannot stop before it started"):
        placements.change_status(session, SYSTEM, placement.id, "ended_early", on=placement.starts_on - timedelta(days=1), reason="Ruzie")
    assert placement.status == S.STARTED and placement.ended_on is None
    placements.change_status(session, SYSTEM, placement.id, "ended_early", on=placement.starts_on, reason="Ruzie")
    assert placement.ended_on == placement.starts_on


def test_a_completion_before_the_start_is_refused(session):
    placement = started(session)
    with in_language("en"), pytest.raises(ValidationError, match="cannot stop before it started"):
        placements.change_status(session, SYSTEM, placement.id, "completed", on=placement.starts_on - timedelta(days=30))
    assert placement.status == S.STARTED


def test_starting_after_the_planned_end_is_refused(session):
    school = f.school(session, SCHOOL)
    student = f.student(session, school.id)
    placement = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session).id,
                                                              "ends_on": TODAY - timedelta(days=3)})
    with in_language("en"), pytest.raises(ValidationError, match="cannot start after that"):
        placements.change_status(session, SYSTEM, placement.id, "started", on=TODAY)
    assert placement.status == S.PROPOSED and placement.starts_on is None


def test_a_cancelled_proposal_may_stop_before_its_planned_start(session):
    school = f.school(session, SCHOOL)
    student = f.student(session, school.id)
    placement = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session).id,
                                                              "starts_on": TODAY + timedelta(weeks=3)})
    placements.change_status(session, SYSTEM, placement.id, "ended_early", on=TODAY, reason="Werkgever trekt zich terug")
    assert placement.status == S.ENDED_EARLY and placement.ended_on == TODAY
    records.update(session, SYSTEM, "placements", placement.id, {"notes": "Nieuwe plek zoeken"})  # an unrelated edit still saves


def test_moving_the_start_past_the_stop_date_is_refused(session):
    placement = started(session)
    placements.change_status(session, SYSTEM, placement.id, "ended_early", on=TODAY - timedelta(days=7), reason="Ziek")
    with in_language("en"), pytest.raises(ValidationError, match="stopped on .* before this start date"):
        records.update(session, SYSTEM, "placements", placement.id, {"starts_on": TODAY - timedelta(days=2)})
    records.update(session, SYSTEM, "placements", placement.id, {"starts_on": TODAY - timedelta(weeks=5)})


# --- the command line, as a process ------------------------------------------------------------


@pytest.fixture
def folder(tmp_path):
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.transaction() as session:
        placement = started(session)
        placements.change_status(session, SYSTEM, placement.id, "ended_early", on=TODAY - timedelta(days=7), reason="Ziek")
        f.coach(session, None, role="coordinator", name="Carla Coördinator")
        from coachdesk.services.users import choose_user

        choose_user(session, SYSTEM, session.scalar(select(m.Coach.id).where(m.Coach.role == m.CoachRole.COORDINATOR)))
        placement_id, student_id, employer_id = placement.id, placement.student_id, placement.employer_id
    database.close()
    return tmp_path / "data", placement_id, student_id, employer_id


def test_the_command_line_refuses_contradicting_dates(folder):
    data, placement_id, student_id, employer_id = folder
    result = run_coachdesk("--data-dir", str(data), "edit", "placements", placement_id, f"starts_on={TODAY - timedelta(days=1):%d-%m-%Y}",
                           COACHDESK_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 2 and "before this start date" in result.stderr, result.stderr
    result = run_coachdesk("--data-dir", str(data), "add", "placements", f"student_id={student_id}", f"employer_id={employer_id}",
                           f"starts_on={TODAY:%d-%m-%Y}", f"ends_on={TODAY - timedelta(days=1):%d-%m-%Y}", COACHDESK_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 2 and "end date lies before the start date" in result.stderr, result.stderr
    database = open_workspace(data, PASSPHRASE)
    try:
        with database.session() as session:
            stored = session.get(m.Placement, placement_id)
            assert stored.starts_on == TODAY - timedelta(weeks=4)
            assert session.scalar(select(m.Placement.id).where(m.Placement.starts_on == TODAY)) is None
    finally:
        database.close()


# --- through the real widgets -----------------------------------------------------------------

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from coachdesk.ui.app import make_application  # noqa: E402
from coachdesk.ui.dialogs.forms import StatusDialog  # noqa: E402
from tests.test_ui import start_window  # noqa: E402
from tests.uihelpers import open_dialogs, type_text  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path):
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.transaction() as session:
        started(session)
    database.close()
    make_application()
    return start_window(qtbot, tmp_path / "data", school=SCHOOL)


def test_the_status_dialog_refuses_a_stop_before_the_start_and_the_pages_show_the_stop_date(window, qtbot):
    with window.context.database.session() as session:
        placement = session.scalars(select(m.Placement)).one()
        placement_id, student_id, employer_id, starts_on = placement.id, placement.student_id, placement.employer_id, placement.starts_on
    window.show_student(student_id)
    page = window.student_page
    QTest.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_dialogs(StatusDialog)), timeout=3000)
    dialog = open_dialogs(StatusDialog)[0]
    dialog.target.setCurrentIndex(dialog.target.findData(S.ENDED_EARLY.value))
    dialog.on.line.selectAll()
    type_text(dialog.on.line, f"{starts_on - timedelta(days=2):%d-%m-%Y}")
    type_text(dialog.reason, "Past niet")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "cannot stop before it started" in dialog.error.text()
    with window.context.database.session() as session:
        assert session.get(m.Placement, placement_id).status == S.STARTED
    stop = TODAY - timedelta(days=1)
    dialog.on.line.selectAll()
    type_text(dialog.on.line, f"{stop:%d-%m-%Y}")
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    headers = [page.placements.horizontalHeaderItem(c).text() for c in range(page.placements.columnCount())]
    qtbot.waitUntil(lambda: page.placements.item(0, headers.index("Stopped")).text() == f"{stop:%d-%m-%Y}", timeout=3000)
    window.show_employer(employer_id)
    table = window.employer_page.placements
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert table.item(0, headers.index("Stopped")).text() == f"{stop:%d-%m-%Y}"
