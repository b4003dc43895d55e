"""Roles are enforced in the services, for every kind of record, not only hidden in the screens."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from coachdesk.documents.avg_export import export_student
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, ValidationError
from coachdesk.domain.schema import KINDS
from coachdesk.services import placements, records, risks
from coachdesk.services.access import Actor
from coachdesk.services.list_queries import LIST_SPECS, load_keys
from coachdesk.services.privacy import erase_student
from tests import factories as f
from tests.factories import SYSTEM

TODAY = date.today()
# What a JPO may read: the shared catalogues and his mentees; risk assessments never.
JPO_UNREADABLE = {"risks", "risk_actions", "employer_contacts"}  # as domain/policy.py's table says


@pytest.fixture
def world(database):
    session = database.session()
    school, other_school = f.school(session), f.school(session, "Andere School")
    mentee = f.student(session, school.id, health_notes="astma, pufje in de tas")
    classmate = f.student(session, school.id, first_name="Daan")
    elsewhere = f.student(session, other_school.id, first_name="Gülşen")
    jpo_coach = f.coach(session, school.id, role="jpo", name="Jayden")
    session.add(m.JpoPairing(jpo_id=jpo_coach.id, student_id=mentee.id, since=TODAY - timedelta(days=1)))
    employer = f.employer(session)
    placement = f.started_placement(session, mentee.id, employer.id, starts_on=TODAY - timedelta(weeks=2), ends_on=TODAY + timedelta(weeks=20))
    risks.record_assessment(session, SYSTEM, {"student_id": mentee.id, "assessed_on": TODAY, "signals": ["absence"], "notes": "thuis onrustig"})
    session.commit()
    world = {
        "session": session, "school": school, "mentee": mentee, "classmate": classmate, "elsewhere": elsewhere,
        "employer": employer, "placement": placement,
        "jpo": Actor.for_coach(jpo_coach), "docent": Actor.for_coach(f.coach(session, school.id, name="Docent")),
    }
    session.commit()
    yield world
    session.close()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_jpo_reads_only_what_he_may(world, kind):
    session, jpo = world["session"], world["jpo"]
    if kind in JPO_UNREADABLE:
        with pytest.raises(AccessDenied, match="not available to a JPO" if kind.startswith("risk") else "not available to your role"):
            records.list_records(session, jpo, kind)
        return
    seen = records.list_records(session, jpo, kind)
    student_ids = {getattr(record, "student_id", None) or (record.id if kind == "students" else None) for record in seen} - {None}
    assert student_ids <= {world["mentee"].id}, "nothing about other students"


@pytest.mark.parametrize("kind", sorted(set(KINDS) - {"visits", "students"}))
def test_a_jpo_changes_nothing_but_his_mentees_and_their_contacts(world, kind):
    session, jpo = world["session"], world["jpo"]
    with pytest.raises(AccessDenied):
        records.create(session, jpo, kind, {"name": "Iets nieuws"})
    existing = records.list_records(session, SYSTEM, kind)
    if existing:
        with pytest.raises(AccessDenied):
            records.update(session, jpo, kind, existing[0].id, {"name": "Anders"})


def test_a_jpo_never_sees_or_writes_health_notes_and_they_stay_stored(world):
    session, jpo, mentee = world["session"], world["jpo"], world["mentee"]
    assert records.get(session, jpo, "students", mentee.id).health_notes is None
    assert all(s.health_notes is None for s in records.list_records(session, jpo, "students"))
    with pytest.raises(ValidationError) as refused:
        records.update(session, jpo, "students", mentee.id, {"health_notes": "iets anders"})
    assert "health_notes" in refused.value.by_field()
    records.update(session, jpo, "students", mentee.id, {"phone": "06 12345678"})
    session.commit()
    session.expire_all()
    stored = records.get(session, SYSTEM, "students", mentee.id)
    assert (stored.phone, stored.health_notes) == ("06 12345678", "astma, pufje in de tas"), "his save left the notes alone"


def test_a_jpo_logs_contacts_for_his_mentees_only(world):
    session, jpo = world["session"], world["jpo"]
    visit = records.create(session, jpo, "visits", {"student_id": world["mentee"].id, "visited_on": TODAY, "kind": "school_talk"})
    assert visit.student_id == world["mentee"].id
    for other in ("classmate", "elsewhere"):
        with pytest.raises(AccessDenied, match="may not see this student"):
            records.create(session, jpo, "visits", {"student_id": world[other].id, "visited_on": TODAY, "kind": "school_talk"})
        with pytest.raises(AccessDenied):
            records.get(session, jpo, "students", world[other].id)
        with pytest.raises(AccessDenied):
            records.update(session, jpo, "students", world[other].id, {"phone": "06 00000000"})
    with pytest.raises(AccessDenied):
        records.create(session, jpo, "students", {"first_name": "Nieuw", "last_name": "Kind", "school_type": "pro", "school_id": world["school"].id})


def test_a_jpo_is_refused_risks_placements_and_the_avg_tools(world, tmp_path):
    session, jpo, mentee = world["session"], world["jpo"], world["mentee"]
    with pytest.raises(AccessDenied, match="not available to a JPO"):
        risks.record_assessment(session, jpo, {"student_id": mentee.id, "assessed_on": TODAY})
    assessment = session.scalar(select(m.RiskAssessment))
    with pytest.raises(AccessDenied):
        records.get(session, jpo, "risks", assessment.id)
    with pytest.raises(AccessDenied):
        placements.create_placement(session, jpo, {"student_id": mentee.id})
    with pytest.raises(AccessDenied):
        placements.change_status(session, jpo, world["placement"].id, "ended_early", reason="weg")
    with pytest.raises(AccessDenied):
        load_keys(session, jpo, LIST_SPECS["audit"])
    with pytest.raises(AccessDenied):
        export_student(session, jpo, mentee.id, tmp_path)
    with pytest.raises(AccessDenied):
        erase_student(session, jpo, mentee.id)


def test_a_docent_works_within_his_own_school(world):
    session, docent = world["session"], world["docent"]
    assert {s.id for s in records.list_records(session, docent, "students")} == {world["mentee"].id, world["classmate"].id}
    assert records.get(session, docent, "students", world["mentee"].id).health_notes == "astma, pufje in de tas"
    assert records.list_records(session, docent, "risks"), "a docent works with risk assessments"
    elsewhere = world["elsewhere"]
    with pytest.raises(AccessDenied):
        records.get(session, docent, "students", elsewhere.id)
    with pytest.raises(AccessDenied):
        records.create(session, docent, "visits", {"student_id": elsewhere.id, "visited_on": TODAY, "kind": "on_site"})
    with pytest.raises(AccessDenied):
        placements.create_placement(session, docent, {"student_id": elsewhere.id})
    with pytest.raises(AccessDenied):
        risks.record_assessment(session, docent, {"student_id": elsewhere.id, "assessed_on": TODAY})
    with pytest.raises(AccessDenied, match="Only a coordinator"):
        load_keys(session, docent, LIST_SPECS["audit"])
