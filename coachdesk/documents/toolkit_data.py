"""What goes into a toolkit, gathered from the data file as plain values.

The rules live here, not in the documents:
- a scheme whose validity has ended is never printed; a scheme last checked over
  a year ago is reported; a personal toolkit holds only schemes that fit the
  employer's students (school type, leerweg, year; a benefit-only scheme never
  for pupils);
- an employer without pupils yet (a prospect) gets the schemes that would fit the
  pupils the school wants to place there (his sector, their school types); an
  employer without SBB recognition never gets a scheme that requires it;
- working hours are printed for the ages of the pupils concerned (14-15 and
  16-17 differ), both where the age is unknown or no pupil is named;
- a help offer always says how to reach someone: without a phone number or web
  page it gets the school's phone;
- a student appears in an employer toolkit only with a started placement there
  and recorded consent (under 16 also the parent's), by first name and initial
  with the tussenvoegsel ("Sem van der M."), never with risk or health data;
- a toolkit with no one to call is refused: the message names what to fill in;
- a student's calendar shows the activities that fit him first, then the others
  open to him (at most MAX_EVENTS); an activity whose registration has closed is
  left out. ``student_events`` chooses them, for the toolkit and his .ics alike.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import cast

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.labels import choice_label  # noqa: F401 - Dutch: every document is built @in_dutch
from coachdesk.services import records
from coachdesk.services.access import Actor
from coachdesk.services.catalogue import default_entries, help_facts, scheme_facts, scheme_is_stale, scheme_is_valid
from coachdesk.services.settings import get_flag, load_settings

CALENDAR_MONTHS = 4  # the student toolkit looks this month and the next three ahead
MAX_EVENTS = 6  # activities in a student toolkit: with the month grids at most two pages
MBO = ("entree", "mbo2")
YOUNG, TEEN = "14-15", "16-17"  # the two sets of working hours for minors (Arbeidstijdenwet)
TUSSENVOEGSELS = {"van", "de", "der", "den", "het", "'t", "te", "ten", "ter", "in", "op", "onder", "aan", "bij", "uit", "voor", "d'", "la", "le", "du", "da", "dos", "el"}
MSG_NO_CONTACT = QT_TRANSLATE_NOOP(
    "Errors", "This toolkit would name no one to call. Fill in the school's phone or e-mail (Settings, or the school record), "
              "or the phone or e-mail of the coach ({who}), then make the toolkit again.")
LOGO_SETTING = "print_logo_path"


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""  # e.g. whose coach this is


@dataclass(frozen=True)
class Scheme:
    name: str
    provider: str
    target_group: str
    conditions: str
    amount: str
    how_to_apply: str
    source: str
    last_checked: date | None
    unverified: bool
    situation: str = ""  # "stage", "dienst" or "" (a scheme a user added)


@dataclass(frozen=True)
class StudentProfile:
    name: str  # first name and initial (with tussenvoegsel) only: enough for the employer, no more
    programme: str
    can_do: str


@dataclass(frozen=True)
class Event:
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    organiser: str
    for_whom: str
    registration_deadline: date | None
    registration_url: str
    what_to_bring: str
    own: bool = True  # fits the student (school type and sectors); False: open to him, not aimed at him


@dataclass(frozen=True)
class HelpOffer:
    name: str
    offers: str
    for_whom: str
    contact: str
    url: str


@dataclass(frozen=True)
class Placement:
    employer: str
    address: str
    trainer: str
    trainer_phone: str
    trainer_email: str
    starts_on: date | None
    ends_on: date | None
    hours_per_week: int | None
    status: str


@dataclass
class Common:
    print_date: date
    school_name: str
    header: str
    school_phone: str = ""
    school_email: str = ""
    region: str = ""
    logo_path: str = ""
    contacts: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # for the user who prints, not printed


@dataclass
class EmployerToolkitData(Common):
    employer_name: str | None = None  # None: the general toolkit
    employer_recognised: bool = True
    prospect: bool = True  # no pupil works there now: the schemes are "if you take on a pupil of ours"
    hour_groups: list[str] = field(default_factory=lambda: [YOUNG, TEEN])  # whose working hours to print
    first_contact: Person | None = None  # the one person to call, on page 1 (with a phone number where there is one)
    schemes: list[Scheme] = field(default_factory=list)
    school_types: list[str] = field(default_factory=list)  # of the employer's students (personalised)
    profiles: list[StudentProfile] = field(default_factory=list)
    help: list[HelpOffer] = field(default_factory=list)
    region_contacts: list[Person] = field(default_factory=list)


@dataclass
class StudentToolkitData(Common):
    student_name: str | None = None
    student_first_name: str | None = None
    minor: bool = True
    age: int | None = None
    school_type: str = ""
    bbl: bool = False  # a job with a contract and school: the BBL guide, not the stage one
    has_coach: bool = True
    hour_groups: list[str] = field(default_factory=lambda: [YOUNG, TEEN])
    placement: Placement | None = None
    events: list[Event] = field(default_factory=list)
    events_are_general: bool = False  # none fitted the student: these are for everyone
    help: list[HelpOffer] = field(default_factory=list)
    months: list[tuple[int, int]] = field(default_factory=list)


def short_name(first_name: str, last_name: str) -> str:
    """"Sem van der M.": the first name, the tussenvoegsel and the initial of the surname."""
    words = (last_name or "").split()
    prefix = []
    while len(words) > 1 and words[0].lower() in TUSSENVOEGSELS and words[0] == words[0].lower():
        prefix.append(words.pop(0))
    initial = (words[0][:1].upper() + ".") if words else ""
    return " ".join(part for part in (first_name, *prefix, initial) if part)


def age_on(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def hour_groups(ages: Iterable[int | None]) -> list[str]:
    """Whose working hours to print: 14-15 and/or 16-17; an unknown age gets both, 18 and over neither."""
    groups: set[str] = set()
    for age in ages:
        if age is None:
            groups |= {YOUNG, TEEN}
        elif age < 16:
            groups.add(YOUNG)
        elif age < 18:
            groups.add(TEEN)
    return sorted(groups)


def may_share_profile(student: m.Student, on: date) -> bool:
    """The student consented; under 16 (or age unknown) a parent consented too."""
    if not student.consent_share_profile:
        return False
    age = age_on(student.date_of_birth, on)
    return bool(student.parent_consent) if age is None or age < 16 else True


def _person(coach: m.Coach | None, role: str = "", note: str = "") -> Person | None:
    if coach is None:
        return None
    return Person(coach.name, role or choice_label(coach.role), coach.phone or "", coach.email or "", note)


def _common(session: Session, on: date) -> tuple[Common, m.Coach | None, m.School | None]:
    settings = load_settings(session)
    user = session.get(m.Coach, settings.user_coach_id) if settings.user_coach_id else None
    school = user.school if user is not None and user.school is not None else None
    if school is None:
        schools = list(session.scalars(select(m.School).order_by(m.School.name)))
        named = [s for s in schools if settings.school_name and s.name == settings.school_name]
        candidates = named or schools
        school = candidates[0] if candidates else None
    school_name = settings.school_name or (school.name if school else "")
    common = Common(on, school_name, settings.print_header or school_name or "Toolkit", school_phone=(school.phone or "") if school else "",
                    school_email=(school.email or "") if school else "", region=settings.region or ((school.region or "") if school else ""),
                    logo_path=str(get_flag(session, LOGO_SETTING) or ""))
    return common, user, school


def _student_fits(scheme: m.FinancialScheme, facts: dict, student: m.Student, on: date) -> bool:
    kind = student.school_type.value
    if scheme.target_school_types and kind not in scheme.target_school_types:
        return False
    if kind in MBO and facts.get("leerwegen") and (student.leerweg is None or student.leerweg.value not in facts["leerwegen"]):
        return False
    if kind == "vso" and facts.get("vso_profiles") and student.vso_profile is not None and student.vso_profile.value not in facts["vso_profiles"]:
        return False  # e.g. praktijkleren: never for uitstroomprofiel dagbesteding
    if kind not in MBO and facts.get("last_year_only"):
        age = age_on(student.date_of_birth, on)
        return age is None or age >= 17  # the last PrO/VSO year: the school records no year, so age stands in for it
    if facts.get("leavers_only") and student.status != m.StudentStatus.LEFT:
        return False
    return True


def _schemes(session: Session, on: date, students: list[m.Student] | None, warnings: list[str], recognised: bool = True) -> list[Scheme]:
    facts_by_id = scheme_facts(session)
    order = {entry["key"]: index for index, entry in enumerate(default_entries("schemes"))}
    chosen = []
    for scheme in session.scalars(select(m.FinancialScheme).where(m.FinancialScheme.archived.is_(False))):
        facts = facts_by_id.get(scheme.id, {})
        if not scheme_is_valid(scheme, on):
            continue
        if facts.get("requires_recognition") and not recognised:
            continue  # the employer is told how to get recognised instead
        if students is not None:
            if facts.get("general_only") or not any(_student_fits(scheme, facts, student, on) for student in students):
                continue
        if scheme_is_stale(scheme, on):
            warnings.append(f"Regeling '{scheme.name}' is meer dan een jaar niet gecontroleerd: controleer bedrag en voorwaarden.")
        situation = facts.get("situation") or ""
        rank = ({"stage": 0, "dienst": 1}.get(situation, 2), order.get(facts.get("key"), 99), scheme.name.lower())
        chosen.append((rank, Scheme(scheme.name, scheme.provider or "", scheme.target_group or "", scheme.conditions or "", scheme.amount_text or "",
                                    scheme.how_to_apply or "", scheme.source_url or "", scheme.last_checked_on, scheme.unverified, situation)))
    return [scheme for _, scheme in sorted(chosen, key=lambda pair: pair[0])]


def _reachable(contact: str, url: str, common: Common, has_coach: bool = True) -> str:
    """A help offer's contact that says how to reach someone: without a number or web page, the school's phone is added."""
    if not has_coach:
        contact = contact.replace("aan je coach of aan school", "aan school").replace("je coach", "school")
    if url or any(ch.isdigit() for ch in contact):
        return contact
    reach = f"bel school: {common.school_phone}" if common.school_phone else (f"mail school: {common.school_email}" if common.school_email else "")
    return f"{contact.rstrip('.')}. {reach[:1].upper()}{reach[1:]}" if contact and reach else (contact or reach)


def _help(session: Session, audiences: tuple[str, ...], common: Common, has_coach: bool = True) -> list[HelpOffer]:
    facts = help_facts(session)
    result = []
    for entry in session.scalars(select(m.HelpEntry).where(m.HelpEntry.archived.is_(False)).order_by(m.HelpEntry.name)):
        audience = facts.get(entry.id, {}).get("audience") or "both"
        if audience in audiences or audience == "both":
            offers = entry.offers or ""
            if not has_coach:
                offers = offers.replace("je coach", "school")
            result.append(HelpOffer(entry.name, offers, entry.for_whom or "", _reachable(entry.contact or "", entry.url or "", common, has_coach),
                                    entry.url or ""))
    return result


def _region_contacts(session: Session, region: str, school_phone: str = "") -> list[Person]:
    """The regional WSP and Werkcentrum: a help entry naming the region where the user made one, else their names (school gives the number)."""
    people = []
    ask = f"Het nummer krijgt u van school: {school_phone}" if school_phone else "Het nummer krijgt u van de coach of school"
    for word, role, fallback in (("Werkgeversservicepunt", "Regelingen, werving en begeleiding voor werkgevers", ask),
                                 ("Werkcentrum", "Advies over leren en werken, ook voor werkgevers", ask)):
        name = f"{word} {region}".strip() if region else word
        entry = None
        if region:
            entry = session.scalar(select(m.HelpEntry).where(m.HelpEntry.archived.is_(False), m.HelpEntry.name.contains(word), m.HelpEntry.name.contains(region)))
        contact = (entry.contact or "") if entry else ""
        people.append(Person(entry.name if entry else name, role, contact if any(ch.isdigit() for ch in contact) else "",
                             (entry.url or "") if entry else "", "" if entry else fallback))
    return people


def _has_contact(data: Common) -> bool:
    return bool(data.school_phone or data.school_email or any(p.phone or p.email for p in data.contacts))


def _require_contact(data: Common, who: str) -> None:
    if not _has_contact(data):
        raise UserError(MSG_NO_CONTACT, who=who or "-")


def _first_contact(data: Common) -> Person | None:
    """The one person to call: his pupils' coach (when they have one, with a phone number), else the school."""
    with_phone = [person for person in data.contacts if person.phone]
    if len(data.contacts) == 1 and with_phone:
        return with_phone[0]
    if data.school_phone:
        return Person(data.school_name or "School", "School", data.school_phone, data.school_email)
    if with_phone:
        return with_phone[0]
    return data.contacts[0] if data.contacts else (Person(data.school_name or "School", "School", "", data.school_email) if data.school_email else None)


