"""What the list screens show for each kind, as queries that scale to 100,000 rows.

The database does the work: a list asks for the number of rows that match its
search text and filters (COUNT) and then for the window of rows on screen, in
the chosen order (ORDER BY ... LIMIT/OFFSET). Nothing holds every row in memory,
so sorting, filtering and refreshing after a save cost one window, not the table.
Search ignores case and accents: the database calls ``search_form`` through a
function registered on the connection.
"""
from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, Date, SQLColumnExpression, and_, bindparam, case, collate, column, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.util import find_tables

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.labels import choice_label
from coachdesk.services.access import Actor, require_kind, scope
from coachdesk.services.caseload import caseload_condition
from coachdesk.services.completeness import incomplete_flag

Student, Employer, Coach, School = m.Student, m.Employer, m.Coach, m.School
StudentCoach = aliased(m.Coach)


@dataclass(frozen=True)
class ListColumn:
    header: str  # English source text, context "Columns"
    expression: SQLColumnExpression[Any]
    format: str = "text"  # text, date, datetime, choice, bool


@dataclass(frozen=True)
class ListFilter:
    key: str
    label: str  # English source text, context "Columns"
    expression: SQLColumnExpression[Any]
    choices: Callable[[Session], list[tuple[object, str]]] | str  # a query, or "choice" for an enum column's values


@dataclass(frozen=True)
class ListSpec:
    kind: str
    model: type[m.Record] | type[m.AuditEntry]
    columns: list[ListColumn]
    search: list[object]
    joins: Callable = lambda statement: statement
    filters: list[ListFilter] = field(default_factory=list)


def _named(model: type[m.School] | type[m.Coach]) -> Callable[[Session], list[tuple[object, str]]]:
    return lambda session: [(row.id, row.name) for row in session.execute(select(model.id, model.name).order_by(model.name))]


def _distinct(expression) -> Callable[[Session], list[tuple[object, str]]]:
    return lambda session: [(value, value) for (value,) in session.execute(select(expression).distinct().where(expression.is_not(None)).order_by(expression))]


def _completeness_choices(session: Session) -> list[tuple[object, str]]:
    """Students imported without a field needed to be complete (see services/completeness.py)."""
    return [(True, translate("Columns", "To be completed")), (False, translate("Columns", "Complete"))]


student_name = Student.first_name + " " + Student.last_name

