"""The employer toolkit: page 1 lets a small employer say yes (what he gets, what it asks, the next step, the one person to call),
then the detail: whom to call, what it asks of you, the schemes that fit, and the students.

Running text has no article numbers or jargon; the sources stand in small source lines. Working hours are those for the ages
of his pupils (both sets in a general toolkit); the youth minimum wage for 2027 is printed as announced, with its date.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether

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
from coachdesk.documents.toolkit_data import TEEN, YOUNG, EmployerToolkitData, Scheme

GENERAL_PROFILES = [
    ("Praktijkonderwijs (PrO)", "Leert het best door te doen, met duidelijke taken en vaste routines. Kan na goede uitleg zelfstandig eenvoudig werk doen, "
                                "bijvoorbeeld in logistiek, groen, schoonmaak, horeca of detailhandel."),
    ("Voortgezet speciaal onderwijs (VSO), uitstroom arbeidsmarkt", "Werkt goed met een vaste begeleider en een voorspelbare werkdag. Heeft vaak al stage gelopen; "
                                                                    "extra uitleg en rust helpen."),
    ("mbo Entree (niveau 1)", "Kan eenvoudige taken zelfstandig doen en leert een vak in de praktijk. Entree is de eerste stap naar niveau 2."),
    ("mbo niveau 2 (BOL of BBL)", "Werkt aan een diploma als basisberoepsbeoefenaar. In de BOL loopt de student stage; in de BBL werkt hij of zij "
                                  "meestal vier dagen bij u, met een arbeidscontract, en gaat één dag naar school."),
]

ASKS = [
    ("Een praktijkopleider met tijd",
     "Eén collega begeleidt de leerling: inwerken, dagelijks sturen, helpen bij opdrachten, uren aftekenen en meedoen aan de beoordeling. "
     "Scholen vragen aan het begin ongeveer een uur per dag; later minder."),
    ("Een praktijkovereenkomst (POK)",
     "Elke mbo-stage, BOL en BBL, heeft een POK: afspraken over begin- en einddatum, uren, wie begeleidt, wat de student leert, hoe de beoordeling gaat "
     "en wanneer de stage eerder kan stoppen. School, student en u tekenen; bij een leerling onder de 18 tekent ook een ouder of verzorger. "
     "Wisselt de student van bedrijf, dan komt er een nieuwe POK. Bij PrO en VSO tekent u een stageovereenkomst van school."),
    ("Erkenning door SBB (voor mbo)",
     "Alleen een erkend leerbedrijf mag een mbo-student begeleiden. Erkenning is gratis en duurt ongeveer twee weken. Voorwaarden: een veilige werkplek, "
     "werk dat past bij de opleiding, een praktijkopleider met tijd en middelen, samenwerking met school en SBB, en vermelding op Stagemarkt.nl. "
     "SBB kijkt elke vier jaar opnieuw. Aanvragen doet u op s-bb.nl; de adviseur van SBB komt langs. "
     "Voor PrO en VSO is erkenning meestal niet nodig, maar de Subsidieregeling praktijkleren vraagt haar wel."),
    ("Regels voor leerlingen onder de 18", ""),  # the working hours for the ages concerned: _hours()
    ("Vergoeding of loon",
     "Een stagevergoeding is bij BOL, PrO en VSO vrijwillig. BBL is een arbeidscontract met loon. "
     "Aangekondigd, nog niet definitief (stand 2 december 2026): vanaf 1 januari 2027 een hoger minimumjeugdloon (16 jaar 40%, 17 jaar 50%, "
     "18 jaar 62,5%, 19 jaar 75%, 20 jaar 87,5% van het minimumloon) en geen lager jeugdloon meer in de BBL. Kijk vóór 2027 of het zo is ingegaan."),
    ("Verzekering en aansprakelijkheid",
     "U bent aansprakelijk voor schade aan of door de leerling, zoals voor uw eigen werknemers. Wat u regelt en wat de verzekering van school dekt, "
     "staat in de POK of stageovereenkomst. Vraag het de coach van de leerling."),
    ("Als het niet goed gaat",
     "Bel de coach meteen: liever vroeg dan laat. Samen zoeken we een oplossing; lukt dat niet, dan kan de stage stoppen zoals in de POK staat. "
     "Onder de 18 moet school verzuim melden: geef afwezigheid dus altijd door."),
    ("Steun die u krijgt",
     "De coach van school komt minstens drie keer per stage langs of belt, minstens één keer op de werkvloer, vaak in een driegesprek met u en de leerling. "
     "Een Junior Praktijkopleider (JPO), een oudere mbo-student, kan de leerling en u tijdens de stage steunen. "
     "Na school blijft school betrokken: PrO-, VSO- en mbo-scholen begeleiden oud-leerlingen extra, en het Doorstroompunt van de gemeente helpt jongeren zonder diploma tot 27 jaar."),
]

TIPS = [
    "Neem de eerste dag de tijd: rondleiding, collega's, pauzes, kleding, wie de vaste aanspreekpersoon is.",
    "Geef één taak tegelijk, doe hem voor, laat hem nadoen en kijk samen terug.",
    "Spreek vaste momenten af om kort te bespreken hoe het gaat, bijvoorbeeld elke vrijdag tien minuten.",
    "Benoem wat goed gaat; deze jongeren horen dat niet vaak genoeg.",
]

SOURCES = {  # small print under a text: the law or letter it rests on
    "Regels voor leerlingen onder de 18": "Bron: Arbeidstijdenwet (rijksoverheid.nl); schooltijd telt mee als werktijd.",
    "Vergoeding of loon": "Bron: Kamerbrief van 4 juli 2025 (Kamerstuk 36545, nr. 19); of de wet zo is aangenomen, was op 2 december 2026 nog niet bevestigd.",
    "Verzekering en aansprakelijkheid": "Bron: Burgerlijk Wetboek, artikel 7:658 lid 4 en 6:170.",
}
HOURS = {
    YOUNG: "Leerlingen van 14 en 15 jaar, op een beroepsstage met een stageovereenkomst die de ouders tekenen: hoogstens 7 uur per dag en 35 uur "
           "per week, nooit op zondag, en 14 uur rust achter elkaar waarin 19.00 tot 7.00 uur valt. Alleen licht werk, onder toezicht.",
    TEEN: "Leerlingen van 16 en 17 jaar: hoogstens 9 uur per dag en 45 uur per week, over 4 weken gemiddeld hoogstens 40 uur per week, "
          "niet tussen 23.00 en 6.00 uur, en elke dag 12 uur rust.",
}
SITUATIONS = [
    ("stage", "Bij een stage of leerbaan"),
    ("dienst", "Als u iemand in dienst neemt"),
    ("", "Andere regelingen"),
]


class EmployerToolkit:
    def __init__(self, data: EmployerToolkitData) -> None:
        self.data = data
        self.s = styles()

    @property
    def title(self) -> str:
        d = self.data
        kind = "Toolkit voor leerbedrijven" if d.employer_recognised else "Toolkit voor werkgevers"
        return f"{kind}{' – ' + d.employer_name if d.employer_name else ''}"

    def story(self) -> list:
        return self._build_cover() + self._build_contacts() + self._build_asks() + self._build_schemes() + self._build_profiles() + self._build_tips()

    def build(self, target) -> None:
        d = self.data
        story = self.story()
        build_pdf(target, story, title=self.title, subject="Stageplekken, regelingen en begeleiding voor werkgevers",
                  author=d.school_name or "School", header=d.header, footer=f"Gemaakt op {dutch_date(d.print_date)}", logo=d.logo_path)

    def _build_cover(self) -> list:
        """Page 1: what he gets, what it asks of him, the next step and the one person to call."""
        d, s = self.data, self.s
        story = [para("Toolkit voor leerbedrijven" if d.employer_recognised else "Toolkit voor werkgevers", s.title)]
        who = f"Voor {text(d.employer_name)}" if d.employer_name else "Voor werkgevers"
        if d.school_name:
            who += f", van {text(d.school_name)}"
        story.append(para(who, s.subtitle, markup=True))
        story.append(para("U biedt, of overweegt, een stageplek of eerste baan aan een jongere uit het praktijkonderwijs, het voortgezet speciaal onderwijs "
                          "of het mbo (Entree of niveau 2). Op deze pagina staat wat u krijgt, wat het van u vraagt en wie u belt.", s.body))
        if d.prospect:
            money = ("Misschien een vergoeding, als u een leerling van ons aanneemt: bijvoorbeeld "
                     + " of ".join(f"de {scheme.name}" if scheme.name.startswith("Subsidie") else scheme.name for scheme in d.schemes[:2])
                     + ". Welke past, hangt af van de leerling; de coach zoekt het met u uit.") if d.schemes else \
                "Welke vergoeding er is, hangt af van de leerling die bij u komt; de coach zoekt het met u uit."
        else:
            stage = [scheme.name for scheme in d.schemes if scheme.situation != "dienst"]
            hired = [scheme.name for scheme in d.schemes if scheme.situation == "dienst"]
            if stage:
                money = "Voor uw leerlingen kan een vergoeding gelden: " + ", ".join(stage[:2]) + "."
            elif hired:
                money = "Neemt u een leerling na school in dienst, dan kan een vergoeding gelden, bijvoorbeeld " + " of ".join(hired[:2]) + "."
            else:
                money = "Voor de leerlingen die nu bij u werken is er geen vergoeding; de begeleiding is gratis."
        gets = [
            "Een leerling die past bij uw werk: school kiest samen met u." if d.prospect else "Een vaste coach van school voor elke leerling.",
            "Begeleiding: de coach komt minstens drie keer langs of belt, minstens één keer bij u op de werkvloer. Gratis.",
            money,
        ]
        asks = [
            "Een praktijkopleider: een collega die de leerling begeleidt, in het begin ongeveer een uur per dag, later minder.",
            "Een veilige werkplek, ook voor jongeren onder de 18.",
            "Afspraken op papier: een stageovereenkomst, of in het mbo een praktijkovereenkomst (POK).",
        ]
        if not d.employer_recognised and not any(w for w in d.warnings if "mbo-student" in w):
            asks.append("Voor een mbo-student: erkenning door SBB. Uw bedrijf is (nog) niet erkend door SBB; dat is gratis aan te vragen en duurt "
                        "ongeveer twee weken. Voor PrO en VSO is het meestal niet nodig.")
        story += [para("Wat u krijgt", s.h2), *bullets(gets), para("Wat het van u vraagt", s.h2), *bullets(asks)]
        contact = d.first_contact
        if contact is not None:
            reach = " of ".join(filter(None, [f"bel {text(contact.phone)}" if contact.phone else "", f"mail {text(contact.email)}" if contact.email else ""]))
            role = f" ({text(contact.note or contact.role)})" if (contact.note or contact.role) else ""
            step = ("Samen kijken we welke leerling bij u past en wat u nodig heeft." if d.prospect
                    else "Vragen of zorgen over een leerling? Liever vroeg dan laat." if contact in d.contacts
                    else "Over één leerling kunt u ook zijn of haar coach bellen (hieronder). Liever vroeg dan laat.")
            story += [para("De volgende stap", s.h2),
                      para(f"<b>{text(contact.name)}</b>{role}: {reach}. {text(step)}", s.body, markup=True)]
        return story

    def _build_contacts(self) -> list:
        d = self.data
        story = section("Wie u kunt bellen", "contacts")
        # The contact column is wide, so an e-mail address is never broken mid-word.
        rows = [["Wie", "Waarvoor", "Telefoon en e-mail"]]
        for person in d.contacts:
            rows.append([person.name, "\n".join(filter(None, [person.role, person.note])), "\n".join(filter(None, [person.phone, person.email]))])
        if d.school_name or d.school_phone or d.school_email:
            rows.append([d.school_name or "School", "De school, als de coach niet bereikbaar is", "\n".join(filter(None, [d.school_phone, d.school_email]))])
        for person in d.region_contacts:
            rows.append([person.name, person.role, "\n".join(filter(None, [person.phone, person.email, person.note]))])
        story.append(table(rows, [52 * mm, CONTENT_WIDTH - 130 * mm, 78 * mm]))
        return story

    def _hours(self) -> str:
        groups = self.data.hour_groups
        if not groups:
            return "Uw leerlingen zijn 18 of ouder: de extra regels voor jongeren gelden voor hen niet."
        return "Neem jongeren op in het jeugddeel van uw RI&E. Sommig werk mag niet, ander werk alleen onder toezicht. " + " ".join(HOURS[g] for g in groups)

    def _build_asks(self) -> list:
        s = self.s
        story = section("Wat vraagt het van u?", "asks")
        for heading, body in ASKS:
            parts = [para(heading, s.h2), para(body or self._hours(), s.body)]
            if heading in SOURCES:
                parts.append(para(SOURCES[heading], s.small))
            story.append(KeepTogether(parts))
        return story

    def _scheme_block(self, scheme: Scheme) -> list:
        s = self.s
        checked = dutch_date(scheme.last_checked) if scheme.last_checked else "onbekend"
        amount = scheme.amount
        if scheme.unverified:
            amount = "Niet door school gecontroleerd: vraag het na bij de uitvoerder." + (f" ({amount})" if amount else "")
        source = f"{scheme.source} (door school gecontroleerd op {checked})" if scheme.source else f"Door school gecontroleerd op {checked}"
        rows = [["Voor wie", scheme.target_group], ["Voorwaarden", scheme.conditions], ["Wat u krijgt", amount],
                ["Aanvragen", scheme.how_to_apply], ["Bron", source]]
        heading = para(f"{text(scheme.name)}" + (f"<font size=10> · {text(scheme.provider)}</font>" if scheme.provider else ""), s.h2, markup=True)
        return [CondPageBreak(35 * mm), heading, table([[label, value] for label, value in rows if value], [34 * mm, CONTENT_WIDTH - 34 * mm], header=False), spacer(2)]

    def _build_schemes(self) -> list:
        d, s = self.data, self.s
        story = section("Regelingen", "schemes")
        story.append(para("Bedragen en voorwaarden veranderen elk jaar. Bij elke regeling staat de bron en de datum waarop school de gegevens "
                          "controleerde. Kijk bij de bron voordat u iets aanvraagt.", s.body))
        if d.prospect and d.employer_name:
            story.append(para("Als u een leerling van ons aanneemt, kunnen deze regelingen gelden. Ze passen bij de leerlingen die wij bij een bedrijf "
                              "als het uwe willen plaatsen; welke precies geldt, hangt af van de leerling. De coach zoekt het met u uit.", s.body))
            if not d.employer_recognised:
                story.append(para("Regelingen die erkenning door SBB vragen, zoals de Subsidieregeling praktijkleren, staan hier niet: die gelden pas als "
                                  "SBB uw bedrijf erkent (zie ‘Erkenning door SBB’).", s.body))
        elif d.employer_name:
            story.append(para("Hieronder staan alleen de regelingen die passen bij de leerlingen die nu bij u werken.", s.body))
        if not d.schemes:
            story.append(para("Welke regeling past, hangt af van de leerling die bij u komt. De coach zoekt het met u uit; de begeleiding door school is gratis."
                              if d.prospect else "Voor de leerlingen die nu bij u werken is er geen regeling die een deel van de kosten vergoedt. "
                                                 "De begeleiding door school krijgt u wel, gratis.", s.body))
        for situation, title in SITUATIONS:
            chosen = [scheme for scheme in d.schemes if scheme.situation == situation]
            if not chosen and situation:
                if d.schemes and not d.prospect:
                    story += [para(title, s.h2), para("Hiervoor is er geen regeling die past bij uw leerlingen.", s.body)]
                continue
            if not chosen:
                continue
            story += section(title, f"schemes-{situation or 'other'}")
            for scheme in chosen:
                story += self._scheme_block(scheme)  # a long scheme continues on the next page, row by row
        return story

    def _build_profiles(self) -> list:
        d, s = self.data, self.s
        story = section("Wat deze jongeren kunnen", "profiles")
        story.append(table([["Onderwijs", "Wat u mag verwachten"], *[[a, b] for a, b in GENERAL_PROFILES]], [55 * mm, CONTENT_WIDTH - 55 * mm]))
        if d.profiles:
            story += [spacer(), para("Leerlingen bij uw bedrijf", s.h2),
                      para("Alleen leerlingen die toestemming gaven om hun profiel te delen staan hier (onder de 16 ook met toestemming van een ouder).", s.small),
                      table([["Leerling", "Opleiding", "Wat hij of zij kan"], *[[p.name, p.programme, p.can_do] for p in d.profiles]],
                            [35 * mm, 45 * mm, CONTENT_WIDTH - 80 * mm])]
        return story

    def _build_tips(self) -> list:
        d = self.data
        story = section("Tips voor de praktijkopleider", "tips") + bullets(TIPS)
        if d.help:
            story += section("Meer hulp voor werkgevers", "help")
            story.append(table([["Organisatie", "Wat ze doen", "Contact"], *[[h.name, h.offers, "\n".join(filter(None, [h.contact, h.url]))] for h in d.help]],
                               [52 * mm, CONTENT_WIDTH - 112 * mm, 60 * mm]))
        return story
