"""The preview of an import: what each row would do, judged by the same checks as a form.

Each data row becomes New, Update (with the fields that change), Unchanged or Error
(line, column, reason). Nothing is written here: new and changed values go through
``records.prepare_create`` / ``prepare_update`` / ``placements.prepare_placement``,
the validation the services run before they store anything.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, UserError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.schema import KINDS, Invalid, clean
from coachdesk.services import access, completeness, placements, records
from coachdesk.services.access import Actor
from coachdesk.transfer.mapping import IMPORT_FIELDS, IMPORT_KINDS, BadDate, bsn_columns, read_date, text_of
from coachdesk.transfer.readers import Table, normalise_header

NEW, UPDATE, UNCHANGED, ERROR = "new", "update", "unchanged", "error"

MSG_JPO = QT_TRANSLATE_NOOP("Import", "A JPO cannot import. Ask a coordinator or the student's coach.")
MSG_KIND = QT_TRANSLATE_NOOP("Import", "Unknown kind \"{kind}\" to import. Choose one of: {choices}.")
MSG_NO_SCHOOL = QT_TRANSLATE_NOOP("Import", "Which school do these students go to? Give --school SCHOOL_ID (see 'coachdesk list coaches' or the school list), or add a School column.")
MSG_SCHOOL_UNKNOWN = QT_TRANSLATE_NOOP("Import", "There is no school with id {id}. Check the id.")
MSG_BSN = QT_TRANSLATE_NOOP("Import", "This column looks like a BSN (citizen service number). CoachDesk never imports a BSN; the column was skipped.")
MSG_BAD_DATE = QT_TRANSLATE_NOOP("Import", "\"{value}\" is not a possible date. Write it as dd-mm-yyyy, for example 01-09-2026.")
MSG_DUPLICATE = QT_TRANSLATE_NOOP("Import", "{value} is also on line {line}; each record may appear once. Remove one of the two lines.")
MSG_FORMULA = QT_TRANSLATE_NOOP("Import", "The cell holds a formula (\"{value}\"); enter the value itself.")
MSG_SCHOOL_TYPE = QT_TRANSLATE_NOOP("Import", "\"{value}\" is not a school type; use PrO, VSO, Entree (niveau 1) or mbo niveau 2.")
MSG_SCHOOL_TYPE_MISSING = QT_TRANSLATE_NOOP("Import", "the school type is missing; add a column School type or Niveau, or give one school type for all rows.")
MSG_SCHOOL_TYPE_GUESSED = QT_TRANSLATE_NOOP("Import", "The file has no school type: new students of {school} get \"{type}\", the type of every student of that school so far. If that is wrong, give one school type for all rows.")
MSG_SET_FIELD = QT_TRANSLATE_NOOP("Import", "--set {field}: {kind} have no such field. Choose from: {choices}.")
MSG_SET_VALUE = QT_TRANSLATE_NOOP("Import", "--set {field}={value}: {reason}")
MSG_SET_FORMAT = QT_TRANSLATE_NOOP("Import", "--set {given}: write FIELD=VALUE, for example --set school_type=pro.")
MSG_CHOICE_WORD = QT_TRANSLATE_NOOP("Import", "\"{value}\" is not one of: {choices}.")
MSG_COACH_NOT_FOUND = QT_TRANSLATE_NOOP("Import", "no coach \"{value}\"; use the name or id of a coach in CoachDesk.")
MSG_COACH_AMBIGUOUS = QT_TRANSLATE_NOOP("Import", "more than one coach is called \"{value}\"; use the coach's id.")
MSG_SCHOOL_NOT_FOUND = QT_TRANSLATE_NOOP("Import", "no school named \"{value}\"; use the name or BRIN code of a school in CoachDesk.")
MSG_STUDENT_NOT_FOUND = QT_TRANSLATE_NOOP("Import", "no student with number {value}; import the students first.")
MSG_STUDENT_AMBIGUOUS = QT_TRANSLATE_NOOP("Import", "student number {value} exists at more than one school; give --school.")
MSG_EMPLOYER_NOT_FOUND = QT_TRANSLATE_NOOP("Import", "no employer \"{value}\"; import the employers first.")
MSG_EMPLOYER_MISSING = QT_TRANSLATE_NOOP("Import", "give the employer (LeerbedrijfID or name).")
MSG_NUMBER = QT_TRANSLATE_NOOP("Import", "\"{value}\" is not a whole number.")
MSG_NAME_MISSING = QT_TRANSLATE_NOOP("Import", "the name is missing; fill it in.")
MSG_NO_ROWS = QT_TRANSLATE_NOOP("Import", "The file holds no data rows below the header (line {line}).")

SCHOOL_TYPE_WORDS = {
    "pro": m.SchoolType.PRO, "praktijkonderwijs": m.SchoolType.PRO,
    "vso": m.SchoolType.VSO, "voortgezetspeciaalonderwijs": m.SchoolType.VSO,
    "entree": m.SchoolType.ENTREE, "entreeopleiding": m.SchoolType.ENTREE, "mbo1": m.SchoolType.ENTREE, "niveau1": m.SchoolType.ENTREE, "1": m.SchoolType.ENTREE,
    "mbo2": m.SchoolType.MBO2, "niveau2": m.SchoolType.MBO2, "2": m.SchoolType.MBO2, "basisberoepsopleiding": m.SchoolType.MBO2,
}
VSO_PROFILE_WORDS = {"arbeidsmarkt": m.VsoProfile.ARBEIDSMARKT, "arbeidsmarktgericht": m.VsoProfile.ARBEIDSMARKT, "arbeid": m.VsoProfile.ARBEIDSMARKT,
                     "dagbesteding": m.VsoProfile.DAGBESTEDING, "vervolgonderwijs": m.VsoProfile.VERVOLGONDERWIJS}
LEERWEG_WORDS = {"bol": m.Leerweg.BOL, "bbl": m.Leerweg.BBL}
TRUE_WORDS = {"ja", "j", "yes", "y", "true", "waar", "1", "x", "erkend"}
FALSE_WORDS = {"nee", "n", "no", "false", "onwaar", "0", "niet erkend"}


@dataclass
class RowError:
    line: int
    column: str  # the header in the file, or "" for the row as a whole
    message: str  # translated, plain words

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "message": self.message}


@dataclass
class RowPlan:
    line: int
    status: str  # new, update, unchanged, error
    values: dict = field(default_factory=dict)  # cleaned: all values of a new record, or the changes of an update
    record_id: str | None = None
    changes: list[str] = field(default_factory=list)  # field names that change (an update)
    errors: list[RowError] = field(default_factory=list)
    trainer: dict | None = None  # employers: a workplace trainer to add
    name: str = ""  # who or what the row is about, as the preview names it
    to_complete: list[str] = field(default_factory=list)  # students: labels of fields still to fill in ("nog aan te vullen")


@dataclass
class Plan:
    kind: str
    table: Table
    mapping: dict[str, str]
    rows: list[RowPlan] = field(default_factory=list)
    column_notices: list[RowError] = field(default_factory=list)  # BSN columns skipped, named by header
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def to_complete(self) -> int:
        """Rows stored without a field needed to be complete: listed as "nog aan te vullen"."""
        return sum(1 for row in self.rows if row.status in (NEW, UPDATE) and row.to_complete)

    @property
    def row_errors(self) -> list[RowError]:
        return [error for row in self.rows for error in row.errors]

    def report(self, batch: str | None = None) -> dict:
        """The result as ``coachdesk import --json`` prints it."""
        return {"new": self.count(NEW), "updated": self.count(UPDATE), "unchanged": self.count(UNCHANGED),
                "errors": [e.as_dict() for e in self.column_notices + self.row_errors], "batch": batch}


Progress = Callable[[int], None]


def check_may_import(actor: Actor, kind: str) -> None:
    if kind not in IMPORT_KINDS:
        raise UserError(MSG_KIND, kind=kind, choices=", ".join(IMPORT_KINDS))
    if actor.is_jpo:
        raise AccessDenied(MSG_JPO)
    access.require_kind(actor, kind, write=True)


def parse_set_values(given: list[str] | None) -> dict[str, str]:
    """``--set FIELD=VALUE`` as given on the command line (repeatable) to a dict; the values are checked by the plan."""
    values: dict[str, str] = {}
    for item in given or []:
        name, equals, value = item.partition("=")
        if not equals or not name.strip() or not value.strip():
            raise UserError(MSG_SET_FORMAT, given=item)
        values[name.strip()] = value.strip()
    return values


def build_plan(session: Session, actor: Actor, kind: str, table: Table, mapping: dict[str, str], *,
               school_id: str | None = None, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None, set_values: dict[str, str] | None = None) -> Plan:
    """What importing ``table`` with ``mapping`` would do; writes nothing.

    ``set_values`` give a field one value for every row (``--set FIELD=VALUE``): where the file has no value for
    it, and, for a record that exists, only where the record has none either (it never overwrites).
    """
    check_may_import(actor, kind)
    plan = Plan(kind, table, dict(mapping))
    for line, message in table.notices:
        plan.column_notices.append(RowError(line, "", message))
    valid_fields = [f.name for f in IMPORT_FIELDS[kind]]
    for name in set_values or {}:
        if name not in valid_fields:
            raise UserError(MSG_SET_FIELD, field=name, kind=kind, choices=", ".join(valid_fields))
    bsn = set(bsn_columns(table))
    for index in sorted(bsn):
        plan.column_notices.append(RowError(table.header_line, table.headers[index], translate("Import", MSG_BSN)))
    valid = {f.name for f in IMPORT_FIELDS[kind]}
    columns: dict[str, int] = {}  # field -> column index
    for index, header in enumerate(table.headers):
        name = mapping.get(header, "")
        if name and name in valid and index not in bsn and name not in columns:
            columns[name] = index
    planner = {"students": _StudentPlanner, "employers": _EmployerPlanner, "placements": _PlacementPlanner}[kind](
        session, actor, table, columns, school_id, dict(set_values or {}))
    total = len(table.rows) or 1
    step = max(1, total // 100)
    # Nothing is written while the rows are judged; a field needed only for completeness stops no row.
    with records.remembered_checks(session), completeness.completed_later(session):
        for number, (line, cells) in enumerate(table.rows):
            if cancelled is not None and number % 50 == 0 and cancelled():
                plan.cancelled = True
                break
            plan.rows.append(planner.plan_row(line, cells))
            if progress is not None and number % step == 0:
                progress(min(99, 100 * number // total))
    plan.column_notices += planner.notices
    if progress is not None:
        progress(100)
    return plan


class _Planner:
    kind = ""
    RECORD_FIELD: dict[str, str] = {}  # import field -> the record's field it fills, where they differ

    def __init__(self, session: Session, actor: Actor, table: Table, columns: dict[str, int], school_id: str | None,
                 set_values: dict[str, str]) -> None:
        self.session, self.actor, self.table, self.columns = session, actor, table, columns
        self.headers = table.headers
        self.seen: dict[tuple, int] = {}
        self.set_values = set_values
        self.from_set: set[str] = set()  # the import fields of the current row filled by a set value
        self.notices: list[RowError] = []

    def header(self, name: str) -> str:
        index = self.columns.get(name)
        return self.headers[index] if index is not None else ""

    def cell(self, cells: list, name: str, use_set: bool = True):
        index = self.columns.get(name)
        value = cells[index] if index is not None and index < len(cells) else None
        if isinstance(value, str):
            value = value.strip() or None
        if value is None and use_set and name in self.set_values:
            self.from_set.add(name)
            return self.set_values[name]
        return value

    def text(self, cells: list, name: str, row: RowPlan, use_set: bool = True) -> str | None:
        value = self.cell(cells, name, use_set)
        text = text_of(value)
        if text is not None and text.startswith("=") and self.table.format == "csv":
            row.errors.append(RowError(row.line, self.header(name), translate("Import", MSG_FORMULA).format(value=text[:30])))
            return None
        return text

    def date(self, cells: list, name: str, row: RowPlan):
        value = self.cell(cells, name)
        try:
            return read_date(value)
        except BadDate:
            row.errors.append(RowError(row.line, self.header(name), translate("Import", MSG_BAD_DATE).format(value=text_of(value))))
            return None

    def number(self, cells: list, name: str, row: RowPlan) -> int | None:
        value = self.cell(cells, name)
        if value is None:
            return None
        try:
            number = float(str(value).replace(",", ".")) if not isinstance(value, (int, float)) else value
            if number != int(number):
                raise ValueError
            return int(number)
        except (TypeError, ValueError, OverflowError):
            row.errors.append(RowError(row.line, self.header(name), translate("Import", MSG_NUMBER).format(value=text_of(value))))
            return None

    def field_errors(self, row: RowPlan, error: ValidationError, columns_of: dict[str, str] | None = None) -> None:
        for item in error.errors:
            name = (columns_of or {}).get(item.field, item.field)
            row.errors.append(RowError(row.line, self.header(name) or self.header(item.field), item.message()))

    def duplicate(self, row: RowPlan, key: tuple, column: str, shown: str) -> bool:
        if key in self.seen:
            row.errors.append(RowError(row.line, self.header(column), translate("Import", MSG_DUPLICATE).format(value=shown, line=self.seen[key])))
            return True
        self.seen[key] = row.line
        return False

    def compare(self, row: RowPlan, record: m.Record, values: dict, kind: str) -> None:
        """An existing record: Unchanged, or Update with the fields whose given value differs. Empty cells change nothing."""
        given = {name: value for name, value in values.items() if value is not None and value != []}
        for name in self.from_set:  # a value for all rows fills what the record lacks, and never overwrites
            target = self.RECORD_FIELD.get(name, name)
            if target in given and getattr(record, target, None) not in (None, "", []):
                del given[target]
        try:
            cleaned = clean(KINDS[kind], given, partial=True)
        except ValidationError as error:
            self.field_errors(row, error, getattr(self, "columns_of", None))
            return
        changes = {name: value for name, value in cleaned.items() if getattr(record, name) != value}
        row.record_id = record.id
        if not changes:
            row.status = UNCHANGED
            return
        try:
            row.values = records.prepare_update(self.session, self.actor, kind, record, changes)
        except ValidationError as error:
            self.field_errors(row, error, getattr(self, "columns_of", None))
            return
        except AccessDenied as error:
            row.errors.append(RowError(row.line, "", str(error)))
            return
        row.status, row.changes = UPDATE, sorted(changes)

    def create(self, row: RowPlan, values: dict, kind: str) -> None:
        try:
            row.values = records.prepare_create(self.session, self.actor, kind, values)
            row.status = NEW
        except ValidationError as error:
            self.field_errors(row, error, getattr(self, "columns_of", None))
        except AccessDenied as error:
            row.errors.append(RowError(row.line, "", str(error)))

    def plan_row(self, line: int, cells: list) -> RowPlan:
        row = RowPlan(line, ERROR)
        self.from_set = set()
        self.fill(row, cells)
        if row.errors:
            row.status, row.values, row.record_id, row.changes, row.trainer = ERROR, {}, None, [], None
        return row

    def fill(self, row: RowPlan, cells: list) -> None:
        raise NotImplementedError


class _StudentPlanner(_Planner):
    TEXT_FIELDS = ("first_name", "opleiding", "crebo", "phone", "email", "guardian_name", "guardian_phone", "guardian_email")
    RECORD_FIELD = {"niveau": "school_type", "school": "school_id"}

    def __init__(self, session: Session, actor: Actor, table: Table, columns: dict[str, int], school_id: str | None,
                 set_values: dict[str, str]) -> None:
        super().__init__(session, actor, table, columns, school_id, set_values)
        self.columns_of = {"school_type": "school_type" if "school_type" in columns else "niveau", "last_name": "last_name", "school_id": "school"}
        schools = list(session.scalars(select(m.School)))
        self.schools_by_word = {}
        for school in schools:
            self.schools_by_word[school.id.casefold()] = school.id
            self.schools_by_word[school.name.strip().casefold()] = school.id
            if school.brin:
                self.schools_by_word[school.brin.strip().casefold()] = school.id
        self.default_school: str | None
        if school_id:
            if session.get(m.School, school_id) is None:
                raise UserError(MSG_SCHOOL_UNKNOWN, id=school_id)
            self.default_school = school_id
        elif actor.school_id:
            self.default_school = actor.school_id
        elif len(schools) == 1:
            self.default_school = schools[0].id
        else:
            self.default_school = None
        if self.default_school is None and "school" not in columns and "school" not in set_values:
            raise UserError(MSG_NO_SCHOOL)
        self.coaches_by_word: dict[str, list[str]] = {}
        for coach in session.scalars(access.scope(select(m.Coach), m.Coach, actor)):
            self.coaches_by_word.setdefault(coach.id.casefold(), []).append(coach.id)
            self.coaches_by_word.setdefault(coach.name.strip().casefold(), []).append(coach.id)
        self.guessed_type: set[str] = set()
        self._check_set_values()
        self.existing: dict[tuple[str, str], m.Student] = {}
        statement = access.scope(select(m.Student).where(m.Student.student_number.is_not(None)), m.Student, actor)
        for student in session.scalars(statement):
            self.existing[(student.school_id, student.student_number)] = student
        self.usual_type: dict[str, m.SchoolType | None] = {}

    def _check_set_values(self) -> None:
        """A value for all rows that cannot be right is refused before any row is judged (not once per row)."""
        for name, value in self.set_values.items():
            reason = None
            word = value.casefold()
            if name in ("school_type", "niveau") and normalise_header(value) not in SCHOOL_TYPE_WORDS:
                reason = translate("Import", MSG_SCHOOL_TYPE).format(value=value)
            elif name == "vso_profile" and normalise_header(value) not in VSO_PROFILE_WORDS:
                reason = translate("Import", MSG_CHOICE_WORD).format(value=value, choices=", ".join(p.value for p in m.VsoProfile))
            elif name == "leerweg" and word not in LEERWEG_WORDS:
                reason = translate("Import", MSG_CHOICE_WORD).format(value=value, choices="BOL, BBL")
            elif name == "school" and word not in self.schools_by_word:
                reason = translate("Import", MSG_SCHOOL_NOT_FOUND).format(value=value)
            elif name == "coach_id" and len(self.coaches_by_word.get(word, [])) != 1:
                message = MSG_COACH_AMBIGUOUS if self.coaches_by_word.get(word) else MSG_COACH_NOT_FOUND
                reason = translate("Import", message).format(value=value)
            if reason:
                raise UserError(MSG_SET_VALUE, field=name, value=value, reason=reason)

    def _usual_school_type(self, school_id: str) -> m.SchoolType | None:
        """A file without a school type: the one type of all the school's students so far (a PrO school's export has
        none), said once in the preview; none when the school has students of several types, or none yet."""
        if school_id not in self.usual_type:
            types = list(self.session.scalars(select(m.Student.school_type).where(m.Student.school_id == school_id).distinct().limit(2)))
            self.usual_type[school_id] = types[0] if len(types) == 1 else None
        found = self.usual_type[school_id]
        if found is not None and school_id not in self.guessed_type:
            self.guessed_type.add(school_id)
            from coachdesk.domain.labels import choice_label

            school = self.session.get(m.School, school_id)
            self.notices.append(RowError(self.table.header_line, "", translate("Import", MSG_SCHOOL_TYPE_GUESSED).format(
                school=school.name if school else school_id, type=choice_label(found))))
        return found

    def _coach(self, cells: list, row: RowPlan) -> str | None:
        word = self.text(cells, "coach_id", row)
        if not word:
            return None
        found = self.coaches_by_word.get(word.casefold(), [])
        if len(found) != 1:
            message = MSG_COACH_AMBIGUOUS if found else MSG_COACH_NOT_FOUND
            row.errors.append(RowError(row.line, self.header("coach_id"), translate("Import", message).format(value=word)))
            return None
        return found[0]

    def fill(self, row: RowPlan, cells: list) -> None:
        values: dict = {name: self.text(cells, name, row) for name in self.TEXT_FIELDS}
        number = self.text(cells, "student_number", row)
        values["student_number"] = number
        infix, last = self.text(cells, "tussenvoegsel", row), self.text(cells, "last_name", row)
        values["last_name"] = f"{infix} {last}" if infix and last else last
        row.name = " ".join(part for part in (values["first_name"], values["last_name"]) if part)
        values["date_of_birth"] = self.date(cells, "date_of_birth", row)
        leerweg = self.text(cells, "leerweg", row)
        values["leerweg"] = leerweg.lower() if leerweg else None
        profile = self.text(cells, "vso_profile", row)
        if profile:
            values["vso_profile"] = VSO_PROFILE_WORDS.get(normalise_header(profile))
            if values["vso_profile"] is None:
                row.errors.append(RowError(row.line, self.header("vso_profile"), translate("Import", MSG_CHOICE_WORD).format(
                    value=profile, choices=", ".join(p.value for p in m.VsoProfile))))
        values["coach_id"] = self._coach(cells, row)
        school_word = self.text(cells, "school", row)
        school_id = self.default_school
        if school_word:
            school_id = self.schools_by_word.get(school_word.casefold())
            if school_id is None:
                row.errors.append(RowError(row.line, self.header("school"), translate("Import", MSG_SCHOOL_NOT_FOUND).format(value=school_word)))
                return
        values["school_id"] = school_id
        school_type = self._school_type(cells, row)
        if row.errors:
            return
        existing = self.existing.get((school_id, number)) if number else None  # type: ignore[arg-type]
        if number and self.duplicate(row, (school_id, number), "student_number", number):
            return
        if existing is not None:
            values["school_type"] = school_type
            self.compare(row, existing, values, "students")
            if row.status in (NEW, UPDATE):
                after = {name: getattr(existing, name) for name in ("school_type", *completeness.FIELDS)} | row.values
                row.to_complete = [c.label for c in completeness.missing(after)]
            return
        values["school_type"] = school_type or self._usual_school_type(school_id)  # type: ignore[arg-type]
        if values["school_type"] is None:
            column = self.header("school_type") or self.header("niveau")
            row.errors.append(RowError(row.line, column, translate("Import", MSG_SCHOOL_TYPE_MISSING)))
            return
        self.create(row, {k: v for k, v in values.items() if v is not None}, "students")
        if row.status == NEW:
            row.to_complete = [c.label for c in completeness.missing(row.values)]

    def _school_type(self, cells: list, row: RowPlan) -> m.SchoolType | None:
        """From the file's School type or Niveau column; where both are empty, a value given for all rows."""
        for use_set in (False, True):
            for name in ("school_type", "niveau"):
                value = self.text(cells, name, row, use_set)
                if value:
                    found = SCHOOL_TYPE_WORDS.get(normalise_header(value))
                    if found is None:
                        row.errors.append(RowError(row.line, self.header(name), translate("Import", MSG_SCHOOL_TYPE).format(value=value)))
                    return found
        return None