LIST_SPECS: dict[str, ListSpec] = {
    "students": ListSpec(
        "students", Student,
        [
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Name"), student_name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "School type"), Student.school_type, "choice"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Pathway"), Student.leerweg, "choice"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Programme"), Student.opleiding),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "School"), School.name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Coach"), Coach.name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Date of birth"), Student.date_of_birth, "date"),
        ],
        [student_name, Student.opleiding],
        lambda s: s.join(School, School.id == Student.school_id).outerjoin(Coach, Coach.id == Student.coach_id),
        [
            ListFilter("school", QT_TRANSLATE_NOOP("Columns", "School"), Student.school_id, _named(School)),
            ListFilter("coach", QT_TRANSLATE_NOOP("Columns", "Coach"), Student.coach_id, _named(Coach)),
            ListFilter("school_type", QT_TRANSLATE_NOOP("Columns", "School type"), Student.school_type, "choice"),
            ListFilter("status", QT_TRANSLATE_NOOP("Columns", "Status"), Student.status, "choice"),
            ListFilter("to_complete", QT_TRANSLATE_NOOP("Columns", "Completeness"), incomplete_flag(), _completeness_choices),
        ],
    ),
    "placements": ListSpec(
        "placements", m.Placement,
        [
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Student"), student_name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Employer"), Employer.name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Status"), m.Placement.status, "choice"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Start"), m.Placement.starts_on, "date"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "End"), m.Placement.ends_on, "date"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Coach"), Coach.name),
        ],
        [student_name, Employer.name],
        lambda s: s.join(Student, Student.id == m.Placement.student_id).outerjoin(Employer, Employer.id == m.Placement.employer_id).outerjoin(Coach, Coach.id == m.Placement.coach_id),
        [
            ListFilter("status", QT_TRANSLATE_NOOP("Columns", "Status"), m.Placement.status, "choice"),
            ListFilter("school", QT_TRANSLATE_NOOP("Columns", "School"), Student.school_id, _named(School)),
            ListFilter("coach", QT_TRANSLATE_NOOP("Columns", "Coach"), m.Placement.coach_id, _named(Coach)),
            ListFilter("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), Employer.sector, _distinct(Employer.sector)),
        ],
    ),
    "visits": ListSpec(
        "visits", m.Visit,
        [
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Date"), m.Visit.visited_on, "date"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Student"), student_name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), m.Visit.kind, "choice"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Coach"), Coach.name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Summary"), m.Visit.summary),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Next contact before"), m.Visit.next_contact_due, "date"),
        ],
        [student_name, m.Visit.summary],
        lambda s: s.join(Student, Student.id == m.Visit.student_id).outerjoin(Coach, Coach.id == m.Visit.coach_id),
        [
            ListFilter("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), m.Visit.kind, "choice"),
            ListFilter("coach", QT_TRANSLATE_NOOP("Columns", "Coach"), m.Visit.coach_id, _named(Coach)),
            ListFilter("school", QT_TRANSLATE_NOOP("Columns", "School"), Student.school_id, _named(School)),
        ],
    ),
    "risks": ListSpec(
        "risks", m.RiskAssessment,
        [
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Date"), m.RiskAssessment.assessed_on, "date"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Student"), student_name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Risk level"), func.coalesce(m.RiskAssessment.override_level, m.RiskAssessment.computed_level), "risk"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Assessed by"), Coach.name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Notes"), m.RiskAssessment.notes),
        ],
        [student_name],
        lambda s: s.join(Student, Student.id == m.RiskAssessment.student_id).outerjoin(Coach, Coach.id == m.RiskAssessment.coach_id),
        [
            ListFilter("level", QT_TRANSLATE_NOOP("Columns", "Risk level"), func.coalesce(m.RiskAssessment.override_level, m.RiskAssessment.computed_level), "risk"),
            ListFilter("school", QT_TRANSLATE_NOOP("Columns", "School"), Student.school_id, _named(School)),
            ListFilter("coach", QT_TRANSLATE_NOOP("Columns", "Coach"), m.RiskAssessment.coach_id, _named(Coach)),
        ],
    ),
    "employers": ListSpec(
        "employers", Employer,
        [
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Name"), Employer.name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Sector"), Employer.sector),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "City"), Employer.city),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "SBB recognised"), Employer.sbb_recognised, "bool"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Contact person"), Employer.contact_name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Phone"), Employer.contact_phone),
        ],
        [Employer.name, Employer.city, Employer.contact_name],
        filters=[
            ListFilter("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), Employer.sector, _distinct(Employer.sector)),
            ListFilter("sbb", QT_TRANSLATE_NOOP("Columns", "SBB recognised"), Employer.sbb_recognised, "bool"),
        ],
    ),
    "coaches": ListSpec(
        "coaches", Coach,
        [
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Name"), Coach.name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Role"), Coach.role, "choice"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "School"), School.name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Email"), Coach.email),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Phone"), Coach.phone),
        ],
        [Coach.name],
        lambda s: s.outerjoin(School, School.id == Coach.school_id),
        [ListFilter("role", QT_TRANSLATE_NOOP("Columns", "Role"), Coach.role, "choice")],
    ),
    "events": ListSpec(
        "events", m.MatchingEvent,
        [
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Starts"), m.MatchingEvent.starts_at, "datetime"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Title"), m.MatchingEvent.title),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), m.MatchingEvent.kind, "choice"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Place"), m.MatchingEvent.place),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Register before"), m.MatchingEvent.registration_deadline, "date"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Archived"), m.MatchingEvent.archived, "bool"),
        ],
        [m.MatchingEvent.title, m.MatchingEvent.place, m.MatchingEvent.organiser],
        filters=[
            ListFilter("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), m.MatchingEvent.kind, "choice"),
            ListFilter("archived", QT_TRANSLATE_NOOP("Columns", "Archived"), m.MatchingEvent.archived, "bool"),
        ],
    ),
    "schemes": ListSpec(
        "schemes", m.FinancialScheme,
        [
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Name"), m.FinancialScheme.name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Provider"), m.FinancialScheme.provider),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Valid until"), m.FinancialScheme.valid_until, "until"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Last checked"), m.FinancialScheme.last_checked_on, "checked"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Not verified"), m.FinancialScheme.unverified, "bool"),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Archived"), m.FinancialScheme.archived, "bool"),
        ],
        [m.FinancialScheme.name, m.FinancialScheme.provider],
        filters=[ListFilter("archived", QT_TRANSLATE_NOOP("Columns", "Archived"), m.FinancialScheme.archived, "bool")],
    ),
    "help": ListSpec(
        "help", m.HelpEntry,
        [
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Name"), m.HelpEntry.name),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "For whom"), m.HelpEntry.for_whom),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Contact"), m.HelpEntry.contact),
            ListColumn(QT_TRANSLATE_NOOP("Columns", "Archived"), m.HelpEntry.archived, "bool"),
        ],
        [m.HelpEntry.name, m.HelpEntry.offers],
        filters=[ListFilter("archived", QT_TRANSLATE_NOOP("Columns", "Archived"), m.HelpEntry.archived, "bool")],
    ),
}


