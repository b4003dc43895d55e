"""Dates as Dutch users write and type them: 01-09-2026, also in the English interface,
because the date fields accept exactly this form."""
from __future__ import annotations

from datetime import date, datetime


def format_date(value: date | None) -> str:
    return "" if value is None else value.strftime("%d-%m-%Y")


def format_datetime(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d-%m-%Y %H:%M")
