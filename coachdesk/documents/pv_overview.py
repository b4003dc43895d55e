"""The overviews of a praktijkverklaring route, always in Dutch: one for the student and his parents (plain B1 Dutch:
what he can now do, in the werkprocessen's own words) and one for the school's application (student, school,
leerbedrijf with Leerbedrijf-ID, dossier and version, each werkproces with judgement, date and assessor)."""
from __future__ import annotations

import io

from coachdesk.documents.pv_checklist import _type_text, status_label
from coachdesk.domain import models as m
from coachdesk.domain.i18n import in_dutch
from coachdesk.services.praktijkverklaring import RouteSheet

FOR_STUDENT, FOR_SCHOOL = "student", "school"


def build_overview(sheet: RouteSheet, audience: str = FOR_STUDENT) -> bytes:
    return build_school_overview(sheet) if audience == FOR_SCHOOL else build_student_overview(sheet)


@in_dutch
def build_student_overview(sheet: RouteSheet) -> bytes:
    from coachdesk.documents.style import build_pdf, bullets, dutch_date, para, section, spacer, styles

    s = styles(12)
    can = [line for line in sheet.lines if line.status in m.ACHIEVED]
    practising = [line for line in sheet.lines if line.status == m.PvStatus.OEFENEN]
    not_yet = [line for line in sheet.lines if line.status == m.PvStatus.NIET_GESTART]
    story = [para(f"Wat {sheet.student_first_name} nu kan", s.title),
             para(f"Praktijkverklaring bij {sheet.employer_name or 'het leerbedrijf'} — {dutch_date(sheet.today)}", s.subtitle),
             para(f"Je werkt aan een praktijkverklaring. Daarin staat wat je laat zien op je werk. Je praktijkopleider kijkt hoe "
                  f"je het doet. De school bevestigt het. Hieronder zie je hoe ver je bent met {len(sheet.lines)} werkprocessen.", s.body)]
    for title, key, lines in (("Dit kun je nu", "kan", can), ("Hier oefen je nog mee", "oefenen", practising),
                              ("Hier begin je nog aan", "nog_niet", not_yet)):
        story += section(f"{title} ({len(lines)})", key, 12)
        if not lines:
            story.append(para("Nog niets.", s.body))
        story += bullets([_student_line(line) for line in lines], s.bullet)
    story.append(spacer(3))
    story.append(para("Vragen? Praat erover met je coach op school of met je praktijkopleider.", s.body))
    out = io.BytesIO()
    build_pdf(out, story, title=f"Wat {sheet.student_first_name} nu kan", subject="Overzicht praktijkverklaring voor leerling en ouders",
              author=sheet.school_name or "School", header="Praktijkverklaring", footer=sheet.student_name)
    return out.getvalue()


def _student_line(line) -> str:
    text = f"{line.title} ({line.code}): {status_label(line.status)}"
    if line.assessed_on:
        from coachdesk.documents.style import dutch_date

        text += f", op {dutch_date(line.assessed_on)}"
    return text + (" — bevestigd door de school" if line.confirmed else "")


@in_dutch
def build_school_overview(sheet: RouteSheet) -> bytes:
    from reportlab.lib.units import mm

    from coachdesk.documents.style import CONTENT_WIDTH, build_pdf, dutch_date, para, section, spacer, styles, table

    s = styles()
    story = [para("Overzicht voor de aanvraag van de praktijkverklaring", s.title),
             para(f"{sheet.student_name} — {_type_text(sheet.route_type)}", s.subtitle)]
    facts = [["Leerling", sheet.student_name], ["School", sheet.school_name + (f" (BRIN {sheet.school_brin})" if sheet.school_brin else "")],
             ["Leerbedrijf", sheet.employer_name or "—"], ["Leerbedrijf-ID", sheet.employer_sbb_id or "— (vul aan)"],
             ["Praktijkopleider", sheet.praktijkopleider or "—"],
             ["Kwalificatiedossier", f"{sheet.dossier_title}, crebo {sheet.dossier_crebo}, versie {sheet.dossier_version}"
              + (f", niveau {sheet.dossier_level}" if sheet.dossier_level else "")],
             ["Route gestart", dutch_date(sheet.started_on) if sheet.started_on else "—"], ["Routecode", sheet.code],
             ["Afgedrukt op", dutch_date(sheet.today)]]
    story.append(table(facts, [45 * mm, CONTENT_WIDTH - 45 * mm], header=False))
    if sheet.route_flags:
        story.append(para("Let op: de stageplaats vermeldt niet dat er een praktijkverklaring mogelijk is.", s.body))
    story += section("Werkprocessen", "werkprocessen")
    rows = [["Werkproces", "Oordeel", "Datum", "Beoordeeld door", "Bevestigd door de school"]]
    for line in sheet.lines:
        confirmed = (f"ja, {_short(line.confirmed_on)}" + (f" ({line.confirmed_by})" if line.confirmed_by else "")) if line.confirmed else "nee"
        if not line.confirmed and line.revoked_on:
            confirmed = f"nee (bevestiging ingetrokken op {_short(line.revoked_on)} na een nieuw oordeel)"
        assessor = line.assessor or "—"
        if line.paper_form_on:
            assessor += f" (ondertekend formulier van {_short(line.paper_form_on)})"
        title = f"{line.code} {line.title}" + (" — niet aangeboden door de stageplaats" if line.flag else "")
        rows.append([title, status_label(line.status), _short(line.assessed_on), assessor, confirmed])
    story.append(table(rows, [51 * mm, 25 * mm, 27 * mm, 34 * mm, CONTENT_WIDTH - 137 * mm]))
    achieved = sum(1 for line in sheet.lines if line.confirmed)
    story += [spacer(3), para(f"Bevestigd: {achieved} van {len(sheet.lines)} werkprocessen.", s.body),
              para(f"Bron van het dossier: {sheet.dossier_source or 'niet vermeld'}.", s.small),
              para("CoachDesk bereidt het bewijs en dit overzicht voor. De wettelijke mbo-verklaring geeft een examencommissie van "
                   "een mbo-school af; die wordt hier niet gemaakt.", s.small)]
    out = io.BytesIO()
    build_pdf(out, story, title=f"Praktijkverklaring {sheet.student_name}", subject="Overzicht voor de aanvraag door de school",
              author=sheet.school_name or "School", header="Praktijkverklaring — aanvraag", footer=f"{sheet.student_name} — routecode {sheet.code}")
    return out.getvalue()


def _short(day) -> str:
    return day.strftime("%d-%m-%Y") if day else "—"
