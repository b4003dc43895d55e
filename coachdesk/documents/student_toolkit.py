"""The toolkit for a student and his parents, in plain Dutch (B1): his stage and contacts first, then activities, steps and help.

A BBL student (a job with a contract, and one day of school) gets the job-and-school guide instead of the stage one;
a student without a coach is told whom to ask at school; the working hours are those for his own age.

Short sentences and everyday words ("stage", "activiteiten"); a word of jargon is
explained the first time it appears. Body text is 12 pt.
"""
from __future__ import annotations

import calendar
import itertools
from datetime import date
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

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
from coachdesk.documents.toolkit_data import TEEN, YOUNG, Event, StudentToolkitData

SIZE = 12  # body text of the student and parent toolkit
WHAT_IS_A_STAGE = (
    "Bij een stage leer je het werk op een echte werkplek. Op school heet dat ook BPV (beroepspraktijkvorming). "
    "Op je werk helpt een vaste collega je: de praktijkopleider. {Who} komt langs of belt om te horen hoe het gaat."
)
WHAT_IS_BBL = (
    "In de BBL werk je bij een bedrijf en ga je naar school: meestal 4 dagen werk en 1 dag school. "
    "Je hebt een arbeidscontract en je krijgt loon. Daarnaast tekenen jij, het bedrijf en school een praktijkovereenkomst (POK): "
    "daarin staat wat je leert, wie je begeleidt en hoe lang het duurt. Ben je jonger dan 18? Dan tekent je ouder of verzorger ook. "
    "Op je werk helpt een vaste collega je: de praktijkopleider."
)
BBL_POK_DEADLINE = ("Heb je op 1 oktober nog geen leerbaan met een POK? Dan ga je over naar de BOL: dan loop je stage en ga je meer dagen naar school. "
                    "Zoek dus op tijd.")
