"""The student and parent toolkit, in plain Dutch (B1): finding a place, help, and the event calendar."""
from __future__ import annotations

import calendar
from datetime import date

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Table, TableStyle

from coachdesk.documents.style import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    LIGHT,
    MONTHS,
    RULE,
    build_pdf,
    dutch_date,
    layout_table,
    para,
    section,
    spacer,
    styles,
    table,
    text,
)
from coachdesk.documents.toolkit_data import Event, StudentToolkitData

WHAT_IS_BPV = (
    "BPV betekent beroepspraktijkvorming: je leert het vak op een echte werkplek, bij een leerbedrijf. "
    "Je hebt daar een praktijkopleider die je helpt. Je coach van school komt langs en belt je om te horen hoe het gaat."
)
STEPS = [
    "Bedenk wat je leuk vindt en wat je goed kunt. Je coach of JPO helpt je daarbij.",
    "Maak een kort cv. Vraag je coach of iemand van school om mee te kijken.",
    "Zoek bedrijven. Op Stagemarkt.nl staan erkende leerbedrijven. Ga ook naar de events in deze agenda.",
    "Bel of mail het bedrijf. Oefen het gesprek eerst met je JPO of coach.",
    "Ga op gesprek. Kom op tijd, zorg dat je er netjes uitziet en stel zelf ook vragen.",
    "Heb je een plek? Dan maken school, het bedrijf en jij afspraken. Bij BBL teken je een praktijkovereenkomst (POK).",
    "Houd je plek: kom op tijd, meld je ziek bij je praktijkopleider én bij school, en zeg het als iets niet goed gaat.",
]
FIRST_DAY = [
    "Ik weet hoe laat ik moet beginnen en hoe ik er kom.",
    "Ik heb de naam en het telefoonnummer van mijn praktijkopleider.",
    "Ik weet welke kleding of schoenen ik nodig heb.",
    "Ik heb eten en drinken mee, of ik weet waar ik dat kan halen.",
    "Ik heb mijn identiteitsbewijs en mijn bankpas bij me.",
    "Ik weet hoe ik me ziek meld (bij het bedrijf én bij school).",
    "Ik heb het nummer van mijn coach in mijn telefoon.",
]


def qr_code(url: str, size: float = 22 * mm) -> Drawing:
    widget = QrCodeWidget(url)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
    drawing.add(widget)
    return drawing


