"""Fictitious, realistic demo data: a school year of coaching work in one region.

Everything is invented. Rows are written with Core inserts, because the large
set (10,000 students, 100,000 visits) would take several times longer through
the ORM.
"""
from __future__ import annotations

import functools
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, insert, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.access import Actor
from coachdesk.services.demo_places import add_matching_data, add_student_matching
from coachdesk.services.list_queries import search_form
from coachdesk.services.operations import EVERY_KIND, note_changed
from coachdesk.services.risks import judge

FIRST_NAMES = [
    "Daan", "Sem", "Lucas", "Milan", "Levi", "Noah", "Finn", "Jesse", "Bram", "Thijs", "Mohamed", "Yusuf", "Ayoub",
    "Emma", "Julia", "Tess", "Sophie", "Zoë", "Noor", "Sara", "Fenna", "Lotte", "Yara", "Amira", "Fatima", "Aya",
    "Łukasz", "Gülşen", "Daniël", "Chloë", "Joël", "Anaïs", "Mehmet", "Kübra", "Dewi", "Rayan", "Ilse", "Jayden",
    "Priya", "Kofi", "Mila", "Sven", "René", "Zoltán", "Agnieszka", "Hüseyin", "Shanice", "Quincy", "Romée", "Inès",
]
LAST_NAMES = [
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "El Amrani", "Yılmaz", "Kowalski", "Öztürk", "Bouzid", "Nowak", "Şahin", "Pinas", "Martina", "Nguyen",
    "van der Meer", "Koç", "Wiśniewski", "Ramdin", "Kramer", "Schouten", "Postma", "Sarıkaya", "Tahiri", "Groen",
]
SECTORS = ["Zorg", "Logistiek", "Groen", "Horeca", "Techniek", "Bouw", "Detailhandel", "Facilitair", "Schoonmaak", "Haven"]
OPLEIDINGEN = {
    "Zorg": ("Helpende Zorg en Welzijn", "25498"), "Logistiek": ("Logistiek medewerker", "25883"),
    "Groen": ("Medewerker groene ruimte", "25400"), "Horeca": ("Medewerker fastservice", "25180"),
    "Techniek": ("Assistent installatie- en constructietechniek", "25256"), "Bouw": ("Timmerman", "25312"),
    "Detailhandel": ("Verkoper", "25246"), "Facilitair": ("Facilitair medewerker", "25197"),
    "Schoonmaak": ("Schoonmaker", "25441"), "Haven": ("Medewerker haven en vervoer", "25888"),
}
EMPLOYER_WORDS = {
    "Zorg": ["Zorgcentrum", "Woonzorg", "Thuiszorg"], "Logistiek": ["Distributiecentrum", "Transport", "Logistics"],
    "Groen": ["Hoveniersbedrijf", "Kwekerij", "Tuincentrum"], "Horeca": ["Restaurant", "Brasserie", "Lunchroom"],
    "Techniek": ["Installatietechniek", "Metaalbewerking", "Elektro"], "Bouw": ["Bouwbedrijf", "Timmerfabriek", "Aannemersbedrijf"],
    "Detailhandel": ["Supermarkt", "Bouwmarkt", "Drogisterij"], "Facilitair": ["Facilitaire Diensten", "Kantoorservice", "Cateraar"],
    "Schoonmaak": ["Schoonmaakbedrijf", "Glazenwasserij", "Cleaning"], "Haven": ["Stuwadoors", "Havenbedrijf", "Overslag"],
}
PLACE_NAMES = ["De Linde", "Het Anker", "Zuidwijk", "De Horst", "Maasoever", "Rijnmond", "De Eik", "Vlietzicht", "Noorderpark", "Het Veer"]
CITIES = [("Rotterdam", "30"), ("Schiedam", "31"), ("Vlaardingen", "31"), ("Capelle aan den IJssel", "29"), ("Barendrecht", "29"), ("Spijkenisse", "32")]
STREETS = ["Havenstraat", "Kerkweg", "Industrieweg", "Dorpsstraat", "Marktplein", "Stationsweg", "Molenlaan", "Schoolstraat"]
VISIT_SUMMARIES = [
    "Gaat goed op de werkvloer; praktijkopleider tevreden over inzet.",
    "Moeite met op tijd komen; afspraken gemaakt over wekker en reistijd.",
    "Driegesprek gevoerd; leerdoelen voor de komende weken vastgelegd.",
    "Student vindt het werk zwaar; taken samen met praktijkopleider aangepast.",
    "Positieve ontwikkeling, meer zelfstandig werk gekregen.",
    "Conflict met collega besproken; student voelt zich gehoord.",
]
AGREEMENTS = [
    "Student meldt zich voortaan zelf ziek bij de praktijkopleider.",
    "Over twee weken telefonisch contact.",
    "Praktijkopleider vult de beoordeling in vóór het volgende bezoek.",
    "Student houdt een logboek bij van de werkzaamheden.",
]
DEMO_SCHOOLS = ["Praktijkschool De Brug", "Maasland College mbo"]
EVENT_TEMPLATES = [
    (m.EventKind.SPEEDDATE, "Speeddaten voor BPV-plekken {sector}"),
    (m.EventKind.BANENMARKT, "BPV-markt met sollicitatieworkshop"),
    (m.EventKind.BEDRIJFSBEZOEK, "Oriënterend bedrijfsbezoek {sector}"),
    (m.EventKind.MEELOOPDAG, "Meeloopdag {sector}"),
    (m.EventKind.OPEN_DAG, "Open dag bij het leerbedrijf"),
    (m.EventKind.BEDRIJVENBEURS, "Bedrijvenbeurs: werken met ondersteuning"),
    (m.EventKind.BEROEPENFESTIVAL, "Beroepenfestival met doe-dagen"),
]


