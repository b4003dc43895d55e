"""The workplace checklist of a praktijkverklaring route: what the praktijkopleider judges on paper.

Praktijkopleiders have no CoachDesk: the coach prints this, the praktijkopleider ticks a judgement per werkproces,
dates and signs it; the coach types the result in afterwards and notes the date of the signed form. Always Dutch.
"""
from __future__ import annotations

import io

from coachdesk.domain import models as m
from coachdesk.domain.i18n import in_dutch
from coachdesk.services.praktijkverklaring import RouteSheet

# The documents are Dutch whatever the interface language: their words are written here, not translated.
DUTCH_STATUS = {m.PvStatus.NIET_GESTART: "niet gestart", m.PvStatus.OEFENEN: "oefenen", m.PvStatus.VOLDOENDE: "voldoende",
                m.PvStatus.GOED: "goed"}


def status_label(status: m.PvStatus | None) -> str:
    return DUTCH_STATUS[status or m.PvStatus.NIET_GESTART]

BOX = "\u2610"  # an empty box to tick


@in_dutch
def build_checklist(sheet: RouteSheet) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, TableStyle

    from coachdesk.documents.style import CONTENT_WIDTH, build_pdf, dutch_date, para, section, spacer, styles, table

    s = styles()
    story = [para("Afvinklijst voor de werkplek", s.title),
             para(f"{sheet.student_name} — {sheet.dossier_title} (crebo {sheet.dossier_crebo}, versie {sheet.dossier_version})", s.subtitle)]
    facts = [["Routecode", sheet.code], ["Soort", _type_text(sheet.route_type)], ["Leerbedrijf", sheet.employer_name or "—"],
             ["Praktijkopleider", sheet.praktijkopleider or "—"], ["School", sheet.school_name or "—"],
             ["Afgedrukt op", dutch_date(sheet.today)]]
    story.append(table(facts, [45 * mm, CONTENT_WIDTH - 45 * mm], header=False))
    story.append(spacer(3))
    story.append(para("Kruis per werkproces één oordeel aan. Niet gestart: nog niet gedaan. Oefenen: de leerling doet het, "
                      "maar nog niet zelfstandig. Voldoende: hij doet het zelfstandig. Goed: hij doet het zelfstandig en goed. "
                      "Zet bij elk oordeel de datum en uw paraaf, en onderteken onderaan.", s.body))
    story += section("Werkprocessen", "werkprocessen")
    choices = "   ".join(f"{BOX} {status_label(status)}" for status in m.PvStatus)
    for line in sheet.lines:
        now = f"Nu: {status_label(line.status)}" + (f" ({dutch_date(line.assessed_on)})" if line.assessed_on else "")
        rows = [[f"{line.code}  {line.title}", now]]
        if line.description:
            rows.append([line.description, ""])
        if line.opdrachten:
            rows.append([f"Werkopdrachten: {line.opdrachten}", ""])
        rows.append([f"Oordeel:  {choices}", ""])
        rows.append(["Bewijs:  " + "   ".join(f"{BOX} {text}" for text in ("gezien bij het werk", "een product", "een gesprek")), ""])
        rows.append(["Datum: ____-____-________      Paraaf praktijkopleider: ______________", ""])
        block = table(rows, [CONTENT_WIDTH - 50 * mm, 50 * mm], header=True)
        block.setStyle(TableStyle([("SPAN", (0, r), (1, r)) for r in range(1, len(rows))]))
        story += [KeepTogether([block]), spacer(3)]
    story += section("Ondertekening", "ondertekening")
    story.append(table([["Naam praktijkopleider", ""], ["Datum", ""], ["Handtekening", "\n\n"]],
                       [50 * mm, CONTENT_WIDTH - 50 * mm], header=False))
    story.append(spacer(2))
    story.append(para(f"Geef dit formulier terug aan de school. De coach neemt de oordelen over in CoachDesk en noteert dat ze "
                      f"van dit ondertekende formulier komen (routecode {sheet.code}).", s.small))
    out = io.BytesIO()
    build_pdf(out, story, title=f"Afvinklijst praktijkverklaring {sheet.student_name}", subject="Werkprocessen om te beoordelen op de werkplek",
              author=sheet.school_name or "School", header=f"Afvinklijst — {sheet.code}", footer=f"{sheet.student_name} — routecode {sheet.code}")
    return out.getvalue()


def _type_text(route_type: m.RouteType) -> str:
    return {m.RouteType.SBB: "SBB-praktijkverklaring",
            m.RouteType.PRAKTIJKLEERROUTE: "mbo-praktijkverklaring (praktijkleerroute)"}[route_type]
