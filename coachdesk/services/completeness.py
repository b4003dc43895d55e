"""Fields a student's record needs only to be complete: missing, they never stop an import ("nog aan te vullen").

A VSO student's exit profile and an mbo (Entree, level 2) student's pathway (BOL/BBL) are
often not in a school's export. An import stores the student without them; the students
list filters on them and Vandaag lists them, until a coach fills them in. The form asks
for them (see ``records._student_rule``): a new student, or a change of school type, needs
them; an edit of other fields of a student still incomplete is not refused for them.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, or_
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

MBO_TYPES = (m.SchoolType.ENTREE, m.SchoolType.MBO2)
LATER_KEY = "coachdesk.completeness_later"


@dataclass(frozen=True)
class Completion:
    field: str
    label: str  # English source text, context "Fields"
    school_types: tuple[m.SchoolType, ...]


COMPLETIONS = (
    Completion("vso_profile", QT_TRANSLATE_NOOP("Fields", "VSO exit profile"), (m.SchoolType.VSO,)),
    Completion("leerweg", QT_TRANSLATE_NOOP("Fields", "Learning pathway (BOL/BBL)"), MBO_TYPES),
)
FIELDS = tuple(c.field for c in COMPLETIONS)


def missing(values: dict | Any) -> list[Completion]:
    """What the student with these values (a dict, or a record) still lacks to be complete."""
    def get(name: str):
        return values.get(name) if isinstance(values, dict) else getattr(values, name, None)

    return [c for c in COMPLETIONS if get("school_type") in c.school_types and not get(c.field)]


def incomplete_condition() -> Any:
    """SQL: the student lacks a field needed for completeness."""
    return or_(*(and_(m.Student.school_type.in_(c.school_types), getattr(m.Student, c.field).is_(None)) for c in COMPLETIONS))


def incomplete_flag() -> Any:
    """SQL: True for a student to be completed, False otherwise (a list filter's value)."""
    return case((incomplete_condition(), True), else_=False)


@contextmanager
def completed_later(session: Session) -> Iterator[None]:
    """Within this block a missing completeness field is not an error (an import: the student is listed instead)."""
    session.info[LATER_KEY] = True
    try:
        yield
    finally:
        session.info.pop(LATER_KEY, None)


def is_later(session: Session) -> bool:
    return bool(session.info.get(LATER_KEY))
