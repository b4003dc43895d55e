"""The PDF of an AVG (GDPR) export: everything held about one student, readable, always in Dutch."""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

from coachdesk.domain.i18n import in_dutch
from coachdesk.domain.schema import KINDS
from coachdesk.services.access import Actor
from coachdesk.services.privacy import gather_student_data, note_export


def write_avg_export(data: dict, path: Path) -> None:
    """The readable half of an AVG export: every field of the student and of everything linked to him."""
    from reportlab.lib.units import mm

    from coachdesk.documents.style import (
        CONTENT_WIDTH,
        build_pdf,
        para,
        section,
        spacer,
        styles,
        table,
    )

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


@in_dutch
def export_student(session: Session, actor: Actor, student_id: str, out_dir: Path) -> tuple[Path, Path]:
    """Write ``<id>.json`` and ``<id>.pdf`` with everything held about the student.

    The export is recorded in the audit trail (action "export", with the actor); the caller commits.
    """
    data = gather_student_data(session, actor, student_id)
    note_export(session, actor, student_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / f"leerling-{student_id}.json"
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    pdf_path = out_dir / f"leerling-{student_id}.pdf"
    write_avg_export(data, pdf_path)
    return json_path, pdf_path
