"""The coordinator's figures (the Monitor): the indicators of ``domain.indicators`` computed in SQL.

How it works: the students in view (the actor's scope, the filters, and for figures that leave the
school only those whose consent allows it) are written once into a temporary table with the key of
the chosen breakdown (school, school type, level, leerweg, sector, akkoord, gemeente or coach). Every
indicator is then one query over that table, grouped by the key; the total is the sum of the groups
(each student has exactly one key), except for employer figures, which count employers once.
Medians and bands are computed from the fetched day counts. The same queries list the students
behind a figure (``students_behind``), for those who may see them.

Figures for outside the school (``outside=True``) go through ``suppress``: a count from 1 to 4 becomes
"<5", and a second count is hidden wherever a total would reveal a hidden one.
"""
from __future__ import annotations

import json
import statistics
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Date,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from coachdesk.domain import clock
from coachdesk.domain import indicators as ind
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.labels import choice_label
from coachdesk.services.access import Actor, student_condition
from coachdesk.services.settings import get_flag, load_settings, set_flag

S = m.PlacementStatus
DIMENSIONS = ("school", "school_type", "level", "leerweg", "sector", "akkoord", "gemeente", "coach")
SUPPRESSED = "<5"  # a count from 1 to 4
SECONDARY = "x"  # a count of 5 or more hidden so that a total does not reveal a "<5" (or a share's small rest)
HIDDEN = (SUPPRESSED, SECONDARY)
UNKNOWN_KEY = "onbekend"

DIMENSION_LABELS = {
    "school": QT_TRANSLATE_NOOP("Monitor", "School"),
    "school_type": QT_TRANSLATE_NOOP("Monitor", "School type"),
    "level": QT_TRANSLATE_NOOP("Monitor", "Level"),
    "leerweg": QT_TRANSLATE_NOOP("Monitor", "Learning pathway"),
    "sector": QT_TRANSLATE_NOOP("Monitor", "Sector"),
    "akkoord": QT_TRANSLATE_NOOP("Monitor", "Akkoord"),
    "gemeente": QT_TRANSLATE_NOOP("Monitor", "Municipality"),
    "coach": QT_TRANSLATE_NOOP("Monitor", "Coach"),
}

MSG_NO_ROLE = QT_TRANSLATE_NOOP("Errors", "The figures are for coordinators, docents, job coaches and jobhunters; a JPO has no figures.")
MSG_PERIOD = QT_TRANSLATE_NOOP("Errors", "The period ends ({end}) before it starts ({start}). Choose a later end date.")
MSG_DIMENSION = QT_TRANSLATE_NOOP("Errors", "Unknown breakdown \"{by}\". Choose one of: {choices}.")
MSG_INDICATOR = QT_TRANSLATE_NOOP("Errors", "Unknown figure \"{id}\".")
MSG_NO_STUDENTS = QT_TRANSLATE_NOOP("Errors", "Employer figures do not open to students.")
MSG_AKKOORD_COORDINATOR = QT_TRANSLATE_NOOP("Errors", "Only a coordinator maps sectors to akkoorden.")

# --- akkoorden: a region's own mapping of sectors ------------------------------------------

AKKOORD_SETTING = "monitor.akkoorden"
# Leerwerkakkoord Rotterdam-Rijnmond (DOMAIN.md): its sectors, with the demo's sector names mapped to them.
RIJNMOND_AKKOORDEN = ("Haven", "Zorg", "Energietransitie", "Bouw en Techniek", "Transport, Logistiek, Personenvervoer en Binnenvaart",
                      "Facilitaire Dienstverlening", "MKB")
RIJNMOND_PRESET: dict[str, str] = {
    "Haven": "Haven", "Zorg": "Zorg", "Welzijn": "Zorg", "Energie": "Energietransitie", "Energietransitie": "Energietransitie",
    "Bouw": "Bouw en Techniek", "Techniek": "Bouw en Techniek", "Installatietechniek": "Bouw en Techniek",
    "Logistiek": "Transport, Logistiek, Personenvervoer en Binnenvaart", "Transport": "Transport, Logistiek, Personenvervoer en Binnenvaart",
    "Facilitair": "Facilitaire Dienstverlening", "Schoonmaak": "Facilitaire Dienstverlening",
    "Horeca": "MKB", "Detailhandel": "MKB", "Groen": "MKB",
}
NO_AKKOORD = "geen akkoord"


def akkoord_mapping(session: Session) -> dict[str, str]:
    """Sector -> akkoord as the coordinator set it; the Rotterdam-Rijnmond preset until he does."""
    stored = get_flag(session, AKKOORD_SETTING)
    return dict(stored) if isinstance(stored, dict) else dict(RIJNMOND_PRESET)


def save_akkoord_mapping(session: Session, actor: Actor, mapping: dict[str, str]) -> None:
    if not actor.may_do("team_settings"):  # the mapping is the team's, shared with every laptop
        raise AccessDenied(MSG_AKKOORD_COORDINATOR)
    cleaned = {str(sector).strip()[:100]: str(akkoord).strip()[:100] for sector, akkoord in mapping.items() if str(sector).strip() and str(akkoord).strip()}
    set_flag(session, AKKOORD_SETTING, cleaned)


def known_sectors(session: Session) -> list[str]:
    """Every sector the data names (employers' sectors, students' first sector of interest) and every one mapped."""
    names = {name for name in session.scalars(select(m.Employer.sector).distinct()) if name}
    names |= {name for name in session.scalars(select(func.json_extract(m.Student.sectors, "$[0]")).distinct()) if isinstance(name, str) and name}
    return sorted(names | set(akkoord_mapping(session)), key=str.lower)


# --- the period ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def as_dict(self) -> dict:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end


def school_year_of(day: date) -> Period:
    """The school year (1 August - 31 July) that holds ``day``."""
    year = day.year if day.month >= 8 else day.year - 1
    return Period(date(year, 8, 1), date(year + 1, 7, 31))


def period_of(start: date | None = None, end: date | None = None) -> Period:
    """The chosen period; without dates, this school year up to today (the peildatum)."""
    today = clock.today()
    start = start or school_year_of(end or today).start
    if end is None:
        end = min(today, school_year_of(start).end) if start <= today else school_year_of(start).end
    if end < start:
        raise UserError(MSG_PERIOD, start=start.strftime("%d-%m-%Y"), end=end.strftime("%d-%m-%Y"))
    return Period(start, end)


# --- who sees which figures ---------------------------------------------------------------

STUDENT_ROLES = (m.CoachRole.COORDINATOR, m.CoachRole.DOCENT, m.CoachRole.JOBCOACH)


def _is_jobhunter(actor: Actor) -> bool:
    return getattr(m.CoachRole, "JOBHUNTER", None) is not None and actor.role == m.CoachRole.JOBHUNTER


