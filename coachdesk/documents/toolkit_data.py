"""What goes into a toolkit, gathered from the data file as plain values.

The rules live here, not in the documents: a scheme whose validity has ended is
never printed; a scheme last checked over a year ago is reported; a student's
profile reaches an employer only with recorded consent, and never risk or
health data; a student's calendar shows only events that fit him.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.labels import choice_label
from coachdesk.services import records
from coachdesk.services.access import Actor
from coachdesk.services.catalogue import scheme_is_stale, scheme_is_valid
from coachdesk.services.settings import load_settings

CALENDAR_MONTHS = 4  # the student toolkit shows this month and the next three


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


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


@dataclass(frozen=True)
class StudentProfile:
    name: str  # first name and initial only: enough for the employer, no more
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


@dataclass(frozen=True)
class HelpOffer:
    name: str
    offers: str
    for_whom: str
    contact: str
    url: str


@dataclass
class Common:
    print_date: date
    school_name: str
    header: str
    contacts: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # for the user who prints, not printed


@dataclass
class EmployerToolkitData(Common):
    employer_name: str | None = None  # None: the general toolkit
    schemes: list[Scheme] = field(default_factory=list)
    school_types: list[str] = field(default_factory=list)  # of the employer's students (personalised)
    profiles: list[StudentProfile] = field(default_factory=list)
    help: list[HelpOffer] = field(default_factory=list)


@dataclass
class StudentToolkitData(Common):
    student_name: str | None = None
    student_first_name: str | None = None
    events: list[Event] = field(default_factory=list)
    help: list[HelpOffer] = field(default_factory=list)
    months: list[tuple[int, int]] = field(default_factory=list)


def _person(coach: m.Coach | None, role: str = "") -> Person | None:
    if coach is None:
        return None
    return Person(coach.name, role or choice_label(coach.role), coach.phone or "", coach.email or "")


def _common(session: Session, on: date) -> tuple[Common, m.Coach | None]:
    settings = load_settings(session)
    user = session.get(m.Coach, settings.user_coach_id) if settings.user_coach_id else None
    school_name = settings.school_name or (user.school.name if user and user.school else "")
    common = Common(on, school_name, settings.print_header or school_name or "CoachDesk")
    return common, user


def _schemes(session: Session, on: date, school_types: set[str] | None, warnings: list[str]) -> list[Scheme]:
    result = []
    for scheme in session.scalars(select(m.FinancialScheme).where(m.FinancialScheme.archived.is_(False)).order_by(m.FinancialScheme.name)):
        if not scheme_is_valid(scheme, on):
            continue
        if school_types is not None and scheme.target_school_types and not school_types & set(scheme.target_school_types):
            continue
        if scheme_is_stale(scheme, on):
            warnings.append(f"Regeling '{scheme.name}' is meer dan een jaar niet gecontroleerd: controleer bedrag en voorwaarden.")
        result.append(Scheme(scheme.name, scheme.provider or "", scheme.target_group or "", scheme.conditions or "", scheme.amount_text or "",
                             scheme.how_to_apply or "", scheme.source_url or "", scheme.last_checked_on, scheme.unverified))
    return result


def _help(session: Session, names: tuple[str, ...] = ()) -> list[HelpOffer]:
    statement = select(m.HelpEntry).where(m.HelpEntry.archived.is_(False)).order_by(m.HelpEntry.name)
    if names:
        statement = statement.where(or_(*(m.HelpEntry.name.contains(name) for name in names)))
    return [HelpOffer(h.name, h.offers or "", h.for_whom or "", h.contact or "", h.url or "") for h in session.scalars(statement)]


def gather_employer_toolkit(session: Session, actor: Actor, employer_id: str | None = None, on: date | None = None) -> EmployerToolkitData:
    on = on or clock.today()
    common, user = _common(session, on)
    data = EmployerToolkitData(**vars(common))
    data.help = _help(session, ("Werkgeversservicepunt", "Leerwerkloket", "SBB"))
    coaches: dict[str, Person] = {}
    school_types: set[str] | None = None
    if employer_id:
        employer: m.Employer = records.get(session, actor, "employers", employer_id)  # type: ignore[assignment]
        data.employer_name = employer.name
        statement = records.access.scope(
            select(m.Placement).where(m.Placement.employer_id == employer_id, m.Placement.status.in_((m.PlacementStatus.PROPOSED, m.PlacementStatus.STARTED))),
            m.Placement, actor,
        )
        school_types = set()
        for placement in session.scalars(statement):
            student = placement.student
            school_types.add(student.school_type.value)
            coach = placement.coach or student.coach
            if coach and coach.id not in coaches:
                coaches[coach.id] = _person(coach)  # type: ignore[assignment]
            if student.consent_share_profile and (student.competences or student.opleiding):
                data.profiles.append(StudentProfile(f"{student.first_name} {student.last_name[:1]}.", student.opleiding or choice_label(student.school_type), student.competences or ""))
        data.school_types = sorted(school_types)
    if not coaches and user is not None:
        coaches[user.id] = _person(user)  # type: ignore[assignment]
    data.contacts = list(coaches.values())
    data.schemes = _schemes(session, on, school_types or None, data.warnings)
    return data


def _fits(event: m.MatchingEvent, student: m.Student | None) -> bool:
    if student is None:
        return True
    if event.target_groups and student.school_type.value not in event.target_groups:
        return False
    return not event.sectors or not student.sectors or bool(set(event.sectors) & set(student.sectors))


def gather_student_toolkit(session: Session, actor: Actor, student_id: str | None = None, on: date | None = None) -> StudentToolkitData:
    on = on or clock.today()
    common, user = _common(session, on)
    data = StudentToolkitData(**vars(common))
    student = None
    if student_id:
        student = records.get(session, actor, "students", student_id)  # type: ignore[assignment]
        data.student_name, data.student_first_name = student.full_name, student.first_name
        jpo = session.scalar(select(m.Coach).where(m.Coach.id.in_(
            select(m.JpoPairing.jpo_id).where(m.JpoPairing.student_id == student.id, m.JpoPairing.since <= on,
                                              or_(m.JpoPairing.until.is_(None), m.JpoPairing.until >= on)))))
        data.contacts = [p for p in (_person(student.coach, "Je coach"), _person(jpo, "Je JPO (Junior Praktijkopleider)")) if p]
    elif user is not None:
        data.contacts = [_person(user)]  # type: ignore[list-item]
    first_month = date(on.year, on.month, 1)
    last_day = (first_month + timedelta(days=32 * CALENDAR_MONTHS)).replace(day=1)
    events = session.scalars(
        select(m.MatchingEvent).where(m.MatchingEvent.archived.is_(False), m.MatchingEvent.starts_at >= datetime.combine(on, datetime.min.time()),
                                      m.MatchingEvent.starts_at < datetime.combine(last_day, datetime.min.time())).order_by(m.MatchingEvent.starts_at)
    )
    for event in events:
        if _fits(event, student):
            data.events.append(Event(event.title, choice_label(event.kind), event.starts_at, event.ends_at, event.place or "", event.organiser or "",
                                     ", ".join(choice_label(m.SchoolType(t)) for t in event.target_groups or []) or "iedereen",
                                     event.registration_deadline, event.registration_url or "", event.what_to_bring or ""))
    month = first_month
    while month < last_day:
        data.months.append((month.year, month.month))
        month = (month + timedelta(days=32)).replace(day=1)
    data.help = _help(session)
    return data
