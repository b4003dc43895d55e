"""Field values as plain JSON in change records, and back into column values."""
from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING, cast

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer

if TYPE_CHECKING:
    from _typeshed import ConvertibleToInt


def plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_column(column, value: object) -> object:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)  # type: ignore[arg-type]
    if isinstance(kind, Date):
        return date.fromisoformat(value)  # type: ignore[arg-type]
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(cast("ConvertibleToInt", value))  # a JSON number: whatever came, int() decides
    return value