class _EmployerPlanner(_Planner):
    TEXT_FIELDS = ("name", "sbb_id", "sector", "street", "postcode", "city", "contact_name", "contact_phone", "contact_email")

    def __init__(self, session: Session, actor: Actor, table: Table, columns: dict[str, int], school_id: str | None,
                 set_values: dict[str, str]) -> None:
        super().__init__(session, actor, table, columns, school_id, set_values)
        self.by_sbb: dict[str, m.Employer] = {}
        self.by_name: dict[tuple[str, str], m.Employer] = {}
        for employer in session.scalars(select(m.Employer)):
            if employer.sbb_id:
                self.by_sbb[employer.sbb_id.strip()] = employer
            self.by_name[(employer.name.strip().casefold(), (employer.postcode or "").replace(" ", "").upper())] = employer
        self.trainers = {(t.employer_id, t.name.strip().casefold()) for t in session.scalars(select(m.Praktijkopleider))}

    def fill(self, row: RowPlan, cells: list) -> None:
        values: dict = {name: self.text(cells, name, row) for name in self.TEXT_FIELDS}
        recognised = self.text(cells, "sbb_recognised", row)
        if recognised is not None:
            word = recognised.casefold()
            values["sbb_recognised"] = True if word in TRUE_WORDS else False if word in FALSE_WORDS else recognised
        if not values["name"]:
            row.errors.append(RowError(row.line, self.header("name"), translate("Import", MSG_NAME_MISSING)))
            return
        row.name = values["name"]
        postcode = (values["postcode"] or "").replace(" ", "").upper()
        sbb = values["sbb_id"]
        key = ("sbb", sbb) if sbb else ("name", values["name"].casefold(), postcode)
        if self.duplicate(row, key, "sbb_id" if sbb else "name", sbb or values["name"]):
            return
        existing = (self.by_sbb.get(sbb) if sbb else None) or self.by_name.get((values["name"].casefold(), postcode))
        trainer_name = self.text(cells, "trainer_name", row)
        if trainer_name:
            trainer = {"name": trainer_name, "phone": self.text(cells, "trainer_phone", row), "email": self.text(cells, "trainer_email", row)}
            try:
                row.trainer = clean(KINDS["praktijkopleiders"], {k: v for k, v in trainer.items() if v} | {"employer_id": "-"})
            except ValidationError as error:
                self.field_errors(row, error, {"name": "trainer_name", "phone": "trainer_phone", "email": "trainer_email"})
                return
            if existing is not None and (existing.id, trainer_name.casefold()) in self.trainers:
                row.trainer = None
        if existing is not None:
            self.compare(row, existing, values, "employers")
            if row.status == UNCHANGED and row.trainer:
                row.status, row.changes = UPDATE, ["praktijkopleider"]
            return
        self.create(row, {k: v for k, v in values.items() if v is not None}, "employers")