def visible_indicators(actor: Actor) -> tuple[ind.Indicator, ...]:
    """The indicators ``actor`` may see: all for staff, the employer figures for a jobhunter, none for a JPO
    (who may read figures at all is the policy's operation "read_monitor")."""
    if not actor.may_do("read_monitor"):
        raise AccessDenied(MSG_NO_ROLE)
    if actor.role in STUDENT_ROLES:
        return ind.INDICATORS
    if _is_jobhunter(actor):
        return tuple(i for i in ind.INDICATORS if i.about == ind.EMPLOYERS)
    raise AccessDenied(MSG_NO_ROLE)


def may_open_students(actor: Actor) -> bool:
    return actor.role in STUDENT_ROLES


# --- the breakdown key of each student ----------------------------------------------------


def _latest_places() -> Any:
    """Per student his placements at an employer, newest first (rank 1: the latest), with the employer's sector.

    Joined once into the population (a window over all placements), which is several times quicker on
    100,000 students than asking each student's latest place in a subquery of its own.
    """
    later = aliased(m.Placement)
    rank = func.row_number().over(partition_by=later.student_id, order_by=func.coalesce(later.starts_on, later.created_at).desc())
    return (select(later.student_id.label("student_id"), m.Employer.sector.label("sector"), rank.label("rank"))
            .join(m.Employer, m.Employer.id == later.employer_id).subquery("latest_place"))


def _sector_expression(latest: Any) -> Any:
    """A student's sector: his latest place's employer's sector, else his first sector of interest."""
    return func.coalesce(func.nullif(latest.c.sector, ""), func.nullif(func.json_extract(m.Student.sectors, "$[0]"), ""), UNKNOWN_KEY)


def _gemeente_of_pc4() -> Callable[[str], str | None]:
    """The gemeente of a PC4 from ``domain.travel`` when that module offers one, else nothing known."""
    try:
        from coachdesk.domain import travel  # type: ignore[attr-defined]
    except ImportError:
        return lambda pc4: None
    for name in ("gemeente_of", "municipality_of", "place_of"):
        function = getattr(travel, name, None)
        if callable(function):
            def lookup(pc4: str, function: Callable = function) -> str | None:
                try:
                    found = function(pc4)
                except Exception:  # noqa: BLE001 - an unknown postcode is simply not known
                    return None
                return found if isinstance(found, str) and found else None
            return lookup
    return lambda pc4: None


def _key_expression(session: Session, by: str | None, latest: Any = None) -> Any:
    if by is None:
        return literal("")
    if by == "school":
        return m.Student.school_id
    if by == "school_type":
        return _code(m.Student.school_type)
    if by == "level":
        return case((_code(m.Student.school_type) == m.SchoolType.ENTREE.value, "1"), (_code(m.Student.school_type) == m.SchoolType.MBO2.value, "2"), else_="-")
    if by == "leerweg":
        return func.coalesce(_code(m.Student.leerweg), "-")
    if by == "coach":
        return func.coalesce(m.Student.coach_id, "-")
    if by == "sector":
        return _sector_expression(latest)
    if by == "akkoord":
        mapping = {sector.lower(): akkoord for sector, akkoord in akkoord_mapping(session).items()}
        sector = func.lower(_sector_expression(latest))
        if not mapping:
            return literal(NO_AKKOORD)
        return case(mapping, value=sector, else_=NO_AKKOORD)  # CASE x WHEN ...: the sector is worked out once per student
    if by == "gemeente":
        home = getattr(m.Student, "home_pc4", None)
        if home is None:
            return literal(UNKNOWN_KEY)
        lookup = _gemeente_of_pc4()
        known = {pc4: lookup(pc4) for pc4 in session.scalars(select(home).distinct()) if pc4}
        named = {pc4: name for pc4, name in known.items() if name}
        return case(named, value=home, else_=UNKNOWN_KEY) if named else literal(UNKNOWN_KEY)
    raise UserError(MSG_DIMENSION, by=by, choices=", ".join(DIMENSIONS))


def _filter_condition(session: Session, filters: dict[str, str] | None, latest: Any = None) -> ColumnElement[bool]:
    conditions = [_key_expression(session, name, latest) == value for name, value in (filters or {}).items() if value not in (None, "")]
    return and_(true(), *conditions)


def key_label(session: Session | None, by: str | None, key: str) -> str:
    """How a breakdown key reads: the school's or coach's name, a school type's label."""
    if by == "school" and session is not None:
        school = session.get(m.School, key)
        return school.name if school else key
    if by == "coach":
        coach = session.get(m.Coach, key) if key != "-" and session is not None else None
        return coach.name if coach else translate("Monitor", "no coach")
    if by == "school_type":
        try:
            return choice_label(m.SchoolType(key))
        except ValueError:
            return key
    if by == "leerweg":
        return key.upper() if key != "-" else translate("Monitor", "no BOL/BBL")
    if by == "level":
        return key if key != "-" else translate("Monitor", "no mbo level")
    return key


def group_label(by: str | None, group: dict) -> str:
    """A group's label in the current language (a document is Dutch whatever the screen's language): names stay as they are."""
    key = group["key"]
    if by in ("school_type", "leerweg", "level") or (by == "coach" and key == "-"):
        return key_label(None, by, key)  # these need no session
    return group["label"]


# --- the facts behind each indicator --------------------------------------------------------

PLACE_STATUSES = (S.STARTED.value, S.COMPLETED.value, S.ENDED_EARLY.value)


def _code(column: Any) -> Any:
    """A coded column as its stored text, so that it compares with (and reads back as) plain codes."""
    return type_coerce(column, String)


def _search_end(p: Any) -> Any:
    return case(
        (p.status == S.SEARCHING.value, null()),
        (p.status == S.FOUND.value, p.ended_on),
        (p.employer_id.is_(None), p.ended_on),
        else_=func.coalesce(p.starts_on, func.date(p.updated_at)),
    )


def _is_place(p: Any) -> ColumnElement[bool]:
    return and_(p.employer_id.is_not(None), p.status.in_(PLACE_STATUSES), p.starts_on.is_not(None))


@dataclass
class _Query:
    """The population (``pop``: each student with his key and what the student facts need) and a compact copy of
    their placements (``pl``, with the key), both temporary tables in memory; each fact is a select of
    (student id, key, value...) over them. A scan of the copy costs a tenth of one over the encrypted table."""

    pop: Table
    pl: Table
    period: Period
    settings_minimum: int

    def placements(self, *columns: Any, where: Any) -> Any:
        return select(self.pl.c.student_id, self.pl.c.gkey, *columns).where(where)

    def students(self, *columns: Any, where: Any) -> Any:
        return select(self.pop.c.sid, self.pop.c.gkey, *columns).where(where)


