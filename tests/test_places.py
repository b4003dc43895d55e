"""Places (issue 19): propose from a match holds the place, a second proposal is warned who holds it until when,
an expired hold frees the place; taken is counted; the rules of a place; the travel estimate."""
from __future__ import annotations

from datetime import timedelta

import pytest

from coachdesk.domain import clock, travel
from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError
from coachdesk.domain.schema import KINDS
from coachdesk.services import matching, place_rules, places, records
from coachdesk.services.access import Actor
from tests import factories as f
from tests.factories import SYSTEM

TODAY = clock.today()


@pytest.fixture
def session(database):
    with database.transaction() as session:
        yield session


def setting_up(session):
    school = f.school(session)
    boss = f.employer(session, name="Zorgcentrum De Vliet")
    records.create(session, SYSTEM, "recognitions", {"employer_id": boss.id, "crebo": "25498", "valid_until": TODAY + timedelta(days=300)})
    the_place = records.create(session, SYSTEM, "places", {"employer_id": boss.id, "leerweg": "bol", "crebo": "25498", "level": 2,
                                                           "sector": "Zorg", "location_pc4": "3011", "capacity": 1})
    coach_a = f.coach(session, school.id, "coordinator", "Anna Coach")
    coach_b = f.coach(session, school.id, "coordinator", "Bram Coach")
    first = f.student(session, school.id, first_name="Noor", crebo="25498", home_pc4="3011")
    second = f.student(session, school.id, first_name="Sem", crebo="25498", home_pc4="3012")
    return the_place, Actor.for_coach(coach_a), Actor.for_coach(coach_b), first, second


def test_a_proposal_holds_the_place_and_a_second_proposal_is_warned_who_holds_it_until_when(session):
    the_place, anna, bram, first, second = setting_up(session)
    proposal = places.propose(session, anna, first.id, the_place.id)
    until = TODAY + timedelta(days=places.DEFAULT_HOLD_DAYS)
    assert proposal.warnings == [] and proposal.held_until == until
    placement = proposal.placement
    assert (placement.status, placement.place_id, placement.employer_id, placement.held_until) == (
        m.PlacementStatus.PROPOSED, the_place.id, the_place.employer_id, until)
    assert places.taken_counts(session, [the_place.id]) == {the_place.id: 1}
    assert matching.match_place(session, SYSTEM, the_place.id).matches == []
    assert matching.match_student(session, SYSTEM, second.id).excluded == {"all places taken": 1}
    own = matching.match_student(session, SYSTEM, first.id).matches
    assert [x.place_id for x in own] == [the_place.id], "his own hold does not take the place from him"

    again = places.propose(session, bram, second.id, the_place.id, days=5)
    held = f"This place is held for another student by Anna Coach until {until.strftime('%d-%m-%Y')}."
    assert held in again.warnings and "This place is full: 1 of 1 taken." in again.warnings
    assert again.held_until == TODAY + timedelta(days=5)


def test_an_expired_hold_frees_the_place_and_is_listed_for_its_proposer(session):
    the_place, anna, bram, first, second = setting_up(session)
    proposal = places.propose(session, anna, first.id, the_place.id, days=3)
    proposal.placement.held_until = TODAY - timedelta(days=1)
    session.flush()
    assert places.taken_counts(session, [the_place.id]) == {}
    assert [x.place_id for x in matching.match_student(session, SYSTEM, second.id).matches] == [the_place.id]
    assert places.propose(session, bram, second.id, the_place.id).warnings == []
    assert [p.id for p in places.expired_holds(session, anna)] == [proposal.placement.id]
    assert places.expired_holds(session, bram) == []


def test_hold_days_come_from_the_setting_and_are_checked(session):
    the_place, anna, _, first, _ = setting_up(session)
    from coachdesk.services.settings import set_flag

    set_flag(session, places.HOLD_DAYS_SETTING, 14)
    assert places.hold_days(session) == 14
    with pytest.raises(UserError, match="Hold the place for 1 to 90 days"):
        places.propose(session, anna, first.id, the_place.id, days=0)
    assert places.propose(session, anna, first.id, the_place.id).held_until == TODAY + timedelta(days=14)


def test_place_rows_count_taken_and_flag_what_is_wrong(session):
    the_place, anna, _, first, _ = setting_up(session)
    boss = f.employer(session, name="Zonder erkenning")
    bare = records.create(session, SYSTEM, "places", {"employer_id": boss.id, "leerweg": "bbl", "crebo": "25498", "capacity": 2})
    places.propose(session, anna, first.id, the_place.id)
    rows = {row.id: row for row in places.place_rows(session, SYSTEM)}
    assert (rows[the_place.id].taken, rows[the_place.id].free, rows[the_place.id].recognition_ok) == (1, 0, True)
    held = (TODAY + timedelta(days=places.DEFAULT_HOLD_DAYS)).strftime("%d-%m-%Y")
    assert rows[the_place.id].flags == ["all 1 taken", f"held until {held}"]
    assert rows[bare.id].flags == ["no valid SBB recognition for crebo 25498", "no location postcode"]