class _PlacementPlanner(_Planner):
    def __init__(self, session: Session, actor: Actor, table: Table, columns: dict[str, int], school_id: str | None,
                 set_values: dict[str, str]) -> None:
        super().__init__(session, actor, table, columns, school_id, set_values)
        self.school_id = school_id
        self.students: dict[str, list[m.Student]] = {}
        statement = access.scope(select(m.Student).where(m.Student.student_number.is_not(None)), m.Student, actor)
        for student in session.scalars(statement):
            if school_id is None or student.school_id == school_id:
                self.students.setdefault(student.student_number, []).append(student)
        self.by_sbb: dict[str, m.Employer] = {}
        self.by_name: dict[str, list[m.Employer]] = {}
        for employer in session.scalars(select(m.Employer)):
            if employer.sbb_id:
                self.by_sbb[employer.sbb_id.strip()] = employer
            self.by_name.setdefault(employer.name.strip().casefold(), []).append(employer)
        self.existing = {(p.student_id, p.employer_id, p.starts_on): p for p in session.scalars(access.scope(select(m.Placement), m.Placement, actor))}
        self.columns_of = {"student_id": "student_number", "employer_id": "sbb_id" if "sbb_id" in columns else "employer_name"}

    def fill(self, row: RowPlan, cells: list) -> None:
        number = self.text(cells, "student_number", row)
        students = self.students.get(number or "", [])
        if not students:
            row.errors.append(RowError(row.line, self.header("student_number"), translate("Import", MSG_STUDENT_NOT_FOUND).format(value=number or "-")))
        elif len(students) > 1:
            row.errors.append(RowError(row.line, self.header("student_number"), translate("Import", MSG_STUDENT_AMBIGUOUS).format(value=number)))
        sbb, name = self.text(cells, "sbb_id", row), self.text(cells, "employer_name", row)
        employer = None
        if sbb:
            employer = self.by_sbb.get(sbb)
        elif name and len(self.by_name.get(name.casefold(), [])) == 1:
            employer = self.by_name[name.casefold()][0]
        if employer is None:
            column = "sbb_id" if sbb or not name else "employer_name"
            message = translate("Import", MSG_EMPLOYER_NOT_FOUND).format(value=sbb or name) if (sbb or name) else translate("Import", MSG_EMPLOYER_MISSING)
            row.errors.append(RowError(row.line, self.header(column) or self.header("sbb_id") or self.header("employer_name"), message))
        starts_on, ends_on, ended_on = self.date(cells, "starts_on", row), self.date(cells, "ends_on", row), self.date(cells, "ended_on", row)
        hours, total = self.number(cells, "hours_per_week", row), self.number(cells, "total_hours", row)
        notes = self.text(cells, "notes", row)
        if total is not None:
            notes = "\n".join(filter(None, [notes, translate("Import", "Total hours (Omvang): {hours}").format(hours=total)]))
        if students and employer is not None:
            row.name = f"{students[0].first_name} {students[0].last_name} – {employer.name}"
        if row.errors:
            return
        student = students[0]
        key = (student.id, employer.id, starts_on)  # type: ignore[union-attr]
        if self.duplicate(row, key, "student_number", f"{number} / {sbb or name} / {starts_on.strftime('%d-%m-%Y') if starts_on else '-'}"):
            return
        values = {"student_id": student.id, "employer_id": employer.id, "starts_on": starts_on, "ends_on": ends_on,  # type: ignore[union-attr]
                  "hours_per_week": hours, "notes": notes}
        existing = self.existing.get(key)
        if existing is not None:
            self.compare(row, existing, {k: v for k, v in values.items() if k in ("ends_on", "hours_per_week", "notes")}, "placements")
            return
        status = m.PlacementStatus.COMPLETED if ended_on else m.PlacementStatus.STARTED if starts_on and starts_on <= clock.today() else m.PlacementStatus.PROPOSED
        try:
            row.values = placements.prepare_placement(self.session, self.actor, {k: v for k, v in values.items() if v is not None}, status)
        except ValidationError as error:
            self.field_errors(row, error, self.columns_of)
            return
        except (AccessDenied, Invalid) as error:
            row.errors.append(RowError(row.line, "", str(error)))
            return
        if ended_on:
            if starts_on and ended_on < starts_on:
                row.errors.append(RowError(row.line, self.header("ended_on"), translate("Validation", records.MSG_END_BEFORE_START).format(label=translate("Fields", "Actual end date"))))
                return
            row.values["ended_on"] = ended_on
        row.status = NEW


def no_rows_message(table: Table) -> str:
    return translate("Import", MSG_NO_ROWS).format(line=table.header_line)