def _searches(q: _Query, which: str) -> Any:
    p, start, end = q.pl.c, q.period.start, q.period.end
    since, ended = p.searching_since, _search_end(p)
    conditions = {
        "searching_start": and_(since < start, or_(ended.is_(None), ended >= start)),
        "searching_new": and_(since >= start, since <= end),
        "placed": and_(ended >= start, ended <= end, or_(p.status == S.FOUND.value, p.employer_id.is_not(None))),
        "searching_end": and_(since <= end, or_(ended.is_(None), ended > end)),
    }
    return q.placements(literal(1), where=and_(since.is_not(None), conditions[which]))


def _days_to_place(q: _Query) -> Any:
    p = q.pl.c
    search, previous = q.pl.alias("search").c, q.pl.alias("previous").c
    previous_start = (select(func.max(previous.starts_on)).where(previous.student_id == p.student_id, previous.employer_id.is_not(None),
                                                                 previous.status.in_(PLACE_STATUSES), previous.starts_on < p.starts_on, previous.id != p.id)
                      .correlate(q.pl).scalar_subquery())
    since = (select(func.max(search.searching_since)).where(search.student_id == p.student_id, search.searching_since.is_not(None),
                                                            search.searching_since <= p.starts_on,
                                                            or_(previous_start.is_(None), search.searching_since >= previous_start))
             .correlate(q.pl).scalar_subquery())
    days = cast(func.julianday(p.starts_on) - func.julianday(since), Integer)
    return q.placements(days, where=and_(_is_place(p), p.starts_on >= q.period.start, p.starts_on <= q.period.end, since.is_not(None)))


def _places_started(q: _Query) -> Any:
    p = q.pl.c
    return q.placements(literal(1), where=and_(_is_place(p), p.starts_on >= q.period.start, p.starts_on <= q.period.end))


def _ended(q: _Query, status: m.PlacementStatus) -> Any:
    p = q.pl.c
    return q.placements(func.coalesce(p.end_reason_code, "not_coded"),
                        where=and_(p.employer_id.is_not(None), p.status == status.value, p.ended_on >= q.period.start, p.ended_on <= q.period.end))


def _ended_places(q: _Query) -> Any:
    p = q.pl.c
    too_few = or_(func.coalesce(p.contact_count, 0) < q.settings_minimum, func.coalesce(p.on_site_count, 0) < 1)
    return q.placements(func.coalesce(p.contact_count, 0), case((too_few, 1), else_=0),
                        where=and_(_is_place(p), p.status.in_((S.COMPLETED.value, S.ENDED_EARLY.value)),
                                   p.ended_on >= q.period.start, p.ended_on <= q.period.end))


def _retained(q: _Query, months: int) -> Any:
    p = q.pl.c
    mark = func.date(p.starts_on, f"+{months} months")
    kept = case((or_(p.ended_on.is_(None), p.ended_on >= mark), 1), else_=0)
    return q.placements(kept, where=and_(_is_place(p), mark >= q.period.start.isoformat(), mark <= q.period.end.isoformat(),
                                         or_(p.ends_on.is_(None), p.ends_on >= mark)))


def _left(q: _Query) -> Any:
    s = q.pop.c
    return q.students(literal(1), where=and_(s.status == m.StudentStatus.LEFT.value, s.left_on >= q.period.start, s.left_on <= q.period.end))


def _left_destination(q: _Query) -> Any:
    s = q.pop.c
    return q.students(func.coalesce(s.destination, "not_recorded"),
                      where=and_(s.status == m.StudentStatus.LEFT.value, s.left_on >= q.period.start, s.left_on <= q.period.end))


def _destination(q: _Query, months: int) -> Any:
    s = q.pop.c
    mark = func.date(s.left_on, f"+{months} months")
    answer = s.followup_12m if months == 12 else s.followup_24m
    working = case((answer.in_(ind.WORK_OR_LEARNING), 1), else_=0)
    return q.students(working, where=and_(s.left_on.is_not(None), mark >= q.period.start.isoformat(), mark <= q.period.end.isoformat()))


def _risk_high(q: _Query, *, at_start: bool = False) -> Any:
    s, r = q.pop.c, m.RiskAssessment
    day = q.period.start - timedelta(days=1) if at_start else q.period.end
    latest = (select(func.coalesce(_code(r.override_level), _code(r.computed_level))).where(r.student_id == s.sid, r.assessed_on <= day)
              .order_by(r.assessed_on.desc(), r.created_at.desc()).limit(1).correlate(q.pop).scalar_subquery())
    return q.students(literal(1), where=and_(or_(s.left_on.is_(None), s.left_on > day), latest == m.RiskLevel.HIGH.value))


def _routes(q: _Query, column: str) -> Any:
    """One row per praktijkverklaring route of a student in the selection whose start (or completion) lies in the period."""
    s, routes = q.pop.c, m.Route.__table__
    day = routes.c[column]
    return (select(s.sid, s.gkey, literal(1)).select_from(q.pop.join(routes, routes.c.student_id == s.sid))
            .where(day >= q.period.start, day <= q.period.end))


def _running_places(q: _Query) -> Any:
    p = q.pl.c
    return and_(_is_place(p), p.starts_on <= q.period.end, or_(p.ended_on.is_(None), p.ended_on >= q.period.start))


def _employers(q: _Query, which: str) -> Any:
    """(student, key, employer) per place behind an employer figure. The other tables are asked once each
    (IN a list), not per place: they are the encrypted tables, slow to scan again and again."""
    p = q.pl.c
    if which == "employers_places_used":
        where = _running_places(q)
    elif which == "employers_recognition_expiring":
        horizon = q.period.end + timedelta(days=183)
        expiring = select(m.Recognition.employer_id).where(m.Recognition.valid_until.is_not(None), m.Recognition.valid_until <= horizon)
        where = and_(_running_places(q), p.employer_id.in_(expiring))
    elif which == "employers_not_recognised":
        where = and_(_running_places(q), p.employer_id.in_(select(m.Employer.id).where(m.Employer.sbb_recognised.is_(False))))
    else:  # an earlier place at the employer, of a student in the selection: the employer took one of ours before
        earlier = q.pl.alias("earlier").c
        before = select(earlier.employer_id).where(_is_place(earlier), earlier.starts_on < q.period.start)
        where = and_(_is_place(p), p.starts_on >= q.period.start, p.starts_on <= q.period.end, p.employer_id.in_(before))
    return select(p.student_id, p.gkey, p.employer_id).where(where)