def _prospects(session: Session, actor: Actor, employer: m.Employer | None) -> list[m.Student]:
    """The pupils the school would place with a new employer: active, without a started placement, in his sector where any are."""
    placed = select(m.Placement.student_id).where(m.Placement.status == m.PlacementStatus.STARTED)
    statement = records.access.scope(select(m.Student).where(m.Student.status == m.StudentStatus.ACTIVE, m.Student.id.not_in(placed)), m.Student, actor)
    students = list(session.scalars(statement))
    sector = (employer.sector or "").casefold() if employer is not None else ""
    in_sector = [s for s in students if sector and any(sector == wish.casefold() for wish in s.sectors or [])]
    if employer is not None and not employer.sbb_recognised:  # an mbo student cannot be placed there until SBB recognises it
        in_sector = [s for s in in_sector if s.school_type.value not in MBO] or in_sector
    return in_sector or students


def gather_employer_toolkit(session: Session, actor: Actor, employer_id: str | None = None, on: date | None = None) -> EmployerToolkitData:
    on = on or clock.today()
    common, user, _school = _common(session, on)
    data = EmployerToolkitData(**vars(common))
    data.region_contacts = _region_contacts(session, data.region, data.school_phone)
    employer: m.Employer | None = None
    students: list[m.Student] = []
    if employer_id:
        employer = cast(m.Employer, records.get(session, actor, "employers", employer_id))  # the model of the kind asked for
        data.employer_name = employer.name
        data.employer_recognised = bool(employer.sbb_recognised)
        statement = records.access.scope(
            select(m.Placement).where(m.Placement.employer_id == employer_id, m.Placement.status == m.PlacementStatus.STARTED),
            m.Placement, actor,
        )
        by_coach: dict[str, tuple[m.Coach, list[str], int]] = {}
        for placement in session.scalars(statement):
            student = placement.student
            students.append(student)
            shared = may_share_profile(student, on)
            coach = placement.coach or student.coach
            if coach is not None:
                known, names, others = by_coach.get(coach.id, (coach, [], 0))
                by_coach[coach.id] = (known, names + [short_name(student.first_name, student.last_name)] if shared else names, others + (not shared))
            if shared and (student.competences or student.opleiding):
                data.profiles.append(StudentProfile(short_name(student.first_name, student.last_name),
                                                    student.opleiding or choice_label(student.school_type), student.competences or ""))
        for coach, names, others in by_coach.values():
            extra = f"{others} leerling{'en' if others > 1 else ''} bij u"
            if names:
                note = "Coach van " + ", ".join(names) + (f" en nog {extra}".replace(" 1 leerling", " één leerling") if others else "")
            else:
                note = f"Coach van {extra}".replace("Coach van 1 leerling", "Coach van één leerling")
            data.contacts.append(_person(coach, note=note))  # type: ignore[arg-type]
        data.school_types = sorted({s.school_type.value for s in students})
        schools = Counter(s.school for s in students if s.school is not None)
        if schools and not load_settings(session).school_name:  # the school of his students, unless Settings name the school
            school = schools.most_common(1)[0][0]
            if data.header == data.school_name:
                data.header = school.name
            data.school_name, data.school_phone, data.school_email = school.name, school.phone or "", school.email or ""
            data.region = load_settings(session).region or school.region or data.region
            data.region_contacts = _region_contacts(session, data.region, data.school_phone)
        if not employer.sbb_recognised:
            mbo = [s for s in students if s.school_type.value in MBO]
            if mbo:  # a contradiction in the data: the coach sorts it out before printing, the toolkit does not print it
                data.warnings.append(f"{employer.name} is niet erkend door SBB, maar {len(mbo)} mbo-student(en) hebben er een gestarte stage "
                                     f"({', '.join(short_name(s.first_name, s.last_name) for s in mbo)}). Controleer de erkenning (Leerbedrijf-ID) "
                                     "en pas het bedrijf of de stage aan vóór u deze toolkit geeft.")
            else:
                data.warnings.append(f"{employer.name} is niet erkend door SBB: de toolkit noemt het bedrijf geen erkend leerbedrijf, laat regelingen "
                                     "die erkenning vragen weg en legt uit hoe het bedrijf erkend wordt.")
    if not data.contacts and user is not None:
        data.contacts = [_person(user, note="Uw contactpersoon bij school")]  # type: ignore[list-item]
    _require_contact(data, ", ".join(p.name for p in data.contacts))
    data.help = _help(session, ("employer",), data)
    data.first_contact = _first_contact(data)
    data.prospect = not students
    chosen = students if students else (_prospects(session, actor, employer) if employer is not None else None)
    data.hour_groups = hour_groups(age_on(s.date_of_birth, on) for s in students) if students else [YOUNG, TEEN]
    data.schemes = _schemes(session, on, chosen or None, data.warnings, recognised=employer is None or bool(employer.sbb_recognised))
    return data


