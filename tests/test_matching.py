"""Matching students and places both ways (issue 19): hard rules, ranking with reasons, exclusions counted,
stored real travel times, unknown postcodes, students without a profile, and what the rule may never see."""
from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from coachdesk.domain import clock, travel
from coachdesk.domain import models as m
from coachdesk.services import matching, placements, records
from tests import factories as f
from tests.factories import SYSTEM

TODAY = clock.today()
ROTTERDAM_CENTRE, ROTTERDAM_ZUID, DEN_HAAG, AMSTERDAM = "3011", "3072", "2511", "1011"


@pytest.fixture
def session(database):
    with database.transaction() as session:
        yield session


def add(session, kind: str, **values) -> m.Record:
    return records.create(session, SYSTEM, kind, values)


def employer(session, name: str, *, crebo: str | None = "25498", valid_until=None) -> m.Employer:
    found = f.employer(session, name=name)
    if crebo:
        add(session, "recognitions", employer_id=found.id, sbb_id="100" + name[:3], crebo=crebo,
            valid_from=TODAY - timedelta(days=400), valid_until=valid_until or TODAY + timedelta(days=400))
    return found


def place(session, employer_id: str, pc4: str | None = ROTTERDAM_ZUID, **values) -> m.Place:
    fields = {"employer_id": employer_id, "leerweg": "bol", "crebo": "25498", "level": 2, "sector": "Zorg",
              "location_pc4": pc4, "capacity": 2, "hours_per_week": 24} | values
    return add(session, "places", **fields)  # type: ignore[return-value]


def mbo_student(session, school_id: str, **values) -> m.Student:
    fields = {"crebo": "25498", "home_pc4": ROTTERDAM_CENTRE, "travel_mode": "bike", "max_travel_minutes": 30,
              "wished_sectors": ["zorg"]} | values
    return f.student(session, school_id, **fields)


def test_a_student_gets_the_fitting_places_ranked_with_reasons_and_the_others_counted(session):
    school = f.school(session)
    student = mbo_student(session, school.id, wished_work_types=["met mensen"], support_needs="Vaste taken helpen.")
    best = place(session, employer(session, "Zorgcentrum De Vliet").id, ROTTERDAM_CENTRE, work_type="met mensen",
                 features=["begeleiding_op_maat"])
    second = place(session, employer(session, "Thuiszorg Zuid").id, ROTTERDAM_ZUID, sector="Detailhandel")
    far_one = employer(session, "Zorg Den Haag")
    for _ in range(3):
        place(session, far_one.id, DEN_HAAG)
    place(session, employer(session, "Zorg Amsterdam").id, AMSTERDAM)
    stage_employer = employer(session, "Kwekerij", crebo=None)
    place(session, stage_employer.id, leerweg="stage", crebo=None, level=None, werkveld="Groen")

    found = matching.match_student(session, SYSTEM, student.id)

    assert [match.place_id for match in found.matches] == [best.id, second.id]
    top = found.matches[0]
    assert top.score > found.matches[1].score and 0 <= found.matches[1].score <= top.score <= 100
    assert top.travel_estimated and top.travel_minutes is not None and top.travel_minutes <= 30
    assert f"{top.travel_minutes} min by bike (estimate)" in top.reasons
    assert "wants zorg" in top.reasons and "wants met mensen work" in top.reasons and "offers tailored guidance" in top.reasons
    assert "2 of 2 places free" in top.reasons
    assert "not one of the wished sectors (zorg)" in found.matches[1].concerns
    assert "has support needs; the place offers no tailored guidance" in found.matches[1].concerns
    assert found.excluded == {"further than 30 min": 4, "PrO/VSO stage, not for mbo": 1}


def test_a_place_gets_the_fitting_students_and_the_others_counted(session):
    school = f.school(session)
    the_place = place(session, employer(session, "Zorgcentrum De Vliet").id, ROTTERDAM_CENTRE)
    near = mbo_student(session, school.id, first_name="Noor")
    further = mbo_student(session, school.id, first_name="Sem", home_pc4=ROTTERDAM_ZUID, wished_sectors=["horeca"])
    mbo_student(session, school.id, first_name="Ver", home_pc4=AMSTERDAM)
    mbo_student(session, school.id, first_name="Bbl", leerweg="bbl")
    mbo_student(session, school.id, first_name="Pro", school_type="pro", leerweg=None, crebo=None)
    mbo_student(session, school.id, first_name="Tillen", limits=["heavy_lifting"])
    records.update(session, SYSTEM, "places", the_place.id, {"work_conditions": ["heavy_lifting"]})

    found = matching.match_place(session, SYSTEM, the_place.id)

    assert [match.student_id for match in found.matches] == [near.id, further.id]
    assert all(match.place_id == the_place.id for match in found.matches)
    assert found.excluded == {"further than the student's longest trip": 1, "other leerweg (BOL/BBL)": 1,
                              "mbo place, not for PrO/VSO": 1, "asks what the student cannot do: heavy lifting": 1}