# Each indicator's facts; indicators that share their facts (a median and its bands) share one query.
FACT_BUILDERS: dict[str, Callable[[_Query], Any]] = {
    "searching_start": lambda q: _searches(q, "searching_start"),
    "searching_new": lambda q: _searches(q, "searching_new"),
    "placed": lambda q: _searches(q, "placed"),
    "searching_end": lambda q: _searches(q, "searching_end"),
    "days_to_place": _days_to_place,
    "placements_started": _places_started,
    "completed": lambda q: _ended(q, S.COMPLETED),
    "ended_early": lambda q: _ended(q, S.ENDED_EARLY),
    "ended_places": _ended_places,
    "retained_3m": lambda q: _retained(q, 3),
    "retained_6m": lambda q: _retained(q, 6),
    "retained_12m": lambda q: _retained(q, 12),
    "left": _left,
    "left_destination": _left_destination,
    "destination_12m": lambda q: _destination(q, 12),
    "destination_24m": lambda q: _destination(q, 24),
    "risk_high": _risk_high,
    "risk_high_at_start": lambda q: _risk_high(q, at_start=True),
    "employers_recognition_expiring": lambda q: _employers(q, "employers_recognition_expiring"),
    "employers_places_used": lambda q: _employers(q, "employers_places_used"),
    "employers_kept": lambda q: _employers(q, "employers_kept"),
    "employers_not_recognised": lambda q: _employers(q, "employers_not_recognised"),
    "praktijkverklaring_started": lambda q: _routes(q, "started_on"),
    "praktijkverklaring_completed": lambda q: _routes(q, "completed_on"),
}
FACTS: dict[str, str] = {
    "days_to_place_median": "days_to_place", "days_to_place_spread": "days_to_place", "placements_completed": "completed",
    "placements_ended_early": "ended_early", "placements_ended_early_reasons": "ended_early",
    "contacts_per_placement_median": "ended_places", "placements_below_contact_norm": "ended_places",
    "destination_12m_work_or_learning": "destination_12m", "destination_24m_work_or_learning": "destination_24m",
} | {name: name for name in FACT_BUILDERS if name in ind.BY_ID}
assert set(FACTS) == set(ind.IDS), "every indicator has its facts"


def fact_statement(q: _Query, indicator_id: str) -> Any:
    return FACT_BUILDERS[FACTS[indicator_id]](q)


# --- computing ------------------------------------------------------------------------------


@dataclass
class Figures:
    """What the Monitor shows: the total and each group's values, per indicator id."""

    period: Period
    by: str | None
    indicators: dict[str, Any]
    groups: list[dict[str, Any]] = field(default_factory=list)  # {"key", "label", "indicators"}
    outside: bool = False
    filters: dict[str, str] = field(default_factory=dict)
    definitions_version: int = ind.DEFINITIONS_VERSION

    def as_json(self) -> dict:
        groups = [{"key": group["label"] if self.outside else group["key"], "indicators": group["indicators"]} for group in self.groups]
        if not self.outside:
            for data, group in zip(groups, self.groups, strict=True):
                if group["label"] != group["key"]:
                    data["label"] = group["label"]
        return {"period": self.period.as_dict(), "definitions_version": self.definitions_version, "by": self.by,
                "filters": dict(self.filters), "outside": self.outside, "indicators": self.indicators, "groups": groups}


def _population(session: Session, actor: Actor, by: str | None, filters: dict[str, str] | None, outside: bool) -> Table:
    """The students in view with their key (and what the student facts need), as a temporary table."""
    name = f"monitor_pop_{uuid.uuid4().hex[:12]}"
    pop = Table(name, MetaData(), Column("sid", String(36), primary_key=True), Column("gkey", String(200)), Column("status", String(32)),
                Column("left_on", Date), Column("destination", String(32)), Column("followup_12m", String(32)), Column("followup_24m", String(32)),
                prefixes=["TEMPORARY"])
    connection = session.connection()
    pop.create(connection)
    scope = student_condition(actor, m.Student.id) if not _is_jobhunter(actor) else true()
    needs_sector = {by, *(filters or {})} & {"sector", "akkoord"}
    latest = _latest_places() if needs_sector else None
    where = and_(scope, _filter_condition(session, filters, latest))
    if outside:
        where = and_(where, m.Student.regional_figures_excluded.is_not(True))
    key = func.coalesce(type_coerce(_key_expression(session, by, latest), String), UNKNOWN_KEY)
    s = m.Student
    students = select(s.id, key, _code(s.status), s.left_on, _code(s.destination), _code(s.followup_12m), _code(s.followup_24m)).select_from(s)
    if latest is not None:
        students = students.outerjoin(latest, and_(latest.c.student_id == s.id, latest.c.rank == 1))
    connection.execute(pop.insert().from_select(["sid", "gkey", "status", "left_on", "destination", "followup_12m", "followup_24m"], students.where(where)))
    return pop


PLACEMENT_COLUMNS = ("id", "student_id", "employer_id", "status", "searching_since", "starts_on", "ends_on", "ended_on", "end_reason_code",
                     "contact_count", "on_site_count", "updated_at")


def _placements_of(session: Session, pop: Table) -> Table:
    """A compact copy of the placements of the students in ``pop``, with each one's key: every placement fact reads it."""
    types: dict[str, Any] = {"contact_count": Integer(), "on_site_count": Integer(), "updated_at": String(32)}
    types |= dict.fromkeys(("searching_since", "starts_on", "ends_on", "ended_on"), Date())
    columns: list[Column[Any]] = [Column(name, types.get(name, String(36))) for name in PLACEMENT_COLUMNS]
    pl = Table(f"monitor_pl_{uuid.uuid4().hex[:12]}", MetaData(), *columns, Column("gkey", String(200)), prefixes=["TEMPORARY"])
    connection = session.connection()
    pl.create(connection)
    p = m.Placement.__table__.c
    source = select(*(p[name] for name in PLACEMENT_COLUMNS), pop.c.gkey).join(pop, pop.c.sid == p.student_id)
    connection.execute(pl.insert().from_select([*PLACEMENT_COLUMNS, "gkey"], source))
    Index(f"ix_{pl.name}_student", pl.c.student_id).create(connection)
    return pl


def _query(session: Session, actor: Actor, period: Period, by: str | None, filters: dict[str, str] | None, outside: bool) -> _Query:
    pop = _population(session, actor, by, filters, outside)
    return _Query(pop, _placements_of(session, pop), period, load_settings(session).minimum_contacts)


def _drop(session: Session, *tables: Table) -> None:
    for table in tables:
        table.drop(session.connection())


def _median(values: list[int]) -> float | int | None:
    if not values:
        return None
    middle = statistics.median(values)
    return int(middle) if float(middle).is_integer() else round(middle, 1)


def _spread(values: list[int]) -> dict[str, int]:
    bands = {label: 0 for label, _low, _high in ind.SPREAD_BANDS}
    for value in values:
        for label, low, high in ind.SPREAD_BANDS:
            if value >= low and (high is None or value <= high):
                bands[label] += 1
                break
    return bands


