"""Places (BPV-plaatsen) at employers: how many are taken, which recognition covers them, holds.

- **Taken** is counted, never stored: the placements at the place that have started, plus the
  proposals whose hold has not expired (``held_until`` today or later, or no end to the hold).
  A proposal whose hold expired stays a proposal, but frees the place for others.
- **Recognition:** an mbo place (BOL/BBL) needs an SBB recognition of its employer for the
  place's crebo that is valid on the day asked (``valid_from`` ≤ day ≤ ``valid_until``, an open
  end counts as valid). PrO/VSO stages and jobs need none here.
- **Propose** (``propose``): one step from a match to a placement in status "proposed" at the
  place (``services/placements.create_placement``, which also closes the student's open search),
  held for ``hold_days`` days (the setting "hold_days", default 10). A place whose holds and
  started placements already fill it is still proposable, with a warning naming who holds it
  until when: the coach decides.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.labels import choice_label
from coachdesk.services import access, placements, records
from coachdesk.services.access import Actor
from coachdesk.services.settings import get_flag

DEFAULT_HOLD_DAYS = 10
HOLD_DAYS_SETTING = "hold_days"
MAX_HOLD_DAYS = 90

MSG_HELD = QT_TRANSLATE_NOOP("Places", "This place is held for another student by {coach} until {until}.")
MSG_FULL = QT_TRANSLATE_NOOP("Places", "This place is full: {taken} of {capacity} taken.")
MSG_NOT_OPEN = QT_TRANSLATE_NOOP("Places", "This place is {status}, not open.")
MSG_NO_RECOGNITION = QT_TRANSLATE_NOOP("Places", "{employer} has no valid SBB recognition for crebo {crebo}: an mbo place must be at a recognised leerbedrijf.")
MSG_HOLD_DAYS = QT_TRANSLATE_NOOP("Errors", "Hold the place for 1 to {maximum} days.")
MSG_UNKNOWN_COACH = QT_TRANSLATE_NOOP("Places", "a colleague")


def hold_days(session: Session) -> int:
    """How long a proposal holds a place (the setting ``hold_days``; default 10 days)."""
    value = get_flag(session, HOLD_DAYS_SETTING)
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_HOLD_DAYS else DEFAULT_HOLD_DAYS


def holds_condition(today: date):
    """Placements that take a place on ``today``: started, or proposed with a hold not yet expired."""
    return or_(
        m.Placement.status == m.PlacementStatus.STARTED,
        and_(m.Placement.status == m.PlacementStatus.PROPOSED,
             or_(m.Placement.held_until.is_(None), m.Placement.held_until >= today)),
    )


def taken_counts(session: Session, place_ids: Iterable[str] | None = None, *, today: date | None = None,
                 excluding_student: str | None = None) -> dict[str, int]:
    """Per place id, how many of its places are taken today (places with none taken are left out)."""
    today = today or clock.today()
    statement = (select(m.Placement.place_id, func.count())
                 .where(m.Placement.place_id.is_not(None), holds_condition(today))
                 .group_by(m.Placement.place_id))
    if place_ids is not None:
        statement = statement.where(m.Placement.place_id.in_(list(place_ids)))
    if excluding_student:
        statement = statement.where(m.Placement.student_id != excluding_student)
    return {place_id: count for place_id, count in session.execute(statement) if place_id is not None}


def valid_recognitions(session: Session, on: date | None = None, employer_ids: Iterable[str] | None = None) -> set[tuple[str, str]]:
    """The (employer id, crebo) pairs with a recognition valid on ``on`` (today by default)."""
    on = on or clock.today()
    statement = select(m.Recognition.employer_id, m.Recognition.crebo).where(
        or_(m.Recognition.valid_from.is_(None), m.Recognition.valid_from <= on),
        or_(m.Recognition.valid_until.is_(None), m.Recognition.valid_until >= on),
    )
    if employer_ids is not None:
        statement = statement.where(m.Recognition.employer_id.in_(list(employer_ids)))
    return {(employer_id, crebo) for employer_id, crebo in session.execute(statement)}


def needs_recognition(leerweg: m.PlaceLeerweg | None) -> bool:
    return leerweg in m.MBO_PLACE_LEERWEGEN


def recognition_ok(place: m.Place, valid: set[tuple[str, str]]) -> bool:
    return not needs_recognition(place.leerweg) or (place.employer_id, place.crebo or "") in valid


@dataclass(frozen=True)
class Hold:
    placement_id: str
    student_id: str
    coach: str
    held_until: date | None


def holds(session: Session, place_id: str, *, today: date | None = None) -> list[Hold]:
    """The proposals holding ``place_id`` today, the longest-held first."""
    today = today or clock.today()
    rows = session.execute(
        select(m.Placement.id, m.Placement.student_id, m.Coach.name, m.Placement.held_until)
        .outerjoin(m.Coach, m.Coach.id == m.Placement.coach_id)
        .where(m.Placement.place_id == place_id, m.Placement.status == m.PlacementStatus.PROPOSED,
               or_(m.Placement.held_until.is_(None), m.Placement.held_until >= today))
        .order_by(m.Placement.held_until.desc())
    )
    return [Hold(pid, sid, name or translate("Places", MSG_UNKNOWN_COACH), until) for pid, sid, name, until in rows]


def expired_holds(session: Session, actor: Actor, *, today: date | None = None) -> list[m.Placement]:
    """Proposals of ``actor`` (as their coach) whose hold expired: the place is free again (for Vandaag)."""
    today = today or clock.today()
    statement = select(m.Placement).where(m.Placement.place_id.is_not(None), m.Placement.status == m.PlacementStatus.PROPOSED,
                                          m.Placement.held_until < today)
    if actor.coach_id:
        statement = statement.where(m.Placement.coach_id == actor.coach_id)
    return list(session.scalars(access.scope(statement.order_by(m.Placement.held_until), m.Placement, actor)))


# --- a place's row, for a list or a page ----------------------------------------------------------


@dataclass(frozen=True)
class PlaceRow:
    id: str
    employer_id: str
    employer: str
    title: str
    sector: str
    leerweg: str
    status: m.PlaceStatus
    capacity: int
    taken: int
    location_pc4: str | None
    location_place: str | None
    starts_on: date | None
    ends_on: date | None
    recognition_ok: bool
    flags: list[str] = field(default_factory=list)  # in words: "no valid recognition", "full"
    held_until: date | None = None  # the last day a running proposal holds it

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.taken)


MSG_FLAG_RECOGNITION = QT_TRANSLATE_NOOP("Places", "no valid SBB recognition for crebo {crebo}")
MSG_FLAG_FULL = QT_TRANSLATE_NOOP("Places", "all {capacity} taken")
MSG_FLAG_ENDED = QT_TRANSLATE_NOOP("Places", "ended on {day}")
MSG_FLAG_HELD = QT_TRANSLATE_NOOP("Places", "held until {day}")
MSG_FLAG_NO_LOCATION = QT_TRANSLATE_NOOP("Places", "no location postcode")


PLACE_ROW_COLUMNS = (m.Place.id, m.Place.employer_id, m.Employer.name.label("employer"), m.Place.title, m.Place.werkveld,
                     m.Place.work_type, m.Place.sector, m.Place.leerweg, m.Place.status, m.Place.capacity, m.Place.crebo,
                     m.Place.location_pc4, m.Place.location_place, m.Place.starts_on, m.Place.ends_on)


def latest_holds(session: Session, place_ids: Iterable[str] | None = None, *, today: date | None = None) -> dict[str, date]:
    """Per place, the last day a running proposal holds it (places without one are left out)."""
    today = today or clock.today()
    statement = (select(m.Placement.place_id, func.max(m.Placement.held_until))
                 .where(m.Placement.place_id.is_not(None), m.Placement.status == m.PlacementStatus.PROPOSED, m.Placement.held_until >= today)
                 .group_by(m.Placement.place_id))
    if place_ids is not None:
        statement = statement.where(m.Placement.place_id.in_(list(place_ids)))
    return {place_id: until for place_id, until in session.execute(statement) if place_id is not None and until is not None}


def place_rows(session: Session, actor: Actor, *, employer_id: str | None = None, today: date | None = None) -> list[PlaceRow]:
    """Every place ``actor`` may see (of one employer, if given), with what is taken and what is wrong, in words."""
    access.require_kind(actor, "places", write=False)
    today = today or clock.today()
    statement = select(*PLACE_ROW_COLUMNS).join(m.Employer, m.Employer.id == m.Place.employer_id)
    if employer_id:
        statement = statement.where(m.Place.employer_id == employer_id)
    found = list(session.execute(access.scope(statement, m.Place, actor).order_by(m.Employer.name, m.Place.title, m.Place.id)))
    ids = [row.id for row in found] if employer_id else None
    taken = taken_counts(session, ids, today=today)
    held = latest_holds(session, ids, today=today)
    valid = valid_recognitions(session, today)
    rows = []
    for row in found:
        count = taken.get(row.id, 0)
        ok = not needs_recognition(row.leerweg) or (row.employer_id, row.crebo or "") in valid
        flags = []
        if not ok:
            flags.append(translate("Places", MSG_FLAG_RECOGNITION).format(crebo=row.crebo or "?"))
        if count >= row.capacity:
            flags.append(translate("Places", MSG_FLAG_FULL).format(capacity=row.capacity))
        if row.id in held:
            flags.append(translate("Places", MSG_FLAG_HELD).format(day=held[row.id].strftime("%d-%m-%Y")))
        if row.ends_on and row.ends_on < today:
            flags.append(translate("Places", MSG_FLAG_ENDED).format(day=row.ends_on.strftime("%d-%m-%Y")))
        if not row.location_pc4:
            flags.append(translate("Places", MSG_FLAG_NO_LOCATION))
        rows.append(PlaceRow(row.id, row.employer_id, row.employer, row.title or row.werkveld or row.work_type or "",
                             row.sector or "", choice_label(row.leerweg), row.status, row.capacity, count,
                             row.location_pc4, row.location_place, row.starts_on, row.ends_on, ok, flags, held.get(row.id)))
    return rows


# --- proposing a match ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    placement: m.Placement
    held_until: date
    warnings: list[str]


def proposal_warnings(session: Session, place: m.Place, student_id: str, *, today: date | None = None) -> list[str]:
    """What a coach should know before proposing ``place``: held by others, full, not open, no recognition."""
    today = today or clock.today()
    warnings = []
    if place.status != m.PlaceStatus.OPEN:
        warnings.append(translate("Places", MSG_NOT_OPEN).format(status=choice_label(place.status).lower()))
    others = [hold for hold in holds(session, place.id, today=today) if hold.student_id != student_id]
    for hold in others:
        until = hold.held_until.strftime("%d-%m-%Y") if hold.held_until else "?"
        warnings.append(translate("Places", MSG_HELD).format(coach=hold.coach, until=until))
    taken = taken_counts(session, [place.id], today=today, excluding_student=student_id).get(place.id, 0)
    if taken >= place.capacity:
        warnings.append(translate("Places", MSG_FULL).format(taken=taken, capacity=place.capacity))
    if needs_recognition(place.leerweg) and (place.employer_id, place.crebo or "") not in valid_recognitions(session, today, [place.employer_id]):
        employer = session.scalar(select(m.Employer.name).where(m.Employer.id == place.employer_id)) or "?"
        warnings.append(translate("Places", MSG_NO_RECOGNITION).format(employer=employer, crebo=place.crebo or "?"))
    return warnings


def propose(session: Session, actor: Actor, student_id: str, place_id: str, *, days: int | None = None) -> Proposal:
    """A placement "proposed" at ``place_id`` for ``student_id``, holding the place for ``days`` days."""
    place: m.Place = records.get(session, actor, "places", place_id)  # type: ignore[assignment]
    access.require_student(session, actor, student_id)
    if days is None:
        days = hold_days(session)
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_HOLD_DAYS:
        raise UserError(MSG_HOLD_DAYS, maximum=MAX_HOLD_DAYS)
    today = clock.today()
    warnings = proposal_warnings(session, place, student_id, today=today)
    until = today + timedelta(days=days)
    values = {"student_id": student_id, "employer_id": place.employer_id, "place_id": place.id, "held_until": until,
              "praktijkopleider_id": place.praktijkopleider_id, "hours_per_week": place.hours_per_week,
              "starts_on": place.starts_on if place.starts_on and place.starts_on >= today else None,
              "ends_on": place.ends_on if place.ends_on and place.ends_on >= today else None}
    if actor.coach_id:
        values["coach_id"] = actor.coach_id
    placement = placements.create_placement(session, actor, {k: v for k, v in values.items() if v is not None})
    return Proposal(placement, until, warnings)


def nameable_matches(session: Session, actor: Actor, student_id: str, *, limit: int = 5):
    """The best places for ``student_id`` whose employer agreed to be named to students ("plekken die bij je passen")."""
    from coachdesk.services import matching

    named = set(session.scalars(select(m.Place.id).where(m.Place.may_be_named.is_(True))))
    found = matching.match_student(session, actor, student_id)
    return [match for match in found.matches if match.place_id in named][:limit]
