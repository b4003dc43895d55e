"""What the place page, the employer page's places and the match panels show: read as the reader may see it.

Everything here is read through ``records``/``access`` (scoped to the reader, hidden fields blanked) and the
place and matching services; the screens only lay it out.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock, travel
from coachdesk.domain import models as m
from coachdesk.services import access, places, records
from coachdesk.services.access import Actor

PIPELINE_FIELDS = ("acquisition_stage", "acquisition_owner_id", "next_step", "next_step_on", "dropped_reason")


def sees_pipeline(actor: Actor) -> bool:
    """May ``actor`` see the acquisition pipeline (a JPO may not: neither its fields nor the employer contacts)?"""
    return actor.may_read("employer_contacts") and not (set(PIPELINE_FIELDS) & actor.hidden("employers"))


@dataclass(frozen=True)
class RecognitionRow:
    id: str
    crebo: str
    sbb_id: str | None
    valid_from: date | None
    valid_until: date | None
    checked_on: date | None
    stagemarkt_url: str | None
    valid: bool


@dataclass(frozen=True)
class ContactRow:
    id: str
    contacted_on: date
    kind: m.EmployerContactKind
    coach: str
    summary: str
    next_step: str
    next_step_on: date | None


@dataclass
class EmployerSide:
    places: list[places.PlaceRow]
    recognitions: list[RecognitionRow]
    pipeline: bool  # whether the reader sees the pipeline (then the fields below are filled)
    stage: m.AcquisitionStage | None = None
    owner: str | None = None
    next_step: str | None = None
    next_step_on: date | None = None
    dropped_reason: str | None = None
    contacts: list[ContactRow] = field(default_factory=list)


def employer_side(session: Session, actor: Actor, employer_id: str) -> EmployerSide:
    """An employer's places, SBB recognitions (valid today or not), and, for a reader who may see it, his pipeline and contacts."""
    employer: m.Employer = records.get(session, actor, "employers", employer_id)  # type: ignore[assignment]
    today = clock.today()
    rows = places.place_rows(session, actor, employer_id=employer_id, today=today) if actor.may_read("places") else []
    found = []
    if actor.may_read("recognitions"):
        statement = access.scope(select(m.Recognition).where(m.Recognition.employer_id == employer_id), m.Recognition, actor)
        for r in session.scalars(statement.order_by(m.Recognition.crebo, m.Recognition.valid_until.desc())):
            valid = (r.valid_from is None or r.valid_from <= today) and (r.valid_until is None or r.valid_until >= today)
            found.append(RecognitionRow(r.id, r.crebo, r.sbb_id, r.valid_from, r.valid_until, r.checked_on, r.stagemarkt_url, valid))
    side = EmployerSide(rows, found, sees_pipeline(actor))
    if side.pipeline:
        owner = session.get(m.Coach, employer.acquisition_owner_id) if employer.acquisition_owner_id else None
        side.stage, side.owner, side.next_step = employer.acquisition_stage, owner.name if owner else None, employer.next_step
        side.next_step_on, side.dropped_reason = employer.next_step_on, employer.dropped_reason
        statement = access.scope(select(m.EmployerContact.id, m.EmployerContact.contacted_on, m.EmployerContact.kind, m.Coach.name,
                                        m.EmployerContact.summary, m.EmployerContact.next_step, m.EmployerContact.next_step_on)
                                 .outerjoin(m.Coach, m.Coach.id == m.EmployerContact.coach_id)
                                 .where(m.EmployerContact.employer_id == employer_id), m.EmployerContact, actor)
        side.contacts = [ContactRow(i, on, kind, coach or "", summary or "", step or "", step_on) for i, on, kind, coach, summary, step, step_on
                         in session.execute(statement.order_by(m.EmployerContact.contacted_on.desc(), m.EmployerContact.id))]
    return side


@dataclass(frozen=True)
class HoldRow:
    student_id: str
    student: str  # the name, or "" when the reader may not see the student
    coach: str
    held_until: date | None


@dataclass
class PlaceFile:
    place: m.Place
    row: places.PlaceRow
    trainer: str | None
    holds: list[HoldRow]


def place_file(session: Session, actor: Actor, place_id: str) -> PlaceFile:
    """One place as its page shows it: the record, what is taken and wrong (in words), its trainer and who holds it until when."""
    place: m.Place = records.get(session, actor, "places", place_id)  # type: ignore[assignment]
    today = clock.today()
    row = next(r for r in places.place_rows(session, actor, employer_id=place.employer_id, today=today) if r.id == place_id)
    trainer = session.scalar(select(m.Praktijkopleider.name).where(m.Praktijkopleider.id == place.praktijkopleider_id)) if place.praktijkopleider_id else None
    held = places.holds(session, place_id, today=today)
    names = student_names(session, actor, [hold.student_id for hold in held])
    return PlaceFile(place, row, trainer, [HoldRow(h.student_id, names.get(h.student_id, ""), h.coach, h.held_until) for h in held])


def student_names(session: Session, actor: Actor, student_ids: Iterable[str]) -> dict[str, str]:
    """The names of the students ``actor`` may see, by id (others left out)."""
    ids = list(student_ids)
    if not ids:
        return {}
    statement = access.scope(select(m.Student.id, m.Student.first_name + " " + m.Student.last_name).where(m.Student.id.in_(ids)), m.Student, actor)
    return dict(session.execute(statement).all())  # type: ignore[arg-type]


@dataclass(frozen=True)
class PlaceName:
    id: str
    title: str
    employer: str
    location: str


def place_names(session: Session, actor: Actor, place_ids: Iterable[str]) -> dict[str, PlaceName]:
    """What a match list names of each place: its title, employer and location."""
    ids = list(place_ids)
    if not ids:
        return {}
    statement = access.scope(
        select(m.Place.id, func.coalesce(m.Place.title, m.Place.werkveld, m.Place.work_type, ""), m.Employer.name,
               func.coalesce(m.Place.location_place, m.Place.location_pc4, ""))
        .join(m.Employer, m.Employer.id == m.Place.employer_id).where(m.Place.id.in_(ids)), m.Place, actor)
    return {i: PlaceName(i, title, employer, location) for i, title, employer, location in session.execute(statement)}


@lru_cache(maxsize=64)
def places_near(pc4: str, km: int):
    """A condition on places: located within ``km`` kilometres (straight line between PC4 centroids) of ``pc4``; None when
    the postcode is not known. The same object for the same question, so that a list sees its query unchanged."""
    known = travel.centroids()
    home = known.get(pc4.strip())
    if home is None:
        return None
    within = sorted(code for code, there in known.items() if travel.straight_km(home, there) <= km)
    return m.Place.location_pc4.in_(within)