@dataclass(frozen=True)
class DemoSize:
    students: int
    employers: int
    coaches_per_role: dict[m.CoachRole, int]
    visits_target: int | None  # None: what a school year of coaching gives
    events: int
    slice: int = 0  # students generated and written per slice (0: all at once), so memory stays bounded at any size


SIZES = {
    "small": DemoSize(320, 110, {m.CoachRole.DOCENT: 8, m.CoachRole.JOBCOACH: 5, m.CoachRole.JPO: 8, m.CoachRole.COORDINATOR: 2, m.CoachRole.JOBHUNTER: 2}, None, 24),
    "large": DemoSize(10_000, 2_000, {m.CoachRole.DOCENT: 120, m.CoachRole.JOBCOACH: 60, m.CoachRole.JPO: 150, m.CoachRole.COORDINATOR: 6, m.CoachRole.JOBHUNTER: 10}, 100_000, 40),
    # a region pooling its schools, or a large ROC: ten times the large demo, written in slices of 10,000 students
    "huge": DemoSize(100_000, 20_000, {m.CoachRole.DOCENT: 1200, m.CoachRole.JOBCOACH: 600, m.CoachRole.JPO: 1500, m.CoachRole.COORDINATOR: 6, m.CoachRole.JOBHUNTER: 100}, 1_000_000, 60, slice=10_000),
}


class _Rows:
    """Collects rows per table with ids and timestamps, then inserts them in bulk."""

    def __init__(self) -> None:
        self.now = m.utcnow()
        self.tables: dict[type[m.Base], list[dict]] = {}
        self.written: dict[str, int] = {}

    def add(self, model: type[m.Base], **values: object) -> str:
        row = {"id": new_demo_id(), "created_at": self.now, "updated_at": self.now, **values}
        self.tables.setdefault(model, []).append(row)
        return row["id"]  # type: ignore[return-value]

    def write(self, session: Session) -> None:
        for table in m.Base.metadata.sorted_tables:
            model = next((mdl for mdl in self.tables if mdl.__table__ is table), None)
            rows = self.tables.get(model) if model else None
            for start in range(0, len(rows or []), 5000):
                session.execute(insert(table), rows[start : start + 5000])  # type: ignore[index]
        for model, model_rows in self.tables.items():
            self.written[model.__tablename__] = self.written.get(model.__tablename__, 0) + len(model_rows)
        self.tables = {}  # the next slice starts empty


def _phone(rng: random.Random) -> str:
    return f"06 {rng.randint(10000000, 99999999)}"


def _email(name: str, domain: str) -> str:
    simple = "".join(ch for ch in search_form(name).replace(" ", ".") if ch.isascii() and (ch.isalnum() or ch == "."))
    return f"{simple}@{domain}"


def school_year_start(today: date) -> date:
    year = today.year if today.month >= 8 else today.year - 1
    return date(year, 8, 25)


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m_ = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m_ + 114, 31)
    return date(year, month, day + 1)


def dutch_holidays(year: int) -> set[date]:
    easter = _easter(year)
    kings = date(year, 4, 27) if date(year, 4, 27).weekday() != 6 else date(year, 4, 26)
    return {date(year, 1, 1), easter - timedelta(days=2), easter, easter + timedelta(days=1), kings, date(year, 5, 5),
            easter + timedelta(days=39), easter + timedelta(days=40), easter + timedelta(days=49), easter + timedelta(days=50),
            date(year, 12, 25), date(year, 12, 26)}


