"""Today's date and the current time, from one clock.

Services, demo data, documents and screens ask this module, never ``date.today()``,
so that a test, a benchmark or a demo can set "today" to any day of the school
year (``set_today`` in-process, ``COACHDESK_TODAY=YYYY-MM-DD`` for a whole program)
and everything agrees on it.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta

TODAY_ENV = "COACHDESK_TODAY"
_fixed: date | None = None


def _from_environment() -> date | None:
    value = os.environ.get(TODAY_ENV)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def today() -> date:
    return _fixed or _from_environment() or date.today()


def now() -> datetime:
    """Local time, naive; on a set day the time of day is the real one."""
    real = datetime.now()
    fixed = _fixed or _from_environment()
    return datetime.combine(fixed, real.time()) if fixed else real


def set_today(day: date | None) -> None:
    """Make ``day`` today for this process (None: the real date again)."""
    global _fixed
    _fixed = day


@contextmanager
def today_is(day: date) -> Iterator[None]:
    previous = _fixed
    set_today(day)
    try:
        yield
    finally:
        set_today(previous)


def start_of(day: date) -> datetime:
    return datetime.combine(day, time())


__all__ = ["today", "now", "set_today", "today_is", "start_of", "timedelta", "TODAY_ENV"]