# --- places, recognitions, employer contacts, travel times (issue 19) ---------------------------------------

TODAY = bindparam("list_today", callable_=clock.today, type_=Date)  # asked when the query runs, not when this is read
Place, Recognition, EmployerContact = m.Place, m.Recognition, m.EmployerContact


def _place_taken():
    """How many of a place are taken today: started placements and proposals whose hold runs (as services/places.py counts)."""
    placement = m.Placement
    return (select(func.count()).where(
        placement.place_id == Place.id,
        or_(placement.status == m.PlacementStatus.STARTED,
            and_(placement.status == m.PlacementStatus.PROPOSED, or_(placement.held_until.is_(None), placement.held_until >= TODAY))))
        .correlate(Place).scalar_subquery())


def _place_held_until():
    placement = m.Placement
    return (select(func.max(placement.held_until)).where(
        placement.place_id == Place.id, placement.status == m.PlacementStatus.PROPOSED, placement.held_until >= TODAY)
        .correlate(Place).scalar_subquery())


def _recognition_valid(recognition=Recognition):
    return and_(or_(recognition.valid_from.is_(None), recognition.valid_from <= TODAY),
                or_(recognition.valid_until.is_(None), recognition.valid_until >= TODAY))


def _place_recognised():
    """An mbo place (BOL/BBL) with a valid recognition of its employer for its crebo; every other place needs none."""
    covered = exists().where(Recognition.employer_id == Place.employer_id, Recognition.crebo == Place.crebo,
                             _recognition_valid()).correlate(Place)
    return case((Place.leerweg.in_(m.MBO_PLACE_LEERWEGEN), covered), else_=True)


place_title = func.coalesce(Place.title, Place.werkveld, Place.work_type, "")
place_location = func.trim(func.coalesce(Place.location_pc4, "") + " " + func.coalesce(Place.location_place, ""))  # "3132 Vlaardingen"
place_free = func.max(Place.capacity - _place_taken(), 0)  # (a place filled beyond its capacity has none free)

LIST_SPECS["places"] = ListSpec(
    "places", Place,
    [
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Work place"), place_title),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Employer"), Employer.name),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), Place.leerweg, "choice"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Location"), place_location),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Status"), Place.status, "choice"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Free"), place_free, "number"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Held until"), _place_held_until(), "date"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "SBB ok"), _place_recognised(), "bool"),
    ],  # (the sector is a filter and searched; dates are on the place page: the list fits 1366 px)
    [place_title, Employer.name, place_location, Place.sector, Place.crebo],
    lambda s: s.join(Employer, Employer.id == Place.employer_id),
    [
        ListFilter("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), Place.sector, _distinct(Place.sector)),
        ListFilter("room", QT_TRANSLATE_NOOP("Columns", "Places free"), place_free > 0, "bool"),
        ListFilter("held", QT_TRANSLATE_NOOP("Columns", "Held"), _place_held_until().is_not(None), "bool"),
        ListFilter("recognised", QT_TRANSLATE_NOOP("Columns", "SBB ok"), _place_recognised(), "bool"),
    ],
)