BBL_STEPS = [
    "Bedenk wat je leuk vindt en wat je goed kunt. {Who} helpt je daarbij.",
    "Maak een kort cv. Laat het lezen door {who}.",
    "Zoek een leerbaan: een baan waarbij je ook naar school gaat. Kijk op Stagemarkt.nl: daar staan de leerbanen van erkende leerbedrijven "
    "(bedrijven die SBB heeft goedgekeurd om studenten op te leiden). Ga ook naar de activiteiten in deze gids.",
    "Bel of mail het bedrijf. Oefen het gesprek eerst met {who}.",
    "Ga op gesprek. Vraag naar je werktijden, je loon en wie je begeleidt.",
    "Heb je een leerbaan? Dan krijg je een arbeidscontract van het bedrijf, en school, het bedrijf en jij tekenen de POK. "
    "Ben je jonger dan 18? Dan tekent je ouder of verzorger ook.",
    "Zorg goed voor je baan. Kom op tijd. Ben je ziek? Meld het bij je werk én bij school. Gaat iets niet goed? Zeg het tegen {who}.",
]
STEPS = [
    "Bedenk wat je leuk vindt en wat je goed kunt. {Who} helpt je daarbij.",
    "Maak een kort cv. Laat het lezen door {who}.",
    "Zoek bedrijven. Kijk op Stagemarkt.nl. Ga ook naar de activiteiten in deze gids.",
    "Bel of mail het bedrijf. Oefen het gesprek eerst met {who}.",
    "Ga op gesprek. Kom op tijd. Stel zelf ook vragen.",
    "Heb je een plek? Dan maken school, het bedrijf en jij afspraken op papier. In het mbo heet dat de praktijkovereenkomst (POK). "
    "Ben je jonger dan 18? Dan tekent je ouder of verzorger ook.",
    "Zorg goed voor je plek. Kom op tijd. Ben je ziek? Meld het bij het bedrijf én bij school. Gaat iets niet goed? Zeg het tegen {who}.",
]
FIRST_DAY = [
    "Ik weet hoe laat ik begin en hoe ik er kom.",
    "Ik heb de naam en het telefoonnummer van mijn praktijkopleider.",
    "Ik weet welke kleren en schoenen ik aan moet.",
    "Ik heb eten en drinken bij me, of ik weet waar ik het kan kopen.",
    "Ik heb mijn ID-kaart of paspoort bij me.",
    "Ik weet hoe ik me ziek meld: bij het bedrijf én bij school.",
    "Het nummer van {mine} staat in mijn telefoon.",
]
FOR_PARENTS = [
    ("Wie tekent wat?", "Is uw kind jonger dan 18? Dan tekent u de afspraken over de stage mee: de stageovereenkomst of, in het mbo, de praktijkovereenkomst (POK)."),
    ("Reizen", "Veel leerlingen fietsen of gaan met het openbaar vervoer, en betalen de reis zelf. Vraag de coach hoe lang de reis is en of er een vergoeding is."),
    ("Verzekering", "Wat er verzekerd is, staat in de stageovereenkomst of de POK. Is het niet duidelijk? Vraag het de coach."),
    ("Ziek of een probleem?", "Meld ziekte bij het bedrijf én bij school. Zorgen over de stage? Bel de coach. Liever vroeg dan laat."),
    ("Vragen over school?", "Ouders & Onderwijs is een gratis hulplijn voor ouders: 0800-5010."),
]
HOURS = {  # the Arbeidstijdenwet for minors; school time counts as working time
    YOUNG: "Op een beroepsstage werkt een leerling van 14 of 15 jaar hoogstens 7 uur per dag en 35 uur per week, nooit op zondag. "
           "Hij of zij heeft 14 uur rust achter elkaar, waarin 19.00 tot 7.00 uur valt. Alleen licht werk, onder toezicht, "
           "en er is een stageovereenkomst die u als ouder tekent.",
    TEEN: "Een leerling van 16 of 17 jaar werkt hoogstens 9 uur per dag en 45 uur per week, en over 4 weken gemiddeld hoogstens 40 uur per week. "
          "Niet tussen 23.00 en 6.00 uur, en elke dag 12 uur rust. Sommig werk mag alleen onder toezicht.",
}
HOURS_SOURCE = "Bron: Arbeidstijdenwet (rijksoverheid.nl). Schooltijd telt mee als werktijd."
GRID_FROM = 3  # a month grid helps once there are this many activities; fewer read better as a list


@lru_cache(maxsize=256)
def _dark_runs(url: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``url`` as its size in modules and runs of dark modules (row, first column, length), made once per address."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.L)
    code.addData(url)
    code.make()
    runs = []
    for row, modules in enumerate(code.modules):
        column = 0
        for dark, group in itertools.groupby(bool(module) for module in modules):
            length = len(list(group))
            if dark:
                runs.append((row, column, length))
            column += length
    return code.getModuleCount(), tuple(runs)


class QrCode(Flowable):
    """A QR code drawn as one filled path (a drawing of a thousand rectangles took most of a toolkit's time)."""

    BORDER = 4  # modules of white around the code, as readers expect

    def __init__(self, url: str, size: float = 24 * mm) -> None:
        super().__init__()
        self.url, self.size = url, size

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        return self.size, self.size

    def draw(self) -> None:
        count, runs = _dark_runs(self.url)
        box = self.size / (count + 2 * self.BORDER)
        path = self.canv.beginPath()
        for row, column, length in runs:
            path.rect((column + self.BORDER) * box, self.size - (row + self.BORDER + 1) * box, length * box, box)
        self.canv.saveState()
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)
        self.canv.restoreState()


def qr_code(url: str, size: float = 24 * mm) -> QrCode:
    return QrCode(url, size)


