"""After school: leaving with a destination, follow-ups at 6, 12 and 24 months on Vandaag, and coded early ends."""
from __future__ import annotations

from datetime import date

import pytest

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, ValidationError
from coachdesk.services import attention, outcomes
from coachdesk.services.access import Actor
from tests import factories

SYSTEM = factories.SYSTEM
LEFT = date(2025, 6, 30)


@pytest.fixture
def leaver(database):
    with database.transaction() as session:
        school = factories.school(session)
        coach = factories.coach(session, school.id, "docent", "Mentor Mia")
        other = factories.coach(session, school.id, "jobcoach", "Jobcoach Joop")
        jpo = factories.coach(session, school.id, "jpo", "Jip")
        student = factories.student(session, school.id, first_name="Sami", coach_id=coach.id, school_type="pro", leerweg=None)
        with clock.today_is(LEFT):
            outcomes.record_leaving(session, SYSTEM, student.id, left_on=LEFT, destination="werk")
        ids = {"student": student.id, "coach": coach.id, "other": other.id, "jpo": jpo.id, "school": school.id}
    return database, ids


def _actor(session, coach_id) -> Actor:
    return Actor.for_coach(session.get(m.Coach, coach_id))


def _follow_ups(session, actor, day):
    return [(item.student_name, item.due) for item in attention.attention_list(session, actor, day) if item.kind == attention.FOLLOW_UP]


def test_a_follow_up_appears_for_the_last_coach_when_due_and_goes_when_recorded(leaver):
    database, ids = leaver
    with database.transaction() as session:
        mentor = _actor(session, ids["coach"])
        assert _follow_ups(session, mentor, date(2025, 12, 29)) == []  # not due yet
        assert _follow_ups(session, mentor, date(2025, 12, 30)) == [("Sami Bakker", date(2025, 12, 30))]
        assert _follow_ups(session, _actor(session, ids["other"]), date(2026, 1, 5)) == []  # not his student
        item = next(i for i in attention.attention_list(session, mentor, date(2026, 1, 5)) if i.kind == attention.FOLLOW_UP)
        assert "6 months after leaving" in item.reason and "Last known: werk" in item.reason.replace("Work", "werk")
        with clock.today_is(date(2026, 1, 5)):
            outcomes.record_follow_up(session, mentor, ids["student"], 6, still_there=True)  # the second click: "still there"
        student = session.get(m.Student, ids["student"])
        assert (student.followup_6m, student.followup_6m_on) == (m.Destination.WERK, date(2026, 1, 5))
        assert _follow_ups(session, mentor, date(2026, 1, 6)) == []
        assert _follow_ups(session, mentor, date(2026, 6, 30)) == [("Sami Bakker", date(2026, 6, 30))]  # the 12 months one
        with clock.today_is(date(2026, 7, 2)):
            outcomes.record_follow_up(session, mentor, ids["student"], 12, "mbo_bol")
        assert _follow_ups(session, mentor, date(2027, 6, 30)) == [("Sami Bakker", date(2027, 6, 30))]
        with clock.today_is(date(2027, 7, 1)):
            outcomes.record_follow_up(session, mentor, ids["student"], 24, still_there=True)
        assert session.get(m.Student, ids["student"]).followup_24m == m.Destination.MBO_BOL
        assert _follow_ups(session, mentor, date(2027, 12, 1)) == []


def test_a_skipped_follow_up_gives_way_to_the_next(leaver):
    database, ids = leaver
    with database.session() as session:
        due = outcomes.due_follow_ups(session, SYSTEM, date(2026, 8, 1))
        assert [(d.months, d.due) for d in due] == [(12, date(2026, 6, 30))]
        assert outcomes.due_follow_ups(session, SYSTEM, date(2028, 1, 1)) == []  # 30 months on: no longer asked


def test_a_jpo_may_not_record_a_follow_up(leaver):
    database, ids = leaver
    with database.transaction() as session, clock.today_is(date(2026, 1, 5)):
        with pytest.raises((AccessDenied, ValidationError)):
            outcomes.record_follow_up(session, _actor(session, ids["jpo"]), ids["student"], 6, "werk")


def test_an_early_end_keeps_its_code_and_other_needs_words(database):
    with database.transaction() as session, clock.today_is(date(2026, 3, 1)):
        school = factories.school(session)
        student = factories.student(session, school.id)
        employer = factories.employer(session)
        placement = factories.started_placement(session, student.id, employer.id, starts_on=date(2026, 2, 1), ends_on=date(2026, 6, 30))
        with pytest.raises(ValidationError, match="say in words why the place ended"):
            outcomes.end_early(session, SYSTEM, placement.id, "other", "  ")
        ended = outcomes.end_early(session, SYSTEM, placement.id, "other", "Bedrijf verhuisd naar Breda")
        assert (ended.status, ended.end_reason_code, ended.end_reason) == (m.PlacementStatus.ENDED_EARLY, m.EarlyEndReason.OTHER, "Bedrijf verhuisd naar Breda")
    with database.transaction() as session, clock.today_is(date(2026, 3, 1)):
        again = factories.started_placement(session, student.id, employer.id, starts_on=date(2026, 3, 1), ends_on=date(2026, 6, 30))
        with pytest.raises(ValidationError, match="not one of the choices"):
            outcomes.end_early(session, SYSTEM, again.id, "verveeld")
        coded = outcomes.end_early(session, SYSTEM, again.id, "travel", "2 uur met de bus")
        assert coded.end_reason_code == m.EarlyEndReason.TRAVEL and coded.end_reason.endswith(": 2 uur met de bus")


def test_months_are_added_as_the_monitors_queries_add_them(database):
    from sqlalchemy import text

    days = [date(2025, 8, 31), date(2024, 2, 29), date(2025, 6, 30), date(2025, 1, 31), date(2025, 12, 15)]
    with database.session() as session:
        for day in days:
            for months in (3, 6, 12, 24):
                sqlite = session.execute(text("SELECT date(:day, :step)"), {"day": day.isoformat(), "step": f"+{months} months"}).scalar()
                assert outcomes.add_months(day, months).isoformat() == sqlite, (day, months)
    assert outcomes.add_months(date(2025, 8, 31), 6) == date(2026, 3, 3)