LIST_SPECS["recognitions"] = ListSpec(
    "recognitions", Recognition,
    [
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Employer"), Employer.name),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Crebo"), Recognition.crebo),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Leerbedrijf-ID"), Recognition.sbb_id),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Valid from"), Recognition.valid_from, "date"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Valid until"), Recognition.valid_until, "until"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Last checked"), Recognition.checked_on, "checked"),
    ],
    [Employer.name, Recognition.crebo, Recognition.sbb_id],
    lambda s: s.join(Employer, Employer.id == Recognition.employer_id),
    [ListFilter("valid", QT_TRANSLATE_NOOP("Columns", "Valid"), _recognition_valid(), "bool")],
)

LIST_SPECS["employer_contacts"] = ListSpec(
    "employer_contacts", EmployerContact,
    [
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Date"), EmployerContact.contacted_on, "date"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Employer"), Employer.name),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), EmployerContact.kind, "choice"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "By"), Coach.name),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Summary"), EmployerContact.summary),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Next step"), EmployerContact.next_step),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Next step on"), EmployerContact.next_step_on, "date"),
    ],
    [Employer.name, EmployerContact.summary, EmployerContact.next_step],
    lambda s: s.join(Employer, Employer.id == EmployerContact.employer_id).outerjoin(Coach, Coach.id == EmployerContact.coach_id),
    [
        ListFilter("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), EmployerContact.kind, "choice"),
        ListFilter("coach", QT_TRANSLATE_NOOP("Columns", "By"), EmployerContact.coach_id, _named(Coach)),
    ],
)

LIST_SPECS["travel_times"] = ListSpec(
    "travel_times", m.TravelTime,
    [
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Student"), student_name),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Employer"), Employer.name),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "PC4"), m.TravelTime.location_pc4),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Minutes"), m.TravelTime.minutes, "number"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Travels by"), m.TravelTime.travel_mode, "choice"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Noted on"), m.TravelTime.noted_on, "date"),
    ],
    [student_name, Employer.name, m.TravelTime.location_pc4],
    lambda s: s.join(Student, Student.id == m.TravelTime.student_id).join(Employer, Employer.id == m.TravelTime.employer_id),
)


def _audit_student_name():
    """The name of the student an audit entry is about: the student himself, or the student of the contact,
    placement or risk assessment changed (empty once erased, and for other records)."""
    about = aliased(m.Student)
    entry = m.AuditEntry

    def student_of(model):
        return select(model.student_id).where(model.id == entry.record_id).scalar_subquery()

    student_id = case(
        (entry.kind == m.Student.__tablename__, entry.record_id),
        (entry.kind == m.Visit.__tablename__, student_of(m.Visit)),
        (entry.kind == m.Placement.__tablename__, student_of(m.Placement)),
        (entry.kind == m.RiskAssessment.__tablename__, student_of(m.RiskAssessment)),
        else_=None,
    )
    return select(about.first_name + " " + about.last_name).where(about.id == student_id).scalar_subquery()


LIST_SPECS["audit"] = ListSpec(
    "audit", m.AuditEntry,
    [
        ListColumn(QT_TRANSLATE_NOOP("Columns", "When"), m.AuditEntry.at, "datetime"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Who"), Coach.name, "actor"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Action"), m.AuditEntry.action, "action"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Record kind"), m.AuditEntry.kind, "table"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Student"), _audit_student_name()),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Changed fields"), m.AuditEntry.fields, "fields"),
        ListColumn(QT_TRANSLATE_NOOP("Columns", "Record id"), m.AuditEntry.record_id),
    ],
    [Coach.name, m.AuditEntry.kind, m.AuditEntry.record_id],
    lambda s: s.outerjoin(Coach, Coach.id == m.AuditEntry.actor_id),
    [
        ListFilter("action", QT_TRANSLATE_NOOP("Columns", "Action"), m.AuditEntry.action, _distinct(m.AuditEntry.action)),
        ListFilter("kind", QT_TRANSLATE_NOOP("Columns", "Record kind"), m.AuditEntry.kind, _distinct(m.AuditEntry.kind)),
        ListFilter("who", QT_TRANSLATE_NOOP("Columns", "Who"), m.AuditEntry.actor_id, _named(Coach)),
    ],
)