class StudentToolkit:
    def __init__(self, data: StudentToolkitData) -> None:
        self.data = data
        self.s = styles()

    def build(self, target) -> None:
        d = self.data
        story = self._build_intro() + self._build_help() + self._build_calendar() + self._build_event_list() + self._build_personal()
        title = f"Toolkit stage en werk{' – ' + d.student_name if d.student_name else ''}"
        build_pdf(target, story, title=title, subject="BPV-plek vinden en houden, hulp en agenda van matchingsevents",
                  author=d.school_name or "CoachDesk", header=d.header, footer=f"Gemaakt op {dutch_date(d.print_date)}")

    def _build_intro(self) -> list:
        d, s = self.data, self.s
        greeting = f"Voor {text(d.student_name)} en ouders of verzorgers" if d.student_name else "Voor leerlingen en hun ouders of verzorgers"
        story = [para("Een stageplek vinden en houden", s.title), para(greeting, s.subtitle, markup=True)]
        story += section("Wat is een BPV-plek?", "bpv") + [para(WHAT_IS_BPV)]
        story += section("Zo vind je een plek, in 7 stappen", "steps")
        story += [para(f"<b>{number}.</b> {text(step)}", s.bullet, markup=True) for number, step in enumerate(STEPS, 1)]
        return story

    def _build_help(self) -> list:
        story = section("Wie helpt je?", "help")
        story.append(table([["Wie", "Wat ze voor je doen", "Hoe je ze bereikt"],
                            *[[h.name, h.offers, " ".join(filter(None, [h.contact, h.url]))] for h in self.data.help]],
                           [45 * mm, CONTENT_WIDTH - 100 * mm, 55 * mm]))
        return story

    def _build_calendar(self) -> list:
        d, s = self.data, self.s
        story = [PageBreak()] + section("Agenda: events om een plek te vinden", "calendar")
        story.append(para("Op de dagen met een zwart vakje is een event. Achter de kalender staat wat er die dag is en hoe je je aanmeldt.", s.body))
        by_day: dict[date, int] = {}
        for event in d.events:
            by_day[event.starts_at.date()] = by_day.get(event.starts_at.date(), 0) + 1
        grids = [self._month_grid(year, month, by_day) for year, month in d.months]
        # Two months side by side keep the calendar on one page.
        half = (CONTENT_WIDTH - 8 * mm) / 2
        for index in range(0, len(grids), 2):
            pair = grids[index : index + 2] + ([""] if len(grids[index : index + 2]) == 1 else [])
            story += [layout_table([pair], [half + 4 * mm, half + 4 * mm]), spacer(3)]
        return story

    def _month_grid(self, year: int, month: int, by_day: dict[date, int]) -> Table:
        cell = (CONTENT_WIDTH - 8 * mm) / 2 / 7
        rows = [[f"{MONTHS[month - 1]} {year}", "", "", "", "", "", ""], ["ma", "di", "wo", "do", "vr", "za", "zo"]]
        style = [
            ("SPAN", (0, 0), (-1, 0)), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 10), ("FONT", (0, 1), (-1, -1), FONT, 8.5),
            ("FONT", (0, 1), (-1, 1), FONT_BOLD, 8), ("ALIGN", (0, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 1), (-1, 1), 0.5, RULE), ("BACKGROUND", (0, 1), (-1, 1), LIGHT),
        ]
        for week_index, week in enumerate(calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)):
            row = []
            for day_index, day in enumerate(week):
                row.append(str(day) if day else "")
                if day and date(year, month, day) in by_day:
                    position = (day_index, week_index + 2)
                    style += [("BACKGROUND", position, position, colors.black), ("TEXTCOLOR", position, position, colors.white),
                              ("FONT", position, position, FONT_BOLD, 8.5)]
            rows.append(row)
        grid = Table(rows, colWidths=[cell] * 7, rowHeights=[7 * mm] + [5.5 * mm] * (len(rows) - 1))
        grid.setStyle(TableStyle(style))
        return grid

    def _build_event_list(self) -> list:
        d, s = self.data, self.s
        story = [CondPageBreak(60 * mm)] + section("Wat, waar en wanneer", "events")
        if not d.events:
            story.append(para("Er staan de komende maanden nog geen events in de agenda. Vraag je coach naar nieuwe data.", s.body))
        for event in d.events:
            story.append(KeepTogether(self._event_block(event)))
        return story

    def _event_block(self, event: Event) -> list:
        s = self.s
        when = dutch_date(event.starts_at.date(), weekday=True) + f", {event.starts_at:%H:%M}" + (f"–{event.ends_at:%H:%M}" if event.ends_at else "") + " uur"
        rows = [["Wanneer", when], ["Waar", event.place], ["Organisatie", event.organiser], ["Voor wie", event.for_whom],
                ["Aanmelden vóór", dutch_date(event.registration_deadline) if event.registration_deadline else ""],
                ["Meenemen", event.what_to_bring], ["Aanmelden via", event.registration_url]]
        details = table([[label, value] for label, value in rows if value], [32 * mm, CONTENT_WIDTH - 32 * mm - 30 * mm], header=False)
        code = qr_code(event.registration_url) if event.registration_url else ""
        layout = layout_table([[details, code]], [CONTENT_WIDTH - 30 * mm, 30 * mm], [("ALIGN", (1, 0), (1, 0), "CENTER")])
        return [para(f"{text(event.title)}<font size=8> · {text(event.kind)}</font>", s.h2, markup=True), layout, spacer(2)]

    def _build_personal(self) -> list:
        d, s = self.data, self.s
        story = [PageBreak()] + section("Jouw contactpersonen" if d.student_name else "Contactpersonen", "contacts")
        if d.contacts:
            story.append(table([["Wie", "Rol", "Telefoon", "E-mail"], *[[p.name, p.role, p.phone, p.email] for p in d.contacts]],
                               [40 * mm, 48 * mm, 28 * mm, CONTENT_WIDTH - 116 * mm]))
        else:
            story.append(para("Vraag op school wie je coach is.", s.body))
        if d.school_name:
            story += [spacer(2), para(f"School: {text(d.school_name)}", s.body, markup=True)]
        story += section("Checklist voor je eerste dag", "checklist")
        story += [para(f"☐ {text(item)}", s.bullet, markup=True) for item in FIRST_DAY]
        return story


