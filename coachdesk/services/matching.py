"""Matching students and places, both ways: the one rule, written down here.

**Inputs, and only these.** Of a student: school type, VSO exit profile, leerweg (BOL/BBL), crebo,
mbo level, and the matching profile (home PC4, way of travelling, longest trip, wished sectors (his
sectors of interest when he named none) and kinds of work, what he cannot do, hours per week and days available, whether he has written
support needs), his wished start date (the start date of his open search), the sectors of his
placements completed earlier, whether he already has a proposed or started placement, and the
legal working-hour limits for his age (under 16: at most 35 hours a week and no Sunday work;
16–17: at most 40 hours a week). Of a place: everything on the place, how many of it are taken
(``services/places.py``), and whether its employer has a valid SBB recognition for its crebo.
Name, origin, religion, gender, age (beyond the legal working-hour limits), health notes, risk
assessments and contact notes are **never** inputs: ``StudentFacts`` has no field for them, and the
query that fills it selects only the columns above. The same inputs on the same day give the same
list, in the same order.

**Hard rules** (a place that breaks one is left out, and counted under the first rule it breaks):

1. The place is marked open (not full, paused or closed).
2. The kind of place fits the school: an mbo place (BOL/BBL) is for an mbo student (Entree or
   level 2) of the same leerweg; a stage is for a PrO or VSO student (not VSO "dagbesteding"); a
   paid job is for anyone.
3. The trip is within the student's longest trip (the default is 45 minutes; an unknown trip
   is no reason to leave a place out, it is a concern instead).
4. Not all of the place is taken; it has not ended, and does not end before the student's wished
   start; an mbo place has a valid SBB recognition for its crebo.
5. An mbo place's level and crebo are the student's, where both are known.
6. No clash with a limit: the work asks nothing he cannot do, its hours are within his own
   maximum and the legal one, its days are days he is available, no Sunday under 16.

For a place, students who have left school, or who already have a proposed or started placement,
are left out and counted first. Rules 1 and 2 (and these two), and for a student rule 3 by the
postcodes out of his reach, are applied by the database to whole groups, counted per group, so
that only the candidates left are read; the result is the same as
applying ``exclusion`` to every pair (a test holds the two equal).

**Ranking** (0–100, the sum of):

- travel 25: 25 × (1 − minutes / longest trip); a real time a coach stored wins over the estimate;
- sector 25: the place's sector (or field of work) is one he wishes;
- kind of work 10: the place's kind of work is one he wishes;
- start 15: the place can start by his wished date (or either has no date); 3 less for every
  week it starts later;
- room 10: 10 with two or more places free, 6 with one;
- what the place offers 10: tailored guidance when he has support needs 6, chance of a permanent
  job 2, praktijkverklaring possible 2;
- experience 5: he completed a placement in the same sector before.

Ties go to the shorter trip, then to the id. Each point earned is a reason in words, each shortfall
that matters a concern ("starts 3 weeks after the wished date").
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import ColumnElement, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from coachdesk.domain import clock, travel
from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from coachdesk.domain.labels import choice_label
from coachdesk.services import access, places, records
from coachdesk.services.access import Actor

DEFAULT_MAX_TRAVEL_MINUTES = 45
MBO_TYPES = (m.SchoolType.ENTREE, m.SchoolType.MBO2)
STAGE_TYPES = (m.SchoolType.PRO, m.SchoolType.VSO)
WEIGHTS = {"travel": 25, "sector": 25, "work_type": 10, "start": 15, "room": 10, "offers": 10, "experience": 5}

T = "Matching"
# Exclusions: the key of the count, in words
X_NOT_OPEN = QT_TRANSLATE_NOOP(T, "place marked {status}")
X_FULL = QT_TRANSLATE_NOOP(T, "all places taken")
X_ENDED = QT_TRANSLATE_NOOP(T, "place has ended")
X_ENDS_BEFORE_START = QT_TRANSLATE_NOOP(T, "place ends before the wished start")
X_RECOGNITION = QT_TRANSLATE_NOOP(T, "no valid SBB recognition for the crebo")
X_FOR_MBO = QT_TRANSLATE_NOOP(T, "mbo place, not for PrO/VSO")
X_FOR_STAGE = QT_TRANSLATE_NOOP(T, "PrO/VSO stage, not for mbo")
X_DAGBESTEDING = QT_TRANSLATE_NOOP(T, "not for VSO dagbesteding")
X_LEERWEG = QT_TRANSLATE_NOOP(T, "other leerweg (BOL/BBL)")
X_LEVEL = QT_TRANSLATE_NOOP(T, "other mbo level")
X_CREBO = QT_TRANSLATE_NOOP(T, "other qualification (crebo)")
X_TOO_FAR = QT_TRANSLATE_NOOP(T, "further than {minutes} min")
X_TOO_FAR_STUDENT = QT_TRANSLATE_NOOP(T, "further than the student's longest trip")
X_LIMIT = QT_TRANSLATE_NOOP(T, "asks what the student cannot do: {what}")
X_HOURS = QT_TRANSLATE_NOOP(T, "more hours than the student can work")
X_LEGAL_HOURS = QT_TRANSLATE_NOOP(T, "more hours than the law allows at the student's age")
X_SUNDAY = QT_TRANSLATE_NOOP(T, "Sunday work, not allowed under 16")
X_DAYS = QT_TRANSLATE_NOOP(T, "on days the student is not available")
X_LEFT = QT_TRANSLATE_NOOP(T, "student has left school")
X_PLACED = QT_TRANSLATE_NOOP(T, "student already has a proposed or started placement")
# Reasons and concerns
R_SECTOR = QT_TRANSLATE_NOOP(T, "wants {sector}")
R_WORK_TYPE = QT_TRANSLATE_NOOP(T, "wants {work_type} work")
R_ROOM = QT_TRANSLATE_NOOP(T, "{free} of {capacity} places free")
R_START = QT_TRANSLATE_NOOP(T, "can start by the wished date")
R_GUIDANCE = QT_TRANSLATE_NOOP(T, "offers tailored guidance")
R_JOB = QT_TRANSLATE_NOOP(T, "chance of a permanent job")
R_PRAKTIJKVERKLARING = QT_TRANSLATE_NOOP(T, "praktijkverklaring possible")
R_EXPERIENCE = QT_TRANSLATE_NOOP(T, "did well at a similar place ({sector})")
C_SECTOR = QT_TRANSLATE_NOOP(T, "not one of the wished sectors ({sectors})")
C_NO_SECTORS = QT_TRANSLATE_NOOP(T, "the profile names no wished sectors")
C_LATE_START = QT_TRANSLATE_NOOP(T, "starts %n week(s) after the wished date")
C_NO_GUIDANCE = QT_TRANSLATE_NOOP(T, "has support needs; the place offers no tailored guidance")
C_FAR = QT_TRANSLATE_NOOP(T, "trip near the longest the student can manage")
C_NO_MAX = QT_TRANSLATE_NOOP(T, "no longest trip in the profile: {minutes} min assumed")
C_NO_MODE = QT_TRANSLATE_NOOP(T, "no way of travelling in the profile: bike assumed")
C_RECOGNITION_ENDS = QT_TRANSLATE_NOOP(T, "SBB recognition ends on {day}, before the place does")
C_HAS_PLACEMENT = QT_TRANSLATE_NOOP(T, "already has a proposed or started placement")
C_HELD = QT_TRANSLATE_NOOP(T, "held for another student until {day}")


# --- the facts the rule may use ------------------------------------------------------------------


@dataclass(frozen=True)
class StudentFacts:
    """What matching may know of a student: nothing else (see the module's rule)."""

    id: str
    school_type: m.SchoolType
    vso_profile: m.VsoProfile | None
    leerweg: m.Leerweg | None
    crebo: str | None
    home_pc4: str | None
    travel_mode: m.TravelMode | None
    max_travel_minutes: int | None
    wished_sectors: tuple[str, ...]
    wished_work_types: tuple[str, ...]
    limits: frozenset[str]
    max_hours_per_week: int | None
    available_days: frozenset[str]
    has_support_needs: bool
    wished_start: date | None
    completed_sectors: frozenset[str]
    placed: bool  # has a proposed or started placement
    left: bool
    legal_max_hours: int | None  # from the Arbeidstijdenwet for his age, not the age itself
    sunday_allowed: bool

    @property
    def level(self) -> int | None:
        return m.SCHOOL_TYPE_LEVEL.get(self.school_type)


@dataclass(frozen=True)
class PlaceFacts:
    id: str
    employer_id: str
    leerweg: m.PlaceLeerweg
    status: m.PlaceStatus
    crebo: str | None
    level: int | None
    sector: str | None
    werkveld: str | None
    work_type: str | None
    location_pc4: str | None
    starts_on: date | None
    ends_on: date | None
    days: frozenset[str]
    hours_per_week: int | None
    capacity: int
    taken: int
    features: frozenset[str]
    work_conditions: frozenset[str]
    recognised: bool
    recognition_ends: date | None
    held_until: date | None  # the latest hold of another student, if any


@dataclass
class Match:
    student_id: str
    place_id: str
    employer_id: str
    score: int
    travel_minutes: int | None
    travel_estimated: bool
    reasons: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)