AUDIT_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Columns", "created"),
    "update": QT_TRANSLATE_NOOP("Columns", "changed"),
    "delete": QT_TRANSLATE_NOOP("Columns", "deleted"),
    "erase": QT_TRANSLATE_NOOP("Columns", "erased"),
    "export": QT_TRANSLATE_NOOP("Columns", "exported (AVG)"),
    "user": QT_TRANSLATE_NOOP("Columns", "user changed"),
}


@dataclass
class ListKeys:
    ids: list[str]
    search_texts: list[str]  # lower-cased
    filter_values: list[tuple]  # per row, one value per ListFilter


def load_keys(session: Session, actor: Actor, spec: ListSpec, *, where: Iterable = ()) -> ListKeys:
    """Ids, search texts and filter values of every row ``actor`` may see, in default order."""
    require_kind(actor, spec.kind, write=False)
    statement = select(spec.model.id, _search_text(spec), *(f.expression for f in spec.filters))
    statement = scope(spec.joins(statement.select_from(spec.model)), spec.model, actor).where(*where)
    statement = statement.order_by(*_default_order(spec))
    ids, texts, values = [], [], []
    for row in session.execute(statement):
        ids.append(row[0])
        texts.append(search_form(row[1]))
        values.append(tuple(row[2:]))
    return ListKeys(ids, texts, values)


def search_form(text: str | None) -> str:
    """Lower-case without accents, so that typing "zoe" finds "Zoë" and "lukasz" finds "Łukasz"."""
    if not text:
        return ""
    if text.isascii():  # most names and notes: no accents to remove
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold().replace("ł", "l").replace("ı", "i"))
    return decomposed.translate(_combining_marks())


@functools.cache
def _combining_marks() -> dict[int, None]:
    """Every combining mark (the accents NFKD splits off), for str.translate: one pass in C instead of one call per character."""
    return {code: None for code in range(0x300, 0x20000) if unicodedata.combining(chr(code))}


def _newest_first(spec: ListSpec) -> bool:
    return spec.columns[0].format in ("date", "datetime") and spec.kind != "events"


def _default_order(spec: ListSpec) -> list:
    first = spec.columns[0]
    return [first.expression.desc()] if _newest_first(spec) else [first.expression]


def fetch_rows(session: Session, actor: Actor, spec: ListSpec, ids: list[str]) -> dict[str, tuple]:
    """The displayed columns of the rows with these ids that ``actor`` may see (others are left out)."""
    require_kind(actor, spec.kind, write=False)
    statement = spec.joins(select(spec.model.id, *(c.expression for c in spec.columns)).select_from(spec.model))
    statement = scope(statement, spec.model, actor)
    rows: dict[str, tuple] = {}
    for start in range(0, len(ids), 500):  # stay under SQLite's limit of bound parameters
        chunk = ids[start : start + 500]
        for row in session.execute(statement.where(spec.model.id.in_(chunk))):
            rows[row[0]] = tuple(row[1:])
    return rows


# --- windows of rows, counted, filtered and sorted by the database ------------------------------------------

MATCH_FUNCTION = "coachdesk_matches"


@dataclass(frozen=True)
class ListQuery:
    """Which rows a list shows and in what order."""

    where: tuple = ()  # extra conditions, e.g. only one coach's records
    caseload_of: str | None = None  # a coach's id: only the students in his caseload, and their records
    text: str = ""  # the search box: every word must occur, case and accents ignored
    filters: tuple = ()  # (index into spec.filters, wanted value) pairs
    sort_column: int = -1  # index into spec.columns; -1 is the list's default order
    descending: bool = False

    def base(self) -> ListQuery:
        """The rows before search and filters: what "N of M" counts M over."""
        return ListQuery(where=self.where, caseload_of=self.caseload_of)

    def sorted_by(self, column: int, descending: bool) -> ListQuery:
        return replace(self, sort_column=column, descending=descending)

    @property
    def narrowed(self) -> bool:
        return bool(search_form(self.text).split() or self.filters)


