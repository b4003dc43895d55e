"""Create, read, update and archive records of every kind, with each kind's own rules.

Field-level checks come from ``coachdesk.domain.schema``; the rules that relate fields
to each other or to other records live here, one function per kind.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock, policy
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, FieldError, NotFound, UserError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.schema import KINDS, RecordKind, clean
from coachdesk.services import access, place_rules, pv_rules
from coachdesk.services.access import Actor
from coachdesk.services.settings import load_settings
from coachdesk.storage.audit import act_as

MSG_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no {kind} with id {id}. Check the id with 'coachdesk list'.")
MSG_UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "Unknown kind \"{kind}\". Choose one of: {choices}.")
MSG_REF_MISSING = QT_TRANSLATE_NOOP("Validation", "{label}: the chosen record does not exist (any more). Choose another.")
MSG_VSO_PROFILE = QT_TRANSLATE_NOOP("Validation", "{label}: choose the exit profile for a VSO student.")
MSG_ONLY_VSO = QT_TRANSLATE_NOOP("Validation", "{label}: only VSO students have an exit profile; leave it empty.")
MSG_LEERWEG = QT_TRANSLATE_NOOP("Validation", "{label}: choose BOL or BBL for an mbo student.")
MSG_BIRTH_FUTURE = QT_TRANSLATE_NOOP("Validation", "{label}: the date lies in the future. Check the year.")
MSG_BIRTH_AGE = QT_TRANSLATE_NOOP("Validation", "{label}: the student would be {age} years old. Students are between 10 and 30; check the year.")
MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "{label}: the end date lies before the start date.")
MSG_START_AFTER_STOP = QT_TRANSLATE_NOOP("Validation", "{label}: the placement stopped on {stopped}, before this start date. Check the date.")
MSG_EMPLOYER_NEEDED = QT_TRANSLATE_NOOP("Validation", "{label}: choose the employer; only a placement that is still searching may have none.")
MSG_EMPLOYER_FIXED = QT_TRANSLATE_NOOP("Validation", "{label}: a placement that has started keeps its employer. End it and add a new placement instead.")
MSG_TRAINER_OTHER_EMPLOYER = QT_TRANSLATE_NOOP("Validation", "{label}: this workplace trainer works for another employer.")
MSG_VISIT_FUTURE = QT_TRANSLATE_NOOP("Validation", "{label}: a contact cannot be logged in the future. Plan it with \"Next contact before\" instead.")
MSG_NEXT_BEFORE_VISIT = QT_TRANSLATE_NOOP("Validation", "{label}: lies before the date of this contact.")
MSG_PLACEMENT_OTHER_STUDENT = QT_TRANSLATE_NOOP("Validation", "{label}: this placement belongs to another student.")
MSG_JPO_ROLE = QT_TRANSLATE_NOOP("Validation", "{label}: choose a coach with the role JPO.")
MSG_DONE_FUTURE = QT_TRANSLATE_NOOP("Validation", "{label}: an action cannot be done in the future.")
MSG_EVENT_END = QT_TRANSLATE_NOOP("Validation", "{label}: the event ends before it starts.")
MSG_VALID_UNTIL = QT_TRANSLATE_NOOP("Validation", "{label}: lies before \"valid from\".")
MSG_LEFT_ON = QT_TRANSLATE_NOOP("Validation", "{label}: fill in when the student left school.")
MSG_ACTION_NEEDS_ASSESSMENT = QT_TRANSLATE_NOOP("Errors", "An action belongs to a risk assessment: add it when you record the assessment.")
MSG_NUMBER_TAKEN = QT_TRANSLATE_NOOP("Validation", "{label}: {value} is already the number of another student of this school. Check the number.")
MSG_TARGET_GROUP = QT_TRANSLATE_NOOP("Validation", "{label}: \"{value}\" is not a school type; use pro, vso, entree or mbo2.")


def kind_of(name: str) -> RecordKind:
    try:
        return KINDS[name]
    except KeyError:
        raise NotFound(MSG_UNKNOWN_KIND, kind=name, choices=", ".join(KINDS)) from None


def field_error(kind: RecordKind, field: str, text: str, **params: object) -> FieldError:
    return FieldError(field, kind.field(field).label, text, params)


# --- rules per kind ------------------------------------------------------------
# Each gets the complete values the record will have and returns what is wrong.

Rule = Callable[[Session, RecordKind, dict], list[FieldError]]


def _student_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    from coachdesk.services import completeness

    errors = []
    # A field needed only for completeness (services/completeness.py) never stops an import, nor an edit of other
    # fields of a student who lacks it already; a new student and a change of school type need it.
    stored = None if completeness.is_later(session) or not v.get("id") else session.get(m.Student, v["id"])
    for missing in completeness.missing(v):
        asked = not completeness.is_later(session) and (
            stored is None or stored.school_type != v.get("school_type") or getattr(stored, missing.field) is not None)
        if asked:
            errors.append(field_error(kind, missing.field, MSG_VSO_PROFILE if missing.field == "vso_profile" else MSG_LEERWEG))
    if v.get("school_type") != m.SchoolType.VSO and v.get("vso_profile"):
        errors.append(field_error(kind, "vso_profile", MSG_ONLY_VSO))
    born = v.get("date_of_birth")
    if born:
        today = clock.today()
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        if born > today:
            errors.append(field_error(kind, "date_of_birth", MSG_BIRTH_FUTURE))
        elif not 10 <= age <= 30:
            errors.append(field_error(kind, "date_of_birth", MSG_BIRTH_AGE, age=age))
    if v.get("status") == m.StudentStatus.LEFT and not v.get("left_on"):
        errors.append(field_error(kind, "left_on", MSG_LEFT_ON))
    number, school_id = v.get("student_number"), v.get("school_id")
    if number and school_id:
        cache = session.info.get(CHECK_CACHE)
        if cache is not None:
            numbers = cache.get(("numbers", school_id))
            if numbers is None:
                numbers = cache[("numbers", school_id)] = dict(session.execute(
                    select(m.Student.student_number, m.Student.id).where(m.Student.school_id == school_id, m.Student.student_number.is_not(None))).all())
            other = numbers.get(number)
            taken = other is not None and other != v.get("id")
        else:
            same = select(m.Student.id).where(m.Student.school_id == school_id, m.Student.student_number == number)
            if v.get("id"):
                same = same.where(m.Student.id != v["id"])
            taken = session.scalar(same.limit(1)) is not None
        if taken:
            errors.append(field_error(kind, "student_number", MSG_NUMBER_TAKEN, value=number))
    return errors


# While a placement is only searching or proposed, its employer may still change.
EMPLOYER_CHANGEABLE = (m.PlacementStatus.SEARCHING, m.PlacementStatus.PROPOSED)
WITHOUT_EMPLOYER = (m.PlacementStatus.SEARCHING, m.PlacementStatus.FOUND)  # a search, open or closed


def _placement_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    errors = []
    status = v.get("status") or m.PlacementStatus.SEARCHING
    if status not in WITHOUT_EMPLOYER and not v.get("employer_id"):
        errors.append(field_error(kind, "employer_id", MSG_EMPLOYER_NEEDED))
    stored = session.get(m.Placement, v["id"]) if v.get("id") else None  # an edit: still the stored values
    if stored is not None and stored.status not in EMPLOYER_CHANGEABLE and v.get("employer_id") != stored.employer_id:
        errors.append(field_error(kind, "employer_id", MSG_EMPLOYER_FIXED))
    if v.get("starts_on") and v.get("ends_on") and v["ends_on"] < v["starts_on"]:
        errors.append(field_error(kind, "ends_on", MSG_END_BEFORE_START))
    stopped = v.get("ended_on") or (stored.ended_on if stored is not None else None)  # a stop date is set by a status change
    moved = stored is None or stored.starts_on != v.get("starts_on")  # a cancelled proposal may keep a planned start after its stop
    if moved and v.get("starts_on") and stopped and stopped < v["starts_on"]:
        errors.append(field_error(kind, "starts_on", MSG_START_AFTER_STOP, stopped=f"{stopped:%d-%m-%Y}"))
    trainer_id = v.get("praktijkopleider_id")
    if trainer_id:
        trainer = session.get(m.Praktijkopleider, trainer_id)
        if trainer is not None and trainer.employer_id != v.get("employer_id"):
            errors.append(field_error(kind, "praktijkopleider_id", MSG_TRAINER_OTHER_EMPLOYER))
    return errors


def _visit_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    errors = []
    if v.get("visited_on") and v["visited_on"] > clock.today():
        errors.append(field_error(kind, "visited_on", MSG_VISIT_FUTURE))
    if v.get("next_contact_due") and v.get("visited_on") and v["next_contact_due"] < v["visited_on"]:
        errors.append(field_error(kind, "next_contact_due", MSG_NEXT_BEFORE_VISIT))
    placement_id = v.get("placement_id")
    if placement_id:
        placement = session.get(m.Placement, placement_id)
        if placement is not None and placement.student_id != v.get("student_id"):
            errors.append(field_error(kind, "placement_id", MSG_PLACEMENT_OTHER_STUDENT))
    return errors


def _risk_action_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    if v.get("done_on") and v["done_on"] > clock.today():
        return [field_error(kind, "done_on", MSG_DONE_FUTURE)]
    return []


def _event_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    errors = []
    if v.get("ends_at") and v.get("starts_at") and v["ends_at"] < v["starts_at"]:
        errors.append(field_error(kind, "ends_at", MSG_EVENT_END))
    errors += _school_type_list(kind, "target_groups", v)
    return errors


def _scheme_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    errors = _school_type_list(kind, "target_school_types", v)
    if v.get("valid_from") and v.get("valid_until") and v["valid_until"] < v["valid_from"]:
        errors.append(field_error(kind, "valid_until", MSG_VALID_UNTIL))
    return errors


def _school_type_list(kind: RecordKind, field: str, v: dict) -> list[FieldError]:
    codes = {t.value for t in m.SchoolType}
    wrong = [item for item in v.get(field) or [] if item not in codes]
    return [field_error(kind, field, MSG_TARGET_GROUP, value=wrong[0])] if wrong else []


RULES: dict[str, Rule] = {
    "students": _student_rule,
    "placements": _placement_rule,
    "visits": _visit_rule,
    "risk_actions": _risk_action_rule,
    "events": _event_rule,
    "schemes": _scheme_rule,
}
RULES.update(place_rules.RULES)
RULES.update(pv_rules.RULES)


CHECK_CACHE = "coachdesk.check_cache"


@contextmanager
def remembered_checks(session: Session) -> Iterator[None]:
    """Within this block the checks remember what they looked up (which references exist, the student numbers in use).

    For judging many rows at once without writing (an import's preview): a write inside
    the block could make a remembered answer wrong, so nothing is written in it.
    """
    session.info[CHECK_CACHE] = {}
    try:
        yield
    finally:
        session.info.pop(CHECK_CACHE, None)


def check_references(session: Session, actor: Actor, kind: RecordKind, values: dict) -> list[FieldError]:
    errors = []
    cache = session.info.get(CHECK_CACHE)
    for spec in kind.fields:
        target_id = values.get(spec.name)
        if spec.kind != "ref" or not target_id:
            continue
        key = ("ref", spec.ref, target_id, actor)
        if cache is not None and key in cache:
            exists = cache[key]
        else:
            target_model = KINDS[spec.ref].model  # type: ignore[index]
            statement = access.scope(select(target_model.id).where(target_model.id == target_id), target_model, actor)
            exists = session.scalar(statement) is not None
            if cache is not None:
                cache[key] = exists
        if not exists:
            errors.append(FieldError(spec.name, spec.label, MSG_REF_MISSING))
    return errors


def _snapshot(record: m.Record, kind: RecordKind) -> dict:
    values = {spec.name: getattr(record, spec.name) for spec in kind.fields} | {"id": record.id}
    if isinstance(record, m.Placement):
        values["status"] = record.status
    return values


def validate(session: Session, actor: Actor, kind: RecordKind, values: dict, current: dict | None = None) -> None:
    """Every rule for the values a record will have: references, the kind's rules and the row rules of the
    write policy (``current`` holds the stored values for a change, None for a new one)."""
    errors = check_references(session, actor, kind, values)
    rule = RULES.get(kind.name)
    if rule:
        errors += rule(session, kind, values)
    errors += [field_error(kind, name, text) for name, text in access.check_row(session, actor, kind.name, current, values)]
    if errors:
        raise ValidationError(errors)


def refuse_fields(actor: Actor, kind: RecordKind, values: dict, current: dict | None) -> None:
    """The field part of the write policy: a field this role may not change is named in the error."""
    refused = access.refused_fields(actor, kind.name, values, current)
    if refused:
        raise ValidationError([field_error(kind, name, access.DENIED_FIELD) for name in refused])


# --- the generic operations -----------------------------------------------------------


def get(session: Session, actor: Actor, kind_name: str, record_id: str) -> m.Record:
    kind = kind_of(kind_name)
    access.require_kind(actor, kind.name, write=False)
    access.reading_as(session, actor)
    if not isinstance(record_id, str) or not 0 < len(record_id) <= 36 or not record_id.isprintable():
        raise NotFound(MSG_NOT_FOUND, kind=kind_name.rstrip("s"), id=str(record_id)[:40].encode("utf-8", "replace").decode("utf-8"))
    record = session.get(kind.model, record_id)
    if record is None:
        raise NotFound(MSG_NOT_FOUND, kind=kind_name.rstrip("s"), id=record_id)
    if access.about_a_student(kind.model):
        visible = session.scalar(access.scope(select(kind.model.id).where(kind.model.id == record_id), kind.model, actor))
        if visible is None:
            raise AccessDenied(access.DENIED_STUDENT)
    return _withhold_sensitive(actor, kind, record)


def list_records(session: Session, actor: Actor, kind_name: str, *, include_archived: bool = True) -> list[m.Record]:
    kind = kind_of(kind_name)
    access.require_kind(actor, kind.name, write=False)
    access.reading_as(session, actor)
    statement = access.scope(select(kind.model), kind.model, actor)
    if not include_archived and hasattr(kind.model, "archived"):
        statement = statement.where(kind.model.archived.is_(False))
    order = {
        "students": (m.Student.last_name, m.Student.first_name),
        "events": (m.MatchingEvent.starts_at,),
        "visits": (m.Visit.visited_on.desc(),),
        "risks": (m.RiskAssessment.assessed_on.desc(),),
        "placements": (m.Placement.created_at,),
    }.get(kind.name, (kind.model.name,) if hasattr(kind.model, "name") else ())
    return [_withhold_sensitive(actor, kind, record) for record in session.scalars(statement.order_by(*order))]


def _withhold_sensitive(actor: Actor, kind: RecordKind, record: m.Record) -> m.Record:
    """Blank what the reader's role may not see (a JPO: health notes) of a record he reads.

    The blank is set as the loaded value, not as a change, so a later save of other
    fields by him leaves the stored values as they are.
    """
    access.withhold(record, actor.role.value)
    return record


def _require_student_access(session: Session, actor: Actor, values: dict) -> None:
    if values.get("student_id"):
        access.require_student(session, actor, values["student_id"])


def refresh_contact_summary(session: Session, placement_id: str | None) -> None:
    """Recompute a placement's contact summary from its visits (after a visit is saved)."""
    if not placement_id:
        return
    session.flush()
    visits = m.Visit.placement_id == placement_id
    latest = session.execute(
        select(m.Visit.visited_on, m.Visit.next_contact_due).where(visits).order_by(m.Visit.visited_on.desc(), m.Visit.created_at.desc()).limit(1)
    ).first()
    placement = session.get(m.Placement, placement_id)
    if placement is None:
        return
    placement.last_contact_on, placement.next_contact_due = latest if latest else (None, None)
    placement.contact_count = session.scalar(select(func.count()).where(visits)) or 0
    placement.on_site_count = session.scalar(select(func.count()).where(visits, m.Visit.kind.in_(m.ON_SITE_KINDS))) or 0
    session.flush()


def prepare_create(session: Session, actor: Actor, kind_name: str, values: dict) -> dict:
    """Every check of ``create`` without writing anything: the cleaned values, or raises.

    An import's preview uses this, so that it judges a row exactly as a form would.
    """
    kind = kind_of(kind_name)
    access.require_write(actor, kind.name, create=True)
    if kind.name == "risk_actions":
        raise UserError(MSG_ACTION_NEEDS_ASSESSMENT)
    cleaned = clean(kind, values)
    if actor.is_jpo and kind.name == "visits":
        cleaned.pop("coach_id", None)  # a JPO logs contacts under his own name only
    refuse_fields(actor, kind, cleaned, None)
    if actor.is_jpo and kind.name == "visits":
        cleaned["coach_id"] = actor.coach_id
    _require_student_access(session, actor, cleaned)
    _apply_defaults(session, kind, cleaned)
    validate(session, actor, kind, cleaned)
    return cleaned


def create(session: Session, actor: Actor, kind_name: str, values: dict) -> m.Record:
    kind = kind_of(kind_name)
    cleaned = prepare_create(session, actor, kind_name, values)
    act_as(session, actor.coach_id)
    record = kind.model(**cleaned)
    session.add(record)
    session.flush()
    if isinstance(record, m.Visit):
        refresh_contact_summary(session, record.placement_id)
    return record


def _apply_defaults(session: Session, kind: RecordKind, values: dict) -> None:
    if kind.name == "visits" and not values.get("next_contact_due") and values.get("visited_on"):
        weeks = load_settings(session).contact_interval_weeks
        values["next_contact_due"] = values["visited_on"] + timedelta(weeks=weeks)
    if kind.name == "risks":
        raise AssertionError("risk assessments are created with services.risks.record_assessment")
    if kind.name == "placements":
        raise AssertionError("placements are created with services.placements.create_placement")


def update(session: Session, actor: Actor, kind_name: str, record_id: str, values: dict) -> m.Record:
    kind = kind_of(kind_name)
    access.require_write(actor, kind.name, create=False)
    act_as(session, actor.coach_id)
    record = get(session, actor, kind_name, record_id)
    cleaned = prepare_update(session, actor, kind_name, record, values)
    previous_placement = getattr(record, "placement_id", None)
    for name, value in cleaned.items():
        setattr(record, name, value)
    session.flush()
    if isinstance(record, m.Visit):
        refresh_contact_summary(session, previous_placement)
        if record.placement_id != previous_placement:
            refresh_contact_summary(session, record.placement_id)
    return record


def prepare_update(session: Session, actor: Actor, kind_name: str, record: m.Record, values: dict) -> dict:
    """Every check of ``update`` on a record already read with ``get``, without writing: the cleaned changes."""
    kind = kind_of(kind_name)
    access.require_write(actor, kind.name, create=False)
    cleaned = clean(kind, values, partial=True)
    current = _snapshot(record, kind)
    refuse_fields(actor, kind, cleaned, current)
    merged = current | cleaned
    _require_student_access(session, actor, merged)
    validate(session, actor, kind, merged, current)
    return cleaned


def archive(session: Session, actor: Actor, kind_name: str, record_id: str, archived: bool = True) -> m.Record:
    """Catalogue entries are archived, not deleted: old toolkits may refer to them."""
    return update(session, actor, kind_name, record_id, {"archived": archived})


def visible_student_fields(actor: Actor) -> list[str]:
    hidden = policy.hidden_fields(actor.role, "students")
    return [spec.name for spec in KINDS["students"].fields if spec.name not in hidden]
