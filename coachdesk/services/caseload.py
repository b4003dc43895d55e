"""A coach's own caseload: the students he coaches, the placements he guides, and (for a JPO) his mentees."""
from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, select, union
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.services.pairings import pairing_active


def caseload_students(coach_id: str) -> CompoundSelect:
    """The ids of the students in the caseload of ``coach_id``: those he coaches, those whose placement he guides, his
    active mentees; each part found by its index (a coach's few dozen students, not the school's 100,000)."""
    return union(
        select(m.Student.id).where(m.Student.coach_id == coach_id),
        select(m.Placement.student_id).where(m.Placement.coach_id == coach_id),
        select(m.JpoPairing.student_id).where(m.JpoPairing.jpo_id == coach_id, pairing_active()),
    )


def caseload_condition(coach_id: str, student_id_column: Any) -> ColumnElement[bool]:
    """A WHERE condition on a student-id column: the student is in the caseload of ``coach_id``."""
    return student_id_column.in_(caseload_students(coach_id))


def has_caseload(session: Session, coach_id: str | None) -> bool:
    """Whether the coach has students of his own (a new coach starts with the whole school in view)."""
    if not coach_id:
        return False
    return session.scalar(select(m.Student.id).where(caseload_condition(coach_id, m.Student.id)).limit(1)) is not None