@dataclass
class ListPage:
    ids: list[str]
    search_texts: list[str]  # as search_form gives them
    filter_values: list[tuple]  # per row, one value per ListFilter
    values: list[tuple]  # per row, one value per ListColumn


def _search_text(spec: ListSpec):
    search: ColumnElement[str] = literal("")
    for expression in spec.search:
        search = search + " " + func.coalesce(expression, "")
    return search


def _matches(text: str | None, words: str) -> int:
    found = search_form(text)
    return int(all(word in found for word in words.split(" ")))


def _register_search(session: Session) -> None:
    """Let SQLite call search_form: it knows no accents (and only ASCII capitals) of its own."""
    connection = session.connection().connection.driver_connection
    assert connection is not None, "a session's own connection is open while it runs a query"
    connection.create_function(MATCH_FUNCTION, 2, _matches, deterministic=True)


def student_column(spec: ListSpec):
    """The column that names a row's student (for "my students"), or None for lists not about students."""
    if spec.model is m.Student:
        return m.Student.id
    return getattr(spec.model, "student_id", None) if spec.kind in ("placements", "visits", "risks") else None


def _base_conditions(spec: ListSpec, where: tuple, caseload_of: str | None) -> list:
    conditions = list(where)
    column = student_column(spec)
    if caseload_of and column is not None:
        conditions.append(caseload_condition(caseload_of, column))
    return conditions


def _conditions(session: Session, spec: ListSpec, query: ListQuery) -> list:
    conditions = _base_conditions(spec, query.where, query.caseload_of)
    for index, wanted in query.filters:
        expression = spec.filters[index].expression
        conditions.append(expression.is_(None) if wanted is None else expression == wanted)
    words = search_form(query.text).split()
    if words:
        _register_search(session)
        conditions.append(getattr(func, MATCH_FUNCTION)(_search_text(spec), " ".join(words)) == 1)
    return conditions


def _scoped(statement, spec: ListSpec, actor: Actor, session: Session, query: ListQuery):
    require_kind(actor, spec.kind, write=False)
    statement = scope(spec.joins(statement.select_from(spec.model)), spec.model, actor)
    return statement.where(*_conditions(session, spec, query))


def count_rows(session: Session, actor: Actor, spec: ListSpec, query: ListQuery = ListQuery()) -> int:
    """How many rows ``actor`` may see that match ``query``.

    The joins that only bring in shown names are left out when no condition needs them: every row has its
    student (a required reference), so they change nothing but the time (a count of 100,000 contacts reads
    an index instead of joining every row).
    """
    require_kind(actor, spec.kind, write=False)
    statement = scope(select(func.count()).select_from(spec.model), spec.model, actor).where(*_conditions(session, spec, query))
    clause = statement.whereclause
    if clause is not None and {table for table in find_tables(clause, check_columns=True, include_aliases=True)} - {spec.model.__table__}:
        statement = _scoped(select(func.count()), spec, actor, session, query)
    return session.scalar(statement) or 0


CHOICE_FORMATS = ("choice", "risk")
TEXT_FORMATS = ("text", "list", "actor", "table", "fields")


def _sort_order(spec: ListSpec, query: ListQuery) -> list:
    """ORDER BY terms: the chosen column as the user reads it, then the default order, then the id (a stable order)."""
    terms: list = []
    if query.sort_column == 0 and _newest_first(spec):  # the default order, or its reverse: an index gives it
        first = spec.columns[0].expression
        return [first.desc(), spec.model.id.desc()] if query.descending else [first.asc(), spec.model.id.asc()]
    if 0 <= query.sort_column < len(spec.columns):
        column = spec.columns[query.sort_column]
        expression = column.expression
        enum_class = getattr(getattr(expression, "type", None), "enum_class", None)
        if column.format in CHOICE_FORMATS and enum_class is not None:
            # Choices sort by the label shown, in the user's language, not by the stored code.
            labels = sorted(enum_class, key=lambda value: choice_label(value).casefold())
            expression = case({value: rank for rank, value in enumerate(labels)}, value=expression, else_=len(labels))
        elif column.format in TEXT_FORMATS:
            expression = collate(expression, "NOCASE")
        terms.append(expression.desc() if query.descending else expression.asc())
    # The id in the same direction as the default order, so that an index on (date, id) gives the rows in order.
    return terms + _default_order(spec) + [spec.model.id.desc() if _newest_first(spec) else spec.model.id]


