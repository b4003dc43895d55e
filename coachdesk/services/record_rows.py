"""The main fields of each record kind, as plain values: for ``coachdesk list`` and exports."""
from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, datetime

from coachdesk.domain import models as m

Column = tuple[str, Callable[[object], object]]


def _attr(name: str) -> Column:
    return name, lambda record: getattr(record, name)


LIST_COLUMNS: dict[str, list[Column]] = {
    "students": [_attr("id"), _attr("first_name"), _attr("last_name"), _attr("school_type"), _attr("level"), _attr("leerweg"), _attr("status")],
    "employers": [_attr("id"), _attr("name"), _attr("sector"), _attr("city"), _attr("sbb_recognised")],
    "coaches": [_attr("id"), _attr("name"), _attr("role"), _attr("school_id")],
    "placements": [_attr("id"), _attr("student_id"), _attr("employer_id"), _attr("status"), _attr("starts_on"), _attr("ends_on")],
    "visits": [_attr("id"), _attr("student_id"), _attr("placement_id"), _attr("visited_on"), _attr("kind"), _attr("next_contact_due")],
    "risks": [_attr("id"), _attr("student_id"), _attr("assessed_on"), ("level", lambda r: r.level), _attr("signals")],  # type: ignore[attr-defined]
    "events": [_attr("id"), _attr("title"), _attr("kind"), _attr("starts_at"), _attr("place"), _attr("registration_deadline")],
    "schemes": [_attr("id"), _attr("name"), _attr("provider"), _attr("valid_until"), _attr("last_checked_on")],
    "places": [_attr("id"), _attr("employer_id"), _attr("title"), _attr("sector"), _attr("leerweg"), _attr("status"), _attr("capacity"),
               _attr("location_pc4"), _attr("starts_on"), _attr("ends_on")],
    "recognitions": [_attr("id"), _attr("employer_id"), _attr("crebo"), _attr("sbb_id"), _attr("valid_from"), _attr("valid_until"),
                     _attr("checked_on")],
    "employer_contacts": [_attr("id"), _attr("employer_id"), _attr("contacted_on"), _attr("kind"), _attr("coach_id"), _attr("next_step"),
                          _attr("next_step_on")],
    "travel_times": [_attr("id"), _attr("student_id"), _attr("employer_id"), _attr("location_pc4"), _attr("minutes"), _attr("travel_mode")],
}


def plain(value: object) -> object:
    """A JSON-ready form: enums by code, dates in ISO 8601."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def as_row(kind: str, record: m.Record) -> dict[str, object]:
    return {name: plain(getter(record)) for name, getter in LIST_COLUMNS[kind]}