def is_school_day(day: date) -> bool:
    """A weekday outside public holidays and the Christmas, May and summer breaks (roughly, as a region plans them)."""
    if day.weekday() >= 5 or day in dutch_holidays(day.year):
        return False
    month_day = (day.month, day.day)
    christmas = month_day >= (12, 19) or month_day <= (1, 4)
    may = (4, 25) <= month_day <= (5, 5)
    summer = (7, 11) <= month_day <= (8, 24)
    return not (christmas or may or summer)


def school_day_near(day: date, *, forward: bool = True) -> date:
    step = timedelta(days=1 if forward else -1)
    while not is_school_day(day):
        day += step
    return day


def _unique(name: str, city: str, taken: set[str]) -> str:
    for candidate in (name, f"{name} {city}", *(f"{name} {city} {number}" for number in range(2, 10_000))):
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    raise AssertionError("unreachable")


_School = tuple[str, str, tuple[m.SchoolType, ...]]  # id, mail domain, the school types it teaches
_Employer = tuple[str, str, list[str]]  # id, sector, workplace trainers' ids

# The helpers below draw from one random generator in a fixed order: the same seed gives the same data set.


def _add_schools(rows: _Rows, rng: random.Random) -> list[_School]:
    schools: list[_School] = [
        (rows.add(m.School, name=DEMO_SCHOOLS[0], brin="12AB", phone="010 123 45 67", email="info@debrug.example", region="Rijnmond"), "debrug.example", (m.SchoolType.PRO, m.SchoolType.VSO)),
        (rows.add(m.School, name=DEMO_SCHOOLS[1], brin="34CD", phone="010 765 43 21", email="info@maasland.example", region="Rijnmond"), "maasland.example", (m.SchoolType.ENTREE, m.SchoolType.MBO2)),
    ]
    for school_id, _, _ in schools:
        for location in ("Centrum", "Zuid"):
            city, prefix = rng.choice(CITIES)
            rows.add(m.SchoolLocation, school_id=school_id, name=f"Locatie {location}", street=f"{rng.choice(STREETS)} {rng.randint(1, 200)}", postcode=f"{prefix}{rng.randint(10, 99)} {rng.choice('ABCDEFGHJKLMN')}{rng.choice('ABCDEFGHJKLMN')}", city=city)
    return schools


def _add_coaches(rows: _Rows, rng: random.Random, spec: DemoSize, schools: list[_School]) -> dict[m.CoachRole, list[tuple[str, str]]]:
    coaches: dict[m.CoachRole, list[tuple[str, str]]] = {}
    for role, count in spec.coaches_per_role.items():
        for index in range(count):
            school_id, domain, _ = schools[index % 2] if role != m.CoachRole.JPO else schools[1]
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            coach_id = rows.add(m.Coach, name=name, role=role.value, school_id=school_id, email=_email(name, domain), phone=_phone(rng), active=True)
            coaches.setdefault(role, []).append((coach_id, school_id))
    return coaches