def test_a_full_place_and_an_expired_recognition_are_never_offered(session):
    school = f.school(session)
    student = mbo_student(session, school.id)
    full = place(session, employer(session, "Vol").id, capacity=1)
    taken_by = mbo_student(session, school.id, first_name="Eerder")
    f.started_placement(session, taken_by.id, full.employer_id, starts_on=TODAY - timedelta(days=20), ends_on=TODAY + timedelta(days=60))
    placement = session.query(m.Placement).filter_by(student_id=taken_by.id, status=m.PlacementStatus.STARTED).one()
    placement.place_id = full.id
    place(session, employer(session, "Gepauzeerd").id, status="full")
    place(session, employer(session, "Verlopen", valid_until=TODAY - timedelta(days=1)).id)
    open_one = place(session, employer(session, "Open").id)

    found = matching.match_student(session, SYSTEM, student.id)

    assert [match.place_id for match in found.matches] == [open_one.id]
    assert found.excluded == {"all places taken": 1, "place marked full": 1, "no valid SBB recognition for the crebo": 1}
    assert matching.match_place(session, SYSTEM, full.id).matches == []


def test_travel_over_the_maximum_is_excluded_and_a_stored_real_time_wins_over_the_estimate(session):
    school = f.school(session)
    student = mbo_student(session, school.id, max_travel_minutes=20)
    zuid = place(session, employer(session, "Zuid").id, ROTTERDAM_ZUID)
    estimate = travel.estimate(ROTTERDAM_CENTRE, ROTTERDAM_ZUID, m.TravelMode.BIKE).minutes
    assert estimate is not None and estimate <= 20
    assert [(x.travel_minutes, x.travel_estimated) for x in matching.match_student(session, SYSTEM, student.id).matches] == [(estimate, True)]

    add(session, "travel_times", student_id=student.id, employer_id=zuid.employer_id, location_pc4="3072 AB", minutes=35)
    found = matching.match_student(session, SYSTEM, student.id)
    assert found.matches == [] and found.excluded == {"further than 20 min": 1}

    records.update(session, SYSTEM, "students", student.id, {"max_travel_minutes": 40})
    (match,) = matching.match_student(session, SYSTEM, student.id).matches
    assert (match.travel_minutes, match.travel_estimated) == (35, False)
    assert "35 min by bike (real time)" in match.reasons

    far_away = place(session, employer(session, "Den Haag").id, DEN_HAAG)
    assert matching.match_student(session, SYSTEM, student.id).excluded == {"further than 40 min": 1}
    add(session, "travel_times", student_id=student.id, employer_id=far_away.employer_id, location_pc4=DEN_HAAG, minutes=30)
    found = matching.match_student(session, SYSTEM, student.id)
    assert [(x.place_id, x.travel_minutes, x.travel_estimated) for x in found.matches] == [(far_away.id, 30, False), (zuid.id, 35, False)]
    assert found.excluded == {}


def test_an_unknown_postcode_a_place_without_location_and_a_student_without_profile_say_so(session):
    school = f.school(session)
    student = mbo_student(session, school.id, home_pc4="1234")
    boss = employer(session, "Nergens")
    without_location = place(session, boss.id, None)
    located = place(session, boss.id, ROTTERDAM_ZUID)

    found = matching.match_student(session, SYSTEM, student.id)
    assert len(found.matches) == 2 and all(x.travel_minutes is None for x in found.matches), "unknown is no reason to leave out"
    by_place = {x.place_id: x for x in found.matches}
    assert "travel time unknown: the place has no location postcode" in by_place[without_location.id].concerns
    assert "travel time unknown: postcode 1234 not found" in by_place[located.id].concerns

    bare = f.student(session, school.id, first_name="Leeg", crebo="25498")
    matches = matching.match_student(session, SYSTEM, bare.id).matches
    assert len(matches) == 2
    for words in ("travel time unknown: no home postcode in the profile", "no longest trip in the profile: 45 min assumed",
                  "no way of travelling in the profile: bike assumed", "the profile names no wished sectors"):
        assert all(words in x.concerns for x in matches)
    stored = session.get(m.Student, bare.id)
    assert matching.missing_profile_fields(stored) == ["home_pc4", "travel_mode", "max_travel_minutes", "wished_sectors"]


