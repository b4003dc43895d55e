"""AVG (GDPR) rights for one student: see everything held, and have it erased.

The export is a readable PDF plus a JSON file with every record about the
student. Erasing removes the student with everything linked to him and the
audit entries that point at those records, leaving one entry that says an
erasure took place (without saying whose).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services import records
from coachdesk.services.access import Actor
from coachdesk.services.operations import note_changed
from coachdesk.services.record_rows import plain
from coachdesk.storage.audit import act_as

ONLY_COORDINATOR = QT_TRANSLATE_NOOP("Errors", "Only a coordinator may export or erase a student's data.")


def _require_coordinator(actor: Actor) -> None:
    if not actor.may_do("privacy_requests"):
        raise AccessDenied(ONLY_COORDINATOR)


def _as_dict(record: m.Base) -> dict:
    return {column.key: plain(getattr(record, column.key)) for column in record.__mapper__.column_attrs}


def _related(session: Session, student_id: str) -> dict[str, Sequence[m.Record]]:
    assessments = list(session.scalars(select(m.RiskAssessment).where(m.RiskAssessment.student_id == student_id)))
    return {
        "placements": list(session.scalars(select(m.Placement).where(m.Placement.student_id == student_id))),
        "visits": list(session.scalars(select(m.Visit).where(m.Visit.student_id == student_id))),
        "risk_assessments": assessments,
        "risk_actions": [action for assessment in assessments for action in assessment.actions],
        "jpo_pairings": list(session.scalars(select(m.JpoPairing).where(m.JpoPairing.student_id == student_id))),
        "travel_times": list(session.scalars(select(m.TravelTime).where(m.TravelTime.student_id == student_id))),
        "pv_routes": list(session.scalars(select(m.Route).where(m.Route.student_id == student_id))),
        "pv_route_items": list(session.scalars(select(m.RouteItem).where(m.RouteItem.student_id == student_id))),
        "pv_route_entries": list(session.scalars(select(m.RouteEntry).where(m.RouteEntry.student_id == student_id))),
    }


def _audit_about(session: Session, ids: list[str]) -> list[m.AuditEntry]:
    return list(session.scalars(select(m.AuditEntry).where(m.AuditEntry.record_id.in_(ids)).order_by(m.AuditEntry.at)))


def gather_student_data(session: Session, actor: Actor, student_id: str) -> dict:
    _require_coordinator(actor)
    student = records.get(session, actor, "students", student_id)
    related = _related(session, student_id)
    ids = [student_id] + [r.id for rows in related.values() for r in rows]
    return {
        "exported_on": clock.today().isoformat(),
        "student": _as_dict(student),
        **{name: [_as_dict(r) for r in rows] for name, rows in related.items()},
        "audit_trail": [_as_dict(entry) for entry in _audit_about(session, ids)],
    }


def note_export(session: Session, actor: Actor, student_id: str) -> None:
    """Record in the audit trail that the actor exported everything about the student; the caller commits."""
    session.add(m.AuditEntry(actor_id=actor.coach_id, action="export", kind="students", record_id=student_id, fields=[]))


def erase_student(session: Session, actor: Actor, student_id: str) -> int:
    """Erase the student and everything about him; returns how many records were removed."""
    _require_coordinator(actor)
    student = records.get(session, actor, "students", student_id)
    related = _related(session, student_id)
    ids = [student_id] + [r.id for rows in related.values() for r in rows]
    act_as(session, actor.coach_id)
    removed = len(ids)
    session.execute(delete(m.AuditEntry).where(m.AuditEntry.record_id.in_(ids)))
    session.execute(delete(m.ImportBatchItem).where(m.ImportBatchItem.record_id.in_(ids)))  # earlier values kept for an undo
    session.delete(student)  # the database cascades to placements, contacts, assessments and pairings
    session.flush()
    session.execute(delete(m.AuditEntry).where(m.AuditEntry.record_id == student_id))  # the delete the hook just wrote
    session.add(m.AuditEntry(actor_id=actor.coach_id, action="erase", kind="students", record_id="-", fields=[]))
    session.flush()
    note_changed(session, "students", "placements", "visits", "risks")  # the database cascaded the delete
    return removed


def due_for_deletion(session: Session, retention_years: int, on: date | None = None) -> list[m.Student]:
    """Students who left school longer ago than the retention period (school practice: 2 years)."""
    on = on or clock.today()
    limit = on - timedelta(days=round(365.25 * retention_years))
    return list(session.scalars(select(m.Student).where(m.Student.status == m.StudentStatus.LEFT, m.Student.left_on <= limit)
                                .order_by(m.Student.left_on)))


def erase_students_due(session: Session, actor: Actor, retention_years: int, on: date | None = None,
                       progress: Callable[[int], None] | None = None) -> int:
    """Erase every student past the retention period, all in the caller's one transaction; returns how many."""
    _require_coordinator(actor)
    due = [student.id for student in due_for_deletion(session, retention_years, on)]
    for done, student_id in enumerate(due, start=1):
        erase_student(session, actor, student_id)
        if progress:
            progress(round(100 * done / len(due)))
    return len(due)
