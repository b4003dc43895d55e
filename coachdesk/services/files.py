"""What the student page and the employer page show, gathered under the reader's rights.

A page gets a plain bundle of records from here; it runs no query itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.services import access, records
from coachdesk.services.access import Actor
from coachdesk.services.pairings import current_jpo
from coachdesk.services.placements import placement_warnings


@dataclass
class StudentFile:
    student: m.Student
    jpo: m.Coach | None
    placements: list[m.Placement]
    warnings: list[str]
    visits: list[m.Visit]
    assessments: list[m.RiskAssessment] = field(default_factory=list)  # empty for a reader who may not see risks

    @property
    def open_actions(self) -> list[m.RiskAction]:
        return [action for assessment in self.assessments for action in assessment.actions if action.done_on is None]

    @property
    def started_placement(self) -> m.Placement | None:
        return next((p for p in self.placements if p.status == m.PlacementStatus.STARTED), None)


def student_file(session: Session, actor: Actor, student_id: str) -> StudentFile:
    """Everything about one student that ``actor`` may see, newest first."""
    student: m.Student = records.get(session, actor, "students", student_id)  # type: ignore[assignment]
    placements = list(session.scalars(select(m.Placement).where(m.Placement.student_id == student_id)
                                      .order_by(m.Placement.starts_on.desc().nulls_first(), m.Placement.created_at.desc())))
    visits = list(session.scalars(select(m.Visit).where(m.Visit.student_id == student_id).order_by(m.Visit.visited_on.desc(), m.Visit.created_at.desc())))
    assessments = []
    if not actor.is_jpo:
        assessments = list(session.scalars(select(m.RiskAssessment).where(m.RiskAssessment.student_id == student_id)
                                           .order_by(m.RiskAssessment.assessed_on.desc(), m.RiskAssessment.created_at.desc())))
    warnings = [warning for placement in placements for warning in placement_warnings(session, placement)]
    return StudentFile(student, current_jpo(session, student_id), placements, warnings, visits, assessments)


@dataclass
class EmployerFile:
    employer: m.Employer
    trainers: list[m.Praktijkopleider]
    placements: list[m.Placement]  # only those of students the reader may see


def employer_file(session: Session, actor: Actor, employer_id: str) -> EmployerFile:
    employer: m.Employer = records.get(session, actor, "employers", employer_id)  # type: ignore[assignment]
    statement = access.scope(select(m.Placement).where(m.Placement.employer_id == employer_id), m.Placement, actor)
    placements = list(session.scalars(statement.order_by(m.Placement.starts_on.desc())))
    return EmployerFile(employer, list(employer.praktijkopleiders), placements)


# Kinds whose rows open the page of their student.
STUDENT_OF = {"placements": m.Placement, "risks": m.RiskAssessment, "visits": m.Visit}


def student_of(session: Session, actor: Actor, kind: str, record_id: str) -> str | None:
    """The student a placement, contact or assessment belongs to, if ``actor`` may see it."""
    model = STUDENT_OF[kind]
    statement = access.scope(select(model.student_id).where(model.id == record_id), model, actor)  # type: ignore[attr-defined]
    return session.scalar(statement)