@dataclass
class MatchList:
    matches: list[Match]
    excluded: dict[str, int]  # reason in words -> how many


def _legal_limits(born: date | None, today: date) -> tuple[int | None, bool]:
    """The legal working-hour limits for a pupil's age (Arbeidstijdenwet; school time counts as work)."""
    if born is None:
        return None, True
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age < 16:
        return 35, False
    if age < 18:
        return 40, True
    return None, True


def _lower(items: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(item.strip().lower() for item in items or () if item and item.strip())


def _raw(column):
    """The stored text of a JSON or coded column, parsed here (faster than a processor per value on 10,000 rows)."""
    return type_coerce(column, String).label(column.key)


EMPTY: frozenset[str] = frozenset()


def _codes(text: str | None) -> frozenset[str]:
    return EMPTY if not text or text == "[]" else frozenset(json.loads(text))


def _words(text: str | None) -> tuple[str, ...]:
    return () if not text or text == "[]" else _lower(json.loads(text))


STUDENT_COLUMNS = (m.Student.id, _raw(m.Student.school_type), _raw(m.Student.vso_profile), _raw(m.Student.leerweg), m.Student.crebo,
                   m.Student.home_pc4, _raw(m.Student.travel_mode), m.Student.max_travel_minutes, _raw(m.Student.wished_sectors),
                   _raw(m.Student.sectors), _raw(m.Student.wished_work_types), _raw(m.Student.limits), m.Student.max_hours_per_week,
                   _raw(m.Student.available_days), m.Student.support_needs, _raw(m.Student.status), m.Student.date_of_birth)
OPEN_PLACEMENT = (m.PlacementStatus.PROPOSED, m.PlacementStatus.STARTED)


def _placed_ids():
    return select(m.Placement.student_id).where(m.Placement.status.in_(OPEN_PLACEMENT))


def student_facts(session: Session, actor: Actor, student_ids: list[str] | None = None, *, today: date | None = None,
                  where: tuple = ()) -> list[StudentFacts]:
    """The matching facts of the students ``actor`` may see (all, those of ``student_ids``, or those ``where`` keeps)."""
    today = today or clock.today()
    statement = access.scope(select(*STUDENT_COLUMNS), m.Student, actor).where(*where)
    if student_ids is not None:
        statement = statement.where(m.Student.id.in_(student_ids))
    rows = list(session.execute(statement.order_by(m.Student.id)))
    ids = [row.id for row in rows] if student_ids is not None else None
    wished_start: dict[str, date] = {}
    placed: set[str] = set()
    completed: dict[str, set[str]] = {}
    open_query = select(m.Placement.student_id, m.Placement.status, m.Placement.starts_on).where(
        m.Placement.status.in_((m.PlacementStatus.SEARCHING, *OPEN_PLACEMENT)))
    done_query = (select(m.Placement.student_id, func.coalesce(m.Place.sector, m.Employer.sector))
                  .outerjoin(m.Place, m.Place.id == m.Placement.place_id)
                  .outerjoin(m.Employer, m.Employer.id == m.Placement.employer_id)
                  .where(m.Placement.status == m.PlacementStatus.COMPLETED))
    if ids is not None:
        open_query = open_query.where(m.Placement.student_id.in_(ids))
        done_query = done_query.where(m.Placement.student_id.in_(ids))
    for student_id, status, starts_on in session.execute(open_query):
        if status == m.PlacementStatus.SEARCHING:
            if starts_on:
                wished_start[student_id] = starts_on
        else:
            placed.add(student_id)
    for student_id, sector in session.execute(done_query):
        if sector:
            completed.setdefault(student_id, set()).add(sector.strip().lower())
    school_types, profiles, leerwegen, modes = (m.SchoolType._value2member_map_, m.VsoProfile._value2member_map_,
                                                m.Leerweg._value2member_map_, m.TravelMode._value2member_map_)
    facts = []
    for row in rows:
        legal_hours, sunday = _legal_limits(row.date_of_birth, today)
        facts.append(StudentFacts(
            row.id, school_types[row.school_type], profiles.get(row.vso_profile), leerwegen.get(row.leerweg),  # type: ignore[arg-type]
            row.crebo, row.home_pc4, modes.get(row.travel_mode), row.max_travel_minutes,  # type: ignore[arg-type]
            _words(row.wished_sectors) or _words(row.sectors), _words(row.wished_work_types), _codes(row.limits),
            row.max_hours_per_week, _codes(row.available_days), bool((row.support_needs or "").strip()), wished_start.get(row.id),
            frozenset(completed.get(row.id, ())), row.id in placed, row.status == m.StudentStatus.LEFT.value, legal_hours, sunday))
    return facts


PLACE_COLUMNS = (m.Place.id, m.Place.employer_id, _raw(m.Place.leerweg), _raw(m.Place.status), m.Place.crebo, m.Place.level,
                 m.Place.sector, m.Place.werkveld, m.Place.work_type, m.Place.location_pc4, m.Place.starts_on,
                 m.Place.ends_on, _raw(m.Place.days), m.Place.hours_per_week, m.Place.capacity, _raw(m.Place.features),
                 _raw(m.Place.work_conditions))


def place_facts(session: Session, actor: Actor, place_ids: list[str] | None = None, *, today: date | None = None,
                for_student: str | None = None, where: tuple = ()) -> list[PlaceFacts]:
    """The matching facts of places (all, ``place_ids``, or those ``where`` keeps); ``for_student``'s own hold does not take his place."""
    today = today or clock.today()
    statement = access.scope(select(*PLACE_COLUMNS), m.Place, actor).where(*where)
    if place_ids is not None:
        statement = statement.where(m.Place.id.in_(place_ids))
    rows = list(session.execute(statement.order_by(m.Place.id)))
    ids = [row.id for row in rows] if place_ids is not None else None
    taken = places.taken_counts(session, ids, today=today, excluding_student=for_student)
    recognitions: dict[tuple[str, str], date | None] = {}
    rec_query = select(m.Recognition.employer_id, m.Recognition.crebo, m.Recognition.valid_from, m.Recognition.valid_until)
    if ids is not None:
        rec_query = rec_query.where(m.Recognition.employer_id.in_({row.employer_id for row in rows}))
    for employer_id, crebo, valid_from, valid_until in session.execute(rec_query):
        if (valid_from is None or valid_from <= today) and (valid_until is None or valid_until >= today):
            key = (employer_id, crebo)
            known = recognitions.get(key, date.min)
            recognitions[key] = None if valid_until is None or known is None else max(known, valid_until)
    held: dict[str, date] = {}
    hold_query = select(m.Placement.place_id, func.max(m.Placement.held_until)).where(
        m.Placement.place_id.is_not(None), m.Placement.status == m.PlacementStatus.PROPOSED, m.Placement.held_until >= today)
    if for_student:
        hold_query = hold_query.where(m.Placement.student_id != for_student)
    if ids is not None:
        hold_query = hold_query.where(m.Placement.place_id.in_(ids))
    for place_id, until in session.execute(hold_query.group_by(m.Placement.place_id)):
        if place_id is not None and until is not None:
            held[place_id] = until
    kinds, statuses = m.PlaceLeerweg._value2member_map_, m.PlaceStatus._value2member_map_
    facts = []
    for row in rows:
        key = (row.employer_id, row.crebo or "")
        facts.append(PlaceFacts(
            row.id, row.employer_id, kinds[row.leerweg], statuses[row.status], row.crebo, row.level, row.sector,  # type: ignore[arg-type]
            row.werkveld, row.work_type, row.location_pc4, row.starts_on, row.ends_on, _codes(row.days), row.hours_per_week,
            row.capacity or 1, taken.get(row.id, 0), _codes(row.features), _codes(row.work_conditions),
            key in recognitions, recognitions.get(key), held.get(row.id)))
    return facts


def real_times(session: Session, *, student_ids: list[str] | None = None, employer_ids: Iterable[str] | None = None) -> dict[tuple[str, str, str], int]:
    """Stored real travel times: (student id, employer id, PC4) -> minutes."""
    statement = select(m.TravelTime.student_id, m.TravelTime.employer_id, m.TravelTime.location_pc4, m.TravelTime.minutes)
    if student_ids is not None:
        statement = statement.where(m.TravelTime.student_id.in_(student_ids))
    if employer_ids is not None:
        statement = statement.where(m.TravelTime.employer_id.in_(list(employer_ids)))
    return {(s, e, pc4): minutes for s, e, pc4, minutes in session.execute(statement)}


# --- the rule --------------------------------------------------------------------------------------


def _t(text: str, **params: str | int) -> str:
    """A text of the rule in the interface language (the same few texts recur thousands of times in one list)."""
    return _words_in(current_language(), text, tuple(sorted(params.items())))


@lru_cache(maxsize=4096)
def _words_in(language: str, text: str, params: tuple[tuple[str, str | int], ...]) -> str:
    return translate(T, text).format(**dict(params))


def _plural(text: str, n: int) -> str:
    return translate(T, text, n=n).replace("%n", str(n))


def exclusion(student: StudentFacts, place: PlaceFacts, trip: travel.Trip, today: date, *, per_student: bool) -> str | None:
    """The first hard rule ``place`` breaks for ``student``, in words (None: none)."""
    return (status_refusal(place.status) or kind_refusal(student.school_type, student.vso_profile, student.leerweg, place.leerweg)
            or _travel_refusal(student, trip, per_student=per_student)
            or _place_refusal(student, place, today) or _school_refusal(student, place) or _limit_refusal(student, place))


def status_refusal(status: m.PlaceStatus) -> str | None:
    """Rule 1: the place is marked open."""
    return None if status == m.PlaceStatus.OPEN else _t(X_NOT_OPEN, status=choice_label(status).lower())


def kind_refusal(school_type: m.SchoolType, vso_profile: m.VsoProfile | None, leerweg: m.Leerweg | None,
                 kind: m.PlaceLeerweg) -> str | None:
    """Rule 2: the kind of place fits the school type (and an mbo place the leerweg)."""
    if kind in m.MBO_PLACE_LEERWEGEN:
        if school_type not in MBO_TYPES:
            return _t(X_FOR_MBO)
        if leerweg and leerweg.value != kind.value:
            return _t(X_LEERWEG)
    elif kind == m.PlaceLeerweg.STAGE:
        if school_type not in STAGE_TYPES:
            return _t(X_FOR_STAGE)
        if vso_profile == m.VsoProfile.DAGBESTEDING:
            return _t(X_DAGBESTEDING)
    return None


def _place_refusal(student: StudentFacts, place: PlaceFacts, today: date) -> str | None:
    """Rule 4: not all taken, not ended, recognised for an mbo place."""
    if place.taken >= place.capacity:
        return _t(X_FULL)
    if place.ends_on and place.ends_on < today:
        return _t(X_ENDED)
    if place.ends_on and student.wished_start and place.ends_on < student.wished_start:
        return _t(X_ENDS_BEFORE_START)
    if place.leerweg in m.MBO_PLACE_LEERWEGEN and not place.recognised:
        return _t(X_RECOGNITION)
    return None


def _school_refusal(student: StudentFacts, place: PlaceFacts) -> str | None:
    """Rule 5: an mbo place's level and crebo fit."""
    if place.leerweg in m.MBO_PLACE_LEERWEGEN:
        if place.level and student.level and place.level != student.level:
            return _t(X_LEVEL)
        if place.crebo and student.crebo and place.crebo != student.crebo:
            return _t(X_CREBO)
    return None


def _travel_refusal(student: StudentFacts, trip: travel.Trip, *, per_student: bool) -> str | None:
    """Rule 3: within his longest trip (an unknown trip is a concern, not a refusal)."""
    longest = student.max_travel_minutes or DEFAULT_MAX_TRAVEL_MINUTES
    if trip.minutes is not None and trip.minutes > longest:
        return _t(X_TOO_FAR_STUDENT) if per_student else _t(X_TOO_FAR, minutes=longest)
    return None


def _limit_refusal(student: StudentFacts, place: PlaceFacts) -> str | None:
    """Rule 6: nothing he cannot do, hours within his and the legal maximum, his days, no Sunday under 16."""
    clash = sorted(place.work_conditions & student.limits)
    if clash:
        return _t(X_LIMIT, what=", ".join(choice_label(m.WorkCondition(code)).lower() for code in clash))
    if place.hours_per_week and student.legal_max_hours and place.hours_per_week > student.legal_max_hours:
        return _t(X_LEGAL_HOURS)
    if place.hours_per_week and student.max_hours_per_week and place.hours_per_week > student.max_hours_per_week:
        return _t(X_HOURS)
    if not student.sunday_allowed and m.Weekday.ZO.value in place.days:
        return _t(X_SUNDAY)
    if place.days and student.available_days and not place.days <= student.available_days:
        return _t(X_DAYS)
    return None


class _Tally:
    """Points with the reasons and concerns that explain them."""

    def __init__(self, words: bool) -> None:
        self.words = words  # without: only the points (a long list words only the matches it shows)
        self.points = 0.0
        self.reasons: list[str] = []
        self.concerns: list[str] = []

    def earn(self, points: float, reason: Callable[[], str] | None = None) -> None:
        self.points += points
        if reason is not None and self.words:
            self.reasons.append(reason())

    def concern(self, text: Callable[[], str]) -> None:
        if self.words:
            self.concerns.append(text())


def score(student: StudentFacts, place: PlaceFacts, trip: travel.Trip, employer_id: str, *, words: bool = True) -> Match:
    """The ranking of a place that passed every hard rule, with its reasons and concerns in words (``words``)."""
    tally = _Tally(words)
    _score_travel(tally, student, trip)
    _score_wishes(tally, student, place)
    _score_start(tally, student, place)
    free = place.capacity - place.taken
    tally.earn(WEIGHTS["room"] if free >= 2 else 6, lambda: _t(R_ROOM, free=free, capacity=place.capacity))
    _score_offers(tally, student, place)
    recognition_ends, held_until = place.recognition_ends, place.held_until
    if recognition_ends and place.ends_on and recognition_ends < place.ends_on:
        tally.concern(lambda: _t(C_RECOGNITION_ENDS, day=recognition_ends.strftime("%d-%m-%Y")))
    if held_until:
        tally.concern(lambda: _t(C_HELD, day=held_until.strftime("%d-%m-%Y")))
    if student.placed:
        tally.concern(lambda: _t(C_HAS_PLACEMENT))
    return Match(student.id, place.id, employer_id, min(100, round(tally.points)), trip.minutes, trip.estimated,
                 tally.reasons, tally.concerns)


def _score_travel(tally: _Tally, student: StudentFacts, trip: travel.Trip) -> None:
    longest = student.max_travel_minutes or DEFAULT_MAX_TRAVEL_MINUTES
    if trip.minutes is None:
        tally.concern(lambda: trip.words())
    else:
        tally.earn(WEIGHTS["travel"] * max(0.0, 1 - trip.minutes / longest), lambda: trip.words())
        if trip.minutes > 0.8 * longest:
            tally.concern(lambda: _t(C_FAR))
    if not student.max_travel_minutes:
        tally.concern(lambda: _t(C_NO_MAX, minutes=DEFAULT_MAX_TRAVEL_MINUTES))
    if not student.travel_mode:
        tally.concern(lambda: _t(C_NO_MODE))


def _sector(place: PlaceFacts) -> str:
    return (place.sector or place.werkveld or "").strip().lower()


def _score_wishes(tally: _Tally, student: StudentFacts, place: PlaceFacts) -> None:
    sector = _sector(place)
    if sector and sector in student.wished_sectors:
        tally.earn(WEIGHTS["sector"], lambda: _t(R_SECTOR, sector=sector))
    elif student.wished_sectors:
        tally.concern(lambda: _t(C_SECTOR, sectors=", ".join(student.wished_sectors)))
    else:
        tally.concern(lambda: _t(C_NO_SECTORS))
    work_type = (place.work_type or "").strip().lower()
    if work_type and work_type in student.wished_work_types:
        tally.earn(WEIGHTS["work_type"], lambda: _t(R_WORK_TYPE, work_type=work_type))


def _score_start(tally: _Tally, student: StudentFacts, place: PlaceFacts) -> None:
    late_weeks = 0
    if student.wished_start and place.starts_on and place.starts_on > student.wished_start:
        late_weeks = math.ceil((place.starts_on - student.wished_start).days / 7)
    if late_weeks:
        tally.earn(max(0, WEIGHTS["start"] - 3 * late_weeks))
        tally.concern(lambda: _plural(C_LATE_START, late_weeks))
    else:
        tally.earn(WEIGHTS["start"], (lambda: _t(R_START)) if student.wished_start else None)


def _score_offers(tally: _Tally, student: StudentFacts, place: PlaceFacts) -> None:
    if student.has_support_needs:
        if m.PlaceFeature.BEGELEIDING_OP_MAAT.value in place.features:
            tally.earn(6, lambda: _t(R_GUIDANCE))
        else:
            tally.concern(lambda: _t(C_NO_GUIDANCE))
    if m.PlaceFeature.KANS_OP_VASTE_BAAN.value in place.features:
        tally.earn(2, lambda: _t(R_JOB))
    if m.PlaceFeature.PRAKTIJKVERKLARING.value in place.features:
        tally.earn(2, lambda: _t(R_PRAKTIJKVERKLARING))
    sector = _sector(place)
    if sector and sector in student.completed_sectors:
        tally.earn(WEIGHTS["experience"], lambda: _t(R_EXPERIENCE, sector=sector))


def trip_for(student: StudentFacts, place: PlaceFacts, stored: dict[tuple[str, str, str], int]) -> travel.Trip:
    if place.location_pc4:
        minutes = stored.get((student.id, place.employer_id, place.location_pc4))
        if minutes is not None:
            return travel.real(minutes, student.travel_mode)
    return travel.estimate(student.home_pc4, place.location_pc4, student.travel_mode)


def _trip_of(student: StudentFacts, place: PlaceFacts, stored: dict[tuple[str, str, str], int],
             estimates: dict[str | None, travel.Trip]) -> travel.Trip:
    """``trip_for``, remembering the estimate per postcode for one student."""
    if place.location_pc4 and (student.id, place.employer_id, place.location_pc4) in stored:
        return trip_for(student, place, stored)
    found = estimates.get(place.location_pc4)
    if found is None:
        found = estimates[place.location_pc4] = travel.estimate(student.home_pc4, place.location_pc4, student.travel_mode)
    return found


def _order(found: Match) -> tuple:
    return -found.score, found.travel_minutes if found.travel_minutes is not None else 10**6, found.place_id, found.student_id


def _best(passed: list[tuple[StudentFacts, PlaceFacts, travel.Trip]], limit: int | None) -> list[Match]:
    """The passed pairs ranked, best first; only the first ``limit`` are put in words."""
    if limit is None:
        return sorted((score(student, place, trip, place.employer_id) for student, place, trip in passed), key=_order)
    ranked = sorted(((score(student, place, trip, place.employer_id, words=False), index) for index, (student, place, trip)
                     in enumerate(passed)), key=lambda item: _order(item[0]))[:limit]
    return [score(*passed[index][:3], passed[index][1].employer_id) for _, index in ranked]


def match_facts_for_student(student: StudentFacts, candidates: list[PlaceFacts], stored: dict[tuple[str, str, str], int],
                            today: date, limit: int | None = None) -> MatchList:
    """The rule applied to one student and many places: pure, so a list is reproducible from its inputs."""
    excluded: Counter[str] = Counter()
    matches: list[tuple[StudentFacts, PlaceFacts, travel.Trip]] = []
    estimates: dict[str | None, travel.Trip] = {}  # places share their employer's postcode
    for place in candidates:
        trip = _trip_of(student, place, stored, estimates)
        why = exclusion(student, place, trip, today, per_student=False)
        if why:
            excluded[why] += 1
        else:
            matches.append((student, place, trip))
    return MatchList(_best(matches, limit), dict(sorted(excluded.items(), key=lambda item: (-item[1], item[0]))))


def match_facts_for_place(place: PlaceFacts, candidates: list[StudentFacts], stored: dict[tuple[str, str, str], int],
                          today: date, limit: int | None = None) -> MatchList:
    """The rule applied to one place and many students."""
    excluded: Counter[str] = Counter()
    matches: list[tuple[StudentFacts, PlaceFacts, travel.Trip]] = []
    for student in candidates:
        if student.left:
            excluded[_t(X_LEFT)] += 1
            continue
        if student.placed:
            excluded[_t(X_PLACED)] += 1
            continue
        trip = trip_for(student, place, stored)
        why = exclusion(student, place, trip, today, per_student=True)
        if why:
            excluded[why] += 1
        else:
            matches.append((student, place, trip))
    return MatchList(_best(matches, limit), dict(sorted(excluded.items(), key=lambda item: (-item[1], item[0]))))


# --- the services ---------------------------------------------------------------------------------


def _merged(found: MatchList, counted: Counter[str]) -> MatchList:
    counted.update(found.excluded)
    return MatchList(found.matches, dict(sorted(counted.items(), key=lambda item: (-item[1], item[0]))))


def match_student(session: Session, actor: Actor, student_id: str, *, limit: int | None = None) -> MatchList:
    """The places that fit ``student_id``, best first, and what was left out and why."""
    records.get(session, actor, "students", student_id)  # exists, and he may see him
    access.require_kind(actor, "places", write=False)
    today = clock.today()
    student = student_facts(session, actor, [student_id], today=today)[0]
    counted: Counter[str] = Counter()
    kinds = []  # rules 1 and 2 per group of places: only those that pass are read
    groups = select(_raw(m.Place.status), _raw(m.Place.leerweg), func.count()).group_by(m.Place.status, m.Place.leerweg)
    for status, kind, count in session.execute(access.scope(groups, m.Place, actor)):
        why = status_refusal(m.PlaceStatus(status)) or kind_refusal(student.school_type, student.vso_profile, student.leerweg, m.PlaceLeerweg(kind))
        if why:
            counted[why] += count
        else:
            kinds.append(kind)
    stored = real_times(session, student_ids=[student_id])
    where: tuple[ColumnElement[bool], ...] = (m.Place.status == m.PlaceStatus.OPEN, type_coerce(m.Place.leerweg, String).in_(kinds))
    out_of_reach = _out_of_reach(student, stored)
    if kinds and out_of_reach is not None:  # rule 3 for the places whose postcode is out of his reach (no real time stored)
        far = session.scalar(access.scope(select(func.count()).select_from(m.Place).where(*where, out_of_reach), m.Place, actor)) or 0
        if far:
            counted[_t(X_TOO_FAR, minutes=student.max_travel_minutes or DEFAULT_MAX_TRAVEL_MINUTES)] += far
        where = (*where, or_(m.Place.location_pc4.is_(None), ~out_of_reach))
    candidates = place_facts(session, actor, today=today, for_student=student_id, where=where) if kinds else []
    return _merged(match_facts_for_student(student, candidates, stored, today, limit), counted)


def _out_of_reach(student: StudentFacts, stored: dict[tuple[str, str, str], int]):
    """A condition on places: at a known postcode whose estimated trip is longer than he can manage, and no real time stored."""
    known = travel.centroids()
    home = known.get(student.home_pc4 or "")
    if home is None:
        return None
    longest = student.max_travel_minutes or DEFAULT_MAX_TRAVEL_MINUTES
    mode = student.travel_mode or travel.DEFAULT_MODE
    far = [pc4 for pc4, there in known.items() if travel.minutes_for(travel.straight_km(home, there), mode) > longest]
    condition = m.Place.location_pc4.in_(far)
    real = [and_(m.Place.employer_id == employer_id, m.Place.location_pc4 == pc4) for (_, employer_id, pc4) in stored]
    return and_(condition, ~or_(*real)) if real else condition


def match_place(session: Session, actor: Actor, place_id: str, *, limit: int | None = None) -> MatchList:
    """The students (``actor`` may see) who fit ``place_id``, best first, and who was left out and why."""
    place_record: m.Place = records.get(session, actor, "places", place_id)  # type: ignore[assignment]
    today = clock.today()
    place = place_facts(session, actor, [place_id], today=today)[0]
    counted: Counter[str] = Counter()
    fitting = []  # left, placed, rules 1 and 2 per group of students: only those that pass are read
    placed = m.Student.id.in_(_placed_ids())
    columns = (_raw(m.Student.status), _raw(m.Student.school_type), _raw(m.Student.vso_profile), _raw(m.Student.leerweg))
    groups = select(*columns, placed.label("placed"), func.count()).group_by(*columns, "placed")
    for status, school_type, vso_profile, leerweg, is_placed, count in session.execute(access.scope(groups, m.Student, actor)):
        why = (_t(X_LEFT) if status == m.StudentStatus.LEFT.value else _t(X_PLACED) if is_placed else status_refusal(place.status)
               or kind_refusal(m.SchoolType(school_type), m.VsoProfile(vso_profile) if vso_profile else None,
                               m.Leerweg(leerweg) if leerweg else None, place.leerweg))
        if why:
            counted[why] += count
        else:
            fitting.append(and_(*(type_coerce(c, String) == v if v is not None else c.is_(None) for c, v in
                                  ((m.Student.school_type, school_type), (m.Student.vso_profile, vso_profile), (m.Student.leerweg, leerweg)))))
    candidates = student_facts(session, actor, today=today, where=(m.Student.status == m.StudentStatus.ACTIVE, ~placed, or_(*fitting))) if fitting else []
    stored = real_times(session, employer_ids=[place_record.employer_id])
    return _merged(match_facts_for_place(place, candidates, stored, today, limit), counted)


PROFILE_FIELDS = ("home_pc4", "travel_mode", "max_travel_minutes", "wished_sectors")  # limits and support needs may be empty


def missing_profile_fields(student: m.Student) -> list[str]:
    """The matching-profile fields still empty (a coach sees which; matching uses defaults meanwhile)."""
    missing = [name for name in PROFILE_FIELDS if getattr(student, name) in (None, "", [])]
    if "wished_sectors" in missing and student.sectors:
        missing.remove("wished_sectors")
    return missing


@dataclass(frozen=True)
class ProfileRow:
    """What a match list shows of a student, and all a jobhunter may see of him: name, school, level, the matching
    profile and the state of his search (never health notes, risks or contact notes)."""

    id: str
    name: str
    school: str
    school_type: m.SchoolType
    level: int | None
    leerweg: m.Leerweg | None
    home_pc4: str | None
    travel_mode: m.TravelMode | None
    max_travel_minutes: int | None
    wished_sectors: list[str]
    limits: list[str]
    support_needs: str | None
    search: m.PlacementStatus | None  # his open placement's status: searching, proposed or started; None without one
    missing: list[str]  # the profile fields still empty


def profile_rows(session: Session, actor: Actor, student_ids: list[str]) -> list[ProfileRow]:
    """The rows of ``student_ids`` (that ``actor`` may see) for a match list, in the order given."""
    statement = access.scope(
        select(m.Student.id, m.Student.first_name, m.Student.last_name, m.School.name, m.Student.school_type, m.Student.leerweg,
               m.Student.home_pc4, m.Student.travel_mode, m.Student.max_travel_minutes, m.Student.wished_sectors, m.Student.sectors,
               m.Student.limits, m.Student.support_needs)
        .join(m.School, m.School.id == m.Student.school_id).where(m.Student.id.in_(student_ids)), m.Student, actor)
    rows = {row.id: row for row in session.execute(statement)}
    searches = dict(session.execute(select(m.Placement.student_id, m.Placement.status).where(
        m.Placement.student_id.in_(list(rows)), m.Placement.status.in_((m.PlacementStatus.SEARCHING, *OPEN_PLACEMENT)))).all())
    found = []
    for student_id in student_ids:
        row = rows.get(student_id)
        if row is None:
            continue
        wished = list(row.wished_sectors or row.sectors or [])
        values = {"home_pc4": row.home_pc4, "travel_mode": row.travel_mode, "max_travel_minutes": row.max_travel_minutes,
                  "wished_sectors": wished}
        found.append(ProfileRow(row.id, f"{row.first_name} {row.last_name}", row.name, row.school_type,
                                m.SCHOOL_TYPE_LEVEL.get(row.school_type), row.leerweg, row.home_pc4, row.travel_mode,
                                row.max_travel_minutes, wished, list(row.limits or []), row.support_needs,
                                searches.get(row.id), [name for name in PROFILE_FIELDS if values[name] in (None, "", [])]))
    return found