def test_the_rule_never_sees_name_origin_health_or_risk(session):
    allowed = {"id", "school_type", "vso_profile", "leerweg", "crebo", "home_pc4", "travel_mode", "max_travel_minutes",
               "wished_sectors", "wished_work_types", "limits", "max_hours_per_week", "available_days", "has_support_needs",
               "wished_start", "completed_sectors", "placed", "left", "legal_max_hours", "sunday_allowed"}
    assert {field.name for field in dataclasses.fields(matching.StudentFacts)} == allowed
    selected = {column.key for column in matching.STUDENT_COLUMNS}
    assert not selected & {"first_name", "last_name", "health_notes", "guardian_name", "competences"}
    school = f.school(session)
    one = mbo_student(session, school.id, first_name="Mohammed", last_name="El Amrani", health_notes="Epilepsie")
    other = mbo_student(session, school.id, first_name="Jan", last_name="de Vries")
    the_place = place(session, employer(session, "Zorg").id, ROTTERDAM_CENTRE)
    found = matching.match_place(session, SYSTEM, the_place.id)
    scores = {x.student_id: (x.score, x.reasons, x.concerns) for x in found.matches}
    assert scores[one.id] == scores[other.id], "the same profile gives the same match, whatever the name or health notes"


def test_the_legal_hours_for_a_pupil_under_16_are_a_hard_rule(session):
    school = f.school(session)
    young = f.student(session, school.id, school_type="pro", leerweg=None, home_pc4=ROTTERDAM_CENTRE, max_travel_minutes=30,
                      date_of_birth=date(TODAY.year - 15, 1, 1))  # 15 on every day of the year
    boss = employer(session, "Supermarkt", crebo=None)
    place(session, boss.id, ROTTERDAM_CENTRE, leerweg="stage", crebo=None, level=None, hours_per_week=38)
    place(session, boss.id, ROTTERDAM_CENTRE, leerweg="stage", crebo=None, level=None, hours_per_week=16, days=["za", "zo"])
    fits = place(session, boss.id, ROTTERDAM_CENTRE, leerweg="stage", crebo=None, level=None, hours_per_week=16)
    found = matching.match_student(session, SYSTEM, young.id)
    assert [x.place_id for x in found.matches] == [fits.id]
    assert found.excluded == {"more hours than the law allows at the student's age": 1, "Sunday work, not allowed under 16": 1}


def test_a_late_start_is_a_concern_in_weeks(session):
    school = f.school(session)
    student = mbo_student(session, school.id)
    placements.create_placement(session, SYSTEM, {"student_id": student.id, "starts_on": TODAY + timedelta(days=7)})
    place(session, employer(session, "Later").id, starts_on=TODAY + timedelta(days=28))
    (match,) = matching.match_student(session, SYSTEM, student.id).matches
    assert "starts 3 weeks after the wished date" in match.concerns


def test_the_database_groups_give_what_the_rule_gives_pair_by_pair(session):
    """Rules 1 and 2 run in the database for speed: the lists equal the pure rule applied to every pair (demo data)."""
    import random

    from coachdesk.services.demo import fill_demo

    fill_demo(session, "small")
    every_place = matching.place_facts(session, SYSTEM, today=TODAY)
    every_student = matching.student_facts(session, SYSTEM, today=TODAY)
    rng = random.Random(19)
    for student in rng.sample(every_student, 30):
        own = matching.place_facts(session, SYSTEM, today=TODAY, for_student=student.id)
        stored = matching.real_times(session, student_ids=[student.id])
        expected = matching.match_facts_for_student(student, own, stored, TODAY)
        assert matching.match_student(session, SYSTEM, student.id) == expected
        assert matching.match_student(session, SYSTEM, student.id, limit=3).matches == expected.matches[:3], "the best 3, worded alike"
    assert any(matching.match_student(session, SYSTEM, s.id).matches for s in every_student[:40]), "the demo matches on first start"
    for place in rng.sample(every_place, 15):
        stored = matching.real_times(session, employer_ids=[place.employer_id])
        assert matching.match_place(session, SYSTEM, place.id) == matching.match_facts_for_place(place, every_student, stored, TODAY)


def test_a_match_list_shows_name_school_level_profile_and_search_only(session):
    school = f.school(session, "Maasland College")
    student = mbo_student(session, school.id, first_name="Noor", last_name="Bakker", health_notes="Astma", travel_mode=None)
    the_place = place(session, employer(session, "Zorg").id, ROTTERDAM_CENTRE)
    placements.create_placement(session, SYSTEM, {"student_id": student.id})
    found = matching.match_place(session, SYSTEM, the_place.id)
    (row,) = matching.profile_rows(session, SYSTEM, [x.student_id for x in found.matches])
    assert (row.name, row.school, row.level, row.search, row.missing) == ("Noor Bakker", "Maasland College", 2,
                                                                        m.PlacementStatus.SEARCHING, ["travel_mode"])
    assert not {"health_notes", "date_of_birth", "guardian_name", "competences"} & {f_.name for f_ in dataclasses.fields(row)}
