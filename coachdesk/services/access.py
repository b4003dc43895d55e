"""Who may see and change what.

- A coordinator sees everything.
- A docent/BPV-begeleider or job coach sees the students of his own school.
- A JPO (a student acting as peer coach) sees only his own mentees, never a
  risk assessment or health notes, and may log contacts for his mentees.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, event, false, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from coachdesk.domain import models as m
from coachdesk.domain import policy
from coachdesk.domain.errors import AccessDenied
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.schema import KINDS, RecordKind
from coachdesk.sync import scopes


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
        return policy.sees_sensitive(self.role)

    def may(self, kind: str, action: str) -> bool:
        """May he create, change or delete (``policy.CREATE`` ...) some record of ``kind``: what a screen offers."""
        return policy.may(self.role, kind, action)

    def may_set(self, kind: str, field: str) -> bool:
        return policy.may_set_field(self.role, kind, field)

    def hidden(self, kind: str) -> frozenset[str]:
        """The fields of ``kind`` he may not see."""
        return policy.hidden_fields(self.role, kind)

    def may_read(self, kind: str) -> bool:
        return policy.may_read_kind(self.role, kind)

    def may_do(self, operation: str) -> bool:
        """May he do ``operation`` (see ``policy.OPERATIONS``: read the audit trail, handle AVG requests ...)."""
        return policy.may_do(self.role, operation)


def active_mentee_ids(jpo_id: str | None, today: date | None = None):
    from coachdesk.services.pairings import pairing_active

    return select(m.JpoPairing.student_id).where(m.JpoPairing.jpo_id == jpo_id, pairing_active(today))


def student_condition(actor: Actor, student_id_column) -> ColumnElement[bool]:
    """A WHERE condition on a student-id column that keeps only students ``actor`` may see."""
    if actor.is_jpo:
        return student_id_column.in_(active_mentee_ids(actor.coach_id))
    if actor.role in (m.CoachRole.COORDINATOR, m.CoachRole.JOBHUNTER):  # a jobhunter matches team-wide (and sees little)
        return true()
    if actor.school_id is None:  # a docent or job coach without a school sees no school's students
        return false()
    if student_id_column is m.Student.id:  # on the students table itself: his school's index, not a list of its ids
        return m.Student.school_id == actor.school_id
    return student_id_column.in_(select(m.Student.id).where(m.Student.school_id == actor.school_id))


def about_a_student(model: type[m.Base]) -> bool:
    """Whether records of ``model`` are about one student (and so visible only with him)."""
    return model is m.Student or model is m.RiskAction or "student_id" in model.__table__.c


def scope(statement, model: type[m.Base], actor: Actor):
    """Restrict a select over ``model`` to what ``actor`` may see."""
    if model is m.Student:
        return statement.where(student_condition(actor, m.Student.id))
    if "student_id" in model.__table__.c:  # a placement, contact, assessment, travel time, route ...: its student's
        return statement.where(student_condition(actor, model.__table__.c.student_id))
    if model is m.RiskAction:
        return statement.where(
            m.RiskAction.assessment_id.in_(
                select(m.RiskAssessment.id).where(student_condition(actor, m.RiskAssessment.student_id))
            )
        )
    return statement


DENIED_RISKS = policy.DENIED_RISKS
DENIED_STUDENT = policy.DENIED_STUDENT
DENIED_CHANGE = policy.DENIED_CHANGE
DENIED_FIELD = policy.DENIED_FIELD
DENIED_SENSITIVE = QT_TRANSLATE_NOOP("Errors", "Health notes are not available to a JPO.")


def who(actor: Actor) -> policy.Who:
    return policy.Who(actor.role.value, actor.coach_id, actor.school_id)


def require_kind(actor: Actor, kind: str, *, write: bool) -> None:
    """May ``actor`` read (and with ``write``: write some record of) ``kind`` at all; raises AccessDenied."""
    reading = policy.reading_refusal(actor.role, kind)
    if reading is not None:
        raise AccessDenied(reading)
    if write and policy.grant(actor.role, kind) is None:
        raise AccessDenied(DENIED_CHANGE)


def require_student(session: Session, actor: Actor, student_id: str) -> None:
    visible = session.scalar(select(m.Student.id).where(m.Student.id == student_id, student_condition(actor, m.Student.id)))
    if visible is None:
        raise AccessDenied(DENIED_STUDENT)


# --- the write policy: domain/policy.py holds the table; these ask it with what the session knows ----------


def require_write(actor: Actor, kind: str, *, create: bool) -> policy.Grant:
    refusal = policy.kind_refusal(who(actor), kind, policy.CREATE if create else policy.CHANGE)
    if refusal is not None:
        raise AccessDenied(refusal.text)
    return policy.grant(actor.role, kind)  # type: ignore[return-value]


def require_delete(actor: Actor, kind: str) -> None:
    refusal = policy.kind_refusal(who(actor), kind, policy.DELETE)
    if refusal is not None:
        raise AccessDenied(refusal.text)


def refused_fields(actor: Actor, kind: str, values: dict, current: dict | None) -> list[str]:
    """The fields in ``values`` that ``actor`` may not set (see ``policy.field_refusals``)."""
    return [refusal.field for refusal in policy.field_refusals(who(actor), kind, values, current)]


def standing(session: Session, actor: Actor, kind: str, current: dict | None, merged: dict) -> policy.Standing:
    """What the policy's row rules need to know about a record, read from ``session`` (one rule: ``scopes.standing``)."""
    return scopes.standing(session.scalar, kind, current, merged, actor.role.value, actor.coach_id)