def _add_employers(rows: _Rows, rng: random.Random, spec: DemoSize) -> list[_Employer]:
    employers = []
    taken: set[str] = set()
    for employer_index in range(spec.employers):
        sector = SECTORS[employer_index % len(SECTORS)]  # every sector has employers, so every student finds one in his own
        city, prefix = rng.choice(CITIES)
        name = _unique(f"{rng.choice(EMPLOYER_WORDS[sector])} {rng.choice(PLACE_NAMES)}", city, taken)
        recognised = rng.random() < 0.9
        contact = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        employer_id = rows.add(
            m.Employer, name=name, sbb_id=str(rng.randint(100000, 999999)) if recognised else None, sbb_recognised=recognised,
            sector=sector, street=f"{rng.choice(STREETS)} {rng.randint(1, 300)}",
            postcode=f"{prefix}{rng.randint(10, 99)} {rng.choice('ABCDEFGHJKLMNPRST')}{rng.choice('ABCDEFGHJKLMNPRST')}",
            city=city, contact_name=contact, contact_phone=f"010 {rng.randint(1000000, 9999999)}", contact_email=_email(contact, "bedrijf.example"), active=True,
        )
        trainers = [rows.add(m.Praktijkopleider, employer_id=employer_id, name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", phone=_phone(rng), email=None) for _ in range(rng.randint(1, 2))]
        employers.append((employer_id, sector, trainers))
    return employers


@dataclass(frozen=True)
class _DemoStudent:
    id: str
    coach_id: str
    mbo: bool
    sectors: list[str]


def _add_student(rows: _Rows, rng: random.Random, today: date, index: int, schools: list[_School],
                 coaches: dict[m.CoachRole, list[tuple[str, str]]], staff: list[tuple[str, str]]) -> _DemoStudent:
    school_id, _, school_types = schools[index % 2]
    school_type = rng.choice(school_types)
    mbo = school_type in (m.SchoolType.ENTREE, m.SchoolType.MBO2)
    age = rng.randint(16, 19) if mbo else rng.randint(15, 18)
    born = date(today.year - age, rng.randint(1, 12), rng.randint(1, 28))
    sectors = rng.sample(SECTORS, rng.randint(1, 2))
    opleiding, crebo = OPLEIDINGEN[sectors[0]] if mbo else (None, None)
    leerweg = (m.Leerweg.BBL if rng.random() < 0.3 else m.Leerweg.BOL).value if mbo else None
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    coach_id = rng.choice([c for c, s in staff if s == school_id])
    student_id = rows.add(
        m.Student, first_name=first, last_name=last, date_of_birth=born, school_type=school_type.value,
        vso_profile=m.VsoProfile.ARBEIDSMARKT.value if school_type == m.SchoolType.VSO else None,
        leerweg=leerweg, opleiding=opleiding, crebo=crebo, school_id=school_id, coach_id=coach_id,
        guardian_name=f"{rng.choice(FIRST_NAMES)} {last}" if age < 18 else None,
        guardian_phone=_phone(rng) if age < 18 else None, guardian_email=None, phone=_phone(rng), email=None,
        sectors=sectors,
        competences=rng.choice([
            "Werkt nauwkeurig en houdt van vaste routines. Kan goed met klanten omgaan.",
            "Sterk in praktisch werk met de handen; heeft VCA-basis gehaald.",
            "Rustig en betrouwbaar; leert het best door voordoen en nadoen.",
            "Sociaal, behulpzaam en komt afspraken na. Heeft ervaring in een supermarkt.",
        ]),
        consent_share_profile=rng.random() < 0.7, parent_consent=age < 18 and rng.random() < 0.8,
        health_notes="Dyslexie; extra tijd bij schriftelijke opdrachten." if rng.random() < 0.1 else None,
        status=m.StudentStatus.ACTIVE.value, left_on=None,
    )
    if school_id == schools[1][0] and rng.random() < 0.25:
        jpo_id = rng.choice(coaches[m.CoachRole.JPO])[0]
        rows.add(m.JpoPairing, jpo_id=jpo_id, student_id=student_id, since=school_day_near(today - timedelta(days=rng.randint(7, 90)), forward=False), until=None)
    return _DemoStudent(student_id, coach_id, mbo, sectors)


def _add_placement(rows: _Rows, rng: random.Random, today: date, student: _DemoStudent,
                   employers_in: Callable[[tuple[str, ...]], list[_Employer]]) -> tuple[dict, m.PlacementStatus, date, date]:
    """A placement in progress on any date: most started in the last months (some end soon), some search, a few ended.

    An mbo student works in the sector of his opleiding; a PrO/VSO student in one of his sectors.
    Returns its row, status, start and end.
    """
    roll = rng.random()
    fitting = employers_in((student.sectors[0],) if student.mbo else tuple(student.sectors))
    chosen_employer, _sector, trainers = rng.choice(fitting)
    employer_id: str | None = chosen_employer
    weeks_long = rng.choice([10, 20, 30, 40])  # short first placements are common in PrO and Entree
    starts = school_day_near(today - timedelta(days=rng.randint(3, 7 * weeks_long - 3)), forward=False)
    trainer: str | None
    if roll < 0.15:
        status, employer_id, trainer = m.PlacementStatus.SEARCHING, None, None
    elif roll < 0.21:
        status, trainer = m.PlacementStatus.PROPOSED, trainers[0]
        starts = school_day_near(today + timedelta(days=rng.randint(7, 35)))
    elif roll < 0.25:
        status, trainer = m.PlacementStatus.ENDED_EARLY, trainers[0]
    else:
        status, trainer = m.PlacementStatus.STARTED, trainers[0]
        if rng.random() < 0.1:  # a first placement already completed
            starts = school_day_near(today - timedelta(days=7 * weeks_long + rng.randint(7, 60)), forward=False)
    ends = school_day_near(starts + timedelta(weeks=weeks_long), forward=False)
    if status == m.PlacementStatus.STARTED and ends < today:
        status = m.PlacementStatus.COMPLETED
    rows.add(
        m.Placement, student_id=student.id, employer_id=employer_id, praktijkopleider_id=trainer, coach_id=student.coach_id,
        status=status.value, searching_since=today - timedelta(weeks=rng.randint(1, 14)) if status == m.PlacementStatus.SEARCHING else None,
        starts_on=starts if status != m.PlacementStatus.SEARCHING else None,
        ends_on=ends if status != m.PlacementStatus.SEARCHING else None,
        hours_per_week=rng.choice([16, 24, 32]) if status != m.PlacementStatus.SEARCHING else None,
        pok_signed_on=starts - timedelta(days=rng.randint(1, 14)) if status != m.PlacementStatus.SEARCHING and rng.random() < 0.9 else None,
        ended_on=min(today, starts + timedelta(weeks=rng.randint(3, 10))) if status == m.PlacementStatus.ENDED_EARLY else (ends if status == m.PlacementStatus.COMPLETED else None),
        end_reason="Conflict met de leidinggevende; student zoekt een nieuwe plek." if status == m.PlacementStatus.ENDED_EARLY else None,
        notes=None, last_contact_on=None, next_contact_due=None, contact_count=0, on_site_count=0,
    )
    placement_row = rows.tables[m.Placement][-1]
    if status == m.PlacementStatus.PROPOSED:  # the search that led to this proposal, closed when it was added
        rows.add(
            m.Placement, student_id=student.id, employer_id=None, praktijkopleider_id=None, coach_id=student.coach_id,
            status=m.PlacementStatus.FOUND.value, searching_since=today - timedelta(weeks=6), starts_on=None, ends_on=None,
            hours_per_week=None, pok_signed_on=None, ended_on=today - timedelta(days=7),
            end_reason="Plek gevonden: nieuwe stageplaats voorgesteld.", notes=None,
            last_contact_on=None, next_contact_due=None, contact_count=0, on_site_count=0,
        )
    return placement_row, status, starts, ends


# --- two years of history: leavers with follow-ups, early endings with reasons, the searches before a place ---------
# Drawn from a generator of their own per student, so the rest of the demo stays as it was.

EARLY_END_REASONS = [  # (code, words, weight)
    (m.EarlyEndReason.CONFLICT, "Conflict met de leidinggevende; student zoekt een nieuwe plek.", 4),
    (m.EarlyEndReason.MISMATCH, "Het werk paste niet bij de student.", 4),
    (m.EarlyEndReason.MOTIVATION, "Weinig inzet en vaak te laat.", 3),
    (m.EarlyEndReason.GUIDANCE, "Te weinig begeleiding op de werkvloer.", 2),
    (m.EarlyEndReason.EMPLOYER, "Het bedrijf had geen werk meer.", 2),
    (m.EarlyEndReason.HEALTH, "Gezondheid en thuissituatie.", 2),
    (m.EarlyEndReason.TRAVEL, "Reistijd te lang met het openbaar vervoer.", 1),
    (m.EarlyEndReason.BETTER, "Student kreeg een betaalde baan.", 1),
    (m.EarlyEndReason.OTHER, "Bedrijf verhuisd.", 1),
]
DESTINATIONS = [(m.Destination.WERK, 40), (m.Destination.WERK_BBL, 10), (m.Destination.MBO_BOL, 20), (m.Destination.DAGBESTEDING, 6),
                (m.Destination.TOELEIDING, 8), (m.Destination.NONE, 8), (m.Destination.UNKNOWN, 4), (m.Destination.VSO, 2), (m.Destination.PRO, 2)]
LEAVER_EVERY = 6  # one student in six has left school, in the last two and a half years


def _pick(rng: random.Random, weighted: list) -> Any:
    return rng.choices([item[:-1] if len(item) > 2 else item[0] for item in weighted], [item[-1] for item in weighted])[0]


def _months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1) + timedelta(days=day.day - 1)


def _add_history(rows: _Rows, rng: random.Random, today: date, index: int, student: _DemoStudent,
                 placement: tuple[dict, m.PlacementStatus, date, date]) -> tuple[dict, m.PlacementStatus, date, date]:
    """A leaver's past (his last placement before leaving, destination, follow-ups due so far), a coded reason for an
    early end, and the search before a place. Returns the placement, moved into the past for a leaver."""
    row, status, starts, ends = placement
    student_row = next(r for r in reversed(rows.tables[m.Student]) if r["id"] == student.id)
    student_row.update({"destination": None, "regional_figures_excluded": rng.random() < 0.03}
                       | {f"followup_{months}m{part}": None for months in (6, 12, 24) for part in ("", "_on")})
    for other in reversed(rows.tables[m.Placement]):  # every row of a bulk insert has the same columns
        if other["student_id"] != student.id:
            break
        other.setdefault("end_reason_code", None)
    if index % LEAVER_EVERY == LEAVER_EVERY - 1 and status != m.PlacementStatus.SEARCHING:
        # Most leave at the end of a school year (one of the last three), some during the year.
        summers = [date(year, 7, 1) for year in range(today.year - 3, today.year + 1) if date(year, 7, 1) < today - timedelta(days=14)][-3:]
        during = today - timedelta(days=rng.randint(30, 900))
        left_on = school_day_near(rng.choice(summers) - timedelta(days=rng.randint(0, 14)) if rng.random() < 0.75 else during, forward=False)
        weeks = rng.choice([20, 30, 40])
        starts = school_day_near(left_on - timedelta(weeks=weeks), forward=False)
        ends = school_day_near(left_on - timedelta(days=rng.randint(0, 10)), forward=False)
        status = m.PlacementStatus.ENDED_EARLY if rng.random() < 0.2 else m.PlacementStatus.COMPLETED
        ended = min(ends, starts + timedelta(weeks=rng.randint(4, weeks - 2))) if status == m.PlacementStatus.ENDED_EARLY else ends
        row.update(status=status.value, starts_on=starts, ends_on=ends, ended_on=ended, end_reason=None,
                   pok_signed_on=starts - timedelta(days=rng.randint(1, 14)))
        destination = _pick(rng, DESTINATIONS)
        values: dict[str, object] = {"status": m.StudentStatus.LEFT.value, "left_on": left_on, "destination": destination.value}
        known = destination
        for months, recorded in ((6, 0.85), (12, 0.75), (24, 0.65)):
            due = _months_later(left_on, months)
            if due > today or rng.random() > recorded:
                continue
            if rng.random() > 0.75:  # a quarter moved on to somewhere else
                known = _pick(rng, DESTINATIONS)
            values[f"followup_{months}m"] = known.value
            values[f"followup_{months}m_on"] = min(today, due + timedelta(days=rng.randint(0, 20)))
        student_row.update(values)
    if status == m.PlacementStatus.ENDED_EARLY:
        code, words = _pick(rng, EARLY_END_REASONS)
        row.update(end_reason_code=code.value, end_reason=words)
    if status in (m.PlacementStatus.STARTED, m.PlacementStatus.COMPLETED, m.PlacementStatus.ENDED_EARLY) and rng.random() < 0.7:
        since = starts - timedelta(days=int(rng.expovariate(1 / 45)) + 10)
        rows.add(m.Placement, student_id=student.id, employer_id=None, praktijkopleider_id=None, coach_id=student.coach_id,
                 status=m.PlacementStatus.FOUND.value, searching_since=since, starts_on=None, ends_on=None, hours_per_week=None,
                 pok_signed_on=None, ended_on=min(starts, since + timedelta(days=rng.randint(5, 30)) if since + timedelta(days=5) < starts else starts),
                 end_reason="Plek gevonden: nieuwe stageplaats voorgesteld.", end_reason_code=None, notes=None,
                 last_contact_on=None, next_contact_due=None, contact_count=0, on_site_count=0)
    return row, status, starts, ends


def _add_visits(rows: _Rows, rng: random.Random, today: date, spec: DemoSize, student: _DemoStudent, placement: tuple[dict, m.PlacementStatus, date, date],
                visits_per_placement: float | None, visit_count: int) -> int:
    """The contacts of a placement that started; returns how many were written."""
    placement_row, status, starts, ends = placement
    last_day = min(today, ends) if status != m.PlacementStatus.ENDED_EARLY else starts + timedelta(weeks=3)
    weeks = max(1, (last_day - starts).days // 7)
    count = max(1, round(rng.gauss(visits_per_placement, 1.5))) if visits_per_placement else max(1, weeks // 4 + rng.randint(0, 1))
    if spec.visits_target:
        count = min(count, spec.visits_target - visit_count)
    written = 0
    days = sorted(rng.sample(range(0, max(weeks * 7, count + 1)), k=min(count, max(weeks * 7, count + 1))))
    for offset in days:
        visited = starts + timedelta(days=offset)
        if visited > today:
            break
        if not is_school_day(visited):
            visited = school_day_near(visited, forward=False)
            if visited < starts:
                continue
        kind = rng.choice([m.VisitKind.ON_SITE, m.VisitKind.ON_SITE, m.VisitKind.DRIEGESPREK, m.VisitKind.PHONE_VIDEO, m.VisitKind.SCHOOL_TALK])
        next_due = visited + timedelta(weeks=rng.choice([4, 6, 8]))
        rows.add(m.Visit, student_id=student.id, placement_id=placement_row["id"], coach_id=student.coach_id, visited_on=visited, kind=kind.value,
                 summary=rng.choice(VISIT_SUMMARIES), agreements=rng.choice(AGREEMENTS), next_contact_due=next_due)
        written += 1
        # The same contact summary that services.records.refresh_contact_summary keeps.
        placement_row.update(last_contact_on=visited, next_contact_due=next_due, contact_count=placement_row["contact_count"] + 1,
                             on_site_count=placement_row["on_site_count"] + (kind in m.ON_SITE_KINDS))
    return written


def _add_risk_assessments(rows: _Rows, rng: random.Random, today: date, student: _DemoStudent) -> None:
    for assessment_index in range(rng.randint(1, 2)):
        signals = rng.sample(["absence", "motivation", "learning", "behaviour", "health", "home", "money", "housing", "workplace_conflict"], rng.randint(0, 3))
        hours = rng.choice([None, 4, 8, 18])
        judgement = judge(signals, hours)
        assessed = school_day_near(today - timedelta(days=5 + 60 * assessment_index + rng.randint(0, 40)), forward=False)
        assessment_id = rows.add(
            m.RiskAssessment, student_id=student.id, coach_id=student.coach_id, assessed_on=assessed,
            signals=[code for code, _ in judgement.reasons], absence_hours_4_weeks=hours, computed_level=judgement.level.value,
            override_level=None, override_reason=None, notes="Besproken in het zorgoverleg." if judgement.level != m.RiskLevel.LOW else None,
        )
        if judgement.level != m.RiskLevel.LOW and rng.random() < 0.7:
            rows.add(m.RiskAction, assessment_id=assessment_id, description="Gesprek met student en ouders over aanwezigheid.", owner_id=student.coach_id,
                     due_on=assessed + timedelta(weeks=2), done_on=assessed + timedelta(weeks=2) if rng.random() < 0.5 else None)


def _add_events(rows: _Rows, rng: random.Random, today: date, spec: DemoSize) -> None:
    for index in range(spec.events):
        kind, title = EVENT_TEMPLATES[index % len(EVENT_TEMPLATES)]
        sector = SECTORS[index % len(SECTORS)]
        day = school_day_near(today + timedelta(days=7 + index * 120 // spec.events + rng.randint(0, 3)))
        starts_at = datetime(day.year, day.month, day.day, rng.choice([9, 10, 13, 14]), rng.choice([0, 30]))
        city, _ = rng.choice(CITIES)
        groups = rng.choice([["pro", "vso"], ["entree", "mbo2"], ["pro", "vso", "entree"], ["pro", "vso", "entree", "mbo2"]])
        rows.add(
            m.MatchingEvent, title=title.format(sector=sector.lower()), kind=kind.value, starts_at=starts_at, ends_at=starts_at + timedelta(hours=rng.choice([2, 3, 4])),
            place=f"{rng.choice(EMPLOYER_WORDS[sector])} {rng.choice(PLACE_NAMES)}, {city}", organiser=rng.choice(["Werkcentrum Rijnmond", "Werkgeversservicepunt Rijnmond", "Praktijkschool De Brug", "Maasland College mbo"]),
            target_groups=groups, sectors=[sector], registration_deadline=school_day_near(day - timedelta(days=7), forward=False),
            registration_url=f"https://aanmelden.example/{index + 1}", what_to_bring="Je ID-kaart en je cv. Trek kleren aan die passen bij het werk.", archived=False,
        )


def fill_demo(session: Session, size: str = "small", *, today: date | None = None, seed: int = 2026,
              progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Write a demo data set into an empty data file; returns how many rows of each kind."""
    spec = SIZES[size]
    rng = random.Random(seed)
    today = today or clock.today()
    rows = _Rows()
    report = progress or (lambda percent: None)

    schools = _add_schools(rows, rng)
    coaches = _add_coaches(rows, rng, spec, schools)
    employers = _add_employers(rows, rng, spec)
    report(10)

    visits_per_placement = None
    if spec.visits_target:
        visits_per_placement = 1.1 * spec.visits_target / (spec.students * 0.78)
    visit_count = 0
    staff = coaches[m.CoachRole.DOCENT] + coaches[m.CoachRole.JOBCOACH]
    places_of: dict[str, list[str]] | None = None
    # the employers in a student's sectors, in their order, listed once per sectors (not 20,000 scanned per student)
    employers_in = functools.cache(lambda sectors: [e for e in employers if e[1] in sectors])
    for index in range(spec.students):
        if index % max(1, spec.students // 10) == 0:
            report(10 + 80 * index // spec.students)
        student = _add_student(rows, rng, today, index, schools, coaches, staff)
        placement = _add_placement(rows, rng, today, student, employers_in)
        placement = _add_history(rows, random.Random(seed * 7919 + index), today, index, student, placement)
        if placement[1] in (m.PlacementStatus.STARTED, m.PlacementStatus.COMPLETED, m.PlacementStatus.ENDED_EARLY):
            visit_count += _add_visits(rows, rng, today, spec, student, placement, visits_per_placement, visit_count)
        if rng.random() < 0.3:
            _add_risk_assessments(rows, rng, today, student)
        last = index == spec.students - 1
        if (spec.slice and (index + 1) % spec.slice == 0) or last:
            if places_of is None:  # the first slice also writes the events, the employers' places and the pipeline
                _add_events(rows, rng, today, spec)
                places_of = add_matching_data(rows, rng, today, employers, coaches.get(m.CoachRole.JOBHUNTER, []))
            else:
                add_student_matching(rows, rng, today, places_of)
            rows.write(session)
    from coachdesk.services.demo_pv import add_demo_routes

    add_demo_routes(session, rng, today, new_demo_id)  # a few praktijkverklaring routes on started placements
    note_changed(session, *EVERY_KIND)
    report(100)
    return rows.written


# --- the demo marker, and removing demo data in one step ------------------------------------------------------------

DEMO_ID_VERSION = 8  # demo records have version-8 ("custom", RFC 9562) UUIDs as ids; every other record a version-4 one
MSG_ONLY_COORDINATOR = QT_TRANSLATE_NOOP("Errors", "Only a coordinator may remove the demo data. Ask your coordinator.")
MSG_IN_TEAM = QT_TRANSLATE_NOOP("Errors", "This data folder shares its work with a team, so removing the demo data here would also "
                                "remove it on your colleagues' laptops, with anything they added to it since the last sync. "
                                "Demo data can be removed before a team is started.")
MSG_DEMO_BEFORE_TEAM = QT_TRANSLATE_NOOP("Errors", "This data folder still holds the fictitious demo data, and a team would send it to every member. "
                                        "Remove it first with 'coachdesk demo --remove' (or Settings: Remove the demo data), then start the team.")


def new_demo_id() -> str:
    return str(uuid.UUID(int=(uuid.uuid4().int & ~(0xF << 76)) | (DEMO_ID_VERSION << 76)))


def is_demo_id(record_id: object) -> bool:
    return isinstance(record_id, str) and len(record_id) == 36 and record_id[14] == str(DEMO_ID_VERSION)


def _is_demo(id_column):
    return func.substr(id_column, 15, 1) == str(DEMO_ID_VERSION)


def _record_models() -> Iterator[type[m.Record]]:
    """Every record model, the ones that refer to others before the ones they refer to."""
    models = {mapper.local_table: mapper.class_ for mapper in m.Base.registry.mappers}
    for table in reversed(m.Base.metadata.sorted_tables):
        model = models.get(table)
        if model is not None and issubclass(model, m.Record):
            yield model


def _removable(model: type[m.Record], kept: set[str]):
    """The demo records of ``model`` that nothing refers to (any more), and that the settings do not point at."""
    table = model.__table__
    referring = [fk.parent for other in m.Base.metadata.tables.values() for fk in other.foreign_keys if fk.column.table is table]
    return select(model.id).where(_is_demo(model.id), model.id.not_in(kept), *(~exists().where(column == model.id) for column in referring))


def has_demo_data(session: Session) -> bool:
    """Whether any demo record can be removed (those the user's own records use stay, and do not count)."""
    kept = _ids_in_settings(session)
    return any(session.scalar(_removable(model, kept).limit(1)) for model in _record_models())


def demo_records_left(session: Session) -> int:
    return sum(session.scalar(select(func.count()).where(_is_demo(model.id))) or 0 for model in _record_models())


def _ids_in_settings(session: Session) -> set[str]:
    """Demo ids the settings point at (the user of this laptop, the team's members): those records stay."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif is_demo_id(value):
            found.add(value)  # type: ignore[arg-type]

    for value in session.scalars(select(m.Setting.value)):
        walk(value)
    return found


def remove_demo_data(session: Session, actor: Actor, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Delete the demo records, except those a real record (or the settings) still refers to; returns removed per kind.

    Real records are never touched: only records with a demo id are deleted, and only when nothing
    that stays refers to them. Deleting goes through the session, so the audit trail and the team's
    outbox see every removal.
    """
    if not actor.may_do("remove_demo"):
        raise AccessDenied(MSG_ONLY_COORDINATOR)
    from coachdesk.services.team import member_entry

    if member_entry(session) is not None:
        raise UserError(MSG_IN_TEAM)
    report = progress or (lambda percent: None)
    kept = _ids_in_settings(session)
    models = list(_record_models())
    removed: dict[str, int] = {}
    for position, model in enumerate(models):
        ids = list(session.scalars(_removable(model, kept)))
        for start in range(0, len(ids), 500):
            for record in session.scalars(select(model).where(model.id.in_(ids[start:start + 500]))):
                session.delete(record)
            session.flush()  # before the next kind is asked what still refers to it
        if ids:
            removed[model.__tablename__] = len(ids)
        report(100 * (position + 1) // len(models))
    note_changed(session, *EVERY_KIND)
    return removed
