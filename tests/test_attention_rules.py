"""The attention list's rules: each item says why, and its date is the date it is due."""
from __future__ import annotations

from datetime import timedelta

from coachdesk.domain import clock
from coachdesk.services import placements, risks
from coachdesk.services.attention import ENDED_EARLY, HIGH_RISK, attention_list
from tests import factories as f
from tests.factories import SYSTEM


def kinds_for(session, student_id: str) -> dict[str, object]:
    return {item.kind: item for item in attention_list(session, SYSTEM) if item.student_id == student_id}


def test_a_placement_ended_early_puts_the_student_on_today_until_a_next_step(database):
    today = clock.today()
    with database.transaction() as session:
        school = f.school(session)
        student = f.student(session, school.id)
        employer = f.employer(session)
        placement = f.started_placement(session, student.id, employer.id, starts_on=today - timedelta(days=40), ends_on=today + timedelta(days=100))
        placements.change_status(session, SYSTEM, placement.id, "ended_early", on=today - timedelta(days=2), reason="Conflict met de leidinggevende")
        item = kinds_for(session, student.id)[ENDED_EARLY]
        assert item.due == today - timedelta(days=2) + timedelta(weeks=1)
        assert "ended early" in item.reason
        placements.create_placement(session, SYSTEM, {"student_id": student.id})  # the next step: searching again
        assert ENDED_EARLY not in kinds_for(session, student.id)


def test_a_high_risk_without_action_is_due_a_week_after_the_assessment(database):
    today = clock.today()
    assessed = today - timedelta(days=20)
    with database.transaction() as session:
        student = f.student(session, f.school(session).id)
        risks.record_assessment(session, SYSTEM, {"student_id": student.id, "assessed_on": assessed,
                                                  "signals": ["absence", "motivation", "home", "money"], "absence_hours_4_weeks": 20})
        item = kinds_for(session, student.id)[HIGH_RISK]
        assert item.due == assessed + timedelta(weeks=1)
        assert item.due < today  # overdue: the list shows when the action was due, not when the risk was judged