class StudentToolkit:
    def __init__(self, data: StudentToolkitData) -> None:
        self.data = data
        self.s = styles(SIZE)

    @property
    def title(self) -> str:
        d = self.data
        return f"{'Werken en leren' if d.bbl else 'Stage en werk'}: de gids{' voor ' + d.student_name if d.student_name else ''}"

    def _words(self, value: str) -> str:
        """Our fixed text for this student: whom he asks (his coach, or school when he has none)."""
        has_coach = self.data.has_coach
        who = "je coach" if has_coach else "iemand van school"
        return value.format(who=who, Who=who[:1].upper() + who[1:], mine="mijn coach" if has_coach else "school")

    def story(self) -> list:
        return self._build_intro() + self._build_activities() + self._build_steps() + self._build_parents() + self._build_help()

    def build(self, target) -> None:
        d = self.data
        story = self.story()
        build_pdf(target, story, title=self.title, subject="Een stage of leerbaan vinden en houden, wie je helpt, en activiteiten",
                  author=d.school_name or "School", header=d.header, footer=f"Gemaakt op {dutch_date(d.print_date)}", logo=d.logo_path)

    def _build_intro(self) -> list:
        d, s = self.data, self.s
        greeting = f"Voor {text(d.student_name)} en ouders of verzorgers" if d.student_name else "Voor leerlingen en hun ouders of verzorgers"
        story = [para("Werken en leren: de gids" if d.bbl else "Stage en werk: de gids", s.title), para(greeting, s.subtitle, markup=True)]
        place = "leerbaan" if d.bbl else "stage"
        if d.student_name:
            story += section(f"Jouw {place} nu", "placement", SIZE)
            p = d.placement
            if p is None:
                helper = "Je coach helpt je er een te vinden." if d.has_coach else (
                    "School helpt je er een te vinden" + (f": bel {d.school_phone}." if d.school_phone else "."))
                story.append(para(f"Je hebt nu nog geen {place}. {helper} Kijk ook bij de activiteiten in deze gids.", s.body))
                if d.bbl:
                    story.append(para(BBL_POK_DEADLINE, s.body))
            else:
                when = " tot ".join(filter(None, [dutch_date(p.starts_on) if p.starts_on else "", dutch_date(p.ends_on) if p.ends_on else ""]))
                rows = [["Bedrijf", p.employer], ["Adres", p.address],
                        ["Praktijkopleider", "\n".join(filter(None, [p.trainer, p.trainer_phone, p.trainer_email]))],
                        ["Wanneer", (("Vanaf " if not p.ends_on else "") + when) if when else ""],
                        ["Uren per week", str(p.hours_per_week) if p.hours_per_week else ""]]
                if p.status == "proposed":
                    story.append(para(f"Deze {place} is nog niet begonnen: school en het bedrijf maken nog afspraken.", s.body))
                story.append(table([[label, value] for label, value in rows if value], [45 * mm, CONTENT_WIDTH - 45 * mm], header=False, size=SIZE))
        story += section("Wie helpt je?", "contacts", SIZE)
        if d.student_name and not d.has_coach:
            story.append(para("Je hebt nog geen vaste coach. Met je vragen kun je terecht bij school: bel of mail het nummer hieronder.", s.body))
        # Two columns: the contact column is wide, so an e-mail address is never broken mid-word.
        rows = [["Wie", "Telefoon en e-mail"]]
        for person in d.contacts:
            rows.append([f"{person.name}\n{person.role}", "\n".join(filter(None, [person.phone, person.email]))])
        if d.placement and d.placement.trainer:
            rows.append([f"{d.placement.trainer}\nJe praktijkopleider op je {place}", "\n".join(filter(None, [d.placement.trainer_phone, d.placement.trainer_email]))])
        if d.school_name or d.school_phone:
            rows.append([f"{d.school_name or 'School'}\nJe school", "\n".join(filter(None, [d.school_phone, d.school_email]))])
        story.append(table(rows, [75 * mm, CONTENT_WIDTH - 75 * mm], size=SIZE))
        if d.bbl:
            story += section("Wat is de BBL?", "bbl", SIZE) + [para(WHAT_IS_BBL, s.body)]
        else:
            story += section("Wat is een stage?", "stage", SIZE) + [para(self._words(WHAT_IS_A_STAGE), s.body)]
        return story

    def _build_activities(self) -> list:
        d, s = self.data, self.s
        story = section("Activiteiten: hier vind je een stage of baan", "activities", SIZE)
        if not d.events:
            story.append(para(self._words("De komende maanden staan er nog geen activiteiten gepland. Vraag {who} wanneer de volgende is."), s.body))
            return story
        if d.events_are_general:
            story.append(para("Er is nu geen activiteit speciaal voor jouw opleiding. Deze activiteiten zijn voor iedereen. Ga gerust!", s.body))
        elif any(event.registration_url for event in d.events):
            story.append(para("Op deze dagen kun je bedrijven leren kennen. Meld je op tijd aan: scan de code met je telefoon.", s.body))
        else:
            story.append(para("Op deze dagen kun je bedrijven leren kennen.", s.body))
        blocks = []
        others_said = d.events_are_general
        for event in d.events:
            block = self._event_block(event)
            if not event.own and not others_said:  # his own come first; the rest are open to him too
                block = [para("Ook voor jou: deze activiteiten zijn voor iedereen.", s.small), *block]
                others_said = True
            blocks.append(block)
        if len(d.events) >= GRID_FROM and len(d.months) > 1:
            # The month grids help to see many activities at a glance; they flow like text, the list follows.
            return story + self._grids() + [KeepTogether(block) for block in blocks]
        # The heading goes with the first activity, so it never stands alone above blank space.
        return [KeepTogether(story + blocks[0])] + [KeepTogether(block) for block in blocks[1:]]

    def _grids(self) -> list:
        by_day: dict[date, int] = {}
        for event in self.data.events:
            by_day[event.starts_at.date()] = by_day.get(event.starts_at.date(), 0) + 1
        grids = [self._month_grid(year, month, by_day) for year, month in self.data.months[:4]]
        half = (CONTENT_WIDTH - 8 * mm) / 2
        story = [para("De zwarte dagen hebben een activiteit.", self.s.small)]
        for index in range(0, len(grids), 2):
            pair = grids[index : index + 2] + ([""] if len(grids[index : index + 2]) == 1 else [])
            story += [layout_table([pair], [half + 4 * mm, half + 4 * mm]), spacer(3)]
        return story

    def _month_grid(self, year: int, month: int, by_day: dict[date, int]) -> Table:
        cell = (CONTENT_WIDTH - 8 * mm) / 2 / 7
        rows = [[f"{MONTHS[month - 1]} {year}", "", "", "", "", "", ""], ["ma", "di", "wo", "do", "vr", "za", "zo"]]
        style = [
            ("SPAN", (0, 0), (-1, 0)), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 11), ("FONT", (0, 1), (-1, -1), FONT, 10),
            ("FONT", (0, 1), (-1, 1), FONT_BOLD, 10), ("ALIGN", (0, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 1), (-1, 1), 0.5, RULE), ("BACKGROUND", (0, 1), (-1, 1), LIGHT),
        ]
        for week_index, week in enumerate(calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)):
            row = []
            for day_index, day in enumerate(week):
                row.append(str(day) if day else "")
                if day and date(year, month, day) in by_day:
                    position = (day_index, week_index + 2)
                    style += [("BACKGROUND", position, position, colors.black), ("TEXTCOLOR", position, position, colors.white),
                              ("FONT", position, position, FONT_BOLD, 10)]
            rows.append(row)
        grid = Table(rows, colWidths=[cell] * 7, rowHeights=[7 * mm] + [5.5 * mm] * (len(rows) - 1))
        grid.setStyle(TableStyle(style))
        return grid

    def _event_block(self, event: Event) -> list:
        s = self.s
        when = dutch_date(event.starts_at.date(), weekday=True) + f", {event.starts_at:%H:%M}" + (f"–{event.ends_at:%H:%M}" if event.ends_at else "") + " uur"
        rows = [["Wanneer", when], ["Waar", event.place], ["Wie organiseert", event.organiser], ["Voor wie", event.for_whom],
                ["Aanmelden kan tot en met", dutch_date(event.registration_deadline, weekday=True) if event.registration_deadline else ""],
                ["Neem mee", event.what_to_bring], ["Aanmelden", event.registration_url]]
        rows = [[label, value] for label, value in rows if value]
        heading = para(f"{text(event.title)}<font size=10> · {text(event.kind)}</font>", s.h2, markup=True)
        short = sum(len(value) for _, value in rows) < 500
        if not event.registration_url:
            return [heading, table(rows, [40 * mm, CONTENT_WIDTH - 40 * mm], header=False, size=SIZE), spacer(2)]
        code = [qr_code(event.registration_url), para("Scan om je aan te melden", s.small)]
        if not short:  # a long text may continue on the next page: the code goes below it
            return [heading, table(rows, [40 * mm, CONTENT_WIDTH - 40 * mm], header=False, size=SIZE),
                    layout_table([[code]], [40 * mm]), spacer(2)]
        details = table(rows, [40 * mm, CONTENT_WIDTH - 40 * mm - 34 * mm], header=False, size=SIZE)
        layout = layout_table([[details, code]], [CONTENT_WIDTH - 34 * mm, 34 * mm], [("ALIGN", (1, 0), (1, 0), "CENTER"), ("LEFTPADDING", (1, 0), (1, 0), 6)])
        return [heading, layout, spacer(2)]

    def _build_steps(self) -> list:
        s, d = self.s, self.data
        steps = BBL_STEPS if d.bbl else STEPS
        story = section(f"Zo vind je een {'leerbaan' if d.bbl else 'stage'}, in {len(steps)} stappen", "steps", SIZE)
        story += [para(f"<b>{number}.</b> {text(self._words(step))}", s.bullet, markup=True) for number, step in enumerate(steps, 1)]
        story += section("Checklist voor je eerste dag", "checklist", SIZE)
        story.append(KeepTogether([para(f"☐ {text(self._words(item))}", s.bullet, markup=True) for item in FIRST_DAY]))
        return story

    def _hours(self) -> list:
        d, s = self.data, self.s
        if not d.hour_groups:
            return [KeepTogether([para("Werktijden", s.h2), para("Uw kind is 18 of ouder: de extra regels voor werktijden van jongeren gelden niet meer.", s.body)])]
        labels = {YOUNG: "14 en 15 jaar", TEEN: "16 en 17 jaar"}
        parts = [para("Werktijden", s.h2)]
        for group in d.hour_groups:
            body = HOURS[group]
            parts.append(para(f"<b>{labels[group]}.</b> {text(body)}" if len(d.hour_groups) > 1 else body, s.body, markup=len(d.hour_groups) > 1))
        parts.append(para(HOURS_SOURCE, s.small))
        return [KeepTogether(parts)]

    def _build_parents(self) -> list:
        s = self.s
        story = section("Voor ouders en verzorgers", "parents", SIZE)
        for index, (heading, body) in enumerate(FOR_PARENTS):
            if not self.data.has_coach:
                body = body.replace("Vraag de coach", "Vraag school").replace("Vraag het de coach", "Vraag het school").replace("Bel de coach", "Bel school")
            story.append(KeepTogether([para(heading, s.h2), para(body, s.body)]))
            if index == 0:
                story += self._hours()
        return story

    def _build_help(self) -> list:
        d = self.data
        if not d.help:
            return []
        story = section("Meer hulp", "help", SIZE)
        story.append(table([["Wie", "Wat ze voor je doen", "Hoe je ze bereikt"],
                            *[[h.name, h.offers, "\n".join(filter(None, [h.contact, h.url]))] for h in d.help]],
                           [48 * mm, CONTENT_WIDTH - 113 * mm, 65 * mm], size=SIZE))
        return story
