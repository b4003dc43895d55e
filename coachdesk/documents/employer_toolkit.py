"""The employer toolkit: why a BPV place matters, the schemes, and who to call."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak

from coachdesk.documents.style import (
    CONTENT_WIDTH,
    build_pdf,
    bullets,
    dutch_date,
    para,
    section,
    spacer,
    styles,
    table,
    text,
)
from coachdesk.documents.toolkit_data import EmployerToolkitData

GENERAL_PROFILES = [
    ("Praktijkonderwijs (PrO)", "Leert het best door te doen, met duidelijke taken en vaste routines. Kan na goede inwerking zelfstandig eenvoudig uitvoerend werk doen, bijvoorbeeld in logistiek, groen, schoonmaak, horeca of detailhandel."),
    ("Voortgezet speciaal onderwijs (VSO), uitstroom arbeidsmarkt", "Werkt goed met een vaste begeleider en een voorspelbare werkdag. Heeft vaak al stage gelopen en weet wat hij of zij goed kan; extra uitleg en rust helpen."),
    ("mbo Entree (niveau 1)", "Kan eenvoudige taken zelfstandig uitvoeren en leert een vak in de praktijk. Een Entree-diploma is de eerste stap naar niveau 2."),
    ("mbo niveau 2 (BOL of BBL)", "Werkt aan een startkwalificatie als basisberoepsbeoefenaar. In de BBL werkt de student het grootste deel van de week bij u en gaat één dag naar school."),
]

WHY = [
    "U leidt zelf de vakmensen op die u straks nodig hebt.",
    "Een leerling die een plek krijgt, valt veel minder vaak uit: uw plek maakt echt verschil.",
    "U krijgt een begeleider van school die langskomt, meedenkt en bereikbaar is als er iets speelt.",
    "Er zijn regelingen die een deel van de kosten van begeleiding dekken (zie hieronder).",
]

OFFER = [
    "Een vaste begeleider van school, die u kent en die u kunt bellen.",
    "Minstens drie contactmomenten per stage, waarvan minstens één bezoek op de werkvloer; vaak een driegesprek met u en de leerling.",
    "Hulp bij de praktijkovereenkomst (POK), de beoordeling en de regelingen.",
    "Snel overleg als het niet goed gaat: liever vroeg bellen dan laat.",
]

SBB_STEPS = [
    "Vraag erkenning aan bij SBB (Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven); alleen een erkend leerbedrijf mag een mbo-student een BPV-plek bieden.",
    "Een adviseur praktijkleren van SBB komt langs en bekijkt of de plek past bij de opleiding.",
    "Na erkenning krijgt u een Leerbedrijf-ID en staat uw bedrijf op Stagemarkt.nl, waar studenten plekken zoeken.",
    "Wijs een praktijkopleider aan: de collega die de student dagelijks begeleidt.",
]

TIPS = [
    "Neem de eerste dag de tijd: rondleiding, collega's, pauzes, kleding, wie de vaste aanspreekpersoon is.",
    "Geef één taak tegelijk, doe hem voor, laat hem nadoen en kijk samen terug.",
    "Spreek vaste momenten af om kort te bespreken hoe het gaat, bijvoorbeeld elke vrijdag tien minuten.",
    "Benoem wat goed gaat; deze jongeren horen dat niet vaak genoeg.",
    "Bel de begeleider van school bij verzuim of zorgen. Onder de 18 moet school verzuim melden.",
]


class EmployerToolkit:
    def __init__(self, data: EmployerToolkitData) -> None:
        self.data = data
        self.s = styles()

    def build(self, target) -> None:
        d = self.data
        story = self._build_cover() + self._build_why() + self._build_schemes() + self._build_sbb() + self._build_profiles() + self._build_contacts()
        title = f"Toolkit voor leerbedrijven{' – ' + d.employer_name if d.employer_name else ''}"
        build_pdf(target, story, title=title, subject="BPV-plekken, regelingen en begeleiding voor werkgevers",
                  author=d.school_name or "CoachDesk", header=d.header, footer=f"Gemaakt op {dutch_date(d.print_date)}")

    def _build_cover(self) -> list:
        d, s = self.data, self.s
        story = [para("Toolkit voor leerbedrijven", s.title)]
        if d.employer_name:
            story.append(para(f"Voor {text(d.employer_name)}", s.subtitle, markup=True))
        story.append(para("Een BPV-plek of eerste baan voor jongeren uit het praktijkonderwijs, het voortgezet speciaal onderwijs en mbo Entree en niveau 2: "
                          "wat het u oplevert, welke regelingen er zijn en wie u helpt.", s.body))
        return story

    def _build_why(self) -> list:
        return section("Waarom uw BPV-plek ertoe doet", "why") + bullets(WHY) + section("Wat school u biedt", "offer") + bullets(OFFER)

    def _build_schemes(self) -> list:
        d, s = self.data, self.s
        story = section("Financiële regelingen", "schemes")
        story.append(para(f"Deze regelingen gelden op {dutch_date(d.print_date)}. Bedragen en voorwaarden veranderen elk jaar: "
                          "kijk bij de bron voordat u een aanvraag doet.", s.small))
        if not d.schemes:
            story.append(para("Er zijn op dit moment geen regelingen vastgelegd die hier van toepassing zijn.", s.body))
        for scheme in d.schemes:
            checked = dutch_date(scheme.last_checked) if scheme.last_checked else "onbekend"
            rows = [
                ["Voor wie", scheme.target_group], ["Voorwaarden", scheme.conditions], ["Bedrag", scheme.amount],
                ["Aanvragen", scheme.how_to_apply], ["Bron", scheme.source], ["Laatst gecontroleerd", checked + (" – niet geverifieerd" if scheme.unverified else "")],
            ]
            block = [para(f"{text(scheme.name)}<font size=8> · {text(scheme.provider)}</font>", s.h2, markup=True),
                     table([[label, value] for label, value in rows if value], [38 * mm, CONTENT_WIDTH - 38 * mm], header=False), spacer(2)]
            story.append(KeepTogether(block))
        return story

    def _build_sbb(self) -> list:
        return section("Erkend leerbedrijf worden", "sbb") + bullets(SBB_STEPS) + section("Tips voor de praktijkopleider", "tips") + bullets(TIPS)

    def _build_profiles(self) -> list:
        d, s = self.data, self.s
        story = [PageBreak()] + section("Wat deze jongeren kunnen", "profiles")
        story.append(table([["Onderwijs", "Wat u mag verwachten"], *[[a, b] for a, b in GENERAL_PROFILES]], [55 * mm, CONTENT_WIDTH - 55 * mm]))
        if d.profiles:
            story += [spacer(), para("Leerlingen bij uw bedrijf", s.h2),
                      para("Alleen leerlingen die toestemming gaven om hun profiel te delen staan hier.", s.small),
                      table([["Leerling", "Opleiding", "Wat hij of zij kan"], *[[p.name, p.programme, p.can_do] for p in d.profiles]],
                            [35 * mm, 45 * mm, CONTENT_WIDTH - 80 * mm])]
        return story

    def _build_contacts(self) -> list:
        d = self.data
        rows = [["Wie", "Rol", "Telefoon", "E-mail"], *[[p.name, p.role, p.phone, p.email] for p in d.contacts]]
        if d.school_name:
            rows.append([d.school_name, "School", "", ""])
        story = section("Wie u kunt bellen", "contacts")
        story.append(table(rows, [40 * mm, 38 * mm, 28 * mm, CONTENT_WIDTH - 106 * mm]))
        if d.help:
            story += [spacer(), table([["Organisatie", "Wat ze doen", "Contact"], *[[h.name, h.offers, " ".join(filter(None, [h.contact, h.url]))] for h in d.help]],
                                      [45 * mm, CONTENT_WIDTH - 100 * mm, 55 * mm])]
        return story
