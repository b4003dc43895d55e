"""Duplicate employers (issue 19): found by KvK number, Leerbedrijf-ID, phone or a similar name in the same
postcode; merged with everything moved and recorded; unmerged with nothing lost. And the pipeline view."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError, ValidationError
from coachdesk.services import acquisition, placements, records
from tests import factories as f
from tests.factories import SYSTEM

TODAY = clock.today()


@pytest.fixture
def session(database):
    with database.transaction() as session:
        yield session


def employer(session, name: str, **values) -> m.Employer:
    return records.create(session, SYSTEM, "employers", {"name": name} | values)  # type: ignore[return-value]


def test_duplicates_are_found_by_kvk_leerbedrijf_id_phone_and_a_similar_name_in_one_postcode(session):
    a = employer(session, "Bakkerij Öztürk B.V.", postcode="3011 AB", kvk_number="12345678")
    b = employer(session, "Bakkerij Ozturk", postcode="3011 XZ")
    c = employer(session, "Öztürk Brood", kvk_number="1234 5678")
    d = employer(session, "Hovenier Groen", contact_phone="+31 10 123 4567")
    e = employer(session, "Groen & Zn", contact_phone="010-1234567")
    g = employer(session, "Tuincentrum Oost", sbb_id="998877")
    h = employer(session, "Tuincentrum West")
    records.create(session, SYSTEM, "recognitions", {"employer_id": h.id, "sbb_id": "998877", "crebo": "25400"})
    employer(session, "Bakkerij Ozturk", postcode="9999 AA")  # the same name far away: another bakery
    found = {frozenset((d_.keep, d_.other)): d_.why for d_ in acquisition.duplicates(session, SYSTEM)}
    assert found == {
        frozenset((a.id, b.id)): "similar name in postcode 3011",
        frozenset((a.id, c.id)): "same KvK number 12345678",
        frozenset((d.id, e.id)): "same phone number 0101234567",
        frozenset((g.id, h.id)): "same Leerbedrijf-ID 998877",
    }
    warned = acquisition.duplicates_of(session, {"name": "bakkerij  öztürk", "postcode": "3011 CC"})
    assert {x.other for x in warned} | {x.keep for x in warned} >= {a.id, b.id}


def test_a_merge_moves_everything_and_an_unmerge_puts_it_all_back(session):
    school = f.school(session)
    keep = employer(session, "Bakkerij Öztürk", postcode="3011 AB")
    other = employer(session, "Bakkerij Ozturk", postcode="3011 AB", kvk_number="12345678", contact_phone="010 1234567",
                     acquisition_stage="gesprek", next_step="Rondleiding plannen", next_step_on=TODAY + timedelta(days=3))
    trainer = records.create(session, SYSTEM, "praktijkopleiders", {"employer_id": other.id, "name": "Fatma"})
    student = f.student(session, school.id)
    placement = f.started_placement(session, student.id, other.id, starts_on=TODAY - timedelta(days=10), ends_on=TODAY + timedelta(days=90))
    the_place = records.create(session, SYSTEM, "places", {"employer_id": other.id, "leerweg": "stage"})
    contact = records.create(session, SYSTEM, "employer_contacts", {"employer_id": other.id, "contacted_on": TODAY, "kind": "call"})
    recognition = records.create(session, SYSTEM, "recognitions", {"employer_id": other.id, "crebo": "25246"})
    trip = records.create(session, SYSTEM, "travel_times", {"student_id": student.id, "employer_id": other.id, "location_pc4": "3011", "minutes": 12})

    merge = acquisition.merge(session, SYSTEM, keep.id, other.id)
    owned = [placement, the_place, contact, recognition, trainer, trip]
    for record in owned:
        session.refresh(record)
        assert record.employer_id == keep.id  # type: ignore[attr-defined]
    session.refresh(keep)
    session.refresh(other)
    assert (keep.kvk_number, keep.contact_phone, keep.acquisition_stage, keep.next_step) == (
        "12345678", "010 1234567", m.AcquisitionStage.GESPREK, "Rondleiding plannen")
    assert (other.active, other.merged_into_id) == (False, keep.id)
    assert acquisition.duplicates(session, SYSTEM) == []
    audited = {(a.record_id, tuple(a.fields)) for a in session.scalars(select(m.AuditEntry).where(m.AuditEntry.kind == "placements"))}
    assert (placement.id, ("employer_id",)) in audited
    with pytest.raises(UserError, match="already merged"):
        acquisition.merge(session, SYSTEM, keep.id, other.id)

    acquisition.unmerge(session, SYSTEM, merge.id)
    for record in owned:
        session.refresh(record)
        assert record.employer_id == other.id  # type: ignore[attr-defined]
    session.refresh(keep)
    session.refresh(other)
    assert (keep.kvk_number, keep.contact_phone, keep.acquisition_stage, keep.next_step, keep.next_step_on) == (None, None, None, None, None)
    assert (other.active, other.merged_into_id, other.kvk_number) == (True, None, "12345678")
    with pytest.raises(UserError, match="already undone"):
        acquisition.unmerge(session, SYSTEM, merge.id)
    with pytest.raises(UserError, match="itself"):
        acquisition.merge(session, SYSTEM, keep.id, keep.id)
    assert placements.OPEN_STATUSES  # the placement kept its status throughout
    assert placement.status == m.PlacementStatus.STARTED


def test_the_pipeline_shows_who_talks_to_whom_and_the_due_steps(session):
    school = f.school(session)
    hunter = f.coach(session, school.id, "coordinator", "Jaap Jobhunter")
    due = employer(session, "Supermarkt Noord", acquisition_stage="eerste_contact", acquisition_owner_id=hunter.id,
                   next_step="Terugbellen", next_step_on=TODAY - timedelta(days=1))
    employer(session, "Later", acquisition_stage="interesse", acquisition_owner_id=hunter.id, next_step_on=TODAY + timedelta(days=9))
    employer(session, "Niet in de pijplijn")
    records.create(session, SYSTEM, "employer_contacts", {"employer_id": due.id, "contacted_on": TODAY - timedelta(days=2), "kind": "call",
                                                          "coach_id": hunter.id})
    rows = {row.name: row for row in acquisition.pipeline_rows(session, SYSTEM)}
    assert set(rows) == {"Supermarkt Noord", "Later"}
    assert (rows["Supermarkt Noord"].owner, rows["Supermarkt Noord"].last_contact_on, rows["Supermarkt Noord"].last_contact_by) == (
        "Jaap Jobhunter", TODAY - timedelta(days=2), "Jaap Jobhunter")
    from coachdesk.services.access import Actor

    assert [row.name for row in acquisition.due_steps(session, Actor.for_coach(hunter))] == ["Supermarkt Noord"]


def test_a_dropped_employer_needs_a_reason(session):
    boss = employer(session, "Garage")
    from coachdesk.domain.schema import KINDS
    from coachdesk.services import place_rules

    errors = place_rules.check(session, KINDS["employers"], {"acquisition_stage": m.AcquisitionStage.DROPPED})
    assert [e.field for e in errors] == ["dropped_reason"]
    records.update(session, SYSTEM, "employers", boss.id, {"acquisition_stage": "dropped", "dropped_reason": "Geen tijd"})
    with pytest.raises(ValidationError, match="KvK"):
        records.update(session, SYSTEM, "employers", boss.id, {"kvk_number": "123"})


def test_a_matching_event_becomes_contacts_and_pipeline_steps(session):
    from datetime import datetime

    school = f.school(session)
    event = records.create(session, SYSTEM, "events", {"title": "Speeddate zorg", "kind": "speeddate",
                                                       "starts_at": datetime.combine(TODAY, datetime.min.time())})
    keen = employer(session, "Zorgcentrum", acquisition_stage="eerste_contact")
    cool = employer(session, "Garage")
    one, two = f.student(session, school.id, first_name="Noor"), f.student(session, school.id, first_name="Sem")
    contacts = acquisition.record_event_meetings(session, SYSTEM, event.id, [
        (one.id, keen.id, "wil_kennismaken"), (two.id, keen.id, "wil_kennismaken"), (two.id, cool.id, "geen_match")])
    by_employer = {c.employer_id: c for c in contacts}
    assert by_employer[keen.id].summary == "At Speeddate zorg: 2 students want to meet, 0 no match."
    assert by_employer[cool.id].summary == "At Speeddate zorg: 0 students want to meet, 1 no match."
    assert {c.kind for c in contacts} == {m.EmployerContactKind.EVENT} and {c.event_id for c in contacts} == {event.id}
    session.refresh(keen)
    session.refresh(cool)
    assert (keen.acquisition_stage, keen.next_step) == (m.AcquisitionStage.GESPREK, "Plan the introductions")
    assert cool.acquisition_stage is None
    with pytest.raises(UserError, match="not an outcome"):
        acquisition.record_event_meetings(session, SYSTEM, event.id, [(one.id, keen.id, "misschien")])


def test_a_logged_contact_moves_the_pipeline_and_says_what_the_school_seeks(session):
    from coachdesk.services.access import Actor

    school = f.school(session)
    hunter = f.coach(session, school.id, "coordinator", "Jaap Jobhunter")
    boss = employer(session, "Bakkerij Noord", sector="Horeca")
    acquisition.log_contact(session, Actor.for_coach(hunter), {"employer_id": boss.id, "contacted_on": TODAY, "kind": "call",
                                                               "next_step": "Langsgaan", "next_step_on": TODAY + timedelta(days=2)})
    session.refresh(boss)
    assert (boss.acquisition_stage, boss.acquisition_owner_id, boss.next_step, boss.next_step_on) == (
        m.AcquisitionStage.EERSTE_CONTACT, hunter.id, "Langsgaan", TODAY + timedelta(days=2))
    f.student(session, school.id, first_name="A", wished_sectors=["horeca"])
    f.student(session, school.id, first_name="B", school_type="pro", leerweg=None, sectors=["Horeca"])
    f.student(session, school.id, first_name="C", wished_sectors=["zorg"])
    placed = f.student(session, school.id, first_name="D", wished_sectors=["horeca"])
    f.started_placement(session, placed.id, boss.id, starts_on=TODAY - timedelta(days=5), ends_on=TODAY + timedelta(days=50))
    assert [(s.school_type, s.leerweg, s.students) for s in acquisition.sought_in_sector(session, SYSTEM, "Horeca")] == [
        (m.SchoolType.PRO, None, 1), (m.SchoolType.MBO2, m.Leerweg.BOL, 1)]