def event_fits(event: m.MatchingEvent, student: m.Student | None) -> bool:
    if student is None:
        return True
    if event.target_groups and student.school_type.value not in event.target_groups:
        return False
    return not event.sectors or not student.sectors or bool(set(event.sectors) & set(student.sectors))


def registration_open(event: m.MatchingEvent, on: date) -> bool:
    """One may still register (the deadline is the last day), or no registration is needed."""
    return event.registration_deadline is None or event.registration_deadline >= on


def _event(event: m.MatchingEvent, own: bool = True) -> Event:
    return Event(event.title, choice_label(event.kind), event.starts_at, event.ends_at, event.place or "", event.organiser or "",
                 ", ".join(choice_label(m.SchoolType(t)) for t in event.target_groups or []) or "iedereen",
                 event.registration_deadline, event.registration_url or "", event.what_to_bring or "", own)


def student_events(session: Session, student: m.Student | None, on: date) -> tuple[list[tuple[m.MatchingEvent, bool]], bool]:
    """The activities a student toolkit shows, with whether each is his own; and whether none was (general ones instead).

    This month and the next three; never one whose registration has closed; his own first (aimed at his school type or
    sectors), then those for everyone and others open to his school type, at most MAX_EVENTS. His .ics holds exactly these.
    """
    first_month = date(on.year, on.month, 1)
    last_day = (first_month + timedelta(days=32 * CALENDAR_MONTHS)).replace(day=1)
    events = [event for event in session.scalars(
        select(m.MatchingEvent).where(m.MatchingEvent.archived.is_(False), m.MatchingEvent.starts_at >= datetime.combine(on, datetime.min.time()),
                                      m.MatchingEvent.starts_at < datetime.combine(last_day, datetime.min.time())).order_by(m.MatchingEvent.starts_at)
    ) if registration_open(event, on)]
    if student is None:
        return [(event, True) for event in events[:MAX_EVENTS]], False
    # His own: aimed at his school type or sectors and fitting him; then those for everyone and the rest open to his school type.
    own = [event for event in events if (event.target_groups or event.sectors) and event_fits(event, student)]
    open_to_him = [event for event in events if event not in own and (not event.target_groups or student.school_type.value in event.target_groups)]
    if not own:
        return [(event, False) for event in (open_to_him or events)[:MAX_EVENTS]], bool(open_to_him or events)
    chosen = own[:MAX_EVENTS]
    chosen_others = open_to_him[: MAX_EVENTS - len(chosen)]
    return [(event, True) for event in chosen] + [(event, False) for event in chosen_others], False


