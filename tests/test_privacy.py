"""AVG rights: a student's export holds everything, erasure removes everything, retention lists who is due."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from coachdesk.documents.avg_export import export_student
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied
from coachdesk.services import records, risks
from coachdesk.services.access import Actor
from coachdesk.services.privacy import due_for_deletion, erase_student, erase_students_due
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import SYSTEM

TODAY = date.today()


@pytest.fixture
def student(database):
    with database.transaction() as session:
        school = f.school(session)
        student = f.student(session, school.id, first_name="Gülşen", last_name="Erasmus", health_notes="<b>astma</b>")
        employer = f.employer(session)
        placement = f.started_placement(session, student.id, employer.id, starts_on=TODAY - timedelta(weeks=4), ends_on=TODAY + timedelta(weeks=10))
        records.create(session, SYSTEM, "visits", {"student_id": student.id, "placement_id": placement.id, "visited_on": TODAY, "kind": "on_site", "summary": "Goed gesprek"})
        risks.record_assessment(session, SYSTEM, {"student_id": student.id, "assessed_on": TODAY, "signals": ["home"]}, [{"description": "Bellen met ouders"}])
        other = f.student(session, school.id, first_name="Blijft", last_name="Bestaan")
        return student.id, other.id


def test_export_holds_everything(database, student, tmp_path):
    with database.session() as session:
        json_path, pdf_path = export_student(session, SYSTEM, student[0], tmp_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["student"]["first_name"] == "Gülşen" and data["student"]["health_notes"] == "<b>astma</b>"
    assert len(data["placements"]) == 1 and len(data["visits"]) == 1 and len(data["risk_assessments"]) == 1 and len(data["risk_actions"]) == 1
    assert any(entry["record_id"] == student[0] for entry in data["audit_trail"])
    text = "\n".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "Gülşen" in text and "<b>astma</b>" in text and "Goed gesprek" in text and "Bellen met ouders" in text


def test_erase_removes_everything_about_the_student(database, student):
    with database.transaction() as session:
        erase_student(session, SYSTEM, student[0])
    with database.session() as session:
        for model in (m.Placement, m.Visit, m.RiskAssessment, m.RiskAction):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model
        assert session.get(m.Student, student[0]) is None and session.get(m.Student, student[1]) is not None
        trail = " ".join(f"{e.record_id} {e.fields}" for e in session.scalars(select(m.AuditEntry)))
        assert student[0] not in trail
        assert session.scalar(select(func.count()).select_from(m.AuditEntry).where(m.AuditEntry.action == "erase")) == 1
    database.checkpoint()
    for path in database.data_dir.glob("coachdesk.sqlite*"):
        assert b"Erasmus" not in path.read_bytes(), f"the erased name is still readable in {path.name}"


def test_only_a_coordinator_may(database, student):
    with database.session() as session:
        docent = Actor.for_coach(f.coach(session, session.get(m.Student, student[0]).school_id))
        with pytest.raises(AccessDenied):
            erase_student(session, docent, student[0])


def test_retention_lists_who_left_long_enough_ago(database, student):
    with database.transaction() as session:
        records.update(session, SYSTEM, "students", student[0], {"status": "left", "left_on": TODAY - timedelta(days=3 * 365)})
        records.update(session, SYSTEM, "students", student[1], {"status": "left", "left_on": TODAY - timedelta(days=365)})
    with database.session() as session:
        assert [s.id for s in due_for_deletion(session, 2)] == [student[0]]
        assert {s.id for s in due_for_deletion(session, 1)} == set(student)


def test_command_line(database, student, tmp_path):
    folder = str(database.data_dir)
    database.close()
    run = lambda *args: run_coachdesk("--data-dir", folder, *args)  # noqa: E731
    assert run("student", "export", student[0], "--out", str(tmp_path / "avg")).returncode == 0
    assert len(list((tmp_path / "avg").iterdir())) == 2
    assert run("student", "erase", student[0]).returncode == 0
    result = run("student", "erase", student[0])
    assert result.returncode == 2 and "Traceback" not in result.stderr and student[0] in result.stderr


def _left(database, student_ids: tuple, years_ago: tuple) -> None:
    with database.transaction() as session:
        for student_id, years in zip(student_ids, years_ago):
            records.update(session, SYSTEM, "students", student_id, {"status": "left", "left_on": TODAY - timedelta(days=round(years * 365.25) + 1)})


def test_a_coordinator_erases_everyone_past_retention_in_one_step_in_the_app(qtbot, database, student):
    from coachdesk.services.users import register_user
    from coachdesk.ui.app import make_application
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.screens.settings import SettingsScreen

    _left(database, student, (3, 1))
    with database.transaction() as session:
        register_user(session, "Sanne", "coordinator", "")
    make_application()
    context = AppContext(database)
    screen = SettingsScreen(context)
    qtbot.addWidget(screen)
    screen.reload()
    assert screen.retention_box.isVisibleTo(screen) and screen.erase_due_button.isEnabled()
    assert "1 student left school more than 2 years ago" in screen.retention_label.text()
    screen.erase_students_due(confirmed=True)
    qtbot.waitUntil(lambda: "erased" in screen.saved_label.text(), timeout=10000)
    with database.session() as session:
        assert session.get(m.Student, student[0]) is None
        assert session.get(m.Student, student[1]) is not None, "left one year ago: kept"
        assert session.scalar(select(func.count()).select_from(m.Visit)) == 0
    assert "No student is past" in screen.retention_label.text() and not screen.erase_due_button.isEnabled()


def test_the_retention_step_is_not_offered_to_a_docent(qtbot, database, student):
    from coachdesk.services.users import register_user
    from coachdesk.ui.app import make_application
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.screens.settings import SettingsScreen

    with database.transaction() as session:
        register_user(session, "Daan", "docent", "Praktijkschool Test")
    make_application()
    screen = SettingsScreen(AppContext(database))
    qtbot.addWidget(screen)
    screen.reload()
    assert not screen.retention_box.isVisibleTo(screen)
    with database.session() as session, pytest.raises(AccessDenied):
        erase_students_due(session, Actor.for_coach(session.get(m.Coach, screen.context.user.id)), 2)


def test_the_command_line_erases_everyone_due(database, student):
    _left(database, student, (5, 3))
    folder = str(database.data_dir)
    database.close()
    result = run_coachdesk("--data-dir", folder, "student", "due", "--erase")
    assert result.returncode == 0 and "Erased 2 students" in result.stdout