def _in_ids(spec: ListSpec, ids: list[str]):
    """``id IN (the ids)``, as one JSON parameter instead of one parameter per id (SQLite allows only so many)."""
    return spec.model.id.in_(select(column("value")).select_from(func.json_each(json.dumps(ids))))


def page_ids(session: Session, actor: Actor, spec: ListSpec, query: ListQuery, offset: int, limit: int,
             matched: list[str] | None = None) -> list[str]:
    """The ids of rows ``offset`` .. ``offset + limit`` in ``query``'s order; only the ids, so the sort stays narrow.

    ``matched`` are the rows that match the search text and filters (from a SearchIndex), in the query's order.
    """
    if matched is not None:  # the search index's answer, in the query's order
        return matched[offset : offset + limit]
    statement = _scoped(select(spec.model.id), spec, actor, session, query)
    statement = statement.order_by(*_sort_order(spec, query)).offset(offset).limit(limit)
    return list(session.scalars(statement))


def load_page(session: Session, actor: Actor, spec: ListSpec, query: ListQuery, offset: int, limit: int,
              matched: list[str] | None = None) -> ListPage:
    """The rows ``offset`` .. ``offset + limit`` of the list in ``query``'s order, with every column shown."""
    return rows_by_id(session, spec, page_ids(session, actor, spec, query, offset, limit, matched))