def _aggregate(indicator: ind.Indicator, rows: Iterable[tuple]) -> tuple[dict[str, Any], Any]:
    """Per key and in total, from fact rows (sid, key, value...)."""
    per_key: dict[str, list[tuple]] = {}
    for row in rows:
        per_key.setdefault(row[1], []).append(row)

    def value_of(facts: list[tuple]) -> Any:
        if indicator.about == ind.EMPLOYERS:
            return len({fact[2] for fact in facts})
        if indicator.id == "placements_below_contact_norm":
            return sum(fact[3] for fact in facts)
        if indicator.kind == ind.COUNT:
            return len(facts)
        if indicator.kind == ind.SHARE:
            return {"n": sum(fact[2] for fact in facts), "of": len(facts)}
        if indicator.kind == ind.MEDIAN:
            return _median([fact[2] for fact in facts if fact[2] is not None])
        if indicator.kind == ind.SPREAD:
            return _spread([fact[2] for fact in facts if fact[2] is not None])
        reasons: dict[str, int] = {}
        for fact in facts:
            reasons[fact[2]] = reasons.get(fact[2], 0) + 1
        return dict(sorted(reasons.items()))

    everything = [row for facts in per_key.values() for row in facts]
    return {key: value_of(facts) for key, facts in per_key.items()}, value_of(everything)


def _empty(indicator: ind.Indicator) -> Any:
    return {ind.SHARE: {"n": 0, "of": 0}, ind.MEDIAN: None, ind.SPREAD: _spread([]), ind.REASONS: {}}.get(indicator.kind, 0)


def compute(session: Session, actor: Actor, period: Period, *, by: str | None = None, filters: dict[str, str] | None = None,
            outside: bool = False, only: Iterable[str] | None = None) -> Figures:
    """All indicators ``actor`` may see for ``period``, in total and per ``by``; suppressed when ``outside``."""
    if by is not None and by not in DIMENSIONS:
        raise UserError(MSG_DIMENSION, by=by, choices=", ".join(DIMENSIONS))
    for name in filters or {}:
        if name not in DIMENSIONS:
            raise UserError(MSG_DIMENSION, by=name, choices=", ".join(DIMENSIONS))
    chosen = [i for i in visible_indicators(actor) if only is None or i.id in set(only)]
    q = _query(session, actor, period, by, filters, outside)
    try:
        keys = sorted(session.scalars(select(q.pop.c.gkey).distinct()))
        totals: dict[str, Any] = {}
        per_group: dict[str, dict[str, Any]] = {key: {} for key in keys}
        fetched: dict[str, list[tuple]] = {}
        for indicator in chosen:
            fact = FACTS[indicator.id]
            if fact not in fetched:
                fetched[fact] = [tuple(row) for row in session.execute(FACT_BUILDERS[fact](q))]
            by_key, total = _aggregate(indicator, fetched[fact])
            totals[indicator.id] = total
            for key in keys:
                per_group[key][indicator.id] = by_key.get(key, _empty(indicator))
    finally:
        _drop(session, q.pl, q.pop)
    groups = [{"key": key, "label": key_label(session, by, key), "indicators": per_group[key]} for key in keys] if by else []
    figures = Figures(period, by, totals, groups, outside, dict(filters or {}))
    if outside:
        suppress(figures)
    return figures


