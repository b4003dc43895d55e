"""The PDF of an AVG (GDPR) export: everything held about one student, readable, always in Dutch."""
from __future__ import annotations

import io
import json
from pathlib import Path

from sqlalchemy.orm import Session

from coachdesk.domain.i18n import in_dutch, translate
from coachdesk.domain.schema import FIELD_LABELS, KINDS
from coachdesk.services.access import Actor
from coachdesk.services.privacy import gather_student_data, note_export
from coachdesk.storage.outputs import write_atomically


@in_dutch
def write_avg_export(data: dict, path: Path | object) -> None:
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
    every_field = {name: translate("Fields", label) for name, label in FIELD_LABELS.items()}  # any table's columns, in words

    def labels_of(kind: str) -> dict[str, str]:
        return every_field | ({spec.name: translate("Fields", spec.label) for spec in KINDS[kind].fields} if kind in KINDS else {})

    labels = labels_of("students")
    student = data["student"]
    story = [para("Gegevens van een leerling (AVG-inzage)", styles().title),
             para(f"{student.get('first_name') or ''} {student.get('last_name') or ''}", styles().subtitle)]
    story += section("Profiel", "profile")
    story.append(table([[labels.get(key, key), "" if value is None else str(value)] for key, value in student.items()],
                       [60 * mm, CONTENT_WIDTH - 60 * mm], header=False))
    titles = {"placements": "Stages", "visits": "Contacten", "risk_assessments": "Risicobeoordelingen", "risk_actions": "Acties",
              "jpo_pairings": "JPO-koppelingen", "travel_times": "Reistijden", "pv_routes": "Praktijkverklaring: route",
              "pv_route_items": "Praktijkverklaring: werkprocessen", "pv_route_entries": "Praktijkverklaring: geschiedenis",
              "audit_trail": "Logboek (wie wat wanneer wijzigde)"}
    for key, title in titles.items():
        story += section(title, key)
        if not data.get(key):
            story.append(para("Geen.", styles().body))
        row_labels = labels_of({"placements": "placements", "visits": "visits", "risk_assessments": "risks", "risk_actions": "risk_actions",
                                "travel_times": "travel_times", "pv_routes": "routes", "pv_route_items": "route_items"}.get(key, ""))
        for row in data.get(key) or []:
            story += [table([[row_labels.get(name, name), "" if value is None else str(value)] for name, value in row.items()],
                            [45 * mm, CONTENT_WIDTH - 45 * mm], header=False), spacer(2)]
    build_pdf(str(path) if isinstance(path, Path) else path, story, title="AVG-inzage leerling", subject="Alle gegevens over één leerling", author=str(data.get("school_name") or "School"),
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
    pdf_path = out_dir / f"leerling-{student_id}.pdf"
    # Both are made in memory first and each written whole: never a half JSON or PDF beside a complete one.
    pdf = io.BytesIO()
    write_avg_export(data, pdf)
    write_atomically(json_path, json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8"))
    write_atomically(pdf_path, pdf.getvalue())
    return json_path, pdf_path
