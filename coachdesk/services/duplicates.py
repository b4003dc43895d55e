"""Students that are probably entered twice: the same name, date of birth and school. A warning before saving,
never a refusal (twins share a birthday, and two pupils of one school may share a name)."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.schema import KINDS, clean
from coachdesk.services import access
from coachdesk.services.access import Actor

NAME_AND_BIRTH = ("first_name", "last_name", "date_of_birth", "school_id")
MSG_SAME_STUDENT = QT_TRANSLATE_NOOP("Students", "{name}, born {born}, is already a student of this school. Perhaps the same student?")


def student_duplicate_warnings(session: Session, actor: Actor, values: dict, *, student_id: str | None = None) -> list[str]:
    """In words, the students ``actor`` may see with the same first and last name (case and spaces aside), date of
    birth and school as ``values`` (the form's text); none while the values are not valid yet (the save says why)."""
    try:
        cleaned = clean(KINDS["students"], {name: values.get(name) for name in NAME_AND_BIRTH if name in values}, partial=True)
    except ValidationError:
        return []
    first, last, born, school = (cleaned.get(name) for name in NAME_AND_BIRTH)
    if not (first and last and born and school):
        return []
    statement = select(m.Student.first_name, m.Student.last_name, m.Student.date_of_birth).where(
        func.lower(func.trim(m.Student.first_name)) == first.strip().lower(),
        func.lower(func.trim(m.Student.last_name)) == last.strip().lower(),
        m.Student.date_of_birth == born, m.Student.school_id == school)
    if student_id:
        statement = statement.where(m.Student.id != student_id)
    rows = session.execute(access.scope(statement, m.Student, actor).limit(3)).all()
    return [translate("Students", MSG_SAME_STUDENT).format(name=f"{a} {b}", born=f"{c:%d-%m-%Y}") for a, b, c in rows]
