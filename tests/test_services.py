"""The rules held by the services: validation, placement statuses, risk levels, attention list, roles."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, NotFound, TransitionError, ValidationError
from coachdesk.domain.i18n import set_language
from coachdesk.services import attention, placements, records, risks
from coachdesk.services.access import Actor
from coachdesk.services.settings import load_settings
from tests import factories as f
from tests.factories import SYSTEM

TODAY = date.today()


@pytest.fixture
def session(database):
    with database.session() as session:
        yield session


@pytest.fixture
def school(session):
    return f.school(session)


# --- validation ---------------------------------------------------------------------------


def test_missing_required_fields_are_all_named(session, school):
    with pytest.raises(ValidationError) as caught:
        records.create(session, SYSTEM, "students", {"first_name": "  ", "school_id": school.id})
    assert set(caught.value.by_field()) == {"first_name", "last_name", "school_type"}
    assert caught.value.by_field()["last_name"].startswith("Last name:")


def test_messages_are_dutch_by_default(session, school):
    set_language("nl")
    with pytest.raises(ValidationError) as caught:
        records.create(session, SYSTEM, "students", {"school_id": school.id, "first_name": "A", "school_type": "pro", "date_of_birth": "31-02-2010"})
    messages = caught.value.by_field()
    assert messages["last_name"].startswith("Achternaam:")
    assert "31-02-2010" in messages["date_of_birth"] and "dd-mm-jjjj" in messages["date_of_birth"]


@pytest.mark.parametrize("field, value, expected", [
    ("date_of_birth", "31-02-2010", "is not a date"),
    ("date_of_birth", "2010/05/01", "is not a date"),
    ("crebo", "1234", "exactly 5 digits"),
    ("email", "zoe@", "not an email address"),
    ("phone", "call me", "not a phone number"),
    ("first_name", "x" * 101, "at most 100 characters"),
    ("first_name", "Zo\x00ë", "control characters"),
    ("school_type", "havo", "not one of the choices"),
])
def test_a_wrong_value_names_the_field_and_says_what_to_do(session, school, field, value, expected):
    values = {"first_name": "Zoë", "last_name": "Bakker", "school_type": "pro", "school_id": school.id, field: value}
    with pytest.raises(ValidationError) as caught:
        records.create(session, SYSTEM, "students", values)
    assert expected in caught.value.by_field()[field]
    assert session.scalar(select(func.count()).select_from(m.Student)) == 0


def test_dutch_and_iso_dates_and_postcodes_are_accepted_and_normalised(session, school):
    student = f.student(session, school.id, date_of_birth="07-04-2009", first_name="  Łukasz ")
    assert student.date_of_birth == date(2009, 4, 7) and student.first_name == "Łukasz"
    employer = f.employer(session)
    assert employer.postcode == "3011 AB"


def test_school_type_rules(session, school):
    with pytest.raises(ValidationError) as caught:
        f.student(session, school.id, school_type="vso", leerweg=None)
    assert "vso_profile" in caught.value.by_field()
    with pytest.raises(ValidationError) as caught:
        f.student(session, school.id, school_type="entree", leerweg=None)
    assert "leerweg" in caught.value.by_field()
    assert f.student(session, school.id, school_type="pro", leerweg=None).level is None
    assert f.student(session, school.id, school_type="entree", leerweg="bbl").level == 1


def test_implausible_birth_dates_are_refused(session, school):
    with pytest.raises(ValidationError, match="future"):
        f.student(session, school.id, date_of_birth=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError, match="years old"):
        f.student(session, school.id, date_of_birth=date(1950, 1, 1))


def test_references_must_exist(session, school):
    with pytest.raises(ValidationError) as caught:
        f.student(session, school.id, coach_id="no-such-coach")
    assert "coach_id" in caught.value.by_field()


def test_update_checks_only_given_fields_and_keeps_the_rest(session, school):
    student = f.student(session, school.id)
    records.update(session, SYSTEM, "students", student.id, {"phone": "06 12345678"})
    assert student.phone == "06 12345678" and student.last_name == "Bakker"
    with pytest.raises(ValidationError):
        records.update(session, SYSTEM, "students", student.id, {"last_name": ""})
    assert student.last_name == "Bakker"


def test_unknown_kind_and_id(session):
    with pytest.raises(NotFound, match="Unknown kind"):
        records.list_records(session, SYSTEM, "pupils")
    with pytest.raises(NotFound, match="no student"):
        records.get(session, SYSTEM, "students", "0000")


# --- placements ---------------------------------------------------------------------------


def test_placement_lifecycle(session, school):
    student = f.student(session, school.id)
    searching = placements.create_placement(session, SYSTEM, {"student_id": student.id})
    assert searching.status == m.PlacementStatus.SEARCHING and searching.searching_since == TODAY
    with pytest.raises(ValidationError) as caught:
        placements.change_status(session, SYSTEM, searching.id, "proposed")
    assert "employer_id" in caught.value.by_field()
    employer = f.employer(session)
    records.update(session, SYSTEM, "placements", searching.id, {"employer_id": employer.id})
    for target in ("proposed", "started", "completed"):
        placements.change_status(session, SYSTEM, searching.id, target, on=TODAY)
    assert searching.status == m.PlacementStatus.COMPLETED and searching.starts_on == TODAY and searching.ended_on == TODAY
    with pytest.raises(TransitionError):
        placements.change_status(session, SYSTEM, searching.id, "started")


@pytest.mark.parametrize("current, target", [("searching", "started"), ("searching", "completed"), ("proposed", "completed"), ("started", "proposed")])
def test_refused_transitions(session, school, current, target):
    placement = placements.create_placement(session, SYSTEM, {"student_id": f.student(session, school.id).id, "employer_id": f.employer(session).id})
    if current == "searching":
        placements.change_status(session, SYSTEM, placement.id, "searching")
    elif current == "started":
        placements.change_status(session, SYSTEM, placement.id, "started")
    with pytest.raises(TransitionError):
        placements.change_status(session, SYSTEM, placement.id, target)


def test_a_declined_proposal_goes_back_to_searching(session, school):
    placement = placements.create_placement(session, SYSTEM, {"student_id": f.student(session, school.id).id, "employer_id": f.employer(session).id})
    assert placement.status == m.PlacementStatus.PROPOSED
    placements.change_status(session, SYSTEM, placement.id, "searching")
    assert placement.employer_id is None and placement.searching_since == TODAY


def test_ending_early_needs_a_reason(session, school):
    placement = f.started_placement(session, f.student(session, school.id).id, f.employer(session).id, starts_on=TODAY, ends_on=TODAY + timedelta(weeks=20))
    with pytest.raises(ValidationError) as caught:
        placements.change_status(session, SYSTEM, placement.id, "ended_early", reason="  ")
    assert "end_reason" in caught.value.by_field()
    assert placement.status == m.PlacementStatus.STARTED
    placements.change_status(session, SYSTEM, placement.id, "ended_early", reason="Bedrijf gesloten")
    assert placement.status == m.PlacementStatus.ENDED_EARLY and placement.end_reason == "Bedrijf gesloten"


def test_warnings_for_an_unrecognised_employer_and_a_missing_pok(session, school):
    student = f.student(session, school.id, leerweg="bbl")
    placement = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session, recognised=False, name="Garage Zonder Erkenning").id})
    warnings = placements.placement_warnings(session, placement)
    assert any("Garage Zonder Erkenning" in w and "SBB" in w for w in warnings)
    assert any("POK" in w for w in warnings)
    records.update(session, SYSTEM, "placements", placement.id, {"pok_signed_on": TODAY})
    records.update(session, SYSTEM, "employers", placement.employer_id, {"sbb_recognised": True})
    assert placements.placement_warnings(session, placement) == []


def test_placement_dates_and_trainer_must_fit(session, school):
    employer, other = f.employer(session), f.employer(session, name="Ander Bedrijf")
    trainer = records.create(session, SYSTEM, "praktijkopleiders", {"employer_id": other.id, "name": "Piet"})
    with pytest.raises(ValidationError) as caught:
        placements.create_placement(session, SYSTEM, {"student_id": f.student(session, school.id).id, "employer_id": employer.id,
                                                      "starts_on": "01-09-2026", "ends_on": "01-08-2026", "praktijkopleider_id": trainer.id})
    assert set(caught.value.by_field()) == {"ends_on", "praktijkopleider_id"}


# --- risk level rule ----------------------------------------------------------------------


@pytest.mark.parametrize("signals, hours, level, score", [
    ([], None, m.RiskLevel.LOW, 0),
    (["motivation"], None, m.RiskLevel.LOW, 1),
    (["motivation", "learning"], None, m.RiskLevel.MEDIUM, 2),
    (["home", "housing"], None, m.RiskLevel.MEDIUM, 4),
    (["home", "housing", "money"], None, m.RiskLevel.HIGH, 5),
    (["lost_placement", "workplace_conflict"], None, m.RiskLevel.HIGH, 5),
    (["absence"], 8, m.RiskLevel.MEDIUM, 2),
    ([], 16, m.RiskLevel.MEDIUM, 3),  # the legal 16-hour rule adds the absence signal by itself
    (["absence", "home"], 16, m.RiskLevel.HIGH, 5),
])
def test_the_documented_risk_rule(signals, hours, level, score):
    judgement = risks.judge(signals, hours)
    assert (judgement.level, judgement.score) == (level, score)


def test_assessments_keep_history_and_overrides_need_a_reason(session, school):
    student = f.student(session, school.id)
    first = risks.record_assessment(session, SYSTEM, {"student_id": student.id, "assessed_on": TODAY - timedelta(days=30), "signals": ["motivation"]})
    with pytest.raises(ValidationError) as caught:
        risks.record_assessment(session, SYSTEM, {"student_id": student.id, "assessed_on": TODAY, "signals": ["motivation"], "override_level": "high"})
    assert "override_reason" in caught.value.by_field()
    second = risks.record_assessment(session, SYSTEM, {"student_id": student.id, "assessed_on": TODAY, "signals": ["motivation"], "override_level": "high", "override_reason": "Zorgen van ouders"},
                                     [{"description": "Gesprek plannen", "due_on": TODAY + timedelta(days=7)}])
    assert second.computed_level == m.RiskLevel.LOW and second.level == m.RiskLevel.HIGH and len(second.actions) == 1
    with pytest.raises(AccessDenied):
        records.update(session, SYSTEM, "risks", first.id, {"notes": "overschreven"})
    assert session.scalar(select(func.count()).select_from(m.RiskAssessment)) == 2
    with pytest.raises(ValidationError, match="not on the checklist"):
        risks.record_assessment(session, SYSTEM, {"student_id": student.id, "assessed_on": TODAY, "signals": ["astrology"]})


# --- attention list -------------------------------------------------------------------------


def kinds_for(session, student_id, actor=SYSTEM, **settings_changes):
    settings = load_settings(session)
    for key, value in settings_changes.items():
        setattr(settings, key, value)
    return {item.kind: item for item in attention.attention_list(session, actor, TODAY, settings) if item.student_id == student_id}


def test_searching_too_long_follows_the_setting(session, school):
    student = f.student(session, school.id)
    placements.create_placement(session, SYSTEM, {"student_id": student.id, "searching_since": TODAY - timedelta(weeks=7)})
    item = kinds_for(session, student.id)[attention.SEARCHING]
    assert "7 weeks" in item.reason
    assert attention.SEARCHING not in kinds_for(session, student.id, searching_weeks=8)


def test_an_overdue_contact_is_listed_until_a_visit_is_logged(session, school):
    student = f.student(session, school.id)
    placement = f.started_placement(session, student.id, f.employer(session).id, starts_on=TODAY - timedelta(weeks=8), ends_on=TODAY + timedelta(weeks=30))
    item = kinds_for(session, student.id)[attention.OVERDUE]
    assert item.placement_id == placement.id and "No contact yet" in item.reason
    records.create(session, SYSTEM, "visits", {"student_id": student.id, "placement_id": placement.id, "visited_on": TODAY, "kind": "on_site"})
    assert attention.OVERDUE not in kinds_for(session, student.id)
    records.create(session, SYSTEM, "visits", {"student_id": student.id, "placement_id": placement.id, "visited_on": TODAY, "kind": "phone_video", "next_contact_due": TODAY})
    assert attention.OVERDUE not in kinds_for(session, student.id), "due today is not yet overdue"


def test_too_few_contacts_past_half_of_the_placement(session, school):
    student = f.student(session, school.id)
    placement = f.started_placement(session, student.id, f.employer(session).id, starts_on=TODAY - timedelta(weeks=12), ends_on=TODAY + timedelta(weeks=8))
    records.create(session, SYSTEM, "visits", {"student_id": student.id, "placement_id": placement.id, "visited_on": TODAY - timedelta(days=3), "kind": "phone_video"})
    reason = kinds_for(session, student.id)[attention.FEW_CONTACTS].reason
    assert "1 of at least 3" in reason and "no visit at the workplace" in reason
    for days in (2, 1):
        records.create(session, SYSTEM, "visits", {"student_id": student.id, "placement_id": placement.id, "visited_on": TODAY - timedelta(days=days), "kind": "on_site"})
    assert attention.FEW_CONTACTS not in kinds_for(session, student.id)


def test_placement_ending_within_four_weeks(session, school):
    student = f.student(session, school.id)
    f.started_placement(session, student.id, f.employer(session).id, starts_on=TODAY - timedelta(weeks=20), ends_on=TODAY + timedelta(weeks=3))
    assert attention.ENDING in kinds_for(session, student.id)
    assert attention.ENDING not in kinds_for(session, student.id, ending_within_weeks=2)


def test_bbl_without_pok(session, school):
    student = f.student(session, school.id, leerweg="bbl")
    placement = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session).id})
    assert attention.NO_POK in kinds_for(session, student.id)
    records.update(session, SYSTEM, "placements", placement.id, {"pok_signed_on": TODAY})
    assert attention.NO_POK not in kinds_for(session, student.id)


def test_high_risk_without_an_open_action(session, school):
    student = f.student(session, school.id)
    risks.record_assessment(session, SYSTEM, {"student_id": student.id, "assessed_on": TODAY - timedelta(days=2), "signals": ["home", "housing", "money"]})
    assert attention.HIGH_RISK in kinds_for(session, student.id)
    risks.record_assessment(session, SYSTEM, {"student_id": student.id, "assessed_on": TODAY, "signals": ["home", "housing", "money"]},
                            [{"description": "Schuldhulp inschakelen"}])
    assert attention.HIGH_RISK not in kinds_for(session, student.id)


def test_each_item_says_why(session, school):
    student = f.student(session, school.id, leerweg="bbl")
    placements.create_placement(session, SYSTEM, {"student_id": student.id, "searching_since": TODAY - timedelta(weeks=9)})
    items = attention.attention_list(session, SYSTEM, TODAY)
    assert items and all(item.reason and item.kind_label for item in items)


# --- roles -------------------------------------------------------------------------------------


def test_roles_see_what_they_may(session, school):
    other_school = f.school(session, "Andere School")
    mine, other = f.student(session, school.id), f.student(session, other_school.id, first_name="Gülşen")
    docent = Actor.for_coach(f.coach(session, school.id))
    jpo_coach = f.coach(session, school.id, role="jpo", name="Jayden")
    jpo = Actor.for_coach(jpo_coach)
    session.add(m.JpoPairing(jpo_id=jpo_coach.id, student_id=mine.id, since=TODAY - timedelta(days=1)))
    session.flush()
    assert {s.id for s in records.list_records(session, docent, "students")} == {mine.id}
    assert {s.id for s in records.list_records(session, SYSTEM, "students")} == {mine.id, other.id}
    assert {s.id for s in records.list_records(session, jpo, "students")} == {mine.id}
    with pytest.raises(AccessDenied):
        records.get(session, docent, "students", other.id)
    with pytest.raises(AccessDenied):
        records.list_records(session, jpo, "risks")
    with pytest.raises(AccessDenied):
        risks.record_assessment(session, jpo, {"student_id": mine.id, "assessed_on": TODAY})
    with pytest.raises(ValidationError) as caught:
        records.update(session, jpo, "students", mine.id, {"health_notes": "astma"})
    assert "health_notes" in caught.value.by_field()
    records.update(session, jpo, "students", mine.id, {"phone": "06 11112222"})
    visit = records.create(session, jpo, "visits", {"student_id": mine.id, "visited_on": TODAY, "kind": "school_talk"})
    assert visit.student_id == mine.id
    with pytest.raises(AccessDenied):
        records.create(session, jpo, "visits", {"student_id": other.id, "visited_on": TODAY, "kind": "school_talk"})
    with pytest.raises(AccessDenied):
        placements.create_placement(session, jpo, {"student_id": mine.id})


def test_the_contact_summary_follows_the_visits(session, school):
    student = f.student(session, school.id)
    first = f.started_placement(session, student.id, f.employer(session).id, starts_on=TODAY - timedelta(weeks=4), ends_on=TODAY + timedelta(weeks=20))
    visit = records.create(session, SYSTEM, "visits", {"student_id": student.id, "placement_id": first.id, "visited_on": TODAY - timedelta(days=2), "kind": "on_site"})
    assert (first.contact_count, first.on_site_count, first.last_contact_on) == (1, 1, TODAY - timedelta(days=2))
    assert first.next_contact_due == TODAY - timedelta(days=2) + timedelta(weeks=6), "the default rhythm from the settings"
    placements.change_status(session, SYSTEM, first.id, "ended_early", reason="verhuisd")
    second = f.started_placement(session, student.id, f.employer(session, name="Tweede").id, starts_on=TODAY, ends_on=TODAY + timedelta(weeks=20))
    records.update(session, SYSTEM, "visits", visit.id, {"placement_id": second.id, "kind": "phone_video"})
    assert (first.contact_count, first.last_contact_on) == (0, None)
    assert (second.contact_count, second.on_site_count) == (1, 0)
