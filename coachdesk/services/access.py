"""Who may see and change what.

- A coordinator sees everything.
- A docent/BPV-begeleider or job coach sees the students of his own school.
- A JPO (a student acting as peer coach) sees only his own mentees, never a
  risk assessment or health notes, and may log contacts for his mentees.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Actor:
    role: m.CoachRole
    coach_id: str | None = None
    school_id: str | None = None

    @classmethod
    def system(cls) -> Actor:
        """The command line and batch jobs: acts as a coordinator."""
        return cls(m.CoachRole.COORDINATOR)

    @classmethod
    def for_coach(cls, coach: m.Coach) -> Actor:
        return cls(coach.role, coach.id, coach.school_id)

    @property
    def is_jpo(self) -> bool:
        return self.role == m.CoachRole.JPO

    @property
    def may_see_sensitive(self) -> bool:
        return not self.is_jpo


def active_mentee_ids(jpo_id: str | None, today: date | None = None):
    from coachdesk.services.pairings import pairing_active

    return select(m.JpoPairing.student_id).where(m.JpoPairing.jpo_id == jpo_id, pairing_active(today))


def student_condition(actor: Actor, student_id_column) -> ColumnElement[bool]:
    """A WHERE condition on a student-id column that keeps only students ``actor`` may see."""
    if actor.is_jpo:
        return student_id_column.in_(active_mentee_ids(actor.coach_id))
    if actor.role == m.CoachRole.COORDINATOR or actor.school_id is None:
        return true()
    return student_id_column.in_(select(m.Student.id).where(m.Student.school_id == actor.school_id))


STUDENT_LINKED = (m.Student, m.Placement, m.Visit, m.RiskAssessment)


def scope(statement, model: type, actor: Actor):
    """Restrict a select over ``model`` to what ``actor`` may see."""
    if model is m.Student:
        return statement.where(student_condition(actor, m.Student.id))
    if model in STUDENT_LINKED:
        return statement.where(student_condition(actor, model.student_id))
    if model is m.RiskAction:
        return statement.where(
            m.RiskAction.assessment_id.in_(
                select(m.RiskAssessment.id).where(student_condition(actor, m.RiskAssessment.student_id))
            )
        )
    return statement


DENIED_RISKS = QT_TRANSLATE_NOOP("Errors", "Risk assessments are not available to a JPO. Ask the student's coach.")
DENIED_STUDENT = QT_TRANSLATE_NOOP("Errors", "You may not see this student's file. Ask a coordinator.")
DENIED_CHANGE = QT_TRANSLATE_NOOP("Errors", "Your role may not change this. Ask a coordinator.")
DENIED_SENSITIVE = QT_TRANSLATE_NOOP("Errors", "Health notes are not available to a JPO.")

# What a JPO may create and change; everything else is read-only or hidden for him.
JPO_WRITABLE_KINDS = {"visits", "students"}
HIDDEN_FROM_JPO = {"risks", "risk_actions"}


DENIED_AUDIT = QT_TRANSLATE_NOOP("Errors", "Only a coordinator may read the audit trail.")


def require_kind(actor: Actor, kind: str, *, write: bool) -> None:
    if kind == "audit" and actor.role != m.CoachRole.COORDINATOR:
        raise AccessDenied(DENIED_AUDIT)
    if actor.is_jpo and kind in HIDDEN_FROM_JPO:
        raise AccessDenied(DENIED_RISKS)
    if write and actor.is_jpo and kind not in JPO_WRITABLE_KINDS:
        raise AccessDenied(DENIED_CHANGE)


def require_student(session: Session, actor: Actor, student_id: str) -> None:
    visible = session.scalar(select(m.Student.id).where(m.Student.id == student_id, student_condition(actor, m.Student.id)))
    if visible is None:
        raise AccessDenied(DENIED_STUDENT)
