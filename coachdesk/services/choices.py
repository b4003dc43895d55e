"""The choices a form offers for a reference field, limited to what the user may see."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.labels import choice_label
from coachdesk.domain.schema import KINDS
from coachdesk.services import access
from coachdesk.services.access import Actor

SEARCHING = QT_TRANSLATE_NOOP("Forms", "(searching)")

Choice = tuple[str, str]  # (id, label)


def reference_choices(session: Session, actor: Actor, target: str, values: dict) -> list[Choice]:
    """(id, label) pairs for a field that refers to a record of kind ``target``; ``values`` are the form's other fields."""
    if target == "students":
        statement = access.scope(select(m.Student.id, m.Student.first_name, m.Student.last_name), m.Student, actor)
        return [(i, f"{first} {last}") for i, first, last in session.execute(statement.order_by(m.Student.last_name, m.Student.first_name))]
    if target == "placements":
        statement = access.scope(select(m.Placement).where(m.Placement.student_id == values.get("student_id")), m.Placement, actor)
        return [(p.id, f"{p.employer.name if p.employer else translate('Forms', SEARCHING)} · {choice_label(p.status)}")
                for p in session.scalars(statement)]
    if target == "praktijkopleiders":  # only the trainers of the chosen employer; none before one is chosen
        trainers = select(m.Praktijkopleider.id, m.Praktijkopleider.name).where(m.Praktijkopleider.employer_id == values.get("employer_id"))
        return [(i, name) for i, name in session.execute(trainers.order_by(m.Praktijkopleider.name))]
    model = KINDS[target].model
    label = next(getattr(model, column) for column in ("name", "title", "code", "id") if hasattr(model, column))  # what people call it
    return [(i, name) for i, name in session.execute(select(model.id, label).order_by(label))]


# A reference field whose choices depend on another field of the form: (target kind) -> that field.
DEPENDS_ON = {"praktijkopleiders": "employer_id", "placements": "student_id"}


def coach_choices(session: Session) -> list[tuple[str, str, m.CoachRole]]:
    """Every coach, for choosing who does an action or who uses this laptop: (id, name, role)."""
    return [(i, name, role) for i, name, role in session.execute(select(m.Coach.id, m.Coach.name, m.Coach.role).order_by(m.Coach.name))]


def school_names(session: Session) -> list[str]:
    return list(session.scalars(select(m.School.name).order_by(m.School.name)))