def matching_ids(session: Session, actor: Actor, spec: ListSpec, query: ListQuery, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are in the list ``query`` gives (seen by ``actor``, and matching its search text and filters)."""
    statement = _scoped(select(spec.model.id), spec, actor, session, query).where(_in_ids(spec, list(ids)))
    return set(session.scalars(statement))


def rows_by_id(session: Session, spec: ListSpec, ids: list[str]) -> ListPage:
    """The rows with ``ids``, in that order, with every column shown (the caller checked that they may be seen)."""
    page = ListPage([], [], [], [])
    if not ids:
        return page
    statement = select(spec.model.id, _search_text(spec), *(f.expression for f in spec.filters), *(c.expression for c in spec.columns))
    statement = spec.joins(statement.select_from(spec.model)).where(spec.model.id.in_(ids))
    rows = {row[0]: row for row in session.execute(statement)}
    filters = len(spec.filters)
    for record_id in ids:
        row = rows.get(record_id)
        if row is None:  # deleted in between
            continue
        page.ids.append(row[0])
        page.search_texts.append(search_form(row[1]))
        page.filter_values.append(tuple(row[2 : 2 + filters]))
        page.values.append(tuple(row[2 + filters :]))
    return page


class SearchIndex:
    """The search text and filter values of every row of one list, kept in memory, for searching as one types.

    The database cannot ignore accents by itself; asking Python for each of 100,000 rows on every keystroke takes
    seconds. Built once (in the background when a long list opens, or the first time something is typed) and kept
    up to date after a save, it answers a keystroke in milliseconds. Its rows stand in the list's current order
    (fetched once per sort), so the rows that match are already in order: a window of them is a slice.
    """

    def __init__(self, session: Session, actor: Actor, spec: ListSpec, where: tuple = (), caseload_of: str | None = None) -> None:
        self.where, self.caseload_of = tuple(where), caseload_of
        self.keys = load_keys(session, actor, spec, where=_base_conditions(spec, self.where, caseload_of))
        self.order: tuple[int, bool] = (-1, False)  # the keys stand in this (sort column, descending) order
        self._last: tuple[list[str], tuple, list[int]] | None = None  # the last search: words, filters, positions found

    def update(self, session: Session, actor: Actor, spec: ListSpec, ids: Iterable[str]) -> None:
        """Take in a few saved records: changed ones where they stand, new ones first (as a new row is shown)."""
        ids = list(ids)
        self._last = None
        fresh = load_keys(session, actor, spec, where=[*_base_conditions(spec, self.where, self.caseload_of), _in_ids(spec, ids)])
        found = {record_id: n for n, record_id in enumerate(fresh.ids)}
        keys = self.keys
        for record_id in ids:
            position = keys.ids.index(record_id) if record_id in keys.ids else None
            if position is not None:
                del keys.ids[position], keys.search_texts[position], keys.filter_values[position]
            n = found.get(record_id)
            if n is not None:
                at = 0 if position is None else position
                keys.ids.insert(at, record_id)
                keys.search_texts.insert(at, fresh.search_texts[n])
                keys.filter_values.insert(at, fresh.filter_values[n])

    def serves(self, query: ListQuery) -> bool:
        return self.where == query.where and self.caseload_of == query.caseload_of

    def in_order_of(self, query: ListQuery) -> bool:
        return self.order == ((query.sort_column, query.descending) if query.sort_column >= 0 else (-1, False))

    def ordered_copy(self, session: Session, actor: Actor, spec: ListSpec, query: ListQuery) -> SearchIndex:
        """This index with its rows in ``query``'s order, as the database sorts them (itself, when they are)."""
        if self.in_order_of(query):
            return self
        base = replace(query.base(), sort_column=query.sort_column, descending=query.descending)
        statement = _scoped(select(spec.model.id), spec, actor, session, base).order_by(*_sort_order(spec, base))
        keys = self.keys
        where = {record_id: n for n, record_id in enumerate(keys.ids)}
        order = [n for n in (where.get(record_id) for record_id in session.scalars(statement)) if n is not None]
        if len(order) < len(keys.ids):  # (a row saved meanwhile that the database shows elsewhere: after the rest)
            placed = set(order)
            order += [n for n in range(len(keys.ids)) if n not in placed]
        copy = SearchIndex.__new__(SearchIndex)
        copy.where, copy.caseload_of, copy._last = self.where, self.caseload_of, None
        copy.keys = ListKeys([keys.ids[n] for n in order], [keys.search_texts[n] for n in order], [keys.filter_values[n] for n in order])
        copy.order = (query.sort_column, query.descending) if query.sort_column >= 0 else (-1, False)
        return copy

    def _put_in_order(self, session: Session, actor: Actor, spec: ListSpec, query: ListQuery) -> None:
        """Stand the rows in ``query``'s order (once per sort, not per keystroke)."""
        ordered = self.ordered_copy(session, actor, spec, query)
        if ordered is not self:
            self.keys, self.order, self._last = ordered.keys, ordered.order, None

    def matching(self, session: Session, actor: Actor, spec: ListSpec, query: ListQuery) -> list[str]:
        """Ids of the rows that match the search text and filters of ``query``, in its order.

        Typing on narrows the last answer instead of reading every row again: when each earlier word is part of
        a word now (and the filters are the same), only the rows that matched before can match now.
        """
        self._put_in_order(session, actor, spec, query)
        words = search_form(query.text).split()
        filters = tuple(query.filters)
        texts, values = self.keys.search_texts, self.keys.filter_values
        last = self._last
        narrowing = last is not None and last[1] == filters and all(any(old in new for new in words) for old in last[0])
        positions: list[int] | range = last[2] if narrowing and last is not None else range(len(texts))
        if filters and not narrowing:
            positions = [n for n in positions if all(values[n][f] == wanted for f, wanted in filters)]
        for word in words:
            if isinstance(positions, range):  # every row: the quicker loop over the texts themselves
                positions = [n for n, text in enumerate(texts) if word in text]
            else:
                positions = [n for n in positions if word in texts[n]]
        found = list(positions)
        self._last = (words, filters, found)
        return list(map(self.keys.ids.__getitem__, found))


def row_number(session: Session, actor: Actor, spec: ListSpec, query: ListQuery, record_id: str, limit: int) -> int | None:
    """Where the record with ``record_id`` stands in the list (0-based), when within the first ``limit`` rows."""
    statement = _scoped(select(spec.model.id), spec, actor, session, query).order_by(*_sort_order(spec, query)).limit(limit)
    for number, (found,) in enumerate(session.execute(statement)):
        if found == record_id:
            return number
    return None