def _current_placement(session: Session, student: m.Student, on: date) -> Placement | None:
    placements = list(session.scalars(select(m.Placement).where(m.Placement.student_id == student.id,
                                                                m.Placement.status.in_((m.PlacementStatus.STARTED, m.PlacementStatus.PROPOSED)))))
    placements.sort(key=lambda p: (p.status != m.PlacementStatus.STARTED, p.starts_on or on))
    for placement in placements:
        employer = placement.employer
        if employer is None:
            continue
        trainer = placement.praktijkopleider
        address = ", ".join(filter(None, [employer.street, " ".join(filter(None, [employer.postcode, employer.city]))]))
        return Placement(employer.name, address, trainer.name if trainer else "", (trainer.phone or "") if trainer else "", (trainer.email or "") if trainer else "",
                         placement.starts_on, placement.ends_on, placement.hours_per_week, placement.status.value)
    return None


def gather_student_toolkit(session: Session, actor: Actor, student_id: str | None = None, on: date | None = None) -> StudentToolkitData:
    on = on or clock.today()
    common, user, _school = _common(session, on)
    data = StudentToolkitData(**vars(common))
    student: m.Student | None = None
    if student_id:
        student = cast(m.Student, records.get(session, actor, "students", student_id))  # the model of the kind asked for
        data.student_name, data.student_first_name = student.full_name, student.first_name
        data.age = age_on(student.date_of_birth, on)
        data.minor = data.age is None or data.age < 18
        data.hour_groups = hour_groups([data.age])
        data.school_type = student.school_type.value
        data.bbl = student.school_type.value in MBO and student.leerweg == m.Leerweg.BBL
        if student.school is not None:  # his own school, in the contacts and the running header
            if data.header == data.school_name:
                data.header = student.school.name
            data.school_name = student.school.name
            data.school_phone, data.school_email = student.school.phone or data.school_phone, student.school.email or data.school_email
        jpo = session.scalar(select(m.Coach).where(m.Coach.id.in_(
            select(m.JpoPairing.jpo_id).where(m.JpoPairing.student_id == student.id, m.JpoPairing.since <= on,
                                              or_(m.JpoPairing.until.is_(None), m.JpoPairing.until >= on)))))
        data.has_coach = student.coach is not None
        data.contacts = [p for p in (_person(student.coach, "Je coach van school"), _person(jpo, "Je JPO: een oudere student die je helpt")) if p]
        data.placement = _current_placement(session, student, on)
    elif user is not None:
        data.contacts = [_person(user, "Coach van school")]  # type: ignore[list-item]
    _require_contact(data, ", ".join(p.name for p in data.contacts))
    chosen, data.events_are_general = student_events(session, student, on)
    data.events = [_event(event, own) for event, own in chosen]
    data.months = sorted({(event.starts_at.year, event.starts_at.month) for event in data.events})
    data.help = _help(session, ("student", "parent"), data, data.has_coach)
    return data