def check_row(session: Session, actor: Actor, kind: str, current: dict | None, merged: dict) -> list[tuple[str, str]]:
    """The row rules of the write policy: (field, message) pairs for what ``actor`` may not do to this record.

    ``merged`` holds the values the record will have; ``current`` its stored values, None for a new one.
    """
    action = policy.CREATE if current is None else policy.CHANGE
    refusals = policy.row_refusals(who(actor), kind, action, current, merged, standing(session, actor, kind, current, merged))
    whole = [r for r in refusals if r.whole]
    if whole:
        raise AccessDenied(whole[0].text)
    return [(r.field, r.text) for r in refusals]


# --- withholding sensitive fields on every path ------------------------------------------
# A JPO never sees health notes or risk notes, a jobhunter sees of a student only what matching needs, also not
# through a relationship (``visit.student.health_notes``): the policy says which fields (``policy.hidden_fields``).
# A session is marked with the reader's role; every record loaded or refreshed in it, and every one already in
# it, gets those fields blanked as their loaded value (not as a change, so nothing is written back).

WITHHOLD_KEY = "coachdesk.withhold_for_role"
_MODEL_KINDS: dict[type, RecordKind] = {kind.model: kind for kind in KINDS.values()}
_BLANKS: dict[str, Callable[[], object]] = {"JSON": list, "Boolean": lambda: False}  # a hidden list reads as empty, a flag as no


def withhold(record: object, role: str) -> None:
    """Blank, as loaded values, the fields of ``record`` that ``role`` may not see."""
    kind = _MODEL_KINDS.get(type(record))
    if kind is None:
        return
    columns = kind.model.__table__.c
    for name in policy.hidden_fields(role, kind.name):
        if name in columns:
            set_committed_value(record, name, _BLANKS.get(type(columns[name].type).__name__, lambda: None)())


def reading_as(session: Session, actor: Actor) -> None:
    """Say who reads in this session: what his role may not see is withheld on every path."""
    role = actor.role.value
    was = session.info.get(WITHHOLD_KEY)
    session.info[WITHHOLD_KEY] = role
    if was == role:
        return
    for record in list(session.identity_map.values()):
        kind = _MODEL_KINDS.get(type(record))
        if kind is None:
            continue
        if was is not None:  # load the real values again, then withhold what this reader may not see
            hidden_before = policy.hidden_fields(was, kind.name) - policy.hidden_fields(role, kind.name)
            if hidden_before:
                session.expire(record, sorted(hidden_before))
        withhold(record, role)


def _on_load(target, context) -> None:
    session = getattr(context, "session", None)
    role = session.info.get(WITHHOLD_KEY) if session is not None else None
    if role is not None:
        withhold(target, role)


def _on_refresh(target, context, attributes) -> None:
    _on_load(target, context)


for _model in _MODEL_KINDS:
    event.listen(_model, "load", _on_load)
    event.listen(_model, "refresh", _on_refresh)
