"""One transaction around a piece of work, and the kinds of record it changed.

Every change a screen makes goes through ``run_in_transaction``: the work runs in
its own transaction (committed as a whole, or not at all) and the result says
which kinds changed, so the screens refresh for exactly those, without anyone
calling a refresh by hand. Records saved through the ORM are seen by themselves;
a service that changes rows in bulk (demo data, an erasure the database cascades)
says so with ``note_changed``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain
from typing import Generic, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.schema import KINDS

T = TypeVar("T")
CHANGED_KEY = "coachdesk.changed"
KIND_OF_TABLE = {kind.model.__tablename__: name for name, kind in KINDS.items()} | {m.Setting.__tablename__: "settings"}
EVERY_KIND = frozenset(KIND_OF_TABLE.values())


@dataclass(frozen=True)
class OpResult(Generic[T]):
    value: T
    changed: frozenset[str]


def note_changed(session: Session, *kinds: str) -> None:
    """Tell the caller that rows of ``kinds`` changed in ways the session does not track (bulk statements)."""
    session.info.setdefault(CHANGED_KEY, set()).update(kinds)


def _track(session: Session, _context: object) -> None:
    for record in chain(session.new, session.dirty, session.deleted):
        kind = KIND_OF_TABLE.get(getattr(record, "__tablename__", ""))
        if kind:
            note_changed(session, kind)


def run_in_transaction(database, work: Callable[[Session], T]) -> OpResult[T]:
    """Run ``work(session)`` in one transaction; the result and the kinds it changed."""
    with database.transaction() as session:
        event.listen(session, "after_flush", _track)
        value = work(session)
        session.flush()
        changed = frozenset(session.info.pop(CHANGED_KEY, set()))
    return OpResult(value, changed)
