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
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.schema import KINDS

T = TypeVar("T")
CHANGED_KEY = "coachdesk.changed"
RECORDS_KEY = "coachdesk.changed_records"  # kind -> {"created": ids, "updated": ids}, while every change of it is known
UNKNOWN_KEY = "coachdesk.changed_unknown"  # kinds changed in bulk, or with a record deleted: the screens show them anew
KIND_OF_TABLE = {kind.model.__tablename__: name for name, kind in KINDS.items()} | {m.Setting.__tablename__: "settings"}
EVERY_KIND = frozenset(KIND_OF_TABLE.values())


@dataclass(frozen=True)
class RecordChanges:
    """Which records of one kind a piece of work created and changed (none deleted), so a list can refresh just those."""

    created: frozenset[str]
    updated: frozenset[str]


@dataclass(frozen=True)
class OpResult(Generic[T]):
    value: T
    changed: frozenset[str]
    records: dict[str, RecordChanges] = field(default_factory=dict)  # for the kinds whose every change is known


def note_changed(session: Session, *kinds: str) -> None:
    """Tell the caller that rows of ``kinds`` changed in ways the session does not track (bulk statements)."""
    session.info.setdefault(CHANGED_KEY, set()).update(kinds)
    session.info.setdefault(UNKNOWN_KEY, set()).update(kinds)


def _track(session: Session, _context: object) -> None:
    known = session.info.setdefault(RECORDS_KEY, {})
    for action, records in (("created", session.new), ("updated", session.dirty), ("deleted", session.deleted)):
        for record in records:
            kind = KIND_OF_TABLE.get(getattr(record, "__tablename__", ""))
            if not kind:
                continue
            session.info.setdefault(CHANGED_KEY, set()).add(kind)
            if action == "deleted":
                session.info.setdefault(UNKNOWN_KEY, set()).add(kind)
            else:
                known.setdefault(kind, {"created": set(), "updated": set()})[action].add(str(getattr(record, "id", "")))


def _record_changes(session: Session) -> dict[str, RecordChanges]:
    unknown = session.info.pop(UNKNOWN_KEY, set())
    known = session.info.pop(RECORDS_KEY, {})
    return {kind: RecordChanges(frozenset(ids["created"]), frozenset(ids["updated"] - ids["created"]))
            for kind, ids in known.items() if kind not in unknown}


def run_in_transaction(database, work: Callable[[Session], T]) -> OpResult[T]:
    """Run ``work(session)`` in one transaction; the result and the kinds it changed."""
    with database.transaction() as session:
        event.listen(session, "after_flush", _track)
        value = work(session)
        session.flush()
        changed = frozenset(session.info.pop(CHANGED_KEY, set()))
        records = _record_changes(session)
    return OpResult(value, changed, records)