def test_the_rules_of_a_place_name_the_field():
    kind = KINDS["places"]
    values = {"employer_id": "x", "leerweg": m.PlaceLeerweg.BOL, "starts_on": TODAY, "ends_on": TODAY - timedelta(days=1)}
    errors = {e.field: e.text for e in place_rules.check(None, kind, values)}  # type: ignore[arg-type]
    assert set(errors) == {"ends_on", "crebo"}
    stage = {"employer_id": "x", "leerweg": m.PlaceLeerweg.STAGE, "level": 2}
    assert [e.field for e in place_rules.check(None, kind, stage)] == ["level"]  # type: ignore[arg-type]
    employer = {"acquisition_stage": m.AcquisitionStage.DROPPED}
    assert [e.field for e in place_rules.check(None, KINDS["employers"], employer)] == ["dropped_reason"]  # type: ignore[arg-type]


def test_a_place_postcode_takes_four_digits_and_refuses_others(session):
    boss = f.employer(session)
    made = records.create(session, SYSTEM, "places", {"employer_id": boss.id, "leerweg": "stage", "location_pc4": "3011 AB",
                                                      "days": "MA, di", "features": ["kans_op_vaste_baan"]})
    assert (made.location_pc4, made.days, made.features) == ("3011", ["ma", "di"], ["kans_op_vaste_baan"])
    with pytest.raises(Exception, match="Days"):
        records.create(session, SYSTEM, "places", {"employer_id": boss.id, "leerweg": "stage", "days": "maandag"})


def test_the_estimate_grows_with_distance_and_differs_per_way_of_travelling():
    near = travel.estimate("3011", "3012", m.TravelMode.BIKE)
    far = travel.estimate("3011", "2511", m.TravelMode.BIKE)
    assert near.minutes is not None and far.minutes is not None and 0 < near.minutes < far.minutes
    assert travel.estimate("3011", "3011", m.TravelMode.WALK).minutes == travel.minutes_for(travel.NEAREST_KM, m.TravelMode.WALK) > 0
    by_car = travel.estimate("3011", "2511", m.TravelMode.BROUGHT).minutes
    assert by_car is not None and by_car < far.minutes
    unknown = travel.estimate("3011", "1234", m.TravelMode.BIKE)
    assert unknown.minutes is None and unknown.words() == "travel time unknown: postcode 1234 not found"
    assert travel.place_name("3011") == "Rotterdam" and len(travel.centroids()) == 4064


def test_the_demo_shows_matching_at_work_on_first_start(session):
    from sqlalchemy import func, select

    from coachdesk.services import acquisition
    from coachdesk.services.demo import fill_demo

    fill_demo(session, "small")
    stages = set(session.scalars(select(m.Employer.acquisition_stage).where(m.Employer.acquisition_stage.is_not(None))))
    assert stages == set(m.AcquisitionStage), "an employer at every stage of the pipeline"
    assert session.scalar(select(func.count()).select_from(m.Recognition).where(m.Recognition.valid_until < TODAY)), "some expired"
    assert session.scalar(select(func.count()).select_from(m.Recognition).where(m.Recognition.valid_until >= TODAY))
    rows = places.place_rows(session, SYSTEM)
    assert any(row.status == m.PlaceStatus.FULL for row in rows) and any(row.taken >= row.capacity for row in rows)
    assert any(row.held_until for row in rows), "some places held by a proposal"
    homes = list(session.scalars(select(m.Student.home_pc4)))
    known = travel.centroids()
    assert sum(1 for pc4 in homes if pc4 in known) > 0.8 * len(homes) and None in homes, "real postcodes, a few profiles to fill in"
    assert all(row.location_pc4 in known for row in rows)
    assert session.scalar(select(func.count()).select_from(m.EmployerContact))
    assert session.scalar(select(func.count()).select_from(m.Coach).where(m.Coach.role == m.CoachRole.JOBHUNTER))
    assert acquisition.pipeline_rows(session, SYSTEM)


def test_only_places_whose_employer_agreed_are_named_to_a_student(session):
    the_place, anna, _, first, _ = setting_up(session)
    boss = f.employer(session, name="Mag genoemd")
    records.create(session, SYSTEM, "recognitions", {"employer_id": boss.id, "crebo": "25498"})
    named = records.create(session, SYSTEM, "places", {"employer_id": boss.id, "leerweg": "bol", "crebo": "25498", "location_pc4": "3011",
                                                       "may_be_named": True})
    assert {x.place_id for x in matching.match_student(session, SYSTEM, first.id).matches} == {the_place.id, named.id}
    assert [x.place_id for x in places.nameable_matches(session, SYSTEM, first.id)] == [named.id]
