"""Who may see and change what.

- A coordinator sees everything.
- A docent/BPV-begeleider or job coach sees the students of his own school.
- A JPO (a student acting as peer coach) sees only his own mentees, never a
  risk assessment or health notes, and may log contacts for his mentees.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import ColumnElement, event, false, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

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
    if actor.role == m.CoachRole.COORDINATOR:
        return true()
    if actor.school_id is None:  # a docent or job coach without a school sees no school's students
        return false()
    return student_id_column.in_(select(m.Student.id).where(m.Student.school_id == actor.school_id))


STUDENT_LINKED = (m.Student, m.Placement, m.Visit, m.RiskAssessment)


def scope(statement, model: type[m.Base], actor: Actor):
    """Restrict a select over ``model`` to what ``actor`` may see."""
    if model is m.Student:
        return statement.where(student_condition(actor, m.Student.id))
    if issubclass(model, (m.Placement, m.Visit, m.RiskAssessment)):  # the rest of STUDENT_LINKED: each has a student_id
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


# --- the write policy ------------------------------------------------------------------
# For each role: the kinds it may write and, per kind, the fields it may change
# (EVERY_FIELD: all of them). A kind that is missing may not be written at all; a
# coordinator may write everything. Row rules (whose records) follow below the table.

EVERY_FIELD = None


@dataclass(frozen=True)
class KindPolicy:
    fields: frozenset[str] | None = EVERY_FIELD  # the fields this role may change
    create: bool = True  # may also make new records of the kind


_STAFF_POLICY = {
    "students": KindPolicy(),  # only in his own school, see check_row
    "placements": KindPolicy(),
    "visits": KindPolicy(),
    "risks": KindPolicy(),
    "risk_actions": KindPolicy(),
    "employers": KindPolicy(),
    "praktijkopleiders": KindPolicy(),
    "events": KindPolicy(),
    "schemes": KindPolicy(),
    "help": KindPolicy(),
    # Colleagues of his own school, never a coordinator; his own role and school never (check_row).
    "coaches": KindPolicy(frozenset({"name", "role", "school_id", "email", "phone"})),
    "schools": KindPolicy(frozenset({"phone", "email", "region"}), create=False),  # his own school
}

WRITE_POLICY: dict[m.CoachRole, dict[str, KindPolicy]] = {
    m.CoachRole.DOCENT: _STAFF_POLICY,
    m.CoachRole.JOBCOACH: _STAFF_POLICY,
    m.CoachRole.JPO: {
        # His mentees' own contact details and what they can do; nothing about consent, parents, school or status.
        "students": KindPolicy(frozenset({"phone", "email", "sectors", "competences"}), create=False),
        # Contacts with his mentees, always under his own name (coach_id is set to him).
        "visits": KindPolicy(frozenset({"student_id", "placement_id", "visited_on", "kind", "summary", "agreements", "next_contact_due"})),
    },
}

DENIED_OWN_ROLE = QT_TRANSLATE_NOOP("Validation", "{label}: nobody changes his own role or school. Ask a coordinator.")
DENIED_COORDINATOR = QT_TRANSLATE_NOOP("Validation", "{label}: only a coordinator may make someone coordinator.")
DENIED_OTHER_SCHOOL = QT_TRANSLATE_NOOP("Validation", "{label}: choose your own school; other schools' records are not yours to change.")
DENIED_OTHERS_CONTACT = QT_TRANSLATE_NOOP("Errors", "This contact was logged by someone else; only he or a coordinator may change it.")
DENIED_FIELD = QT_TRANSLATE_NOOP("Validation", "{label}: your role may not change this field.")


def policy_for(actor: Actor, kind: str) -> KindPolicy | None:
    """What ``actor`` may write of ``kind``; None: nothing."""
    if actor.role == m.CoachRole.COORDINATOR:
        return KindPolicy()
    return WRITE_POLICY.get(actor.role, {}).get(kind)


def require_write(actor: Actor, kind: str, *, create: bool) -> KindPolicy:
    require_kind(actor, kind, write=True)
    policy = policy_for(actor, kind)
    if policy is None or (create and not policy.create):
        raise AccessDenied(DENIED_CHANGE)
    return policy


def _blank(value: object) -> bool:
    return value in (None, False, "", [])


def refused_fields(actor: Actor, kind: str, values: dict, current: dict | None) -> list[str]:
    """The fields in ``values`` that ``actor`` may not change: given a value on a new record
    (``current`` None), or a value other than the stored one."""
    policy = policy_for(actor, kind)
    if policy is None:
        return sorted(values)
    if policy.fields is EVERY_FIELD:
        return []
    refused = []
    for name, value in values.items():
        if name in policy.fields:
            continue
        unchanged = _blank(value) if current is None else value == current.get(name)
        if not unchanged:
            refused.append(name)
    return refused


def check_row(session: Session, actor: Actor, kind: str, record: m.Record | None, merged: dict) -> list[tuple[str, str]]:
    """Row rules of the write policy: (field, message) pairs for what ``actor`` may not do to this record.

    ``merged`` holds the values the record will have; ``record`` is None for a new one.
    """
    if actor.role == m.CoachRole.COORDINATOR:
        return []
    problems: list[tuple[str, str]] = []
    if kind == "students" and not actor.is_jpo and merged.get("school_id") != actor.school_id:
        problems.append(("school_id", DENIED_OTHER_SCHOOL))
    if kind == "coaches":
        coach = cast(m.Coach | None, record)  # the record of kind "coaches"
        own = coach is not None and coach.id == actor.coach_id
        for name in ("role", "school_id"):
            if own and name in merged and merged[name] != getattr(coach, name):
                problems.append((name, DENIED_OWN_ROLE))
        if merged.get("role") == m.CoachRole.COORDINATOR and (coach is None or coach.role != m.CoachRole.COORDINATOR):
            problems.append(("role", DENIED_COORDINATOR))
        if coach is not None and coach.role == m.CoachRole.COORDINATOR and not own:
            problems.append(("role", DENIED_COORDINATOR))
        if not own and (merged.get("school_id") != actor.school_id or (coach is not None and coach.school_id != actor.school_id)):
            problems.append(("school_id", DENIED_OTHER_SCHOOL))
    if kind == "schools" and record is not None and record.id != actor.school_id:
        problems.append(("name", DENIED_OTHER_SCHOOL))
    return problems


def require_own_contact(actor: Actor, visit: m.Visit) -> None:
    """A JPO changes only the contacts he logged himself."""
    if actor.is_jpo and visit.coach_id != actor.coach_id:
        raise AccessDenied(DENIED_OTHERS_CONTACT)


# --- withholding sensitive fields on every path ------------------------------------------
# A JPO never sees health notes or risk notes, also not through a relationship
# (``visit.student.health_notes``). A session in which a JPO reads is marked; every
# student loaded or refreshed in it, and every one already in it, gets the notes blanked
# as their loaded value (not as a change, so nothing is written back).

WITHHOLD_KEY = "coachdesk.withhold_sensitive"
SENSITIVE_COLUMNS: dict[type, tuple[str, ...]] = {m.Student: ("health_notes",), m.RiskAssessment: ("notes",)}


def _blank_sensitive(record: object) -> None:
    for name in SENSITIVE_COLUMNS.get(type(record), ()):
        set_committed_value(record, name, None)


def reading_as(session: Session, actor: Actor) -> None:
    """Say who reads in this session: for a JPO the sensitive fields are withheld on every path."""
    withhold = not actor.may_see_sensitive
    was = session.info.get(WITHHOLD_KEY, False)
    session.info[WITHHOLD_KEY] = withhold
    if withhold:
        for record in list(session.identity_map.values()):
            _blank_sensitive(record)
    elif was:
        for record in list(session.identity_map.values()):  # load the real values again for a reader who may see them
            if type(record) in SENSITIVE_COLUMNS:
                session.expire(record, list(SENSITIVE_COLUMNS[type(record)]))


def _on_load(target, context) -> None:
    session = getattr(context, "session", None)
    if session is not None and session.info.get(WITHHOLD_KEY):
        _blank_sensitive(target)


def _on_refresh(target, context, attributes) -> None:
    _on_load(target, context)


for _model in SENSITIVE_COLUMNS:
    event.listen(_model, "load", _on_load)
    event.listen(_model, "refresh", _on_refresh)
