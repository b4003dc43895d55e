"""The PDF of an AVG (GDPR) export: everything held about one student, readable, always in Dutch."""
from __future__ import annotations

from pathlib import Path

from coachdesk.domain.schema import KINDS


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

    from coachdesk.domain.i18n import _catalogue

    dutch = _catalogue("nl")  # the export is always Dutch, whatever language the app shows

    def labels_of(kind: str) -> dict[str, str]:
        return {spec.name: dutch.get(("Fields", spec.label), spec.label) for spec in KINDS[kind].fields} if kind in KINDS else {}

    labels = labels_of("students")
    student = data["student"]
    story = [para("Gegevens van een leerling (AVG-inzage)", styles().title),
             para(f"{student.get('first_name') or ''} {student.get('last_name') or ''}", styles().subtitle)]
    story += section("Profiel", "profile")
    story.append(table([[labels.get(key, key), "" if value is None else str(value)] for key, value in student.items()],
                       [60 * mm, CONTENT_WIDTH - 60 * mm], header=False))
    titles = {"placements": "Stages", "visits": "Contacten", "risk_assessments": "Risicobeoordelingen", "risk_actions": "Acties",
              "jpo_pairings": "JPO-koppelingen", "audit_trail": "Logboek (wie wat wanneer wijzigde)"}
    for key, title in titles.items():
        story += section(title, key)
        if not data.get(key):
            story.append(para("Geen.", styles().body))
        row_labels = labels_of({"placements": "placements", "visits": "visits", "risk_assessments": "risks", "risk_actions": "risk_actions"}.get(key, ""))
        for row in data.get(key) or []:
            story += [table([[row_labels.get(name, name), "" if value is None else str(value)] for name, value in row.items()],
                            [45 * mm, CONTENT_WIDTH - 45 * mm], header=False), spacer(2)]
    build_pdf(str(path) if isinstance(path, Path) else path, story, title="AVG-inzage leerling", subject="Alle gegevens over één leerling", author=str(data.get("school_name") or "School"),
              header="AVG-inzage", footer=f"Gemaakt op {data['exported_on']}")
