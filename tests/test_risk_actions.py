"""Actions agreed after a risk assessment: marked done under the write policy, overdue ones flagged (issue 13)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, ValidationError
from coachdesk.services import risks
from coachdesk.services.access import Actor
from coachdesk.services.attention import ACTION_OVERDUE, HIGH_RISK, attention_list
from tests import factories as f
from tests.factories import SYSTEM

TODAY = clock.today()


@pytest.fixture
def world(database):
    with database.transaction() as session:
        school = f.school(session)
        student = f.student(session, school.id)
        owner = f.coach(session, school.id, name="Sanne de Wit")
        jpo = f.coach(session, school.id, role="jpo", name="Jayden")
        session.add(m.JpoPairing(jpo_id=jpo.id, student_id=student.id, since=TODAY - timedelta(days=1)))
        assessment = risks.record_assessment(
            session, SYSTEM, {"student_id": student.id, "assessed_on": TODAY - timedelta(days=20), "signals": ["absence", "home", "lost_placement"]},
            [{"description": "Gesprek met ouders over verzuim", "owner_id": owner.id, "due_on": TODAY - timedelta(days=3)}])
        yield {"session": session, "student": student, "action": assessment.actions[0], "docent": Actor.for_coach(owner), "jpo": Actor.for_coach(jpo)}


def items_for(session, actor, student_id):
    return {item.kind: item for item in attention_list(session, actor) if item.student_id == student_id}


def test_an_overdue_action_is_on_today_due_on_its_due_date(world):
    session, student, action = world["session"], world["student"], world["action"]
    assert risks.action_overdue(action)
    item = items_for(session, SYSTEM, student.id)[ACTION_OVERDUE]
    assert item.due == action.due_on
    assert "Gesprek met ouders" in item.reason and "Sanne de Wit" in item.reason
    assert ACTION_OVERDUE not in items_for(session, world["jpo"], student.id), "a JPO never sees risk actions"


def test_marking_an_action_done_takes_it_off_today(world):
    session, student, action = world["session"], world["student"], world["action"]
    risks.mark_action_done(session, world["docent"], action.id)
    assert action.done_on == TODAY and not risks.action_overdue(action)
    kinds = items_for(session, SYSTEM, student.id)
    assert ACTION_OVERDUE not in kinds
    assert HIGH_RISK in kinds, "a high risk whose only action is done needs a new action"


def test_a_jpo_cannot_mark_an_action_done(world):
    with pytest.raises(AccessDenied):
        risks.mark_action_done(world["session"], world["jpo"], world["action"].id)
    assert world["action"].done_on is None


def test_an_action_is_not_done_in_the_future(world):
    with pytest.raises(ValidationError) as refused:
        risks.mark_action_done(world["session"], SYSTEM, world["action"].id, on=TODAY + timedelta(days=2))
    assert "future" in refused.value.by_field()["done_on"]
