"""The rules that relate fields of places, recognitions, employer contacts, travel times and the
acquisition pipeline to each other, one function per kind, in the shape of ``services/records.RULES``.

Kept apart from ``services/places.py`` so that ``records`` can take them in without importing the
services built on it (``RULES.update(place_rules.RULES)``).
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import FieldError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.schema import RecordKind

MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "{label}: the end date lies before the start date.")
MSG_VALID_UNTIL = QT_TRANSLATE_NOOP("Validation", "{label}: lies before \"valid from\".")
MSG_MBO_CREBO = QT_TRANSLATE_NOOP("Validation", "{label}: an mbo place (BOL or BBL) needs the crebo of its qualification.")
MSG_MBO_LEVEL = QT_TRANSLATE_NOOP("Validation", "{label}: only an mbo place (BOL or BBL) has an mbo level; leave it empty.")
MSG_TRAINER_OTHER_EMPLOYER = QT_TRANSLATE_NOOP("Validation", "{label}: this workplace trainer works for another employer.")
MSG_CONTACT_FUTURE = QT_TRANSLATE_NOOP("Validation", "{label}: a contact cannot be logged in the future. Plan it with \"Next step on\" instead.")
MSG_DROPPED_REASON = QT_TRANSLATE_NOOP("Validation", "{label}: say why the employer dropped out (no time, no suitable work, does not want to, call back later on ...).")
MSG_REASON_NOT_DROPPED = QT_TRANSLATE_NOOP("Validation", "{label}: only a dropped employer has a reason for it; leave it empty or choose \"Dropped\".")

Rule = Callable[[Session, RecordKind, dict], list[FieldError]]


def _error(kind: RecordKind, field: str, text: str) -> FieldError:
    return FieldError(field, kind.field(field).label, text, {})


def _place_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    errors = []
    if v.get("starts_on") and v.get("ends_on") and v["ends_on"] < v["starts_on"]:
        errors.append(_error(kind, "ends_on", MSG_END_BEFORE_START))
    mbo = v.get("leerweg") in m.MBO_PLACE_LEERWEGEN
    if mbo and not v.get("crebo"):
        errors.append(_error(kind, "crebo", MSG_MBO_CREBO))
    if not mbo and v.get("level"):
        errors.append(_error(kind, "level", MSG_MBO_LEVEL))
    trainer_id = v.get("praktijkopleider_id")
    if trainer_id:
        employer = session.scalar(select(m.Praktijkopleider.employer_id).where(m.Praktijkopleider.id == trainer_id))
        if employer is not None and employer != v.get("employer_id"):
            errors.append(_error(kind, "praktijkopleider_id", MSG_TRAINER_OTHER_EMPLOYER))
    return errors


def _recognition_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    if v.get("valid_from") and v.get("valid_until") and v["valid_until"] < v["valid_from"]:
        return [_error(kind, "valid_until", MSG_VALID_UNTIL)]
    return []


def _employer_contact_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    if v.get("contacted_on") and v["contacted_on"] > clock.today():
        return [_error(kind, "contacted_on", MSG_CONTACT_FUTURE)]
    return []


def _employer_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    dropped = v.get("acquisition_stage") == m.AcquisitionStage.DROPPED
    if dropped and not v.get("dropped_reason"):
        return [_error(kind, "dropped_reason", MSG_DROPPED_REASON)]
    if not dropped and v.get("dropped_reason"):
        return [_error(kind, "dropped_reason", MSG_REASON_NOT_DROPPED)]
    return []


RULES: dict[str, Rule] = {
    "places": _place_rule,
    "recognitions": _recognition_rule,
    "employer_contacts": _employer_contact_rule,
    "employers": _employer_rule,
}


def check(session: Session, kind: RecordKind, values: dict) -> list[FieldError]:
    """The rule of ``kind`` on the values a record will have (none for a kind without one)."""
    rule = RULES.get(kind.name)
    return rule(session, kind, values) if rule else []
