"""Vandaag's own caseload, found by id first (fast at 100,000 students), gives exactly the school's list narrowed to the
coach's students: compared for every coach of the demo, with the caseload as the slow condition defines it."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.services.access import Actor
from coachdesk.services.attention import attention_list
from coachdesk.services.caseload import caseload_condition
from coachdesk.services.demo import fill_demo

TODAY = date(2026, 12, 2)


def _key(item):
    return (item.kind, item.student_id, item.placement_id, str(item.reason), item.due)


def test_own_caseload_is_the_school_list_narrowed_to_his_students(database):
    with database.transaction() as session:
        fill_demo(session, "small", today=TODAY)
    with database.session() as session:
        coaches = session.scalars(select(m.Coach).where(m.Coach.role.in_((m.CoachRole.DOCENT, m.CoachRole.JOBCOACH, m.CoachRole.JPO)))).all()
        compared = 0
        for coach in coaches:
            actor = Actor.for_coach(coach)
            mine = set(session.scalars(select(m.Student.id).where(caseload_condition(coach.id, m.Student.id))))
            whole = [i for i in attention_list(session, actor, TODAY) if i.student_id in mine or not i.student_id]
            own = attention_list(session, actor, TODAY, caseload_of=coach.id)
            assert sorted(map(_key, own)) == sorted(map(_key, whole)), coach.role
            compared += len(own)
        assert compared > 50  # the demo gives coaches real work to compare
