"""Demo data removed in one step (issue 13): the demo goes, real records and what they use stay."""
from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied
from coachdesk.services.access import Actor
from coachdesk.services.demo import demo_records_left, fill_demo, has_demo_data, is_demo_id, remove_demo_data
from coachdesk.services.placements import create_placement
from tests import factories
from tests.commandline import run_coachdesk
from tests.uihelpers import answer_modal_dialog

SYSTEM = Actor.system()


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def demo_with_real_work(database):
    """The small demo, and then real work: a real student at a demo school, placed at a demo employer, and a real employer."""
    with database.transaction() as session:
        fill_demo(session, "small", today=date(2026, 11, 23))
        demo_school = session.scalars(select(m.School).order_by(m.School.name)).first()
        # (an employer nobody is winning over: an acquisition owner would be one more demo record that stays)
        demo_employer = session.scalars(select(m.Employer).where(m.Employer.acquisition_owner_id.is_(None)).order_by(m.Employer.name)).first()
        real_student = factories.student(session, demo_school.id, first_name="Echte", last_name="Leerling")
        create_placement(session, SYSTEM, {"student_id": real_student.id, "employer_id": demo_employer.id})
        real_employer = factories.employer(session, name="Echt Bedrijf")
        ids = {"school": demo_school.id, "employer": demo_employer.id, "student": real_student.id, "real_employer": real_employer.id}
    return ids


def test_demo_records_carry_a_marker_real_records_never_do(database):
    with database.transaction() as session:
        fill_demo(session, "small", today=date(2026, 11, 23))
        real = factories.student(session, session.scalars(select(m.School)).first().id)
        assert all(is_demo_id(i) for i in session.scalars(select(m.Student.id).where(m.Student.id != real.id)))
        assert not is_demo_id(real.id)
        assert has_demo_data(session)


def test_removing_the_demo_keeps_real_records_and_what_they_use(database, demo_with_real_work):
    ids = demo_with_real_work
    with database.transaction() as session:
        removed = remove_demo_data(session, SYSTEM)
        assert removed["students"] == 320 and removed["visits"] > 800 and removed["matching_events"] == 24
    with database.session() as session:
        assert [s.id for s in session.scalars(select(m.Student))] == [ids["student"]]
        assert session.get(m.School, ids["school"]) is not None, "the real student's school stays"
        assert session.get(m.Employer, ids["employer"]) is not None, "the employer of the real placement stays"
        assert session.get(m.Employer, ids["real_employer"]) is not None
        assert _count(session, m.Employer) == 2 and _count(session, m.Visit) == 0 and _count(session, m.MatchingEvent) == 0
        assert _count(session, m.Placement) == 1
        assert demo_records_left(session) == 2 and not has_demo_data(session)  # the school and the employer stay, nothing to remove
        deleted = session.scalar(select(func.count()).select_from(m.AuditEntry).where(m.AuditEntry.action == "delete"))
        assert deleted == sum(removed.values()), "every removal is in the audit trail (and so goes to the team)"


@pytest.mark.parametrize("role", ["docent", "jobcoach", "jpo"])
def test_only_a_coordinator_removes_the_demo(database, role):
    with database.transaction() as session:
        fill_demo(session, "small", today=date(2026, 11, 23))
        before = _count(session, m.Student)
        with pytest.raises(AccessDenied, match="Only a coordinator"):
            remove_demo_data(session, Actor(m.CoachRole(role), None, session.scalars(select(m.School)).first().id))
        assert _count(session, m.Student) == before


def test_the_command_line_removes_the_demo(tmp_path):
    folder = str(tmp_path / "data")
    assert run_coachdesk("--data-dir", folder, "demo").returncode == 0
    result = run_coachdesk("--data-dir", folder, "demo", "--remove")
    assert result.returncode == 0, result.stderr
    removed = re.search(r"Demo data removed: (\d+) records\.", result.stdout)
    assert removed and int(removed.group(1)) > 320 + 110 + 24, result.stdout  # students, employers, events and more
    # The demo coordinator the command line acts as is the user (settings point at him): he and nothing else stays.
    assert "1 demo record stay" in result.stdout or "2 demo records stay" in result.stdout
    listed = run_coachdesk("--data-dir", folder, "list", "students", "--json")
    assert listed.stdout.strip() == "[]"


def test_in_a_team_the_demo_stays_and_the_reason_is_said(tmp_path, qtbot):
    """Removing demo data in a team would remove it on every laptop, with what colleagues added to it meanwhile."""
    import json

    folder, team = str(tmp_path / "data"), str(tmp_path / "team")
    assert run_coachdesk("--data-dir", folder, "demo").returncode == 0
    coaches = json.loads(run_coachdesk("--data-dir", folder, "list", "coaches", "--json").stdout)
    boss = next(c for c in coaches if c["role"] == "coordinator")
    assert run_coachdesk("--data-dir", folder, "team", "create", "--folder", team, "--as", boss["id"], "--with-demo").returncode == 0
    refused = run_coachdesk("--data-dir", folder, "demo", "--remove")
    assert refused.returncode != 0 and "shares its work with a team" in refused.stderr, refused.stderr
    assert len(json.loads(run_coachdesk("--data-dir", folder, "list", "students", "--json").stdout)) == 320

    from coachdesk.services.workspace import open_workspace
    from coachdesk.ui.app import make_application
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.screens.settings import SettingsScreen
    from tests.factories import PASSPHRASE

    make_application()
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    screen = SettingsScreen(AppContext(database))
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    assert screen.demo_box.isVisible() and not screen.remove_demo_button.isEnabled()
    assert "shares its work with a team" in screen.demo_label.text()
    screen.close()
    database.close()


def _settings_as(qtbot, database, name: str, role: str, school: str = ""):
    """The settings screen, shown to the user ``name`` (registered on this laptop with ``role``)."""
    from coachdesk.services.users import register_user
    from coachdesk.ui.app import make_application
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.screens.settings import SettingsScreen

    with database.transaction() as session:
        register_user(session, name, role, school)
    make_application()
    screen = SettingsScreen(AppContext(database))
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    return screen


def test_a_coordinator_removes_the_demo_from_settings_with_the_mouse(qtbot, database, demo_with_real_work):
    screen = _settings_as(qtbot, database, "Sanne de Wit", "coordinator")
    assert screen.demo_box.isVisible()

    # First "No": nothing happens.
    answered = answer_modal_dialog("remove-demo-confirm", lambda box: qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton))
    qtbot.mouseClick(screen.remove_demo_button, Qt.MouseButton.LeftButton)
    assert answered
    with database.session() as session:
        assert _count(session, m.Student) == 321

    answered = answer_modal_dialog("remove-demo-confirm", lambda box: qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton))
    qtbot.mouseClick(screen.remove_demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Demo data removed" in screen.saved_label.text(), timeout=20000)
    assert "2 demo records stay" in screen.saved_label.text()
    assert not screen.demo_box.isVisible(), "nothing left to remove: the step is no longer offered"
    with database.session() as session:
        assert [s.first_name for s in session.scalars(select(m.Student))] == ["Echte"]


def test_the_step_is_not_offered_to_a_docent(qtbot, database, demo_with_real_work):
    with database.session() as session:
        school = session.get(m.School, demo_with_real_work["school"]).name
    screen = _settings_as(qtbot, database, "Daan Docent", "docent", school)
    assert not screen.demo_box.isVisible()
