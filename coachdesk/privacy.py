"""AVG (GDPR) rights for one student: see everything held, and have it erased.

The export is a readable PDF plus a JSON file with every record about the
student. Erasing removes the student with everything linked to him and the
audit entries that point at those records, leaving one entry that says an
erasure took place (without saying whose).
"""
from __future__ import annotations

from collections.abc import Callable

import json
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coachdesk import models as m
from coachdesk.audit import act_as
from coachdesk.errors import AccessDenied
from coachdesk.i18n import QT_TRANSLATE_NOOP
from coachdesk.listing import plain
from coachdesk.schema import KINDS
from coachdesk.services import records
from coachdesk.services.access import Actor

ONLY_COORDINATOR = QT_TRANSLATE_NOOP("Errors", "Only a coordinator may export or erase a student's data.")


def _require_coordinator(actor: Actor) -> None:
    if actor.role != m.CoachRole.COORDINATOR:
        raise AccessDenied(ONLY_COORDINATOR)


def _as_dict(record: m.Base) -> dict:
    return {column.key: plain(getattr(record, column.key)) for column in record.__mapper__.column_attrs}


def _related(session: Session, student_id: str) -> dict[str, list[m.Base]]:
    assessments = list(session.scalars(select(m.RiskAssessment).where(m.RiskAssessment.student_id == student_id)))
    return {
        "placements": list(session.scalars(select(m.Placement).where(m.Placement.student_id == student_id))),
        "visits": list(session.scalars(select(m.Visit).where(m.Visit.student_id == student_id))),
        "risk_assessments": assessments,
        "risk_actions": [action for assessment in assessments for action in assessment.actions],
        "jpo_pairings": list(session.scalars(select(m.JpoPairing).where(m.JpoPairing.student_id == student_id))),
    }


def _audit_about(session: Session, ids: list[str]) -> list[m.AuditEntry]:
    return list(session.scalars(select(m.AuditEntry).where(m.AuditEntry.record_id.in_(ids)).order_by(m.AuditEntry.at)))


def gather_student_data(session: Session, actor: Actor, student_id: str) -> dict:
    _require_coordinator(actor)
    student = records.get(session, actor, "students", student_id)
    related = _related(session, student_id)
    ids = [student_id] + [r.id for rows in related.values() for r in rows]
    return {
        "exported_on": date.today().isoformat(),
        "student": _as_dict(student),
        **{name: [_as_dict(r) for r in rows] for name, rows in related.items()},
        "audit_trail": [_as_dict(entry) for entry in _audit_about(session, ids)],
    }


def export_student(session: Session, actor: Actor, student_id: str, out_dir: Path) -> tuple[Path, Path]:
    """Write ``<id>.json`` and ``<id>.pdf`` with everything held about the student."""
    data = gather_student_data(session, actor, student_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / f"leerling-{student_id}.json"
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    pdf_path = out_dir / f"leerling-{student_id}.pdf"
    _write_pdf(data, pdf_path)
    return json_path, pdf_path


def _write_pdf(data: dict, path: Path) -> None:
    from reportlab.lib.units import mm

    from coachdesk.toolkits.style import CONTENT_WIDTH, build_pdf, para, section, spacer, styles, table

    labels = {spec.name: spec.label for spec in KINDS["students"].fields}
    student = data["student"]
    story = [para("Gegevens van een leerling (AVG-inzage)", styles().title),
             para(f"{student['first_name']} {student['last_name']}", styles().subtitle)]
    story += section("Profiel", "profile")
    story.append(table([[labels.get(key, key), "" if value is None else str(value)] for key, value in student.items()],
                       [60 * mm, CONTENT_WIDTH - 60 * mm], header=False))
    titles = {"placements": "Stages", "visits": "Contacten", "risk_assessments": "Risicobeoordelingen", "risk_actions": "Acties",
              "jpo_pairings": "JPO-koppelingen", "audit_trail": "Logboek (wie wat wanneer wijzigde)"}
    for key, title in titles.items():
        story += section(title, key)
        if not data[key]:
            story.append(para("Geen.", styles().body))
        for row in data[key]:
            story += [table([[name, "" if value is None else str(value)] for name, value in row.items()], [45 * mm, CONTENT_WIDTH - 45 * mm], header=False), spacer(2)]
    build_pdf(str(path), story, title="AVG-inzage leerling", subject="Alle gegevens over één leerling", author="CoachDesk",
              header="AVG-inzage", footer=f"Gemaakt op {data['exported_on']}")


def erase_student(session: Session, actor: Actor, student_id: str) -> int:
    """Erase the student and everything about him; returns how many records were removed."""
    _require_coordinator(actor)
    student = records.get(session, actor, "students", student_id)
    related = _related(session, student_id)
    ids = [student_id] + [r.id for rows in related.values() for r in rows]
    act_as(session, actor.coach_id)
    removed = len(ids)
    session.execute(delete(m.AuditEntry).where(m.AuditEntry.record_id.in_(ids)))
    session.delete(student)  # the database cascades to placements, contacts, assessments and pairings
    session.flush()
    session.execute(delete(m.AuditEntry).where(m.AuditEntry.record_id == student_id))  # the delete the hook just wrote
    session.add(m.AuditEntry(actor_id=actor.coach_id, action="erase", kind="students", record_id="-", fields=[]))
    session.flush()
    return removed


def due_for_deletion(session: Session, retention_years: int, on: date | None = None) -> list[m.Student]:
    """Students who left school longer ago than the retention period (school practice: 2 years)."""
    on = on or date.today()
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