def students_behind(session: Session, actor: Actor, period: Period, indicator_id: str, *, by: str | None = None, key: str | None = None,
                    filters: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The students (id, name) behind one figure, or one group's figure; only for who may see students."""
    if indicator_id not in ind.BY_ID:
        raise UserError(MSG_INDICATOR, id=indicator_id)
    if not may_open_students(actor) or ind.BY_ID[indicator_id].about == ind.EMPLOYERS:
        raise AccessDenied(MSG_NO_STUDENTS if may_open_students(actor) else MSG_NO_ROLE)
    q = _query(session, actor, period, by, filters, False)
    try:
        rows = session.execute(fact_statement(q, indicator_id)).all()
    finally:
        _drop(session, q.pl, q.pop)
    ids = {row[0] for row in rows if key is None or row[1] == key}
    if not ids:
        return []
    names = session.execute(select(m.Student.id, m.Student.first_name + " " + m.Student.last_name).where(m.Student.id.in_(ids))).all()
    return sorted(((sid, name) for sid, name in names), key=lambda item: item[1])


# --- suppression: nothing below 5 leaves the school, and no total gives a hidden cell away ----------


class _Cell:
    __slots__ = ("value", "hidden", "small", "container", "key")

    def __init__(self, value: int, container: dict | None = None, key: str = "") -> None:
        self.value, self.container, self.key = value, container, key
        self.small = self.hidden = 0 < value < ind.SMALL_COUNT


def _hide_more(constraints: list[tuple[_Cell, list[_Cell]]]) -> None:
    """Until nothing changes: where a shown total has exactly one hidden part, hide the smallest other
    non-zero part (or the total itself when there is none); a hidden total with all parts shown hides one."""
    changed = True
    while changed:
        changed = False
        for total, parts in constraints:
            hidden = [part for part in parts if part.hidden]
            if (not total.hidden and len(hidden) == 1) or (total.hidden and not hidden and total.value):
                candidates = sorted((part for part in parts if not part.hidden and part.value > 0), key=lambda part: part.value)
                if candidates:
                    candidates[0].hidden = True
                elif not total.hidden:
                    total.hidden = True
                else:
                    continue
                changed = True


def _constraints(figures: Figures, rows: list[dict], cell: Callable[[dict, str], _Cell]) -> tuple[list[tuple[_Cell, list[_Cell]]], list[_Cell]]:
    """Each total with the parts it is the sum of; and the cells that are never printed (a share's rest)."""
    constraints: list[tuple[_Cell, list[_Cell]]] = []
    unprinted: list[_Cell] = []
    counts: dict[tuple[int, str], _Cell] = {}
    part_rows: list[tuple[str, list[list[_Cell]]]] = []
    for indicator_id in list(figures.indicators):
        indicator = ind.BY_ID[indicator_id]
        if indicator.kind == ind.COUNT:
            column = [cell(row, indicator_id) for row in rows]
            counts.update({(index, indicator_id): c for index, c in enumerate(column)})
            constraints.append((column[0], column[1:]))
        elif indicator.kind == ind.SHARE:
            ns = [cell(row[indicator_id], "n") for row in rows]
            ofs = [cell(row[indicator_id], "of") for row in rows]
            for n, of in zip(ns, ofs, strict=True):  # of = n + the rest, which a reader can work out
                rest = _Cell(of.value - n.value)
                unprinted.append(rest)
                constraints.append((of, [n, rest]))
            constraints += [(ns[0], ns[1:]), (ofs[0], ofs[1:])]
        elif indicator.kind in (ind.SPREAD, ind.REASONS):
            labels = sorted({label for row in rows for label in row[indicator_id]})
            for row in rows:
                for label in labels:
                    row[indicator_id].setdefault(label, 0)
            table = [[cell(row[indicator_id], label) for label in labels] for row in rows]
            constraints += [(table[0][column], [line[column] for line in table[1:]]) for column in range(len(labels))]
            if indicator.parts_of:
                part_rows.append((indicator.parts_of, table))
    for total_id, table in part_rows:  # the reasons (destinations) of a row add up to that row's places ended early (leavers)
        if (0, total_id) in counts:
            constraints += [(counts[(index, total_id)], line) for index, line in enumerate(table)]
    return constraints, unprinted


def _few(values: list[Any]) -> bool:
    return any(value in HIDDEN for value in values) or sum(v for v in values if isinstance(v, int)) < ind.SMALL_COUNT


def suppress(figures: Figures) -> Figures:
    """Make ``figures`` fit to leave the school (in place): counts 1-4 as "<5", secondary suppression.

    Constraints: each total with its groups; each share's "of" with its n and the rest (of - n, a cell
    never printed but a reader can work it out); each band or reason with its groups; the reasons of a
    row with that row's places ended early. A median of fewer than 5 places is hidden too.
    """
    rows = [figures.indicators] + [group["indicators"] for group in figures.groups]
    cells: list[_Cell] = []

    def cell(container: dict, key: str) -> _Cell:
        value = container.get(key)
        made = _Cell(value if isinstance(value, int) and not isinstance(value, bool) else 0, container, key)
        cells.append(made)
        return made

    constraints, _unprinted = _constraints(figures, rows, cell)
    _hide_more(constraints)
    for made in cells:
        if made.hidden and made.container is not None:
            made.container[made.key] = SUPPRESSED if made.small else SECONDARY
    for row in rows:
        if row.get("days_to_place_median") is not None and _few(list(row.get("days_to_place_spread", {}).values())):
            row["days_to_place_median"] = SUPPRESSED
        if row.get("contacts_per_placement_median") is not None and _few([row.get("placements_completed"), row.get("placements_ended_early")]):
            row["contacts_per_placement_median"] = SUPPRESSED
    return figures


def is_hidden(value: Any) -> bool:
    return value in HIDDEN


def figure_text(indicator_id: str, value: Any) -> str:
    """A figure as a person reads it: ``value_text``, with the reasons of early ends in words."""
    if indicator_id == "placements_ended_early_reasons" and isinstance(value, dict):
        from coachdesk.services.outcomes import end_reason_label

        return ", ".join(f"{end_reason_label(code)}: {count}" for code, count in value.items()) or "—"
    if indicator_id == "left_destination" and isinstance(value, dict):
        from coachdesk.services.outcomes import destination_label

        return ", ".join(f"{destination_label(code) if code != 'not_recorded' else translate('Monitor', 'not recorded')}: {count}"
                         for code, count in value.items()) or "—"
    return value_text(value)


def value_text(value: Any) -> str:
    """A figure as text: a count, "n of m (p%)", a median, bands."""
    if value is None:
        return "—"
    if isinstance(value, dict) and set(value) == {"n", "of"}:
        n, of = value["n"], value["of"]
        if isinstance(n, int) and isinstance(of, int) and of:
            return f"{n} / {of} ({round(100 * n / of)}%)"
        return f"{n} / {of}"
    if isinstance(value, dict):
        return ", ".join(f"{label}: {count}" for label, count in value.items())
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


# --- searching over the months ----------------------------------------------------------------


def searching_by_month(session: Session, actor: Actor, period: Period, *, filters: dict[str, str] | None = None,
                       outside: bool = False) -> list[tuple[date, Any]]:
    """Searches open at the end of each month of the period (the last point: the peildatum)."""
    pop = _population(session, actor, None, filters, outside)  # one question over the placements: no compact copy needed
    try:
        p = m.Placement.__table__.c
        rows = session.execute(select(p.searching_since, _search_end(p)).join(pop, pop.c.sid == p.student_id)
                               .where(p.searching_since.is_not(None), p.searching_since <= period.end)).all()
    finally:
        _drop(session, pop)
    days, day = [], period.start
    while day <= period.end:
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        days.append(min(following.fromordinal(following.toordinal() - 1), period.end))
        day = following
    ends = [date.fromisoformat(end) if isinstance(end, str) else end for _since, end in rows]
    counts: list[tuple[date, Any]] = []
    for month_end in days:
        count = sum(1 for (since, _), end in zip(rows, ends, strict=True) if since <= month_end and (end is None or end > month_end))
        counts.append((month_end, SUPPRESSED if outside and 0 < count < ind.SMALL_COUNT else count))
    return counts


# --- one description of each chart, drawn by the screen (QPainter) and the PDF (reportlab) ---------


@dataclass(frozen=True)
class Chart:
    kind: str  # "bars" (a breakdown, or the funnel) or "line" (over the months)
    title: str
    labels: list[str]
    values: list[float | None]  # None: hidden (a suppressed count) or not known
    texts: list[str]  # what is written at each bar or point


@dataclass(frozen=True)
class Shape:
    """One drawing primitive, in points from the chart's top left (y downwards)."""

    kind: str  # "rect", "line" (points), "text"
    points: tuple[float, ...]  # rect: x, y, w, h; line: x1, y1, x2, y2, ...; text: x, y (baseline)
    colour: str = "#1f4e79"
    text: str = ""
    size: float = 9
    anchor: str = "start"  # start, middle, end


BAR, MUTED, INK, GRID = "#1f4e79", "#b8c4d0", "#222222", "#d0d7de"


def _number(value: Any) -> float | None:
    if isinstance(value, dict) and "n" in value:
        n, of = value.get("n"), value.get("of")
        return 100.0 * n / of if isinstance(n, int) and isinstance(of, int) and of else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def breakdown_chart(figures: Figures, indicator_id: str) -> Chart:
    """Bars: one indicator per group of the breakdown (a share as its percentage)."""
    indicator = ind.BY_ID[indicator_id]
    labels = [group_label(figures.by, group) for group in figures.groups]
    values = [_number(group["indicators"].get(indicator_id)) for group in figures.groups]
    texts = [value_text(group["indicators"].get(indicator_id)) for group in figures.groups]
    return Chart("bars", indicator.text("title"), labels, values, texts)


FUNNEL = ("searching_new", "placed", "placements_started", "retained_3m", "retained_6m", "destination_12m_work_or_learning")


def funnel_chart(figures: Figures) -> Chart:
    """From searching to lasting work: each step's count (for a share: how many stayed or work or learn)."""
    labels, values, texts = [], [], []
    for indicator_id in FUNNEL:
        if indicator_id not in figures.indicators:
            continue
        value = figures.indicators[indicator_id]
        shown = value.get("n") if isinstance(value, dict) else value
        labels.append(ind.BY_ID[indicator_id].text("title"))
        values.append(float(shown) if isinstance(shown, int) else None)
        texts.append(value_text(shown))
    return Chart("bars", translate("Monitor", "From searching to lasting work"), labels, values, texts)


def months_chart(months: list[tuple[date, Any]]) -> Chart:
    labels = [day.strftime("%m-%y") for day, _count in months]
    values = [float(count) if isinstance(count, int) else None for _day, count in months]
    return Chart("line", translate("Monitor", "Searching at the end of each month"), labels, values, [value_text(count) for _d, count in months])


def chart_shapes(chart: Chart, width: float, height: float) -> list[Shape]:
    """The chart laid out in ``width`` x ``height`` points: the same shapes on screen and on paper."""
    shapes = [Shape("text", (0, 12), INK, chart.title, 10)]
    top = 22.0
    if not chart.labels:
        return shapes + [Shape("text", (0, top + 14), MUTED, translate("Monitor", "No figures in this selection."), 9)]
    known = [value for value in chart.values if value is not None]
    peak = _nice(max(known)) if known and max(known) > 0 else 1.0
    if chart.kind == "bars":
        label_width = min(width * 0.42, 190.0)
        text_width = 70.0
        row = min(22.0, (height - top) / len(chart.labels))
        bar_area = max(10.0, width - label_width - text_width - 8)
        for index, (label, value, text) in enumerate(zip(chart.labels, chart.values, chart.texts, strict=True)):
            y = top + index * row
            shapes.append(Shape("text", (label_width - 4, y + row * 0.68), INK, _fit(label, label_width), 8.5, "end"))
            length = bar_area * (value / peak) if value else 0.0
            if value is None:
                shapes.append(Shape("rect", (label_width, y + row * 0.2, 6, row * 0.6), MUTED))
            elif length > 0:
                shapes.append(Shape("rect", (label_width, y + row * 0.2, max(1.0, length), row * 0.6), BAR))
            shapes.append(Shape("text", (label_width + length + 10, y + row * 0.68), INK, text, 8.5))
        return shapes
    left, bottom = 34.0, height - 18
    plot_w, plot_h = max(10.0, width - left - 20), max(10.0, bottom - top - 6)
    for step in range(5):
        y = bottom - plot_h * step / 4
        shapes.append(Shape("line", (left, y, left + plot_w, y), GRID))
        tick = peak * step / 4
        shapes.append(Shape("text", (left - 4, y + 3), INK, f"{tick:.0f}" if tick.is_integer() else f"{tick:.1f}".replace(".", ","), 7.5, "end"))
    count = len(chart.labels)
    xs = [left + (plot_w * index / (count - 1) if count > 1 else plot_w / 2) for index in range(count)]
    points: list[float] = []
    for x, value, label in zip(xs, chart.values, chart.labels, strict=True):
        shapes.append(Shape("text", (x, height - 4), INK, label, 7.5, "middle"))
        if value is None:
            if len(points) >= 4:
                shapes.append(Shape("line", tuple(points), BAR))
            points = []
            continue
        points += [x, bottom - plot_h * value / peak]
    if len(points) >= 4:
        shapes.append(Shape("line", tuple(points), BAR))
    for x, value in zip(xs, chart.values, strict=True):
        if value is not None:
            shapes.append(Shape("rect", (x - 2, bottom - plot_h * value / peak - 2, 4, 4), BAR))
    return shapes


def _nice(value: float) -> float:
    """The axis's top: the first of 1, 2, 4, 5, 8, 10 times a power of ten at or above ``value`` (ticks at quarters read well)."""
    power = 1.0
    while power * 10 < value:
        power *= 10
    return next(power * step for step in (1, 2, 4, 5, 8, 10) if power * step >= value)


def _fit(label: str, width: float, size: float = 8.5) -> str:
    limit = max(4, int(width / (size * 0.62)))
    return label if len(label) <= limit else label[: limit - 1] + "…"


# --- the regional figures file: aggregates only, suppressed, signed ------------------------------

FILE_FORMAT = "coachdesk-monitor"
FILE_FORMAT_VERSION = 1
REGIONAL_BREAKDOWNS = ("akkoord", "school_type", "gemeente")
KEY_SETTING = "monitor.signing_key"  # the data file's own signing key, when it is in no team
MSG_REGIONAL_ROLE = QT_TRANSLATE_NOOP("Errors", "Only a coordinator makes the regional figures file.")
MSG_NO_SCHOOL = QT_TRANSLATE_NOOP("Errors", "There is no school with students to make figures for.")
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP("Errors", "{name} is not a regional figures file of CoachDesk, or it is damaged.")
MSG_CHANGED = QT_TRANSLATE_NOOP("Errors", "{name} was changed after it was signed: its figures cannot be trusted. Ask the school for a new file.")
MSG_VERSIONS = QT_TRANSLATE_NOOP("Errors", "The files were made under different definitions (versions {versions}): combine only files made under the same version.")
MSG_OVERLAP = QT_TRANSLATE_NOOP("Errors", "{school} is in {first} and in {second} for overlapping periods ({period_1} and {period_2}): leave one of them out.")
MSG_BY_REGION = QT_TRANSLATE_NOOP("Errors", "Combined files break down by akkoord, school_type, gemeente or school, not \"{by}\".")


def _signing_key(session: Session) -> tuple[str, str]:
    """(private key, kind): the member's team key when this data file is in a team, else a key kept in the data file."""
    from coachdesk.sync import crypto
    from coachdesk.sync.state import identity

    ident = identity(session.connection())
    if ident and ident.get("sign_sk"):
        return ident["sign_sk"], "team"
    stored = get_flag(session, KEY_SETTING)
    if not isinstance(stored, str) or not stored:
        stored = crypto.new_signing_key()
        set_flag(session, KEY_SETTING, stored)
    return stored, "data_file"


def fingerprint(public_key: str) -> str:
    """A short, readable fingerprint of a public key, to compare by phone or mail with the school's."""
    import hashlib

    digest = hashlib.sha256(public_key.encode("ascii")).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def regional_file(session: Session, actor: Actor, period: Period) -> tuple[bytes, str]:
    """The regional figures file for ``period``: per school its suppressed totals and breakdowns, signed. Returns (content, fingerprint)."""
    from coachdesk.sync import crypto
    from coachdesk.sync.state import identity

    if actor.role != m.CoachRole.COORDINATOR:
        raise AccessDenied(MSG_REGIONAL_ROLE)
    schools = list(session.scalars(select(m.School).where(m.School.id.in_(select(m.Student.school_id).where(student_condition(actor, m.Student.id))))
                                   .order_by(m.School.name)))
    if not schools:
        raise UserError(MSG_NO_SCHOOL)
    entries = []
    for school in schools:
        only = {"school": school.id}
        totals = compute(session, actor, period, filters=only, outside=True).indicators
        breakdowns = {}
        for by in REGIONAL_BREAKDOWNS:
            figures = compute(session, actor, period, by=by, filters=only, outside=True)
            breakdowns[by] = [{"key": group["label"], "indicators": group["indicators"]} for group in figures.groups]
        entries.append({"school": {"name": school.name, "brin": school.brin, "id": school.id, "region": school.region},
                        "indicators": totals, "by": breakdowns})
    private, kind = _signing_key(session)
    public = crypto.signing_public(private)
    ident = identity(session.connection()) or {}
    document = {"format": FILE_FORMAT, "format_version": FILE_FORMAT_VERSION, "definitions_version": ind.DEFINITIONS_VERSION,
                "period": period.as_dict(), "made_on": clock.today().isoformat(), "schools": entries,
                "suppression": "counts 1-4 as '<5'; 'x' hidden so that a total does not reveal a '<5'",
                "signer": {"key": kind, "team_id": ident.get("team_id"), "public_key": public, "fingerprint": fingerprint(public)}}
    body = crypto.canonical(document)
    signature = crypto.sign(private, body)[:64]
    return FILE_MAGIC + crypto.b64(signature).encode("ascii") + b"\n" + body, fingerprint(public)


# The file: a first line naming the format, a second with the Ed25519 signature of every byte that follows, then the
# document as canonical JSON. A change of any byte (even of a space) breaks the signature.
FILE_MAGIC = b"CoachDesk regional figures 1\n"


def read_regional_file(content: bytes, name: str) -> dict:
    """The document of a regional figures file, if its signature holds over every byte; refused in words otherwise."""
    from coachdesk.sync import crypto

    if not content.startswith(FILE_MAGIC):
        raise UserError(MSG_NOT_A_FILE, name=name)
    signature_line, _newline, body = content[len(FILE_MAGIC):].partition(b"\n")
    try:
        document = json.loads(body.decode("utf-8"))
        public = document["signer"]["public_key"]
        signature = crypto.unb64(signature_line.decode("ascii"))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise UserError(MSG_CHANGED, name=name) from None
    try:
        crypto.verify(public, signature + body)
    except (crypto.BadSignature, crypto.CryptoError, ValueError, TypeError):
        raise UserError(MSG_CHANGED, name=name) from None
    if document.get("format") != FILE_FORMAT:
        raise UserError(MSG_NOT_A_FILE, name=name)
    return document


@dataclass
class Combined(Figures):
    sources: list[dict] = field(default_factory=list)  # school, start, end, fingerprint, file

    def as_json(self) -> dict:
        data = super().as_json()
        data["sources"] = self.sources
        return data


def _add(values: list[Any]) -> Any:
    """The sum of counts of which some may be hidden: exact, "<5", a range "a-b", or "≥a"."""
    known = sum(v for v in values if isinstance(v, int) and not isinstance(v, bool))
    small = sum(1 for v in values if v == SUPPRESSED)
    unbounded = sum(1 for v in values if v == SECONDARY or (isinstance(v, str) and v.startswith("≥")))
    ranges = [v for v in values if isinstance(v, str) and "-" in v and not v.startswith("≥")]
    low, high = known + small, known + 4 * small
    for text in ranges:
        a, b = (int(part) for part in text.split("-"))
        low, high = low + a, high + b
    low += sum(int(v[1:]) if isinstance(v, str) and v.startswith("≥") else 5 for v in values if v == SECONDARY or (isinstance(v, str) and v.startswith("≥")))
    if unbounded:
        return f"≥{low}"
    if low == high:
        return low
    if high < ind.SMALL_COUNT:
        return SUPPRESSED
    return f"{low}-{high}"


def _merge(rows: list[dict]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for indicator in ind.INDICATORS:
        present = [row[indicator.id] for row in rows if indicator.id in row]
        if not present:
            continue
        if indicator.kind == ind.MEDIAN:
            merged[indicator.id] = None  # a median of medians is no median: not combined
        elif indicator.kind == ind.SHARE:
            merged[indicator.id] = {part: _add([value.get(part) for value in present if isinstance(value, dict)]) for part in ("n", "of")}
        elif indicator.kind in (ind.SPREAD, ind.REASONS):
            labels = sorted({label for value in present for label in value})
            merged[indicator.id] = {label: _add([value.get(label, 0) for value in present]) for label in labels}
        else:
            merged[indicator.id] = _add(present)
    return merged


def combine(contents: list[bytes], *, names: list[str], by: str | None = None) -> Combined:
    """Several schools' regional files as one view; refuses changed files, mixed definitions and overlaps, in words."""
    if by is not None and by not in (*REGIONAL_BREAKDOWNS, "school"):
        raise UserError(MSG_BY_REGION, by=by)
    documents = [read_regional_file(content, name) for content, name in zip(contents, names, strict=True)]
    versions = sorted({document["definitions_version"] for document in documents})
    if len(versions) > 1:
        raise UserError(MSG_VERSIONS, versions=", ".join(str(v) for v in versions))
    seen: list[tuple[str, Period, str, str]] = []
    sources, entries = [], []
    for document, name in zip(documents, names, strict=True):
        period = Period(date.fromisoformat(document["period"]["from"]), date.fromisoformat(document["period"]["to"]))
        for entry in document["schools"]:
            school = entry["school"]
            identity_key = school.get("brin") or school.get("id") or school["name"]
            for other_key, other_period, _other_name, other_file in seen:
                if other_key == identity_key and other_period.overlaps(period):
                    raise UserError(MSG_OVERLAP, school=school["name"], first=other_file, second=name,
                                    period_1=f"{other_period.start:%d-%m-%Y} - {other_period.end:%d-%m-%Y}", period_2=f"{period.start:%d-%m-%Y} - {period.end:%d-%m-%Y}")
            seen.append((identity_key, period, school["name"], name))
            sources.append({"school": school["name"], "start": period.start.strftime("%d-%m-%Y"), "end": period.end.strftime("%d-%m-%Y"),
                            "fingerprint": document["signer"]["fingerprint"], "file": name})
            entries.append((school["name"], entry))
    total = _merge([entry["indicators"] for _name, entry in entries])
    groups: list[dict[str, Any]] = []
    if by == "school":
        groups = [{"key": school_name, "label": school_name, "indicators": _merge([entry["indicators"]])} for school_name, entry in entries]
    elif by:
        keys = sorted({group["key"] for _name, entry in entries for group in entry["by"].get(by, [])})
        groups = [{"key": key, "label": key, "indicators": _merge([group["indicators"] for _name, entry in entries
                                                                      for group in entry["by"].get(by, []) if group["key"] == key])} for key in keys]
    starts = [date.fromisoformat(document["period"]["from"]) for document in documents]
    ends = [date.fromisoformat(document["period"]["to"]) for document in documents]
    return Combined(Period(min(starts), max(ends)), by, total, groups, outside=True, definitions_version=versions[0], sources=sources)
